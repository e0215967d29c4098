"""Provision engine: how many residents of each unit need a service, what serves them, what is missing.

Units are polygons (districts, microdistricts, blocks, settlements, grid cells) with a population
field and optional age-cohort fields. Facilities are points or polygons (a polygon counts at a point
inside it) with a capacity in the service's unit (student places, kindergarten places, visits per
shift, beds). Norm values (demand rates, cohort coverage, radius, typical size, overload threshold)
come from a norm pack, never from the code.

Definitions
-----------
* Demand is computed per unit from the unit's fields: ``population * rate / 1000`` (``per_1000``) or
  ``cohort field * coverage_pct / 100`` (``cohort``). Terms of the same demand option are added up;
  options are alternatives in the pack's order, and the first whose cohort fields are all in the
  units layer is used (e.g. cohorts when the layer has them, else a per-1000 rate).
* Population points (buildings, blocks) only say WHERE inside a unit its demand sits: the unit's
  demand (and population) is spread over the points inside it in proportion to their residents. A unit
  with population but no resident point gets one point inside it (``representative_point``). A point
  on the border of two units belongs to one of them only (the first in layer order). Points outside
  every unit are reported and ignored. Unit demands therefore add up exactly to the total demand.
* Facilities count when their status is among ``include_statuses`` (when a status field is given) and
  their commissioning year is at most ``up_to_year`` (when both are given; no year = counted). A null
  capacity is refused, naming the facility and the field, unless ``null_capacity_as_zero`` is set (then
  it counts as 0 with a warning). With ``shifts_field`` a facility's capacity is its capacity per shift
  times its number of shifts (an empty value counts as one shift; the planning norms count a single
  shift, so leave it empty to check against them). ``capacity`` of a unit is always the capacity of the
  counted facilities located in it.
* Reach: a resident reaches a facility when the distance (straight line in a metric CRS, or along the
  street network plus the snap distances) is at most the norm's radius for the resident's unit (tier,
  development type), or ``radius_m`` when given.

Methods
-------
* ``unit_balance``: deficit = max(0, demand - capacity); surplus = max(0, capacity - demand);
  provision_pct = 100 * capacity / demand. Facility load = the load field, else the unit's demand
  shared among the unit's facilities in proportion to capacity.
* ``catchment``: a resident is covered when at least one counted facility with capacity above 0 is
  within reach (a facility of capacity 0 covers nobody);
  covered_pop / uncovered_pop; deficit = demand of the uncovered residents; surplus as in
  unit_balance. Facility load = the load field, else each covered point's demand shared among the
  facilities in its reach in proportion to capacity.
* ``assignment``: all (point, facility) pairs within reach are taken in ascending distance (ties: lower
  facility row, then lower point row); each pair moves min(remaining demand, free capacity). Then,
  unless ``beyond_norm=False``, the remaining demand goes to facilities with free capacity beyond
  reach by straight-line distance, in rounds (each remaining point's 8 nearest facilities with free
  capacity, ascending distance). served_within_norm + served_beyond_norm + unserved = demand;
  deficit = demand - served_within_norm; surplus = capacity left free at the unit's facilities;
  facility load = assigned demand.
* ``2sfca`` / ``e2sfca``: see :mod:`almaty_planner.core.access`; access_ratio = demand-weighted mean of
  A_i over the unit's points; deficit = sum_i D_i * max(0, 1 - A_i); surplus = sum_i D_i * max(0, A_i - 1);
  facility load = the load field, else the (weighted) demand within its reach.
* provision_pct = 100 * capacity / demand for every method (the capacity of the unit's facilities
  against its demand: "Provision, %"). For the reach methods, within_norm_pct = 100 * (demand -
  deficit) / demand, the share of demand met within the norm ("Met within the norm, %"). Both are
  empty when demand is 0.
* Without population points every unit's residents sit at one point inside it. For the reach methods
  that is said in ``residents_at`` (``unit_point``; ``points`` when points were given) and in a
  warning, and a unit that reaches further than the norm's radius from that point is refused (its
  residents cannot all be at one point within reach: the coverage would be all or nothing).
* objects_needed = ceil(deficit / typical_size) (0 without deficit; empty when the pack has no
  typical size); meets_norm = deficit <= 1e-9 * max(1, demand).
* load_pct = 100 * load / capacity; overloaded = load_pct > the pack's overload_pct (100 when the pack
  has none: more load than capacity).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from numpy.typing import NDArray
from scipy.spatial import cKDTree

from almaty_planner.core import access as fca
from almaty_planner.core import reach, sorting
from almaty_planner.core.definitions import METHODS, REACH_METHODS
from almaty_planner.core.errors import Cancelled, InputError, PlannerError
from almaty_planner.core.geo import (
    point_coords,
    point_coords_and_reach,
    points_in_polygons,
    reach_from_inner_point,
    to_metric,
)
from almaty_planner.core.i18n import tr
from almaty_planner.core.norms import NormUsage, NormUse, compute_demand, select_option
from almaty_planner.core.results import (
    ACCESS_COLUMNS,
    ASSIGNMENT_COLUMNS,
    FACILITY_COLUMNS,
    PROVISION_COLUMNS,
    REACH_COLUMNS,
    keep_inputs,
    stamp,
    unit_names,
)
from almaty_planner.core.validation import (
    check_geometries,
    feature_ids,
    numeric_field,
    require_field,
    require_not_empty,
    require_unique_ids,
)

log = logging.getLogger(__name__)

TOLERANCE = 1e-9
BEYOND_K = 8

UNITS = "units"
FACILITIES = "facilities"
POINTS = "points"
NETWORK = "network"


@dataclass
class ProvisionResult:
    """What :func:`compute_provision` returns."""

    units: gpd.GeoDataFrame
    facilities: gpd.GeoDataFrame
    totals: dict[str, Any]
    meta: dict[str, Any]
    norms_used: list[NormUse]
    warnings: list[str] = field(default_factory=list)


@dataclass
class UnitNorms:
    """Plain numbers read from a norm pack for every unit (arrays aligned with the units)."""

    demand: NDArray[Any]
    radius: NDArray[Any]
    typical_size: NDArray[Any]
    overload_pct: float | None
    capacity_unit: str
    unverified: set[str]
    used: list[NormUse]
    unit_uses: list[list[NormUse]] = field(default_factory=list)
    """The records of the values used for each unit (its tier and development), aligned with the units."""


@dataclass
class PreparedDemand:
    """What :func:`prepare_demand` returns: the engine's inputs as plain arrays in one metric CRS.

    ``p_*`` are the demand points (coordinates, unit row, demand, population, radius); ``f_*`` the
    counted facilities (coordinates, capacity, unit row or -1); ``fac_pos`` their rows in ``fac_in``.
    Under a method without a radius (unit_balance) the points that stand for whole units have NaN
    coordinates: nothing uses where they are, and finding a point inside each of 200,000 units costs.
    """

    warnings: list[str]
    units_in: gpd.GeoDataFrame
    pop_u: NDArray[Any]
    norms: UnitNorms
    metric: Any
    p_xy: NDArray[Any]
    p_unit: NDArray[Any]
    d_pts: NDArray[Any]
    pop_pts: NDArray[Any]
    p_radius: NDArray[Any]
    fac_in: gpd.GeoDataFrame
    fac_ids: pd.Series
    counted: NDArray[Any]
    cap_all: NDArray[Any]
    given_load: NDArray[Any] | None
    fac_pos: NDArray[Any]
    f_xy: NDArray[Any]
    f_cap: NDArray[Any]
    f_unit: NDArray[Any]
    cap_u: NDArray[Any]
    graph: reach.StreetGraph | None
    p_share: NDArray[Any] | None = None  # share of its unit's demand and population each point holds
    # how far each unit standing as one point reaches from it (NaN for the others; None when not measured)
    unit_reach: NDArray[Any] | None = None


@dataclass
class PreparedProvision:
    """A provision run up to its method (:func:`prepare_provision`)."""

    units: gpd.GeoDataFrame
    facilities: gpd.GeoDataFrame
    pack: Any
    service: str
    method: str
    population_field: str
    unit_id_field: str | None
    unit_name_field: str | None
    demand: PreparedDemand
    pairs: reach.Pairs | None  # (demand point, counted facility) within reach; None for unit_balance
    distance: str
    decay: Any
    beyond_norm: bool
    has_points: bool = False
    stamped: dict[str, Any] = field(default_factory=dict)  # norm-use texts of the tables, made once


# --------------------------------------------------------------------------------------------------
# Norm pack -> plain numbers (the only place that reads the pack)
# --------------------------------------------------------------------------------------------------


def norm_numbers(
    pack: Any,
    service: str,
    units: pd.DataFrame,
    population: NDArray[Any],
    tiers: Sequence[Any],
    developments: Sequence[Any],
    *,
    radius_m: float | None = None,
    speed_m_per_min: float | None = None,
    layer: str = UNITS,
    id_field: str | None = None,
    method: str | None = None,
) -> UnitNorms:
    """Turn the pack's norms for ``service`` and each unit's tier/development into plain numbers.

    Every value read is recorded as a :class:`NormUse` for the tier and development it was read for;
    a radius is read (and recorded) only for the methods that use one (all when ``method`` is None).
    """
    svc = pack.service(service)
    n = len(units)
    demand = np.zeros(n)
    radius = np.full(n, np.nan)
    typical = np.full(n, np.nan)
    usage = NormUsage()
    unit_uses: list[list[NormUse]] = [[]] * n  # each unit is given its group's list below
    wants_radius = method is None or method in REACH_METHODS

    def value(key: str, tier: Any, dev: Any, group: list[NormUse]) -> float | None:
        sv = svc.value(key, tier=tier, development=dev)
        if sv is None or getattr(sv, "value", None) is None:
            return None
        group.append(usage.add(NormUse.of(sv, tier, dev, service=service, key=key)))
        return float(sv.value)

    groups: dict[tuple[Any, Any], Sequence[int]] = {}
    group_lists: list[list[NormUse]] = []
    tiers, developments = list(tiers), list(developments)
    if n and tiers.count(tiers[0]) == n and developments.count(developments[0]) == n:
        groups[tiers[0], developments[0]] = range(n)  # one tier and development for all (or no such fields)
    else:
        for pos, key in enumerate(zip(tiers, developments)):
            groups.setdefault(key, []).append(pos)  # type: ignore[attr-defined]
    for (tier, dev), rows in groups.items():
        idx = np.asarray(rows)
        group: list[NormUse] = []
        group_lists.append(group)
        terms = list(svc.demand_terms(tier=tier, development=dev))
        if not terms:
            raise InputError(tr("the norm pack gives no demand rule for service {service}").format(service=service))
        use = select_option(terms, units.columns)
        if use is None:
            missing = next(t.field for t in terms if t.basis != "per_1000" and t.field not in units.columns)
            require_field(units, missing, layer)
            use = []
        part = units.iloc[idx]
        cohorts = {}
        for term in use:
            if term.basis == "cohort":
                cohorts[term.field] = numeric_field(part, term.field, layer, id_field).to_numpy(dtype=float)
                group.append(
                    usage.add(
                        NormUse.of(term.coverage_pct, tier, dev, field=term.field, service=service, key="coverage_pct")
                    )
                )
            else:
                group.append(usage.add(NormUse.of(term.rate, tier, dev, service=service, key="demand_rate")))
        demand[idx] = np.asarray(compute_demand(cohorts, use, population[idx]), dtype=float)
        if radius_m is None and wants_radius:
            r = value("radius_m", tier, dev, group)
            if r is None and speed_m_per_min is not None:
                t = value("travel_time_min", tier, dev, group)
                r = None if t is None else t * speed_m_per_min
            if r is not None:
                radius[idx] = r
        size = value("typical_size", tier, dev, group)
        if size is not None:
            typical[idx] = size
        if len(rows) == n:
            unit_uses = [group] * n
        else:
            for pos in rows:
                unit_uses[pos] = group
    shared: list[NormUse] = []
    if radius_m is not None:
        radius[:] = float(radius_m)
        if wants_radius:
            shared.append(usage.add(NormUse.given(service, "radius_m", float(radius_m), "m")))
    overload = value("overload_pct", None, None, shared)
    if shared:  # each group's list once, shared by its units as before
        combined = {id(uses): [*uses, *shared] for uses in group_lists}
        if len(group_lists) == 1:
            unit_uses = [combined[id(group_lists[0])]] * n
        else:
            unit_uses = [combined[id(uses)] for uses in unit_uses]
    return UnitNorms(
        demand=demand,
        radius=radius,
        typical_size=typical,
        overload_pct=overload,
        capacity_unit=str(getattr(svc, "capacity_unit", "")),
        unverified={u.key for u in usage.unverified},
        used=usage.used,
        unit_uses=unit_uses,
    )


# --------------------------------------------------------------------------------------------------
# Algorithms on plain arrays
# --------------------------------------------------------------------------------------------------


def spread_demand(
    unit_of_point: NDArray[Any], residents: NDArray[Any], unit_values: NDArray[Any]
) -> tuple[NDArray[Any], NDArray[Any]]:
    """Spread each unit's value over its points in proportion to residents.

    Returns the value per point and a mask of units whose points hold no residents (those need a
    point of their own).
    """
    n_units = len(unit_values)
    per_unit = np.bincount(unit_of_point, weights=residents, minlength=n_units)
    share = np.zeros(len(residents))
    ok = per_unit[unit_of_point] > 0
    share[ok] = residents[ok] / per_unit[unit_of_point][ok]
    return unit_values[unit_of_point] * share, per_unit <= 0


def assign_greedy(
    demand: NDArray[Any], capacity: NDArray[Any], point: NDArray[Any], facility: NDArray[Any]
) -> tuple[NDArray[Any], NDArray[Any]]:
    """Capacity-constrained assignment over pairs taken in the given order (nearest first).

    Each pair moves min(remaining demand of the point, free capacity of the facility). Returns the
    remaining demand per point and the assigned load per facility.
    """
    rem = np.asarray(demand, dtype=float).copy()
    free = np.asarray(capacity, dtype=float).copy()
    load = np.zeros(len(free))
    useful = (rem[point] > 0) & (free[facility] > 0)
    pts_a, facs_a = point[useful], facility[useful]
    done = _whole_first_pairs(rem, free, load, pts_a, facs_a)
    pts_a, facs_a = pts_a[done:], facs_a[done:]
    if done:  # the points served whole and the facilities filled so far take no more: their pairs go
        useful = (rem[pts_a] > 0) & (free[facs_a] > 0)
        pts_a, facs_a = pts_a[useful], facs_a[useful]
    pts = pts_a.tolist()
    facs = facs_a.tolist()
    rem_l = rem.tolist()
    free_l = free.tolist()
    load_l = load.tolist()
    for i, j in zip(pts, facs):
        r = rem_l[i]
        if r <= 0.0:
            continue
        f = free_l[j]
        if f <= 0.0:
            continue
        x = r if r < f else f
        rem_l[i] = r - x
        free_l[j] = f - x
        load_l[j] += x
    return np.asarray(rem_l), np.asarray(load_l)


def _whole_first_pairs(
    rem: NDArray[Any], free: NDArray[Any], load: NDArray[Any], pts: NDArray[Any], facs: NDArray[Any]
) -> int:
    """Take the pairs of :func:`assign_greedy` in order, all at once, for as long as each point's first
    pair finds room for its whole demand: then every point met so far is served whole by its first
    pair and its later pairs move nothing. Updates ``rem``, ``free`` and ``load`` as the pair-by-pair
    loop would (the same subtractions and additions in the same order, facility by facility) and
    returns how many pairs were taken; the loop goes on from there. Used when the pairs outnumber
    their facilities well (see :func:`_running_per_facility`)."""
    n = len(pts)
    if n == 0 or rem[pts[0]] > free[facs[0]]:  # the very first pair cannot serve its point whole
        return 0
    order = sorting.stable_argsort(facs)  # a facility's pairs together, in their order
    sorted_f = facs[order]
    starts = np.r_[0, np.nonzero(sorted_f[1:] != sorted_f[:-1])[0] + 1]
    if n < 8 * len(starts):
        return 0
    first = sorting.first_occurrences(pts)
    take = np.where(first, rem[pts], 0.0)[order]  # what each pair moves while first pairs serve whole
    group_f = sorted_f[starts]
    # free capacity and load of its facility as each pair comes, and after the facility's last pair
    (free_at, free_end), (load_at, load_end) = _running_per_facility(
        take, starts, (np.subtract, free[group_f]), (np.add, load[group_f])
    )
    short = np.zeros(n, dtype=bool)
    short[order] = take > free_at
    short &= first  # this pair can serve only part: from here on, pair by pair
    done = int(np.argmax(short)) if short.any() else n
    if done == 0:
        return 0
    # the pairs taken are the first of each facility's own: the values after them are those met by the
    # facility's first pair not taken (or its values at the end)
    sizes = np.diff(np.r_[starts, n])
    taken = np.bincount(np.repeat(np.arange(len(starts)), sizes)[order < done], minlength=len(starts))
    whole = taken == sizes
    nxt = np.minimum(starts + taken, n - 1)
    free[group_f] = np.where(whole, free_end, free_at[nxt])
    load[group_f] = np.where(whole, load_end, load_at[nxt])
    served = pts[first & (np.arange(n) < done)]
    rem[served] = rem[served] - rem[served]
    return done


def _running_per_facility(
    values: NDArray[Any], starts: NDArray[Any], *runs: tuple[Any, NDArray[Any]]
) -> list[tuple[NDArray[Any], NDArray[Any]]]:
    """For rows grouped by facility (group ``g`` from ``starts[g]``) and each run ``(op, start)``: the
    running value before each row and each group's value after its last, starting from ``start[g]``
    with ``op`` (subtract or add) applied row after row in order, the same floating-point steps as a
    loop. Groups up to four times the mean size are done together as the rows of one zero-padded
    matrix (``op`` with 0 changes nothing), laid out once for all runs; bigger ones one by one."""
    n, groups = len(values), len(starts)
    sizes = np.diff(np.r_[starts, n])
    width = max(16, 4 * -(-n // groups))
    small = np.nonzero(sizes <= width)[0]
    big = np.nonzero(sizes > width)[0].tolist()
    row = np.repeat(np.arange(len(small)), sizes[small])
    col = np.arange(len(row)) - np.repeat(np.cumsum(sizes[small]) - sizes[small], sizes[small])
    at = starts[small][row] + col
    grid = np.zeros((len(small), width + 1))
    grid[row, col + 1] = values[at]
    out = []
    for op, start in runs:
        before = np.empty(n)
        end = np.empty(groups)
        if len(small):
            grid[:, 0] = start[small]
            running = op.accumulate(grid, axis=1)
            before[at] = running[row, col]
            end[small] = running[np.arange(len(small)), sizes[small]]
        for g in big:
            lo, hi = int(starts[g]), int(starts[g] + sizes[g])
            running = op.accumulate(np.concatenate(([start[g]], values[lo:hi])))
            before[lo:hi] = running[:-1]
            end[g] = running[-1]
        out.append((before, end))
    return out


def assign_beyond(
    remaining: NDArray[Any],
    free: NDArray[Any],
    point_xy: NDArray[Any],
    facility_xy: NDArray[Any],
    *,
    k: int = BEYOND_K,
    max_rounds: int = 10_000,
) -> tuple[NDArray[Any], NDArray[Any]]:
    """Assign remaining demand to facilities with free capacity at any straight-line distance.

    In rounds: each point with remaining demand looks at its ``k`` nearest facilities with free
    capacity; those pairs are taken in ascending distance as in :func:`assign_greedy`. Returns the
    demand still unserved per point and the extra load per facility.
    """
    rem = np.asarray(remaining, dtype=float).copy()
    free = np.asarray(free, dtype=float).copy()
    extra = np.zeros(len(free))
    for _ in range(max_rounds):
        pts = np.nonzero(rem > 0)[0]
        facs = np.nonzero(free > 0)[0]
        if pts.size == 0 or facs.size == 0:
            break
        kk = min(k, facs.size)
        dist, nb = cKDTree(facility_xy[facs]).query(point_xy[pts], k=kk)
        dist = np.asarray(dist).reshape(len(pts), kk)
        nb = np.asarray(nb).reshape(len(pts), kk)
        pi = np.repeat(pts, kk)
        fj = facs[nb.reshape(-1)]
        order = sorting.lexsort((pi, fj, dist.reshape(-1)))
        rem_after, load = assign_greedy(rem, free, pi[order], fj[order])
        free -= load
        extra += load
        rem = rem_after
    return rem, extra


def capacity_shares(
    demand: NDArray[Any], capacity: NDArray[Any], point: NDArray[Any], facility: NDArray[Any], n_facilities: int
) -> NDArray[Any]:
    """Load per facility when each point's demand is shared among the facilities in its reach by capacity."""
    cap_pair = capacity[facility]
    per_point = np.bincount(point, weights=cap_pair, minlength=len(demand))
    ok = per_point[point] > 0
    share = np.zeros(len(point))
    share[ok] = cap_pair[ok] / per_point[point][ok]
    return np.bincount(facility, weights=demand[point] * share, minlength=n_facilities)


