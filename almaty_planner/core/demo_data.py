"""Pure helpers of the demo-data builder: exact integer allocation, exact subset picks, site grids.

The builder (``scripts/build_demo_data.py``) uses them to calibrate made-up data to published totals;
they are plain numpy/geopandas and never import qgis.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import geopandas as gpd
import numpy as np
from numpy.typing import NDArray

from almaty_planner.core.errors import InputError
from almaty_planner.core.i18n import tr

log = logging.getLogger(__name__)


def pick_exact(values: Sequence[int] | NDArray[Any], target: int, order: Sequence[int] | None = None) -> NDArray[Any]:
    """Boolean mask of items whose integer ``values`` sum exactly to ``target``.

    Items are taken in ``order`` (default: as given) while they fit; a final swap of one taken item
    for one untaken item closes a remaining gap. Raises InputError when no such pick is found.
    """
    vals = np.asarray(values, dtype=np.int64)
    idx = np.arange(vals.size) if order is None else np.asarray(order, dtype=np.int64)
    mask = np.zeros(vals.size, dtype=bool)
    remaining = int(target)
    for i in idx:
        v = int(vals[i])
        if 0 < v <= remaining:
            mask[i] = True
            remaining -= v
            if remaining == 0:
                return mask
    if remaining == 0:
        return mask
    # swap: drop a taken item t and add an untaken item u with u - t == remaining
    taken: dict[Any, Any] = {}
    for i in idx[::-1]:
        if mask[i]:
            taken.setdefault(int(vals[i]), int(i))
    for i in idx:
        if mask[i] or vals[i] <= 0:
            continue
        need = int(vals[i]) - remaining
        if need == 0:
            mask[i] = True
            return mask
        if need > 0 and need in taken:
            mask[taken[need]] = False
            mask[i] = True
            return mask
    raise InputError(tr("no set of items sums exactly to {target}").format(target=target))


def grid_nodes(polygons: gpd.GeoDataFrame, spacing: float, id_field: str, offset: float = 0.0) -> gpd.GeoDataFrame:
    """Points of a square grid (at multiples of ``spacing`` plus ``offset``) inside the polygons, with their id.

    Sorted by polygon id, then y and x, so that the result does not depend on input order.
    """
    xmin, ymin, xmax, ymax = polygons.total_bounds
    xs = np.arange(np.ceil(xmin / spacing), np.floor(xmax / spacing) + 1) * spacing + offset
    ys = np.arange(np.ceil(ymin / spacing), np.floor(ymax / spacing) + 1) * spacing + offset
    gx, gy = np.meshgrid(xs, ys)
    pts = gpd.GeoDataFrame(
        {"x": gx.ravel(), "y": gy.ravel()},
        geometry=gpd.points_from_xy(gx.ravel(), gy.ravel()),
        crs=polygons.crs,
    )
    joined = gpd.sjoin(pts, polygons[[id_field, polygons.geometry.name]], how="inner", predicate="within")
    joined = joined.drop(columns=["index_right"]).drop_duplicates(subset=["x", "y"], keep="first")
    joined = joined.sort_values([id_field, "y", "x"], kind="stable").reset_index(drop=True)
    return joined


def exact_sizes(sizes: Sequence[int] | NDArray[Any], target: int, steps: Sequence[tuple[int, int]]) -> NDArray[Any]:
    """Adjust a list of standard sizes so that they sum exactly to ``target``.

    ``steps`` lists allowed changes ``(from_size, to_size)``; each is applied to the last items first
    while it brings the sum closer to ``target``. Raises InputError if the target is not reached.
    """
    out = np.asarray(sizes, dtype=np.int64).copy()
    changed = True
    while out.sum() != target and changed:
        changed = False
        gap = int(out.sum() - target)
        for a, b in steps:
            delta = a - b
            if delta == 0 or (gap > 0) != (delta > 0) or abs(delta) > abs(gap):
                continue
            where = np.nonzero(out == a)[0]
            if where.size:
                out[where[-1]] = b
                changed = True
                break
    if out.sum() != target:
        raise InputError(tr("standard sizes cannot sum exactly to {target}").format(target=target))
    return out
