"""Deficit trajectories: hand-computed years, growth, forecasts, housing, cohorts, scenarios, bad input."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, box

from almaty_planner.core.errors import InputError
from almaty_planner.core.provision import compute_provision
from almaty_planner.core.trajectory import (
    Housing,
    Scenario,
    active_in,
    compute_trajectory,
    first_year_meets,
)
from tests.core.test_provision import pack

CRS = 32643
YEARS = (2025, 2029)


def units(**extra: list) -> gpd.GeoDataFrame:
    """Two 1 km squares side by side: A (1000 residents, demand 100) and B (2000, demand 200)."""
    data = {"uid": ["A", "B"], "pop": [1000.0, 2000.0], **extra}
    return gpd.GeoDataFrame(data, geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)], crs=CRS)


def facilities() -> gpd.GeoDataFrame:
    """F1 (A, 80), F2 (B, 150) existing; F3 (B, 100) planned for 2027; F4 (A, 50) closing in 2028."""
    return gpd.GeoDataFrame(
        {
            "fid": ["F1", "F2", "F3", "F4"],
            "cap": [80.0, 150.0, 100.0, 50.0],
            "status": ["existing", "existing", "planned", "existing"],
            "year": [None, 1990, 2027, 2000],
            "closes": [None, None, None, 2028],
        },
        geometry=[Point(500, 500), Point(1500, 500), Point(1600, 600), Point(400, 400)],
        crs=CRS,
    )


def run(u: gpd.GeoDataFrame | None = None, f: gpd.GeoDataFrame | None = None, **kw):
    """A unit-balance trajectory 2025-2029 of the two units (overridable)."""
    args = {
        "population_field": "pop",
        "capacity_field": "cap",
        "unit_id_field": "uid",
        "facility_id_field": "fid",
        "year_field": "year",
        "close_year_field": "closes",
        "status_field": "status",
        "from_year": YEARS[0],
        "to_year": YEARS[1],
    }
    args.update(kw)
    method = args.pop("method", "unit_balance")
    return compute_trajectory(
        units() if u is None else u, facilities() if f is None else f, pack(), "school", method, **args
    )


def series(result, unit: str, column: str, scenario: str = "baseline") -> list[float]:
    """One unit's values of a column over the years."""
    t = result.table
    rows = t[(t["unit"] == unit) & (t["scenario"] == scenario)].sort_values("year")
    return rows[column].tolist()


def test_opening_and_closing_years_by_hand() -> None:
    """F3 opens in 2027 (B's deficit 50 -> 0 from 2027 only); F4 closes in 2028 (A: 0 -> 20 from 2028)."""
    r = run()
    assert r.years == [2025, 2026, 2027, 2028, 2029]
    assert series(r, "B", "capacity") == [150, 150, 250, 250, 250]
    assert series(r, "B", "deficit") == [50, 50, 0, 0, 0]
    assert series(r, "B", "surplus") == [0, 0, 50, 50, 50]
    assert series(r, "A", "capacity") == [130, 130, 130, 80, 80]
    assert series(r, "A", "deficit") == [0, 0, 0, 20, 20]
    assert series(r, "A", "objects_needed") == [0, 0, 0, 1, 1]  # typical size 100
    assert series(r, "B", "meets_norm") == [False, False, True, True, True]
    # first year from which the norm is met for good: B 2027; A never (it falls short again in 2028)
    wide = r.units.set_index("uid")
    assert wide.loc["B", "first_year_meets"] == 2027
    assert pd.isna(wide.loc["A", "first_year_meets"])
    assert wide.loc["A", "deficit_2028"] == 20
    assert wide.loc["B", "deficit_2025"] == 50
    # child-years without a place: 50 + 50 (B) + 20 + 20 (A)
    assert r.deficit_years["baseline"] == pytest.approx(140)
    city = r.city.set_index("year")
    assert city["deficit"].tolist() == [50, 50, 0, 20, 20]
    assert city["units_meeting_norm"].tolist() == [1, 1, 2, 1, 1]
    # the norm pack is stamped on every row
    assert set(r.table["norm_pack"]) == {"test_pack"}
    assert set(r.table["norm_pack_hash"]) == {"abc123"}


