"""Public green space per resident, and how many residents live within a walk of a large park.

Green polygons (parks, squares, boulevards ...) are merged first, so overlapping polygons count once,
then clipped to each unit (a park across two districts counts in each by its area there). The norm
comes from the norm pack (service ``green_space``) or from the caller; nothing here is a constant.

Public API::

    compute_green_space(units, green, pack, *, population_field, ...) -> GreenResult
    read_norm(pack, services, key, override=None, *, required=True) -> NormUse | None
    near_mask(xy, geoms, distance) -> numpy bool array
    points_in_units(xy, units) -> numpy int array (row position of the unit, -1 outside)
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Optional, cast

import geopandas as gpd
import numpy as np
from numpy.typing import NDArray
from scipy.spatial import cKDTree
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.ops import unary_union

from almaty_planner.core.definitions import norm_key_words
from almaty_planner.core.errors import Cancelled, InputError, NormPackError
from almaty_planner.core.geo import geometry_list, point_coords, to_metric
from almaty_planner.core.geo import points_in_polygons as points_in_units
from almaty_planner.core.i18n import tr
from almaty_planner.core.norms import NormUse, unique_uses
from almaty_planner.core.results import GREEN_COLUMNS, keep_inputs, stamp, unit_names
from almaty_planner.core.validation import (
    check_geometries,
    feature_ids,
    numeric_field,
    require_field,
    require_not_empty,
    require_unique_ids,
)

log = logging.getLogger(__name__)

SERVICE = "green_space"
METHOD = "unit_balance"
EXTRA_COLUMNS = ("green_covered_pop", "green_uncovered_pop", "green_access_pct")
Progress = Optional[Callable[[float], Any]]


# --------------------------------------------------------------------------------------------- norms
def read_norm(
    pack: Any,
    services: Sequence[str],
    key: str,
    override: float | None = None,
    *,
    required: bool = True,
    tier: int | None = None,
) -> NormUse | None:
    """The norm ``key`` of the first of ``services`` the pack has; ``override`` (a caller's value) wins.

    ``pack`` is a norm pack (``pack.service(id).value(key)``), a plain ``{key: number}`` mapping (values
    treated as given by the user) or None. A required value that is missing raises NormPackError naming
    the key and saying which parameter supplies it.
    """
    if override is not None:
        value = float(override)
        if not math.isfinite(value) or value < 0:
            raise InputError(tr("the norm value {key} must be a number of at least 0").format(key=key), field=key)
        return NormUse.given(services[0], key, value)
    if isinstance(pack, Mapping):
        raw = pack.get(key)
        if raw is not None:
            return NormUse.given(services[0], key, float(raw))
    elif pack is not None:
        for service_id in services:
            try:
                service = pack.service(service_id)
            except NormPackError:
                continue
            sourced = service.value(key, tier=tier) if service is not None else None
            if sourced is not None and getattr(sourced, "value", None) is not None:
                use = NormUse.of(sourced, tier, None, service=service_id, key=key)
                return replace(use, value=float(sourced.value))
    if not required:
        return None
    by_tier = False
    if pack is not None and not isinstance(pack, Mapping):
        for service_id in services:
            try:
                by_tier = by_tier or bool(pack.service(service_id).variants(key))
            except NormPackError:
                continue
    if tier is not None:
        message = tr(
            "the norm value {key} of service {service} is missing for settlement tier {tier}; "
            "give it as the parameter {key}"
        ).format(key=key, service=services[0], tier=tier)
    elif by_tier:
        message = tr(
            "the norm value {key} of service {service} is given by settlement tier in this pack: "
            "give a tier field, or give the value as the parameter {key}"
        ).format(key=key, service=services[0])
    else:
        message = tr("the norm value {key} of service {service} is missing; give it as the parameter {key}").format(
            key=key, service=services[0]
        )
    raise NormPackError(
        message,
        file=str(getattr(pack, "id", "") or "") or None,
        key=key,
    )


def _pack_label(pack: Any) -> Any:
    """The object that ``stamp`` reads the pack's id, edition and hash from (None for plain numbers)."""
    return None if isinstance(pack, Mapping) else pack


# ----------------------------------------------------------------------------------- geometry helpers
def _polygonal(geom: Any) -> Any:
    """The polygonal part of a geometry (repairs can leave lines or points beside the polygons)."""
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    return unary_union(parts) if parts else None


def _parts(geom: Any) -> list[Polygon]:
    """The single polygons of a polygonal geometry."""
    if geom is None or geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    return [p for g in getattr(geom, "geoms", []) for p in _parts(g)]


def _ring_arrays(geom: Any) -> list[NDArray[Any]]:
    """Coordinate arrays of every line of a geometry: polygon rings, lines, points."""
    if geom is None or geom.is_empty:
        return []
    kind = geom.geom_type
    if kind == "Polygon":
        return [np.asarray(geom.exterior.coords)[:, :2]] + [np.asarray(r.coords)[:, :2] for r in geom.interiors]
    if kind in ("LineString", "LinearRing", "Point"):
        return [np.asarray(geom.coords)[:, :2]]
    return [a for g in getattr(geom, "geoms", []) for a in _ring_arrays(g)]


def _densify(line: NDArray[Any], step: float) -> NDArray[Any]:
    """Vertices of a polyline with extra points so that no two consecutive ones are ``step`` apart."""
    if len(line) < 2:
        return line
    seg = np.diff(line, axis=0)
    lengths = np.hypot(seg[:, 0], seg[:, 1])
    counts = np.maximum(np.ceil(lengths / step).astype(np.int64), 1)
    starts = np.repeat(line[:-1], counts, axis=0)
    offsets = np.repeat(seg, counts, axis=0)
    frac = _fractions(counts)
    return np.vstack([starts + offsets * frac[:, None], line[-1:]])


def _fractions(counts: NDArray[Any]) -> NDArray[Any]:
    """``[0, 1/c0, ..., (c0-1)/c0, 0, 1/c1, ...]`` without a Python loop."""
    total = int(counts.sum())
    first = np.repeat(np.cumsum(counts) - counts, counts)
    return cast("NDArray[Any]", (np.arange(total) - first) / np.repeat(counts, counts))


def near_mask(xy: NDArray[Any], geoms: Sequence[Any], distance: float, *, inside: bool = False) -> NDArray[Any]:
    """True for each point within ``distance`` (straight line) of any geometry's lines or boundary.

    With ``inside`` a point inside a polygon also counts (distance 0). Exact: the boundaries are
    densified into a KD-tree (a vertex distance never underestimates), and the few points in the
    doubtful band of half a step are checked against the geometries themselves.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    result = np.zeros(len(xy), dtype=bool)
    geoms = [g for g in geoms if g is not None and not g.is_empty]
    if not len(xy) or not geoms:
        return result
    step = max(distance / 8.0, 0.5) if distance > 0 else 1.0
    verts, owner = [], []
    for pos, geom in enumerate(geoms):
        for ring in _ring_arrays(geom):
            dense = _densify(ring, step)
            verts.append(dense)
            owner.append(np.full(len(dense), pos, dtype=np.int64))
    vertices = np.vstack(verts)
    owners = np.concatenate(owner)
    tree = cKDTree(vertices)
    reach = distance + step / 2.0 + 1e-9
    dist, _ = tree.query(xy, k=1, distance_upper_bound=reach)
    result |= dist <= distance
    doubtful = np.nonzero(~result & np.isfinite(dist))[0]
    for i in doubtful:
        near = {int(owners[j]) for j in tree.query_ball_point(xy[i], reach)}
        point = Point(xy[i, 0], xy[i, 1])
        if any(geoms[k].distance(point) <= distance for k in near):
            result[i] = True
    if inside:
        polygons = [g for g in geoms if g.geom_type in ("Polygon", "MultiPolygon")]
        rest = ~result
        if rest.any() and polygons:
            hit = points_in_units(xy[rest], polygons) >= 0
            result[np.nonzero(rest)[0][hit]] = True
    return result


# ------------------------------------------------------------------------------------------- result
@dataclass
class GreenResult:
    """Per-unit table (units' attributes kept, standard columns added), city totals and what was used."""

    units: gpd.GeoDataFrame
    totals: dict[str, Any]
    meta: dict[str, Any]
    norms_used: dict[str, NormUse]
    """The values used by key (one of them where the value differs by tier); every record: ``uses``."""
    warnings: list[str] = field(default_factory=list)
    uses: list[NormUse] = field(default_factory=list)
    """Every norm value used, for each tier it was read for."""


def report_progress(progress: Progress, value: float) -> None:
    """Report progress ``value`` percent as a fraction 0-1; stop with Cancelled when the caller asks."""
    if progress is not None and progress(value / 100.0):
        raise Cancelled(tr("the calculation was cancelled"))


def _public_only(
    green: gpd.GeoDataFrame, category_field: str, public_categories: Iterable[str] | None
) -> gpd.GeoDataFrame:
    """Keep the green features whose category is one of ``public_categories`` (case and spaces ignored)."""
    require_field(green, category_field, "green")
    if public_categories is None:
        raise InputError(
            tr("say which categories are public (for example park, square, boulevard)"),
            layer="green",
            field=category_field,
        )
    wanted = {str(c).strip().casefold() for c in public_categories}
    values = green[category_field].astype(str).str.strip().str.casefold()
    keep = green[category_field].notna() & values.isin(wanted)
    if not keep.any():
        present = ", ".join(sorted({str(v) for v in green[category_field].dropna().unique()})[:10])
        raise InputError(
            tr("no feature has a public category ({wanted}); the layer has: {present}").format(
                wanted=", ".join(sorted(wanted)), present=present
            ),
            layer="green",
            field=category_field,
        )
    return green[keep]


def _green_polygons(green: gpd.GeoDataFrame, id_field: str | None) -> tuple[list[Any], list[str]]:
    """Repaired polygonal geometries of the green layer; refuses points and lines by id."""
    fixed, warnings = check_geometries(green, "green", id_field)
    geoms = [_polygonal(g) for g in fixed.geometry]
    bad = [i for i, g in enumerate(geoms) if g is None]
    if bad:
        ids = feature_ids(fixed, id_field).iloc[bad]
        raise InputError(
            tr("features that are not polygons: {ids}").format(ids=", ".join(str(v) for v in ids.iloc[:5])),
            layer="green",
        )
    return geoms, warnings


def compute_green_space(
    units: gpd.GeoDataFrame,
    green: gpd.GeoDataFrame,
    pack: Any,
    *,
    population_field: str,
    unit_id_field: str | None = None,
    unit_name_field: str | None = None,
    green_id_field: str | None = None,
    category_field: str | None = None,
    public_categories: Iterable[str] | None = None,
    use_residential_norm: bool = False,
    tier_field: str | None = None,
    norm_m2_per_resident: float | None = None,
    norm_residential_m2_per_resident: float | None = None,
    points: gpd.GeoDataFrame | None = None,
    points_population_field: str | None = None,
    min_park_area_m2: float | None = None,
    walk_radius_m: float | None = None,
    accessibility: bool | None = None,
    progress: Progress = None,
) -> GreenResult:
    """Green m2 per resident in each unit against the norm, and optionally the residents near a park.

    The accessibility part runs when ``accessibility`` is true, or when it is None and ``points``,
    ``walk_radius_m`` or ``min_park_area_m2`` is given. ``use_residential_norm`` applies the
    residential-district norm instead of the city-wide one to demand, deficit and ``meets_norm``.
    With ``tier_field`` the norms are read for each unit's settlement tier (packs may differ by tier);
    ``norm_m2_per_resident`` / ``norm_residential_m2_per_resident`` replace the pack's values.
    """
    warnings: list[str] = []
    require_not_empty(units, "units")
    require_not_empty(green, "green")
    if unit_id_field:
        require_unique_ids(units, unit_id_field, "units")
    population = numeric_field(units, population_field, "units", unit_id_field).to_numpy()
    if category_field:
        green = _public_only(green, category_field, public_categories)
    want_access = (
        accessibility
        if accessibility is not None
        else bool(points is not None or walk_radius_m is not None or min_park_area_m2 is not None)
    )

    norms: dict[str, NormUse] = {}
    tier_uses: dict[int | None, list[NormUse]] = {}
    tiers: list[int | None] = [None] * len(units)
    if tier_field:
        from almaty_planner.core.norms import require_tier

        require_field(units, tier_field, "units")
        ids = units[unit_id_field] if unit_id_field and unit_id_field in units.columns else units.index
        tiers = [require_tier(v, layer="units", feature=f, field=tier_field) for v, f in zip(units[tier_field], ids)]
    city_arr = np.full(len(units), np.nan)
    resid_arr = np.full(len(units), np.nan)
    for tier in sorted(set(tiers), key=lambda t: -1 if t is None else t):
        rows = np.array([t == tier for t in tiers])
        city = read_norm(
            pack, (SERVICE,), "norm_m2_per_resident", norm_m2_per_resident,
            required=not use_residential_norm, tier=tier,
        )  # fmt: skip
        resid = read_norm(
            pack, (SERVICE,), "norm_residential_m2_per_resident", norm_residential_m2_per_resident,
            required=use_residential_norm, tier=tier,
        )  # fmt: skip
        tier_uses[tier] = [nv for nv in (city, resid) if nv is not None]  # both are written into the table
        for nv, arr in ((city, city_arr), (resid, resid_arr)):
            if nv is not None:
                arr[rows] = nv.value
                if nv.key not in norms or nv.unverified:
                    norms[nv.key] = nv
    applied_arr = resid_arr if use_residential_norm else city_arr
    applied = norms["norm_residential_m2_per_resident" if use_residential_norm else "norm_m2_per_resident"]
    access_uses: list[NormUse] = []
    if want_access:
        for key, given in (("min_park_area_m2", min_park_area_m2), ("walk_radius_m", walk_radius_m)):
            found = read_norm(pack, (SERVICE,), key, given)
            assert found is not None  # required
            norms[key] = found
            access_uses.append(found)
    report_progress(progress, 5)

    unit_fixed, w = check_geometries(units, "units", unit_id_field)
    warnings += w
    green_geoms, w = _green_polygons(green, green_id_field)
    warnings += w
    green_clean = gpd.GeoDataFrame(geometry=green_geoms, crs=green.crs)
    layers: dict[str, gpd.GeoDataFrame] = {"units": unit_fixed, "green": green_clean}
    if want_access and points is not None:
        require_not_empty(points, "points")
        layers["points"] = points
    metric = to_metric(layers)
    warnings += metric.warnings
    unit_geoms = geometry_list(metric.layers["units"].geometry)
    green_m = metric.layers["green"]
    report_progress(progress, 15)

    # green area per unit: union of the candidates (overlaps once), clipped to the unit
    sindex = green_m.sindex
    green_list = geometry_list(green_m.geometry)
    green_m2 = np.zeros(len(unit_geoms))
    for pos, ugeom in enumerate(unit_geoms):
        cand = list(sindex.intersection(ugeom.bounds))
        if cand:
            merged = unary_union([green_list[i] for i in cand])
            green_m2[pos] = merged.intersection(ugeom).area
        report_progress(progress, 15 + 55 * (pos + 1) / len(unit_geoms))

    with np.errstate(divide="ignore", invalid="ignore"):
        per_resident = np.where(population > 0, green_m2 / np.where(population > 0, population, 1), np.nan)
    demand = population * applied_arr
    deficit = np.maximum(0.0, demand - green_m2)
    provision = np.where(demand > 0, 100.0 * green_m2 / np.where(demand > 0, demand, 1), np.nan)

    out, w = keep_inputs(units, (*GREEN_COLUMNS, *EXTRA_COLUMNS), keep=[population_field])
    warnings += w
    out["unit_name"] = unit_names(units, unit_name_field, unit_id_field).to_numpy()
    out["population"] = population
    out["green_m2"] = green_m2
    out["green_m2_per_resident"] = _nullable(per_resident)
    out["norm_m2_per_resident"] = _nullable(city_arr)
    out["norm_residential_m2_per_resident"] = _nullable(resid_arr)
    out["green_deficit_ha"] = deficit / 10_000.0
    out["meets_norm"] = _meets(per_resident, applied_arr)
    out["demand"] = demand
    out["capacity"] = green_m2
    out["deficit"] = deficit
    out["provision_pct"] = _nullable(provision)

    totals: dict[str, Any] = {
        "population": float(population.sum()),
        "green_m2": float(green_m2.sum()),
        "demand": float(demand.sum()),
        "capacity": float(green_m2.sum()),
        "deficit": float(deficit.sum()),
        "green_deficit_ha": float(deficit.sum()) / 10_000.0,
        "units_meeting_norm": int(np.nansum(per_resident >= applied_arr)),
        "units": len(out),
    }
    totals["green_m2_per_resident"] = totals["green_m2"] / totals["population"] if totals["population"] else None
    totals["provision_pct"] = 100.0 * totals["capacity"] / totals["demand"] if totals["demand"] else None
    # the city-wide norm is the population-weighted norm of the units (one value when all units share it)
    city_norm = totals["demand"] / totals["population"] if totals["population"] else None
    totals["norm_m2_per_resident"] = city_norm
    totals["meets_norm"] = (
        None
        if totals["green_m2_per_resident"] is None or city_norm is None
        else totals["green_m2_per_resident"] >= city_norm - 1e-12
    )

    if want_access:
        covered, total_pop, w = _access(
            metric.layers,
            unit_geoms,
            population,
            green_list,
            points_population_field,
            norms["min_park_area_m2"].value,
            norms["walk_radius_m"].value,
        )
        warnings += w
        out["green_covered_pop"] = covered
        out["green_uncovered_pop"] = total_pop - covered
        out["green_access_pct"] = _nullable(
            np.where(total_pop > 0, 100.0 * covered / np.where(total_pop > 0, total_pop, 1), np.nan)
        )
        totals["green_covered_pop"] = float(covered.sum())
        totals["green_uncovered_pop"] = float((total_pop - covered).sum())
        totals["green_access_pct"] = 100.0 * covered.sum() / total_pop.sum() if total_pop.sum() > 0 else None
    report_progress(progress, 95)

    row_uses = {t: [*u, *access_uses] for t, u in tier_uses.items()}
    uses = unique_uses(u for t in sorted(row_uses, key=lambda t: -1 if t is None else t) for u in row_uses[t])
    unverified = list(dict.fromkeys(u.key for u in uses if u.unverified))
    for key in unverified:
        words = norm_key_words(key)
        warnings.append(tr('the norm value "{key}" is not verified against the official text').format(key=words))
    stamp(
        out,
        service=SERVICE,
        method=METHOD,
        pack=_pack_label(pack),
        unverified_keys=unverified,
        uses=[row_uses[t] for t in tiers],
    )
    meta = {
        "service": SERVICE,
        "method": METHOD,
        "crs": metric.crs_label,
        "norm_applied": applied.key,
        "green_features": len(green_list),
        "accessibility": want_access,
        "population_source": ("points" if points is not None else "units") if want_access else None,
    }
    for msg in warnings:
        log.warning(msg)
    report_progress(progress, 100)
    return GreenResult(out, totals, meta, norms, warnings, uses)


def _nullable(values: NDArray[Any]) -> list[float | None]:
    """Floats with NaN turned into None (an empty cell, not a number, in the result table)."""
    return [None if not np.isfinite(v) else float(v) for v in values]


def _meets(per_resident: NDArray[Any], norm: NDArray[Any] | float) -> list[bool | None]:
    """``per_resident >= norm`` (per unit), None where there are no residents (nothing to judge)."""
    norms = np.broadcast_to(np.asarray(norm, dtype=float), per_resident.shape)
    return [None if not np.isfinite(v) else bool(v >= n) for v, n in zip(per_resident, norms)]


def _access(
    layers: dict[str, gpd.GeoDataFrame],
    unit_geoms: list[Any],
    population: NDArray[Any],
    green_list: list[Any],
    points_population_field: str | None,
    min_area: float,
    radius: float,
) -> tuple[NDArray[Any], NDArray[Any], list[str]]:
    """Residents per unit within ``radius`` of a merged park of at least ``min_area``: (covered, total)."""
    warnings: list[str] = []
    parks = [p for p in _parts(unary_union(green_list)) if p.area >= min_area]
    points = layers.get("points")
    n = len(unit_geoms)
    if points is None:
        xy = point_coords(gpd.GeoDataFrame(geometry=unit_geoms))
        weights = population.astype(float)
        unit_of = np.arange(n)
    else:
        if not points_population_field:
            raise InputError(tr("give the field with the residents of each point"), layer="points")
        weights = numeric_field(points, points_population_field, "points").to_numpy()
        xy = point_coords(points)
        unit_of = points_in_units(xy, unit_geoms)
        outside = unit_of < 0
        if outside.any():
            warnings.append(
                tr("{n} population points ({pop} residents) lie outside every unit and were left out").format(
                    n=int(outside.sum()), pop=f"{weights[outside].sum():.0f}"
                )
            )
        xy, weights, unit_of = xy[~outside], weights[~outside], unit_of[~outside]
    near = near_mask(xy, parks, radius, inside=True)
    covered = np.bincount(unit_of, weights=weights * near, minlength=n)
    total = np.bincount(unit_of, weights=weights, minlength=n)
    return covered, total, warnings
