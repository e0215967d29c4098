"""Coordinate reference systems and geometry helpers shared by every check.

Distances and areas are computed in a metric CRS. Inputs in a geographic CRS (or in different CRSs)
are projected to one UTM zone chosen from the data (EPSG:32643 for Almaty), and the result says
which CRS was used.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS

from almaty_planner.core.errors import InputError
from almaty_planner.core.i18n import tr

ALMATY_UTM_EPSG = 32643
# Shapely 2 has vectorised functions at the top level; a feature test, because a distribution's
# version string may be a placeholder (Debian's shapely 2 reports ``0+unknown``).
_SHAPELY2 = callable(getattr(shapely, "points", None))


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

    ``target`` forces a CRS; otherwise the CRS of the first layer is kept when it is metric and all
    layers share it, else the UTM zone of the data's centre is used. A layer without a CRS is refused.
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
    distinct = {c.to_wkt() for c in crss.values()}
    if target is not None:
        out_crs = CRS.from_user_input(target)
    else:
        first = next(iter(crss.values()))
        out_crs = first if len(distinct) == 1 and _is_metric(first) else CRS.from_epsg(_centre_utm(layers))
    if len(distinct) > 1:
        listing = ", ".join(f"{n}: {_label(c)}" for n, c in crss.items())
        warnings.append(
            tr("the layers are in different CRSs ({listing}); all were projected to {crs}").format(
                listing=listing, crs=_label(out_crs)
            )
        )
    elif not _is_metric(next(iter(crss.values()))) and target is None:
        warnings.append(
            tr("the layers are in a geographic CRS ({src}); distances and areas were computed in {crs}").format(
                src=_label(next(iter(crss.values()))), crs=_label(out_crs)
            )
        )
    projected = {}
    for name, gdf in layers.items():
        if gdf is None:
            continue
        projected[name] = gdf if CRS.from_user_input(gdf.crs) == out_crs else gdf.to_crs(out_crs)
    return MetricFrame(projected, out_crs, warnings)


def _label(crs: CRS) -> str:
    epsg = crs.to_epsg()
    return f"EPSG:{epsg}" if epsg else crs.name


def _centre_utm(layers: dict[str, gpd.GeoDataFrame]) -> int:
    """UTM zone of the centre of all layers' bounds, computed in WGS 84."""
    boxes = []
    for gdf in layers.values():
        if gdf is None or gdf.empty:
            continue
        b = gdf.to_crs(4326).total_bounds
        if np.all(np.isfinite(b)):
            boxes.append(b)
    if not boxes:
        return ALMATY_UTM_EPSG
    arr = np.array(boxes)
    lon = (arr[:, 0].min() + arr[:, 2].max()) / 2.0
    lat = (arr[:, 1].min() + arr[:, 3].max()) / 2.0
    return utm_epsg_for(lon, lat)


def _xy(points: gpd.GeoSeries) -> np.ndarray:
    """Coordinates of a series of Points: vectorised on shapely 2, one pass over the objects on 1.8."""
    if _SHAPELY2:
        import shapely

        values = np.asarray(points.values, dtype=object)
        return np.column_stack([shapely.get_x(values), shapely.get_y(values)]).astype(float)
    return np.array([p.coords[0][:2] for p in points], dtype=float).reshape(-1, 2)


def point_coords(gdf: gpd.GeoDataFrame | gpd.GeoSeries) -> np.ndarray:
    """An ``(n, 2)`` array of one point per feature: the point itself, or a point inside a polygon
    (``representative_point``, never outside it as a centroid can be), or the middle of a line."""
    geoms = gdf if isinstance(gdf, gpd.GeoSeries) else gdf.geometry
    if len(geoms) == 0:
        return np.empty((0, 2))
    types = geoms.geom_type
    if (types == "Point").all():
        return _xy(geoms)
    pts = geoms.copy()
    poly = types.isin(["Polygon", "MultiPolygon"])
    if poly.any():
        pts[poly] = geoms[poly].representative_point()
    line = types.isin(["LineString", "MultiLineString"])
    if line.any():
        pts[line] = geoms[line].interpolate(0.5, normalized=True)
    multi = types == "MultiPoint"
    if multi.any():
        pts[multi] = geoms[multi].centroid
    return _xy(pts)


def _contains_xy(geom: Any, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Vectorised point-in-polygon on shapely 2 (``contains_xy``) and 1.8 (``vectorized.contains``)."""
    if len(x) == 0:
        return np.zeros(0, dtype=bool)
    try:
        from shapely import contains_xy
    except ImportError:  # shapely 1.8
        from shapely.vectorized import contains as contains_xy
    return np.asarray(contains_xy(geom, x, y), dtype=bool)


def points_in_polygons(xy: np.ndarray, geoms: Iterable[Any]) -> np.ndarray:
    """Row position of the unit containing each point (the first one when units overlap), -1 outside."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    geoms = list(geoms)
    out = np.full(len(xy), -1, dtype=np.int64)
    for pos, geom in enumerate(geoms):
        if geom is None or geom.is_empty:
            continue
        minx, miny, maxx, maxy = geom.bounds
        box = (out < 0) & (xy[:, 0] >= minx) & (xy[:, 0] <= maxx) & (xy[:, 1] >= miny) & (xy[:, 1] <= maxy)
        idx = np.nonzero(box)[0]
        if len(idx):
            inside = _contains_xy(geom, xy[idx, 0], xy[idx, 1])
            out[idx[inside]] = pos
    _assign_boundary_points(xy, geoms, out)
    return out


def _assign_boundary_points(xy: np.ndarray, geoms: list[Any], out: np.ndarray) -> None:
    """Give a point lying exactly on a unit's boundary (e.g. on the line between two grid cells) to the
    first unit whose boundary it touches, so that no resident is lost between two units."""
    from shapely.geometry import Point

    rest = np.nonzero(out < 0)[0]
    if not len(rest):
        return
    for pos, geom in enumerate(geoms):
        if geom is None or geom.is_empty or not len(rest):
            continue
        minx, miny, maxx, maxy = geom.bounds
        px, py = xy[rest, 0], xy[rest, 1]
        near = rest[(px >= minx) & (px <= maxx) & (py >= miny) & (py <= maxy)]
        hits = [i for i in near if geom.intersects(Point(xy[i, 0], xy[i, 1]))]
        if hits:
            out[hits] = pos
            rest = np.nonzero(out < 0)[0]
