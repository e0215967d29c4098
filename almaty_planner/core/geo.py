"""Coordinate reference systems and geometry helpers shared by every check.

Distances and areas are computed in true ground metres. Inputs in a geographic CRS, in a CRS whose
units are not metres (US feet), in different CRSs, or in a metric CRS that distorts at the data
(Web Mercator, or any CRS whose scale factor at the data is off by more than 1%) are projected to one
UTM zone chosen from the data (EPSG:32643 for Almaty), and the result says which CRS was used.
Coordinates that cannot belong to the layer's CRS (metres in a layer labelled EPSG:4326, numbers
outside the projection's domain) are refused, naming the layer and the features.
"""

from __future__ import annotations

import functools
import logging
import math
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from numpy.typing import NDArray
from pyproj import CRS

from almaty_planner.core import geos18
from almaty_planner.core.errors import InputError
from almaty_planner.core.i18n import tr

log = logging.getLogger(__name__)

ALMATY_UTM_EPSG = 32643
# Shapely 2 has vectorised functions at the top level; a feature test, because a distribution's
# version string may be a placeholder (Debian's shapely 2 reports ``0+unknown``).
_SHAPELY2 = callable(getattr(shapely, "points", None))
_WGS84 = CRS.from_epsg(4326)
SAMPLE = 256  # features whose extent stands for the layer's in the CRS checks
MAX_SCALE_ERROR = 0.01  # a metric CRS whose scale at the data is off by more than this is not used


@dataclass
class MetricFrame:
    """Layers projected into one metric CRS, with what was done to get there."""

    layers: dict[str, gpd.GeoDataFrame]
    crs: CRS
    warnings: list[str] = field(default_factory=list)

    @property
    def crs_label(self) -> str:
        """``EPSG:32643 (WGS 84 / UTM zone 43N)`` or the CRS name when it has no EPSG code."""
        epsg = self.crs.to_epsg()
        return f"EPSG:{epsg} ({self.crs.name})" if epsg else self.crs.name


def utm_epsg_for(lon: float, lat: float) -> int:
    """EPSG code of the WGS 84 / UTM zone containing ``lon``, ``lat`` (Almaty: 32643)."""
    zone = math.floor((lon + 180.0) / 6.0) % 60 + 1
    return (32600 if lat >= 0 else 32700) + zone


def _is_metric(crs: CRS) -> bool:
    """True for a projected CRS whose axes are in metres."""
    if not crs.is_projected:
        return False
    units = {(axis.unit_name or "").lower() for axis in crs.axis_info}
    return bool(units) and units <= {"metre", "meter", "m"}


def to_metric(layers: dict[str, gpd.GeoDataFrame], target: CRS | int | str | None = None) -> MetricFrame:
    """Project every non-empty layer into one metric CRS.

    ``target`` forces a CRS; otherwise the CRS of the layers is kept when they all share it, it is
    in metres and its scale at the data is off by at most 1%; else every layer goes into the UTM zone
    of the data's centre (EPSG:32643 for Almaty), with a warning that says why: geographic, not in
    metres, different CRSs, or a metric CRS that distorts (Web Mercator: 37% at Almaty).
    A layer without a CRS, or with coordinates that cannot belong to its CRS, is refused.
    """
    warnings: list[str] = []
    crss: dict[str, CRS] = {}
    for name, gdf in layers.items():
        if gdf is None:
            continue
        if gdf.crs is None:
            raise InputError(tr("the layer has no coordinate reference system; set its CRS first"), layer=name)
        crss[name] = CRS.from_user_input(gdf.crs)
    if not crss:
        raise InputError(tr("no layer was given"))
    # on a sample of the features (bounds are slow on shapely 1.8); a layer that is reprojected is
    # checked whole below, before its coordinates are transformed
    samples = {name: _sample(layers[name]) for name in crss}
    extents = {name: _extent(samples[name]) for name in crss}
    for name, crs in crss.items():
        check_coordinates(samples[name], crs, name, extent=extents[name])
    distorting = {}
    for name, crs in crss.items():
        if _is_metric(crs):
            error = scale_error(crs, samples[name], extent=extents[name])
            if error > MAX_SCALE_ERROR:
                distorting[name] = error
    distinct = {c.to_wkt() for c in crss.values()}
    if target is not None:
        out_crs = CRS.from_user_input(target)
    else:
        first = next(iter(crss.values()))
        keep = len(distinct) == 1 and _is_metric(first) and not distorting
        out_crs = first if keep else CRS.from_epsg(_centre_utm(layers))
    for name, error in distorting.items():
        warnings.append(
            tr(
                "layer {layer} is in {src}, whose scale at the data is off by {pct}% (distances and areas "
                "in it are not ground metres); distances and areas were computed in {crs}"
            ).format(layer=name, src=_label(crss[name]), pct=f"{100.0 * error:.1f}", crs=_label(out_crs))
        )
    if len(distinct) > 1:
        listing = ", ".join(f"{n}: {_label(c)}" for n, c in crss.items())
        warnings.append(
            tr("the layers are in different CRSs ({listing}); all were projected to {crs}").format(
                listing=listing, crs=_label(out_crs)
            )
        )
    elif not _is_metric(next(iter(crss.values()))) and target is None:
        src = next(iter(crss.values()))
        if src.is_geographic:
            text = tr("the layers are in a geographic CRS ({src}); distances and areas were computed in {crs}")
            warnings.append(text.format(src=_label(src), crs=_label(out_crs)))
        else:
            text = tr(
                "the layers are in {src}, whose units are not metres ({units}); "
                "distances and areas were computed in {crs}"
            )
            warnings.append(text.format(src=_label(src), units=_units(src), crs=_label(out_crs)))
    projected = {}
    for name, gdf in layers.items():
        if gdf is None:
            continue
        if crss[name] == out_crs:
            projected[name] = gdf
            continue
        if len(gdf) > SAMPLE:
            check_coordinates(gdf, crss[name], name)
        projected[name] = gdf.to_crs(out_crs)
    return MetricFrame(projected, out_crs, warnings)


