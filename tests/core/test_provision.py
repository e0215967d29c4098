"""Provision engine: every method on small cases computed by hand, reconciliation and bad input."""

from __future__ import annotations

import copy
from types import SimpleNamespace as Ns
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

from almaty_planner.core import access as fca
from almaty_planner.core.errors import InputError, PlannerError
from almaty_planner.core.provision import _running_per_facility, assign_greedy, compute_provision, norm_numbers

# --------------------------------------------------------------------------------------------------
# A stand-in norm pack with the API of core/norms.py (made-up numbers for algorithm tests only)
# --------------------------------------------------------------------------------------------------


def _sv(value: float, unverified: bool = False) -> Ns:
    """A SourcedValue-like record."""
    return Ns(value=value, is_unverified=unverified, unit=None, document="test", clause="", edition="", confidence="D")


class FakeService:
    """ServiceNorm stand-in: fixed values and demand terms."""

    capacity_unit = "places"

    def __init__(self, values: dict[str, float], terms: list[Ns], unverified: tuple[str, ...] = ()) -> None:
        self.values = values
        self.terms = terms
        self.unverified = unverified

    def demand_terms(self, tier: Any = None, development: Any = None) -> list[Ns]:
        """The demand terms (same for every tier)."""
        return self.terms

    def value(self, key: str, tier: Any = None, development: Any = None) -> Ns | None:
        """A value; radius doubled in low-rise areas as the SP allows."""
        v = self.values.get(key)
        if v is None:
            return None
        if key == "radius_m" and development == "low_rise":
            v = 2 * v
        return _sv(v, key in self.unverified)


class FakePack:
    """NormPack stand-in."""

    id = "test_pack"
    edition = "2024"
    content_hash = "abc123"

    def __init__(self, service: FakeService) -> None:
        self.svc = service

    def service(self, service_id: str) -> FakeService:
        """The one service."""
        return self.svc


def per_1000(rate: float) -> Ns:
    """A per-1000 demand term."""
    return Ns(basis="per_1000", rate=_sv(rate), field=None, coverage_pct=None, option="per_1000")


def pack(radius: float | None = 500.0, typical: float | None = 100.0, **extra: float) -> FakePack:
    """A pack with demand 100 per 1000 residents."""
    values = {"radius_m": radius, "typical_size": typical, **extra}
    return FakePack(FakeService({k: v for k, v in values.items() if v is not None}, [per_1000(100.0)]))


CRS = 32643


def units_ab(**cols: Any) -> gpd.GeoDataFrame:
    """Unit A = [0,1000]^2 with 1000 residents, unit B = [1000,2000]x[0,1000] with 2000."""
    data = {"uid": ["A", "B"], "pop": [1000, 2000], **cols}
    return gpd.GeoDataFrame(data, geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)], crs=CRS)


def facilities() -> gpd.GeoDataFrame:
    """F1 (150 places) in A, F2 (50) in B, F3 planned (500) in B."""
    return gpd.GeoDataFrame(
        {"fid": ["F1", "F2", "F3"], "cap": [150, 50, 500], "status": ["existing", "Existing ", "planned"]},
        geometry=[Point(500, 500), Point(1500, 500), Point(1600, 500)],
        crs=CRS,
    )


def points() -> gpd.GeoDataFrame:
    """p1 (30 res) and p2 (10) in A, p3 (5) in B, p4 (99) outside every unit."""
    return gpd.GeoDataFrame(
        {"res": [30, 10, 5, 99]},
        geometry=[Point(200, 200), Point(950, 950), Point(1900, 500), Point(5000, 5000)],
        crs=CRS,
    )


def run(method: str, the_pack: FakePack | None = None, **kw: Any) -> Any:
    """compute_provision on units A/B and F1..F3 with the common arguments."""
    args = {
        "population_field": "pop",
        "capacity_field": "cap",
        "unit_id_field": "uid",
        "facility_id_field": "fid",
        "status_field": "status",
    }
    args.update(kw)
    units = args.pop("units", None)
    facs = args.pop("facilities", None)
    return compute_provision(
        units_ab() if units is None else units,
        facilities() if facs is None else facs,
        the_pack or pack(),
        "school",
        method,
        **args,
    )