def test_each_year_equals_a_provision_run_from_scratch() -> None:
    """Every method: a year of the trajectory = compute_provision on that year's facilities and population."""
    buildings = gpd.GeoDataFrame(
        {"res": [300, 700, 500, 1500]},
        geometry=[Point(100, 100), Point(900, 900), Point(1100, 100), Point(1900, 900)],
        crs=CRS,
    )
    f = facilities()
    for method in ("unit_balance", "catchment", "assignment", "2sfca", "e2sfca"):
        r = run(method=method, growth_pct=5.0, points=buildings, points_population_field="res", base_year=2025)
        for year in r.years:
            u = units()
            u["pop"] = u["pop"] * 1.05 ** (year - 2025)
            opens = pd.to_numeric(f["year"]).to_numpy(float)
            closes = pd.to_numeric(f["closes"]).to_numpy(float)
            ref = compute_provision(
                u,
                f[active_in(opens, closes, year)],
                pack(),
                "school",
                method,
                population_field="pop",
                capacity_field="cap",
                unit_id_field="uid",
                points=buildings,
                points_population_field="res",
            ).units
            got = r.table[(r.table["year"] == year)].sort_values("unit")
            for column in ("population", "demand", "capacity", "deficit", "surplus"):
                np.testing.assert_allclose(got[column], ref[column], rtol=1e-12, atol=1e-9, err_msg=f"{method} {year}")
            assert got["norms_used"].tolist() == ref["norms_used"].tolist()


def test_compound_growth_by_hand() -> None:
    """10% a year from 2025: A has 1000, 1100, 1210, 1331, 1464.1 residents and a tenth of that as demand."""
    r = run(growth_pct=10.0, base_year=2025)
    np.testing.assert_allclose(series(r, "A", "population"), [1000, 1100, 1210, 1331, 1464.1])
    np.testing.assert_allclose(series(r, "A", "demand"), [100, 110, 121, 133.1, 146.41])
    # per unit from a field (B: 0%; A: empty -> the one rate, 10%)
    r2 = run(u=units(g=[None, 0.0]), growth_field="g", growth_pct=10.0, base_year=2025)
    np.testing.assert_allclose(series(r2, "A", "population"), [1000, 1100, 1210, 1331, 1464.1])
    np.testing.assert_allclose(series(r2, "B", "population"), [2000] * 5)
    # base year before the range: 2023 figures grown two years to 2025
    r3 = run(growth_pct=10.0, base_year=2023)
    assert series(r3, "A", "population")[0] == pytest.approx(1210)


def test_forecast_long_and_wide() -> None:
    """A forecast of A: 1400 in 2027 (base 1000 in 2025) -> 1200 in 2026 by interpolation, 1400 after."""
    long = pd.DataFrame({"uid": ["A"], "year": [2027], "population": [1400.0]})
    r = run(forecast=long)
    np.testing.assert_allclose(series(r, "A", "population"), [1000, 1200, 1400, 1400, 1400])
    np.testing.assert_allclose(series(r, "B", "population"), [2000] * 5)
    wide = pd.DataFrame({"uid": ["A", "B"], "pop_2027": [1400.0, None], "pop_2029": [1600.0, 2600.0]})
    r2 = run(forecast=wide)
    np.testing.assert_allclose(series(r2, "A", "population"), [1000, 1200, 1400, 1500, 1600])
    np.testing.assert_allclose(series(r2, "B", "population"), [2000, 2150, 2300, 2450, 2600])
    np.testing.assert_allclose(series(r2, "B", "demand"), [200, 215, 230, 245, 260])