def _sample(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """At most SAMPLE features spread evenly over the layer (all of a small layer)."""
    if gdf is None or len(gdf) <= SAMPLE:
        return gdf
    return gdf.iloc[np.unique(np.linspace(0, len(gdf) - 1, SAMPLE).astype(np.int64))]


@functools.lru_cache(maxsize=64)
def _to_lonlat(crs: CRS) -> Any:
    """A cached transformer from ``crs`` to WGS 84 longitude/latitude (building one takes milliseconds)."""
    from pyproj import Transformer

    return Transformer.from_crs(crs, _WGS84, always_xy=True)


@functools.lru_cache(maxsize=64)
def _from_lonlat(crs: CRS) -> Any:
    """A cached transformer from WGS 84 longitude/latitude to ``crs``."""
    from pyproj import Transformer

    return Transformer.from_crs(_WGS84, crs, always_xy=True)


@functools.lru_cache(maxsize=64)
def _proj(crs: CRS) -> Any:
    """A cached pyproj Proj of ``crs`` (for its scale factors)."""
    from pyproj import Proj

    return Proj(crs)


def _units(crs: CRS) -> str:
    """The axis units of ``crs`` (``US survey foot``)."""
    return ", ".join(dict.fromkeys(axis.unit_name or "?" for axis in crs.axis_info)) or "?"


def _corners(gdf: gpd.GeoDataFrame) -> tuple[NDArray[Any], NDArray[Any], NDArray[Any]]:
    """The corners of every feature's bounding box: x, y (4 per feature) and the feature of each."""
    geoms = gdf.geometry
    ok = ~(geoms.isna() | geoms.is_empty).to_numpy()
    bounds = geoms[ok].bounds.to_numpy(dtype=float).reshape(-1, 4)
    x = np.concatenate([bounds[:, 0], bounds[:, 2], bounds[:, 0], bounds[:, 2]])
    y = np.concatenate([bounds[:, 1], bounds[:, 1], bounds[:, 3], bounds[:, 3]])
    feature = np.tile(np.asarray(gdf.index[ok]), 4)
    return x, y, feature


def _examples(feature: NDArray[Any], bad: NDArray[Any], x: NDArray[Any], y: NDArray[Any]) -> tuple[str, str]:
    """The listed ids of the bad features and one bad coordinate pair as text."""
    ids = list(dict.fromkeys(feature[bad].tolist()))
    shown = ", ".join(str(i) for i in ids[:5]) + (tr(" and {n} more").format(n=len(ids) - 5) if len(ids) > 5 else "")
    first = int(np.nonzero(bad)[0][0])
    return shown, f"{x[first]:.6g}, {y[first]:.6g}"


def _possible(crs: CRS, x: NDArray[Any], y: NDArray[Any]) -> NDArray[np.bool_]:
    """Which coordinates can be positions in ``crs``: within -180..180, -90..90 for a geographic CRS;
    for a projected CRS, those that survive a round trip to longitude/latitude (within 1 m)."""
    finite = np.isfinite(x) & np.isfinite(y)
    if crs.is_geographic:
        inside: NDArray[np.bool_] = finite & (np.abs(x) <= 180.0 + 1e-9) & (np.abs(y) <= 90.0 + 1e-9)
        return inside
    with np.errstate(all="ignore"):
        lon, lat = _to_lonlat(crs).transform(np.where(finite, x, 0.0), np.where(finite, y, 0.0), errcheck=False)
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        ok = finite & np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) < 90.0 - 1e-9)
        x2, y2 = _from_lonlat(crs).transform(np.where(ok, lon, 0.0), np.where(ok, lat, 0.0), errcheck=False)
        x2, y2 = np.asarray(x2, dtype=float), np.asarray(y2, dtype=float)
        tol = 1.0 + 1e-6 * np.maximum(np.abs(x), np.abs(y))
        back: NDArray[np.bool_] = (
            ok & np.isfinite(x2) & np.isfinite(y2) & (np.abs(x2 - x) <= tol) & (np.abs(y2 - y) <= tol)
        )
        return back


