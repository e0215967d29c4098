"""Regional standards of settlements: every check kind on hand-computed settlements."""

from __future__ import annotations

import copy
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import yaml
from shapely.geometry import LineString, Point, box

from almaty_planner.core.errors import InputError, NormPackError
from almaty_planner.core.norms import load_pack
from almaty_planner.core.standards import (
    SettlementInputs,
    check_settlements,
    plan_to_target,
    population_level,
    rank_actions,
    standards_of,
)

CRS = "EPSG:32643"
SRC = {"src": {"document": "Test document", "edition": "1"}}


def sv(value, unit, confidence="confirmed"):
    """A sourced value of the test pack."""
    return {"value": value, "unit": unit, "source": "src", "confidence": confidence, "clause": "t"}


SECTION = {
    "formula": "share",
    "directions": {"education": "Education", "healthcare": "Healthcare", "engineering": "Engineering"},
    "kinds": {k: k for k in ("school", "kindergarten", "medical_point", "fap", "outpatient_clinic", "hospital")},
    "bands": [
        {"id": "high", "min_pct": sv(80, "pct")},
        {"id": "medium", "min_pct": sv(50, "pct")},
        {"id": "low", "min_pct": sv(0, "pct")},
    ],
    "settlement_radius_m": sv(500, "m"),
    "checklist": [
        {
            "id": "kg",
            "direction": "education",
            "check": "present",
            "kind": "kindergarten",
            "tiers": [4, 5],
            "threshold": sv(1, "objects"),
        },
        {
            "id": "school3km",
            "direction": "education",
            "check": "within_reach",
            "kind": "school",
            "tiers": [4, 5],
            "or_field": "school_transport",
            "threshold": sv(3, "km"),
        },
        {
            "id": "kg_places",
            "direction": "education",
            "check": "per_1000",
            "kind": "kindergarten",
            "tiers": [4],
            "threshold": sv(50, "places_per_1000"),
        },
        {
            "id": "health",
            "direction": "healthcare",
            "check": "population_band",
            "levels": ["medical_point", "fap", "outpatient_clinic"],
            "tiers": [4, 5],
            "threshold": sv([500, 1500, 5000], "residents"),
        },
        {
            "id": "water",
            "direction": "engineering",
            "check": "attribute",
            "field": "water",
            "tiers": [4, 5],
            "weight": 2,
            "threshold": sv(1, "flag"),
        },
        {
            "id": "sewer_share",
            "direction": "engineering",
            "check": "attribute",
            "field": "sewer_pct",
            "tiers": [4],
            "min_population": 1000,
            "threshold": sv(90, "pct"),
        },
    ],
}


def write_pack(tmp_path: Path, section=None, name="std_test", **extra) -> Path:
    """A standalone pack with tiers (statuses) and a standards section."""
    content = {
        "id": name,
        "title": "Test",
        "jurisdiction": "Test",
        "edition": "1",
        "parent": None,
        "sources": SRC,
        "services": {},
        "tiers": {"statuses": {"village": {"tier": 5, "aliases": ["село"]}, "centre": {"tier": 4}}},
        "standards": section if section is not None else SECTION,
        **extra,
    }
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    return path


def settlements():
    """Three villages on a line, 2 km apart (points), hand-made attributes."""
    return gpd.GeoDataFrame(
        {
            "sid": ["A", "B", "C"],
            "pop": [1200, 400, 3000],
            "tier": [4, 5, 4],
            "water": [1, 0, None],
            "sewer_pct": [95.0, 10.0, 80.0],
            "school_transport": [None, 1, 0],
            "district": ["d1", "d1", "d2"],
        },
        geometry=[Point(0, 0), Point(2000, 0), Point(6000, 0)],
        crs=CRS,
    )


def objects():
    """A school at A; a kindergarten of 50 places at A, one of 200 at C; a medical point at A, a FAP at B."""
    return gpd.GeoDataFrame(
        {
            "kind": ["school", "kindergarten", "kindergarten", "medical_point", "fap"],
            "capacity": [600, 50, 200, None, None],
        },
        geometry=[Point(100, 0), Point(0, 200), Point(6000, 300), Point(0, -100), Point(2000, 100)],
        crs=CRS,
    )


