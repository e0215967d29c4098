"""The Plan tab: a school trajectory of the small project run from the panel, by hand.

Units A 10,000 / B 4,000 / Алмалы 2,000 residents, 100 places per 1000 (test pack); schools of 600
(A) and 300 + 200 (B), and a planned school of 250 places in Алмалы from 2027 added here.
Deficits: A 400 every year; Алмалы 200 until 2026, 0 from 2027; B none. City: 600, 600, 400, 400.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from almaty_planner.gui.plan_tab import parse_targets
from tests.qgis import test_dock as base
from tests.qgis.gui_fixtures import ORIGIN, SIZE, add_small_project

# the dock tests' fixtures: a dock on the recording interface, a cleared project, the test pack, the provider
dock, project, norms_dir, provider = base.dock, base.project, base.norms_dir, base.provider
_choose = base._choose


def _wait(tab: Any, seconds: float = 60.0) -> None:
    """Let the task run while the event loop turns."""
    import time

    from qgis.core import QgsApplication

    deadline = time.monotonic() + seconds
    while tab.run is not None and tab.run.is_running():
        QgsApplication.processEvents()
        time.sleep(0.01)
        assert time.monotonic() < deadline, "the trajectory did not finish"
    QgsApplication.processEvents()


def schools_with_years() -> QgsVectorLayer:
    """The small project's schools, with a year field, and a school of 250 places planned in 2027 in Алмалы."""
    layer = QgsVectorLayer("Point?crs=EPSG:32643&field=places:integer&field=year:integer", "schools", "memory")
    rows = [(0, 600, None), (1, 300, None), (1, 200, None), (2, 250, 2027)]
    features = []
    for n, (unit, places, year) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([places, year])
        x = ORIGIN[0] + unit * SIZE + 200 + 100 * n
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, ORIGIN[1] + 500)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_targets_text() -> None:
    """Targets typed as year: value pairs; a wrong entry says how to write them."""
    assert parse_targets("2025: 7300; 2026=5 000") == {2025: 7300.0, 2026: 5000.0}
    with pytest.raises(ValueError, match="2025: 7300"):
        parse_targets("next year: 10")


def test_plan_tab_runs_the_trajectory_and_shows_a_year(
    dock: Any, recording_iface: Any, project: QgsProject, provider: Any, tmp_path: Path
) -> None:
    """Run from the tab; layers in the results group, temporal; the slider filters the year; chart and table."""
    units, _old = add_small_project(project)
    schools = schools_with_years()
    project.addMapLayer(schools)
    _choose(dock, units, schools)
    tab = dock.plan
    assert dock.panel.tabs.tabText(dock.panel.tabs.indexOf(dock.plan)) == "Plan"
    tab.service_combo.setCurrentIndex(tab.service_combo.findData("school"))
    assert tab.year_combo.currentField() == "year"  # picked from the facility layer
    tab.from_spin.setValue(2025)
    tab.to_spin.setValue(2028)
    tab.base_spin.setValue(2025)
    tab.targets_edit.setText("2025: 500; 2027: 450")
    tab.start()
    _wait(tab)
    assert [m for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical] == []
    layer = tab.layer
    assert layer is not None
    assert layer.temporalProperties().isActive()
    group = dock.results_group(create=False)
    assert layer.id() in [node.layerId() for node in group.findLayers()]
    # the slider shows one year of the baseline on the map
    tab.slider.setValue(2026)
    shown = {f["unit_name"]: f["deficit"] for f in layer.getFeatures()}
    assert shown == {"A": 400.0, "B": 0.0, "Алмалы": 200.0}
    tab.slider.setValue(2027)
    shown = {f["unit_name"]: f["deficit"] for f in layer.getFeatures()}
    assert shown == {"A": 400.0, "B": 0.0, "Алмалы": 0.0}
    tab.animate_check.setChecked(True)
    assert layer.featureCount() == 3 * 4
    assert not tab.slider.isEnabled()
    # chart: the city's deficit per year and the targets
    assert tab.chart.lines() == {"baseline": [600.0, 600.0, 400.0, 400.0]}
    assert tab.chart._targets == {2025: 500.0, 2027: 450.0}
    assert tab.table.rowCount() == 4
    assert tab.table.item(2, 1).text() == "400"
    assert "2\u202f000" in tab.summary.text()  # 600 + 600 + 400 + 400


def test_plan_tab_names_what_is_missing(dock: Any, recording_iface: Any, project: QgsProject) -> None:
    """Without units and facilities the tab says what to choose, and runs nothing."""
    dock.plan.start()
    assert dock.plan.run is None
    assert "Inputs tab" in recording_iface.messages[-1][1]


def test_plan_services_follow_the_chosen_pack(dock: Any, norms_dir: Path) -> None:
    """The Plan tab lists the facility services of the chosen pack, again when the choice or the packs change."""
    from almaty_planner.core import definitions

    def listed() -> list[str]:
        combo = dock.plan.service_combo
        return [combo.itemData(i) for i in range(combo.count())]

    def choose(pack_id: str) -> None:
        index = dock.panel.pack_combo.findData(pack_id)
        assert index >= 0
        dock.panel.pack_combo.setCurrentIndex(index)

    choose("gui_test_pack")
    assert listed() == ["school"]
    other = next(pid for pid, pack in dock.packs.items() if len(definitions.facility_services(pack)) > 1)
    choose(other)
    assert listed() == definitions.facility_services(dock.packs[other])
    assert dock.plan.service() == "school"  # kept: the other pack has schools too
    # a pack saved in the profile folder with a service no other pack has: listed, with its rows
    text = base.TEST_PACK.replace("id: gui_test_pack", "id: gui_test_pack_wells").replace(
        "services:\n  school:", "services:\n  well_point:\n    title: {en: Well}\n    capacity_unit: places\n"
        "    demand:\n      - basis: per_1000\n        rate: {value: 5, unit: places_per_1000, source: fixture,"
        " clause: fixture 9, confidence: derived}\n  school:"
    )  # fmt: skip
    (norms_dir / "gui_test_pack_wells.yaml").write_text(text, encoding="utf-8")
    dock._pack_saved("gui_test_pack_wells")
    assert listed() == ["well_point", "school"]
    dock.plan.service_combo.setCurrentIndex(0)
    assert dock.plan.service() == "well_point"
    # the field lists follow the new service's facility layer
    layer = QgsVectorLayer("Point?crs=EPSG:32643&field=year_open:integer", "wells", "memory")
    QgsProject.instance().addMapLayer(layer)
    dock.panel.service_layers["well_point"].setLayer(layer)
    assert dock.plan.year_combo.layer() is layer
    assert dock.plan.year_combo.currentField() == "year_open"
    choose("gui_test_pack")
    assert listed() == ["school"]
    assert dock.plan.service() == "school"