def _extent(gdf: gpd.GeoDataFrame | None) -> tuple[float, float, float, float] | None:
    """The layer's total bounds (None when it is empty)."""
    if gdf is None or gdf.empty:
        return None
    minx, miny, maxx, maxy = (float(v) for v in gdf.total_bounds)
    return minx, miny, maxx, maxy


def check_coordinates(
    gdf: gpd.GeoDataFrame, crs: CRS, layer: str, *, extent: tuple[float, float, float, float] | None = None
) -> None:
    """Refuse coordinates that cannot belong to ``crs``: outside -180..180 / -90..90 in a geographic CRS,
    or outside the projection's domain (they do not survive a round trip to longitude/latitude)."""
    if gdf is None or gdf.empty:
        return
    minx, miny, maxx, maxy = extent if extent is not None else _extent(gdf)  # type: ignore[misc]
    xs = np.array([minx, maxx, minx, maxx, (minx + maxx) / 2.0])
    ys = np.array([miny, miny, maxy, maxy, (miny + maxy) / 2.0])
    if _possible(crs, xs, ys).all():  # the extent is possible: so is every feature (checked per feature else)
        return
    x, y, feature = _corners(gdf)
    if not len(x):
        return
    finite = np.isfinite(x) & np.isfinite(y)
    if crs.is_geographic:
        bad = ~finite | (np.abs(x) > 180.0 + 1e-9) | (np.abs(y) > 90.0 + 1e-9)
        if bad.any():
            ids, example = _examples(feature, bad, x, y)
            raise InputError(
                tr(
                    "coordinates outside -180..180, -90..90 in features {ids} (e.g. {xy}), but the layer's CRS "
                    "{crs} is in degrees: the coordinates are probably in metres and the layer's CRS is wrong "
                    "(e.g. a wrong .prj file); set the layer's true CRS"
                ).format(ids=ids, xy=example, crs=_label(crs)),
                layer=layer,
            )
        return
    bad = ~_possible(crs, x, y)
    if bad.any():
        ids, example = _examples(feature, bad, x, y)
        raise InputError(
            tr(
                "coordinates in features {ids} (e.g. {xy}) cannot be positions in the layer's CRS {crs}; "
                "the layer's CRS is probably wrong (e.g. a wrong .prj file); set the layer's true CRS"
            ).format(ids=ids, xy=example, crs=_label(crs)),
            layer=layer,
        )


def scale_error(crs: CRS, gdf: gpd.GeoDataFrame, *, extent: tuple[float, float, float, float] | None = None) -> float:
    """The largest relative error of ``crs``'s scale (along meridians and parallels) at the data:
    0.0 for a true-scale CRS, 0.37 for Web Mercator at Almaty. Checked at the corners and centre of the
    layer's extent; 0.0 when the CRS has no scale factors (or the layer is empty)."""
    if gdf is None or gdf.empty or not crs.is_projected:
        return 0.0
    minx, miny, maxx, maxy = extent if extent is not None else _extent(gdf)  # type: ignore[misc]
    if not all(math.isfinite(v) for v in (minx, miny, maxx, maxy)):
        return 0.0
    xs = np.array([minx, maxx, minx, maxx, (minx + maxx) / 2.0])
    ys = np.array([miny, miny, maxy, maxy, (miny + maxy) / 2.0])
    try:
        lon, lat = _to_lonlat(crs).transform(xs, ys, errcheck=False)
        factors = _proj(crs).get_factors(np.asarray(lon), np.asarray(lat), errcheck=False)
    except Exception:  # a CRS pyproj cannot give factors for: no evidence of distortion
        log.debug("no scale factors for %s", crs.name)
        return 0.0
    # an axis in another unit than the metre (checked before) would show as a scale of 0.3048
    scales = np.concatenate([np.atleast_1d(factors.meridional_scale), np.atleast_1d(factors.parallel_scale)])
    scales = scales[np.isfinite(scales)]
    return float(np.max(np.abs(scales - 1.0))) if scales.size else 0.0


def _label(crs: CRS) -> str:
    epsg = crs.to_epsg()
    return f"EPSG:{epsg}" if epsg else crs.name


def _centre_utm(layers: dict[str, gpd.GeoDataFrame]) -> int:
    """UTM zone of the centre of all layers' bounds, computed in WGS 84."""
    boxes = []
    for gdf in layers.values():
        if gdf is None or gdf.empty:
            continue
        minx, miny, maxx, maxy = (float(v) for v in _sample(gdf).total_bounds)
        crs = CRS.from_user_input(gdf.crs)
        if crs.is_geographic:
            b = np.array([minx, miny, maxx, maxy])
        else:  # the corners and edge midpoints of the layer's extent, in longitude/latitude
            xs = np.array([minx, maxx, minx, maxx, (minx + maxx) / 2, (minx + maxx) / 2, minx, maxx])
            ys = np.array([miny, miny, maxy, maxy, miny, maxy, (miny + maxy) / 2, (miny + maxy) / 2])
            lon, lat = _to_lonlat(crs).transform(xs, ys, errcheck=False)
            lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
            b = np.array([lon.min(), lat.min(), lon.max(), lat.max()])
        if np.all(np.isfinite(b)):
            boxes.append(b)
    if not boxes:
        return ALMATY_UTM_EPSG
    arr = np.array(boxes)
    lon = (arr[:, 0].min() + arr[:, 2].max()) / 2.0
    lat = (arr[:, 1].min() + arr[:, 3].max()) / 2.0
    return utm_epsg_for(lon, lat)


