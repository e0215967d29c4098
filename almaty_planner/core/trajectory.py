"""Deficit trajectories: provision year by year as facilities open and close and the city grows.

One provision run is prepared once (:func:`almaty_planner.core.provision.prepare_provision`: inputs
checked, norms read, demand points placed, pairs within reach found for every facility of every
year and scenario); each year then only changes what changes (who is open, their capacity, the
population and demand of each unit) and runs the method on it
(:func:`almaty_planner.core.provision.evaluate_provision`). The numbers of a year are therefore
exactly those of the provision check run with that year's facilities and population.

Definitions
-----------
* Facilities: a facility counts in year ``y`` when its status is among ``include_statuses`` (when a
  status field is given), its commissioning year is empty or ``<= y``, and its closing year is empty
  or ``> y`` (a school closed in 2028 has no places from 2028 on). An extension is a facility of its
  own (the places it adds, its year); a capacity change of a scenario adds (or removes) places from
  its year on. Years are whole numbers from 1900 to 2100; a closing year before the commissioning
  year is refused.
* Population of unit ``i`` in year ``y`` (base: the population field, in ``base_year``):
  - growth: ``P_i(y) = P_i * (1 + g_i / 100) ** (y - base_year)`` with ``g_i`` from the growth field
    (an empty value: ``growth_pct``) or ``growth_pct`` (0 when neither is given);
  - forecast (a table unit x year, long with ``year`` and ``population`` columns, or wide with
    ``pop_YYYY`` columns): the forecast value in its years, linear between known years (the base year
    counts as known), after the last forecast year growth as above from the last value; units
    missing from the forecast follow growth;
  - housing projects (points with a completion year and a number of flats): from the completion
    year on, ``flats * household_size`` residents are added to the unit the point lies in, and
    ``flats * demand_per_flat`` places of demand (without a rate per flat: the new residents times
    the unit's demand per resident under the pack's rule; the city's, for a unit without
    residents). Values given by the planner, not by the pack, are listed in ``norm_unverified``
    (``housing:household_size``, ``housing:demand_per_flat``).
* Demand of unit ``i`` in year ``y``: the pack's demand of the base year times ``P_i(y) / P_i``
  (growth or forecast; a unit without base population keeps its base demand), plus housing. With
  cohort ageing (``cohort_fields``: children by single year of age, youngest first, the last the age
  just below school entry), school demand instead moves cohorts on: each year the oldest remaining
  cohort enters first grade and one grade of the base year's pupils leaves,
  ``D_i(base + k) = D_i + sum_{j=1..k} (C_i[n - j] - D_i / grades)`` (``C_i[m]`` the cohort of age
  index m; after the youngest has entered, each year's entrants equal the youngest cohort).
* Per unit and year: population, demand, capacity, deficit, surplus, objects_needed, meets_norm as
  the provision engine defines them. ``first_year_meets``: the first year of the range from which the
  unit meets the norm in every later year of the range (empty when it never does).
  ``deficit_years``: the deficit summed over units and years of the range ("child-years without a
  place" for schools and kindergartens).
* City totals per year: sums over units; ``target`` is the planner's target deficit for the year
  (empty when none); ``above_target`` = deficit - target.
* Scenarios: named sets of changes on the baseline (new facilities, closures, capacity changes,
  another growth rate). Each is evaluated on the same preparation; ``deficit_change`` = scenario
  deficit - baseline deficit for the same unit and year, so the changes add up to the change of the
  city's deficit.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

import geopandas as gpd
import numpy as np
import pandas as pd
from numpy.typing import NDArray

from almaty_planner.core import access as fca
from almaty_planner.core.errors import Cancelled, InputError
from almaty_planner.core.geo import point_coords, points_in_polygons, to_metric
from almaty_planner.core.i18n import tr
from almaty_planner.core.norms import NormUse, decode_uses, encode_uses
from almaty_planner.core.provision import (
    evaluate_provision,
    prepare_provision,
)
from almaty_planner.core.results import ACCESS_COLUMNS, ASSIGNMENT_COLUMNS, PROVISION_COLUMNS, keep_inputs, unit_names
from almaty_planner.core.validation import (
    feature_ids,
    numeric_field,
    require_field,
    require_not_empty,
    require_unique_ids,
)

YEAR_MIN = 1900
YEAR_MAX = 2100
DEFAULT_TO_YEAR = 2030
DEFAULT_STATUSES = ("existing", "under_construction", "planned", "extension")
SCHOOL_GRADES = 11
BASELINE = "baseline"

UNITS = "units"
FACILITIES = "facilities"
FORECAST = "forecast"
HOUSING = "housing"
TARGETS = "targets"
SCENARIO = "scenario"

TRAJECTORY_COLUMNS = (
    "scenario",
    "unit",
    "unit_name",
    "year",
    "population",
    "demand",
    "capacity",
    "deficit",
    "surplus",
    "objects_needed",
    "meets_norm",
    "provision_pct",
    "deficit_change",
    "norms_used",
)
CITY_COLUMNS = (
    "scenario",
    "year",
    "population",
    "demand",
    "capacity",
    "deficit",
    "surplus",
    "objects_needed",
    "units_meeting_norm",
    "target",
    "above_target",
)
_POP_COLUMN = re.compile(r"^pop_(\d{4})$")


@dataclass
class Scenario:
    """A named set of changes on the baseline.

    ``facilities``: new facilities or extensions (the fields of the facility layer: capacity, years);
    ``closures``: facility id -> closing year; ``capacity_changes``: (facility id, year, places added,
    negative to remove); ``growth_pct``: another growth rate for every unit (% a year).
    """

    name: str
    facilities: gpd.GeoDataFrame | None = None
    closures: Mapping[Any, int] = field(default_factory=dict)
    capacity_changes: Sequence[tuple[Any, int, float]] = ()
    growth_pct: float | None = None


@dataclass
class Housing:
    """Housing projects: points with a completion year and a number of flats."""

    layer: gpd.GeoDataFrame
    year_field: str
    flats_field: str
    household_size: float
    demand_per_flat: float | None = None
    id_field: str | None = None


@dataclass
class TrajectoryResult:
    """What :func:`compute_trajectory` returns."""

    table: pd.DataFrame  # one row per scenario, unit and year (TRAJECTORY_COLUMNS + the standard stamp)
    units: gpd.GeoDataFrame  # baseline: the units with deficit_YYYY per year and first_year_meets
    city: pd.DataFrame  # one row per scenario and year (CITY_COLUMNS)
    deficit_years: dict[str, float]  # per scenario: deficit summed over units and years
    years: list[int]
    meta: dict[str, Any]
    norms_used: list[NormUse]
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------
# Years
# --------------------------------------------------------------------------------------------------


def id_text(value: Any) -> str:
    """An id as text for matching across tables: 3072807, 3072807.0 and "3072807" are the same unit."""
    if isinstance(value, (float, np.floating)) and math.isfinite(value) and float(value).is_integer():
        return str(int(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return str(value).strip()


def check_year(value: Any, what: str, layer: str | None = None, field_name: str | None = None) -> int:
    """A year given as a parameter: a whole number from 1900 to 2100, else an error naming it."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or number != int(number) or not YEAR_MIN <= number <= YEAR_MAX:
        raise InputError(
            tr("{what} must be a year from {lo} to {hi}, got {value!r}").format(
                what=what, lo=YEAR_MIN, hi=YEAR_MAX, value=value
            ),
            layer=layer,
            field=field_name,
        )
    return int(number)


