"""2SFCA and E2SFCA against an independent implementation, PySAL ``access`` (test-only dependency).

``access`` is installed in .venv-latest only; in .venv this module is skipped as a whole (the
hand-computed 2SFCA cases in test_provision.py run in both environments).
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd
import pytest

pysal_access = pytest.importorskip(
    "access",
    reason="PySAL access (geopandas >= 1, pandas >= 2.1) is installed on the newest pip stack only: this "
    "cross-check runs there (.venv-latest, the first run of scripts/test), not on the QGIS 3.22 and 3.44 stacks",
)

from almaty_planner.core import access as fca  # noqa: E402
from almaty_planner.core import reach  # noqa: E402

RADIUS = 300.0


@pytest.fixture(scope="module")
def layout() -> dict[str, np.ndarray]:
    """Random demand points and facilities on a 2 km square; full distance matrix for PySAL."""
    rng = np.random.default_rng(42)
    pts = rng.uniform(0, 2000, (300, 2))
    facs = rng.uniform(0, 2000, (25, 2))
    return {
        "pts": pts,
        "facs": facs,
        "demand": rng.uniform(1, 50, len(pts)),
        "supply": rng.uniform(50, 500, len(facs)),
    }


def _pysal(layout: dict[str, np.ndarray], kind: str, weight_fn=None) -> pd.Series:
    """Access ratios from PySAL access, given every pair's distance (PySAL applies max_cost itself)."""
    logging.getLogger("access").setLevel(logging.WARNING)
    pts, facs = layout["pts"], layout["facs"]
    d = np.hypot(pts[:, None, 0] - facs[None, :, 0], pts[:, None, 1] - facs[None, :, 1])
    i, j = np.indices(d.shape)
    cost = pd.DataFrame({"origin": i.ravel(), "dest": j.ravel(), "cost": d.ravel()})
    demand = pd.DataFrame({"geoid": np.arange(len(pts)), "pop": layout["demand"]}).set_index("geoid")
    supply = pd.DataFrame({"geoid": np.arange(len(facs)), "cap": layout["supply"]}).set_index("geoid")
    acc = pysal_access.Access(
        demand_df=demand,
        demand_value="pop",
        supply_df=supply,
        supply_value="cap",
        cost_df=cost,
        cost_origin="origin",
        cost_dest="dest",
        cost_name="cost",
    )
    if kind == "2sfca":
        acc.two_stage_fca(name="a", max_cost=RADIUS)
    else:
        acc.enhanced_two_stage_fca(name="a", max_cost=RADIUS, weight_fn=weight_fn)
    return acc.access_df["a_cap"].reindex(np.arange(len(pts))).fillna(0.0)


def _ours(layout: dict[str, np.ndarray], decay: object, kind: str) -> np.ndarray:
    """Access ratios from our sparse implementation on KD-tree pairs."""
    pairs = reach.straight_pairs(layout["pts"], layout["facs"], RADIUS)
    weight = None if kind == "2sfca" else fca.decay_weights(pairs.dist, decay, RADIUS)
    _, acc = fca.two_step_fca(layout["demand"], layout["supply"], pairs.point, pairs.facility, weight)
    return acc


def test_2sfca_matches_pysal(layout: dict[str, np.ndarray]) -> None:
    """Plain 2SFCA agrees with PySAL access to 1e-9 (relative) at every point."""
    ours = _ours(layout, None, "2sfca")
    theirs = _pysal(layout, "2sfca").to_numpy()
    assert (ours > 0).sum() > 50  # the layout really exercises the catchments
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)


def test_e2sfca_default_steps_match_pysal(layout: dict[str, np.ndarray]) -> None:
    """E2SFCA with Luo-Qi steps at thirds of the radius equals PySAL with the same step_fn."""
    steps = fca.default_steps(RADIUS)
    ours = _ours(layout, None, "e2sfca")
    theirs = _pysal(layout, "e2sfca", pysal_access.weights.step_fn(steps)).to_numpy()
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)


def test_e2sfca_gaussian_matches_pysal(layout: dict[str, np.ndarray]) -> None:
    """E2SFCA with a Gaussian decay (sigma 150 m) equals PySAL's gaussian weights."""
    ours = _ours(layout, 150.0, "e2sfca")
    theirs = _pysal(layout, "e2sfca", pysal_access.weights.gaussian(150.0)).to_numpy()
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)
