"""Benchmark of the provision engine on a synthetic city (made-up layout and norm numbers).

Reports, all measured in the same run:
* all four methods (unit_balance, catchment, assignment, 2sfca; e2sfca too) with straight-line
  distances on 2.2 million residents in 200,000 points and 2,000 facilities (target: <= 5 s each);
* our 2SFCA against PySAL ``access`` on the same pairs, and end to end from the same point layers
  (PySAL then builds its own distance table) (target: >= 10x faster; needs .venv-latest);
* network catchments of 2,000 facilities on a ~100,000-edge street grid (target: <= 15 s);
* the cost curve for 20k, 200k and 1M points (pairs within reach, seconds, seconds per million pairs);
* peak memory (target: <= 2 GB).

Run: ``.venv-latest/bin/python scripts/bench_provision.py`` (``--quick`` for a short run).
Nothing here is real data: the layout is random and the norm numbers are placeholders.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import geopandas as gpd
import numpy as np
from shapely.geometry import LineString, box

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from almaty_planner.core import access as fca
from almaty_planner.core import reach
from almaty_planner.core.provision import compute_provision

SIDE = 26_000.0  # about Almaty's 683 km2
CRS = 32643
RADIUS = 500.0


class _Svc:
    """Placeholder service norms (benchmark only)."""

    capacity_unit = "places"

    def demand_terms(self, tier=None, development=None):
        """100 per 1000 residents (placeholder)."""
        sv = SimpleNamespace(value=100.0, is_unverified=True)
        return [SimpleNamespace(basis="per_1000", rate=sv, field=None, coverage_pct=None, option="a")]

    def value(self, key, tier=None, development=None):
        """Placeholder radius and typical size."""
        v = {"radius_m": RADIUS, "typical_size": 1000.0}.get(key)
        return None if v is None else SimpleNamespace(value=v, is_unverified=True)


class _Pack:
    """Placeholder pack."""

    id = "benchmark_placeholder"
    edition = "-"
    content_hash = "-"

    def service(self, service):
        """The one service."""
        return _Svc()


def city(n_points: int, n_facilities: int, seed: int = 0) -> tuple:
    """Units (15x15 grid), clustered population points (2.2M residents) and facilities."""
    rng = np.random.default_rng(seed)
    step = SIDE / 15
    cells = [box(x, y, x + step, y + step) for x in np.arange(0, SIDE - 1, step) for y in np.arange(0, SIDE - 1, step)]
    centres = rng.uniform(0, SIDE, (300, 2))
    xy = centres[rng.integers(0, 300, n_points)] + rng.normal(0, 900, (n_points, 2))
    xy = np.clip(xy, 1, SIDE - 1)
    res = rng.integers(1, 20, n_points).astype(float)
    res *= 2_200_000 / res.sum()
    pts = gpd.GeoDataFrame({"res": res}, geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]), crs=CRS)
    units = gpd.GeoDataFrame({"pop": np.zeros(len(cells))}, geometry=cells, crs=CRS)
    # unit population = residents of its points (so that demand follows the points)
    joined = gpd.sjoin(pts, units, predicate="within")
    units["pop"] = joined.groupby("index_right")["res"].sum().reindex(units.index).fillna(0).to_numpy()
    fxy = xy[rng.integers(0, n_points, n_facilities)] + rng.normal(0, 200, (n_facilities, 2))
    facs = gpd.GeoDataFrame(
        {"cap": rng.integers(300, 1500, n_facilities).astype(float)},
        geometry=gpd.points_from_xy(np.clip(fxy[:, 0], 1, SIDE - 1), np.clip(fxy[:, 1], 1, SIDE - 1)),
        crs=CRS,
    )
    return units, pts, facs


def timed(fn):
    """Run ``fn`` and return (seconds, result)."""
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def street_grid(n_edges: int) -> gpd.GeoDataFrame:
    """A square street grid with about ``n_edges`` segments over the city (one line per segment)."""
    k = int(np.sqrt(n_edges / 2)) + 1
    xs = np.linspace(0, SIDE, k)
    lines = []
    for a in xs:
        for b0, b1 in zip(xs[:-1], xs[1:]):
            lines.append(LineString([(a, b0), (a, b1)]))
            lines.append(LineString([(b0, a), (b1, a)]))
    return gpd.GeoDataFrame(geometry=lines, crs=CRS)


def pysal_2sfca(demand: np.ndarray, supply: np.ndarray, pairs: reach.Pairs) -> tuple[float, np.ndarray]:
    """Time PySAL access's 2SFCA on the same pairs (cost table of pairs within reach)."""
    import logging

    import access
    import pandas as pd

    logging.getLogger("access").setLevel(logging.WARNING)
    cost = pd.DataFrame({"origin": pairs.point, "dest": pairs.facility, "cost": pairs.dist})
    dem = pd.DataFrame({"pop": demand}, index=pd.Index(np.arange(len(demand)), name="geoid"))
    sup = pd.DataFrame({"cap": supply}, index=pd.Index(np.arange(len(supply)), name="geoid"))
    t = time.perf_counter()
    acc = access.Access(
        demand_df=dem,
        demand_value="pop",
        supply_df=sup,
        supply_value="cap",
        cost_df=cost,
        cost_origin="origin",
        cost_dest="dest",
        cost_name="cost",
    )
    acc.two_stage_fca(name="a", max_cost=RADIUS)
    sec = time.perf_counter() - t
    return sec, acc.access_df["a_cap"].reindex(np.arange(len(demand))).fillna(0).to_numpy()


