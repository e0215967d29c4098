"""Dasymetric population: share each unit's residents among its buildings.

Each building belongs to the unit that contains a point inside its footprint; the unit's population is
split in proportion to the building's floor area (footprint x floors) or its footprint alone. With
``whole_residents`` (the default) a unit with a whole number of residents gives whole residents to its
buildings (largest remainder), so that the buildings of every unit add up exactly to its population.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import geopandas as gpd
import numpy as np
from numpy.typing import NDArray

from almaty_planner.core.errors import InputError
from almaty_planner.core.geo import point_coords, points_in_polygons, to_metric
from almaty_planner.core.i18n import tr
from almaty_planner.core.results import keep_inputs, unit_names
from almaty_planner.core.validation import (
    check_geometries,
    numeric_field,
    require_field,
    require_not_empty,
    require_unique_ids,
)

WEIGHTS = ("floor_area", "footprint")
OUTPUT_COLUMNS = ("unit_name", "footprint_m2", "floor_area_m2", "population")


def largest_remainder(weights: Sequence[float] | NDArray[Any], total: int) -> NDArray[Any]:
    """Split the integer ``total`` into integers proportional to ``weights`` (largest remainder).

    The result sums exactly to ``total``; ties are broken by position (stable, deterministic).
    """
    w = np.asarray(weights, dtype=float)
    if total < 0:
        raise InputError(tr("cannot share a negative total ({total})").format(total=total))
    if w.size == 0:
        if total:
            raise InputError(tr("cannot share {total} among no items").format(total=total))
        return np.zeros(0, dtype=np.int64)
    if np.any(~np.isfinite(w)) or np.any(w < 0):
        raise InputError(tr("weights must be finite and not negative"))
    if w.sum() <= 0:
        w = np.ones_like(w)
    exact = w / w.sum() * total
    base = np.floor(exact).astype(np.int64)
    rest = int(total - base.sum())
    if rest:
        order = np.argsort(-(exact - base), kind="stable")
        base[order[:rest]] += 1
    return cast("NDArray[Any]", base)


def distribute_population(
    units: gpd.GeoDataFrame,
    buildings: gpd.GeoDataFrame,
    *,
    population_field: str,
    weight: str = "floor_area",
    floors_field: str | None = None,
    default_floors: float | None = None,
    unit_id_field: str | None = None,
    unit_name_field: str | None = None,
    whole_residents: bool = True,
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Buildings with ``unit_name``, ``footprint_m2``, ``floor_area_m2`` and their share of ``population``.

    ``weight`` is ``floor_area`` (footprint x floors; floors from ``floors_field``, ``default_floors``
    where it is empty) or ``footprint``. Buildings outside every unit get no population (a warning
    says how many); a unit with residents but no building keeps them undistributed (a warning names it).
    Returns the buildings (a copy, in their own CRS) and the warnings.
    """
    warnings: list[str] = []
    require_not_empty(units, "units")
    require_not_empty(buildings, "buildings")
    if weight not in WEIGHTS:
        raise InputError(tr("unknown weight {weight}; use floor_area or footprint").format(weight=weight))
    if unit_id_field:
        require_unique_ids(units, unit_id_field, "units")
    population = numeric_field(units, population_field, "units", unit_id_field).to_numpy()
    unit_fixed, w = check_geometries(units, "units", unit_id_field)
    warnings += w
    bld_fixed, w = check_geometries(buildings, "buildings")
    warnings += w
    metric = to_metric({"units": unit_fixed, "buildings": bld_fixed})
    warnings += metric.warnings
    footprint = metric.layers["buildings"].geometry.area.to_numpy(dtype=float)
    if weight == "floor_area":
        if not floors_field:
            raise InputError(tr("give the field with the number of floors"), layer="buildings")
        require_field(buildings, floors_field, "buildings")
        floors = numeric_field(
            buildings, floors_field, "buildings", allow_null=default_floors is not None, null_value=default_floors
        ).to_numpy()
        floor_area = footprint * floors
        basis = floor_area
    else:
        floor_area = footprint * np.nan
        basis = footprint
    unit_of = points_in_polygons(point_coords(metric.layers["buildings"]), metric.layers["units"].geometry)
    n_units = len(units)
    inside = unit_of >= 0
    totals = np.bincount(unit_of[inside], weights=basis[inside], minlength=n_units)
    share = np.zeros(len(buildings))
    denominators = totals[np.where(inside, unit_of, 0)]
    ok = inside & (denominators > 0)
    share[ok] = basis[ok] / denominators[ok]
    bld_population = np.where(ok, population[np.where(inside, unit_of, 0)] * share, 0.0)
    if whole_residents:
        for unit in np.flatnonzero((totals > 0) & (population == np.round(population))):
            members = np.flatnonzero(ok & (unit_of == unit))
            bld_population[members] = largest_remainder(basis[members], int(population[unit]))

    names = unit_names(units, unit_name_field, unit_id_field).to_numpy()
    if (~inside).any():
        warnings.append(
            tr("{n} buildings lie outside every unit and received no residents").format(n=int((~inside).sum()))
        )
    empty = np.flatnonzero((population > 0) & (totals <= 0))
    if len(empty):
        warnings.append(
            tr("units without buildings (or with zero floor area) kept their residents undistributed: {units}").format(
                units=", ".join(str(names[i]) for i in empty[:5])
            )
        )
    out, w = keep_inputs(buildings, OUTPUT_COLUMNS)
    warnings += w
    out["unit_name"] = [names[i] if i >= 0 else None for i in unit_of]
    out["footprint_m2"] = footprint
    out["floor_area_m2"] = [None if not np.isfinite(v) else float(v) for v in floor_area]
    out["population"] = bld_population
    return out, warnings
