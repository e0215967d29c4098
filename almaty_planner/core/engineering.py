"""Residents without centralised sewerage or water supply, per unit and for the city.

Connection comes from an attribute (a flag, a share, a percent or a count of connected residents) on
the units or on buildings / population points, or is inferred from the network: a building within the
connection distance of a sewer or water main is counted as connected (connectable). Targets and the
connection distance come from the norm pack (services ``sewerage`` and ``water_supply``) or the caller.

Public API::

    compute_engineering_gap(units, pack, *, population_field=None, ...) -> EngineeringResult
    parse_flags(values, layer, field, ids) -> numpy bool array
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import geopandas as gpd
import numpy as np
import pandas as pd
from numpy.typing import NDArray

from almaty_planner.core.definitions import norm_key_words
from almaty_planner.core.errors import InputError
from almaty_planner.core.geo import geometry_list, point_coords, to_metric
from almaty_planner.core.geo import points_in_polygons as points_in_units
from almaty_planner.core.green import (
    Progress,
    _pack_label,
    near_mask,
    read_norm,
    report_progress,
)
from almaty_planner.core.i18n import tr
from almaty_planner.core.norms import NormUse
from almaty_planner.core.results import ENGINEERING_COLUMNS, keep_inputs, stamp, unit_names
from almaty_planner.core.validation import (
    check_geometries,
    feature_ids,
    numeric_field,
    require_field,
    require_not_empty,
    require_unique_ids,
)

log = logging.getLogger(__name__)

SERVICE = "engineering_gap"
METHOD = "unit_balance"
SEWER_SERVICES = ("sewerage", "sanitation")
WATER_SERVICES = ("water_supply", "water")
MODES = ("flag", "share", "percent", "count")
EXTRA_COLUMNS = ("pop_with_sewer", "pop_with_water")
TRUE_WORDS = {"1", "1.0", "true", "t", "yes", "y", "да", "д", "иә", "ия", "on"}
FALSE_WORDS = {"0", "0.0", "false", "f", "no", "n", "нет", "н", "жоқ", "off"}


@dataclass
class EngineeringResult:
    """Per-unit table (units' attributes kept, standard columns added), city totals and what was used."""

    units: gpd.GeoDataFrame
    totals: dict[str, Any]
    meta: dict[str, Any]
    norms_used: dict[str, NormUse]
    warnings: list[str] = field(default_factory=list)

    @property
    def uses(self) -> list[NormUse]:
        """Every norm value used."""
        return list(self.norms_used.values())


def _listing(ids: pd.Series) -> str:
    """The first five ids, comma-separated."""
    values = [str(v) for v in ids.iloc[:5]]
    return ", ".join(values) + (tr(" and {n} more").format(n=len(ids) - 5) if len(ids) > 5 else "")


def parse_flags(values: pd.Series, layer: str, field_name: str, ids: pd.Series) -> NDArray[Any]:
    """Connected or not from 1/0, true/false, yes/no, да/нет, иә/жоқ; refuses empty or other values."""
    if values.isna().any():
        raise InputError(
            tr("no value in features {ids}").format(ids=_listing(ids[values.isna()])), layer=layer, field=field_name
        )
    words = values.map(lambda v: str(v).strip().casefold())
    yes, no = words.isin(TRUE_WORDS), words.isin(FALSE_WORDS)
    bad = ~(yes | no)
    if bad.any():
        raise InputError(
            tr("not a yes/no value in features {ids} (e.g. {value!r}); use 1/0, true/false, yes/no, да/нет").format(
                ids=_listing(ids[bad]), value=values[bad].iloc[0]
            ),
            layer=layer,
            field=field_name,
        )
    return cast("NDArray[Any]", yes.to_numpy())


def _connected_share(df: pd.DataFrame, field_name: str, mode: str, layer: str, id_field: str | None) -> NDArray[Any]:
    """Share (0..1) of each feature's residents that is connected, for flag / share / percent modes."""
    ids = feature_ids(df, id_field)
    if mode == "flag":
        require_field(df, field_name, layer)
        return parse_flags(df[field_name], layer, field_name, ids).astype(float)
    values = numeric_field(df, field_name, layer, id_field).to_numpy()
    top = 1.0 if mode == "share" else 100.0
    over = values > top
    if over.any():
        message = (
            tr("a share must be between 0 and 1 (features {ids}, e.g. {value}); for 0-100 use the percent mode")
            if mode == "share"
            else tr("a percent must be between 0 and 100 (features {ids}, e.g. {value})")
        )
        raise InputError(message.format(ids=_listing(ids[over]), value=values[over][0]), layer=layer, field=field_name)
    return cast("NDArray[Any]", values / top)


def _connected_residents(
    df: pd.DataFrame,
    residents: NDArray[Any],
    field_name: str,
    mode: str,
    layer: str,
    id_field: str | None,
) -> NDArray[Any]:
    """Connected residents of each feature from its attribute in the given mode."""
    if mode not in MODES:
        raise InputError(
            tr("unknown mode {mode}; use one of: {modes}").format(mode=mode, modes=", ".join(MODES)),
            layer=layer,
            field=field_name,
        )
    if mode != "count":
        return cast("NDArray[Any]", residents * _connected_share(df, field_name, mode, layer, id_field))
    counts = numeric_field(df, field_name, layer, id_field).to_numpy()
    over = counts > residents + 1e-9
    if over.any():
        ids = feature_ids(df, id_field)
        raise InputError(
            tr("more connected residents than residents in features {ids} (e.g. {value} > {total})").format(
                ids=_listing(ids[over]), value=counts[over][0], total=residents[over][0]
            ),
            layer=layer,
            field=field_name,
        )
    return cast("NDArray[Any]", counts)


def compute_engineering_gap(
    units: gpd.GeoDataFrame,
    pack: Any,
    *,
    population_field: str | None = None,
    unit_id_field: str | None = None,
    unit_name_field: str | None = None,
    buildings: gpd.GeoDataFrame | None = None,
    building_id_field: str | None = None,
    residents_field: str | None = None,
    sewer_field: str | None = None,
    water_field: str | None = None,
    sewer_mode: str = "flag",
    water_mode: str = "flag",
    sewer_mains: gpd.GeoDataFrame | None = None,
    water_mains: gpd.GeoDataFrame | None = None,
    connection_distance_m: float | None = None,
    target_connected_pct: float | None = None,
    progress: Progress = None,
) -> EngineeringResult:
    """Residents without sewerage and water per unit against the pack's target share of connected residents.

    Without ``buildings`` the sewer/water fields are read on the units. With ``buildings`` (points or
    footprints carrying ``residents_field``) they are read on the buildings, or, for a utility given as
    a mains layer, a building counts as connected when its inside point is within
    ``connection_distance_m`` of a main. With buildings, ``population`` is the sum of their residents.
    """
    warnings: list[str] = []
    require_not_empty(units, "units")
    if unit_id_field:
        require_unique_ids(units, unit_id_field, "units")
    plans = {
        "sewer": (sewer_field, sewer_mode, sewer_mains, SEWER_SERVICES),
        "water": (water_field, water_mode, water_mains, WATER_SERVICES),
    }
    for name, (fld, _mode, mains, _svc) in plans.items():
        if fld and mains is not None:
            raise InputError(
                tr("give either a connection field or a mains layer for {utility}, not both").format(
                    utility=tr("sewerage") if name == "sewer" else tr("water supply")
                ),
                layer="buildings" if buildings is not None else "units",
                field=fld,
            )
        if mains is not None:
            require_not_empty(mains, f"{name}_mains")
            if buildings is None:
                raise InputError(
                    tr("a mains layer needs the buildings (or population points) whose distance is measured"),
                    layer=f"{name}_mains",
                )
    checked = [n for n, (fld, _m, mains, _s) in plans.items() if fld or mains is not None]
    if not checked:
        raise InputError(tr("give a sewer or water field, or a sewer or water mains layer"))

    norms: dict[str, NormUse] = {}
    for name in checked:
        services = plans[name][3]
        nv = read_norm(pack, services, "target_connected_pct", target_connected_pct)
        assert nv is not None
        norms[f"{services[0]}.target_connected_pct"] = nv
        if plans[name][2] is not None:
            dist = read_norm(pack, services, "connection_distance_m", connection_distance_m)
            assert dist is not None
            norms[f"{services[0]}.connection_distance_m"] = dist
    report_progress(progress, 5)

    n = len(units)
    connected: dict[str, NDArray[Any]] = {}
    if buildings is None:
        if not population_field:
            raise InputError(tr("give the population field of the units"), layer="units")
        population = numeric_field(units, population_field, "units", unit_id_field).to_numpy()
        for name in checked:
            fld, mode = plans[name][0], plans[name][1]
            connected[name] = _connected_residents(units, population, cast(str, fld), mode, "units", unit_id_field)
        crs_label = None
    else:
        require_not_empty(buildings, "buildings")
        if not residents_field:
            raise InputError(tr("give the field with the residents of each building"), layer="buildings")
        residents = numeric_field(buildings, residents_field, "buildings", building_id_field).to_numpy()
        unit_fixed, w = check_geometries(units, "units", unit_id_field)
        warnings += w
        b_geom = buildings[[buildings.geometry.name]]
        missing = b_geom.geometry.isna() | b_geom.geometry.is_empty
        if missing.any():
            raise InputError(
                tr("features without geometry: {ids}").format(
                    ids=_listing(feature_ids(buildings, building_id_field)[missing])
                ),
                layer="buildings",
            )
        layers = {"units": unit_fixed, "buildings": b_geom}
        for name in checked:
            if plans[name][2] is not None:
                layers[f"{name}_mains"] = plans[name][2]
        metric = to_metric(layers)
        warnings += metric.warnings
        crs_label = metric.crs_label
        xy = point_coords(metric.layers["buildings"])
        unit_of = points_in_units(xy, metric.layers["units"].geometry)
        outside = unit_of < 0
        if outside.any():
            warnings.append(
                tr("{n} buildings ({pop} residents) lie outside every unit and were left out").format(
                    n=int(outside.sum()), pop=f"{residents[outside].sum():.0f}"
                )
            )
        report_progress(progress, 40)
        inside = ~outside
        population = np.bincount(unit_of[inside], weights=residents[inside], minlength=n)
        for name in checked:
            fld, mode, mains = plans[name][0], plans[name][1], plans[name][2]
            if mains is not None:
                dist = norms[f"{plans[name][3][0]}.connection_distance_m"].value
                near = near_mask(xy, geometry_list(metric.layers[f"{name}_mains"].geometry), dist)
                per_building = residents * near
            else:
                per_building = _connected_residents(
                    buildings, residents, cast(str, fld), mode, "buildings", building_id_field
                )
            connected[name] = np.bincount(unit_of[inside], weights=per_building[inside], minlength=n)
        if population_field:
            _compare_population(units, population_field, unit_id_field, population, warnings)
    report_progress(progress, 85)

    out, w = keep_inputs(
        units,
        (*ENGINEERING_COLUMNS, *EXTRA_COLUMNS),
        # the population field holds the population used (from buildings where they are given: a difference
        # of more than 1% from the field is reported above)
        keep=[population_field] if population_field else [],
    )
    warnings += w
    out["unit_name"] = unit_names(units, unit_name_field, unit_id_field).to_numpy()
    out["population"] = population
    verdicts = []
    totals: dict[str, Any] = {"population": float(population.sum()), "units": n}
    for name, without_col, gap_col, meets_col, with_col in (
        ("sewer", "pop_without_sewer", "sanitation_gap_pct", "sewer_meets_norm", "pop_with_sewer"),
        ("water", "pop_without_water", "water_gap_pct", "water_meets_norm", "pop_with_water"),
    ):
        if name not in connected:
            for col in (without_col, gap_col, meets_col, with_col):
                out[col] = None
                totals[col] = None
            continue
        target = norms[f"{plans[name][3][0]}.target_connected_pct"].value
        with_pop = connected[name]
        without = population - with_pop
        gap = np.where(population > 0, 100.0 * without / np.where(population > 0, population, 1), np.nan)
        meets = [None if not np.isfinite(g) else bool(100.0 - g >= target - 1e-9) for g in gap]
        out[with_col] = with_pop
        out[without_col] = without
        out[gap_col] = gap
        out[meets_col] = meets
        verdicts.append(meets)
        total_pop, total_without = float(population.sum()), float(without.sum())
        totals[with_col] = float(with_pop.sum())
        totals[without_col] = total_without
        totals[gap_col] = 100.0 * total_without / total_pop if total_pop else None
        totals[meets_col] = None if not total_pop else bool(100.0 - totals[gap_col] >= target - 1e-9)
    out["meets_norm"] = [None if any(v is None for v in vs) else all(vs) for vs in zip(*verdicts)]
    totals["units_meeting_norm"] = sum(1 for v in out["meets_norm"] if v is True)
    flags = [totals[c] for c in ("sewer_meets_norm", "water_meets_norm") if totals[c] is not None]
    totals["meets_norm"] = all(flags) if flags else None

    unverified = sorted({nv.key for nv in norms.values() if nv.unverified})
    for key in unverified:
        words = norm_key_words(key)
        warnings.append(tr('the norm value "{key}" is not verified against the official text').format(key=words))
    stamp(
        out,
        service=SERVICE,
        method=METHOD,
        pack=_pack_label(pack),
        unverified_keys=unverified,
        uses=list(norms.values()),
    )
    meta = {
        "service": SERVICE,
        "method": METHOD,
        "crs": crs_label,
        "checked": checked,
        "source": {
            name: ("mains" if plans[name][2] is not None else f"{plans[name][1]}:{plans[name][0]}") for name in checked
        },
        "level": "units" if buildings is None else "buildings",
    }
    for msg in warnings:
        log.warning(msg)
    report_progress(progress, 100)
    return EngineeringResult(out, totals, meta, norms, warnings)


def _compare_population(
    units: pd.DataFrame,
    population_field: str,
    unit_id_field: str | None,
    from_buildings: NDArray[Any],
    warnings: list[str],
) -> None:
    """Warn about units whose population differs by more than 1% from their buildings' residents."""
    stated = numeric_field(units, population_field, "units", unit_id_field).to_numpy()
    off = np.abs(stated - from_buildings) > 0.01 * np.maximum(stated, 1.0)
    if off.any():
        ids = feature_ids(units, unit_id_field)[off]
        warnings.append(
            tr(
                "units {ids}: the residents of their buildings differ from the population field {field} "
                "by more than 1%; the buildings' residents were used"
            ).format(ids=_listing(ids), field=population_field)
        )


__all__: Sequence[str] = ("EngineeringResult", "compute_engineering_gap", "parse_flags")