def run(tmp_path, s=None, o=None, **kw):
    pack = load_pack(write_pack(tmp_path))
    inputs = SettlementInputs(
        settlements=settlements() if s is None else s,
        population_field="pop",
        objects=objects() if o is None else o,
        kind_field="kind",
        tier_field="tier",
        id_field="sid",
        capacity_field=kw.pop("capacity_field", "capacity"),
        group_field="district",
        roads=kw.pop("roads", None),
    )
    return check_settlements(inputs, pack, **kw)


def status(result, sid, std):
    d = result.details
    row = d[(d["settlement"] == sid) & (d["standard_id"] == std)]
    assert len(row) == 1
    return row.iloc[0]


def test_every_check_kind_by_hand(tmp_path):
    r = run(tmp_path)
    # present: A has a kindergarten within 500 m (200 m); B none (nearest 2 km); C has one at 300 m
    assert status(r, "A", "kg")["status"] == "met"
    assert status(r, "A", "kg")["value"] == 1
    assert status(r, "B", "kg")["status"] == "not_met"
    assert status(r, "B", "kg")["value"] == 0
    assert status(r, "C", "kg")["status"] == "met"
    # within_reach: school at (100,0): A 100 m, B 1900 m -> met; C 5900 m -> not within 3 km, transport 0
    assert status(r, "A", "school3km")["value"] == pytest.approx(0.1)
    assert status(r, "B", "school3km")["status"] == "met"
    c = status(r, "C", "school3km")
    assert c["status"] == "not_met"
    assert pd.isna(c["value"])
    # per_1000 (tier 4 only): A 50 places / 1200 * 1000 = 41.667 < 50; C 200 / 3000 * 1000 = 66.667
    assert status(r, "A", "kg_places")["value"] == pytest.approx(41.667)
    assert status(r, "A", "kg_places")["status"] == "not_met"
    assert status(r, "C", "kg_places")["status"] == "met"
    assert (r.details["settlement"].eq("B") & r.details["standard_id"].eq("kg_places")).sum() == 0  # tier 5
    # population band: A 1200 -> FAP (level 2), has a medical point only (level 1) -> not met
    a = status(r, "A", "health")
    assert (a["status"], a["value"], a["threshold"]) == ("not_met", 1.0, 2.0)
    # B 400 -> medical point; has a FAP (higher level serves lower band) -> met
    assert status(r, "B", "health")["status"] == "met"
    # C 3000 -> outpatient clinic; nothing within 500 m -> not met (value 0)
    assert status(r, "C", "health")["value"] == 0.0
    # attribute flag: A 1 met, B 0 not met, C empty -> no data
    assert [status(r, s_, "water")["status"] for s_ in "ABC"] == ["met", "not_met", "no_data"]
    # attribute share with a population band >= 1000 (tier 4): A 95 >= 90 met; C 80 not met
    assert status(r, "A", "sewer_share")["status"] == "met"
    assert status(r, "C", "sewer_share")["status"] == "not_met"


def test_counts_and_sufficiency_share(tmp_path):
    r = run(tmp_path)
    s = r.settlements.set_index("sid")
    # A: kg met, school met, kg_places not, health not, water met, sewer met -> 4/6
    assert s.loc["A", "standards_applicable"] == 6
    assert s.loc["A", "standards_met"] == 4
    assert s.loc["A", "sufficiency_pct"] == pytest.approx(66.67)
    assert s.loc["A", "band"] == "medium"
    # B (tier 5): kg not, school met (1.9 km), health met, water not -> 2/4 = 50 -> medium (limit)
    assert s.loc["B", "sufficiency_pct"] == pytest.approx(50.0)
    assert s.loc["B", "band"] == "medium"
    # C: kg met, school not, kg_places met, health not, water no data, sewer not -> 2/5 = 40
    assert s.loc["C", "standards_no_data"] == 1
    assert s.loc["C", "standards_applicable"] == 6
    assert s.loc["C", "sufficiency_pct"] == pytest.approx(40.0)
    assert s.loc["C", "band"] == "low"
    assert set(r.settlements["sufficiency_formula"]) == {"share"}
    assert r.settlements["norm_pack"].iloc[0] == "std_test"


