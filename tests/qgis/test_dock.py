"""The Regional Standards dock in QGIS: opening, choices kept with the project, errors, norm values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from qgis.core import Qgis, QgsProject
from qgis.gui import QgsPanelWidgetStack

import almaty_planner
from almaty_planner.core.norms import load_pack
from almaty_planner.gui import dock as dock_module
from almaty_planner.gui.dock import RegionalStandardsDock
from almaty_planner.gui.settings import read_settings
from tests.qgis.gui_fixtures import add_small_project, snapshot

TEST_PACK = """\
schema_version: 1
id: gui_test_pack
title: {en: "Panel test pack (test fixture, not a norm)", ru: Тестовый набор, kk: Сынақ жинағы}
jurisdiction: test fixture
edition: "test-1"
sources:
  fixture:
    document: Test fixture of the panel tests (not a norm)
    edition: test
services:
  school:
    title: {en: School}
    capacity_unit: places
    demand:
      - basis: per_1000
        rate: {value: 100, unit: places_per_1000, source: fixture, clause: fixture 1, confidence: derived}
    values:
      radius_m:
        - {value: 500, unit: m, source: fixture, clause: fixture 2, confidence: unverified,
           note: test value}
        - {value: 1000, unit: m, source: fixture, clause: fixture 3, confidence: unverified,
           note: test value, when: {development: low_rise}}
"""


@pytest.fixture
def norms_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A profile norms folder holding the test pack (the user folder points at an empty folder)."""
    folder = tmp_path / "profile_norms"
    folder.mkdir()
    (folder / "gui_test_pack.yaml").write_text(TEST_PACK, encoding="utf-8")
    monkeypatch.setenv("ALMATY_PLANNER_NORMS_DIR", str(tmp_path / "user_norms"))
    monkeypatch.setattr(dock_module, "norm_dirs", lambda: [folder])
    return folder


@pytest.fixture
def project(qgis_new_project: Any) -> QgsProject:
    """The current project, cleared (entries of earlier tests included)."""
    QgsProject.instance().clear()
    return QgsProject.instance()


@pytest.fixture
def dock(recording_iface: Any, project: QgsProject, norms_dir: Path, tmp_path: Path) -> Any:
    """A dock on the recording interface, its results file in the test's folder; cleaned up afterwards."""
    widget = RegionalStandardsDock(recording_iface)
    widget.panel.output_widget.setFilePath(str(tmp_path / "results.gpkg"))
    yield widget
    widget.cleanup()
    widget.deleteLater()


def _choose(dock: RegionalStandardsDock, units: Any, schools: Any) -> None:
    """Choose the small project's layers and fields as a planner would."""
    p = dock.panel
    p.units_combo.setLayer(units)
    p.population_combo.setField("population")
    p.name_combo.setField("name")
    p.service_layers["school"].setLayer(schools)
    p.service_fields["school"].setField("places")
    p.pack_combo.setCurrentIndex(p.pack_combo.findData("gui_test_pack"))
    p.inputs.set_methods(["unit_balance"])


def test_panel_opens_from_the_plugin_action_and_goes_on_unload(recording_iface: Any, project: QgsProject) -> None:
    """The toolbar action creates and shows the dock; unload removes it."""
    plugin = almaty_planner.classFactory(recording_iface)
    plugin.initGui()
    try:
        plugin.actions[0].setChecked(True)
        assert len(recording_iface.docks) == 1
        dock = recording_iface.docks[0]
        assert isinstance(dock, RegionalStandardsDock)
        assert dock.windowTitle() == "Regional Standards"
        assert dock.objectName() == "AlmatyPlannerRegionalStandardsDock"
        assert isinstance(dock.widget(), QgsPanelWidgetStack)
        assert dock.stack.mainPanel().objectName() == "AlmatyPlannerRegionalStandardsPanel"
        plugin.actions[0].setChecked(False)
        assert not dock.isVisible() or dock.isHidden()
    finally:
        plugin.unload()
    assert recording_iface.docks == []
    assert plugin.dock is None


