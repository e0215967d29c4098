"""Two-step floating catchment (2SFCA) and its distance-decay variant (E2SFCA) on sparse pairs.

Definitions (Luo and Wang 2003; Luo and Qi 2009), for population points ``i`` with demand ``D_i``,
facilities ``j`` with supply ``S_j`` and the pairs within reach ``d_ij <= radius`` (from
:mod:`almaty_planner.core.reach`) with weights ``W(d_ij)``:

* step 1, per facility: ``R_j = S_j / sum_i D_i * W(d_ij)`` (``R_j = 0`` when no demand is in reach);
* step 2, per point: ``A_i = sum_j R_j * W(d_ij)`` (0 when no facility is in reach).

2SFCA uses ``W = 1`` inside the reach. E2SFCA uses a distance decay, applied in both steps exactly as
PySAL ``access`` does:

* step weights (the default): ``{d_1: w_1, d_2: w_2, ...}`` meaning ``w_k`` for the first threshold
  ``d_k`` with ``d <= d_k``, 0 beyond the last one; the default is Luo and Qi's 1, 0.68, 0.22 at one,
  two and three thirds of the radius (a method parameter from the literature, not a norm);
* Gaussian: ``W(d) = exp(-d^2 / (2 sigma^2))`` with ``sigma`` in metres;
* any vectorised callable ``W(d_array) -> weight_array``.

Supply and demand are in the same unit (places, visits per shift, beds), so ``A_i = 1`` means the
residents at ``i`` have exactly the capacity they need within reach.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Union, cast

import numpy as np
from numpy.typing import NDArray

from almaty_planner.core.errors import InputError
from almaty_planner.core.i18n import tr

LUO_QI_STEPS = (1.0, 0.68, 0.22)

Decay = Union[None, float, Mapping[float, float], Callable[[NDArray[Any]], NDArray[Any]]]


def step_weights(dist: NDArray[Any], steps: Mapping[float, float]) -> NDArray[Any]:
    """Weight of each distance: the weight of the first threshold ``>= d``; 0 beyond the last."""
    if not steps:
        raise InputError(tr("the distance-decay steps are empty"))
    thresholds = np.array(sorted(steps), dtype=float)
    values = np.array([steps[k] for k in sorted(steps)], dtype=float)
    if (values < 0).any():
        raise InputError(tr("distance-decay weights must be >= 0"))
    idx = np.searchsorted(thresholds, np.asarray(dist, dtype=float), side="left")
    out = np.zeros(len(idx))
    inside = idx < len(thresholds)
    out[inside] = values[idx[inside]]
    return out


def gaussian_weights(dist: NDArray[Any], sigma: float) -> NDArray[Any]:
    """Gaussian decay ``exp(-d^2 / (2 sigma^2))`` (1 at distance 0, not normalised)."""
    if not sigma or sigma <= 0:
        raise InputError(tr("the Gaussian decay width (sigma) must be > 0"))
    d = np.asarray(dist, dtype=float)
    return cast("NDArray[Any]", np.exp(-d * d / (2.0 * sigma**2)))


def default_steps(radius: float) -> dict[float, float]:
    """Luo and Qi's step weights at one, two and three thirds of ``radius``."""
    return {radius / 3.0: LUO_QI_STEPS[0], 2.0 * radius / 3.0: LUO_QI_STEPS[1], float(radius): LUO_QI_STEPS[2]}


def decay_weights(dist: NDArray[Any], decay: Decay, radius: float) -> NDArray[Any]:
    """Weights of distances for E2SFCA: ``decay`` is None (Luo-Qi steps), a sigma, a step map or a callable."""
    if decay is None:
        return step_weights(dist, default_steps(radius))
    if isinstance(decay, Mapping):
        return step_weights(dist, decay)
    if callable(decay):
        return np.asarray(decay(np.asarray(dist, dtype=float)), dtype=float)
    return gaussian_weights(dist, float(decay))


def decay_label(decay: Decay, radius: float | None) -> str:
    """A short text saying which weights were used (for the result's metadata)."""
    if decay is None:
        if radius is None:
            return "step 1/0.68/0.22 at thirds of the radius (Luo and Qi 2009)"
        steps = default_steps(radius)
        return "step " + ", ".join(f"<={k:g} m: {v:g}" for k, v in steps.items()) + " (Luo and Qi 2009)"
    if isinstance(decay, Mapping):
        return "step " + ", ".join(f"<={k:g} m: {decay[k]:g}" for k in sorted(decay))
    if callable(decay):
        return getattr(decay, "__name__", "custom")
    return f"gaussian sigma={float(decay):g} m"


def two_step_fca(
    demand: NDArray[Any],
    supply: NDArray[Any],
    point: NDArray[Any],
    facility: NDArray[Any],
    weight: NDArray[Any] | None = None,
) -> tuple[NDArray[Any], NDArray[Any]]:
    """Return ``(R_j per facility, A_i per point)`` of (E)2SFCA over pairs ``(point[k], facility[k])``.

    ``weight`` is ``W(d)`` per pair (None: 1 for every pair, i.e. plain 2SFCA).
    """
    demand = np.asarray(demand, dtype=float)
    supply = np.asarray(supply, dtype=float)
    point = np.asarray(point, dtype=np.int64)
    facility = np.asarray(facility, dtype=np.int64)
    w = np.ones(point.size) if weight is None else np.asarray(weight, dtype=float)
    reached = np.bincount(facility, weights=w * demand[point], minlength=len(supply))
    ratio = np.zeros(len(supply))
    ok = reached > 0
    ratio[ok] = supply[ok] / reached[ok]
    access = np.bincount(point, weights=w * ratio[facility], minlength=len(demand))
    return ratio, access