def _xy(points: gpd.GeoSeries) -> NDArray[Any]:
    """Coordinates of a series of Points, vectorised on shapely 2; on 1.8 GEOS's extent of each point
    (one call each, GEOS >= 3.11), else read from one 2D WKB blob of all points (one GEOS call instead
    of a coordinate sequence per point)."""
    if _SHAPELY2:
        import shapely

        values = np.asarray(points.values, dtype=object)
        return np.column_stack([shapely.get_x(values), shapely.get_y(values)]).astype(float)
    objects = geos18.objects(points)
    getters = _geos_bound_getters()
    if getters is not None and getters[1] is not None and all(g is not None for g in objects):
        return _bounds_18(objects)[:, :2].copy()  # a point's extent is the point: one GEOS call each
    xy = _xy_from_wkb(objects)
    if xy is not None:
        return xy
    return np.array([p.coords[0][:2] for p in objects], dtype=float).reshape(-1, 2)


def _xy_from_wkb(objects: list[Any]) -> NDArray[Any] | None:
    """Shapely 1.8: the x, y of Points from the WKB of one collection of them (None when the blob is not
    the expected run of 2D points, e.g. an empty point, so that the caller falls back)."""
    from shapely import wkb
    from shapely.geometry import GeometryCollection

    n = len(objects)
    if n == 0:
        return np.empty((0, 2))
    try:
        blob = wkb.dumps(GeometryCollection(objects), output_dimension=2)
    except Exception:  # any failure: the per-point path below
        return None
    if len(blob) != 9 + 21 * n:
        return None
    rows = np.frombuffer(blob, dtype=np.uint8, offset=9).reshape(n, 21)
    order = "<" if blob[0] == 1 else ">"
    if not (rows[:, 0] == blob[0]).all():
        return None
    kinds = rows[:, 1:5].copy().view(order + "u4").ravel()
    if not (kinds == 1).all():
        return None
    return rows[:, 5:21].copy().view(order + "f8").reshape(n, 2).astype(float)


def _geom_types(geoms: gpd.GeoSeries) -> pd.Series:
    """The geometry type of each feature (None for a missing one), as :func:`geos18.series_geom_type`."""
    return pd.Series(geos18.series_geom_type(geoms), index=geoms.index, dtype=object)


def point_coords(gdf: gpd.GeoDataFrame | gpd.GeoSeries) -> NDArray[Any]:
    """An ``(n, 2)`` array of one point per feature: the point itself, or a point inside a polygon
    (``representative_point``, never outside it as a centroid can be), or the middle of a line."""
    geoms = gdf if isinstance(gdf, gpd.GeoSeries) else gdf.geometry
    if len(geoms) == 0:
        return np.empty((0, 2))
    types = _geom_types(geoms)
    if (types == "Point").all():
        return _xy(geoms)
    out = np.full((len(geoms), 2), np.nan)
    kinds = {
        "point": types.to_numpy() == "Point",
        "polygon": types.isin(["Polygon", "MultiPolygon"]).to_numpy(),
        "line": types.isin(["LineString", "MultiLineString"]).to_numpy(),
        "multipoint": (types == "MultiPoint").to_numpy(),
    }
    objects = geos18.objects(geoms)
    for kind, mask in kinds.items():
        if not mask.any():
            continue
        rows = np.nonzero(mask)[0]
        out[rows] = _points_of(kind, [objects[i] for i in rows.tolist()])
    return out


def _points_of(kind: str, geoms: list[Any]) -> NDArray[Any]:
    """x, y of one point per geometry of one kind, for all of them at once on shapely 2."""
    if _SHAPELY2:
        import shapely

        arr = np.empty(len(geoms), dtype=object)
        arr[:] = geoms
        if kind == "polygon":
            arr = shapely.point_on_surface(arr)
        elif kind == "line":
            arr = shapely.line_interpolate_point(arr, 0.5, normalized=True)
        elif kind == "multipoint":
            arr = shapely.centroid(arr)
        return np.column_stack([shapely.get_x(arr), shapely.get_y(arr)]).astype(float)
    if kind == "polygon":
        xy = _points_on_surface_18(geoms)
        if xy is not None:
            return xy
        points = [g.representative_point() for g in geoms]
    elif kind == "line":
        points = [g.interpolate(0.5, normalized=True) for g in geoms]
    elif kind == "multipoint":
        points = [g.centroid for g in geoms]
    else:
        points = geoms
    xy = _xy_from_wkb(points)
    if xy is None:
        xy = np.array([p.coords[0][:2] for p in points], dtype=float).reshape(-1, 2)
    return xy


_GEOS_POINT_ON_SURFACE: Any = None


def _geos_surface_functions() -> Any:
    """GEOS's point on surface, x, y, destroy and Hausdorff distance for shapely 1.8 (False if missing)."""
    global _GEOS_POINT_ON_SURFACE
    if _GEOS_POINT_ON_SURFACE is None:
        _GEOS_POINT_ON_SURFACE = _load_surface_functions()
    return _GEOS_POINT_ON_SURFACE