def test_weighted_formula(tmp_path):
    r = run(tmp_path, formula="weighted")
    s = r.settlements.set_index("sid")
    # A: weights kg1 school1 places1 health1 water2 sewer1 = 7; met 1+1+2+1 = 5 -> 71.43
    assert s.loc["A", "sufficiency_pct"] == pytest.approx(71.43)
    # B: kg1 school1 health1 water2 = 5; met school+health = 2 -> 40
    assert s.loc["B", "sufficiency_pct"] == pytest.approx(40.0)
    assert any("weighted" in w for w in r.warnings)


def test_school_transport_replaces_the_distance(tmp_path):
    s = settlements()
    s.loc[2, "school_transport"] = 1
    r = run(tmp_path, s=s)
    row = status(r, "C", "school3km")
    assert row["status"] == "met"
    assert "school_transport" in row["detail"]
    s.loc[2, "school_transport"] = None
    assert status(run(tmp_path, s=s), "C", "school3km")["status"] == "no_data"


def test_along_roads_and_minutes(tmp_path):
    section = copy.deepcopy(SECTION)
    section["checklist"] = [
        {
            "id": "road_school",
            "direction": "education",
            "check": "within_reach",
            "kind": "school",
            "tiers": [4, 5],
            "mode": "roads",
            "threshold": sv(2500, "m"),
        },
        {
            "id": "walk",
            "direction": "education",
            "check": "within_reach",
            "kind": "school",
            "tiers": [4, 5],
            "threshold": sv(20, "min"),
            "speed": sv(6, "km_per_h"),
        },
    ]
    pack = load_pack(write_pack(tmp_path, section, name="roads_test"))
    # the road from the school goes north 1000 m, east 2000 m, south 1000 m to B: 4000 m along roads
    roads = gpd.GeoDataFrame(
        geometry=[LineString([(100, 0), (100, 1000), (2000, 1000), (2000, 0)]), LineString([(0, 0), (100, 0)])],
        crs=CRS,
    )
    inputs = SettlementInputs(settlements(), "pop", objects(), "kind", tier_field="tier", id_field="sid", roads=roads)
    r = check_settlements(inputs, pack)
    assert status(r, "A", "road_school")["status"] == "met"
    # B: 1000 + 1900 + 1000 = 3900 m along roads > 2500 (1900 m straight line would pass)
    assert status(r, "B", "road_school")["status"] == "not_met"
    # 20 min at 6 km/h = 2000 m straight line: A 100 m = 1 min, B 1900 m = 19 min, C 5900 m: none
    assert status(r, "A", "walk")["value"] == pytest.approx(1.0)
    assert status(r, "B", "walk")["status"] == "met"
    assert status(r, "B", "walk")["value"] == pytest.approx(19.0)
    assert status(r, "C", "walk")["status"] == "not_met"
    # a limit in minutes uses the speed too (a distance, not counted around the point: no radius)
    from almaty_planner.core.norms import decode_uses

    walk = decode_uses(status(r, "B", "walk")["norms_used"])
    assert [(u.key, u.value, u.unit) for u in walk] == [
        ("standards.checklist[1].threshold", 20.0, "min"),
        ("standards.checklist[1].speed", 6.0, "km_per_h"),
    ]
    # without roads, the road standard is no data (never met or unmet by a straight-line stand-in)
    inputs.roads = None
    r2 = check_settlements(inputs, pack)
    assert set(r2.details.loc[r2.details["standard_id"] == "road_school", "status"]) == {"no_data"}
    assert any("roads" in w for w in r2.warnings)


def test_polygons_count_objects_inside(tmp_path):
    s = settlements()
    s["geometry"] = [box(-300, -300, 300, 300), box(1700, -300, 2300, 300), box(5700, -300, 6300, 250)]
    r = run(tmp_path, s=s)
    # C's polygon stops at y=250: its kindergarten at y=300 is outside
    assert status(r, "C", "kg")["status"] == "not_met"
    assert status(r, "A", "kg")["status"] == "met"