def test_housing_adds_demand_from_its_year_in_its_unit_only() -> None:
    """100 flats in B finished in 2027, 3.5 residents a flat: B +350 residents (+35 places) from 2027."""
    layer = gpd.GeoDataFrame({"hid": ["H1"], "done": [2027], "flats": [100]}, geometry=[Point(1500, 200)], crs=CRS)
    r = run(housing=Housing(layer, "done", "flats", household_size=3.5, id_field="hid"))
    np.testing.assert_allclose(series(r, "B", "population"), [2000, 2000, 2350, 2350, 2350])
    np.testing.assert_allclose(series(r, "B", "demand"), [200, 200, 235, 235, 235])
    np.testing.assert_allclose(series(r, "A", "demand"), [100] * 5)
    assert "housing:household_size" in r.table["norm_unverified"].iloc[0]
    # with a rate per flat (0.4 pupils a flat): +40 places
    r2 = run(housing=Housing(layer, "done", "flats", household_size=3.5, demand_per_flat=0.4))
    np.testing.assert_allclose(series(r2, "B", "demand"), [200, 200, 240, 240, 240])
    assert "housing:demand_per_flat" in r2.table["norm_unverified"].iloc[0]


def test_housing_values_are_norm_use_records_where_used() -> None:
    """The household size (and rate per flat) are records of the rows of B from 2027 on, and of the result."""
    from almaty_planner.core.norms import GIVEN_BY_USER, decode_uses

    layer = gpd.GeoDataFrame({"hid": ["H1"], "done": [2027], "flats": [100]}, geometry=[Point(1500, 200)], crs=CRS)
    r = run(housing=Housing(layer, "done", "flats", household_size=3.5, demand_per_flat=0.4))
    base = run()
    housing_keys = {"housing:household_size", "housing:demand_per_flat"}
    for row, plain in zip(r.table.itertuples(), base.table.itertuples()):
        uses = decode_uses(row.norms_used)
        got = {u.key: u for u in uses if u.key.startswith("housing:")}
        if row.unit == "B" and row.year >= 2027:
            assert set(got) == housing_keys
            assert got["housing:household_size"].value == 3.5
            assert got["housing:demand_per_flat"].value == 0.4
            assert all(u.source == GIVEN_BY_USER and u.unverified for u in got.values())
            # the pack's records stay as they were
            assert [u for u in uses if not u.key.startswith("housing:")] == decode_uses(plain.norms_used)
        else:
            assert not got
            assert row.norms_used == plain.norms_used
    assert housing_keys <= {u.key for u in r.norms_used}
    assert not any(u.key.startswith("housing:") for u in base.norms_used)
    # without a rate per flat only the household size is used
    r1 = run(housing=Housing(layer, "done", "flats", household_size=3.5))
    last = r1.table[(r1.table["unit"] == "B") & (r1.table["year"] == 2029)].iloc[0]
    assert {u.key for u in decode_uses(last["norms_used"]) if u.key.startswith("housing:")} == {
        "housing:household_size"
    }


def test_cohort_ageing_moves_children_on_one_year_per_year() -> None:
    """A: 30 children aged 6, 20 aged 5; 110 pupils' places (11 grades, 10 leave a year).

    2026: 110 + 30 - 10 = 130; 2027: 130 + 20 - 10 = 140; 2028: 140 + 0 - 10 = 130; 2029: 120.
    """
    ages = {f"age_{a}": [0.0, 0.0] for a in range(7)}
    ages["age_6"] = [30.0, 0.0]
    ages["age_5"] = [20.0, 0.0]
    u = units(**ages)
    u["pop"] = [1100.0, 2200.0]
    r = run(u=u, cohort_fields=[f"age_{a}" for a in range(7)], base_year=2025)
    np.testing.assert_allclose(series(r, "A", "demand"), [110, 130, 140, 130, 120])
    np.testing.assert_allclose(series(r, "B", "demand"), [220, 200, 180, 160, 140])


