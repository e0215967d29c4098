"""Benchmark of the green space and engineering gap checks on synthetic city-sized data.

Usage: python scripts/bench_green_engineering.py [--scale 1.0] [--seed 1]
Default size (issue 5): 8 districts, 10,000 green polygons, 500,000 buildings; the target is at most
10 s for both checks together. All data is random (made up), in EPSG:32643. Reports the seconds of
each step and the ratio to the 10 s budget, measured in this run.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
from shapely.geometry import LineString, Point, box

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from almaty_planner.core.engineering import compute_engineering_gap
from almaty_planner.core.green import compute_green_space

log = logging.getLogger("bench_green_engineering")
X0, Y0, SIDE = 600_000.0, 4_770_000.0, 9_250.0  # 8 x 85.6 km2 ~ the city's 683.5 km2
BUDGET_S = 10.0


def make_data(scale: float, seed: int) -> dict[str, gpd.GeoDataFrame]:
    """Districts, green polygons, buildings (points) and sewer mains, all made up."""
    rng = np.random.default_rng(seed)
    n_green, n_build = int(10_000 * scale), int(500_000 * scale)
    districts = gpd.GeoDataFrame(
        {"name": [f"D{i}" for i in range(8)], "pop": rng.integers(150_000, 350_000, 8)},
        geometry=[
            box(X0 + (i % 4) * SIDE, Y0 + (i // 4) * SIDE, X0 + (i % 4 + 1) * SIDE, Y0 + (i // 4 + 1) * SIDE)
            for i in range(8)
        ],
        crs="EPSG:32643",
    )
    cx = rng.uniform(X0, X0 + 4 * SIDE, n_green)
    cy = rng.uniform(Y0, Y0 + 2 * SIDE, n_green)
    size = rng.lognormal(4.0, 0.8, n_green)  # ~55 m median side, some large parks
    shapes = [
        Point(x, y).buffer(s / 2, 4) if i % 3 == 0 else box(x, y, x + s, y + s * 0.7)
        for i, (x, y, s) in enumerate(zip(cx, cy, size))
    ]
    green = gpd.GeoDataFrame({"gid": np.arange(n_green)}, geometry=shapes, crs="EPSG:32643")
    bx = rng.uniform(X0, X0 + 4 * SIDE, n_build)
    by = rng.uniform(Y0, Y0 + 2 * SIDE, n_build)
    buildings = gpd.GeoDataFrame(
        {"residents": rng.integers(1, 40, n_build), "water": rng.choice(["да", "нет"], n_build, p=[0.98, 0.02])},
        geometry=gpd.points_from_xy(bx, by),
        crs="EPSG:32643",
    )
    ys = np.arange(Y0 + 100, Y0 + 2 * SIDE, 400.0)
    mains = gpd.GeoDataFrame(
        geometry=[LineString([(X0, y), (X0 + 4 * SIDE * 0.8, y + 50)]) for y in ys], crs="EPSG:32643"
    )
    return {"districts": districts, "green": green, "buildings": buildings, "mains": mains}


def main() -> None:
    """Build the data, time each check, print the times and the ratio to the budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the issue's data size")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("almaty_planner").setLevel(logging.ERROR)
    t0 = time.perf_counter()
    data = make_data(args.scale, args.seed)
    t_data = time.perf_counter() - t0
    norms = {"norm_m2_per_resident": 16.05, "norm_residential_m2_per_resident": 6.0, "target_connected_pct": 100.0}

    t0 = time.perf_counter()
    g = compute_green_space(data["districts"], data["green"], norms, population_field="pop", unit_name_field="name")
    t_green = time.perf_counter() - t0
    t0 = time.perf_counter()
    ga = compute_green_space(
        data["districts"],
        data["green"],
        norms,
        population_field="pop",
        points=data["buildings"],
        points_population_field="residents",
        walk_radius_m=500,
        min_park_area_m2=10_000,
    )
    t_access = time.perf_counter() - t0
    t0 = time.perf_counter()
    e = compute_engineering_gap(
        data["districts"],
        norms,
        buildings=data["buildings"],
        residents_field="residents",
        sewer_mains=data["mains"],
        connection_distance_m=100,
        water_field="water",
    )
    t_eng = time.perf_counter() - t0
    total = t_green + t_eng
    import geopandas
    import shapely

    log.info("stack: geopandas %s, shapely %s, numpy %s", geopandas.__version__, shapely.__version__, np.__version__)
    log.info(
        "data: %d districts, %d green polygons, %d buildings, %d mains (made in %.2f s)",
        len(data["districts"]),
        len(data["green"]),
        len(data["buildings"]),
        len(data["mains"]),
        t_data,
    )
    log.info("green space per resident:            %6.2f s", t_green)
    log.info("green space + walk access (buildings): %6.2f s", t_access)
    log.info("engineering gap (mains + flags):     %6.2f s", t_eng)
    log.info("green + engineering: %.2f s = %.2f x the %.0f s budget", total, total / BUDGET_S, BUDGET_S)
    log.info("with walk access:    %.2f s = %.2f x the budget", t_access + t_eng, (t_access + t_eng) / BUDGET_S)
    log.info(
        "check: green %.0f m2/resident city-wide, %.1f%% within 500 m; sanitation gap %.1f%%, water gap %.1f%%",
        g.totals["green_m2_per_resident"],
        ga.totals["green_access_pct"],
        e.totals["sanitation_gap_pct"],
        e.totals["water_gap_pct"],
    )


if __name__ == "__main__":
    main()
