"""Where to build: the placement against brute-force enumeration of every set of sites, by hand, bad input.

The brute force is independent of the placement's own LP: every set of ``COUNT`` sites (or every set
within the budget) is scored by an integer max-flow (``scipy.sparse.csgraph.maximum_flow``).
"""

from __future__ import annotations

import itertools
from types import SimpleNamespace as Ns
from typing import Any

import geopandas as gpd
import numpy as np
import pytest
from scipy import sparse
from scipy.sparse.csgraph import maximum_flow
from shapely.geometry import Point, box

from almaty_planner.core import placement_solver as ps
from almaty_planner.core.errors import InputError
from almaty_planner.core.norms import load_pack
from almaty_planner.core.placement import compute_placement, plot_bands, plot_norm
from almaty_planner.core.provision import compute_provision

# --------------------------------------------------------------------------------------------------
# Brute force
# --------------------------------------------------------------------------------------------------


def max_flow_value(demand: np.ndarray, cap: np.ndarray, pi: np.ndarray, sj: np.ndarray, sites: set[int]) -> int:
    """Largest demand the open ``sites`` can serve (integer max-flow source -> points -> sites -> sink)."""
    n_p, n_c = len(demand), len(cap)
    src, sink = n_p + n_c, n_p + n_c + 1
    rows, cols, caps = [], [], []
    for i in range(n_p):
        rows.append(src), cols.append(i), caps.append(int(demand[i]))
    for i, j in zip(pi, sj):
        if j in sites:
            rows.append(i), cols.append(n_p + j), caps.append(10**6)
    for j in sites:
        rows.append(n_p + j), cols.append(sink), caps.append(int(cap[j]))
    graph = sparse.csr_matrix((np.array(caps, dtype=np.int32), (rows, cols)), shape=(sink + 1, sink + 1))
    return int(maximum_flow(graph, src, sink).flow_value)


def brute_force(demand, cap, pi, sj, count=None, cost=None, budget=None) -> int:
    """Best served demand over every set of ``count`` sites (or every affordable set)."""
    n_c = len(cap)
    best = 0
    sizes = [count] if count is not None else range(n_c + 1)
    for size in sizes:
        for sites in itertools.combinations(range(n_c), size):
            if budget is not None and sum(cost[j] for j in sites) > budget:
                continue
            best = max(best, max_flow_value(demand, cap, pi, sj, set(sites)))
    return best


def random_instance(rng: np.random.Generator) -> tuple[Any, ...]:
    """A small capacitated instance with integer demands and capacities."""
    n_p, n_c = int(rng.integers(3, 12)), int(rng.integers(2, 8))
    demand = rng.integers(0, 20, n_p).astype(float)
    cap = rng.integers(1, 30, n_c).astype(float)
    pairs = [(i, j) for i in range(n_p) for j in range(n_c) if rng.random() < 0.35]
    pi = np.array([p[0] for p in pairs], dtype=np.int64)
    sj = np.array([p[1] for p in pairs], dtype=np.int64)
    dist = rng.uniform(0, 500, len(pairs))
    return demand, cap, pi, sj, dist