def col(result: Any, name: str) -> list[Any]:
    """A unit column as a list."""
    return result.units[name].tolist()


# --------------------------------------------------------------------------------------------------
# unit_balance
# --------------------------------------------------------------------------------------------------


def test_unit_balance_by_hand() -> None:
    """A: demand 100, capacity 150; B: demand 200, capacity 50 (F3 is planned, not counted)."""
    r = run("unit_balance")
    assert col(r, "demand") == [100.0, 200.0]
    assert col(r, "capacity") == [150.0, 50.0]
    assert col(r, "deficit") == [0.0, 150.0]
    assert col(r, "surplus") == [50.0, 0.0]
    assert col(r, "provision_pct") == [150.0, 25.0]
    assert col(r, "objects_needed") == [0, 2]
    assert col(r, "meets_norm") == [True, False]
    f = r.facilities
    assert f["load"].tolist()[:2] == [100.0, 200.0]
    assert np.isnan(f["load"].iloc[2])
    assert f["load_pct"].iloc[0] == pytest.approx(100 * 100 / 150)
    assert f["overloaded"].tolist()[:2] == [False, True]
    assert pd.isna(f["overloaded"].iloc[2])
    assert r.totals["demand"] == 300.0
    assert r.totals["deficit"] == 150.0
    assert r.totals["objects_needed"] == 2
    assert r.meta["norm_pack"] == "test_pack"
    assert r.units["norm_pack_hash"].iloc[0] == "abc123"
    assert r.units["method"].iloc[0] == "unit_balance"


def test_unit_balance_with_shifts() -> None:
    """Capacity = places per shift x shifts: F1 (150) works 2 shifts -> 300 in A; F2 (50) has no value
    (one shift) -> 50 in B; F3 is planned and not counted. Demand A 100, B 200."""
    facs = facilities()
    facs["shifts"] = [2, None, 3]
    r = run("unit_balance", facilities=facs, shifts_field="shifts")
    assert col(r, "capacity") == [300.0, 50.0]
    assert col(r, "deficit") == [0.0, 150.0]
    assert col(r, "surplus") == [200.0, 0.0]


def test_unit_balance_planned_and_given_load() -> None:
    """Counting planned F3: B has 550 places; the given load field is reported as the load."""
    facs = facilities()
    facs["pupils"] = [160, 40, None]
    r = run("unit_balance", facilities=facs, include_statuses=("existing", "planned"), load_field="pupils")
    assert col(r, "capacity") == [150.0, 550.0]
    assert col(r, "deficit") == [0.0, 0.0]
    assert col(r, "surplus") == [50.0, 350.0]
    # F3 has no given load: the unit's demand shared by capacity
    assert r.facilities["load"].tolist() == [160.0, 40.0, pytest.approx(200 * 500 / 550)]
    assert r.facilities["overloaded"].tolist() == [True, False, False]


def test_overload_threshold_from_pack() -> None:
    """With overload_pct 110 a facility at 106.7 % is not overloaded; at 100 it would be."""
    facs = facilities()
    facs["pupils"] = [160, 40, 0]
    r = run("unit_balance", pack(overload_pct=110.0), facilities=facs, load_field="pupils")
    assert not r.facilities["overloaded"].iloc[0]
    assert run("unit_balance", facilities=facs, load_field="pupils").facilities["overloaded"].iloc[0]


def test_commissioning_year_filter() -> None:
    """Planned F3 commissioned in 2030 counts up to 2030 but not up to 2027."""
    facs = facilities()
    facs["year"] = [1990, None, 2030]
    kw = {"facilities": facs, "include_statuses": ("existing", "planned"), "year_field": "year"}
    assert col(run("unit_balance", up_to_year=2030, **kw), "capacity") == [150.0, 550.0]
    assert col(run("unit_balance", up_to_year=2027, **kw), "capacity") == [150.0, 50.0]


# --------------------------------------------------------------------------------------------------
# Methods with reach, on population points (radius 500 m)
#   demand A = 100 -> p1 75 (750 residents), p2 25 (250); B = 200 -> p3 (2000 residents)
#   p1-F1 424.3 m, p2 reaches nothing (F1 636 m), p3-F2 400 m
# --------------------------------------------------------------------------------------------------


def with_points(method: str, **kw: Any) -> Any:
    """A method run with the population points."""
    return run(method, points=points(), points_population_field="res", **kw)