def test_scenario_differences_add_up() -> None:
    """A new school in B (60, 2026), F1 closed in 2028 and F2 +20 from 2029, against the baseline."""
    new = gpd.GeoDataFrame({"fid": ["N1"], "cap": [60.0], "year": [2026]}, geometry=[Point(1200, 800)], crs=CRS)
    plan = Scenario("plan_a", facilities=new, closures={"F1": 2028}, capacity_changes=[("F2", 2029, 20.0)])
    r = run(scenarios=[plan], targets={2025: 40.0, 2027: 0.0})
    assert series(r, "B", "deficit", "plan_a") == [50, 0, 0, 0, 0]
    assert series(r, "B", "capacity", "plan_a") == [150, 210, 310, 310, 330]
    # A loses F1 (80) from 2028, when F4 (50) closes anyway: capacity 0, deficit 100 (baseline 20)
    assert series(r, "A", "capacity", "plan_a") == [130, 130, 130, 0, 0]
    assert series(r, "A", "deficit", "plan_a") == [0, 0, 0, 100, 100]
    assert series(r, "B", "deficit_change", "plan_a") == [0, -50, 0, 0, 0]
    assert series(r, "A", "deficit_change", "plan_a") == [0, 0, 0, 80, 80]
    city = r.city.set_index(["scenario", "year"])["deficit"]
    changes = r.table[r.table["scenario"] == "plan_a"].groupby("year")["deficit_change"].sum()
    for year in r.years:
        assert changes[year] == pytest.approx(city["plan_a", year] - city["baseline", year])
    assert r.deficit_years["plan_a"] - r.deficit_years["baseline"] == pytest.approx(r.table["deficit_change"].sum())
    # targets: 2025 baseline 50 against 40 -> 10 above; 2026 has no target
    base = r.city[r.city["scenario"] == "baseline"].set_index("year")
    assert base.loc[2025, "above_target"] == 10
    assert base.loc[2027, "above_target"] == 0
    assert pd.isna(base.loc[2026, "target"])
    # another growth rate in a scenario
    r2 = run(scenarios=[Scenario("fast", growth_pct=10.0)], base_year=2025)
    np.testing.assert_allclose(series(r2, "A", "demand", "fast"), [100, 110, 121, 133.1, 146.41])
    np.testing.assert_allclose(series(r2, "A", "demand"), [100] * 5)


def test_first_year_meets() -> None:
    """The first year from which every later year meets the norm."""
    years = [2025, 2026, 2027]
    assert first_year_meets(np.array([[False, True, True], [True, False, True], [True, True, True]]), years) == [
        2026,
        2027,
        2025,
    ]
    assert first_year_meets(np.array([[True, True, False]]), years) == [None]


@pytest.mark.parametrize(
    ("change", "field", "feature"),
    [
        ({"year": [None, "2027a", 2027, 2000]}, "year", "F2"),
        ({"year": [None, 1990, 1850, 2000]}, "year", "F3"),
        ({"year": [None, 1990, 2027.5, 2000]}, "year", "F3"),
        ({"closes": [None, None, None, 1999]}, "closes", "F4"),
    ],
)
def test_bad_facility_years_name_feature_and_field(change: dict, field: str, feature: str) -> None:
    """Text years, years outside 1900-2100 and closures before opening are refused, naming them."""
    f = facilities()
    for column, values in change.items():
        f[column] = pd.Series(values, dtype=object)
    with pytest.raises(InputError) as err:
        run(f=f)
    assert err.value.field == field
    assert str(err.value.feature) == feature
    assert err.value.layer == "facilities"