@pytest.mark.parametrize("seed", range(4))
def test_exact_and_greedy_against_brute_force_with_count(seed: int) -> None:
    """On 40 random capacitated cases: exact = brute force; greedy with swaps never above it, and
    the served demand is what the sites' flows add up to."""
    rng = np.random.default_rng(seed)
    greedy_hits = 0
    for _ in range(40):
        demand, cap, pi, sj, dist = random_instance(rng)
        count = int(rng.integers(1, len(cap) + 1))
        best = brute_force(demand, cap, pi, sj, count=count)
        exact = ps.solve_exact(ps.Model(demand, cap, pi, sj, dist), range(len(cap)), count, None, time_limit_s=30)
        greedy = ps.solve_greedy(ps.Model(demand, cap, pi, sj, dist), range(len(cap)), count, None)
        assert exact.proven_optimal
        assert exact.served == pytest.approx(best, abs=1e-4)
        assert greedy.served <= best + 1e-4
        assert len(exact.chosen) <= count
        assert len(greedy.chosen) <= count
        assert greedy.site_served.sum() == pytest.approx(greedy.served, abs=1e-6)
        assert np.all(greedy.site_served <= cap + 1e-6)
        assert np.all(greedy.point_served <= demand + 1e-6)
        # the chosen set, scored independently, serves what the placement says
        assert max_flow_value(demand, cap, pi, sj, set(greedy.chosen)) == pytest.approx(greedy.served, abs=1e-4)
        greedy_hits += abs(greedy.served - best) < 1e-4
        # the curve: served demand after each rank never decreases and ends at the total
        assert np.all(np.diff(greedy.curve) >= -1e-9)
        if greedy.curve:
            assert greedy.curve[-1] == pytest.approx(greedy.served, abs=1e-6)
    assert greedy_hits >= 36  # swaps find the optimum on nearly all of these small cases


def test_budget_against_brute_force() -> None:
    """With a budget and a cost per site: exact = the best affordable set; greedy within budget."""
    rng = np.random.default_rng(7)
    for _ in range(40):
        demand, cap, pi, sj, dist = random_instance(rng)
        cost = rng.integers(1, 10, len(cap)).astype(float)
        budget = float(rng.integers(1, 20))
        best = brute_force(demand, cap, pi, sj, cost=cost, budget=budget)
        model = ps.Model(demand, cap, pi, sj, dist, cost=cost)
        exact = ps.solve_exact(model, range(len(cap)), None, budget, time_limit_s=30)
        greedy = ps.solve_greedy(ps.Model(demand, cap, pi, sj, dist, cost=cost), range(len(cap)), None, budget)
        assert exact.served == pytest.approx(best, abs=1e-4)
        assert cost[exact.chosen].sum() <= budget + 1e-9
        assert cost[greedy.chosen].sum() <= budget + 1e-9
        assert greedy.served <= best + 1e-4


def test_ties_are_broken_by_the_shorter_distance() -> None:
    """Two sites that serve the same demand: the one nearer to the residents is chosen."""
    demand = np.array([10.0, 10.0])
    cap = np.array([10.0, 10.0, 10.0])
    # site 0 reaches point 0 at 400 m, site 1 reaches point 0 at 100 m, site 2 point 1 at 450 m
    pi, sj, dist = np.array([0, 0, 1]), np.array([0, 1, 2]), np.array([400.0, 100.0, 450.0])
    for solve in (ps.solve_greedy, ps.solve_exact):
        ans = solve(ps.Model(demand, cap, pi, sj, dist), range(3), 1, None)
        assert ans.chosen == [1]
        assert ans.served == pytest.approx(10.0)


def test_capacity_limits_what_a_site_serves_and_greedy_gain_is_exact() -> None:
    """Hand case: A (cap 10) reaches points 0, 1; B (cap 10) reaches point 1 only; demands 10 and 10.
    Alone, A serves 10 and B serves 10; together 20 (A takes point 0, B point 1): the gain of B after
    A is 10 although B's only point is the one A served first (the flow is re-routed)."""
    demand = np.array([10.0, 10.0])
    cap = np.array([10.0, 10.0])
    pi, sj, dist = np.array([0, 1, 1]), np.array([0, 0, 1]), np.array([300.0, 10.0, 20.0])
    ans = ps.solve_greedy(ps.Model(demand, cap, pi, sj, dist), range(2), 2, None)
    assert ans.served == pytest.approx(20.0)
    assert ans.curve == pytest.approx([10.0, 20.0])


# --------------------------------------------------------------------------------------------------
# Layers: the engine's demand, existing facilities first, plot check, outputs
# --------------------------------------------------------------------------------------------------


def _sv(value: float, key: str = "") -> Ns:
    """A SourcedValue-like record."""
    return Ns(
        value=value, is_unverified=False, unit="", document="test", clause="", edition="", confidence="D", key=key
    )


