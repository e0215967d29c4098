"""Where to build: the candidate sites for new facilities that close the most deficit within the norm.

The demand is the provision engine's (:func:`almaty_planner.core.provision.prepare_demand`): the units'
demand by the norm pack, placed on the population points, with each point's reach radius (straight
line, or along the street network). Existing facilities serve first, as the engine's ``assignment``
method does (pairs within reach nearest first, under capacities): what they serve stays with them, so
the deficit before is exactly the ``assignment`` deficit of the provision check. New sites serve the
rest, within reach and under their capacity (capacitated maximal covering, see
:mod:`almaty_planner.core.placement_solver` for the two methods ``greedy`` and ``exact``).

A candidate's capacity is its ``candidate_capacity_field``, else the largest size of ``capacity_menu``
whose plot fits (polygons), else the norm pack's ``typical_size`` for the unit it lies in. Polygons are
checked against the pack's plot norms (``plot_m2_per_pupil_<lo>_<hi>``, ``plot_m2_per_place_up_to_<n>``,
``plot_m2_per_place_above_<n>``: m2 per place for a facility of that size); a plot too small is left
out with its reason. Points have no plot to check.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from almaty_planner.core import placement_solver as solver
from almaty_planner.core.errors import InputError
from almaty_planner.core.geo import point_coords, points_in_polygons
from almaty_planner.core.i18n import tr
from almaty_planner.core.norms import NormUse
from almaty_planner.core.provision import (
    UNITS,
    _one_point_per_unit,
    assign_greedy,
    pairs_within_reach,
    prepare_demand,
)
from almaty_planner.core.results import keep_inputs, stamp, unit_names
from almaty_planner.core.validation import check_geometries, feature_ids, numeric_field, require_not_empty

log = logging.getLogger(__name__)

PLACEMENT_METHODS = ("greedy", "exact")
CANDIDATES = "candidates"
SITE_COLUMNS = ("rank", "capacity", "served", "deficit_after", "plot_m2", "plot_needed_m2", "scenario", "opening_year")
UNIT_COLUMNS = ("demand", "deficit_before", "served_new", "deficit_after", "new_sites")
LEFT_OUT_COLUMNS = ("reason", "reason_text", "capacity", "plot_m2", "plot_needed_m2")
_BAND = re.compile(r"^plot_m2_per_(?:pupil|place)_(?:(\d+)_(\d+)|up_to_(\d+)|above_(\d+))$")


@dataclass
class PlacementResult:
    """What :func:`compute_placement` returns."""

    sites: gpd.GeoDataFrame
    units: gpd.GeoDataFrame
    left_out: gpd.GeoDataFrame
    curve: pd.DataFrame
    meta: dict[str, Any]
    norms_used: list[NormUse]
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------
# Plot norms from the pack
# --------------------------------------------------------------------------------------------------


def plot_bands(svc: Any) -> list[tuple[str, float, float, Any]]:
    """The pack's plot norms of a service as ``(kind, lower, upper, SourcedValue)``.

    Keys ``plot_m2_per_<pupil|place>_<lo>_<hi>`` (``range``: lo <= n <= hi places),
    ``..._up_to_<n>`` (``up_to``: at most n) and ``..._above_<n>`` (``above``: more than n); the value is
    the plot area needed per place.
    """
    bands = []
    for key in getattr(svc, "keys", []):
        m = _BAND.match(key)
        if not m:
            continue
        sv = svc.value(key)
        if sv is None or sv.value is None:
            continue
        if m.group(1) is not None:
            bands.append(("range", float(m.group(1)), float(m.group(2)), sv))
        elif m.group(3) is not None:
            bands.append(("up_to", 0.0, float(m.group(3)), sv))
        else:
            bands.append(("above", float(m.group(4)), math.inf, sv))
    return bands


def plot_norm(bands: Sequence[tuple[str, float, float, Any]], size: float) -> Any:
    """The plot norm of a facility of ``size`` places (None when no band holds it).

    A size on the border of two ranges (300 in 25-300 and 300-600) takes the larger plot per place;
    of ``above_100`` and ``above_500`` a size of 600 takes ``above_500``, the most specific.
    """
    ranges = [b for b in bands if b[0] == "range" and b[1] <= size <= b[2]]
    if ranges:
        return max(ranges, key=lambda b: float(b[3].value))[3]
    above = [b for b in bands if b[0] == "above" and size > b[1]]
    if above:
        return max(above, key=lambda b: b[1])[3]
    up_to = [b for b in bands if b[0] == "up_to" and size <= b[2]]
    if up_to:
        return min(up_to, key=lambda b: b[2])[3]
    return None


# --------------------------------------------------------------------------------------------------
# The placement
# --------------------------------------------------------------------------------------------------


def _param_error(text: str, parameter: str) -> InputError:
    """An error naming a parameter."""
    return InputError(text, layer=parameter)


def compute_placement(
    units: gpd.GeoDataFrame,
    facilities: gpd.GeoDataFrame | None,
    candidates: gpd.GeoDataFrame,
    pack: Any,
    service: str,
    *,
    population_field: str,
    capacity_field: str | None = None,
    count: int | None = None,
    budget: float | None = None,
    cost_field: str | None = None,
    candidate_capacity_field: str | None = None,
    capacity_menu: Sequence[float] | None = None,
    method: str = "greedy",
    time_limit_s: float = 60.0,
    points: gpd.GeoDataFrame | None = None,
    points_population_field: str | None = None,
    network: gpd.GeoDataFrame | None = None,
    radius_m: float | None = None,
    unit_id_field: str | None = None,
    unit_name_field: str | None = None,
    facility_id_field: str | None = None,
    candidate_id_field: str | None = None,
    status_field: str | None = None,
    include_statuses: Sequence[str] = ("existing",),
    tier_field: str | None = None,
    development_field: str | None = None,
    scenario: str | None = None,
    opening_year: int | None = None,
    progress: Callable[[float], bool] | None = None,
) -> PlacementResult:
    """Choose up to ``count`` candidate sites (or sites within ``budget``) that serve the most deficit.

    See the module docstring; inputs are never modified. With ``scenario`` the chosen sites carry the
    fields ``scenario`` and ``opening_year``: merged into the facility layer they are a scenario of
    ``deficit_trajectory`` (``SCENARIO_FIELD`` = scenario, ``YEAR_FIELD`` = opening_year); see also
    :func:`as_scenario`.
    """
    if method not in PLACEMENT_METHODS:
        raise _param_error(
            tr("unknown placement method {method}; use one of {methods}").format(
                method=method, methods=", ".join(PLACEMENT_METHODS)
            ),
            "PLACEMENT_METHOD",
        )
    if count is not None and count <= 0:
        count = None
    if count is None and budget is None:
        raise _param_error(tr("give the number of new facilities (COUNT) or a BUDGET"), "COUNT")
    if budget is not None and (not math.isfinite(budget) or budget < 0):
        raise _param_error(tr("the budget must be a number >= 0, not {value}").format(value=budget), "BUDGET")
    if budget is not None and not cost_field:
        raise _param_error(tr("a BUDGET needs the field of the cost of each candidate site (COST_FIELD)"), "COST_FIELD")
    if time_limit_s is None or time_limit_s <= 0:
        raise _param_error(tr("the time limit must be a number of seconds > 0"), "TIME_LIMIT_S")
    if candidates is None or len(candidates) == 0:
        raise InputError(tr("there are no candidate sites: the layer has no features"), layer=CANDIDATES)
    n_cand = len(candidates)
    if count is not None and count > n_cand:
        raise _param_error(
            tr("COUNT ({count}) is larger than the number of candidate sites ({n})").format(count=count, n=n_cand),
            "COUNT",
        )
    warnings: list[str] = []
    require_not_empty(candidates, CANDIDATES)
    cand_in, w = check_geometries(candidates, CANDIDATES, candidate_id_field)
    warnings += w
    cand_ids = feature_ids(cand_in, candidate_id_field)
    if facilities is None:
        facilities = gpd.GeoDataFrame({"capacity": []}, geometry=[], crs=units.crs)
        capacity_field = "capacity"
    if not capacity_field:
        raise _param_error(tr("give the capacity field of the existing facilities (CAPACITY_FIELD)"), "CAPACITY_FIELD")

    sub = solver._scaled(progress, 0.0, 0.3)
    prep = prepare_demand(
        units,
        facilities,
        pack,
        service,
        "assignment",
        population_field=population_field,
        capacity_field=capacity_field,
        unit_id_field=unit_id_field,
        unit_name_field=unit_name_field,
        facility_id_field=facility_id_field,
        status_field=status_field,
        include_statuses=include_statuses,
        points=points,
        points_population_field=points_population_field,
        network=network,
        tier_field=tier_field,
        development_field=development_field,
        radius_m=radius_m,
        progress=sub,
        extra_layers={CANDIDATES: cand_in},
    )
    warnings += prep.warnings
    norms = prep.norms
    if points is None or len(points) == 0:
        # the same premise as the provision check's reach methods: one point per unit only where
        # every resident of the unit is within the radius of that point
        warnings += _one_point_per_unit(
            prep.metric.layers[UNITS], norms.radius, prep.pop_u, norms.demand, prep.units_in, unit_id_field, service
        )
    n_units = len(prep.units_in)
    if np.isnan(norms.radius).any():
        raise InputError(
            tr("the norm pack has no radius for service {service}; give RADIUS_M").format(service=service), layer=UNITS
        )
    svc = pack.service(service)
    used = list(norms.used)
    unverified = set(norms.unverified)

    # ---- existing facilities serve first (the engine's assignment, within reach)
    pairs_f = pairs_within_reach(prep, prep.f_xy)
    residual, _load = assign_greedy(prep.d_pts, prep.f_cap, pairs_f.point, pairs_f.facility)
    solver._check(progress, 0.35)

    # ---- candidates: location, capacity, cost, plot
    cand_m = prep.metric.layers[CANDIDATES]
    c_xy = point_coords(cand_m)
    units_m = prep.metric.layers[UNITS]
    c_unit = points_in_polygons(c_xy, units_m.geometry)
    is_poly = cand_m.geom_type.isin(["Polygon", "MultiPolygon"]).to_numpy()
    plot_m2 = np.where(is_poly, cand_m.geometry.area.to_numpy(dtype=float), np.nan)
    bands = plot_bands(svc)
    menu = sorted({float(v) for v in capacity_menu}) if capacity_menu else []
    if any(v <= 0 for v in menu):
        raise _param_error(tr("the sizes of the capacity menu must be > 0"), "CAPACITY_MENU")
    capacity = np.full(n_cand, np.nan)
    capacity_source = ""
    if candidate_capacity_field:
        cap_series = numeric_field(cand_in, candidate_capacity_field, CANDIDATES, candidate_id_field)
        capacity = cap_series.to_numpy(dtype=float)
        zero = capacity <= 0
        if zero.any():
            raise InputError(
                tr("a new facility needs a capacity > 0; features {ids} have 0").format(
                    ids=", ".join(str(v) for v in cand_ids[zero].iloc[:5])
                ),
                layer=CANDIDATES,
                feature=cand_ids[zero].iloc[0],
                field=candidate_capacity_field,
            )
        capacity_source = tr("field {field}").format(field=candidate_capacity_field)
    elif menu:
        capacity_source = tr("the largest size of the menu {menu} whose plot fits").format(
            menu=", ".join(f"{v:g}" for v in menu)
        )
    else:
        typical = norms.typical_size
        inside = c_unit >= 0
        capacity[inside] = typical[c_unit[inside]]
        known = typical[~np.isnan(typical)]
        if (~inside).any():
            if known.size == 0:
                capacity[~inside] = np.nan
            else:
                capacity[~inside] = float(pd.Series(known).mode().iloc[0])
                warnings.append(
                    tr("{layer}: sites {ids} lie outside every unit; the commonest typical size was used").format(
                        layer=CANDIDATES, ids=", ".join(str(v) for v in cand_ids[~inside].iloc[:5])
                    )
                )
        if np.isnan(capacity).any():
            raise _param_error(
                tr("the norm pack gives no typical size for service {service}; give CANDIDATE_CAPACITY_FIELD").format(
                    service=service
                ),
                "CANDIDATE_CAPACITY_FIELD",
            )
        capacity_source = tr("typical size of the norm pack")
    cost = None
    if cost_field:
        cost = numeric_field(cand_in, cost_field, CANDIDATES, candidate_id_field).to_numpy(dtype=float)

    reason = np.array([""] * n_cand, dtype=object)
    needed = np.full(n_cand, np.nan)
    used_plot: dict[str, Any] = {}

    def plot_needed(size: float) -> float:
        sv = plot_norm(bands, size)
        if sv is None:
            return math.nan
        used_plot[sv.key] = sv
        return float(sv.value) * size

    if menu and not candidate_capacity_field:
        for pos in range(n_cand):
            fits = [s for s in menu if not is_poly[pos] or not (plot_needed(s) > plot_m2[pos] + 1e-9)]
            if fits:
                capacity[pos] = fits[-1]
            else:
                capacity[pos] = menu[0]
                reason[pos] = "plot_too_small"
            if is_poly[pos]:
                needed[pos] = plot_needed(capacity[pos])
    elif bands:
        for pos in np.nonzero(is_poly)[0]:
            needed[pos] = plot_needed(capacity[pos])
            if needed[pos] > plot_m2[pos] + 1e-9:
                reason[pos] = "plot_too_small"
    no_band = is_poly & np.isnan(needed)
    if is_poly.any() and not bands:
        warnings.append(
            tr("the norm pack has no plot norm for service {service}: plots were not checked").format(service=service)
        )
    elif no_band.any():
        warnings.append(
            tr("{layer}: no plot norm for the size of sites {ids}; their plots were not checked").format(
                layer=CANDIDATES, ids=", ".join(str(v) for v in cand_ids[no_band].iloc[:5])
            )
        )
    for sv in used_plot.values():
        used.append(_norm_row(sv))
        if sv.is_unverified:
            unverified.add(sv.key)
    if budget is not None and cost is not None:
        over = (cost > budget) & (reason == "")
        reason[over] = "over_budget"

    # ---- pairs within reach and the model
    eligible = np.nonzero(reason == "")[0]
    pairs_c = pairs_within_reach(prep, c_xy[eligible])
    model = solver.Model(
        residual,
        capacity[eligible],
        pairs_c.point,
        pairs_c.facility,
        pairs_c.dist,
        cost=None if cost is None else cost[eligible],
    )
    useless = np.array([model.single[k].served <= 0 for k in range(len(eligible))], dtype=bool)
    reason[eligible[useless]] = "no_deficit_within_reach"
    allowed = [k for k in range(len(eligible)) if not useless[k]]
    solver._check(progress, 0.45)
    if count is not None and count > len(allowed):
        warnings.append(
            tr(
                "only {n} candidate sites can serve any deficit within reach; fewer than COUNT ({count}) were placed"
            ).format(n=len(allowed), count=count)
        )
    run = solver.solve_exact if method == "exact" else solver.solve_greedy
    ans = run(
        model,
        allowed,
        count,
        budget if cost is not None else None,
        time_limit_s=float(time_limit_s),
        progress=solver._scaled(progress, 0.45, 0.95),
    )
    chosen = [int(eligible[k]) for k in ans.chosen]
    reason[[int(eligible[k]) for k in allowed if k not in set(ans.chosen)]] = "not_chosen"

    # ---- outputs
    deficit_before = float(residual.sum())
    site_table, w = keep_inputs(cand_in.iloc[chosen], SITE_COLUMNS)
    warnings += w
    site_table["rank"] = np.arange(1, len(chosen) + 1)
    site_table["capacity"] = capacity[chosen]
    site_table["served"] = ans.site_served[ans.chosen] if chosen else np.empty(0)
    site_table["deficit_after"] = deficit_before - np.asarray(ans.curve, dtype=float)
    site_table["plot_m2"] = plot_m2[chosen]
    site_table["plot_needed_m2"] = needed[chosen]
    if scenario:  # the chosen sites as a scenario of the trajectory (deficit_trajectory's SCENARIO_FIELD)
        site_table["scenario"] = str(scenario)
        site_table["opening_year"] = pd.array([opening_year] * len(chosen), dtype="Int64")
    site_table = stamp(site_table, service=service, method=method, pack=pack, unverified_keys=unverified, uses=used)
    site_table = gpd.GeoDataFrame(site_table, geometry=cand_in.geometry.name, crs=cand_in.crs)

    served_pts = ans.point_served
    before_u = np.bincount(prep.p_unit, weights=residual, minlength=n_units)
    served_u = np.bincount(prep.p_unit, weights=served_pts, minlength=n_units)
    new_u = np.bincount(c_unit[chosen][c_unit[chosen] >= 0], minlength=n_units) if chosen else np.zeros(n_units)
    unit_table, w = keep_inputs(units, (*UNIT_COLUMNS,), keep=())
    warnings += w
    unit_table["unit_name"] = unit_names(units, unit_name_field, unit_id_field).to_numpy()
    unit_table["demand"] = norms.demand
    unit_table["deficit_before"] = before_u
    unit_table["served_new"] = served_u
    unit_table["deficit_after"] = np.maximum(0.0, before_u - served_u)
    unit_table["new_sites"] = new_u.astype(int)
    unit_table = stamp(unit_table, service=service, method=method, pack=pack, unverified_keys=unverified, uses=used)

    out_rows = np.nonzero(reason != "")[0]
    out_rows = np.array([r for r in out_rows if r not in set(chosen)], dtype=np.int64)
    left, w = keep_inputs(cand_in.iloc[out_rows], LEFT_OUT_COLUMNS)
    texts = reason_texts()
    left["reason"] = reason[out_rows].astype(str) if out_rows.size else np.empty(0, dtype=object)
    left["reason_text"] = [texts[r] for r in reason[out_rows]]
    left["capacity"] = capacity[out_rows]
    left["plot_m2"] = plot_m2[out_rows]
    left["plot_needed_m2"] = needed[out_rows]
    left = gpd.GeoDataFrame(left, geometry=cand_in.geometry.name, crs=cand_in.crs)

    curve = pd.DataFrame(
        {
            "new_facilities": np.arange(0, len(chosen) + 1),
            "deficit_after": deficit_before - np.concatenate([[0.0], np.asarray(ans.curve, dtype=float)]),
        }
    )
    meta = {
        "service": service,
        "method": method,
        "status": ans.status,
        "proven_optimal": ans.proven_optimal,
        "gap": ans.gap,
        "bound_served": ans.bound,
        "greedy_served": ans.greedy_served,
        "swaps": ans.swaps,
        "seconds": ans.seconds,
        "capacity_unit": norms.capacity_unit,
        "capacity_source": capacity_source,
        "distance": "network" if prep.graph is not None else "straight",
        "radius_m": sorted({float(r) for r in np.unique(norms.radius)}),
        "crs_used": prep.metric.crs_label,
        "demand": float(prep.d_pts.sum()),
        "served_by_existing": float((prep.d_pts - residual).sum()),
        "deficit_before": deficit_before,
        "served_new": float(ans.served),
        "deficit_after": deficit_before - float(ans.served),
        "sites_chosen": len(chosen),
        "count": count,
        "budget": budget,
        "spent": float(cost[chosen].sum()) if cost is not None and chosen else (0.0 if cost is not None else None),
        "candidates": n_cand,
        "left_out": {r: int((reason[out_rows] == r).sum()) for r in REASONS if (reason[out_rows] == r).any()},
        "plots_checked": bool(is_poly.any() and bands),
        "norm_pack": getattr(pack, "id", ""),
        "norm_pack_edition": getattr(pack, "edition", ""),
        "norm_pack_hash": getattr(pack, "content_hash", ""),
        "norm_unverified": sorted(unverified),
        "solver": ans.info,
    }
    for text in warnings:
        log.info(text)
    solver._check(progress, 1.0)
    return PlacementResult(site_table, unit_table, left, curve, meta, used, warnings)


def as_scenario(
    sites: gpd.GeoDataFrame,
    name: str,
    *,
    capacity_field: str,
    year_field: str | None = None,
    opening_year: int | None = None,
    id_field: str | None = None,
) -> Any:
    """The chosen sites as a :class:`almaty_planner.core.trajectory.Scenario` named ``name``: new
    facilities with their capacity in ``capacity_field`` (the trajectory's capacity field), opening in
    ``opening_year`` (in ``year_field``; no year: open from the first year)."""
    from almaty_planner.core.trajectory import Scenario

    new = gpd.GeoDataFrame({capacity_field: sites["capacity"].to_numpy(dtype=float)}, geometry=sites.geometry.values)
    new = new.set_crs(sites.crs) if sites.crs is not None else new
    if year_field:
        new[year_field] = pd.array([opening_year] * len(new), dtype="Int64")
    if id_field:
        new[id_field] = [f"{name}-{int(r)}" for r in sites["rank"]]
    return Scenario(name, facilities=new)


REASONS = ("plot_too_small", "over_budget", "no_deficit_within_reach", "not_chosen")


def reason_texts(lang: str | None = None) -> dict[str, str]:
    """Why a candidate site was left out, in words."""
    return {
        "plot_too_small": tr("the plot is smaller than the norm for a facility of this size", lang=lang),
        "over_budget": tr("its cost alone exceeds the budget", lang=lang),
        "no_deficit_within_reach": tr("no unserved demand within reach", lang=lang),
        "not_chosen": tr("other sites close more of the deficit", lang=lang),
    }


def _norm_row(sv: Any) -> NormUse:
    """The record of a plot norm used (not by tier or development)."""
    return NormUse.of(sv)
