"""``deficit_trajectory`` and provision's YEAR_FIELD / UP_TO_YEAR through processing.run on the demo data."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from tests.qgis import test_algorithms as base

provider = base.provider  # the almaty_planner provider, registered once per module
run = base.run

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "almaty_demo.gpkg"


def demo(layer: str) -> str:
    """A layer of the demo GeoPackage as a source string."""
    return f"{DEMO}|layername={layer}"


def params(**extra: Any) -> dict[str, Any]:
    """School trajectory of the 8 districts, 2024-2028, unit balance, no growth."""
    base = {
        "UNITS": demo("districts"),
        "POPULATION_FIELD": "population",
        "FACILITIES": demo("schools"),
        "CAPACITY_FIELD": "capacity",
        "SERVICE": "school",
        "NORM_PACK": "almaty_2040",
        "METHOD": "unit_balance",
        "YEAR_FIELD": "year",
        "STATUS_FIELD": "status",
        "FACILITY_ID_FIELD": "facility_id",
        "UNIT_ID_FIELD": "osm_id",
        "FROM_YEAR": 2024,
        "TO_YEAR": 2028,
        "OUTPUT": "memory:",
        "OUTPUT_UNITS": "memory:",
        "OUTPUT_CITY": "memory:",
    }
    base.update(extra)
    return base


def rows(layer: QgsVectorLayer) -> list[dict[str, Any]]:
    """The features of a layer as dicts."""
    names = layer.fields().names()
    return [{n: (None if v == NULL else v) for n, v in zip(names, f.attributes())} for f in layer.getFeatures()]


def test_planned_schools_add_their_places_in_their_year_and_district(provider: Any) -> None:
    """Capacity per district and year = existing schools + planned ones of that year or earlier (counted apart)."""
    result = run("deficit_trajectory", params())
    out = rows(result["OUTPUT"])
    assert len(out) == 8 * 5
    assert {r["norm_pack"] for r in out} == {"almaty_2040"}
    # independent count: each school's district from a spatial join, its places from its year on
    schools = gpd.read_file(DEMO, layer="schools")
    districts = gpd.read_file(DEMO, layer="districts")
    joined = gpd.sjoin(
        schools, districts[["osm_id", "geometry"]].rename(columns={"osm_id": "district"}), predicate="within"
    )
    expected: dict[tuple[int, int], float] = defaultdict(float)
    for _, s in joined.iterrows():
        for year in range(2024, 2029):
            if s["year"] != s["year"] or s["year"] <= year:  # NaN: counted from the start
                expected[(int(s["district"]), year)] += float(s["capacity"])
    for r in out:
        assert r["capacity"] == pytest.approx(expected[(int(r["unit"]), r["year"])]), (r["unit"], r["year"])
        assert r["date_from"].year() == r["year"]
    # 2027's two planned schools change 2027 on and nothing before
    by = {(int(r["unit"]), r["year"]): r for r in out}
    changed_2027 = {d for (d, y) in by if y == 2027 and by[(d, 2027)]["capacity"] != by[(d, 2026)]["capacity"]}
    opened_2027 = set(joined.loc[joined["year"] == 2027, "district"].astype(int))
    assert changed_2027 == opened_2027
    assert changed_2027
    # the units' wide table: one deficit column per year
    wide = rows(result["OUTPUT_UNITS"])
    assert len(wide) == 8
    for w in wide:
        for year in range(2024, 2029):
            assert w[f"deficit_{year}"] == pytest.approx(by[(int(w["osm_id"]), year)]["deficit"])
    city = rows(result["OUTPUT_CITY"])
    assert [c["year"] for c in city] == [2024, 2025, 2026, 2027, 2028]
    for c in city:
        assert c["deficit"] == pytest.approx(sum(r["deficit"] for r in out if r["year"] == c["year"]))
    assert result["DEFICIT_YEARS"] == pytest.approx(sum(r["deficit"] for r in out))


def test_a_trajectory_year_equals_provision_up_to_that_year(provider: Any) -> None:
    """provision with YEAR_FIELD and UP_TO_YEAR gives the trajectory's numbers of that year."""
    trajectory = {(int(r["unit"]), r["year"]): r for r in rows(run("deficit_trajectory", params())["OUTPUT"])}
    for year in (2025, 2027):
        check = run(
            "provision",
            {
                "UNITS": demo("districts"),
                "POPULATION_FIELD": "population",
                "FACILITIES": demo("schools"),
                "CAPACITY_FIELD": "capacity",
                "SERVICE": "school",
                "NORM_PACK": "almaty_2040",
                "METHOD": "unit_balance",
                "STATUS_FIELD": "status",
                "INCLUDE_STATUSES": "existing,under_construction,planned",
                "YEAR_FIELD": "year",
                "UP_TO_YEAR": year,
                "OUTPUT": "memory:",
            },
        )
        for r in rows(check["OUTPUT"]):
            t = trajectory[(int(r["osm_id"]), year)]
            assert (r["capacity"], r["deficit"]) == pytest.approx((t["capacity"], t["deficit"]))


def test_growth_and_targets(provider: Any, tmp_path: Path) -> None:
    """4% a year from 2024: demand 1.04 ** k times the first year's; the targets table sets above_target."""
    targets = tmp_path / "targets.csv"
    targets.write_text("year,target\n2025,10000\n2026,5000\n", encoding="utf-8")
    result = run("deficit_trajectory", params(GROWTH_PCT=4.0, TARGETS=str(targets)))
    out = rows(result["OUTPUT"])
    first = {int(r["unit"]): r["demand"] for r in out if r["year"] == 2024}
    for r in out:
        assert r["demand"] == pytest.approx(first[int(r["unit"])] * 1.04 ** (r["year"] - 2024))
    city = {c["year"]: c for c in rows(result["OUTPUT_CITY"])}
    assert city[2025]["above_target"] == pytest.approx(city[2025]["deficit"] - 10000)
    assert city[2024]["target"] is None


def test_bad_years_refused_and_nothing_written(provider: Any, tmp_path: Path) -> None:
    """FROM_YEAR after TO_YEAR: a clear message, no output file."""
    out = tmp_path / "trajectory.gpkg"
    with pytest.raises(QgsProcessingException, match="FROM_YEAR"):
        run("deficit_trajectory", params(FROM_YEAR=2029, TO_YEAR=2025, OUTPUT=str(out)))
    assert not out.exists()


def test_scenario_growth_through_processing(provider: Any) -> None:
    """SCENARIO_GROWTH fast=5: a scenario of growth alone, its demand 1.05 ** k times the baseline's."""
    out = rows(run("deficit_trajectory", params(SCENARIO_GROWTH="fast=5", BASE_YEAR=2024))["OUTPUT"])
    base = {(int(r["unit"]), r["year"]): r for r in out if r["scenario"] == "baseline"}
    fast = [r for r in out if r["scenario"] == "fast"]
    assert len(fast) == 8 * 5
    for r in fast:
        b = base[(int(r["unit"]), r["year"])]
        assert r["demand"] == pytest.approx(b["demand"] * 1.05 ** (r["year"] - 2024))
        assert r["deficit_change"] == pytest.approx(r["deficit"] - b["deficit"])