def test_catchment_by_hand() -> None:
    """p2 is uncovered: A has 250 uncovered residents and a deficit of their 25 places."""
    r = with_points("catchment")
    assert col(r, "covered_pop") == [750.0, 2000.0]
    assert col(r, "uncovered_pop") == [250.0, 0.0]
    assert col(r, "deficit") == [25.0, 0.0]
    assert col(r, "provision_pct") == [150.0, 25.0]  # capacity / demand, as for every method
    assert col(r, "within_norm_pct") == [75.0, 100.0]  # demand met within the norm
    assert col(r, "residents_at") == ["points", "points"]
    assert col(r, "objects_needed") == [1, 0]
    assert r.facilities["load"].tolist()[:2] == [75.0, 200.0]
    assert r.meta["distance"] == "straight"
    assert r.meta["radius_m"] == 500.0
    assert any("outside every unit" in w for w in r.warnings)


def test_assignment_by_hand() -> None:
    """p3-F2 (400 m) first: 50; p1-F1: 75; beyond: p2->F1 25, p3->F1 50; 100 of p3 unserved."""
    r = with_points("assignment")
    assert col(r, "served_within_norm") == [75.0, 50.0]
    assert col(r, "served_beyond_norm") == [25.0, 50.0]
    assert col(r, "unserved") == [0.0, 100.0]
    assert col(r, "deficit") == [25.0, 150.0]
    assert col(r, "surplus") == [0.0, 0.0]
    assert r.facilities["load"].tolist()[:2] == [150.0, 50.0]
    t = r.totals
    assert t["served_within_norm"] + t["served_beyond_norm"] + t["unserved"] == pytest.approx(t["demand"])
    r2 = with_points("assignment", beyond_norm=False)
    assert col(r2, "unserved") == [25.0, 150.0]
    assert col(r2, "surplus") == [75.0, 0.0]
    assert r2.facilities["load"].tolist()[:2] == [75.0, 50.0]


def test_assign_greedy_order_and_ties() -> None:
    """Pairs are taken in the given order; a facility full after the first pair serves nobody else."""
    rem, load = assign_greedy(
        np.array([5.0, 5.0]), np.array([6.0, 10.0]), np.array([0, 1, 1, 0]), np.array([0, 0, 1, 1])
    )
    np.testing.assert_allclose(load, [6.0, 4.0])
    np.testing.assert_allclose(rem, [0.0, 0.0])


def _greedy_pair_by_pair(demand, capacity, point, facility):  # type: ignore[no-untyped-def]
    """The greedy assignment written out as the plain loop over pairs (the reference)."""
    rem = [float(v) for v in demand]
    free = [float(v) for v in capacity]
    load = [0.0] * len(free)
    for i, j in zip(point.tolist(), facility.tolist()):
        r, f = rem[i], free[j]
        if r <= 0.0 or f <= 0.0:
            continue
        x = r if r < f else f
        rem[i], free[j] = r - x, f - x
        load[j] += x
    return np.array(rem), np.array(load)


@pytest.mark.parametrize("seed", range(12))
def test_assign_greedy_equals_the_pair_by_pair_loop(seed: int) -> None:
    """Random demand, capacities from scarce to ample (ties, zeros, fractions), pairs sorted by distance
    as the engine sorts them, many pairs per facility so that the whole-first-pairs pass runs: the result
    is the loop's to the last bit."""
    rng = np.random.default_rng(seed)
    n_pts, n_fac = int(rng.integers(50, 3000)), int(rng.integers(1, 40))
    demand = np.round(rng.uniform(0, 9, n_pts), int(rng.integers(0, 3)))
    demand[rng.random(n_pts) < 0.1] = 0.0
    scale = [0.05, 0.5, 2.0, 50.0][seed % 4]
    capacity = np.round(rng.uniform(0, scale * demand.sum() / n_fac, n_fac), 1)
    capacity[rng.random(n_fac) < 0.1] = 0.0
    k = int(rng.integers(1, 6))
    point = np.repeat(np.arange(n_pts), k)
    facility = rng.integers(0, n_fac, len(point))
    if seed >= 6:  # one facility near most points: its pairs far outnumber the others'
        facility[rng.random(len(point)) < 0.6] = 0
    dist = np.round(rng.uniform(0, 500, len(point)), 0)
    order = np.lexsort((point, facility, dist))
    point, facility = point[order], facility[order]
    rem, load = assign_greedy(demand, capacity, point, facility)
    ref_rem, ref_load = _greedy_pair_by_pair(demand, capacity, point, facility)
    assert rem.tolist() == ref_rem.tolist()
    assert load.tolist() == ref_load.tolist()