def _load_surface_functions() -> Any:
    """Bind the GEOS functions of :func:`_geos_surface_functions` through ctypes (False if missing)."""
    try:
        import ctypes

        vp, double = ctypes.c_void_p, ctypes.POINTER(ctypes.c_double)
        bind = geos18.bind
        surface = bind("GEOSPointOnSurface_r", vp, vp)
        getters = [bind(name, ctypes.c_int, vp, double) for name in ("GEOSGeomGetX_r", "GEOSGeomGetY_r")]
        destroy = bind("GEOSGeom_destroy_r", None, vp)
        hausdorff = bind("GEOSHausdorffDistance_r", ctypes.c_int, vp, vp, double)
        return (geos18.geos_handle(), surface, getters, destroy, hausdorff)
    except Exception:  # shapely 2, or an older GEOS: representative_point instead
        return False


def _points_on_surface_18(geoms: list[Any]) -> NDArray[Any] | None:
    """Shapely 1.8: x, y of GEOS's point on surface of each polygon, what ``representative_point``
    computes, without making a shapely Point of each (the wrapper costs more than GEOS itself).

    None when the GEOS library lacks the functions (then the caller uses representative_point).
    """
    functions = _geos_surface_functions()
    if not functions:
        return None
    import ctypes

    handle, surface, (get_x, get_y), destroy, _ = functions
    out = np.full((len(geoms), 2), np.nan)
    x, y = ctypes.c_double(), ctypes.c_double()
    rx, ry = ctypes.byref(x), ctypes.byref(y)
    bounds = _geos_bound_getters()
    extent = bounds[1] if bounds is not None else None
    if extent is not None:  # a point's extent is the point: one call for x and y
        out[:] = geos18.known(geoms)[2]  # decided from the blob exactly as GEOS decides it
        for i in np.nonzero(np.isnan(out[:, 0]))[0].tolist():
            geom = geoms[i]
            point = surface(handle, geom._geom)
            if not point:
                continue
            if extent(handle, point, rx, ry, rx, ry) == 1:
                out[i, 0] = x.value
                out[i, 1] = y.value
            destroy(handle, point)
        return out
    for i, geom in enumerate(geoms):
        point = surface(handle, geom._geom)
        if not point:
            continue
        try:
            if get_x(handle, point, rx) == 1 and get_y(handle, point, ry) == 1:
                out[i, 0] = x.value
                out[i, 1] = y.value
        finally:
            destroy(handle, point)
    return out


def reach_from_inner_point(geoms: gpd.GeoSeries) -> NDArray[Any]:
    """How far each unit reaches from the point inside it that stands for it: the Hausdorff distance
    between the geometry and its ``representative_point`` (0 for a missing geometry).

    Shapely 2 computes all at once; shapely 1.8 calls the same two GEOS functions per unit directly,
    without a shapely Point per unit.
    """
    objects = geos18.objects(geoms)
    out = np.zeros(len(objects))
    rows = [i for i, g in enumerate(objects) if g is not None]
    if not rows:
        return out
    if _SHAPELY2:
        arr = np.empty(len(rows), dtype=object)
        arr[:] = [objects[i] for i in rows]
        out[rows] = shapely.hausdorff_distance(arr, shapely.point_on_surface(arr))
        return out
    functions = _geos_surface_functions()
    if not functions:
        for i in rows:
            out[i] = objects[i].hausdorff_distance(objects[i].representative_point())
        return out
    import ctypes

    handle, surface, _getters, destroy, hausdorff = functions
    value = ctypes.c_double()
    ref = ctypes.byref(value)
    for i in rows:
        geom = objects[i]
        point = surface(handle, geom._geom)
        if not point:
            out[i] = geom.hausdorff_distance(geom.representative_point())
            continue
        try:
            if hausdorff(handle, geom._geom, point, ref) == 1:
                out[i] = value.value
            else:
                out[i] = geom.hausdorff_distance(geom.representative_point())
        finally:
            destroy(handle, point)
    return out


