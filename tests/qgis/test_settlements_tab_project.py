"""The Settlements tab with the project: choices saved and restored; the run on the demo GeoPackage
checked against the core run directly on the same layers (read with geopandas)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest
from qgis.core import (
    Qgis,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextScope,
    QgsExpressionContextUtils,
    QgsProject,
    QgsVectorLayer,
)

from almaty_planner.core.i18n import language
from almaty_planner.core.norms import load_pack
from almaty_planner.core.standards import run_from_frames, standards_of
from almaty_planner.gui import dock as dock_module
from almaty_planner.gui.dock import RegionalStandardsDock
from almaty_planner.gui.settings import read_settlements_settings
from almaty_planner.gui.settlements_tab import status_text
from tests.qgis.test_settlements_tab import _wait, provider  # noqa: F401 (a fixture)

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "almaty_demo.gpkg"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A copy of the demo GeoPackage (QGIS may touch the file it opens; the repository's stays as is)."""
    path = tmp_path / "demo.gpkg"
    shutil.copy(DEMO, path)
    return path


@pytest.fixture
def dock(recording_iface: Any, qgis_new_project: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A dock with the built-in packs only (empty user and profile folders)."""
    QgsProject.instance().clear()
    profile = tmp_path / "profile_norms"
    profile.mkdir()
    monkeypatch.setenv("ALMATY_PLANNER_NORMS_DIR", str(tmp_path / "user_norms"))
    monkeypatch.setattr(dock_module, "norm_dirs", lambda: [profile])
    from almaty_planner.processing_provider import params as prm

    monkeypatch.setattr(prm, "profile_dirs", lambda: [profile])
    widget = RegionalStandardsDock(recording_iface)
    widget.panel.output_widget.setFilePath(str(tmp_path / "results.gpkg"))  # not the home folder
    yield widget
    widget.cleanup()
    widget.deleteLater()


def _layers(path: Path) -> tuple[QgsVectorLayer, QgsVectorLayer, QgsVectorLayer]:
    """Settlements, their objects and the roads of the demo, added to the project."""
    out = []
    for name in ("settlements", "settlement_objects", "roads"):
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        out.append(layer)
    QgsProject.instance().addMapLayers(out)
    return out[0], out[1], out[2]


def _choose(tab: Any, settlements: QgsVectorLayer, objects: QgsVectorLayer) -> None:
    """The demo's layers and fields, as a planner chooses them."""
    tab.fill_packs()
    tab.pack_combo.setCurrentIndex(tab.pack_combo.findData("kz_srs"))
    tab.settlements_combo.setLayer(settlements)
    tab.population_combo.setField("population")
    tab.field_combos["SETTLEMENT_ID_FIELD"].setField("settlement_id")
    tab.field_combos["GROUP_FIELD"].setField("area")
    tab.fill_object_layers()
    tab.set_object_layers([objects])


def test_settlements_choices_are_saved_with_the_project_and_restored(
    dock: RegionalStandardsDock, demo: Path, tmp_path: Path
) -> None:
    project = QgsProject.instance()
    settlements, objects, roads = _layers(demo)
    tab = dock.settlements
    _choose(tab, settlements, objects)
    tab.field_combos["STATUS_FIELD"].setField("")  # a choice away from the guess
    tab.capacity_edit.setText("capacity")
    tab.capacity_edit.editingFinished.emit()
    tab.kind_edit.setText("kind")
    tab.roads_combo.setLayer(roads)
    tab.formula_combo.setCurrentIndex(tab.formula_combo.findData("weighted"))
    tab.target_spin.setValue(55.5)
    chosen = tab.current_settings()
    assert read_settlements_settings(project) == chosen  # written as they change, as the Inputs tab's
    assert chosen.fields["TIER_FIELD"] == "tier"
    assert chosen.fields["STATUS_FIELD"] == ""
    ids = settlements.id(), objects.id(), roads.id()

    path = str(tmp_path / "planner.qgz")
    assert project.write(path)
    project.clear()
    assert tab.settlements_combo.currentLayer() is None
    assert project.read(path)  # the open dock follows the project it reads
    assert tab.settlements_combo.currentLayer().id() == ids[0]
    assert tab.population_combo.currentField() == "population"
    assert {k: c.currentField() for k, c in tab.field_combos.items()} == {
        "TIER_FIELD": "tier",
        "STATUS_FIELD": "",
        "SETTLEMENT_ID_FIELD": "settlement_id",
        "SETTLEMENT_NAME_FIELD": "name",
        "GROUP_FIELD": "area",
    }
    assert tab.object_layer_ids() == [ids[1]]
    assert tab.capacity_edit.text() == "capacity"
    assert tab.kind_edit.text() == "kind"
    assert tab.roads_combo.currentLayer().id() == ids[2]
    assert tab.pack_combo.currentData() == "kz_srs"
    assert tab.formula_combo.currentData() == "weighted"
    assert tab.target_spin.value() == pytest.approx(55.5)
    assert tab.current_settings() == chosen

    other = RegionalStandardsDock(dock.iface)  # a new dock on the same project shows the same choices
    try:
        assert other.settlements.current_settings() == chosen
    finally:
        other.cleanup()
        other.deleteLater()


def _number(text: str) -> float:
    return float(text.replace(",", ""))


@pytest.mark.usefixtures("provider")
def test_settlements_tab_on_the_demo_matches_the_core(
    dock: RegionalStandardsDock,
    recording_iface: Any,
    demo: Path,
) -> None:
    settlements, objects, _roads = _layers(demo)
    tab = dock.settlements
    _choose(tab, settlements, objects)
    tab.start_run()
    _wait(tab.run, 120.0)
    assert [m for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical] == []
    assert tab.layer is not None

    pack = load_pack("kz_srs")
    frames = gpd.read_file(demo, layer="settlements")
    core = run_from_frames(
        frames,
        [("settlement_objects", gpd.read_file(demo, layer="settlement_objects"))],
        pack,
        population_field="population",
        tier_field="tier",
        status_field="status",
        id_field="settlement_id",
        name_field="name",
        group_field="area",
        target_pct=70.0,
    )
    overall = core.aggregates.iloc[0]
    assert int(overall["settlements"]) == len(frames) == tab.layer.featureCount()

    # the aggregates table: first row is all settlements; mean, by population and the count per band
    headers = [tab.aggregates.horizontalHeaderItem(j).text() for j in range(tab.aggregates.columnCount())]
    row = {headers[j]: tab.aggregates.item(0, j).text() for j in range(len(headers))}
    assert _number(row["Settlements"]) == int(overall["settlements"])
    assert _number(row["Mean, %"]) == pytest.approx(float(overall["mean_sufficiency_pct"]), abs=0.01)
    assert _number(row["By population, %"]) == pytest.approx(float(overall["population_weighted_pct"]), abs=0.01)
    bands = [c for c in core.aggregates.columns if c.startswith("band_")]
    assert bands
    assert [h for h in headers if h.startswith("band_")] == bands
    assert {b: _number(row[b]) for b in bands} == {b: int(overall[b]) for b in bands}
    assert f"{float(overall['mean_sufficiency_pct']):.1f}%" in tab.summary.text()

    # every settlement's level on the map layer is the core's
    core_pct = core.result.settlements.set_index("settlement")["sufficiency_pct"].to_dict()
    panel_pct = {f["settlement"]: f["sufficiency_pct"] for f in tab.layer.getFeatures()}
    assert panel_pct.keys() == core_pct.keys()
    for sid, pct in core_pct.items():
        assert panel_pct[sid] == pytest.approx(pct, abs=1e-6), sid

    # one settlement's checklist, the one with the most standards not met (then the first id)
    details = core.result.details
    misses = details[details["status"] == "not_met"].groupby("settlement").size()
    sid = misses.sort_values(ascending=False, kind="stable").index[0]
    tab.settlement_combo.setCurrentIndex(tab.settlement_combo.findData(sid))
    stds = standards_of(pack)
    lang = language()
    expected = sorted(
        (stds.standard(str(d["standard_id"])).title(lang), status_text(str(d["status"])))
        for _, d in details[details["settlement"] == sid].iterrows()
    )
    shown = sorted(
        (tab.checklist.item(i, 0).text(), tab.checklist.item(i, 2).text()) for i in range(tab.checklist.rowCount())
    )
    assert shown == expected
    assert any(status == status_text("not_met") for _, status in shown)
    assert [f["settlement"] for f in tab.layer.selectedFeatures()] == [sid]

    # the map labels: name and % at district scale, the % alone at the region scale, none beyond 1:2,500,000
    settings = tab.layer.labeling().settings()
    assert settings.scaleVisibility
    assert settings.minimumScale == pytest.approx(2_500_000)
    name = frames.set_index("settlement_id").loc[sid, "name"]
    pct = core_pct[sid]
    feature = next(f for f in tab.layer.getFeatures() if f["settlement"] == sid)
    assert _label(tab.layer, feature, 100_000) == f"{name}\n{round(pct)}%"
    assert _label(tab.layer, feature, 1_000_000) == f"{round(pct)}%"


def _label(layer: QgsVectorLayer, feature: Any, scale: float) -> str:
    """The label text of ``feature`` at the map scale 1:``scale``."""
    expression = QgsExpression(layer.labeling().settings().fieldName)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    scope = QgsExpressionContextScope()
    scope.setVariable("map_scale", scale)
    context.appendScope(scope)
    context.setFeature(feature)
    value = expression.evaluate(context)
    assert not expression.hasEvalError(), expression.evalErrorString()
    return str(value)
