"""A service a user adds to a norm pack (a sports hall: places, 8 per 1000, 1,500 m) is offered by the
provision algorithm, the panel and the Excel report with no code change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProject, QgsVectorLayer

from almaty_planner.core.definitions import norm_key_words
from almaty_planner.gui import dock as dock_module
from almaty_planner.gui.dock import RegionalStandardsDock
from tests.core.test_norm_use import SPORTS_PACK

GPKG = Path(__file__).resolve().parents[1] / "data" / "planner_test.gpkg"


@pytest.fixture
def user_norms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's pack folder holding the sports-hall pack (the panel's profile folder too)."""
    folder = tmp_path / "user_norms"
    folder.mkdir()
    (folder / "user_sports.yaml").write_text(yaml.safe_dump(SPORTS_PACK, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("ALMATY_PLANNER_NORMS_DIR", str(folder))
    monkeypatch.setattr(dock_module, "norm_dirs", lambda: [folder])
    return folder


@pytest.fixture
def provider(qgis_processing: Any, user_norms: Path) -> Any:
    """The plugin's provider, registered once the user's pack is in place."""
    from almaty_planner.processing_provider.provider import AlmatyPlannerProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("almaty_planner") is not None:
        registry.removeProvider(registry.providerById("almaty_planner"))
    instance = AlmatyPlannerProvider()
    registry.addProvider(instance)
    yield instance
    registry.removeProvider(instance)


def _layer(name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def test_provision_offers_and_checks_the_new_service(provider: Any, tmp_path: Path) -> None:
    """SERVICE lists sports_hall; the unit balance gives 8 places per 1000 residents against the halls'
    places inside each unit, worked out here from the layers; the report names it by the pack's title."""
    import openpyxl
    import processing

    alg = QgsApplication.processingRegistry().createAlgorithmById("almaty_planner:provision")
    assert "sports_hall" in alg.parameterDefinition("SERVICE").options()
    units, halls = _layer("units"), _layer("schools")
    params = {
        "UNITS": units.source(),
        "POPULATION_FIELD": "pop",
        "FACILITIES": halls.source(),
        "CAPACITY_FIELD": "places",
        "SERVICE": "sports_hall",
        "NORM_PACK": "user_sports",
        "METHOD": "unit_balance",
        "OUTPUT": "memory:",
    }
    result = processing.run("almaty_planner:provision", params, feedback=QgsProcessingFeedback())["OUTPUT"]
    expected = {}
    for unit in units.getFeatures():
        places = sum(h["places"] for h in halls.getFeatures() if unit.geometry().contains(h.geometry()))
        demand = unit["pop"] * 8 / 1000
        expected[unit["unit_id"]] = (demand, places, max(0.0, demand - places))
    got = {f["unit_id"]: (f["demand"], f["capacity"], f["deficit"]) for f in result.getFeatures()}
    assert got == pytest.approx(expected)
    assert {f["service"] for f in result.getFeatures()} == {"sports_hall"}

    report = processing.run(
        "almaty_planner:excel_report",
        {"INPUTS": [result], "LANGUAGE": "en", "OUTPUT": str(tmp_path / "halls.xlsx")},
        feedback=QgsProcessingFeedback(),
    )["OUTPUT"]
    book = openpyxl.load_workbook(report)
    assert "Sports hall" in book.sheetnames
    header = next(book["Sports hall"].iter_rows(values_only=True))
    assert "Deficit, places" in header
    rows = list(book["Norms"].iter_rows(values_only=True))
    at = {h: rows[0].index(h) for h in ("Service", "Service (id)", "Key", "Value", "Norm")}
    norms = [r for r in rows if r[at["Service (id)"]] == "sports_hall"]
    assert {(r[at["Key"]], r[at["Value"]]) for r in norms} == {("demand_rate", 8)}
    # a service the plugin does not know is named by the user's pack, in the report's language
    assert {r[at["Service"]] for r in norms} == {SPORTS_PACK["services"]["sports_hall"]["title"]["en"]}
    assert {r[at["Norm"]] for r in norms} == {norm_key_words("demand_rate", "en")}


def test_the_panel_offers_the_new_service_of_the_chosen_pack(recording_iface: Any, user_norms: Path) -> None:
    """The panel shows a row "Sports hall (places)" when the user's pack is chosen, and not for a pack
    without it."""
    QgsProject.instance().clear()
    dock = RegionalStandardsDock(recording_iface)
    try:
        p = dock.panel
        p.pack_combo.setCurrentIndex(p.pack_combo.findData("user_sports"))
        assert "sports_hall" in p.service_layers
        assert p.service_titles["sports_hall"].text() == "Sports hall (places)"
        assert not p.service_titles["sports_hall"].isHidden()
        assert not p.service_titles["school"].isHidden()  # inherited from almaty_2040
        p.pack_combo.setCurrentIndex(p.pack_combo.findData("kz_planning_norms"))
        assert p.service_titles["sports_hall"].isHidden()
    finally:
        dock.cleanup()
        dock.deleteLater()
        QgsProject.instance().clear()