# --------------------------------------------------------------------------------------------------
# Input preparation
# --------------------------------------------------------------------------------------------------


def _check_progress(progress: Callable[[float], bool] | None, fraction: float) -> None:
    """Report progress; stop with a PlannerError when the caller asks to cancel."""
    if progress is not None and progress(fraction):
        raise Cancelled(tr("the calculation was cancelled"))


def _listing(values: Iterable[Any], limit: int = 5) -> str:
    """A short comma-separated list of ids."""
    values = [str(v) for v in values]
    more = len(values) - limit
    head = ", ".join(values[:limit])
    return head + (tr(" and {n} more").format(n=more) if more > 0 else "")


def _column_values(df: pd.DataFrame, field_name: str | None, layer: str, cast: Callable[[Any], Any]) -> list[Any]:
    """Values of an optional per-unit field (tier, development type), None for nulls."""
    if not field_name:
        return [None] * len(df)
    require_field(df, field_name, layer)
    return [None if pd.isna(v) else cast(v) for v in df[field_name]]


def _tier(value: Any) -> int:
    """A settlement tier 1..5 from a field value."""
    return int(float(value))


# --------------------------------------------------------------------------------------------------
# The engine
# --------------------------------------------------------------------------------------------------


def prepare_demand(
    units: gpd.GeoDataFrame,
    facilities: gpd.GeoDataFrame,
    pack: Any,
    service: str,
    method: str = "unit_balance",
    *,
    population_field: str,
    capacity_field: str,
    unit_id_field: str | None = None,
    unit_name_field: str | None = None,
    facility_id_field: str | None = None,
    load_field: str | None = None,
    shifts_field: str | None = None,
    status_field: str | None = None,
    include_statuses: Sequence[str] = ("existing",),
    year_field: str | None = None,
    up_to_year: int | None = None,
    points: gpd.GeoDataFrame | None = None,
    points_population_field: str | None = None,
    network: gpd.GeoDataFrame | None = None,
    tier_field: str | None = None,
    development_field: str | None = None,
    radius_m: float | None = None,
    speed_m_per_min: float | None = None,
    null_capacity_as_zero: bool = False,
    progress: Callable[[float], bool] | None = None,
    extra_layers: Mapping[str, gpd.GeoDataFrame] | None = None,
    point_units: NDArray[Any] | None = None,
) -> PreparedDemand:
    """Demand points, counted facilities and norms as :func:`compute_provision` sees them.

    Everything before the reach step: units, facilities, population points, one metric CRS (with
    ``extra_layers`` projected into it too, e.g. candidate sites), the norms per unit, the demand per
    point and the counted facilities with their capacities. ``point_units``: units that get a point
    of their own even while they have no residents (a trajectory passes the units that have residents
    in some year). Inputs are never modified.
    """
    warnings: list[str] = []
    _check_progress(progress, 0.0)

    # ---- units
    require_not_empty(units, UNITS)
    if unit_id_field:
        require_unique_ids(units, unit_id_field, UNITS)
    units_in, w = check_geometries(units, UNITS, unit_id_field)
    warnings += w
    pop_u = numeric_field(units_in, population_field, UNITS, unit_id_field).to_numpy()
    tiers = _column_values(units_in, tier_field, UNITS, _tier)
    devs = _column_values(units_in, development_field, UNITS, lambda v: str(v).strip())

    # ---- facilities
    if facilities is None:
        raise InputError(tr("no facility layer was given"), layer=FACILITIES)
    fac_in, w = check_geometries(facilities, FACILITIES, facility_id_field) if len(facilities) else (facilities, [])
    warnings += w
    fac_ids = feature_ids(fac_in, facility_id_field)
    counted = np.ones(len(fac_in), dtype=bool)
    if status_field and len(fac_in):
        require_field(fac_in, status_field, FACILITIES)
        status = fac_in[status_field].astype("string").str.strip().str.lower()
        wanted = {str(s).strip().lower() for s in include_statuses}
        no_status = status.isna().to_numpy()
        if no_status.any():
            warnings.append(
                tr("{layer}: features {ids} have no status and were not counted").format(
                    layer=FACILITIES, ids=_listing(fac_ids[no_status])
                )
            )
        counted &= status.isin(wanted).fillna(False).to_numpy(dtype=bool)
    if year_field and up_to_year is not None and len(fac_in):
        years = numeric_field(fac_in, year_field, FACILITIES, facility_id_field, allow_null=True, minimum=None)
        counted &= ~(years > up_to_year).to_numpy()
    cap_all = np.zeros(len(fac_in))
    if len(fac_in):
        cap_series = numeric_field(
            fac_in.loc[counted] if counted.any() else fac_in.iloc[:0],
            capacity_field,
            FACILITIES,
            facility_id_field,
            allow_null=null_capacity_as_zero,
            null_value=0.0,
        )
        raw = pd.to_numeric(fac_in.loc[counted, capacity_field], errors="coerce") if counted.any() else None
        if raw is not None and raw.isna().any():
            warnings.append(
                tr("{layer}: no capacity in features {ids}; counted as 0").format(
                    layer=FACILITIES, ids=_listing(fac_ids[counted][raw.isna().to_numpy()])
                )
            )
        cap_all[counted] = cap_series.to_numpy()
        if shifts_field:
            shifts = numeric_field(fac_in, shifts_field, FACILITIES, facility_id_field, allow_null=True, null_value=1.0)
            cap_all *= shifts.to_numpy()
    given_load = None
    if load_field and len(fac_in):
        given_load = numeric_field(fac_in, load_field, FACILITIES, facility_id_field, allow_null=True).to_numpy()
    if not counted.any():
        warnings.append(tr("no facility of the chosen statuses and years: every unit has 0 capacity"))

    # ---- population points
    pts_in = None
    if points is not None:
        if not points_population_field:
            raise InputError(tr("give the residents field of the population points"), layer=POINTS)
        if len(points):
            pts_in, w = check_geometries(points, POINTS)
            warnings += w
            numeric_field(pts_in, points_population_field, POINTS)

    # ---- one metric CRS
    layers = {UNITS: units_in, FACILITIES: fac_in if len(fac_in) else None}
    if pts_in is not None:
        layers[POINTS] = pts_in
    if network is not None and method in REACH_METHODS:
        require_not_empty(network, NETWORK)
        layers[NETWORK] = network
    for name, layer in (extra_layers or {}).items():
        layers[name] = layer if len(layer) else None
    metric = to_metric({k: v for k, v in layers.items() if v is not None})
    warnings += metric.warnings
    units_m = metric.layers[UNITS]
    _check_progress(progress, 0.05)

    # ---- norms
    norms = norm_numbers(
        pack,
        service,
        units_in,
        pop_u,
        tiers,
        devs,
        radius_m=radius_m,
        speed_m_per_min=speed_m_per_min,
        layer=UNITS,
        id_field=unit_id_field,
        method=method,
    )
    demand_u = norms.demand
    n_units = len(units_in)
    if method in REACH_METHODS:
        no_radius = np.isnan(norms.radius)
        if no_radius.any():
            ids = feature_ids(units_in, unit_id_field)[no_radius]
            raise InputError(
                tr("the norm pack has no radius for service {service} in units {ids}; give radius_m").format(
                    service=service, ids=_listing(ids)
                ),
                layer=UNITS,
                field=tier_field or development_field,
            )

    # ---- demand points
    if pts_in is not None:
        pts_m = metric.layers[POINTS]
        res = pd.to_numeric(pts_m[points_population_field], errors="coerce").to_numpy(dtype=float)
        pts_xy = point_coords(pts_m)
        p_unit = points_in_polygons(pts_xy, units_m.geometry)
        outside = p_unit < 0
        if outside.any():
            warnings.append(
                tr("{layer}: {n} points ({residents} residents) lie outside every unit and were ignored").format(
                    layer=POINTS, n=int(outside.sum()), residents=f"{res[outside].sum():g}"
                )
            )
        keep = ~outside
        p_xy = pts_xy[keep]
        p_unit = p_unit[keep]
        res = res[keep]
    else:
        p_xy = np.empty((0, 2))
        p_unit = np.empty(0, dtype=np.int64)
        res = np.empty(0)
    d_pts, lonely = spread_demand(p_unit, res, demand_u)
    pop_pts, _ = spread_demand(p_unit, res, pop_u)
    p_share, _ = spread_demand(p_unit, res, np.ones(len(units_in)))
    lonely &= (pop_u > 0) | (demand_u > 0) | (point_units if point_units is not None else False)
    unit_reach = None
    if lonely.any():
        extra_unit = np.nonzero(lonely)[0]
        if method not in REACH_METHODS:  # no method without a radius uses where the residents are
            extra_xy = np.full((extra_unit.size, 2), np.nan)
        elif pts_in is None:  # each unit is one point: how far the unit reaches from it is checked too
            # how far exactly matters only where a unit could reach beyond its radius
            extra_xy, reach_lonely = point_coords_and_reach(
                units_m.geometry.iloc[extra_unit], within=norms.radius[extra_unit]
            )
            unit_reach = np.full(n_units, np.nan)
            unit_reach[extra_unit] = reach_lonely
        else:
            extra_xy = point_coords(units_m.iloc[extra_unit])
        if pts_in is not None:
            warnings.append(
                tr("{layer}: units {ids} have residents but no population point; a point inside each was used").format(
                    layer=UNITS, ids=_listing(feature_ids(units_in, unit_id_field)[lonely])
                )
            )
        p_xy = np.vstack([p_xy, extra_xy])
        p_unit = np.concatenate([p_unit, extra_unit])
        d_pts = np.concatenate([d_pts, demand_u[extra_unit]])
        pop_pts = np.concatenate([pop_pts, pop_u[extra_unit]])
        p_share = np.concatenate([p_share, np.ones(extra_unit.size)])
    p_radius = norms.radius[p_unit] if len(p_unit) else np.empty(0)

    # ---- facilities located in units
    fac_pos = np.nonzero(counted)[0]
    f_xy = point_coords(metric.layers[FACILITIES].iloc[fac_pos]) if fac_pos.size else np.empty((0, 2))
    f_cap = cap_all[fac_pos]
    f_unit = points_in_polygons(f_xy, units_m.geometry) if fac_pos.size else np.empty(0, np.int64)
    if (f_unit < 0).any():
        warnings.append(
            tr("{layer}: facilities {ids} lie outside every unit; they serve residents within reach only").format(
                layer=FACILITIES, ids=_listing(fac_ids.iloc[fac_pos[f_unit < 0]])
            )
        )
    inside = f_unit >= 0
    cap_u = np.bincount(f_unit[inside], weights=f_cap[inside], minlength=n_units)
    _check_progress(progress, 0.15)
    graph = None
    if network is not None and method in REACH_METHODS:
        graph = reach.build_graph(metric.layers[NETWORK].geometry, layer=NETWORK)
    return PreparedDemand(
        warnings=warnings,
        units_in=units_in,
        pop_u=pop_u,
        norms=norms,
        metric=metric,
        p_xy=p_xy,
        p_unit=p_unit,
        d_pts=d_pts,
        pop_pts=pop_pts,
        p_radius=p_radius,
        fac_in=fac_in,
        fac_ids=fac_ids,
        counted=counted,
        cap_all=cap_all,
        given_load=given_load,
        fac_pos=fac_pos,
        f_xy=f_xy,
        f_cap=f_cap,
        f_unit=f_unit,
        cap_u=cap_u,
        graph=graph,
        p_share=p_share,
        unit_reach=unit_reach,
    )