def test_no_data_kinds_and_capacity(tmp_path):
    o = objects()
    o = o[o["kind"] != "kindergarten"]
    r = run(tmp_path, o=o, capacity_field=None)
    assert set(r.details.loc[r.details["standard_id"] == "kg", "status"]) == {"no_data"}
    assert set(r.details.loc[r.details["standard_id"] == "kg_places", "status"]) == {"no_data"}
    assert r.settlements.set_index("sid").loc["B", "standards_no_data"] == 1  # kg (kg_places is tier 4 only)
    assert r.settlements.set_index("sid").loc["A", "standards_no_data"] == 2
    # B: school met, health met, water not: 2/3 (no data is left out of the share)
    assert r.settlements.set_index("sid").loc["B", "sufficiency_pct"] == pytest.approx(66.67)


def test_population_band_limits():
    bounds = [50, 500, 1500, 5000, 30000]
    assert [population_level(bounds, p) for p in (0, 50, 51, 500, 501, 1500, 1501, 5000, 30000)] == [
        0,
        0,
        1,
        1,
        2,
        2,
        3,
        3,
        4,
    ]
    assert population_level(bounds, 30001) is None


def test_builtin_health_network():
    stds = standards_of(load_pack("kz_srs"))
    health = stds.standard("health_network")
    assert health.data["levels"] == ["medical_worker", "medical_point", "fap", "outpatient_clinic", "phc_centre"]
    assert health.threshold["value"] == [50, 500, 1500, 5000, 30000]
    assert health.threshold["confidence"] == "secondary"
    assert stds.reference_level("national_2025") == 64
    assert stds.reference_level("national_target_2028") == 70
    # every threshold without a source we hold is marked unverified
    sourced = {"school_within_3km", "health_network"}
    for std in stds.standards:
        assert (std.threshold["confidence"] != "unverified") == (std.id in sourced), std.id


def test_aggregates(tmp_path):
    r = run(tmp_path)
    agg = r.aggregates("district").set_index("group")
    # all: mean of 66.67, 50, 40 = 52.22; by population (1200, 400, 3000): (80000+20000+120000)/4600 = 47.83
    assert agg.iloc[0]["mean_sufficiency_pct"] == pytest.approx(52.22, abs=0.01)
    assert agg.iloc[0]["population_weighted_pct"] == pytest.approx(47.83, abs=0.01)
    assert agg.loc["d1", "settlements"] == 2
    assert agg.loc["d1", "band_medium"] == 2
    assert agg.loc["d2", "band_low"] == 1
    shares = r.standard_shares().set_index("standard_id")
    # water: met at A (1200) of A+B checked (1600), C no data -> 75%
    assert shares.loc["water", "residents_met_pct"] == pytest.approx(75.0)


def test_ranking_and_greedy_plan(tmp_path):
    r = run(tmp_path)
    ranked = rank_actions(r)
    first = ranked.iloc[0]
    # the most residents per object: C (3000) - its school, outpatient clinic or sewerage; tie broken by gain
    assert first["residents_served"] == 3000
    # a school built at C serves C only (B is 4 km away); raises C from 2/5 to 3/5: the level by 20/3 points
    school_c = ranked[(ranked["settlement"] == "C") & (ranked["standard_id"] == "school3km")].iloc[0]
    assert school_c["level_gain_points"] == pytest.approx(20 / 3, abs=1e-3)
    fap_a = ranked[(ranked["settlement"] == "A") & (ranked["standard_id"] == "health")].iloc[0]
    assert fap_a["build"] == "fap"
    assert fap_a["residents_served"] == 1200
    # A: 4/6 -> 5/6: +16.67 points for A, /3 settlements = 5.556
    assert fap_a["level_gain_points"] == pytest.approx(50 / 9, abs=1e-3)
    plan = plan_to_target(r, 70.0)
    assert set(plan["method"]) == {"greedy"}
    assert plan["reached"].iloc[-1]
    assert plan["level_after_pct"].is_monotonic_increasing
    # by hand: the level 52.22 rises most by a kindergarten at B (B 2/4 -> 3/4: +25/3 = 8.33)
    assert (plan.iloc[0]["settlement"], plan.iloc[0]["build"]) == ("B", "kindergarten")
    assert plan.iloc[0]["level_after_pct"] == pytest.approx(52.222 + 25 / 3, abs=1e-2)
    # the level after the whole list is at least the target and one step fewer is not
    assert plan.iloc[-1]["level_after_pct"] >= 70
    assert plan.iloc[-1]["level_before_pct"] < 70