class FakeService:
    """ServiceNorm stand-in: demand 100 per 1000 residents, radius 500 m, typical size 50."""

    capacity_unit = "places"

    def __init__(self, values: dict[str, float]) -> None:
        self.values = values
        self.keys = sorted(values)

    def demand_terms(self, tier: Any = None, development: Any = None) -> list[Ns]:
        """One per-1000 term."""
        return [Ns(basis="per_1000", rate=_sv(100.0), field=None, option="a")]

    def value(self, key: str, tier: Any = None, development: Any = None) -> Ns | None:
        """A value or None."""
        return _sv(self.values[key], key) if key in self.values else None


class FakePack:
    """NormPack stand-in (made-up numbers for algorithm tests only)."""

    id = "test_pack"
    edition = "2024"
    content_hash = "abc"

    def __init__(self, values: dict[str, float]) -> None:
        self.svc = FakeService(values)

    def service(self, service: str) -> FakeService:
        """The one service."""
        return self.svc


CRS = "EPSG:32643"


def city() -> dict[str, gpd.GeoDataFrame]:
    """Two units of 1 km each, residents at their centres; one existing school; four candidates.

    Unit A (x 0..1000) has 1000 residents -> demand 100; unit B (x 1000..2000) 2000 -> demand 200.
    The existing school (capacity 60) is next to A's residents. Candidates: c0 next to A (cap 50),
    c1 and c2 next to B (cap 50 and 120), c3 far from everyone.
    """
    units = gpd.GeoDataFrame(
        {"uid": ["A", "B"], "pop": [1000, 2000]}, geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)], crs=CRS
    )
    points = gpd.GeoDataFrame({"res": [1000, 2000]}, geometry=[Point(500, 500), Point(1500, 500)], crs=CRS)
    schools = gpd.GeoDataFrame({"fid": [1], "cap": [60]}, geometry=[Point(520, 500)], crs=CRS)
    cands = gpd.GeoDataFrame(
        {"name": ["c0", "c1", "c2", "c3"], "cap": [50, 50, 120, 500], "cost": [1.0, 1.0, 3.0, 1.0]},
        geometry=[Point(450, 500), Point(1550, 500), Point(1400, 500), Point(1900, 5000)],
        crs=CRS,
    )
    return {"units": units, "points": points, "schools": schools, "cands": cands}


def run(layers: dict[str, gpd.GeoDataFrame], pack: Any = None, **kw: Any):
    """compute_placement on the city with the usual field names."""
    args = {
        "population_field": "pop",
        "capacity_field": "cap",
        "points": layers["points"],
        "points_population_field": "res",
        "unit_id_field": "uid",
        "candidate_id_field": "name",
        "candidate_capacity_field": "cap",
    }
    args.update(kw)
    pack = pack or FakePack({"radius_m": 500.0, "typical_size": 50.0})
    return compute_placement(layers["units"], layers["schools"], layers["cands"], pack, "school", **args)


@pytest.mark.parametrize("method", ["greedy", "exact"])
def test_layers_by_hand(method: str) -> None:
    """A: demand 100, the school serves 60 -> 40 left; B: 200 left; 240 in all. Two new sites: c2
    (120 to B) first, then c1 (50 of B's remaining 80; c0 would serve only 40 of A's).
    Deficit after: 240 - 120 - 50 = 70; A keeps 40, B 30."""
    layers = city()
    before = {c: v.copy() for c, v in layers.items()}
    res = run(layers, count=2, method=method)
    assert list(res.sites["name"]) == ["c2", "c1"]
    assert list(res.sites["rank"]) == [1, 2]
    assert list(res.sites["served"]) == pytest.approx([120.0, 50.0])
    assert list(res.sites["deficit_after"]) == pytest.approx([120.0, 70.0])
    assert list(res.sites["cost"]) == pytest.approx([3.0, 1.0])  # the candidate's attributes are kept
    units = res.units.set_index("uid")
    assert units.loc["A", "deficit_before"] == pytest.approx(40.0)
    assert units.loc["B", "deficit_before"] == pytest.approx(200.0)
    assert units.loc["A", "deficit_after"] == pytest.approx(40.0)
    assert units.loc["B", "deficit_after"] == pytest.approx(30.0)
    assert list(res.curve["deficit_after"]) == pytest.approx([240.0, 120.0, 70.0])
    reasons = dict(zip(res.left_out["name"], res.left_out["reason"]))
    assert reasons == {"c0": "not_chosen", "c3": "no_deficit_within_reach"}
    assert res.meta["method"] == method
    assert res.sites["method"].eq(method).all()
    for name, layer in layers.items():  # inputs never modified
        assert layer.equals(before[name])