def pairs_within_reach(
    prep: PreparedDemand, xy: NDArray[Any], progress: Callable[[float], bool] | None = None
) -> reach.Pairs:
    """Pairs (demand point, site at ``xy``) within each point's radius: along the network when given."""
    if prep.graph is not None:
        return reach.network_pairs(prep.graph, prep.p_xy, xy, prep.p_radius, progress=progress)
    return reach.straight_pairs(prep.p_xy, xy, prep.p_radius, progress=progress)


def compute_provision(
    units: gpd.GeoDataFrame,
    facilities: gpd.GeoDataFrame,
    pack: Any,
    service: str,
    method: str = "unit_balance",
    *,
    population_field: str,
    capacity_field: str,
    unit_id_field: str | None = None,
    unit_name_field: str | None = None,
    facility_id_field: str | None = None,
    load_field: str | None = None,
    shifts_field: str | None = None,
    status_field: str | None = None,
    include_statuses: Sequence[str] = ("existing",),
    year_field: str | None = None,
    up_to_year: int | None = None,
    points: gpd.GeoDataFrame | None = None,
    points_population_field: str | None = None,
    network: gpd.GeoDataFrame | None = None,
    tier_field: str | None = None,
    development_field: str | None = None,
    radius_m: float | None = None,
    speed_m_per_min: float | None = None,
    decay: fca.Decay = None,
    beyond_norm: bool = True,
    null_capacity_as_zero: bool = False,
    progress: Callable[[float], bool] | None = None,
) -> ProvisionResult:
    """Provision of ``units`` with ``service`` by ``facilities`` under ``pack``, by ``method``.

    See the module docstring for the definitions. Inputs are never modified.
    """
    prepared = prepare_provision(
        units,
        facilities,
        pack,
        service,
        method,
        population_field=population_field,
        capacity_field=capacity_field,
        unit_id_field=unit_id_field,
        unit_name_field=unit_name_field,
        facility_id_field=facility_id_field,
        load_field=load_field,
        shifts_field=shifts_field,
        status_field=status_field,
        include_statuses=include_statuses,
        year_field=year_field,
        up_to_year=up_to_year,
        points=points,
        points_population_field=points_population_field,
        network=network,
        tier_field=tier_field,
        development_field=development_field,
        radius_m=radius_m,
        speed_m_per_min=speed_m_per_min,
        decay=decay,
        beyond_norm=beyond_norm,
        null_capacity_as_zero=null_capacity_as_zero,
        progress=progress,
    )
    return evaluate_provision(prepared, progress=progress)