def year_column(df: pd.DataFrame, field_name: str, layer: str, id_field: str | None = None) -> NDArray[Any]:
    """A field of years as floats (NaN where empty), refusing text, fractions and years outside 1900-2100."""
    require_field(df, field_name, layer)
    raw = df[field_name]
    number = pd.to_numeric(raw, errors="coerce")
    text = (number.isna() & raw.notna() & (raw.astype(str).str.strip() != "")).to_numpy()
    if text.any():
        bad = int(np.nonzero(text)[0][0])
        raise InputError(
            tr("the year must be a whole number from {lo} to {hi}, got {value!r}").format(
                lo=YEAR_MIN, hi=YEAR_MAX, value=raw.iloc[bad]
            ),
            layer=layer,
            feature=feature_ids(df, id_field).iloc[bad],
            field=field_name,
        )
    values = numeric_field(df, field_name, layer, id_field, allow_null=True, minimum=None).to_numpy(dtype=float)
    ok = np.isnan(values) | ((values >= YEAR_MIN) & (values <= YEAR_MAX) & (values == np.floor(values)))
    if not ok.all():
        bad = np.nonzero(~ok)[0][0]
        raise InputError(
            tr("the year must be a whole number from {lo} to {hi}, got {value}").format(
                lo=YEAR_MIN, hi=YEAR_MAX, value=f"{values[bad]:g}"
            ),
            layer=layer,
            feature=feature_ids(df, id_field).iloc[bad],
            field=field_name,
        )
    return cast("NDArray[Any]", values)


def year_range(from_year: Any, to_year: Any) -> list[int]:
    """The years FROM_YEAR..TO_YEAR; FROM_YEAR after TO_YEAR is refused."""
    lo = check_year(from_year, "FROM_YEAR")
    hi = check_year(to_year, "TO_YEAR")
    if lo > hi:
        raise InputError(
            tr("FROM_YEAR ({lo}) is after TO_YEAR ({hi}); give a range of years").format(lo=lo, hi=hi),
            field="FROM_YEAR",
        )
    return list(range(lo, hi + 1))