def test_choices_are_kept_with_the_project_and_restored(
    dock: RegionalStandardsDock, recording_iface: Any, project: QgsProject, norms_dir: Path, tmp_path: Path
) -> None:
    """Choices are written to the project, survive save and reopen, and fill a new dock."""
    units, schools = add_small_project(project)
    _choose(dock, units, schools)
    dock.panel.inputs.set_methods(["catchment"])
    stored = read_settings(project)
    assert stored.units_layer_id == units.id()
    assert stored.population_field == "population"
    assert stored.services["school"].layer_id == schools.id()
    assert stored.services["school"].capacity_field == "places"
    assert stored.norm_pack == "gui_test_pack"
    assert stored.method == "catchment"

    units_id, schools_id = units.id(), schools.id()
    path = str(tmp_path / "planner.qgz")
    assert project.write(path)
    project.clear()
    assert dock.panel.units_combo.currentLayer() is None
    assert project.read(path)  # the open dock follows the project it reads
    p = dock.panel
    assert p.units_combo.currentLayer().id() == units_id
    assert p.population_combo.currentField() == "population"
    assert p.name_combo.currentField() == "name"
    assert p.service_layers["school"].currentLayer().id() == schools_id
    assert p.service_fields["school"].currentField() == "places"
    assert p.service_layers["hospital"].currentLayer() is None
    assert p.pack_combo.currentData() == "gui_test_pack"
    assert p.inputs.methods() == ["catchment"]

    other = RegionalStandardsDock(recording_iface)  # a new dock on the same project
    try:
        assert other.current_settings() == dock.current_settings()
    finally:
        other.cleanup()


def test_errors_end_in_the_message_bar(dock: RegionalStandardsDock, recording_iface: Any, project: QgsProject) -> None:
    """No units layer, a missing field, no facility layer: plain words in the message bar, no run."""
    units, schools = add_small_project(project)
    before = (snapshot(units), snapshot(schools))
    dock.start_run()
    assert dock.run is None
    _title, text, level = recording_iface.messages[-1]
    assert "Choose the units layer" in text
    assert level == Qgis.MessageLevel.Warning

    _choose(dock, units, schools)
    settings = dock.current_settings()
    settings.population_field = "pop_2023"
    settings.services["school"].capacity_field = "seats"
    problems = dock.validate(settings)
    assert "The layer units has no field pop_2023." in problems
    assert "The layer schools has no field seats." in problems

    dock.panel.service_layers["school"].setLayer(None)
    dock.start_run()
    assert dock.run is None
    assert "at least one service" in recording_iface.messages[-1][1]
    assert (snapshot(units), snapshot(schools)) == before


def test_norm_values_show_sources_and_an_edit_saves_a_loadable_pack(
    dock: RegionalStandardsDock, recording_iface: Any, norms_dir: Path
) -> None:
    """The values view lists each value with its document and clause; an edit saved as a new pack loads
    with the new value marked unverified, the original pack untouched."""
    p = dock.panel
    p.pack_combo.setCurrentIndex(p.pack_combo.findData("gui_test_pack"))
    page = dock.open_norm_values()
    assert page is not None
    assert dock.stack.currentPanel() is page
    rows = {(r.service, r.key, r.condition): r for r in page.rows}
    assert set(rows) == {
        ("school", "demand_rate", ""),
        ("school", "radius_m", ""),
        ("school", "radius_m", "development low_rise"),
    }
    rate = rows[("school", "demand_rate", "")]
    assert (rate.value, rate.unit, rate.clause, rate.confidence) == (100, "places_per_1000", "fixture 1", "derived")
    assert rate.document == "Test fixture of the panel tests (not a norm)"
    shown = [page.model.item(r, 5).text() for r in range(page.model.rowCount())]
    assert shown == ["Test fixture of the panel tests (not a norm)"] * 3

    page.set_value("school", "demand_rate", 120)
    page.id_edit.setText("gui_test_pack_edited")
    path = page.save_as_new()
    assert path is not None
    assert path.parent == norms_dir
    assert recording_iface.messages[-1][2] == Qgis.MessageLevel.Success
    edited = load_pack("gui_test_pack_edited", [norms_dir])
    term = edited.service("school").demand_terms()[0]
    assert term.rate.value == 120
    assert term.rate.is_unverified
    assert "100" in term.rate.note
    assert edited.service("school").value("radius_m").value == 500
    assert load_pack("gui_test_pack", [norms_dir]).service("school").demand_terms()[0].rate.value == 100
    assert p.pack_combo.currentData() == "gui_test_pack_edited"

    page.id_edit.setText("gui_test_pack_edited")  # taken: refused in plain words
    assert page.save_as_new() is None
    assert "already exists" in recording_iface.messages[-1][1]
    page.set_value("school", "radius_m", "five hundred")  # type: ignore[arg-type]
    page.id_edit.setText("gui_test_pack_other")
    assert page.save_as_new() is None
    assert "not a number" in recording_iface.messages[-1][1]


@pytest.fixture
def provider(qgis_processing: Any) -> Any:
    """The plugin's Processing provider, registered for the test."""
    from qgis.core import QgsApplication

    from almaty_planner.processing_provider.provider import AlmatyPlannerProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("almaty_planner") is not None:
        registry.removeProvider(registry.providerById("almaty_planner"))
    instance = AlmatyPlannerProvider()
    registry.addProvider(instance)
    yield instance
    registry.removeProvider(instance)