def prepare_provision(
    units: gpd.GeoDataFrame,
    facilities: gpd.GeoDataFrame,
    pack: Any,
    service: str,
    method: str = "unit_balance",
    *,
    population_field: str,
    capacity_field: str,
    unit_id_field: str | None = None,
    unit_name_field: str | None = None,
    facility_id_field: str | None = None,
    load_field: str | None = None,
    shifts_field: str | None = None,
    status_field: str | None = None,
    include_statuses: Sequence[str] = ("existing",),
    year_field: str | None = None,
    up_to_year: int | None = None,
    points: gpd.GeoDataFrame | None = None,
    points_population_field: str | None = None,
    network: gpd.GeoDataFrame | None = None,
    tier_field: str | None = None,
    development_field: str | None = None,
    radius_m: float | None = None,
    speed_m_per_min: float | None = None,
    decay: fca.Decay = None,
    beyond_norm: bool = True,
    null_capacity_as_zero: bool = False,
    point_units: NDArray[Any] | None = None,
    progress: Callable[[float], bool] | None = None,
) -> PreparedProvision:
    """A provision run up to its method: :func:`prepare_demand` and the pairs within reach.

    Takes the arguments of :func:`compute_provision` and ``point_units`` (see :func:`prepare_demand`).
    :func:`evaluate_provision` runs the method on it, once, or once per year with that year's
    population, demand and facilities (a trajectory); the pairs within reach are found once.
    """
    if method not in METHODS:
        raise InputError(tr("unknown method {method}; use one of {methods}").format(method=method, methods=METHODS))
    prep = prepare_demand(
        units,
        facilities,
        pack,
        service,
        method,
        population_field=population_field,
        capacity_field=capacity_field,
        unit_id_field=unit_id_field,
        unit_name_field=unit_name_field,
        facility_id_field=facility_id_field,
        load_field=load_field,
        shifts_field=shifts_field,
        status_field=status_field,
        include_statuses=include_statuses,
        year_field=year_field,
        up_to_year=up_to_year,
        points=points,
        points_population_field=points_population_field,
        network=network,
        tier_field=tier_field,
        development_field=development_field,
        radius_m=radius_m,
        speed_m_per_min=speed_m_per_min,
        null_capacity_as_zero=null_capacity_as_zero,
        progress=progress,
        point_units=point_units,
    )
    f_xy = prep.f_xy
    has_points = points is not None and len(points) > 0
    if method in REACH_METHODS and not has_points:
        prep.warnings.extend(
            _one_point_per_unit(
                prep.metric.layers[UNITS],
                prep.norms.radius,
                prep.pop_u,
                prep.norms.demand,
                prep.units_in,
                unit_id_field,
                service,
                reach_m=prep.unit_reach,
            )
        )
    # ---- reach
    distance = "straight"
    pairs = None
    if method in REACH_METHODS:
        sub = _sub_progress(progress, 0.15, 0.6)
        if prep.graph is not None:
            distance = "network"
        pairs = pairs_within_reach(prep, f_xy, progress=sub)
        _check_progress(progress, 0.6)

    return PreparedProvision(
        units=units,
        facilities=facilities,
        pack=pack,
        service=service,
        method=method,
        population_field=population_field,
        unit_id_field=unit_id_field,
        unit_name_field=unit_name_field,
        demand=prep,
        pairs=pairs,
        distance=distance,
        decay=decay,
        beyond_norm=beyond_norm,
        has_points=has_points,
    )


