"""Results that last for the Plan, Settlements and Where to build tabs: each tab run on the demo GeoPackage,
the project saved in a folder with a Cyrillic name, cleared, reopened; the tab shows the same rows and
values as before the saving (read from its widgets then), and its layers have features and read the
results GeoPackage beside the project."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from qgis.core import Qgis, QgsProject, QgsVectorLayer

from almaty_planner.gui.dock import RegionalStandardsDock
from tests.qgis.test_settlements_tab import _wait, provider  # noqa: F401 (a fixture)
from tests.qgis.test_settlements_tab_project import DEMO, dock  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("provider")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A project folder with a Cyrillic name holding a copy of the demo GeoPackage."""
    path = tmp_path / "проект Алматы"
    path.mkdir()
    shutil.copy(DEMO, path / "демо.gpkg")
    return path


def _add(folder: Path, *names: str) -> dict[str, QgsVectorLayer]:
    """Layers of the demo copy, added to the project."""
    layers = {}
    for name in names:
        layer = QgsVectorLayer(f"{folder / 'демо.gpkg'}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        layers[name] = layer
    QgsProject.instance().addMapLayers(list(layers.values()))
    return layers


def _inputs(panel_dock: RegionalStandardsDock, units: QgsVectorLayer, schools: QgsVectorLayer, folder: Path) -> None:
    """The Inputs tab: units with population and names, the schools and their capacity, the Almaty pack;
    the project saved first, the results file left at its default (beside the project)."""
    p = panel_dock.panel
    p.units_combo.setLayer(units)
    p.population_combo.setField("population")
    p.name_combo.setField("name_ru" if "name_ru" in units.fields().names() else "name")
    p.service_layers["school"].setLayer(schools)
    p.service_fields["school"].setField("capacity")
    p.pack_combo.setCurrentIndex(p.pack_combo.findData("almaty_2040"))
    p.output_widget.setFilePath("")
    assert QgsProject.instance().write(str(folder / "план.qgz"))


def _results_file(folder: Path) -> Path:
    """The results GeoPackage the run wrote: beside the project, with its name and the date."""
    path = folder / f"план_results_{dt.date.today().isoformat()}.gpkg"
    assert path.exists()
    return path


def _reopen(folder: Path) -> None:
    """Save, clear, read the project again."""
    project = QgsProject.instance()
    assert project.write(str(folder / "план.qgz"))
    project.clear()
    assert project.read(str(folder / "план.qgz"))


def _critical(recording_iface: Any) -> list[str]:
    return [m[1] for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical]


def _cells(table: Any) -> list[list[str]]:
    """Every cell of a QTableWidget as shown, with its headers first."""
    headers = [table.horizontalHeaderItem(j).text() for j in range(table.columnCount())]
    rows = [
        [table.item(i, j).text() if table.item(i, j) is not None else "" for j in range(table.columnCount())]
        for i in range(table.rowCount())
    ]
    return [headers, *rows]


def _features(layer: QgsVectorLayer) -> list[tuple[Any, ...]]:
    """Attributes of every feature (fid left out), in the layer's order."""
    return [tuple(str(v) for v in f.attributes()[1:]) for f in layer.getFeatures()]


def _from_file(layer: QgsVectorLayer, path: Path) -> None:
    """The layer reads a table of ``path`` and has features."""
    assert layer.providerType() == "ogr"
    assert Path(layer.source().split("|")[0]) == path
    # features counted one by one: QGIS's featureCount() and extent() of a GeoPackage layer whose filter was
    # changed while another layer of the same file is open read as unknown here (QGIS 3.22 and 3.44 with
    # GDAL's SQLite in WAL mode: "unable to open database file"); its features are right
    assert len(list(layer.getFeatures())) > 0


def test_plan_tab_result_comes_back_after_reopening(
    dock: RegionalStandardsDock,  # noqa: F811
    recording_iface: Any,
    folder: Path,
) -> None:
    """The school trajectory of the districts 2025-2030: the same slider range, chart lines, targets,
    table and summary after reopening; the layers from the results file, the year shown again."""
    layers = _add(folder, "districts", "schools")
    _inputs(dock, layers["districts"], layers["schools"], folder)
    tab = dock.plan
    tab.service_combo.setCurrentIndex(tab.service_combo.findData("school"))
    tab.from_spin.setValue(2025)
    tab.to_spin.setValue(2030)
    tab.base_spin.setValue(2025)
    tab.growth_spin.setValue(1.5)
    tab.targets_edit.setText("2025: 20000; 2030: 5000")
    tab.start()
    _wait(tab.run, 120.0)
    assert _critical(recording_iface) == []
    path = _results_file(folder)
    tab.slider.setValue(2027)
    before = {
        "lines": tab.chart.lines(),
        "targets": dict(tab.chart._targets),
        "table": _cells(tab.table),
        "summary": tab.summary.text(),
        "range": (tab.slider.minimum(), tab.slider.maximum()),
        "shown": sorted(_features(tab.layer)),
    }
    assert before["range"] == (2025, 2030)
    assert len(before["table"]) == 1 + 6
    assert len(before["shown"]) == 8  # one year of the eight districts
    assert before["targets"] == {2025: 20000.0, 2030: 5000.0}
    ids = (tab.layer.id(), tab.units_layer.id())

    _reopen(folder)
    assert tab.layer is not None
    assert tab.layer.id() == ids[0]
    _from_file(tab.layer, path)
    _from_file(tab.units_layer, path)
    assert tab.layer.temporalProperties().isActive()
    assert (tab.slider.minimum(), tab.slider.maximum()) == before["range"]
    assert tab.chart.lines() == before["lines"]
    assert tab.chart._targets == before["targets"]
    assert _cells(tab.table) == before["table"]
    assert tab.summary.text() == before["summary"]
    assert len(list(tab.layer.getFeatures())) == 8  # the first year shown, not every year of the file
    tab.slider.setValue(2027)
    assert sorted(_features(tab.layer)) == before["shown"]
    group = dock.results_group(create=False)
    assert set(ids) <= {node.layerId() for node in group.findLayers()}
    # the choices that made it, beside it
    assert (tab.from_spin.value(), tab.to_spin.value(), tab.base_spin.value()) == (2025, 2030, 2025)
    assert tab.growth_spin.value() == pytest.approx(1.5)
    assert tab.targets_edit.text() == "2025: 20000; 2030: 5000"
    assert tab.service() == "school"
    assert tab.year_combo.currentField() == "year"

    other = RegionalStandardsDock(dock.iface)  # a dock opened on the reopened project (QGIS started again)
    try:
        assert other.plan.chart.lines() == before["lines"]
        assert _cells(other.plan.table) == before["table"]
        assert other.plan.summary.text() == before["summary"]
        assert other.plan.choices.values() == tab.choices.values()
    finally:
        other.cleanup()
        other.deleteLater()


def test_placement_tab_result_comes_back_after_reopening(
    dock: RegionalStandardsDock,  # noqa: F811
    recording_iface: Any,
    folder: Path,
) -> None:
    """Three new schools among the demo's candidate sites for the microdistricts: the same sites, units,
    curve and summary after reopening; the layers from the results file with their styles."""
    layers = _add(folder, "microdistricts", "schools", "candidate_sites", "buildings")
    _inputs(dock, layers["microdistricts"], layers["schools"], folder)
    dock.panel.points_combo.setLayer(layers["buildings"])  # Advanced: the residents by building
    assert dock.panel.points_field_combo.currentField() == "residents"
    tab = dock.placement
    tab.service_combo.setCurrentIndex(tab.service_combo.findData("school"))
    tab.candidates_combo.setLayer(layers["candidate_sites"])
    tab.count_spin.setValue(3)
    tab.radius_spin.setValue(600)
    tab.start()
    _wait(tab.run, 180.0)
    assert _critical(recording_iface) == []
    path = _results_file(folder)
    sites, units = tab.layers
    before = {
        "sites": _features(sites),
        "units": sorted(_features(units)),
        "curve": list(tab.chart.values),
        "summary": tab.summary.text(),
        "rules": [r.label() for r in units.renderer().rootRule().children()],
    }
    assert len(before["sites"]) == 3
    assert len(before["curve"]) == 4
    assert before["curve"][0] > before["curve"][-1]
    assert f"{before['curve'][0]:,.0f}".replace(",", "\u202f") in before["summary"]

    candidates_id = layers["candidate_sites"].id()
    _reopen(folder)
    assert len(tab.layers) == 2
    sites, units = tab.layers
    _from_file(sites, path)
    _from_file(units, path)
    assert _features(sites) == before["sites"]
    assert sorted(_features(units)) == before["units"]
    assert tab.chart.values == before["curve"]
    assert tab.summary.text() == before["summary"]
    assert [r.label() for r in units.renderer().rootRule().children()] == before["rules"]
    assert sites.labelsEnabled()
    fresh = QgsVectorLayer(f"{path}|layername=placement_units", "fresh", "ogr")  # the style saved in the file
    assert [r.label() for r in fresh.renderer().rootRule().children()] == before["rules"]
    # the choices that made it, beside it
    assert tab.candidates_combo.currentLayer().id() == candidates_id
    assert (tab.count_spin.value(), tab.radius_spin.value(), tab.method_combo.currentData()) == (3, 600, "greedy")


def test_settlements_tab_result_comes_back_after_reopening(
    dock: RegionalStandardsDock,  # noqa: F811
    recording_iface: Any,
    folder: Path,
) -> None:
    """The regional standards of the demo's settlements: the same summary, settlements, checklist,
    aggregates, what to build and plan after reopening; the workbook can be written from them."""
    layers = _add(folder, "settlements", "settlement_objects")
    assert QgsProject.instance().write(str(folder / "план.qgz"))
    dock.panel.output_widget.setFilePath("")
    tab = dock.settlements
    tab.fill_packs()
    tab.pack_combo.setCurrentIndex(tab.pack_combo.findData("kz_srs"))
    tab.settlements_combo.setLayer(layers["settlements"])
    tab.population_combo.setField("population")
    tab.field_combos["SETTLEMENT_ID_FIELD"].setField("settlement_id")
    tab.field_combos["GROUP_FIELD"].setField("area")
    tab.fill_object_layers()
    tab.set_object_layers([layers["settlement_objects"]])
    tab.start_run()
    _wait(tab.run, 120.0)
    assert _critical(recording_iface) == []
    path = _results_file(folder)
    chosen = tab.settlement_combo.itemData(3)
    tab.settlement_combo.setCurrentIndex(3)

    def shown() -> dict[str, Any]:
        return {
            "summary": tab.summary.text(),
            "settlements": [tab.settlement_combo.itemText(i) for i in range(tab.settlement_combo.count())],
            "checklist": _cells(tab.checklist),
            "aggregates": _cells(tab.aggregates),
            "build": _cells(tab.build_table),
            "plan": tab.plan_label.text(),
            "levels": sorted(_features(tab.layer)),
        }

    before = shown()
    assert len(before["settlements"]) == 23
    assert len(before["checklist"]) > 1
    assert len(before["aggregates"]) > 1
    details_id = tab.tables["OUTPUT_DETAILS"].id()

    _reopen(folder)
    assert tab.layer is not None
    _from_file(tab.layer, path)
    _from_file(tab.tables["OUTPUT_DETAILS"], path)
    assert tab.tables["OUTPUT_DETAILS"].id() == details_id
    for name in ("OUTPUT_AGGREGATES", "OUTPUT_ACTIONS", "OUTPUT_PLAN"):
        assert Path(tab.tables[name].source().split("|")[0]) == path
    assert tab.settlement_combo.currentIndex() == 0
    tab.settlement_combo.setCurrentIndex(tab.settlement_combo.findData(chosen))
    assert shown() == before
    assert tab.workbook_button.isEnabled()
    assert tab.layer.labelsEnabled()
    workbook = folder / "мониторинг.xlsx"
    run = tab.write_workbook(str(workbook))
    assert run is not None
    _wait(run, 60.0)
    assert workbook.exists()


def test_a_tab_run_keeps_the_other_results(
    dock: RegionalStandardsDock,  # noqa: F811
    recording_iface: Any,
    folder: Path,
) -> None:
    """The Settlements run leaves the Plan tab's layers in the results group (each tab replaces its own),
    and removing a tab's layer empties that tab only; a cleared project empties every tab."""
    layers = _add(folder, "districts", "schools", "settlements", "settlement_objects")
    _inputs(dock, layers["districts"], layers["schools"], folder)
    plan = dock.plan
    plan.service_combo.setCurrentIndex(plan.service_combo.findData("school"))
    plan.from_spin.setValue(2025)
    plan.to_spin.setValue(2026)
    plan.base_spin.setValue(2025)
    plan.start()
    _wait(plan.run, 120.0)
    tab = dock.settlements
    tab.pack_combo.setCurrentIndex(tab.pack_combo.findData("kz_srs"))
    tab.settlements_combo.setLayer(layers["settlements"])
    tab.population_combo.setField("population")
    tab.set_object_layers([layers["settlement_objects"]])
    tab.start_run()
    _wait(tab.run, 120.0)
    assert _critical(recording_iface) == []
    ids = {node.layerId() for node in dock.results_group(create=False).findLayers()}
    assert {plan.layer.id(), plan.units_layer.id(), tab.layer.id()} <= ids
    QgsProject.instance().removeMapLayer(plan.layer.id())
    assert plan.layer is None
    assert plan.table.rowCount() == 0
    assert not plan.slider.isEnabled()
    assert tab.layer is not None
    QgsProject.instance().clear()
    assert tab.layer is None
    assert not tab.workbook_button.isEnabled()
    assert dock.placement.layers == []