def _wait(dock: RegionalStandardsDock, seconds: float = 60.0) -> None:
    """Let the task manager run the checks while the event loop turns (as in QGIS)."""
    import time

    from qgis.core import QgsApplication

    deadline = time.monotonic() + seconds
    while dock.run is not None and dock.run.is_running():
        QgsApplication.processEvents()
        time.sleep(0.01)
        assert time.monotonic() < deadline, "the run did not finish"
    QgsApplication.processEvents()


def test_run_adds_styled_layers_in_one_group_and_fills_the_table(
    dock: RegionalStandardsDock, recording_iface: Any, project: QgsProject, provider: Any, tmp_path: Path
) -> None:
    """Schools by unit balance with the test pack (100 places per 1000 residents), by hand:
    A 10,000 residents -> 1,000 places needed, 600 present: deficit 400, 60 %;
    B 4,000 -> 400 needed, 500 present: no deficit, 125 %; Алмалы 2,000 -> 200 needed, 0: deficit 200."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsRuleBasedRenderer
    from qgis.PyQt.QtCore import Qt

    units, schools = add_small_project(project)
    before = (snapshot(units), snapshot(schools))
    _choose(dock, units, schools)
    dock.panel.output_widget.setFilePath(str(tmp_path / "results.gpkg"))
    dock.start_run()
    assert dock.run is not None
    assert dock.panel.cancel_button.isEnabled()
    _wait(dock)
    assert [m for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical] == []
    assert dock.panel.progress.value() == 100
    assert dock.panel.run_button.isEnabled()

    group = dock.results_group(create=False)
    assert group is not None
    names = sorted(node.layer().name() for node in group.findLayers())
    assert names == [
        "Schools (student places): Balance within each unit",
        "Schools (student places): Balance within each unit: load of facilities",
    ]
    assert all(node.layer().source().startswith(str(tmp_path / "results.gpkg")) for node in group.findLayers())
    assert all(node.itemVisibilityChecked() for node in group.findLayers())
    assert "2 result layers" in recording_iface.messages[-1][1]
    result = dock.result_layers["school:unit_balance"]
    assert isinstance(result.renderer(), QgsRuleBasedRenderer)
    labels = [rule.label() for rule in result.renderer().rootRule().children()]
    assert "Deficit: less than 50% of demand met" in labels
    assert result.labelsEnabled()
    assert result.crs().authid() == "EPSG:32643"

    table = dock.panel.proxy
    table.sort(1, Qt.SortOrder.DescendingOrder)
    cells = [[table.data(table.index(r, c)) for c in range(7)] for r in range(table.rowCount())]
    assert (
        cells
        == [  # unit, deficit, provision %, met within the norm % (not for the balance), meets, demand, capacity
            ["A", "400", "60.0", "—", "no", "1\u202f000", "600"],
            ["Алмалы", "200", "0.0", "—", "no", "200", "0"],
            ["B", "0", "125.0", "—", "yes", "400", "500"],
        ]
    )
    table.sort(0, Qt.SortOrder.AscendingOrder)
    assert [table.data(table.index(r, 0)) for r in range(3)] == ["A", "B", "Алмалы"]
    assert dock.panel.chart.items() == [("A", 400.0), ("Алмалы", 200.0)]

    canvas = recording_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32643"))
    dock.select_row(2)  # Алмалы, the third square
    selected = result.selectedFeatures()
    assert [f["unit_name"] for f in selected] == ["Алмалы"]
    centre = canvas.extent().center()
    assert abs(centre.x() - 632500.0) < 1.0
    assert abs(centre.y() - 4790500.0) < 1.0

    report = tmp_path / "deficits"
    assert dock.write_report(str(report)) is not None
    _wait(dock)
    assert recording_iface.messages[-1][2] == Qgis.MessageLevel.Success
    written = tmp_path / "deficits.xlsx"
    import openpyxl

    book = openpyxl.load_workbook(written)
    cells = {str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None}
    assert {"Алмалы", "A", "B"} <= cells

    assert (snapshot(units), snapshot(schools)) == before
    assert units.selectedFeatureCount() == 0


def test_an_error_of_the_check_reaches_the_message_bar(
    dock: RegionalStandardsDock, recording_iface: Any, project: QgsProject, provider: Any
) -> None:
    """A negative population stops the check; the message names the layer, feature and field."""
    units, schools = add_small_project(project)
    units.dataProvider().changeAttributeValues({2: {1: -5.0}})
    _choose(dock, units, schools)
    dock.start_run()
    _wait(dock)
    errors = [m[1] for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical]
    assert len(errors) == 1
    assert "units" in errors[0]
    assert "population" in errors[0]
    assert dock.results_group(create=False) is None
    assert dock.panel.model.rowCount() == 0
