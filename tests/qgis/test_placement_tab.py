"""The "Where to build" tab: two new schools for the small project, run from the panel, by hand.

Units A 10,000 / B 4,000 / Алмалы 2,000 residents, 100 places per 1000 (test pack): demand 1,000 /
400 / 200. Radius 710 m (each unit's residents at its centre, every corner within 707 m). A's school
of 600 is 300 m from A's centre: 400 left; B's schools (300 + 200) serve B's 400; Алмалы has none: 200.
Candidates of 300 places at A's and Алмалы's centres: first A's (300 of 400), then Алмалы's (200).
Deficit 600 -> 300 -> 100.
"""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from tests.qgis import test_dock as base
from tests.qgis.gui_fixtures import ORIGIN, SIZE, add_small_project

dock, project, norms_dir, provider = base.dock, base.project, base.norms_dir, base.provider


def _wait(tab: Any, seconds: float = 60.0) -> None:
    """Let the task run while the event loop turns."""
    import time

    from qgis.core import QgsApplication

    deadline = time.monotonic() + seconds
    while tab.run is not None and tab.run.is_running():
        QgsApplication.processEvents()
        time.sleep(0.01)
        assert time.monotonic() < deadline, "the placement did not finish"
    QgsApplication.processEvents()


def candidate_sites() -> QgsVectorLayer:
    """Sites of 300 places at A's and Алмалы's centres."""
    layer = QgsVectorLayer("Point?crs=EPSG:32643&field=site:string&field=places:integer", "участки", "memory")
    features = []
    for name, unit in (("at A", 0), ("at Алмалы", 2)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, 300])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(ORIGIN[0] + unit * SIZE + 500, ORIGIN[1] + 500)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_where_to_build_from_the_panel(dock: Any, recording_iface: Any, project: QgsProject, provider: Any) -> None:
    """Run from the tab: the chosen sites in order, units before/after, the curve and the summary."""
    units, schools = add_small_project(project)
    sites = candidate_sites()
    project.addMapLayer(sites)
    base._choose(dock, units, schools)
    tab = dock.placement
    assert dock.panel.tabs.tabText(dock.panel.tabs.indexOf(tab)) == "Where to build"
    tab.service_combo.setCurrentIndex(tab.service_combo.findData("school"))
    tab.candidates_combo.setLayer(sites)
    tab.capacity_combo.setField("places")
    tab.count_spin.setValue(2)
    tab.radius_spin.setValue(710)
    tab.start()
    _wait(tab)
    assert [m for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical] == []
    chosen, units_out = tab.layers
    assert [(f["site"], f["rank"], f["served"]) for f in chosen.getFeatures()] == [
        ("at A", 1, 300.0),
        ("at Алмалы", 2, 200.0),
    ]
    after = {f["unit_name"]: (f["deficit_before"], f["deficit_after"]) for f in units_out.getFeatures()}
    assert after == {"A": (400.0, 100.0), "B": (0.0, 0.0), "Алмалы": (200.0, 0.0)}
    assert tab.chart.values == [600.0, 300.0, 100.0]
    group = dock.results_group(create=False)
    assert chosen.id() in [node.layerId() for node in group.findLayers()]
    assert "600" in tab.summary.text()
    assert "100" in tab.summary.text()


def test_where_to_build_names_what_is_missing(dock: Any, recording_iface: Any, project: QgsProject) -> None:
    """Without inputs the tab says what to choose, and runs nothing."""
    dock.placement.start()
    assert dock.placement.run is None
    assert "candidate sites" in recording_iface.messages[-1][1]