@pytest.mark.parametrize("radius_m", [None, 800.0])
@pytest.mark.parametrize("developments", [[None] * 5, ["low_rise", None, "low_rise", None, None]])
def test_each_unit_gets_the_norms_of_its_own_group(radius_m: float | None, developments: list[Any]) -> None:
    """The numbers and the norm records of every unit are those of its development type (the stand-in
    pack doubles the radius in low-rise areas), plus the radius given for all; units of one group share
    one list of records; one group for all (or no such field) gives the same as the groups would."""
    units = pd.DataFrame({"pop": [100, 200, 300, 400, 500]})
    norms = norm_numbers(
        pack(), "school", units, units["pop"].to_numpy(float), [None] * 5, developments, radius_m=radius_m
    )
    for pos, dev in enumerate(developments):
        own = 2 * 500.0 if dev == "low_rise" else 500.0
        assert norms.radius[pos] == (own if radius_m is None else radius_m)
        keys = sorted((u.key, u.value, u.development) for u in norms.unit_uses[pos])
        expected = [("demand_rate", 100.0, dev), ("typical_size", 100.0, dev)]
        expected += [("radius_m", own, dev)] if radius_m is None else [("radius_m", radius_m, None)]
        assert keys == sorted(expected, key=lambda k: (k[0], k[1], str(k[2])))
        same = [q for q, d in enumerate(developments) if d == dev]
        assert all(norms.unit_uses[q] is norms.unit_uses[pos] for q in same)
    assert norms.demand.tolist() == [10.0, 20.0, 30.0, 40.0, 50.0]


@pytest.mark.parametrize("seed", range(4))
def test_running_values_per_facility_are_the_loops(seed: int) -> None:
    """The running free capacity (subtracting) and load (adding) before each pair and after each
    facility's last pair, for groups of very different sizes (padded together or one by one), equal
    the plain loop's to the bit."""
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 30, int(rng.integers(2, 60)))
    sizes[rng.integers(0, len(sizes), 2)] = rng.integers(200, 2000, 2)
    starts = np.r_[0, np.cumsum(sizes)[:-1]]
    values = np.round(rng.uniform(0, 7, int(sizes.sum())), 2)
    start = rng.uniform(0, 500, len(sizes))
    for op, step in ((np.subtract, lambda a, b: a - b), (np.add, lambda a, b: a + b)):
        [(before, end)] = _running_per_facility(values, starts, (op, start))
        for g, (lo, size) in enumerate(zip(starts.tolist(), sizes.tolist())):
            acc = float(start[g])
            for i in range(lo, lo + size):
                assert before[i] == acc
                acc = step(acc, float(values[i]))
            assert end[g] == acc


def test_2sfca_by_hand() -> None:
    """R1 = 150/75 = 2, R2 = 50/200 = 0.25: A's ratio (75*2 + 25*0)/100 = 1.5, B's 0.25."""
    r = with_points("2sfca")
    assert col(r, "access_ratio") == [1.5, 0.25]
    assert col(r, "deficit") == [25.0, 150.0]
    assert col(r, "surplus") == [75.0, 0.0]
    assert col(r, "provision_pct") == [150.0, 25.0]
    assert col(r, "within_norm_pct") == [75.0, 25.0]
    assert r.facilities["load"].tolist()[:2] == [75.0, 200.0]
    assert r.totals["access_ratio"] == pytest.approx((150 + 50) / 300)