def parse_targets(targets: Any, layer: str = TARGETS) -> dict[int, float]:
    """Targets as ``{year: deficit}`` from a mapping or a table with ``year`` and ``target`` columns."""
    if targets is None:
        return {}
    if isinstance(targets, Mapping):
        items = list(targets.items())
        out: dict[int, float] = {}
        for year, value in items:
            y = check_year(year, tr("a target year"), layer=layer, field_name="year")
            try:
                out[y] = float(value)
            except (TypeError, ValueError):
                raise InputError(
                    tr("the target of {year} is not a number: {value!r}").format(year=y, value=value),
                    layer=layer,
                    field="target",
                ) from None
        return out
    frame = pd.DataFrame(targets)
    require_field(frame, "year", layer)
    require_field(frame, "target", layer)
    years = year_column(frame, "year", layer)
    values = numeric_field(frame, "target", layer)
    return {int(y): float(v) for y, v in zip(years, values) if not np.isnan(y)}


# --------------------------------------------------------------------------------------------------
# Population
# --------------------------------------------------------------------------------------------------


def growth_rates(
    units: pd.DataFrame, growth_pct: float | None, growth_field: str | None, id_field: str | None
) -> NDArray[Any]:
    """Per-unit growth in % a year: the growth field (empty: ``growth_pct``), else ``growth_pct``, else 0."""
    default = 0.0 if growth_pct is None else float(growth_pct)
    if growth_field:
        rates = numeric_field(units, growth_field, UNITS, id_field, allow_null=True, minimum=None).to_numpy(float)
        rates = np.where(np.isnan(rates), default, rates)
    else:
        rates = np.full(len(units), default)
    if (rates <= -100).any():
        bad = int(np.nonzero(rates <= -100)[0][0])
        raise InputError(
            tr("a growth rate must be above -100% a year, got {value}").format(value=f"{rates[bad]:g}"),
            layer=UNITS,
            feature=feature_ids(units, id_field).iloc[bad],
            field=growth_field or "GROWTH_PCT",
        )
    return rates


def compound(base: NDArray[Any], rates: NDArray[Any], years: Sequence[int], base_year: int) -> NDArray[Any]:
    """``base * (1 + rate/100) ** (year - base_year)``: an array units x years."""
    steps = np.asarray(years, dtype=float) - base_year
    return base[:, None] * (1.0 + rates[:, None] / 100.0) ** steps[None, :]


def read_forecast(
    forecast: pd.DataFrame, unit_ids: pd.Series, id_field: str | None, forecast_id_field: str | None
) -> dict[int, dict[int, float]]:
    """``{unit position: {year: population}}`` from a long (year, population) or wide (pop_YYYY) table.

    A row naming a unit that is not in the units layer is refused, naming the row and the id field.
    """
    frame = pd.DataFrame(forecast.drop(columns="geometry", errors="ignore"))
    key = forecast_id_field or id_field
    if not key:
        raise InputError(tr("give the unit id field that the forecast table uses"), layer=FORECAST)
    require_field(frame, key, FORECAST)
    position = {id_text(v): i for i, v in enumerate(unit_ids)}
    fid = frame[key].map(id_text)
    unknown = ~fid.isin(list(position))
    if unknown.any():
        first = frame.index[unknown.to_numpy()][0]
        raise InputError(
            tr("the forecast names units that are not in the units layer: {ids}").format(
                ids=", ".join(fid[unknown].unique()[:5])
            ),
            layer=FORECAST,
            feature=first,
            field=key,
        )
    out: dict[int, dict[int, float]] = {}
    if "year" in frame.columns and "population" in frame.columns:
        years = year_column(frame, "year", FORECAST, key)
        values = numeric_field(frame, "population", FORECAST, key).to_numpy(float)
        for uid, y, v in zip(fid, years, values):
            if np.isnan(y):
                continue
            out.setdefault(position[uid], {})[int(y)] = float(v)
        return out
    columns = [(c, int(m.group(1))) for c in frame.columns if (m := _POP_COLUMN.match(str(c)))]
    if not columns:
        raise InputError(
            tr("the forecast needs columns year and population, or pop_YYYY columns (e.g. pop_2027)"),
            layer=FORECAST,
        )
    for column, year in columns:
        check_year(year, column, layer=FORECAST, field_name=column)
        values = numeric_field(frame, column, FORECAST, key, allow_null=True).to_numpy(float)
        for uid, v in zip(fid, values):
            if not np.isnan(v):
                out.setdefault(position[uid], {})[year] = float(v)
    return out


def population_by_year(
    base: NDArray[Any],
    rates: NDArray[Any],
    years: Sequence[int],
    base_year: int,
    forecast: Mapping[int, Mapping[int, float]] | None = None,
) -> NDArray[Any]:
    """Population units x years from compound growth, with forecast values where given."""
    pop = compound(base, rates, years, base_year)
    for i, known in (forecast or {}).items():
        points = dict(known)
        points.setdefault(base_year, float(base[i]))
        xs = sorted(points)
        ys = [points[x] for x in xs]
        for k, year in enumerate(years):
            if year in points:
                pop[i, k] = points[year]
            elif xs[0] < year < xs[-1]:
                pop[i, k] = float(np.interp(year, xs, ys))
            elif year > xs[-1]:
                pop[i, k] = ys[-1] * (1.0 + rates[i] / 100.0) ** (year - xs[-1])
            else:
                pop[i, k] = ys[0] * (1.0 + rates[i] / 100.0) ** (year - xs[0])
    return pop