def test_bad_inputs_name_settlement_and_field(tmp_path):
    s = settlements()
    s.loc[1, "tier"] = 7
    with pytest.raises(InputError) as err:
        run(tmp_path, s=s)
    assert err.value.field == "tier"
    assert "B" in str(err.value)
    s = settlements()
    s.loc[2, "pop"] = None
    with pytest.raises(InputError) as err:
        run(tmp_path, s=s)
    assert err.value.field == "pop"
    assert "C" in str(err.value)
    o = objects()
    o.loc[3, "kind"] = "spaceport"
    with pytest.raises(InputError) as err:
        run(tmp_path, o=o)
    assert err.value.field == "kind"
    assert err.value.feature == 3
    assert "spaceport" in str(err.value)


def test_section_errors_name_file_and_key(tmp_path):
    bad = copy.deepcopy(SECTION)
    bad["checklist"][0]["check"] = "nearby"
    with pytest.raises(NormPackError) as err:
        load_pack(write_pack(tmp_path, bad, name="bad1"))
    assert err.value.key == "standards.checklist[0].check"
    assert "bad1.yaml" in str(err.value)
    bad = copy.deepcopy(SECTION)
    bad["checklist"][1]["id"] = "kg"
    with pytest.raises(NormPackError) as err:
        load_pack(write_pack(tmp_path, bad, name="bad2"))
    assert err.value.key == "standards.checklist[1].id"
    bad = copy.deepcopy(SECTION)
    bad["checklist"][3]["threshold"]["value"] = [500, 1500]
    with pytest.raises(NormPackError) as err:
        load_pack(write_pack(tmp_path, bad, name="bad3"))
    assert err.value.key == "standards.checklist[3].threshold.value"
    bad = copy.deepcopy(SECTION)
    bad["checklist"][0]["threshold"] = {"value": 1, "unit": "objects", "source": "nowhere", "confidence": "confirmed"}
    with pytest.raises(NormPackError) as err:
        load_pack(write_pack(tmp_path, bad, name="bad4"))
    assert err.value.key == "standards.checklist[0].threshold.source"
    bad = copy.deepcopy(SECTION)
    bad["checklist"][0]["threshold"] = {"value": 1, "unit": "objects", "source": "src", "confidence": "unverified"}
    with pytest.raises(NormPackError) as err:
        load_pack(write_pack(tmp_path, bad, name="bad5"))
    assert err.value.key == "standards.checklist[0].threshold.note"


def test_inputs_not_modified(tmp_path):
    s, o = settlements(), objects()
    s0, o0 = s.copy(), o.copy()
    run(tmp_path, s=s, o=o)
    assert s.equals(s0)
    assert o.equals(o0)


def test_command_line_and_workbook(tmp_path):
    """cli srs on files: the GeoPackage tables and the workbook hold the hand-computed statuses."""
    import openpyxl

    from almaty_planner import cli

    data = tmp_path / "villages.gpkg"
    settlements().to_file(data, layer="settlements", driver="GPKG")
    objects().to_file(data, layer="objects", driver="GPKG")
    pack = write_pack(tmp_path)
    out, xlsx = tmp_path / "srs.gpkg", tmp_path / "srs.xlsx"
    code = cli.main(
        [
            "srs",
            "--settlements", f"{data}:settlements",
            "--population-field", "pop",
            "--tier-field", "tier",
            "--objects", f"{data}:objects",
            "--capacity-field", "capacity",
            "--id-field", "sid",
            "--group-field", "district",
            "--pack", str(pack),
            "--out", str(out),
            "--report", str(xlsx),
            "--lang", "ru",
        ]
    )  # fmt: skip
    assert code == 0
    s = gpd.read_file(out, layer="srs_settlements").set_index("sid")
    assert s.loc["A", "sufficiency_pct"] == pytest.approx(66.67)
    details = gpd.read_file(out, layer="srs_details")
    assert len(details) == 16
    plan = gpd.read_file(out, layer="srs_plan")
    assert set(plan["method"]) == {"greedy"}
    wb = openpyxl.load_workbook(xlsx)
    assert {"Перечень", "Подробно", "Что построить", "План до цели", "Применённые нормативы"} <= set(wb.sheetnames)
    ws = wb["Перечень"]
    header = [c.value for c in ws[1]]
    col = next(i for i, h in enumerate(header) if h and h.endswith("(water)"))
    rows = {r[0].value: r[col].value for r in ws.iter_rows(min_row=2)}
    assert rows == {"A": "выполнен", "B": "не выполнен", "C": "нет данных"}
    cli_bad = cli.main(["srs", "--settlements", f"{data}:settlements", "--population-field", "nope",
                        "--pack", str(pack), "--out", str(tmp_path / "x.gpkg")])  # fmt: skip
    assert cli_bad == 2
    assert not (tmp_path / "x.gpkg").exists()


