"""Uncapacitated placement against an independent implementation, PySAL ``spopt``'s MCLP (test-only).

``spopt`` is installed in .venv-latest only (it needs the newest geopandas and pandas); in .venv this
module is skipped as a whole (the brute-force cases in test_placement.py run in both environments).
"""

from __future__ import annotations

import logging

import numpy as np
import pytest

spopt_locate = pytest.importorskip(
    "spopt.locate",
    reason="PySAL spopt needs the newest geopandas and pandas: this cross-check runs on the newest pip stack "
    "(.venv-latest, the first half of scripts/test), not on Debian 12's stack",
)
pulp = pytest.importorskip("pulp")

from almaty_planner.core import placement_solver as ps  # noqa: E402
from almaty_planner.core import reach  # noqa: E402

RADIUS = 400.0


@pytest.mark.parametrize(("seed", "count"), [(1, 3), (2, 5), (3, 8)])
def test_uncapacitated_objective_equals_spopt_mclp(seed: int, count: int) -> None:
    """With capacities no site can fill, the demand served is the demand covered: exact mode finds
    spopt's MCLP optimum (CBC) to 1e-6, greedy with swaps never more."""
    logging.getLogger("spopt").setLevel(logging.WARNING)
    rng = np.random.default_rng(seed)
    pts = rng.uniform(0, 3000, (150, 2))
    sites = rng.uniform(0, 3000, (30, 2))
    weights = rng.integers(1, 50, len(pts)).astype(float)
    cost = np.hypot(pts[:, None, 0] - sites[None, :, 0], pts[:, None, 1] - sites[None, :, 1])
    mclp = spopt_locate.MCLP.from_cost_matrix(cost, weights, service_radius=RADIUS, p_facilities=count)
    mclp = mclp.solve(pulp.PULP_CBC_CMD(msg=False))
    covered = weights[[i for i in range(len(pts)) if mclp.cli2fac[i]]].sum()

    pairs = reach.straight_pairs(pts, sites, RADIUS)
    capacity = np.full(len(sites), weights.sum())
    model = ps.Model(weights, capacity, pairs.point, pairs.facility, pairs.dist)
    exact = ps.solve_exact(model, range(len(sites)), count, None, time_limit_s=60)
    greedy = ps.solve_greedy(
        ps.Model(weights, capacity, pairs.point, pairs.facility, pairs.dist), range(30), count, None
    )
    assert exact.proven_optimal
    assert exact.served == pytest.approx(covered, rel=1e-6)
    assert greedy.served <= covered * (1 + 1e-6)
    assert greedy.served >= 0.9 * covered