def test_two_step_fca_weights_by_hand() -> None:
    """Demand 10 at 100 m and 20 at 400 m of one facility of 30; steps 1 (<=300) and 0.5 (<=500)."""
    dist = np.array([100.0, 400.0])
    w = fca.step_weights(dist, {300.0: 1.0, 500.0: 0.5})
    np.testing.assert_allclose(w, [1.0, 0.5])
    ratio, acc = fca.two_step_fca(np.array([10.0, 20.0]), np.array([30.0]), np.array([0, 1]), np.array([0, 0]), w)
    np.testing.assert_allclose(ratio, [30 / 20])
    np.testing.assert_allclose(acc, [1.5, 0.75])
    ratio, acc = fca.two_step_fca(np.array([10.0, 20.0]), np.array([30.0]), np.array([0, 1]), np.array([0, 0]))
    np.testing.assert_allclose(acc, [1.0, 1.0])
    np.testing.assert_allclose(fca.gaussian_weights(np.array([0.0, 10.0]), 10.0), [1.0, np.exp(-0.5)])


def test_e2sfca_through_engine() -> None:
    """E2SFCA with steps {300: 1, 500: 0.5}: single pairs cancel the weight (R=150/37.5, A=0.5*4)."""
    r = with_points("e2sfca", decay={300.0: 1.0, 500.0: 0.5})
    assert col(r, "access_ratio") == [1.5, 0.25]
    assert r.facilities["load"].tolist()[:2] == [37.5, 100.0]
    assert "300" in r.meta["decay"]


def test_low_rise_radius_from_pack() -> None:
    """In a low-rise unit the (doubled) 1000 m radius covers p2 (636 m from F1)."""
    units = units_ab(dev=["low_rise", "multi_storey"])
    r = with_points("catchment", units=units, development_field="dev")
    assert col(r, "uncovered_pop") == [0.0, 0.0]
    assert sorted(r.meta["radius_m"]) == [500.0, 1000.0]


def test_radius_override() -> None:
    """radius_m given by the caller replaces the pack's."""
    r = with_points("catchment", radius_m=100.0)
    assert col(r, "covered_pop") == [0.0, 0.0]


def test_network_catchment() -> None:
    """Along a street y=0: unit points at (500,1)/(1500,1) snap 1 m; F1 reaches A only within 700 m."""
    street = gpd.GeoDataFrame(geometry=[LineString([(0, 0), (500, 0), (1500, 0), (2000, 0)])], crs=CRS)
    pts = gpd.GeoDataFrame({"res": [1, 1]}, geometry=[Point(500, 1), Point(1500, 1)], crs=CRS)
    facs = gpd.GeoDataFrame({"fid": ["F1"], "cap": [1000], "status": ["existing"]}, geometry=[Point(500, -2)], crs=CRS)
    kw = {"facilities": facs, "points": pts, "points_population_field": "res", "network": street}
    r = run("catchment", radius_m=700.0, **kw)
    assert r.meta["distance"] == "network"
    assert col(r, "uncovered_pop") == [0.0, 2000.0]
    # 1 + 1000 + 2 = 1003 m to the point in B
    assert col(run("catchment", radius_m=1003.0, **kw), "uncovered_pop") == [0.0, 0.0]
    assert col(run("catchment", radius_m=1002.9, **kw), "uncovered_pop") == [0.0, 2000.0]


# --------------------------------------------------------------------------------------------------
# Reconciliation, borders, CRS
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["catchment", "assignment", "2sfca", "e2sfca"])
def test_totals_reconcile_on_a_random_city(method: str) -> None:
    """A 5x5 grid of units with 500 random points: demands, covered + uncovered, served add up."""
    rng = np.random.default_rng(7)
    cells = [box(x, y, x + 400, y + 400) for x in range(0, 2000, 400) for y in range(0, 2000, 400)]
    units = gpd.GeoDataFrame({"pop": rng.integers(0, 5000, len(cells))}, geometry=cells, crs=CRS)
    # points exactly on cell borders too (x multiple of 400)
    xy = rng.uniform(0, 2000, (500, 2))
    xy[:50, 0] = 400.0 * rng.integers(1, 5, 50)
    pts = gpd.GeoDataFrame({"res": rng.integers(0, 20, 500)}, geometry=gpd.points_from_xy(*xy.T), crs=CRS)
    facs = gpd.GeoDataFrame(
        {"cap": rng.uniform(10, 300, 30), "status": "existing"},
        geometry=gpd.points_from_xy(*rng.uniform(0, 2000, (30, 2)).T),
        crs=CRS,
    )
    r = compute_provision(
        units,
        facs,
        pack(),
        "school",
        method,
        population_field="pop",
        capacity_field="cap",
        points=pts,
        points_population_field="res",
    )
    u = r.units
    np.testing.assert_allclose(u["demand"], units["pop"] * 0.1)
    np.testing.assert_allclose(u["covered_pop"] + u["uncovered_pop"], units["pop"], rtol=1e-12)
    assert r.totals["population"] == pytest.approx(units["pop"].sum(), rel=1e-12)
    assert (u["deficit"] >= 0).all()
    assert (u["deficit"] <= u["demand"] + 1e-9).all()
    if method == "assignment":
        parts = u["served_within_norm"] + u["served_beyond_norm"] + u["unserved"]
        np.testing.assert_allclose(parts, u["demand"], rtol=1e-9, atol=1e-9)
        assert (r.facilities["load"] <= r.facilities["cap"] + 1e-9).all()
        assert r.facilities["load"].sum() == pytest.approx(
            u["served_within_norm"].sum() + u["served_beyond_norm"].sum()
        )