def housing_by_year(
    housing: Housing, units_m: gpd.GeoDataFrame, years: Sequence[int], warnings: list[str]
) -> tuple[NDArray[Any], NDArray[Any] | None]:
    """Residents (and demand, with a rate per flat) added per unit and year by housing projects."""
    layer = housing.layer
    n = len(units_m)
    added = np.zeros((n, len(years)))
    if layer is None or not len(layer):
        return added, None
    year = year_column(layer, housing.year_field, HOUSING, housing.id_field)
    flats = numeric_field(layer, housing.flats_field, HOUSING, housing.id_field).to_numpy(float)
    if not housing.household_size or housing.household_size <= 0:
        raise InputError(tr("give the household size (residents per flat) of the housing projects"), layer=HOUSING)
    metric = to_metric({UNITS: units_m, HOUSING: layer})
    xy = point_coords(metric.layers[HOUSING])
    unit = points_in_polygons(xy, metric.layers[UNITS].geometry)
    outside = unit < 0
    if outside.any():
        warnings.append(
            tr("{layer}: projects {ids} lie outside every unit and were ignored").format(
                layer=HOUSING, ids=", ".join(str(v) for v in feature_ids(layer, housing.id_field)[outside][:5])
            )
        )
    no_year = np.isnan(year)
    if no_year.any():
        raise InputError(
            tr("a housing project needs its completion year"),
            layer=HOUSING,
            feature=feature_ids(layer, housing.id_field).iloc[int(np.nonzero(no_year)[0][0])],
            field=housing.year_field,
        )
    flats_added = np.zeros((n, len(years)))
    for k, y in enumerate(years):
        done = (~outside) & (year <= y)
        flats_added[:, k] = np.bincount(unit[done], weights=flats[done], minlength=n)
    added = flats_added * float(housing.household_size)
    demand = None if housing.demand_per_flat is None else flats_added * float(housing.demand_per_flat)
    return added, demand


def cohort_demand(
    units: pd.DataFrame,
    cohort_fields: Sequence[str],
    base_demand: NDArray[Any],
    years: Sequence[int],
    base_year: int,
    id_field: str | None,
    grades: int = SCHOOL_GRADES,
) -> NDArray[Any]:
    """School demand units x years with cohorts moving on one year per year (module docstring)."""
    cohorts = np.column_stack(
        [
            numeric_field(units, f, UNITS, id_field, allow_null=True, null_value=0.0).to_numpy(float)
            for f in cohort_fields
        ]
    )
    n_ages = cohorts.shape[1]
    leavers = base_demand / float(grades)
    out = np.empty((len(units), len(years)))
    for k, year in enumerate(years):
        steps = year - base_year
        total = base_demand.copy()
        for j in range(1, abs(steps) + 1):
            entrants = cohorts[:, n_ages - j] if j <= n_ages else cohorts[:, 0]
            total += np.sign(steps) * (entrants - leavers)
        out[:, k] = np.maximum(total, 0.0)
    return out


# --------------------------------------------------------------------------------------------------
# Facilities
# --------------------------------------------------------------------------------------------------


def _status_mask(
    facilities: pd.DataFrame,
    status_field: str | None,
    statuses: Sequence[str],
    id_field: str | None,
    warnings: list[str],
) -> NDArray[Any]:
    """Facilities of the chosen statuses (all when no status field is given)."""
    if not status_field or not len(facilities):
        return np.ones(len(facilities), dtype=bool)
    require_field(facilities, status_field, FACILITIES)
    status = facilities[status_field].astype("string").str.strip().str.lower()
    wanted = {str(s).strip().lower() for s in statuses}
    empty = status.isna().to_numpy()
    if empty.any():
        warnings.append(
            tr("{layer}: features {ids} have no status and were not counted").format(
                layer=FACILITIES, ids=", ".join(str(v) for v in feature_ids(facilities, id_field)[empty][:5])
            )
        )
    return cast("NDArray[Any]", status.isin(wanted).fillna(False).to_numpy(dtype=bool))


def _open_close(
    facilities: pd.DataFrame, year_field: str | None, close_field: str | None, id_field: str | None
) -> tuple[NDArray[Any], NDArray[Any]]:
    """Commissioning and closing years (NaN: from the start / never), refusing a closure before opening."""
    n = len(facilities)
    opens = year_column(facilities, year_field, FACILITIES, id_field) if year_field and n else np.full(n, np.nan)
    closes = year_column(facilities, close_field, FACILITIES, id_field) if close_field and n else np.full(n, np.nan)
    bad = ~np.isnan(opens) & ~np.isnan(closes) & (closes < opens)
    if bad.any():
        k = int(np.nonzero(bad)[0][0])
        raise InputError(
            tr("the closing year {close} is before the commissioning year {open}").format(
                close=int(closes[k]), open=int(opens[k])
            ),
            layer=FACILITIES,
            feature=feature_ids(facilities, id_field).iloc[k],
            field=close_field,
        )
    return opens, closes


