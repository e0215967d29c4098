"""Benchmark of the regional standards of settlements (kz_srs checklist, made-up settlements).

Random, seeded settlements (points over 200 km x 200 km, 50-20,000 residents, tiers 4-5, service
attributes with a tenth empty) and three objects per settlement of the checklist's kinds. Reports, in
the same run, the check, the ranking of what to build and the greedy plan to 70% for 1/10 of the
settlements and for all of them, and the ratio between the two sizes (no target is set by the issue;
Kazakhstan has about 6,300 rural settlements).

Usage: python scripts/bench_srs.py [--settlements 6300]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
from shapely.geometry import Point

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from almaty_planner.core.norms import load_pack
from almaty_planner.core.standards import (
    SettlementInputs,
    check_settlements,
    combine_objects,
    plan_to_target,
    rank_actions,
    standards_of,
)

FLAGS = ("water_supply", "sewerage", "gas", "hard_surface_road", "public_transport_stop", "mobile_internet")


def made_up(n: int, kinds: list[str], seed: int = 1) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """``n`` settlements and ``3 n`` objects (seeded)."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 200_000, (n, 2))
    pop = np.exp(rng.uniform(np.log(50), np.log(20_000), n)).round()
    flags = {
        f: rng.choice(np.array([0, 1, None], dtype=object), n, p=[0.3, 0.6, 0.1]) for f in (*FLAGS, "school_transport")
    }
    settlements = gpd.GeoDataFrame(
        {"sid": np.arange(n), "pop": pop, "tier": np.where(pop >= 5000, 4, 5), **flags},
        geometry=[Point(x, y) for x, y in xy],
        crs=32643,
    )
    m = 3 * n
    oxy = xy[rng.integers(0, n, m)] + rng.normal(0, 500, (m, 2))
    objects = gpd.GeoDataFrame(
        {"kind": rng.choice(kinds, m), "capacity": rng.integers(50, 300, m).astype(float)},
        geometry=[Point(x, y) for x, y in oxy],
        crs=32643,
    )
    return settlements, objects


def run(n: int, pack: object, kinds: list[str]) -> dict[str, float]:
    """Seconds of the check, the ranking and the plan for ``n`` settlements."""
    settlements, objects = made_up(n, kinds)
    inputs = SettlementInputs(
        settlements,
        "pop",
        combine_objects([("objects", objects)], "kind", "capacity"),
        "kind",
        tier_field="tier",
        id_field="sid",
        capacity_field="capacity",
    )
    t0 = time.perf_counter()
    result = check_settlements(inputs, pack)
    t1 = time.perf_counter()
    ranked = rank_actions(result)
    t2 = time.perf_counter()
    plan = plan_to_target(result, 70.0)
    t3 = time.perf_counter()
    print(
        f"{n:>6} settlements, {len(result.details):>7} checklist rows: check {t1 - t0:6.2f} s, "
        f"ranking of {len(ranked):>6} objects {t2 - t1:5.2f} s, greedy plan of {len(plan):>5} objects {t3 - t2:5.2f} s"
    )
    return {"check": t1 - t0, "rank": t2 - t1, "plan": t3 - t2}


def main() -> int:
    """Run both sizes and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settlements", type=int, default=6300)
    args = parser.parse_args()
    pack = load_pack("kz_srs")
    kinds = sorted(standards_of(pack).kinds)
    small = run(max(10, args.settlements // 10), pack, kinds)
    large = run(args.settlements, pack, kinds)
    ratios = ", ".join(f"{k} {large[k] / max(small[k], 1e-9):.1f}x" for k in large)
    print(f"10x the settlements costs: {ratios}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
