"""The main job (scripts/demo) on the Almaty demo data: three outputs and figures checked independently."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest
import yaml
from openpyxl import load_workbook
from qgis.PyQt.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "almaty_demo.gpkg"


def _layer_names(path: Path) -> set[str]:
    """Layer names of a GeoPackage with geopandas 1.x (pyogrio) or 0.12 (fiona)."""
    if hasattr(gpd, "list_layers"):
        return set(gpd.list_layers(path)["name"])
    import fiona

    return set(fiona.listlayers(path))


@pytest.fixture(scope="module")
def job(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Run the main job once into a Cyrillic-named folder; return the folder and what it printed."""
    out = tmp_path_factory.mktemp("demo") / "результаты"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)}
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "run_demo.py"), "--out", str(out), "--lang", "en"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out, proc.stdout


@pytest.mark.slow
def test_three_outputs_written(job: tuple[Path, str]) -> None:
    """The GeoPackage holds every result layer, the workbook every sheet, the PNG is a real picture."""
    out, _ = job
    layers = _layer_names(out / "almaty_deficits.gpkg")
    for service in ("school", "kindergarten", "polyclinic", "hospital"):
        assert f"districts_{service}_unit_balance" in layers
        assert f"microdistricts_{service}_unit_balance" in layers
    assert {"microdistricts_school_assignment", "districts_green_space", "districts_engineering_gap"} <= layers
    assert {f"{s}_facilities_load" for s in ("school", "kindergarten", "polyclinic", "hospital")} <= layers
    micro = gpd.read_file(out / "almaty_deficits.gpkg", layer="microdistricts_school_assignment")
    assert len(micro) == len(gpd.read_file(DEMO, layer="microdistricts"))
    assert {"unit_id", "name", "deficit", "covered_pop", "norm_pack", "norm_pack_hash"} <= set(micro.columns)
    book = load_workbook(out / "almaty_deficits.xlsx")
    assert book.sheetnames[0] == "Summary"
    assert {"Norms", "Run metadata"} <= set(book.sheetnames)
    image = QImage(str(out / "almaty_student_places.png"))
    assert not image.isNull()
    assert image.width() > 1500
    assert image.height() > 1000


def pdf_pages(path: Path) -> int:
    """The number of pages of a PDF (poppler's pdfinfo, an independent reader)."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split(":")[1] for line in info.splitlines() if line.startswith("Pages:")))


def test_atlas_has_one_page_per_district(job: tuple[Path, str]) -> None:
    """out/almaty_deficits_atlas.pdf (almaty_planner:deficit_atlas): as many pages as districts."""
    out, _ = job
    assert pdf_pages(out / "almaty_deficits_atlas.pdf") == len(gpd.read_file(DEMO, layer="districts"))


@pytest.mark.slow
def test_city_figures_agree_with_an_independent_count(job: tuple[Path, str]) -> None:
    """The printed shortage of student places equals pupils' places (rate x residents) minus the places
    of existing schools, counted here straight from the demo data and the norm pack file."""
    _, printed = job
    districts = gpd.read_file(DEMO, layer="districts")
    schools = gpd.read_file(DEMO, layer="schools")
    pack = yaml.safe_load((ROOT / "resources" / "norms" / "almaty_2040.yaml").read_text(encoding="utf-8"))
    demand = pack["services"]["school"]["demand"]
    rate = next(term["rate"]["value"] for term in demand if term.get("basis") == "per_1000")
    needed = districts["population"].sum() * rate / 1000
    places = schools.loc[schools["status"] == "existing", "capacity"].sum()
    assert f"student-place shortage {needed - places:,.0f}" in printed
    buildings = gpd.read_file(DEMO, layer="buildings", ignore_geometry=True)
    without_sewer = buildings.loc[buildings["sewer_connected"] == 0, "residents"].sum()
    assert f"without sewerage {without_sewer:,.0f}" in printed
    assert without_sewer == 286_000
    assert "calibrated" in printed


@pytest.mark.slow
def test_district_deficits_agree_with_an_independent_count(job: tuple[Path, str]) -> None:
    """Each district's student-place deficit in the GeoPackage equals max(0, residents x rate / 1000 -
    places of the existing schools inside it), counted here with a plain spatial join."""
    out, _ = job
    districts = gpd.read_file(DEMO, layer="districts").rename(columns={"osm_id": "district"})
    schools = gpd.read_file(DEMO, layer="schools")
    schools = schools[schools["status"] == "existing"].copy()
    schools["geometry"] = schools.geometry.representative_point()
    inside = gpd.sjoin(schools, districts[["district", "geometry"]], predicate="within")
    places = inside.groupby("district")["capacity"].sum()
    pack = yaml.safe_load((ROOT / "resources" / "norms" / "almaty_2040.yaml").read_text(encoding="utf-8"))
    rate = next(t["rate"]["value"] for t in pack["services"]["school"]["demand"] if t.get("basis") == "per_1000")
    expected = {
        row.district: max(0.0, row.population * rate / 1000 - places.get(row.district, 0.0))
        for row in districts.itertuples()
    }
    result = gpd.read_file(out / "almaty_deficits.gpkg", layer="districts_school_unit_balance")
    got = dict(zip(result["osm_id"], result["deficit"]))
    assert got == pytest.approx(expected)


@pytest.mark.slow
def test_demo_report_lists_exactly_the_norms_the_checks_used(job: tuple[Path, str]) -> None:
    """The report's norms sheet holds every value that the district checks recorded in their layers
    (field norms_used), demand rates included, and nothing else."""
    from almaty_planner.core.norms import decode_uses

    out, _ = job
    records = set()
    for name in sorted(_layer_names(out / "almaty_deficits.gpkg")):
        if not name.startswith("districts_") or name.endswith("_assignment"):
            continue  # the report covers the districts by unit balance and catchment
        layer = gpd.read_file(out / "almaty_deficits.gpkg", layer=name, ignore_geometry=True)
        for text in layer["norms_used"].dropna().unique():
            records |= {(u.service, u.key, u.field, u.tier, u.development, u.value) for u in decode_uses(text)}
    book = load_workbook(out / "almaty_deficits.xlsx")
    rows = list(book["Norms"].iter_rows(values_only=True))
    header = rows[0]
    names = ("Service (id)", "Key", "Cohort field", "Settlement tier", "Development type (id)")
    at = {h: header.index(h) for h in names}
    sheet = set()
    for row in rows[1:]:
        if row[at["Service (id)"]] is None:
            break
        sheet.add(
            (
                row[at["Service (id)"]],
                row[at["Key"]],
                row[at["Cohort field"]] or "",
                row[at["Settlement tier"]] or None,
                row[at["Development type (id)"]] or None,
                row[header.index("Value")],
            )
        )
    assert sheet == records
    pack = yaml.safe_load((ROOT / "resources" / "norms" / "almaty_2040.yaml").read_text(encoding="utf-8"))
    rate = next(t["rate"]["value"] for t in pack["services"]["school"]["demand"] if t.get("basis") == "per_1000")
    assert ("school", "demand_rate", "", None, None, rate) in sheet  # 148 pupils' places per 1000
    assert not any(key.startswith("plot_") for _, key, *_ in sheet)