def test_deficit_before_is_the_provision_assignment_deficit() -> None:
    """What existing facilities serve is the engine's assignment: the deficits before agree."""
    layers = city()
    res = run(layers, count=1)
    prov = compute_provision(
        layers["units"],
        layers["schools"],
        FakePack({"radius_m": 500.0}),
        "school",
        "assignment",
        population_field="pop",
        capacity_field="cap",
        points=layers["points"],
        points_population_field="res",
        unit_id_field="uid",
    )
    assert list(res.units["deficit_before"]) == pytest.approx(list(prov.units["deficit"]))


def test_budget_on_layers() -> None:
    """Budget 2 with costs 1, 1, 3, 1: c2 (cost 3) is out of budget; c0 and c1 are chosen."""
    res = run(city(), budget=2.0, cost_field="cost", method="exact")
    assert sorted(res.sites["name"]) == ["c0", "c1"]
    assert res.meta["spent"] == pytest.approx(2.0)
    assert dict(zip(res.left_out["name"], res.left_out["reason"]))["c2"] == "over_budget"


def test_plot_check_uses_the_norm_pack() -> None:
    """School plot norms come from kz_planning_norms (SP RK 3.02-111-2012* p.4.2.2*): a 1,200-place
    school needs 1200 x 19 = 22,800 m2; a 150 m square (22,500 m2) is too small, 160 m (25,600) fits."""
    pack = load_pack("kz_planning_norms")
    bands = plot_bands(pack.service("school"))
    assert plot_norm(bands, 1200).value == 19
    assert plot_norm(bands, 300).value == 43  # on the border: the lower band, the larger plot
    assert plot_norm(bands, 301).value == 34
    assert plot_norm(bands, 1500) is None
    kg = plot_bands(pack.service("kindergarten"))
    assert plot_norm(kg, 100).value == 40
    assert plot_norm(kg, 280).value == 35
    assert plot_norm(kg, 600).value == 30
    layers = city()
    layers["cands"] = gpd.GeoDataFrame(
        {"name": ["small", "fits"], "cap": [1200, 1200]},
        geometry=[box(1400, 400, 1550, 550), box(1400, 400, 1560, 560)],
        crs=CRS,
    )
    values = {"radius_m": 500.0, "typical_size": 1200.0, "plot_m2_per_pupil_900_1200": 19.0}
    res = run(layers, FakePack(values), count=1)
    assert list(res.sites["name"]) == ["fits"]
    assert res.sites["plot_needed_m2"].iloc[0] == pytest.approx(22800.0)
    left = res.left_out.set_index("name")
    assert left.loc["small", "reason"] == "plot_too_small"
    assert left.loc["small", "plot_m2"] == pytest.approx(22500.0)


def test_capacity_menu_takes_the_largest_size_that_fits() -> None:
    """Menu 50, 95, 140 places at 40/35 m2 per place: a 4,000 m2 plot holds 95 (3,325 m2), not 140 (4,900)."""
    layers = city()
    layers["cands"] = gpd.GeoDataFrame({"name": ["k"]}, geometry=[box(1450, 450, 1530, 500)], crs=CRS)
    values = {"radius_m": 500.0, "plot_m2_per_place_up_to_100": 40.0, "plot_m2_per_place_above_100": 35.0}
    res = run(layers, FakePack(values), count=1, candidate_capacity_field=None, capacity_menu=[50, 95, 140])
    assert res.sites["capacity"].iloc[0] == 95
    assert res.sites["served"].iloc[0] == pytest.approx(95.0)


