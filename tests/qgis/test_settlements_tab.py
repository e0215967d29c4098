"""The Settlements tab of the panel: the hand-computed villages of tests/core/test_standards.py."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject, QgsRuleBasedRenderer

from almaty_planner.gui import dock as dock_module
from almaty_planner.gui.dock import RegionalStandardsDock
from tests.core.test_standards import write_pack
from tests.qgis.test_srs_sufficiency import objects, settlements


@pytest.fixture
def provider(qgis_processing: Any) -> Any:
    """The plugin's Processing provider."""
    from almaty_planner.processing_provider.provider import AlmatyPlannerProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("almaty_planner") is not None:
        registry.removeProvider(registry.providerById("almaty_planner"))
    instance = AlmatyPlannerProvider()
    registry.addProvider(instance)
    yield instance
    registry.removeProvider(instance)


@pytest.fixture
def dock(recording_iface: Any, qgis_new_project: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A dock whose norm folder holds the test pack with a checklist."""
    QgsProject.instance().clear()
    folder = tmp_path / "norms"
    folder.mkdir()
    write_pack(folder)
    monkeypatch.setenv("ALMATY_PLANNER_NORMS_DIR", str(tmp_path / "user_norms"))
    monkeypatch.setattr(dock_module, "norm_dirs", lambda: [folder])
    from almaty_planner.processing_provider import params as prm

    monkeypatch.setattr(prm, "profile_dirs", lambda: [folder])  # the profile folder, as the panel's packs
    widget = RegionalStandardsDock(recording_iface)
    widget.panel.output_widget.setFilePath(str(tmp_path / "results.gpkg"))  # not the home folder
    yield widget
    widget.cleanup()
    widget.deleteLater()


def _wait(run: Any, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while run is not None and run.is_running():
        QgsApplication.processEvents()
        time.sleep(0.01)
        assert time.monotonic() < deadline, "the run did not finish"
    QgsApplication.processEvents()


def test_settlements_tab_runs_and_shows_checklist_aggregates_and_what_to_build(
    dock: RegionalStandardsDock, recording_iface: Any, provider: Any, tmp_path: Path
) -> None:
    project = QgsProject.instance()
    s, o = settlements(), objects()
    s.setName("villages")
    o.setName("village objects")
    project.addMapLayers([s, o])
    tab = dock.settlements
    assert dock.panel.tabs.tabText(dock.panel.tabs.indexOf(tab)) == "Settlements"
    tab.fill_packs()
    tab.pack_combo.setCurrentIndex(tab.pack_combo.findData("std_test"))
    tab.settlements_combo.setLayer(s)
    assert tab.field_combos["TIER_FIELD"].currentField() == "tier"  # an exact name, nothing guessed beyond it
    tab.population_combo.setField("pop")
    tab.field_combos["SETTLEMENT_ID_FIELD"].setField("sid")
    tab.field_combos["GROUP_FIELD"].setField("district")
    tab.capacity_edit.setText("capacity")
    tab.fill_object_layers()
    tab.set_object_layers([o])
    tab.start_run()
    _wait(tab.run)
    assert [m for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical] == []
    layer = tab.layer
    assert layer is not None
    assert layer.id() in project.mapLayers()
    assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
    assert "52.2" in tab.summary.text()
    assert "47.8" in tab.summary.text()
    # the settlement list is sorted by sufficiency: C (40 %) first
    assert tab.settlement_combo.itemData(0) == "C"
    tab.settlement_combo.setCurrentIndex(tab.settlement_combo.findData("A"))
    rows = {tab.checklist.item(i, 0).text(): tab.checklist.item(i, 2).text() for i in range(tab.checklist.rowCount())}
    assert rows == {
        "kg": "met",
        "school3km": "met",
        "kg_places": "not met",
        "health": "not met",
        "water": "met",
        "sewer_share": "met",
    }
    assert [f["sid"] for f in layer.selectedFeatures()] == ["A"]
    assert tab.build_table.rowCount() > 0
    assert tab.aggregates.item(0, 1).text() == "3"
    assert "greedily" in tab.plan_label.text()
    report = tab.write_workbook(str(tmp_path / "monitoring.xlsx"))
    _wait(report)
    assert [m for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical] == []
    assert (tmp_path / "monitoring.xlsx").is_file()
    # the inputs were not modified
    assert [f["sid"] for f in s.getFeatures()] == ["A", "B", "C"]
    assert s.fields().names() == ["sid", "pop", "tier", "water", "sewer_pct", "school_transport", "district"]


def test_settlements_tab_says_what_is_missing(dock: RegionalStandardsDock, recording_iface: Any) -> None:
    dock.settlements.start_run()
    assert dock.settlements.run is None
    text = recording_iface.messages[-1][1]
    assert "settlements layer" in text