def pysal_end_to_end(n_points: int) -> str:
    """2SFCA from the same point layers: ours (KD-tree pairs + 2SFCA) against PySAL access building
    its own distance table (create_euclidean_distance, every point x every facility)."""
    import logging

    import access

    logging.getLogger("access").setLevel(logging.WARNING)
    _, pts, facs = city(n_points, 2000)
    demand = pts["res"].to_numpy() * 0.1
    supply = facs["cap"].to_numpy()

    def ours() -> np.ndarray:
        xy = np.column_stack([pts.geometry.x, pts.geometry.y])
        fxy = np.column_stack([facs.geometry.x, facs.geometry.y])
        pairs = reach.straight_pairs(xy, fxy, RADIUS)
        return fca.two_step_fca(demand, supply, pairs.point, pairs.facility)[1]

    def theirs() -> np.ndarray:
        dem = gpd.GeoDataFrame({"pop": demand}, geometry=pts.geometry.values, crs=CRS)
        sup = gpd.GeoDataFrame({"cap": supply}, geometry=facs.geometry.values, crs=CRS)
        dem.index.name = sup.index.name = "geoid"
        acc = access.Access(demand_df=dem, demand_value="pop", supply_df=sup, supply_value="cap")
        acc.create_euclidean_distance(threshold=RADIUS)
        acc.two_stage_fca(name="a", max_cost=RADIUS)
        return acc.access_df["a_cap"].reindex(np.arange(len(demand))).fillna(0).to_numpy()

    t_ours, a = timed(ours)
    t_theirs, b = timed(theirs)
    diff = float(np.max(np.abs(a - b) / np.maximum(1e-12, np.abs(b))))
    ratio = t_theirs / max(t_ours, 1e-9)
    ok = "OK" if ratio >= 10 else "BELOW 10x"
    return (
        f"2sfca from the same {n_points} points and 2000 facilities: ours {t_ours:.3f} s, PySAL access "
        f"{t_theirs:.2f} s (its full distance table), speed-up {ratio:.0f}x [{ok} >= 10x]; max rel diff {diff:.1e}"
    )