def test_run_rebuilt_from_its_tables(tmp_path):
    """The settlements and checklist read back from the GeoPackage give the same aggregates, ranking and plan."""
    from almaty_planner.core.standards import run_from_frames, run_from_tables, write_result_gpkg

    pack = load_pack(write_pack(tmp_path))
    run = run_from_frames(
        settlements(),
        [("objects", objects())],
        pack,
        population_field="pop",
        tier_field="tier",
        id_field="sid",
        group_field="district",
        capacity_field="capacity",
    )
    out = write_result_gpkg(tmp_path / "srs.gpkg", run)
    back = run_from_tables(
        gpd.read_file(out, layer="srs_settlements"), gpd.read_file(out, layer="srs_details"), pack, target_pct=70.0
    )
    pd.testing.assert_frame_equal(back.aggregates, run.aggregates, check_dtype=False)
    pd.testing.assert_frame_equal(back.shares, run.shares, check_dtype=False)
    cols = ["settlement", "build", "standard_id", "residents_served", "level_gain_points"]
    pd.testing.assert_frame_equal(back.actions[cols], run.actions[cols], check_dtype=False)
    pd.testing.assert_frame_equal(back.plan, run.plan, check_dtype=False)
    assert set(run.result.settlements["service"]) == {"srs_sufficiency"}
    assert list(run.result.settlements["settlement_group"]) == ["d1", "d1", "d2"]