def active_in(opens: NDArray[Any], closes: NDArray[Any], year: int) -> NDArray[Any]:
    """Facilities open in ``year``: commissioned by then (or without a year) and not yet closed."""
    return cast("NDArray[Any]", (np.isnan(opens) | (opens <= year)) & (np.isnan(closes) | (closes > year)))


# --------------------------------------------------------------------------------------------------
# The trajectory
# --------------------------------------------------------------------------------------------------


def compute_trajectory(
    units: gpd.GeoDataFrame,
    facilities: gpd.GeoDataFrame,
    pack: Any,
    service: str,
    method: str = "unit_balance",
    *,
    population_field: str,
    capacity_field: str,
    from_year: int,
    to_year: int = DEFAULT_TO_YEAR,
    base_year: int | None = None,
    unit_id_field: str | None = None,
    unit_name_field: str | None = None,
    facility_id_field: str | None = None,
    year_field: str | None = None,
    close_year_field: str | None = None,
    status_field: str | None = None,
    include_statuses: Sequence[str] = DEFAULT_STATUSES,
    shifts_field: str | None = None,
    growth_pct: float | None = None,
    growth_field: str | None = None,
    forecast: pd.DataFrame | None = None,
    forecast_id_field: str | None = None,
    housing: Housing | None = None,
    cohort_fields: Sequence[str] = (),
    targets: Any = None,
    scenarios: Sequence[Scenario] = (),
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
) -> TrajectoryResult:
    """Provision of ``units`` with ``service`` for every year ``from_year..to_year`` (module docstring).

    Inputs are never modified; any bad input is refused before anything is computed.
    """
    _progress(progress, 0.0)
    years = year_range(from_year, to_year)
    base = years[0] if base_year is None else check_year(base_year, "BASE_YEAR")
    target_by_year = parse_targets(targets)
    warnings: list[str] = []
    unverified: set[str] = set()

    # ---- units and their population per year
    require_not_empty(units, UNITS)
    if unit_id_field:
        require_unique_ids(units, unit_id_field, UNITS)
    base_pop = numeric_field(units, population_field, UNITS, unit_id_field).to_numpy(float)
    unit_ids = feature_ids(units, unit_id_field).reset_index(drop=True)
    rates = growth_rates(units, growth_pct, growth_field, unit_id_field)
    known = read_forecast(forecast, unit_ids, unit_id_field, forecast_id_field) if forecast is not None else None
    pop = population_by_year(base_pop, rates, years, base, known)
    house_pop = np.zeros_like(pop)
    house_demand = None
    if housing is not None and housing.layer is not None and len(housing.layer):
        house_pop, house_demand = housing_by_year(housing, units, years, warnings)
        unverified.add("housing:household_size")
        if house_demand is not None:
            unverified.add("housing:demand_per_flat")

    # ---- facilities: baseline and every scenario's, prepared once
    if facilities is None:
        raise InputError(tr("no facility layer was given"), layer=FACILITIES)
    frames = [facilities.assign(**{"__scenario__": ""})]
    for sc in scenarios:
        if not str(sc.name).strip() or sc.name == BASELINE:
            raise InputError(tr("a scenario needs a name other than {name}").format(name=BASELINE), layer=SCENARIO)
        if sc.facilities is not None and len(sc.facilities):
            extra = sc.facilities.to_crs(facilities.crs) if facilities.crs and sc.facilities.crs else sc.facilities
            extra = extra.assign(**{"__scenario__": sc.name})
            if status_field:  # a scenario's own facilities count whatever their status
                extra[status_field] = next(iter(include_statuses), "planned")
            frames.append(extra)
    union = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0].reset_index(drop=True)
    union = gpd.GeoDataFrame(union, geometry=facilities.geometry.name, crs=facilities.crs)
    keep = _status_mask(union, status_field, include_statuses, facility_id_field, warnings)
    fac = union.loc[keep].reset_index(drop=True)
    opens, closes = _open_close(fac, year_field, close_year_field, facility_id_field)
    owner = fac["__scenario__"].to_numpy()
    fac_ids = feature_ids(fac, facility_id_field).map(id_text).to_numpy()
    fac_in = fac.drop(columns="__scenario__")
    _progress(progress, 0.05)

    # units that have residents in some year get a demand point even while empty
    point_units = (pop + house_pop).max(axis=1) > 0
    prepared = prepare_provision(
        units,
        fac_in,
        pack,
        service,
        method,
        population_field=population_field,
        capacity_field=capacity_field,
        unit_id_field=unit_id_field,
        unit_name_field=unit_name_field,
        facility_id_field=facility_id_field,
        shifts_field=shifts_field,
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
        point_units=point_units,
        progress=_sub(progress, 0.05, 0.5),
    )
    base_demand = prepared.demand.norms.demand
    with np.errstate(divide="ignore", invalid="ignore"):
        per_resident = np.where(base_pop > 0, base_demand / base_pop, np.nan)
    city_rate = float(base_demand.sum() / base_pop.sum()) if base_pop.sum() > 0 else 0.0
    per_resident = np.where(np.isnan(per_resident), city_rate, per_resident)
    if cohort_fields:
        aged = cohort_demand(units, cohort_fields, base_demand, years, base, unit_id_field)
    else:
        aged = None

    def demand_of(population: NDArray[Any]) -> NDArray[Any]:
        """Demand units x years for a population units x years (growth/forecast), plus housing."""
        if aged is not None:
            dem = aged.copy()
        else:
            with np.errstate(divide="ignore", invalid="ignore"):
                ratio = np.where(base_pop[:, None] > 0, population / base_pop[:, None], 1.0)
            dem = base_demand[:, None] * ratio
        if house_demand is not None:
            dem = dem + house_demand
        else:
            dem = dem + house_pop * per_resident[:, None]
        return cast("NDArray[Any]", dem)

    runs: list[tuple[str, NDArray[Any], NDArray[Any], NDArray[Any], NDArray[Any]]] = []
    base_capacity = prepared.demand.cap_all.copy()
    runs.append((BASELINE, pop + house_pop, demand_of(pop), owner == "", closes))
    for sc in scenarios:
        sc_pop = pop
        if sc.growth_pct is not None:
            sc_rates = growth_rates(units, sc.growth_pct, None, unit_id_field)
            sc_pop = population_by_year(base_pop, sc_rates, years, base, known)
        sc_closes = closes.copy()
        for fid, year in dict(sc.closures).items():
            y = check_year(year, tr("closing year of {id} in scenario {name}").format(id=fid, name=sc.name), SCENARIO)
            hit = fac_ids == id_text(fid)
            if not hit.any():
                raise InputError(
                    tr("scenario {name} closes facility {id}, which is not in the facility layer").format(
                        name=sc.name, id=fid
                    ),
                    layer=SCENARIO,
                    field=facility_id_field,
                )
            sc_closes = np.where(hit, np.fmin(sc_closes, y), sc_closes)
        runs.append((sc.name, sc_pop + house_pop, demand_of(sc_pop), (owner == "") | (owner == sc.name), sc_closes))
    changes = {sc.name: _capacity_changes(sc, fac_ids, facility_id_field) for sc in scenarios}

    # ---- every scenario and year on the one preparation
    rows: list[pd.DataFrame] = []
    names = unit_names(units, unit_name_field, unit_id_field).to_numpy()
    total_steps = len(runs) * len(years)
    step = 0
    per_year: dict[str, list[Any]] = {}
    first: Any = None
    for name, population, demand, member, close in runs:
        results = []
        for k, year in enumerate(years):
            capacity = base_capacity.copy()
            for pos, from_y, delta in changes.get(name, ()):
                if from_y <= year:
                    capacity[pos] += delta
            capacity = np.maximum(capacity, 0.0)
            active = member & active_in(opens, close, year)
            result = evaluate_provision(
                prepared, population=population[:, k], demand=demand[:, k], capacity=capacity, active=active
            )
            if first is None:
                first = result
            results.append(result)
            step += 1
            _progress(progress, 0.5 + 0.45 * step / total_steps)
        per_year[name] = results
        for year, result in zip(years, results):
            u = result.units
            rows.append(
                pd.DataFrame(
                    {
                        "scenario": name,
                        "unit": unit_ids.to_numpy(),
                        "unit_name": names,
                        "year": year,
                        "population": u["population"].to_numpy(float),
                        "demand": u["demand"].to_numpy(float),
                        "capacity": u["capacity"].to_numpy(float),
                        "deficit": u["deficit"].to_numpy(float),
                        "surplus": u["surplus"].to_numpy(float),
                        "objects_needed": u["objects_needed"].to_numpy(),
                        "meets_norm": u["meets_norm"].to_numpy(bool),
                        "provision_pct": u["provision_pct"].to_numpy(float),
                    }
                )
            )
    table = pd.concat(rows, ignore_index=True)
    baseline = table[table["scenario"] == BASELINE].set_index(["unit", "year"])["deficit"]
    table["deficit_change"] = (
        table["deficit"].to_numpy()
        - baseline.reindex(pd.MultiIndex.from_arrays([table["unit"], table["year"]])).to_numpy()
    )
    unverified |= set(first.meta.get("norm_unverified", []))
    table["objects_needed"] = table["objects_needed"].astype("Int64")
    for column in ("service", "method", "norm_pack", "norm_pack_edition", "norm_pack_hash"):
        table[column] = first.units[column].iloc[0] if len(first.units) else ""
    table["norm_unverified"] = ",".join(sorted(unverified))
    if "norms_used" in first.units.columns:  # per unit, the same in every year and scenario
        table["norms_used"] = np.tile(first.units["norms_used"].to_numpy(), len(table) // max(len(units), 1))
    housing_uses = _housing_uses(housing, service) if house_pop.any() else []
    if housing_uses:
        # the housing values count in the rows (unit, year) the housing projects add residents to
        n = len(units)
        housed = np.tile(house_pop.T.reshape(-1) > 0, len(table) // max(n * len(years), 1))
        texts = table["norms_used"].to_numpy(dtype=object) if "norms_used" in table.columns else [""] * len(table)
        merged: dict[str, str] = {}
        out = []
        for text, used in zip(texts, housed):
            if used:
                if text not in merged:
                    merged[text] = encode_uses([*decode_uses(text), *housing_uses])
                text = merged[text]
            out.append(text)
        table["norms_used"] = out

    city = _city_totals(table, target_by_year)
    deficit_years = {name: float(table.loc[table["scenario"] == name, "deficit"].sum()) for name, *_ in runs}
    units_out = _units_wide(first.units, table[table["scenario"] == BASELINE], years)
    warnings = list(dict.fromkeys([*warnings, *first.warnings]))
    meta = dict(first.meta)
    meta.update(
        {
            "years": years,
            "base_year": base,
            "population_source": "forecast" if known else ("growth" if (rates != 0).any() else "constant"),
            "growth_pct": growth_pct,
            "growth_field": growth_field,
            "housing_projects": 0 if housing is None or housing.layer is None else len(housing.layer),
            "cohort_ageing": bool(cohort_fields),
            "scenarios": [BASELINE, *[sc.name for sc in scenarios]],
            "targets": target_by_year,
            "norm_unverified": sorted(unverified),
            "facilities_counted": [int(r.meta["facilities_counted"]) for r in per_year[BASELINE]],
        }
    )
    _progress(progress, 1.0)
    return TrajectoryResult(
        table=table,
        units=units_out,
        city=city,
        deficit_years=deficit_years,
        years=years,
        meta=meta,
        norms_used=[*first.norms_used, *housing_uses],
        warnings=warnings,
    )


def _housing_uses(housing: Housing | None, service: str) -> list[NormUse]:
    """The records of the housing values the planner gave (not the pack's, so marked unverified)."""
    if housing is None:
        return []
    given = [("housing:household_size", housing.household_size, "residents_per_flat")]
    if housing.demand_per_flat is not None:
        given.append(("housing:demand_per_flat", housing.demand_per_flat, "per_flat"))
    return [
        replace(NormUse.given(service, key, float(value), unit), confidence="unverified", unverified=True)
        for key, value, unit in given
    ]


def _capacity_changes(sc: Scenario, fac_ids: NDArray[Any], id_field: str | None) -> list[tuple[int, int, float]]:
    """A scenario's capacity changes as (facility position, from year, places added)."""
    out = []
    for fid, year, delta in sc.capacity_changes:
        y = check_year(year, tr("year of the capacity change of {id} in scenario {name}").format(id=fid, name=sc.name))
        hit = np.nonzero(fac_ids == id_text(fid))[0]
        if not hit.size:
            raise InputError(
                tr("scenario {name} changes the capacity of facility {id}, which is not in the facility layer").format(
                    name=sc.name, id=fid
                ),
                layer=SCENARIO,
                field=id_field,
            )
        try:
            places = float(delta)
        except (TypeError, ValueError):
            raise InputError(
                tr("the capacity change of {id} in scenario {name} is not a number: {value!r}").format(
                    id=fid, name=sc.name, value=delta
                ),
                layer=SCENARIO,
            ) from None
        out += [(int(pos), y, places) for pos in hit]
    return out


def _city_totals(table: pd.DataFrame, targets: Mapping[int, float]) -> pd.DataFrame:
    """City totals per scenario and year, against the targets."""
    grouped = table.groupby(["scenario", "year"], sort=False)
    city = grouped[["population", "demand", "capacity", "deficit", "surplus"]].sum().reset_index()
    city["objects_needed"] = grouped["objects_needed"].sum(min_count=1).to_numpy()
    city["units_meeting_norm"] = grouped["meets_norm"].sum().to_numpy().astype(int)
    city["target"] = [targets.get(int(y), np.nan) for y in city["year"]]
    city["above_target"] = city["deficit"] - city["target"]
    return city[list(CITY_COLUMNS)]


def first_year_meets(meets: NDArray[Any], years: Sequence[int]) -> list[int | None]:
    """Per row of ``meets`` (units x years): the first year from which every later year meets the norm."""
    out: list[int | None] = []
    for row in meets:
        year = None
        for k in range(len(years) - 1, -1, -1):
            if not row[k]:
                break
            year = years[k]
        out.append(year)
    return out


def _units_wide(units_table: gpd.GeoDataFrame, base_rows: pd.DataFrame, years: Sequence[int]) -> gpd.GeoDataFrame:
    """The units (inputs kept, first year's columns) with deficit_YYYY per year and first_year_meets."""
    results = {*PROVISION_COLUMNS, *ASSIGNMENT_COLUMNS, *ACCESS_COLUMNS}
    out = units_table[[c for c in units_table.columns if c not in results]].copy()
    n = len(out)
    deficit = base_rows["deficit"].to_numpy(float).reshape(len(years), n).T
    meets = base_rows["meets_norm"].to_numpy(bool).reshape(len(years), n).T
    for k, year in enumerate(years):
        out[f"deficit_{year}"] = deficit[:, k]
    out["first_year_meets"] = pd.array(first_year_meets(meets, years), dtype="Int64")
    out["deficit_years"] = deficit.sum(axis=1)
    return out


def _progress(progress: Callable[[float], bool] | None, fraction: float) -> None:
    """Report progress; stop when the caller asks to cancel."""
    if progress is not None and progress(fraction):
        raise Cancelled(tr("the calculation was cancelled"))


def _sub(progress: Callable[[float], bool] | None, lo: float, hi: float) -> Callable[[float], bool] | None:
    """A progress callback mapping 0..1 onto lo..hi."""
    if progress is None:
        return None

    def sub(fraction: float) -> bool:
        """Forward the scaled fraction."""
        return bool(progress(lo + (hi - lo) * fraction))

    return sub


# --------------------------------------------------------------------------------------------------
# Inputs and outputs of the thin layers (Processing, command line, panel)
# --------------------------------------------------------------------------------------------------


def scenarios_from_field(
    facilities: gpd.GeoDataFrame, scenario_field: str | None, id_field: str | None = None
) -> tuple[gpd.GeoDataFrame, list[Scenario]]:
    """Split one facility layer into the baseline (empty scenario) and named scenarios.

    A scenario's feature that repeats a baseline facility's id replaces that facility in the scenario
    (its capacity, years and closing year), so a closure or a capacity change is drawn as a copy of the
    facility with the new values.
    """
    if not scenario_field or facilities is None:
        return facilities, []
    require_field(facilities, scenario_field, FACILITIES)
    names = facilities[scenario_field].astype("string").str.strip()
    empty = (names.isna() | (names == "")).fillna(True).to_numpy(dtype=bool)
    baseline = facilities.loc[empty]
    base_ids = set(feature_ids(baseline, id_field).map(id_text)) if id_field else set()
    scenarios = []
    for name in dict.fromkeys(names[~empty]):
        rows = facilities.loc[(names == name).fillna(False).to_numpy()]
        replaced = {i: YEAR_MIN for i in feature_ids(rows, id_field).map(id_text) if i in base_ids} if id_field else {}
        scenarios.append(Scenario(str(name), facilities=rows, closures=replaced))
    return baseline, scenarios


def trajectory_layers(
    result: TrajectoryResult, units: gpd.GeoDataFrame, population_field: str | None = None
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """The trajectory as map layers: one unit polygon per scenario and year, and the units' wide table.

    The first carries ``date_from`` / ``date_to`` (1 January / 31 December of its year) for a temporal
    layer; both keep the units' input fields (a clashing name gets ``_in``, as everywhere).
    """
    keep = [population_field] if population_field in TRAJECTORY_COLUMNS else []
    inputs, _ = keep_inputs(units, (*TRAJECTORY_COLUMNS, "date_from", "date_to"), keep=keep)
    n = len(units)
    table = result.table
    position = np.tile(np.arange(n), len(table) // n) if n else np.empty(0, int)
    by_year = inputs.iloc[position].reset_index(drop=True)
    for column in table.columns:
        by_year[column] = table[column].to_numpy()
    by_year["date_from"] = [dt.date(int(y), 1, 1) for y in table["year"]]
    by_year["date_to"] = [dt.date(int(y), 12, 31) for y in table["year"]]
    by_year = gpd.GeoDataFrame(by_year, geometry=units.geometry.name, crs=units.crs)
    return by_year, result.units


def with_growth(scenarios: Sequence[Scenario], text: str | None) -> list[Scenario]:
    """Scenarios with another growth rate, from ``name=pct; name=pct``: a named scenario of the facility
    layer gets that growth, another name becomes a scenario of growth alone."""
    out = list(scenarios)
    for part in (text or "").replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        name, sep, value = part.partition("=")
        name = name.strip()
        try:
            rate = float(value.strip())
        except ValueError:
            rate = math.nan
        if not sep or not name or not math.isfinite(rate):
            raise InputError(
                tr("write the growth of a scenario as name=% a year, e.g. fast=4.5; got {part!r}").format(part=part),
                layer=SCENARIO,
            )
        match = next((sc for sc in out if sc.name == name), None)
        if match is None:
            out.append(Scenario(name, growth_pct=rate))
        else:
            match.growth_pct = rate
    return out