def point_coords_and_reach(
    geoms: gpd.GeoSeries, within: NDArray[Any] | None = None
) -> tuple[NDArray[Any], NDArray[Any]]:
    """:func:`point_coords` and :func:`reach_from_inner_point` of the same features at once.

    With ``within`` (a distance per feature) the reach is measured only where it could exceed it:
    a feature whose bounding box has a diagonal of at most ``within`` reaches no further than that
    diagonal from any point inside it, and that diagonal (an upper bound, never above ``within``) is
    given for it instead. For polygons on shapely 1.8 one GEOS loop finds each point on surface,
    reads it and, where needed, measures the Hausdorff distance to it; otherwise the two functions.
    """
    objects = geos18.objects(geoms)
    told = None if _SHAPELY2 else geos18.known(objects)  # what the blobs told, asked once for both uses
    far_enough = None
    if within is not None and len(objects):
        box = feature_bounds(geoms) if told is None else _bounds_18(objects, told[0])
        diagonal = np.hypot(box[:, 2] - box[:, 0], box[:, 3] - box[:, 1])
        far_enough = ~(diagonal <= np.asarray(within, dtype=float))  # NaN (no box, no radius): measure
    functions = None if _SHAPELY2 else _geos_surface_functions()
    bounds = None if _SHAPELY2 else _geos_bound_getters()
    polygons = all(t.__name__ in ("Polygon", "MultiPolygon") for t in set(map(type, objects)))
    if not functions or bounds is None or bounds[1] is None or not polygons:
        xy = point_coords(geoms)
        if far_enough is None:
            return xy, reach_from_inner_point(geoms)
        far = np.where(far_enough, 0.0, diagonal)
        rows = np.nonzero(far_enough)[0]
        if len(rows):
            far[rows] = reach_from_inner_point(geoms.iloc[rows])
        return xy, far
    import ctypes

    handle, surface, _getters, destroy, hausdorff = functions
    extent = bounds[1]
    n = len(objects)
    measure = np.ones(n, dtype=bool) if far_enough is None else far_enough
    assert told is not None  # shapely 1.8 here
    xy = told[2]  # the points the blobs decided
    far = np.full(n, np.nan)
    x, y, d = ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    rx, ry, rd = ctypes.byref(x), ctypes.byref(y), ctypes.byref(d)
    # GEOS for the features whose point the blob did not decide, or whose distance is to be measured
    for i in np.nonzero(measure | np.isnan(xy[:, 0]))[0].tolist():
        geom, exact = objects[i], bool(measure[i])
        ptr = geom._geom
        point = surface(handle, ptr)
        if not point:  # as the two functions do: no point, and the distance from representative_point
            xy[i] = np.nan
            if exact:
                far[i] = geom.hausdorff_distance(geom.representative_point())
            continue
        xy[i] = (x.value, y.value) if extent(handle, point, rx, ry, rx, ry) == 1 else (np.nan, np.nan)
        if exact:
            far[i] = (
                d.value
                if hausdorff(handle, ptr, point, rd) == 1
                else geom.hausdorff_distance(geom.representative_point())
            )
        destroy(handle, point)
    if far_enough is not None:
        far = np.where(far_enough, far, diagonal)
    return xy, far


def feature_bounds(geoms: gpd.GeoSeries) -> NDArray[Any]:
    """The bounds of each feature as an ``(n, 4)`` array (NaN where there is no geometry)."""
    if _SHAPELY2:
        arr = np.empty(len(geoms), dtype=object)
        arr[:] = geos18.objects(geoms)
        return np.asarray(shapely.bounds(arr), dtype=float).reshape(-1, 4)
    return _bounds_18(geos18.objects(geoms))


def geometry_list(geoms: Iterable[Any]) -> list[Any]:
    """The geometries of a GeoSeries (straight from its array: iterating a GeoSeries asks pandas for
    each element in turn, a tenth of a second at 200,000 units) or of any other iterable, as a list."""
    if isinstance(geoms, gpd.GeoSeries):
        return geos18.objects(geoms)
    return list(geoms)