def test_norms_used_are_the_values_the_check_used(tmp_path):
    """Each row's ``norms_used`` holds exactly the thresholds, settlement radius and band limits it used."""
    import openpyxl

    from almaty_planner.core.norms import decode_uses
    from almaty_planner.core.srs_report import write_srs_workbook
    from almaty_planner.core.standards import run_from_frames

    section = copy.deepcopy(SECTION)
    section["checklist"][4]["threshold"] = dict(sv(1, "flag", "unverified"), note="not checked")
    # a standard of tier 3 only: no settlement is tier 3, so its threshold is not used
    section["checklist"].append(
        {"id": "t3", "direction": "education", "check": "present", "kind": "school", "tiers": [3],
         "threshold": sv(2, "objects")}
    )  # fmt: skip
    pack = load_pack(write_pack(tmp_path, section))
    inputs = SettlementInputs(
        settlements=settlements(), population_field="pop", objects=objects(), kind_field="kind",
        tier_field="tier", id_field="sid", capacity_field="capacity",
    )  # fmt: skip
    r = check_settlements(inputs, pack)

    def keys(text):
        return [u.key for u in decode_uses(text)]

    thr = "standards.checklist[{}].threshold".format
    radius, bands = "standards.settlement_radius_m", "standards.bands[{}].min_pct".format
    # objects counted around a point settlement: the threshold and the 500 m radius
    assert keys(status(r, "A", "kg")["norms_used"]) == [thr(0), radius]
    # a distance or an attribute: the threshold only
    assert keys(status(r, "A", "school3km")["norms_used"]) == [thr(1)]
    assert keys(status(r, "C", "water")["norms_used"]) == [thr(4)]
    # A (tier 4): all six standards of tier 4; 66.67 % -> compared with 80 (high), then 50 (medium)
    s = r.settlements.set_index("settlement")
    assert s.loc["A", "sufficiency_pct"] == pytest.approx(66.67)
    a_keys = [thr(0), radius, thr(1), thr(2), thr(3), thr(4), thr(5), bands(0), bands(1)]
    assert keys(s.loc["A", "norms_used"]) == a_keys
    # B (tier 5): no per 1000 nor sewer share; 2 of 4 met = 50 % -> medium
    assert s.loc["B", "sufficiency_pct"] == pytest.approx(50.0)
    assert keys(s.loc["B", "norms_used"]) == [thr(0), radius, thr(1), thr(3), thr(4), bands(0), bands(1)]
    # C: 2 met of 5 decided (water no data) = 40 % -> low, after 80 and 50
    assert s.loc["C", "sufficiency_pct"] == pytest.approx(40.0)
    assert keys(s.loc["C", "norms_used"])[-3:] == [bands(0), bands(1), bands(2)]
    # the record carries document, clause, edition, confidence and unverified
    water = decode_uses(s.loc["A", "norms_used"])[5]
    assert (water.key, water.value, water.unit, water.document, water.clause, water.edition) == (
        thr(4), 1.0, "flag", "Test document", "t", "1"
    )  # fmt: skip
    assert (water.confidence, water.unverified, water.note) == ("unverified", True, "not checked")
    assert decode_uses(s.loc["A", "norms_used"])[0].unverified is False
    # the tier-3 standard appears nowhere
    every = {k for t in list(s["norms_used"]) + list(r.details["norms_used"]) for k in keys(t)}
    assert thr(6) not in every
    assert every == {thr(i) for i in range(6)} | {radius} | {bands(i) for i in range(3)}
    # polygon settlements: the radius is not used
    poly = settlements()
    poly["geometry"] = [p.buffer(300) for p in poly.geometry]
    rp = check_settlements(
        SettlementInputs(settlements=poly, population_field="pop", objects=objects(), kind_field="kind",
                         tier_field="tier", id_field="sid", capacity_field="capacity"),
        pack,
    )  # fmt: skip
    assert radius not in {k for t in rp.details["norms_used"] for k in keys(t)}
    # the workbook's norms sheet lists exactly the values used
    run = run_from_frames(
        settlements(), [("objects", objects())], pack, population_field="pop", tier_field="tier",
        id_field="sid", capacity_field="capacity",
    )  # fmt: skip
    xlsx = write_srs_workbook(tmp_path / "srs.xlsx", run)
    ws = openpyxl.load_workbook(xlsx)["Norms used"]
    sheet = {row[0].value: row for row in ws.iter_rows(min_row=2)}
    assert set(sheet) == every
    header = [c.value for c in ws[1]]
    water_row = sheet[thr(4)]
    assert water_row[header.index("Standard")].value == "water"
    assert water_row[header.index("Confidence")].value == "unverified"
    assert water_row[header.index("Document")].value == "Test document"
    # unit and confidence in words, their ids at the right end (as in the deficit report); in Russian too
    assert water_row[header.index("Unit")].value == "yes or no"
    assert [water_row[header.index(h)].value for h in ("Unit (id)", "Confidence (id)")] == ["flag", "unverified"]
    assert header[-2:] == ["Unit (id)", "Confidence (id)"]
    from almaty_planner.core.definitions import confidence_label, value_unit_label
    from almaty_planner.core.i18n import tr

    book = openpyxl.load_workbook(write_srs_workbook(tmp_path / "srs_ru.xlsx", run, language="ru"))
    for sheet_name, key_col in ((tr("Norms used", lang="ru"), 0), (tr("Details", lang="ru"), None)):
        ws = book[sheet_name[:31]]
        header = [c.value for c in ws[1]]
        rows = list(ws.iter_rows(min_row=2, values_only=True))
        assert rows, sheet_name
        at = {h: header.index(tr(h, lang="ru")) for h in ("Unit", "Confidence", "Unit (id)", "Confidence (id)")}
        for row in rows:
            unit_id, conf_id = row[at["Unit (id)"]], row[at["Confidence (id)"]]
            assert row[at["Unit"]] == (value_unit_label(unit_id, None, "ru") or None)
            assert row[at["Confidence"]] == (confidence_label(conf_id, "ru") or None)
            if unit_id in ("flag", "objects", "pct", "m"):
                assert row[at["Unit"]] != unit_id, (sheet_name, unit_id)
        if key_col is not None:
            water_ru = next(r for r in rows if r[key_col] == thr(4))
            assert water_ru[at["Confidence"]] == confidence_label("unverified", "ru") != "unverified"