@pytest.mark.parametrize(
    ("change", "kwargs", "names"),
    [
        ("no_candidates", {"count": 1}, ("candidates",)),
        (None, {"count": 5}, ("COUNT",)),
        (None, {"budget": -1.0, "cost_field": "cost"}, ("BUDGET",)),
        ("negative_cost", {"budget": 5.0, "cost_field": "cost"}, ("candidates", "c1", "[cost]")),
        ("zero_capacity", {"count": 1}, ("candidates", "c2", "[cap]")),
        (None, {}, ("COUNT",)),
        (None, {"count": 1, "method": "best"}, ("PLACEMENT_METHOD",)),
    ],
)
def test_bad_input_names_parameter_feature_and_field(change: str | None, kwargs: dict, names: tuple) -> None:
    """Every refusal names the parameter, or the layer, feature and field."""
    layers = city()
    if change == "no_candidates":
        layers["cands"] = layers["cands"].iloc[:0]
    elif change == "negative_cost":
        layers["cands"].loc[1, "cost"] = -2.0
    elif change == "zero_capacity":
        layers["cands"].loc[2, "cap"] = 0
    with pytest.raises(InputError) as err:
        run(layers, **kwargs)
    for name in names:
        assert name in str(err.value)


def test_demo_forty_schools_within_500_m() -> None:
    """The demo: 40 new schools of the typical 1,200 places for the student-place deficit within 500 m.
    The deficit before is the provision check's assignment deficit; every chosen plot holds the
    school's plot norm; the curve falls with diminishing returns."""
    from almaty_planner.core.paths import resources_dir

    demo = resources_dir() / "demo" / "almaty_demo.gpkg"
    layers = {n: gpd.read_file(demo, layer=n) for n in ("microdistricts", "buildings", "schools", "candidate_sites")}
    kw = {
        "population_field": "population",
        "capacity_field": "capacity",
        "points": layers["buildings"],
        "points_population_field": "residents",
        "status_field": "status",
        "unit_id_field": "unit_id",
        "radius_m": 500.0,
    }
    pack = load_pack("almaty_2040")
    res = compute_placement(
        layers["microdistricts"], layers["schools"], layers["candidate_sites"], pack, "school", count=40, **kw
    )
    prov = compute_provision(layers["microdistricts"], layers["schools"], pack, "school", "assignment", **kw)
    assert res.meta["deficit_before"] == pytest.approx(prov.totals["deficit"], rel=1e-9)
    assert len(res.sites) == 40
    assert (res.sites["capacity"] == pack.service("school").value("typical_size").value).all()
    assert (res.sites["plot_m2"] >= res.sites["plot_needed_m2"]).all()
    assert res.sites["served"].sum() == pytest.approx(res.meta["served_new"], rel=1e-9)
    drops = -np.diff(res.curve["deficit_after"].to_numpy())
    assert (drops > 0).all()
    assert drops[0] >= drops[-1]
    assert res.units["deficit_after"].sum() == pytest.approx(res.meta["deficit_after"], rel=1e-9)
    assert (res.left_out["reason"] == "plot_too_small").any()


def test_without_population_points_units_larger_than_the_radius_are_refused() -> None:
    """As in the provision check: without points a unit's residents sit at one point, which only holds
    when the whole unit is within the radius (a 1 km square reaches 707 m from its centre)."""
    with pytest.raises(InputError, match="population points"):
        run(city(), count=1, points=None, points_population_field=None)
    res = run(city(), FakePack({"radius_m": 710.0}), count=1, points=None, points_population_field=None)
    assert any("one point" in w for w in res.warnings)