@dataclass
class MethodInput:
    """What a provision method reads: per unit, per demand point, per counted facility, the pairs within reach."""

    demand_u: NDArray[Any]  # demand per unit
    cap_u: NDArray[Any]  # capacity of the facilities located in each unit
    d_pts: NDArray[Any]  # demand per point
    p_unit: NDArray[Any]  # unit (row position) of each point
    p_xy: NDArray[Any]
    f_cap: NDArray[Any]  # capacity per counted facility (0 when closed)
    f_xy: NDArray[Any]
    f_unit: NDArray[Any]  # unit of each counted facility (-1 outside every unit)
    inside: NDArray[Any]  # counted facility open and inside a unit
    pairs: reach.Pairs | None  # (point, facility) pairs within reach; None for unit_balance
    radius: NDArray[Any]  # radius per unit
    decay: fca.Decay
    beyond_norm: bool
    progress: Callable[[float], bool] | None

    @property
    def n_units(self) -> int:
        """The number of units."""
        return len(self.demand_u)

    def reach(self) -> reach.Pairs:
        """The pairs within reach (a reach method always has them)."""
        if self.pairs is None:
            raise PlannerError(tr("internal check failed: a reach method without pairs within reach"))
        return self.pairs


@dataclass
class MethodOutput:
    """What a provision method gives: deficit and surplus per unit, load per counted facility, extra columns."""

    deficit: NDArray[Any]
    surplus: NDArray[Any]
    load: NDArray[Any]
    extra: dict[str, NDArray[Any]] = field(default_factory=dict)