def main() -> None:
    """Run the benchmark and print a report."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smaller sizes (20k points, 20k edges)")
    args = ap.parse_args()
    n_main = 20_000 if args.quick else 200_000
    curve = (5_000, 20_000) if args.quick else (20_000, 200_000, 1_000_000)
    n_edges = 20_000 if args.quick else 100_000

    print(f"# synthetic city: {n_main} points, 2000 facilities, radius {RADIUS:g} m (placeholder norms)")
    units, pts, facs = city(n_main, 2000)
    kw = {"population_field": "pop", "capacity_field": "cap", "points": pts, "points_population_field": "res"}
    for method in ("unit_balance", "catchment", "assignment", "2sfca", "e2sfca"):
        sec, r = timed(lambda m=method: compute_provision(units, facs, _Pack(), "school", m, **kw))
        ok = "OK" if sec <= 5 else "SLOW"
        pairs = r.meta["pairs_within_reach"]
        print(f"{method:13s} {sec:6.2f} s  [{ok} <= 5 s]  deficit={r.totals['deficit']:.0f} pairs={pairs}")

    # 2SFCA against PySAL access on the same inputs
    xy = np.column_stack([pts.geometry.x, pts.geometry.y])
    fxy = np.column_stack([facs.geometry.x, facs.geometry.y])
    demand = pts["res"].to_numpy() * 0.1
    supply = facs["cap"].to_numpy()
    t_pairs, pairs = timed(lambda: reach.straight_pairs(xy, fxy, RADIUS))
    t_ours, (_, ours) = timed(lambda: fca.two_step_fca(demand, supply, pairs.point, pairs.facility))
    try:
        t_pysal, theirs = pysal_2sfca(demand, supply, pairs)
        diff = float(np.max(np.abs(ours - theirs) / np.maximum(1e-12, np.abs(theirs))))
        ratio = t_pysal / max(t_ours, 1e-9)
        ok = "OK" if ratio >= 10 else "BELOW 10x"
        print(
            f"2sfca on the same {len(pairs)} pairs: ours {t_ours:.4f} s, PySAL access {t_pysal:.3f} s, "
            f"speed-up {ratio:.0f}x [{ok} >= 10x]; with our pair search ({t_pairs:.3f} s) "
            f"{t_pysal / (t_ours + t_pairs):.1f}x; max rel diff {diff:.1e}"
        )
        print(pysal_end_to_end(5_000 if args.quick else 20_000))
    except ImportError:
        print("PySAL access not installed here: run with .venv-latest for the comparison")

    # network catchments
    streets = street_grid(n_edges)
    t_graph, graph = timed(lambda: reach.build_graph(streets.geometry))
    t_net, npairs = timed(lambda: reach.network_pairs(graph, xy, fxy, 1000.0))
    ok = "OK" if t_graph + t_net <= 15 else "SLOW"
    print(
        f"network: {graph.n_edges} edges, {len(graph.nodes)} nodes; build {t_graph:.2f} s, "
        f"catchments of 2000 facilities (1000 m) {t_net:.2f} s [{ok} <= 15 s]; pairs {len(npairs)}"
    )

    # cost curve
    print("points     pairs      pairs s   2sfca s   s per M pairs")
    for n in curve:
        _, p, f = city(n, 2000, seed=1)
        pxy = np.column_stack([p.geometry.x, p.geometry.y])
        qxy = np.column_stack([f.geometry.x, f.geometry.y])
        tp, pr = timed(lambda pxy=pxy, qxy=qxy: reach.straight_pairs(pxy, qxy, RADIUS))
        d = p["res"].to_numpy() * 0.1
        ta, _ = timed(lambda d=d, pr=pr, f=f: fca.two_step_fca(d, f["cap"].to_numpy(), pr.point, pr.facility))
        per = (tp + ta) / max(1, len(pr)) * 1e6
        print(f"{n:8d} {len(pr):10d} {tp:9.3f} {ta:9.3f} {per:12.3f}")

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak_mb:.0f} MB [{'OK' if peak_mb <= 2048 else 'OVER'} <= 2048 MB]")


if __name__ == "__main__":
    main()
