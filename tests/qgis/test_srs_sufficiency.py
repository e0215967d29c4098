"""srs_sufficiency through processing.run: the hand-computed villages of tests/core/test_standards.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from tests.core.test_standards import write_pack


@pytest.fixture(scope="module")
def provider(qgis_processing: Any) -> Any:
    """The almaty_planner provider."""
    from almaty_planner.processing_provider.provider import AlmatyPlannerProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("almaty_planner")
    if existing is not None:
        yield existing
        return
    prov = AlmatyPlannerProvider()
    registry.addProvider(prov)
    yield prov
    registry.removeProvider(prov)


def _layer(uri: str, rows: list[tuple[tuple[float, float], list[Any]]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, "l", "memory")
    feats = []
    for (x, y), attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def settlements() -> QgsVectorLayer:
    return _layer(
        "Point?crs=EPSG:32643&field=sid:string&field=pop:integer&field=tier:integer&field=water:integer"
        "&field=sewer_pct:double&field=school_transport:integer&field=district:string",
        [
            ((0, 0), ["A", 1200, 4, 1, 95.0, None, "d1"]),
            ((2000, 0), ["B", 400, 5, 0, 10.0, 1, "d1"]),
            ((6000, 0), ["C", 3000, 4, None, 80.0, 0, "d2"]),
        ],
    )


def objects() -> QgsVectorLayer:
    return _layer(
        "Point?crs=EPSG:32643&field=kind:string&field=capacity:double",
        [
            ((100, 0), ["school", 600]),
            ((0, 200), ["kindergarten", 50]),
            ((6000, 300), ["kindergarten", 200]),
            ((0, -100), ["medical_point", None]),
            ((2000, 100), ["fap", None]),
        ],
    )


def run(params: dict[str, Any]) -> dict[str, Any]:
    import processing

    return processing.run("almaty_planner:srs_sufficiency", params)


def test_srs_sufficiency_by_hand(provider: Any, tmp_path: Path) -> None:
    """The same villages as the core test: 66.67 / 50 / 40 %, bands, details and the greedy plan."""
    pack = write_pack(tmp_path)
    s = settlements()
    result = run(
        {
            "SETTLEMENTS": s,
            "POPULATION_FIELD": "pop",
            "TIER_FIELD": "tier",
            "OBJECTS": [objects()],
            "KIND_FIELD": "kind",
            "NORM_PACK_FILE": str(pack),
            "SETTLEMENT_ID_FIELD": "sid",
            "GROUP_FIELD": "district",
            "CAPACITY_FIELD": "capacity",
            "OUTPUT": "memory:",
            "OUTPUT_DETAILS": "memory:",
            "OUTPUT_AGGREGATES": "memory:",
            "OUTPUT_PLAN": "memory:",
        }
    )
    out = {f["sid"]: f for f in result["OUTPUT"].getFeatures()}
    assert out["A"]["sufficiency_pct"] == pytest.approx(66.67)
    assert (out["B"]["sufficiency_pct"], out["B"]["band"]) == (50.0, "medium")
    assert (out["C"]["standards_no_data"], out["C"]["band"]) == (1, "low")
    assert out["A"]["norm_pack"] == "std_test"
    assert out["A"]["sufficiency_formula"] == "share"
    assert result["OUTPUT"].fields().names()[:7] == s.fields().names()  # every input attribute first
    details = list(result["OUTPUT_DETAILS"].getFeatures())
    assert len(details) == 16  # tier 4 (A, C): 6 standards each; tier 5 (B): kg, school, health, water
    water = {f["settlement"]: f["status"] for f in details if f["standard_id"] == "water"}
    assert water == {"A": "met", "B": "not_met", "C": "no_data"}
    agg = {f["group"]: f for f in result["OUTPUT_AGGREGATES"].getFeatures()}
    assert agg["d2"]["band_low"] == 1
    plan = list(result["OUTPUT_PLAN"].getFeatures())
    assert plan[0]["settlement"] == "B"
    assert plan[0]["build"] == "kindergarten"
    assert plan[0]["method"] == "greedy"
    assert plan[-1]["level_after_pct"] >= 70


def test_srs_sufficiency_bad_tier_names_settlement_and_field(provider: Any, tmp_path: Path) -> None:
    s = settlements()
    s.dataProvider().changeAttributeValues({2: {2: 9}})
    with pytest.raises(QgsProcessingException) as err:
        run(
            {
                "SETTLEMENTS": s,
                "POPULATION_FIELD": "pop",
                "TIER_FIELD": "tier",
                "OBJECTS": [objects()],
                "NORM_PACK_FILE": str(write_pack(tmp_path)),
                "SETTLEMENT_ID_FIELD": "sid",
                "OUTPUT": "memory:",
                "OUTPUT_DETAILS": "memory:",
            }
        )
    assert "tier" in str(err.value)
    assert "B" in str(err.value)


def test_srs_sufficiency_registered_with_help(provider: Any) -> None:
    alg = provider.algorithm("srs_sufficiency")
    assert alg is not None
    assert "<h3>" in alg.shortHelpString()
    names = {p.name() for p in alg.parameterDefinitions()}
    wanted = {"SETTLEMENTS", "POPULATION_FIELD", "TIER_FIELD", "STATUS_FIELD", "OBJECTS", "KIND_FIELD"}
    assert wanted | {"NORM_PACK", "ROADS", "OUTPUT", "OUTPUT_DETAILS"} <= names


def test_export_then_import_standards(provider: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """export_standards -> import_standards through Processing: the same checklist, nothing refused."""
    import processing

    from almaty_planner.core.norms import load_pack
    from almaty_planner.core.standards import standards_of
    from almaty_planner.processing_provider import params as prm

    monkeypatch.setattr(prm, "profile_dirs", lambda: [tmp_path / "profile"])
    table = tmp_path / "standards.csv"
    out = processing.run("almaty_planner:export_standards", {"NORM_PACK": "kz_srs", "OUTPUT": str(table)})
    assert Path(out["OUTPUT"]).is_file()
    result = processing.run(
        "almaty_planner:import_standards", {"INPUT": str(table), "NORM_PACK": "kz_srs", "PACK_ID": "srs_copy"}
    )
    assert (result["IMPORTED"], result["REFUSED"]) == (17, 0)
    assert Path(result["OUTPUT"]).parent == tmp_path / "profile"
    copy = load_pack(result["OUTPUT"])
    assert standards_of(copy).section["checklist"] == standards_of(load_pack("kz_srs")).section["checklist"]


def test_excel_report_writes_the_monitoring_workbook(provider: Any, tmp_path: Path) -> None:
    """excel_report on the settlements result and its checklist: the workbook holds the hand statuses."""
    import openpyxl
    import processing

    pack = write_pack(tmp_path)
    result = run(
        {
            "SETTLEMENTS": settlements(),
            "POPULATION_FIELD": "pop",
            "TIER_FIELD": "tier",
            "OBJECTS": [objects()],
            "NORM_PACK_FILE": str(pack),
            "SETTLEMENT_ID_FIELD": "sid",
            "CAPACITY_FIELD": "capacity",
            "OUTPUT": "memory:",
            "OUTPUT_DETAILS": "memory:",
        }
    )
    from almaty_planner.processing_provider import params as prm

    # the pack of the test lives in tmp_path: the report finds it there, as a user's profile pack
    original = prm.profile_dirs
    prm.profile_dirs = lambda: [tmp_path]
    try:
        out = processing.run(
            "almaty_planner:excel_report",
            {
                "INPUTS": [result["OUTPUT"], result["OUTPUT_DETAILS"]],
                "LANGUAGE": "en",
                "OUTPUT": str(tmp_path / "monitoring.xlsx"),
            },
        )
    finally:
        prm.profile_dirs = original
    wb = openpyxl.load_workbook(out["OUTPUT"])
    ws = wb["Checklist"]
    header = [c.value for c in ws[1]]
    col = next(i for i, h in enumerate(header) if h and h.endswith("(water)"))
    assert {r[0].value: r[col].value for r in ws.iter_rows(min_row=2)} == {"A": "met", "B": "not met", "C": "no data"}
    pct = {r[0].value: r[1].value for r in ws.iter_rows(min_row=2)}
    assert pct["A"] == pytest.approx(66.67)
    assert "Plan to the target" in wb.sheetnames