def test_geographic_input_is_projected_and_kept() -> None:
    """Units and facilities in WGS 84 around Almaty: computed in EPSG:32643, returned in WGS 84."""
    units = units_ab().set_geometry(units_ab().geometry.translate(600000, 4790000)).to_crs(4326)
    facs = facilities().set_geometry(facilities().geometry.translate(600000, 4790000)).to_crs(4326)
    r = run("catchment", units=units, facilities=facs, radius_m=1500.0)
    assert r.meta["crs_used"].startswith("EPSG:32643")
    assert r.units.crs.to_epsg() == 4326
    assert any("geographic" in w for w in r.warnings)
    assert col(r, "uncovered_pop") == [0.0, 0.0]


def test_inputs_not_modified_and_names_kept() -> None:
    """Inputs stay untouched; Cyrillic names go to unit_name; a clashing field is kept as *_in."""
    units = units_ab(name=["Алмалинский", "Әуезов"], deficit=[1, 2])
    facs = facilities()
    before_u, before_f = copy.deepcopy(units), copy.deepcopy(facs)
    r = run("unit_balance", units=units, facilities=facs, unit_name_field="name")
    pd.testing.assert_frame_equal(units, before_u)
    pd.testing.assert_frame_equal(facs, before_f)
    assert col(r, "unit_name") == ["Алмалинский", "Әуезов"]
    assert col(r, "deficit_in") == [1, 2]
    assert any("deficit_in" in w for w in r.warnings)


def test_cohort_demand_and_fallback() -> None:
    """Cohort option (children x 90 %) when the field exists, else the per-1000 fallback."""
    cohort = Ns(basis="cohort", rate=None, field="kids", coverage_pct=_sv(90.0), option="cohort")
    svc = FakeService({"typical_size": 100.0}, [cohort, per_1000(100.0)])
    r = run("unit_balance", FakePack(svc), units=units_ab(kids=[100, 300]))
    assert col(r, "demand") == [90.0, 270.0]
    assert col(run("unit_balance", FakePack(svc)), "demand") == [100.0, 200.0]


def test_unverified_norms_are_named() -> None:
    """A result that used an unverified value says which."""
    the_pack = FakePack(FakeService({"radius_m": 500.0, "typical_size": 100.0}, [per_1000(100.0)], ("radius_m",)))
    r = with_points("catchment", the_pack=the_pack)
    assert r.units["norm_unverified"].iloc[0] == "radius_m"


# --------------------------------------------------------------------------------------------------
# Bad input
# --------------------------------------------------------------------------------------------------


def test_negative_population_names_feature_and_field() -> None:
    """A negative population: InputError naming the unit id and the field."""
    with pytest.raises(InputError) as err:
        run("unit_balance", units=units_ab().assign(pop=[1000, -5]))
    assert err.value.layer == "units"
    assert err.value.field == "pop"
    assert "B" in str(err.value)


def test_null_capacity_refused_or_zero() -> None:
    """A null capacity names the facility; with null_capacity_as_zero it counts 0 with a warning."""
    facs = facilities()
    facs.loc[1, "cap"] = None
    with pytest.raises(InputError) as err:
        run("unit_balance", facilities=facs)
    assert err.value.field == "cap"
    assert "F2" in str(err.value)
    r = run("unit_balance", facilities=facs, null_capacity_as_zero=True)
    assert col(r, "capacity") == [150.0, 0.0]
    assert any("F2" in w for w in r.warnings)


