"""almaty_planner:deficit_atlas through processing.run: one PDF page per district, the worst units listed."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProject, QgsVectorLayer

from almaty_planner.atlas import AtlasTexts, build_atlas_layout
from tests.qgis.test_algorithms import layer_uri, provider, provision_params, run  # noqa: F401


def pdf_pages(path: Path) -> int:
    """The number of pages of a PDF (poppler's pdfinfo, an independent reader)."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split(":")[1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(path: Path) -> str:
    """The text of a PDF (poppler's pdftotext)."""
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_atlas_pages_equal_the_districts_and_list_the_deficits(provider: Any, tmp_path: Path) -> None:  # noqa: F811
    """The two test microdistricts as pages: 2 pages, each titled with its name, the deficit in its table."""
    result = run("provision", provision_params(UNIT_NAME_FIELD="name"))["OUTPUT"]
    deficits = {f["unit_name"]: f["deficit"] for f in result.getFeatures()}
    assert any(d > 0 for d in deficits.values())
    pdf = tmp_path / "atlas.pdf"
    out = run(
        "deficit_atlas",
        {
            "COVERAGE": layer_uri("units"),
            "COVERAGE_NAME_FIELD": "name",
            "RESULTS": result,
            "FACILITIES": layer_uri("schools"),
            "LANGUAGE": "en",
            "OUTPUT": str(pdf),
        },
    )
    units = QgsVectorLayer(layer_uri("units"), "units", "ogr")
    assert out["PAGES"] == units.featureCount() == 2
    assert pdf_pages(pdf) == 2
    text = pdf_text(pdf)  # labels are text in the PDF; the table is drawn as outlines
    for name in deficits:
        assert name in text
    assert "OpenStreetMap" in text
    assert "Schools: balance within each unit" in text
    assert "1/2" in text
    assert "2/2" in text


def test_each_page_lists_its_units_with_a_deficit_largest_first(provider: Any) -> None:  # noqa: F811
    """Page of A: A's row with its deficit and provision; page of B (no deficit): no row."""
    result = run("provision", provision_params(UNIT_NAME_FIELD="name"))["OUTPUT"]
    rows = {f["unit_name"]: (f["deficit"], f["provision_pct"]) for f in result.getFeatures()}
    project = QgsProject()
    units = QgsVectorLayer(layer_uri("units"), "units", "ogr")
    project.addMapLayers([units, result])
    layout = build_atlas_layout(project, units, result, [result], name_expression='"name"', texts=AtlasTexts("T"))
    table = next(m for m in layout.multiFrames() if hasattr(m, "contents"))
    assert [c.heading() for c in table.columns()] == ["Unit", "Deficit", "Provision, %"]
    atlas = layout.atlas()
    assert atlas.beginRender()
    seen = {}
    for index in range(atlas.count()):
        atlas.seekTo(index)
        table.refreshAttributes()
        seen[atlas.nameForPage(index)] = [list(map(str, row)) for row in table.contents()]
    atlas.endRender()
    for name, (deficit, provision) in rows.items():
        expected = [[name, f"{deficit:,.0f}", f"{provision:,.0f}"]] if deficit > 0 else []
        assert seen[name] == expected, name
    del layout
    project.clear()


def test_atlas_refuses_a_layer_that_is_not_a_result(provider: Any, tmp_path: Path) -> None:  # noqa: F811
    """The schools layer has no deficit: refused in plain words, no file left behind."""
    pdf = tmp_path / "atlas.pdf"
    with pytest.raises(QgsProcessingException, match="not a deficit result"):
        run("deficit_atlas", {"COVERAGE": layer_uri("units"), "RESULTS": layer_uri("units"), "OUTPUT": str(pdf)})
    assert not pdf.exists()


def test_template_has_every_part_of_the_page(qgis_app: Any) -> None:
    """Map, legend, scale bar, north arrow, title, credit and the worst-units table are in the template."""
    project = QgsProject()
    units = QgsVectorLayer(layer_uri("units"), "units", "ogr")
    project.addMapLayer(units)
    layout = build_atlas_layout(
        project, units, units, [units], name_expression='"name"', texts=AtlasTexts("Title", credit="credit")
    )
    for item_id in ("map", "legend", "scalebar", "north_arrow", "title", "credit", "worst_units", "page_number"):
        assert layout.itemById(item_id) is not None, item_id
    assert layout.atlas().enabled()
    assert layout.atlas().coverageLayer() is units
    del layout
    project.clear()
    assert QgsApplication.instance() is not None