def points_in_polygons(xy: NDArray[Any], geoms: Iterable[Any]) -> NDArray[Any]:
    """Row position of the unit containing each point (the first one when units overlap), -1 outside.

    A point inside a unit goes to the first unit (in row order) whose interior contains it; a point
    that lies only on boundaries (e.g. on the line between two grid cells) goes to the first unit whose
    boundary it touches, so that no resident is lost or counted twice. Candidate units come from a
    spatial index of the units' bounding boxes (shapely 2: ``STRtree`` queried with all points at once;
    shapely 1.8, whose tree answers one geometry per call: a grid of boxes in numpy), so the cost grows
    with units + points + candidate pairs, never with units x points; both give the same answer.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    geoms = geometry_list(geoms)
    out = np.full(len(xy), -1, dtype=np.int64)
    if not len(xy) or not geoms:
        return out
    if _SHAPELY2:
        pt, unit = _candidates_strtree(xy, geoms)
    else:
        pt, unit = _candidates_grid(xy, geoms)
    if not len(pt):
        return out
    inside = _contains_pairs(xy, geoms, pt, unit)
    _first_unit(out, pt[inside], unit[inside])
    _assign_boundary_points(xy, geoms, out, pt[~inside], unit[~inside])
    return out


def _first_unit(out: NDArray[Any], pt: NDArray[Any], unit: NDArray[Any]) -> None:
    """Set ``out[p]`` to the lowest unit position among the pairs of each point ``p``."""
    if not len(pt):
        return
    order = np.lexsort((unit, pt))
    pt, unit = pt[order], unit[order]
    first = np.ones(len(pt), dtype=bool)
    first[1:] = pt[1:] != pt[:-1]
    out[pt[first]] = unit[first]


def _candidates_strtree(xy: NDArray[Any], geoms: list[Any]) -> tuple[NDArray[Any], NDArray[Any]]:
    """Shapely 2: (point, unit) pairs whose bounding boxes intersect, from one bulk STRtree query."""
    import shapely

    arr = np.empty(len(geoms), dtype=object)
    arr[:] = geoms
    tree = shapely.STRtree(arr)  # leaves None and empty geometries out
    finite = np.isfinite(xy).all(axis=1)
    rows = np.nonzero(finite)[0]
    pt, unit = tree.query(shapely.points(xy[rows]))
    return rows[pt].astype(np.int64), unit.astype(np.int64)


_GEOS_BOUNDS: Any = None


def _bounds_18(geoms: list[Any], told: NDArray[Any] | None = None) -> NDArray[Any]:
    """Shapely 1.8: the bounds of each unit (NaN for None and empty geometries).

    ``geom.bounds`` builds an envelope polygon per call (about 30 us); GEOS's own extent (one call,
    GEOS >= 3.11) or its ``GEOSGeom_getXMin`` etc. (GEOS >= 3.7) answer in about 1 us, so they are
    used when the library has them. ``told``: the extents :func:`geos18.known` gave for ``geoms``
    (filled in here where the blobs did not tell).
    """
    out = geos18.known(geoms)[0] if told is None else told  # the extents the blobs told
    todo = [i for i in np.nonzero(np.isnan(out[:, 0]))[0].tolist() if geoms[i] is not None]
    if not todo:
        return out
    getters = _geos_bound_getters()
    if getters is None:
        for i in todo:
            if not geoms[i].is_empty:
                out[i] = geoms[i].bounds
        return out
    import ctypes

    handle, extent, funcs = getters
    values = [ctypes.c_double() for _ in range(4)]
    refs = [ctypes.byref(v) for v in values]
    x0, y0, x1, y1 = values
    if extent is not None:
        r0, r1, r2, r3 = refs
        for i in todo:
            ptr = geoms[i].__dict__.get("__geom__")
            if not ptr:  # an empty shapely geometry that holds no GEOS object
                continue
            if extent(handle, ptr, r0, r1, r2, r3) == 1:  # GEOS answers 0 for an empty geometry
                out[i] = (x0.value, y0.value, x1.value, y1.value)
        return out
    for i in todo:
        ptr = geoms[i]._geom
        if not ptr:
            continue
        row = out[i]
        for k, fn in enumerate(funcs):
            if fn(handle, ptr, refs[k]) != 1:  # GEOS answers 0 for an empty geometry
                row[:] = np.nan
                break
            row[k] = values[k].value
    return out


def _geos_bound_getters() -> tuple[Any, Any, list[Any]] | None:
    """GEOS's extent (None before GEOS 3.11) and GEOSGeom_getXMin/YMin/XMax/YMax of the GEOS that
    shapely 1.8 loaded, or None."""
    global _GEOS_BOUNDS
    if _GEOS_BOUNDS is None:
        try:
            import ctypes

            vp, double = ctypes.c_void_p, ctypes.POINTER(ctypes.c_double)
            names = ("GEOSGeom_getXMin_r", "GEOSGeom_getYMin_r", "GEOSGeom_getXMax_r", "GEOSGeom_getYMax_r")
            funcs = [geos18.bind(name, ctypes.c_int, vp, double) for name in names]
            try:
                extent = geos18.bind("GEOSGeom_getExtent_r", ctypes.c_int, vp, double, double, double, double)
            except (AttributeError, KeyError):
                extent = None
            _GEOS_BOUNDS = (geos18.geos_handle(), extent, funcs)
        except Exception:  # shapely 2, or an older GEOS: geom.bounds instead
            _GEOS_BOUNDS = False
    return _GEOS_BOUNDS or None


def _candidates_grid(xy: NDArray[Any], geoms: list[Any]) -> tuple[NDArray[Any], NDArray[Any]]:
    """Shapely 1.8: (point, unit) pairs whose bounding boxes intersect.

    A grid of the units' boxes in numpy answers all points at once (the boxes read straight from
    GEOS). Only when this GEOS cannot give boxes that way, and there are few points among many units
    (facilities in a fine grid), does the units' STRtree answer one query per point instead.
    """
    if 4 * len(xy) < len(geoms) and _geos_bound_getters() is None:
        from shapely.geometry import Point
        from shapely.strtree import STRtree

        rows = np.asarray([i for i, g in enumerate(geoms) if g is not None], dtype=np.int64)
        if not len(rows):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        with warnings.catch_warnings():  # shapely 1.8 announces the 2.0 interface
            warnings.simplefilter("ignore")
            tree = STRtree([geoms[i] for i in rows])  # leaves empty geometries out itself
        pts: list[int] = []
        units: list[int] = []
        for p, (x, y) in enumerate(xy.tolist()):
            if math.isfinite(x) and math.isfinite(y):
                hits = tree.query_items(Point(x, y))
                pts.extend([p] * len(hits))
                units.extend(hits)
        return np.asarray(pts, dtype=np.int64), rows[np.asarray(units, dtype=np.int64)]
    return box_pairs(xy, _bounds_18(geoms))


def box_pairs(xy: NDArray[Any], bounds: NDArray[Any]) -> tuple[NDArray[Any], NDArray[Any]]:
    """(point, box) index pairs with the point inside the closed box, through a uniform grid.

    Each box is entered in the grid cells it overlaps and each point looks up its own cell, so the work
    is proportional to boxes + points + pairs. Rows of ``bounds`` with NaN hold nothing.
    """
    empty = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64))
    ok_box = np.isfinite(bounds).all(axis=1)
    ok_pt = np.isfinite(xy).all(axis=1)
    if not ok_box.any() or not ok_pt.any():
        return empty
    box_id = np.nonzero(ok_box)[0]
    b = bounds[box_id]
    pt_id = np.nonzero(ok_pt)[0]
    p = xy[pt_id]
    minx, miny = min(b[:, 0].min(), p[:, 0].min()), min(b[:, 1].min(), p[:, 1].min())
    maxx, maxy = max(b[:, 2].max(), p[:, 0].max()), max(b[:, 3].max(), p[:, 1].max())
    size = np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1])
    extent = max(maxx - minx, maxy - miny, 1e-9)
    cell = float(np.median(size)) if len(size) else extent
    # no finer than the points need, and few enough cells per box that the grid stays linear
    cell = max(cell, extent / max(1.0, math.sqrt(len(b) + len(p))), extent * 1e-9)
    while True:
        cx0 = np.floor((b[:, 0] - minx) / cell).astype(np.int64)
        cy0 = np.floor((b[:, 1] - miny) / cell).astype(np.int64)
        nx = np.floor((b[:, 2] - minx) / cell).astype(np.int64) - cx0 + 1
        ny = np.floor((b[:, 3] - miny) / cell).astype(np.int64) - cy0 + 1
        counts = nx * ny
        if counts.sum() <= 4 * (len(b) + len(p)) + 1000:
            break
        cell *= 2.0
    rows = int(np.floor((maxy - miny) / cell)) + 2
    owner = np.repeat(np.arange(len(b)), counts)
    k = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    ny_rep = np.repeat(ny, counts)
    keys = (np.repeat(cx0, counts) + k // ny_rep) * rows + (np.repeat(cy0, counts) + k % ny_rep)
    order = np.argsort(keys, kind="stable")
    keys, owner = keys[order], owner[order]
    pkeys = np.floor((p[:, 0] - minx) / cell).astype(np.int64) * rows + np.floor((p[:, 1] - miny) / cell).astype(
        np.int64
    )
    lo = np.searchsorted(keys, pkeys, side="left")
    n = np.searchsorted(keys, pkeys, side="right") - lo
    total = int(n.sum())
    if total == 0:
        return empty
    pair_pt = np.repeat(np.arange(len(p)), n)
    pair_box = owner[np.arange(total) - np.repeat(np.cumsum(n) - n, n) + np.repeat(lo, n)]
    px, py = p[pair_pt, 0], p[pair_pt, 1]
    bb = b[pair_box]
    hit = (px >= bb[:, 0]) & (px <= bb[:, 2]) & (py >= bb[:, 1]) & (py <= bb[:, 3])
    return pt_id[pair_pt[hit]].astype(np.int64), box_id[pair_box[hit]].astype(np.int64)


def _contains_pairs(xy: NDArray[Any], geoms: list[Any], pt: NDArray[Any], unit: NDArray[Any]) -> NDArray[Any]:
    """For each (point, unit) pair: does the unit's interior contain the point?"""
    if _SHAPELY2:
        import shapely

        arr = np.empty(len(geoms), dtype=object)
        arr[:] = geoms
        return np.asarray(shapely.contains_xy(arr[unit], xy[pt, 0], xy[pt, 1]), dtype=bool)
    from shapely.vectorized import contains

    result = np.zeros(len(pt), dtype=bool)
    order = np.argsort(unit, kind="stable")
    units = unit[order]
    starts = np.nonzero(np.r_[True, units[1:] != units[:-1]])[0]
    ends = np.r_[starts[1:], len(units)]
    for s, e in zip(starts.tolist(), ends.tolist()):
        rows = order[s:e]
        p = pt[rows]
        result[rows] = np.asarray(contains(geoms[int(units[s])], xy[p, 0], xy[p, 1]), dtype=bool)
    return result


def _assign_boundary_points(
    xy: NDArray[Any], geoms: list[Any], out: NDArray[Any], pt: NDArray[Any], unit: NDArray[Any]
) -> None:
    """Give a point lying exactly on a unit's boundary (e.g. on the line between two grid cells) to the
    first unit whose boundary it touches, so that no resident is lost between two units.

    ``pt``, ``unit`` are the candidate pairs whose unit does not contain the point; only those of points
    still without a unit are tested.
    """
    rest = out[pt] < 0
    pt, unit = pt[rest], unit[rest]
    if not len(pt):
        return
    if _SHAPELY2:
        import shapely

        arr = np.empty(len(geoms), dtype=object)
        arr[:] = geoms
        touch = np.asarray(shapely.intersects(arr[unit], shapely.points(xy[pt])), dtype=bool)
    else:
        from shapely.geometry import Point

        touch = np.fromiter(
            (geoms[u].intersects(Point(xy[p, 0], xy[p, 1])) for p, u in zip(pt.tolist(), unit.tolist())),
            dtype=bool,
            count=len(pt),
        )
    _first_unit(out, pt[touch], unit[touch])
