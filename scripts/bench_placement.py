"""Benchmark of the placement (where to build), with ratios measured in one run.

1. 200,000 population points x 2,000 candidate sites, COUNT 40, capacitated (1,200 places a site):
   ``greedy`` with swaps through compute_placement (demand preparation, reach, existing facilities,
   placement) -- target at most 30 s on 2 cores; then ``exact`` on the same instance with a time
   limit, and the greedy answer's distance to it (target: within 2% where exact finishes).
2. 10,000 points x 500 candidates: ``exact`` within 60 s or an honest gap; greedy against it.
3. The same 10,000 x 500 instance uncapacitated, against PySAL spopt's MCLP (model build and solve
   with CBC, from the dense distance matrix it needs) when spopt is installed (.venv-latest).

4. With ``--processing`` (QGIS stack, .venv): part 1's instance through ``processing.run`` as a
   planner runs it (layers in a temporary GeoPackage), beside the ``provision`` check's assignment
   method on the same layers in the same process (the ratio placement / provision).

Synthetic data only (clustered residents on a 20 km square, made up here).
Run: .venv-latest/bin/python scripts/bench_placement.py   (or .venv/bin/python: without spopt)
     .venv/bin/python scripts/bench_placement.py --processing
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import SimpleNamespace as Ns
from typing import Any

import geopandas as gpd
import numpy as np
from shapely.geometry import box

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from almaty_planner.core import placement_solver as ps
from almaty_planner.core import reach
from almaty_planner.core.placement import compute_placement

CRS = "EPSG:32643"
X0, Y0 = 600000.0, 4780000.0
SIDE = 20000.0
RADIUS = 500.0


class _Service:
    """A stand-in service: 148 places per 1000 residents (the demo's derived rate), 500 m, 1,200 places."""

    capacity_unit = "places"
    keys = ("radius_m", "typical_size")

    def demand_terms(self, tier: Any = None, development: Any = None) -> list[Ns]:
        return [Ns(basis="per_1000", rate=_sv(148.0), field=None, option="a")]

    def value(self, key: str, tier: Any = None, development: Any = None) -> Ns | None:
        return {"radius_m": _sv(RADIUS, key), "typical_size": _sv(1200.0, key)}.get(key)


def _sv(value: float, key: str = "") -> Ns:
    return Ns(
        value=value, is_unverified=False, unit="", document="bench", clause="", edition="", confidence="D", key=key
    )


class _Pack:
    id = "bench"
    edition = ""
    content_hash = ""

    def service(self, service: str) -> _Service:
        return _Service()


def city(n_points: int, n_candidates: int, seed: int = 1) -> dict[str, gpd.GeoDataFrame]:
    """Clustered residents on a 20 km square in 400 units of 1 km2; 150 existing schools; candidates."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, SIDE, (60, 2))
    which = rng.integers(0, len(centres), n_points)
    xy = centres[which] + rng.normal(0, 1200, (n_points, 2))
    xy = np.clip(xy, 1, SIDE - 1)
    residents = rng.integers(1, 8, n_points).astype(float)
    cells = [
        box(X0 + i * 1000, Y0 + j * 1000, X0 + (i + 1) * 1000, Y0 + (j + 1) * 1000)
        for i in range(20)
        for j in range(20)
    ]
    units = gpd.GeoDataFrame({"uid": range(len(cells))}, geometry=cells, crs=CRS)
    cell_of = (xy[:, 0] // 1000).astype(int) * 20 + (xy[:, 1] // 1000).astype(int)
    units["pop"] = np.bincount(cell_of, weights=residents, minlength=len(cells))
    points = gpd.GeoDataFrame({"res": residents}, geometry=gpd.points_from_xy(X0 + xy[:, 0], Y0 + xy[:, 1]), crs=CRS)
    fxy = rng.uniform(0, SIDE, (150, 2))
    schools = gpd.GeoDataFrame(
        {"cap": rng.integers(300, 1200, len(fxy)).astype(float)},
        geometry=gpd.points_from_xy(X0 + fxy[:, 0], Y0 + fxy[:, 1]),
        crs=CRS,
    )
    cxy = rng.uniform(0, SIDE, (n_candidates, 2))
    cands = gpd.GeoDataFrame(
        {"site": range(n_candidates)}, geometry=gpd.points_from_xy(X0 + cxy[:, 0], Y0 + cxy[:, 1]), crs=CRS
    )
    return {"units": units, "points": points, "schools": schools, "cands": cands}


def place(layers: dict[str, gpd.GeoDataFrame], method: str, count: int, time_limit: float) -> tuple[float, Any]:
    """compute_placement as the Processing algorithm calls it; (seconds, result)."""
    start = time.perf_counter()
    res = compute_placement(
        layers["units"],
        layers["schools"],
        layers["cands"],
        _Pack(),
        "school",
        population_field="pop",
        capacity_field="cap",
        points=layers["points"],
        points_population_field="res",
        count=count,
        method=method,
        time_limit_s=time_limit,
    )
    return time.perf_counter() - start, res


def say(text: str) -> None:
    """One line of the benchmark's report."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def report(label: str, sec: float, res: Any) -> None:
    """One line per run."""
    m = res.meta
    gap = "" if m["gap"] is None else f", gap {100 * m['gap']:.3f}%"
    say(
        f"{label}: {sec:6.1f} s, served {m['served_new']:,.1f} of {m['deficit_before']:,.1f} unserved "
        f"({m['sites_chosen']} sites, swaps {m['swaps']}){gap}; {m['status']}"
    )


def processing_part() -> None:
    """Part 1's instance through processing.run, beside provision (assignment) on the same layers."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    for path in ("/usr/share/qgis/python/plugins", str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins")):
        if path not in sys.path and Path(path).is_dir():
            sys.path.append(path)
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from almaty_planner.processing_provider.provider import AlmatyPlannerProvider

    provider = AlmatyPlannerProvider()  # kept referenced: the registry does not own a Python provider
    QgsApplication.processingRegistry().addProvider(provider)
    layers = city(200_000, 2_000)
    with tempfile.TemporaryDirectory() as tmp:
        gpkg = Path(tmp) / "bench.gpkg"
        for name, gdf in layers.items():
            gdf.to_file(gpkg, layer=name, driver="GPKG")
        common = {
            "UNITS": f"{gpkg}|layername=units",
            "POPULATION_FIELD": "pop",
            "POPULATION_POINTS": f"{gpkg}|layername=points",
            "POINTS_POPULATION_FIELD": "res",
            "FACILITIES": f"{gpkg}|layername=schools",
            "CAPACITY_FIELD": "cap",
            "SERVICE": "school",
            "NORM_PACK": "almaty_2040",
            "RADIUS_M": RADIUS,
            "OUTPUT": "memory:",
        }
        start = time.perf_counter()
        processing.run("almaty_planner:provision", {**common, "METHOD": "assignment"}, feedback=QgsProcessingFeedback())
        t_prov = time.perf_counter() - start
        start = time.perf_counter()
        res = processing.run(
            "almaty_planner:facility_placement",
            {
                **common,
                "CANDIDATES": f"{gpkg}|layername=cands",
                "COUNT": 40,
                "PLACEMENT_METHOD": "greedy",
                "OUTPUT_UNITS": "memory:",
            },
            feedback=QgsProcessingFeedback(),
        )
        t_place = time.perf_counter() - start
    say("4. processing.run, 200,000 points x 2,000 candidates, COUNT 40 (almaty_2040 school demand)")
    say(f"   provision (assignment): {t_prov:6.1f} s")
    say(f"   facility_placement greedy: {t_place:6.1f} s (target 30 s); {res['STATUS']}")
    say(f"   ratio placement / provision: {t_place / t_prov:.2f}")
    app.exitQgis()


def main() -> None:
    """Run the three parts and print the ratios."""
    if "--processing" in sys.argv[1:]:
        processing_part()
        return
    say("1. 200,000 points x 2,000 candidates, COUNT 40, capacitated")
    big = city(200_000, 2_000)
    t_g, g = place(big, "greedy", 40, 600)
    report("   greedy", t_g, g)
    t_e, e = place(big, "exact", 40, 120)
    report("   exact (time limit 120 s)", t_e, e)
    say(
        f"   greedy / exact served: {g.meta['served_new'] / max(e.meta['served_new'], 1e-9):.4f}; "
        f"greedy time / exact time: {t_g / t_e:.3f}"
    )

    say("2. 10,000 points x 500 candidates, COUNT 40, capacitated")
    small = city(10_000, 500, seed=2)
    t_g2, g2 = place(small, "greedy", 40, 600)
    report("   greedy", t_g2, g2)
    t_e2, e2 = place(small, "exact", 40, 60)
    report("   exact (time limit 60 s)", t_e2, e2)
    say(f"   greedy / exact served: {g2.meta['served_new'] / max(e2.meta['served_new'], 1e-9):.4f}")

    say("3. the same 10,000 x 500 instance, uncapacitated (maximal covering), COUNT 40")
    pts = np.column_stack([small["points"].geometry.x, small["points"].geometry.y])
    sites = np.column_stack([small["cands"].geometry.x, small["cands"].geometry.y])
    weights = small["points"]["res"].to_numpy(dtype=float)
    start = time.perf_counter()
    pairs = reach.straight_pairs(pts, sites, RADIUS)
    big_cap = np.full(len(sites), weights.sum())
    model = ps.Model(weights, big_cap, pairs.point, pairs.facility, pairs.dist)
    ours = ps.solve_exact(model, range(len(sites)), 40, None, time_limit_s=60)
    t_ours = time.perf_counter() - start
    start = time.perf_counter()
    ours_g = ps.solve_greedy(
        ps.Model(weights, big_cap, pairs.point, pairs.facility, pairs.dist), range(len(sites)), 40, None
    )
    t_ours_g = time.perf_counter() - start
    say(f"   ours exact : {t_ours:6.2f} s, covered {ours.served:,.1f} ({ours.status})")
    say(f"   ours greedy: {t_ours_g:6.2f} s, covered {ours_g.served:,.1f}")
    try:
        import pulp
        from spopt.locate import MCLP
    except ImportError:
        say("   spopt is not installed in this environment: run with .venv-latest for the comparison")
        return
    start = time.perf_counter()
    cost = np.hypot(pts[:, None, 0] - sites[None, :, 0], pts[:, None, 1] - sites[None, :, 1])
    mclp = MCLP.from_cost_matrix(cost, weights, service_radius=RADIUS, p_facilities=40)
    t_build = time.perf_counter() - start
    mclp = mclp.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=600))
    t_spopt = time.perf_counter() - start
    covered = weights[[i for i in range(len(pts)) if mclp.cli2fac[i]]].sum()
    say(f"   spopt MCLP : {t_spopt:6.2f} s (model build {t_build:.2f} s), covered {covered:,.1f}")
    say(
        f"   ratios: ours exact / spopt time {t_ours / t_spopt:.3f}, covered {ours.served / covered:.6f}; "
        f"ours greedy / spopt time {t_ours_g / t_spopt:.3f}, covered {ours_g.served / covered:.6f}"
    )


if __name__ == "__main__":
    main()
