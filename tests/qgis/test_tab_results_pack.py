"""Reopened results and their norm pack: when the pack a stored result was computed with has changed since
the run (its hash differs), the Results, Plan and Where to build tabs say so, as the Excel report does;
with the pack unchanged they say nothing of it. A results file that cannot be written is said in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsProject

from tests.qgis import test_dock as base
from tests.qgis.gui_fixtures import add_small_project
from tests.qgis.test_placement_tab import _wait, candidate_sites
from tests.qgis.test_plan_tab import schools_with_years

dock, project, norms_dir, provider = base.dock, base.project, base.norms_dir, base.provider
CHANGED = "was changed after the results were computed"


def test_a_changed_pack_is_named_after_reopening(
    dock: Any, recording_iface: Any, project: QgsProject, provider: Any, norms_dir: Path, tmp_path: Path
) -> None:
    """Results, Plan and Where to build run with the test pack; reopened as they are: no word of the pack;
    the pack's school rate changed (100 -> 120 per 1000) and the project reopened: each tab names it."""
    units, _schools = add_small_project(project)
    schools = schools_with_years()
    project.addMapLayers([schools, candidate_sites()])
    base._choose(dock, units, schools)
    dock.start_run()
    base._wait(dock)
    plan = dock.plan
    plan.from_spin.setValue(2025)
    plan.to_spin.setValue(2026)
    plan.base_spin.setValue(2025)
    plan.start()
    _wait(plan)
    placement = dock.placement
    placement.candidates_combo.setLayer(project.mapLayersByName("участки")[0])
    placement.capacity_combo.setField("places")
    placement.count_spin.setValue(1)
    placement.radius_spin.setValue(710)
    placement.start()
    _wait(placement)
    assert [m for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical] == []
    path = str(tmp_path / "план.qgz")

    def reopened() -> list[str]:
        assert project.write(path)
        project.clear()
        assert project.read(path)
        return [dock.panel.note.text(), plan.summary.text(), placement.summary.text()]

    texts = reopened()
    assert all(texts), texts  # each tab shows its result again
    assert not any(CHANGED in text for text in texts)
    pack_file = norms_dir / "gui_test_pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    assert "rate: {value: 100," in text
    pack_file.write_text(text.replace("rate: {value: 100,", "rate: {value: 120,"), encoding="utf-8")
    for shown in reopened():
        assert CHANGED in shown
        assert "gui_test_pack" in shown


def test_a_results_file_that_cannot_be_written_is_said_and_nothing_shown(
    dock: Any, recording_iface: Any, project: QgsProject, provider: Any, tmp_path: Path
) -> None:
    """The Plan tab with a results file in a folder that does not exist: the message names the folder, the
    tab shows no trajectory and the results group holds none of its layers."""
    units, _schools = add_small_project(project)
    schools = schools_with_years()
    project.addMapLayer(schools)
    base._choose(dock, units, schools)
    missing = tmp_path / "нет такой папки"
    dock.panel.output_widget.setFilePath(str(missing / "results.gpkg"))
    plan = dock.plan
    plan.from_spin.setValue(2025)
    plan.to_spin.setValue(2026)
    plan.start()
    _wait(plan)
    errors = [m[1] for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical]
    assert len(errors) == 1
    assert "The results were not written" in errors[0]
    assert str(missing) in errors[0]
    assert plan.layer is None
    assert plan.table.rowCount() == 0
    assert plan.summary.text() == ""
    group = dock.results_group(create=False)
    assert group is None or group.findLayers() == []
    assert not missing.exists()