def unit_balance(m: MethodInput) -> MethodOutput:
    """Demand against the capacity located in each unit; a facility's load is its unit's demand by capacity."""
    deficit_u = np.maximum(0.0, m.demand_u - m.cap_u)
    surplus_u = np.maximum(0.0, m.cap_u - m.demand_u)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(m.cap_u[np.maximum(m.f_unit, 0)] > 0, m.f_cap / m.cap_u[np.maximum(m.f_unit, 0)], 0.0)
    f_load = np.where(m.inside, m.demand_u[np.maximum(m.f_unit, 0)] * share, 0.0)
    return MethodOutput(deficit_u, surplus_u, f_load)


def catchment(m: MethodInput) -> MethodOutput:
    """Demand of the residents with no facility within reach is the deficit; load shared by capacity.
    A facility of capacity 0 covers nobody."""
    pairs = m.reach()
    covered = np.zeros(len(m.p_xy), dtype=bool)
    covered[pairs.point[m.f_cap[pairs.facility] > 0]] = True
    met = np.bincount(m.p_unit, weights=np.where(covered, m.d_pts, 0.0), minlength=m.n_units)
    deficit_u = np.maximum(0.0, m.demand_u - met)
    surplus_u = np.maximum(0.0, m.cap_u - m.demand_u)
    f_load = capacity_shares(m.d_pts, m.f_cap, pairs.point, pairs.facility, len(m.f_cap))
    return MethodOutput(deficit_u, surplus_u, f_load)


def assignment(m: MethodInput) -> MethodOutput:
    """Capacity-constrained assignment within reach (nearest first), then beyond it unless refused."""
    pairs = m.reach()
    n_units = m.n_units
    rem, f_load = assign_greedy(m.d_pts, m.f_cap, pairs.point, pairs.facility)
    within_pts = m.d_pts - rem
    _check_progress(m.progress, 0.8)
    if m.beyond_norm and len(m.f_xy):
        rem2, extra = assign_beyond(rem, m.f_cap - f_load, m.p_xy, m.f_xy)
    else:
        rem2, extra = rem, np.zeros(len(m.f_cap))
    beyond_pts = rem - rem2
    f_load = f_load + extra
    within_u = np.bincount(m.p_unit, weights=within_pts, minlength=n_units)
    beyond_u = np.bincount(m.p_unit, weights=beyond_pts, minlength=n_units)
    unserved_u = np.bincount(m.p_unit, weights=rem2, minlength=n_units)
    deficit_u = np.maximum(0.0, m.demand_u - within_u)
    free_f = np.maximum(0.0, m.f_cap - f_load)
    surplus_u = np.bincount(m.f_unit[m.inside], weights=free_f[m.inside], minlength=n_units)
    extra_cols = {"served_within_norm": within_u, "served_beyond_norm": beyond_u, "unserved": unserved_u}
    return MethodOutput(deficit_u, surplus_u, f_load, extra_cols)


def _floating_catchment(m: MethodInput, weight: NDArray[Any] | None) -> MethodOutput:
    """2SFCA with the given pair weights (None: every pair counts fully)."""
    pairs = m.reach()
    n_units = m.n_units
    _ratio, acc = fca.two_step_fca(m.d_pts, m.f_cap, pairs.point, pairs.facility, weight)
    w = np.ones(len(pairs)) if weight is None else weight
    f_load = np.bincount(pairs.facility, weights=w * m.d_pts[pairs.point], minlength=len(m.f_cap))
    deficit_u = np.bincount(m.p_unit, weights=m.d_pts * np.maximum(0.0, 1.0 - acc), minlength=n_units)
    surplus_u = np.bincount(m.p_unit, weights=m.d_pts * np.maximum(0.0, acc - 1.0), minlength=n_units)
    weighted = np.bincount(m.p_unit, weights=m.d_pts * acc, minlength=n_units)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(m.demand_u > 0, weighted / m.demand_u, np.nan)
    return MethodOutput(deficit_u, surplus_u, f_load, {"access_ratio": ratio})


def two_step(m: MethodInput) -> MethodOutput:
    """2SFCA: supply-to-demand ratio of each facility, summed over the facilities within reach."""
    return _floating_catchment(m, None)


def two_step_decay(m: MethodInput) -> MethodOutput:
    """E2SFCA: 2SFCA with the distance decay ``decay`` up to the largest radius."""
    weight = fca.decay_weights(m.reach().dist, m.decay, float(np.nanmax(m.radius)))
    return _floating_catchment(m, weight)