def test_street_network_reach() -> None:
    """Along the streets: B's residents (x 1500) and candidate c1 (x 1550) sit on a street that only
    joins through a detour of 2 km, so c1 is out of reach along the network although it is 50 m away
    in a straight line; c2 (x 1400) is on B's street and serves B."""
    from shapely.geometry import LineString

    layers = city()
    streets = gpd.GeoDataFrame(
        geometry=[
            LineString([(0, 500), (1450, 500)]),  # A and B's residents and c0, c2
            LineString([(1550, 500), (1550, 1500), (1450, 1500), (1450, 500)]),  # c1 behind a long loop
        ],
        crs=CRS,
    )
    layers["cands"] = layers["cands"].iloc[[1, 2]].reset_index(drop=True)  # c1 and c2
    layers["points"] = gpd.GeoDataFrame({"res": [1000, 2000]}, geometry=[Point(500, 500), Point(1440, 500)], crs=CRS)
    res = run(layers, count=1, network=streets)
    assert list(res.sites["name"]) == ["c2"]
    assert res.meta["distance"] == "network"
    reasons = dict(zip(res.left_out["name"], res.left_out["reason"]))
    assert reasons == {"c1": "no_deficit_within_reach"}
    straight = run(layers, count=2)
    assert sorted(straight.sites["name"]) == ["c1", "c2"]


def test_chosen_sites_as_a_trajectory_scenario() -> None:
    """The two chosen sites of B (120 + 50 places) opening in 2027: the trajectory's unit balance of B
    falls from 200 to 30 from 2027 in that scenario; the baseline stays; A does not change."""
    from almaty_planner.core.placement import as_scenario
    from almaty_planner.core.trajectory import compute_trajectory

    layers = city()
    res = run(layers, count=2, scenario="where_to_build", opening_year=2027)
    assert set(res.sites["scenario"]) == {"where_to_build"}
    assert list(res.sites["opening_year"]) == [2027, 2027]
    plan = as_scenario(res.sites, "where_to_build", capacity_field="cap", year_field="year", opening_year=2027)
    traj = compute_trajectory(
        layers["units"],
        layers["schools"].assign(year=2000),
        FakePack({"radius_m": 500.0}),
        "school",
        "unit_balance",
        population_field="pop",
        capacity_field="cap",
        unit_id_field="uid",
        year_field="year",
        from_year=2026,
        to_year=2028,
        scenarios=[plan],
    )
    t = traj.table.set_index(["scenario", "unit_name", "year"])["deficit"]
    assert [t["where_to_build", "B", y] for y in (2026, 2027, 2028)] == pytest.approx([200.0, 30.0, 30.0])
    assert [t["baseline", "B", y] for y in (2026, 2027, 2028)] == pytest.approx([200.0, 200.0, 200.0])
    assert [t["where_to_build", "A", y] for y in (2026, 2027, 2028)] == pytest.approx([40.0, 40.0, 40.0])


def test_budget_left_after_the_best_single_site_is_spent_on_more_sites() -> None:
    """By hand: budget 10; site 0 costs 9 and serves 40, sites 1 and 2 cost 1 and serve 5 each. Greedy
    by gain per cost (5 > 40 / 9) takes 1 and 2 (10 served), then 0 no longer fits; the best single
    site 0 (40) beats that; the budget left (1) then buys site 1: 45 served, the brute-force optimum."""
    demand = np.array([40.0, 5.0, 5.0])
    cap = np.array([40.0, 5.0, 5.0])
    pi = np.array([0, 1, 2], dtype=np.int64)
    sj = np.array([0, 1, 2], dtype=np.int64)
    cost = np.array([9.0, 1.0, 1.0])
    model = ps.Model(demand, cap, pi, sj, np.zeros(3), cost=cost)
    ans = ps.solve_greedy(model, range(3), None, 10.0)
    assert sorted(ans.chosen) == [0, 1]
    assert ans.served == pytest.approx(45.0)
    assert ans.served == brute_force(demand, cap, pi, sj, cost=cost, budget=10.0)
    assert cost[ans.chosen].sum() <= 10.0
