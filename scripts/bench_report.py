"""Benchmark of the Excel deficit report: 10,000 units (target: at most 5 s).

Made-up numbers (random, seeded), written to a temporary folder and deleted. Reports, in the same
run, the time for 1,000 and 10,000 units (one provision service) and for 10,000 units with three
services (school, kindergarten, green space), and the ratios between them.

Usage: python scripts/bench_report.py [--units 10000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from almaty_planner.core.report import write_deficit_report

PACK = {"norm_pack": "bench", "norm_pack_edition": "0", "norm_pack_hash": "0" * 64, "norm_unverified": ""}


def provision(service: str, n: int, rng: np.random.Generator) -> pd.DataFrame:
    """A random provision table of ``n`` units."""
    population = rng.integers(100, 50000, n).astype(float)
    demand = population * 0.15
    capacity = demand * rng.uniform(0.4, 1.4, n)
    deficit = np.clip(demand - capacity, 0, None)
    return pd.DataFrame(
        {
            "unit_name": [f"Микрорайон {i}" for i in range(n)],
            "service": service,
            "method": "unit_balance",
            **PACK,
            "population": population,
            "demand": demand,
            "capacity": capacity,
            "provision_pct": 100 * capacity / demand,
            "deficit": deficit,
            "surplus": np.clip(capacity - demand, 0, None),
            "objects_needed": np.ceil(deficit / 1200),
            "covered_pop": population * 0.8,
            "uncovered_pop": population * 0.2,
            "meets_norm": deficit == 0,
        }
    )


def green(n: int, rng: np.random.Generator) -> pd.DataFrame:
    """A random green-space table of ``n`` units."""
    population = rng.integers(100, 50000, n).astype(float)
    green_m2 = population * rng.uniform(0, 15, n)
    demand = population * 6.9
    deficit = np.clip(demand - green_m2, 0, None)
    return pd.DataFrame(
        {
            "unit_name": [f"Микрорайон {i}" for i in range(n)],
            "service": "green_space",
            "method": "unit_balance",
            **PACK,
            "population": population,
            "green_m2": green_m2,
            "green_m2_per_resident": green_m2 / population,
            "norm_m2_per_resident": 6.9,
            "demand": demand,
            "capacity": green_m2,
            "deficit": deficit,
            "green_deficit_ha": deficit / 1e4,
            "provision_pct": 100 * green_m2 / demand,
            "meets_norm": deficit == 0,
        }
    )


def timed(folder: Path, name: str, tables: list[pd.DataFrame]) -> float:
    """Seconds to write one report."""
    start = time.perf_counter()
    write_deficit_report(folder / f"{name}.xlsx", tables, language="ru", run_meta={"synthetic": "benchmark"})
    return time.perf_counter() - start


def main() -> int:
    """Run the benchmark and print the times and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=10000)
    args = parser.parse_args()
    n = args.units
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        timed(folder, "warmup", [provision("school", 50, rng)])
        small = timed(folder, "small", [provision("school", n // 10, rng)])
        one = timed(folder, "one", [provision("school", n, rng)])
        three = timed(folder, "three", [provision("school", n, rng), provision("kindergarten", n, rng), green(n, rng)])
    print(f"{n // 10:>6} units, 1 service : {small:6.2f} s")
    print(f"{n:>6} units, 1 service : {one:6.2f} s  (x{one / small:.1f} for x10 units)")
    print(f"{n:>6} units, 3 services: {three:6.2f} s  (x{three / one:.1f} for x3 services)")
    ok = one <= 5.0
    print(f"target: {n} units in at most 5 s -> {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