METHOD_FUNCTIONS: dict[str, Callable[[MethodInput], MethodOutput]] = {
    "unit_balance": unit_balance,
    "catchment": catchment,
    "assignment": assignment,
    "2sfca": two_step,
    "e2sfca": two_step_decay,
}
"""One function per method (``core.definitions.METHODS``): the only place a method's arithmetic lives."""


def evaluate_provision(
    prepared: PreparedProvision,
    *,
    population: NDArray[Any] | None = None,
    demand: NDArray[Any] | None = None,
    capacity: NDArray[Any] | None = None,
    active: NDArray[Any] | None = None,
    progress: Callable[[float], bool] | None = None,
) -> ProvisionResult:
    """Run the method on a prepared provision run and build its unit and facility tables.

    ``population`` and ``demand`` (per unit), ``capacity`` (per facility feature) and ``active`` (per
    facility feature: open or not) replace those of the preparation: a trajectory evaluates one
    preparation once per year. Facilities the preparation did not count stay uncounted.
    """
    p = prepared
    prep = p.demand
    pack, service, method = p.pack, p.service, p.method
    decay, beyond_norm, distance = p.decay, p.beyond_norm, p.distance
    has_points = p.has_points
    warnings = list(prep.warnings)
    norms, metric = prep.norms, prep.metric
    pop_u = prep.pop_u if population is None else np.asarray(population, dtype=float)
    demand_u = norms.demand if demand is None else np.asarray(demand, dtype=float)
    n_units = len(prep.units_in)
    p_xy, p_unit, fac_pos, f_xy, f_unit = prep.p_xy, prep.p_unit, prep.fac_pos, prep.f_xy, prep.f_unit
    d_pts = prep.d_pts if demand is None else demand_u[p_unit] * prep.p_share
    pop_pts = prep.pop_pts if population is None else pop_u[p_unit] * prep.p_share
    cap_all = prep.cap_all if capacity is None else np.asarray(capacity, dtype=float)
    counted = prep.counted if active is None else prep.counted & np.asarray(active, dtype=bool)
    on = counted[fac_pos]
    f_cap = np.where(on, cap_all[fac_pos], 0.0)
    inside = (f_unit >= 0) & on
    cap_u = np.bincount(f_unit[inside], weights=f_cap[inside], minlength=n_units)
    pairs = p.pairs
    if pairs is not None and not on.all():
        keep = on[pairs.facility]
        pairs = reach.Pairs(pairs.point[keep], pairs.facility[keep], pairs.dist[keep])

    # ---- method
    nan_u = np.full(n_units, np.nan)
    covered_u = uncovered_u = nan_u
    if pairs is not None:
        # a facility of capacity 0 serves nobody: it does not cover the residents around it
        covered = np.zeros(len(p_xy), dtype=bool)
        covered[pairs.point[f_cap[pairs.facility] > 0]] = True
        covered_u = np.bincount(p_unit, weights=np.where(covered, pop_pts, 0.0), minlength=n_units)
        uncovered_u = np.bincount(p_unit, weights=np.where(covered, 0.0, pop_pts), minlength=n_units)
    result = METHOD_FUNCTIONS[method](
        MethodInput(
            demand_u=demand_u,
            cap_u=cap_u,
            d_pts=d_pts,
            p_unit=p_unit,
            p_xy=p_xy,
            f_cap=f_cap,
            f_xy=f_xy,
            f_unit=f_unit,
            inside=inside,
            pairs=pairs,
            radius=norms.radius,
            decay=decay,
            beyond_norm=beyond_norm,
            progress=progress,
        )
    )
    deficit_u, surplus_u, f_load, out = result.deficit, result.surplus, result.load, dict(result.extra)
    _check_progress(progress, 0.9)

    # ---- the result: unit table, facility table, totals, meta
    table, extra_cols, w = _unit_table(
        p,
        pop_u=pop_u,
        demand_u=demand_u,
        cap_u=cap_u,
        deficit_u=deficit_u,
        surplus_u=surplus_u,
        covered_u=covered_u,
        uncovered_u=uncovered_u,
        out=out,
    )
    warnings += w
    fac_table, w = _facility_table(p, f_load=f_load, cap_all=cap_all, counted=counted)
    warnings += w

    # ---- totals and reconciliation
    totals = _totals(table, method, extra_cols)
    _reconcile(totals, demand_u, method)
    radii = np.unique(norms.radius[~np.isnan(norms.radius)])
    meta = {
        "service": service,
        "method": method,
        "capacity_unit": norms.capacity_unit,
        "norm_pack": getattr(pack, "id", ""),
        "norm_pack_edition": getattr(pack, "edition", ""),
        "norm_pack_hash": getattr(pack, "content_hash", ""),
        "crs_used": metric.crs_label,
        "distance": distance if method in REACH_METHODS else None,
        "radius_m": (float(radii[0]) if radii.size == 1 else radii.tolist()) if method in REACH_METHODS else None,
        "decay": fca.decay_label(decay, float(radii.max()) if radii.size else None) if method == "e2sfca" else None,
        "demand_points": len(p_xy),
        "residents_at": ("points" if has_points else "unit_point") if method in REACH_METHODS else None,
        "facilities_counted": int(counted.sum()),
        "pairs_within_reach": len(pairs) if pairs is not None else None,
        "norm_unverified": sorted(norms.unverified),
    }
    for text in warnings:
        log.info(text)
    _check_progress(progress, 1.0)
    return ProvisionResult(table, fac_table, totals, meta, norms.used, warnings)


def _unit_table(
    p: PreparedProvision,
    *,
    pop_u: NDArray[Any],
    demand_u: NDArray[Any],
    cap_u: NDArray[Any],
    deficit_u: NDArray[Any],
    surplus_u: NDArray[Any],
    covered_u: NDArray[Any],
    uncovered_u: NDArray[Any],
    out: dict[str, NDArray[Any]],
) -> tuple[gpd.GeoDataFrame, tuple[str, ...], list[str]]:
    """The unit table of a provision run: the units' attributes, the provision fields, the standard stamp."""
    units, pack, service, method = p.units, p.pack, p.service, p.method
    population_field, unit_id_field, unit_name_field = p.population_field, p.unit_id_field, p.unit_name_field
    norms, n_units, has_points = p.demand.norms, len(p.demand.units_in), p.has_points
    with np.errstate(divide="ignore", invalid="ignore"):
        provision = np.where(demand_u > 0, 100.0 * cap_u / demand_u, np.nan)
        within_pct = np.where(demand_u > 0, 100.0 * (demand_u - deficit_u) / demand_u, np.nan)
    tol = TOLERANCE * np.maximum(1.0, demand_u)
    deficit_u = np.where(deficit_u <= tol, 0.0, deficit_u)
    meets = deficit_u <= tol
    typical = norms.typical_size
    with np.errstate(divide="ignore", invalid="ignore"):
        needed = np.where(meets, 0.0, np.ceil(deficit_u / typical - TOLERANCE))
    needed = np.where(np.isnan(typical), np.nan, needed)

    extra_cols = {
        "assignment": ASSIGNMENT_COLUMNS,
        "2sfca": ACCESS_COLUMNS,
        "e2sfca": ACCESS_COLUMNS,
    }.get(method, ())
    if method in REACH_METHODS:
        extra_cols = (*REACH_COLUMNS, *extra_cols)
        out["within_norm_pct"] = np.where(demand_u > 0, np.where(deficit_u <= tol, 100.0, within_pct), np.nan)
        out["residents_at"] = np.full(n_units, "points" if has_points else "unit_point", dtype=object)
    keep = [population_field] if population_field in PROVISION_COLUMNS else []
    table, w = keep_inputs(units, (*PROVISION_COLUMNS, *extra_cols), keep=keep)
    warnings = w
    table["unit_name"] = unit_names(units, unit_name_field, unit_id_field).to_numpy()
    values = {
        "population": pop_u,
        "demand": demand_u,
        "capacity": cap_u,
        "provision_pct": provision,
        "deficit": deficit_u,
        "surplus": surplus_u,
        "objects_needed": needed,
        "covered_pop": covered_u,
        "uncovered_pop": uncovered_u,
    }
    for name, arr in values.items():
        table[name] = arr
    unknown = np.isnan(needed)
    table["objects_needed"] = pd.arrays.IntegerArray(np.where(unknown, 0, needed).astype(np.int64), unknown)
    table["meets_norm"] = meets
    for name in extra_cols:
        table[name] = out[name]
    table = _stamp_once(p, "units", table, service, method, pack, norms.unverified, norms.unit_uses)
    return table, extra_cols, warnings