@pytest.mark.parametrize(
    ("units", "field"),
    [
        (units_ab().assign(uid=["A", "A"]), "uid"),
        (units_ab().assign(pop=[1000, None]), "pop"),
        (units_ab().assign(pop=["1000", "много"]), "pop"),
        (units_ab().iloc[:0], None),
    ],
    ids=["duplicate-id", "null-population", "text-population", "empty"],
)
def test_bad_units_refused(units: gpd.GeoDataFrame, field: str | None) -> None:
    """Duplicate ids, missing or text population, empty layer: InputError naming the layer and field."""
    with pytest.raises(InputError) as err:
        run("unit_balance", units=units)
    assert err.value.layer == "units"
    assert err.value.field == field


def test_mixed_crs_projected_with_warning() -> None:
    """Facilities in another CRS are projected; the warning says so; results are unchanged."""
    r = run("unit_balance", facilities=facilities().to_crs(3857))
    assert col(r, "capacity") == [150.0, 50.0]
    assert any("different CRSs" in w for w in r.warnings)


def test_missing_radius_and_unknown_method() -> None:
    """A reach method without any radius, or an unknown method, is refused."""
    with pytest.raises(InputError, match="radius"):
        run("catchment", pack(radius=None))
    with pytest.raises(InputError, match="unknown method"):
        run("gravity")


@pytest.mark.parametrize("method", ["catchment", "assignment", "2sfca", "e2sfca"])
def test_without_points_a_unit_larger_than_the_radius_is_refused(method: str) -> None:
    """1 km squares: 707 m from the centre to a corner. Radius 500 m without points: refused, naming
    the units; radius 800 m: computed with every unit at one point, said in the result and a warning."""
    with pytest.raises(InputError, match="one point") as err:
        run(method)
    assert "A, B" in str(err.value)
    assert "707" in str(err.value)
    r = run(method, radius_m=800.0)
    assert col(r, "residents_at") == ["unit_point", "unit_point"]
    assert r.meta["residents_at"] == "unit_point"
    assert any("count as one point" in w for w in r.warnings)
    assert not any("count as one point" in w for w in with_points(method).warnings)
    balance = run("unit_balance")
    assert "residents_at" not in balance.units.columns
    assert not any("one point" in w for w in balance.warnings)


def test_cancel() -> None:
    """A progress callback returning True stops the run."""
    with pytest.raises(PlannerError, match="cancelled"):
        run("catchment", radius_m=1500.0, progress=lambda f: f > 0.1)


def test_engine_messages_translated() -> None:
    """Every message of provision/reach/access has a Russian and a Kazakh translation."""
    import re
    from pathlib import Path

    from almaty_planner.core.i18n import tr

    core = Path(__file__).resolve().parents[2] / "almaty_planner" / "core"
    sources = set()
    for name in ("provision.py", "reach.py", "access.py"):
        sources |= set(re.findall(r'tr\(\s*"([^"]+)"', (core / name).read_text(encoding="utf-8")))
    assert len(sources) > 15
    for lang in ("ru", "kk"):
        missing = [s for s in sources if tr(s, lang=lang) == s]
        assert missing == [], lang


def test_with_the_almaty_2040_pack() -> None:
    """Real pack: school demand 148 per 1000 (no cohort fields), else grades 1-9 + 75 % of 10-11."""
    from almaty_planner.core.norms import load_pack

    real = load_pack("almaty_2040")
    r = run("unit_balance", real)
    assert col(r, "demand") == [pytest.approx(148.0), pytest.approx(296.0)]
    assert col(r, "deficit") == [0.0, pytest.approx(246.0)]
    assert col(r, "objects_needed") == [0, 1]  # typical school 1200 places
    assert r.units["norm_pack"].iloc[0] == "almaty_2040"
    assert r.meta["norm_pack_hash"] == real.content_hash
    cohorts = run("unit_balance", real, units=units_ab(pupils_1_9=[100, 200], pupils_10_11=[20, 40]))
    assert col(cohorts, "demand") == [pytest.approx(115.0), pytest.approx(230.0)]