def test_bad_ranges_forecasts_and_housing() -> None:
    """FROM_YEAR after TO_YEAR, unknown units in a forecast, a text completion year."""
    with pytest.raises(InputError, match="FROM_YEAR"):
        run(from_year=2030, to_year=2025)
    with pytest.raises(InputError, match="from 1900 to 2100"):
        run(to_year=2200)
    bad = pd.DataFrame({"uid": ["A", "Z"], "year": [2027, 2027], "population": [1.0, 2.0]})
    with pytest.raises(InputError) as err:
        run(forecast=bad)
    assert err.value.layer == "forecast"
    assert err.value.field == "uid"
    assert err.value.feature == 1
    assert "Z" in str(err.value)
    layer = gpd.GeoDataFrame({"hid": ["H1"], "done": ["soon"], "flats": [10]}, geometry=[Point(1500, 200)], crs=CRS)
    with pytest.raises(InputError) as err:
        run(housing=Housing(layer, "done", "flats", household_size=3.0, id_field="hid"))
    assert err.value.layer == "housing"
    assert err.value.field == "done"
    assert "H1" in str(err.value)
    with pytest.raises(InputError, match="not in the facility layer"):
        run(scenarios=[Scenario("x", closures={"F9": 2027})])


def test_inputs_not_modified() -> None:
    """The layers given are left as they were."""
    u, f = units(), facilities()
    u0, f0 = u.copy(), f.copy()
    run(u=u, f=f, growth_pct=3.0)
    pd.testing.assert_frame_equal(u, u0)
    pd.testing.assert_frame_equal(f, f0)


def test_scenarios_from_a_field_of_the_facility_layer() -> None:
    """Features with a scenario name belong to it; one repeating a baseline id replaces that facility there."""
    from almaty_planner.core.trajectory import scenarios_from_field

    f = facilities()
    extra = gpd.GeoDataFrame(
        {"fid": ["N1", "F2"], "cap": [60.0, 0.0], "status": ["planned", "existing"], "year": [2026, None]},
        geometry=[Point(1200, 800), Point(1500, 500)],
        crs=CRS,
    )
    layer = pd.concat([f, extra], ignore_index=True)
    layer["scenario"] = pd.Series([None, "", None, None, "plan", "plan"], dtype="string")
    layer = gpd.GeoDataFrame(layer, geometry="geometry", crs=CRS)
    baseline, scenarios = scenarios_from_field(layer, "scenario", "fid")
    assert list(baseline["fid"]) == ["F1", "F2", "F3", "F4"]
    assert [s.name for s in scenarios] == ["plan"]
    assert list(scenarios[0].facilities["fid"]) == ["N1", "F2"]
    assert dict(scenarios[0].closures) == {"F2": 1900}
    r = run(f=baseline.drop(columns="scenario"), scenarios=scenarios)
    # plan: B loses F2 (150) and gains N1 (60, 2026) -> 2025: 0 places, deficit 200; 2026: 60 -> 140
    assert series(r, "B", "capacity", "plan") == [0, 60, 160, 160, 160]
    assert series(r, "B", "deficit", "plan") == [200, 140, 40, 40, 40]


def test_forecast_ids_match_whatever_their_type() -> None:
    """Unit ids 1 and 2 (integers) match a forecast that reads them as text or as 1.0."""
    u = units()
    u["uid"] = [1, 2]
    text = pd.DataFrame({"uid": ["1", " 2"], "year": ["2027", "2027"], "population": ["1400", "2000"]})
    r = run(u=u, forecast=text)
    assert series(r, 1, "population") == pytest.approx([1000, 1200, 1400, 1400, 1400])
    r2 = run(u=u, forecast=pd.DataFrame({"uid": [1.0], "pop_2027": [1400.0]}))
    assert series(r2, 1, "population") == pytest.approx([1000, 1200, 1400, 1400, 1400])


def test_scenario_growth_from_text() -> None:
    """name=rate gives a named scenario its growth, or makes a scenario of growth alone; bad text is refused."""
    from almaty_planner.core.trajectory import with_growth

    plan = Scenario("plan")
    out = with_growth([plan], "plan=3; fast = 10")
    assert [(s.name, s.growth_pct) for s in out] == [("plan", 3.0), ("fast", 10.0)]
    r = run(scenarios=out, base_year=2025)
    np.testing.assert_allclose(series(r, "A", "demand", "fast"), [100, 110, 121, 133.1, 146.41])
    with pytest.raises(InputError, match=r"fast=4\.5"):
        with_growth([], "fast")