def _facility_table(
    p: PreparedProvision, *, f_load: NDArray[Any], cap_all: NDArray[Any], counted: NDArray[Any]
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """The facility table of a provision run: load, load %, overloaded (against the pack's threshold)."""
    facilities, pack, service, method = p.facilities, p.pack, p.service, p.method
    norms, prep = p.demand.norms, p.demand
    fac_in, given_load, fac_pos = prep.fac_in, prep.given_load, prep.fac_pos
    fac_table, w = keep_inputs(facilities, FACILITY_COLUMNS)
    warnings = w
    load_all = np.full(len(fac_in), np.nan)
    if method != "assignment" and given_load is not None:
        load_all[fac_pos] = given_load[fac_pos]
        missing = np.isnan(given_load[fac_pos])
        load_all[fac_pos[missing]] = f_load[missing]
    else:
        load_all[fac_pos] = f_load
    load_all[~counted] = np.nan
    threshold = 100.0 if norms.overload_pct is None else float(norms.overload_pct)
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(cap_all > 0, 100.0 * load_all / cap_all, np.nan)
    pct[~counted] = np.nan
    fac_table["load"] = load_all
    fac_table["load_pct"] = pct
    over = pd.array([None] * len(fac_in), dtype="boolean")
    over[counted] = pct[counted] > threshold + 1e-9
    fac_table["overloaded"] = over
    fac_table = _stamp_once(p, "facilities", fac_table, service, method, pack, norms.unverified, norms.used)
    return fac_table, warnings


def _one_point_per_unit(
    units_m: gpd.GeoDataFrame,
    radius: NDArray[Any],
    population: NDArray[Any],
    demand: NDArray[Any],
    units_in: gpd.GeoDataFrame,
    id_field: str | None,
    service: str,
    reach_m: NDArray[Any] | None = None,
) -> list[str]:
    """Refuse a reach method without population points for units larger than the radius; else warn.

    Without points a unit's residents sit at one point inside it (``representative_point``): a unit
    whose boundary lies further than the norm's radius from that point would count all its residents
    as covered or none. Returns the warning that each unit counts as one point.
    """
    inhabited = (population > 0) | (demand > 0)
    if reach_m is None or np.isnan(reach_m[inhabited]).any():  # measured already for the units as points
        reach_m = reach_from_inner_point(units_m.geometry)
    too_large = inhabited & (reach_m > radius + 1e-9)
    if too_large.any():
        ids = feature_ids(units_in, id_field)[too_large]
        raise InputError(
            tr(
                "without population points each unit counts as one point, but units {ids} reach up to {far} m from it, more than the norm's radius of {radius} m for {service}: give population points (buildings) or use the balance within each unit"  # noqa: E501
            ).format(
                ids=_listing(ids),
                far=f"{float(reach_m[too_large].max()):,.0f}",
                radius=f"{float(np.nanmin(radius[too_large])):g}",
                service=service,
            ),
            layer=UNITS,
        )
    return [
        tr(
            "no population points: the residents of each unit count as one point inside it (every unit is within the radius of that point); give buildings for a finer result"  # noqa: E501
        )
    ]


def _stamp_once(
    prepared: PreparedProvision,
    key: str,
    table: pd.DataFrame,
    service: str,
    method: str,
    pack: Any,
    unverified: Iterable[str],
    uses: Any,
) -> pd.DataFrame:
    """:func:`stamp` the table; the norm-use texts, the same in every evaluation of a preparation, once."""
    cached = prepared.stamped.get(key)
    if cached is not None and len(cached) == len(table):
        table = stamp(table, service=service, method=method, pack=pack, unverified_keys=unverified)
        table["norms_used"] = cached
        return table
    table = stamp(table, service=service, method=method, pack=pack, unverified_keys=unverified, uses=uses)
    prepared.stamped[key] = table["norms_used"].to_numpy()
    return table


def _sub_progress(progress: Callable[[float], bool] | None, lo: float, hi: float) -> Callable[[float], bool] | None:
    """A progress callback mapping 0..1 onto lo..hi of the caller's progress."""
    if progress is None:
        return None

    def sub(fraction: float) -> bool:
        """Forward the scaled fraction."""
        if progress(lo + (hi - lo) * fraction):
            raise Cancelled(tr("the calculation was cancelled"))
        return False

    return sub


def _totals(table: pd.DataFrame, method: str, extra_cols: Sequence[str]) -> dict[str, Any]:
    """Sums of the unit fields over all units (access_ratio: demand-weighted mean)."""
    totals: dict[str, Any] = {}
    for name in ("population", "demand", "capacity", "deficit", "surplus", "covered_pop", "uncovered_pop"):
        col = table[name].to_numpy(dtype=float)
        totals[name] = None if np.isnan(col).all() else float(np.nansum(col))
    needed = table["objects_needed"]
    totals["objects_needed"] = None if needed.isna().all() else int(needed.fillna(0).sum())
    demand = totals["demand"] or 0.0
    totals["provision_pct"] = 100.0 * totals["capacity"] / demand if demand > 0 else None
    for name in extra_cols:
        if name == "within_norm_pct":
            totals[name] = 100.0 * (demand - totals["deficit"]) / demand if demand > 0 else None
        elif name == "residents_at":
            totals[name] = str(table[name].iloc[0]) if len(table) else None
        elif name == "access_ratio":
            acc = table[name].to_numpy(dtype=float)
            dem = table["demand"].to_numpy(dtype=float)
            ok = ~np.isnan(acc)
            totals[name] = float((acc[ok] * dem[ok]).sum() / demand) if demand > 0 else None
        else:
            totals[name] = float(table[name].sum())
    totals["units"] = len(table)
    totals["units_meeting_norm"] = int(table["meets_norm"].sum())
    return totals


def _reconcile(totals: dict[str, Any], demand_u: NDArray[Any], method: str) -> None:
    """Check that the totals add up (served + unserved = demand); a failure is a bug, not bad input."""
    demand = float(demand_u.sum())
    scale = max(1.0, abs(demand))
    if method == "assignment":
        parts = totals["served_within_norm"] + totals["served_beyond_norm"] + totals["unserved"]
        if abs(parts - demand) > 1e-6 * scale:
            raise PlannerError(
                tr("internal check failed: served plus unserved ({parts}) differs from demand ({demand})").format(
                    parts=parts, demand=demand
                )
            )
    if not math.isclose(totals["demand"], demand, rel_tol=1e-12, abs_tol=1e-9):
        raise PlannerError(tr("internal check failed: unit demands do not add up to the total"))
