"""Checks of input layers. Each failure names the layer, the feature (by its id) and the field."""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from almaty_planner.core import geos18
from almaty_planner.core.errors import InputError
from almaty_planner.core.i18n import tr

MAX_LISTED = 5


def feature_ids(df: pd.DataFrame, id_field: str | None) -> pd.Series:
    """The ids that messages use: the id field if given, else the row labels (feature ids)."""
    if id_field and id_field in df.columns:
        return df[id_field]
    return pd.Series(df.index, index=df.index)


def _listing(ids: pd.Series) -> str:
    values = [str(v) for v in ids.iloc[:MAX_LISTED]]
    more = len(ids) - len(values)
    return ", ".join(values) + (tr(" and {n} more").format(n=more) if more > 0 else "")


def require_not_empty(df: pd.DataFrame, layer: str) -> None:
    """Refuse a layer without features."""
    if df is None or len(df) == 0:
        raise InputError(tr("the layer has no features"), layer=layer)


def require_field(df: pd.DataFrame, field: str, layer: str) -> None:
    """Refuse a missing field, listing the fields that exist."""
    if field not in df.columns:
        fields = ", ".join(str(c) for c in df.columns if c != "geometry")
        raise InputError(tr("field not found; the layer has: {fields}").format(fields=fields), layer=layer, field=field)


def require_unique_ids(df: pd.DataFrame, id_field: str, layer: str) -> None:
    """Refuse duplicate (or empty) ids in ``id_field``."""
    require_field(df, id_field, layer)
    ids = df[id_field]
    if ids.isna().any():
        bad = feature_ids(df, None)[ids.isna()]
        raise InputError(tr("empty id in features {ids}").format(ids=_listing(bad)), layer=layer, field=id_field)
    dup = ids[ids.duplicated(keep=False)]
    if len(dup):
        raise InputError(
            tr("duplicate ids: {ids}").format(ids=_listing(pd.Series(dup.unique()))), layer=layer, field=id_field
        )


def numeric_field(
    df: pd.DataFrame,
    field: str,
    layer: str,
    id_field: str | None = None,
    *,
    allow_null: bool = False,
    null_value: float | None = None,
    minimum: float | None = 0.0,
) -> pd.Series:
    """Return ``field`` as floats, refusing text, nulls (unless allowed) and values below ``minimum``.

    With ``allow_null`` the nulls are replaced by ``null_value`` (or kept as NaN when it is None).
    """
    require_field(df, field, layer)
    raw = df[field]
    values = pd.to_numeric(raw, errors="coerce").astype(float)
    ids = feature_ids(df, id_field)
    # text that is not a number (blank text counts as no value); only the cells that did not convert
    # can be such text, so only those are looked at
    unconverted = (values.isna() & raw.notna()).to_numpy(copy=True)
    if unconverted.any():
        unconverted[unconverted] = (raw[unconverted].astype(str).str.strip() != "").to_numpy()
    text = pd.Series(unconverted, index=raw.index)
    if text.any():
        raise InputError(
            tr("not a number in features {ids} (e.g. {value!r})").format(
                ids=_listing(ids[text]), value=raw[text].iloc[0]
            ),
            layer=layer,
            field=field,
        )
    null = values.isna() | ~np.isfinite(values.fillna(0.0))
    if null.any():
        if not allow_null:
            raise InputError(tr("no value in features {ids}").format(ids=_listing(ids[null])), layer=layer, field=field)
        if null_value is not None:
            values = values.where(~null, null_value)
    if minimum is not None:
        low = values < minimum
        if low.any():
            raise InputError(
                tr("negative value in features {ids} (e.g. {value})").format(
                    ids=_listing(ids[low]), value=values[low].iloc[0]
                ),
                layer=layer,
                field=field,
            )
    return values


def check_geometries(
    gdf: gpd.GeoDataFrame, layer: str, id_field: str | None = None, *, repair: bool = True
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Refuse features without geometry; repair invalid ones (or refuse them) and say which.

    Returns a copy (the input is never modified) and the warnings to report.
    """
    warnings: list[str] = []
    ids = feature_ids(gdf, id_field)
    missing = gdf.geometry.isna().to_numpy() | geos18.series_is_empty(gdf.geometry)
    if missing.any():
        raise InputError(tr("features without geometry: {ids}").format(ids=_listing(ids[missing])), layer=layer)
    collections = geos18.series_geom_type(gdf.geometry) == "GeometryCollection"
    if collections.any():
        parts = [_dominant_parts(g) for g in gdf.geometry[collections]]
        geoms = list(gdf.geometry)
        for pos, part in zip(np.nonzero(collections)[0], parts):
            geoms[pos] = part
        gdf = gdf.set_geometry(gpd.GeoSeries(geoms, index=gdf.index, crs=gdf.crs), crs=gdf.crs)
        kinds = ", ".join(sorted({p.geom_type for p in parts}))
        warnings.append(
            tr(
                "{layer}: features {ids} are geometry collections; only their parts of the highest dimension "
                "were used ({kinds}), other parts (e.g. stray lines or points) were left out"
            ).format(layer=layer, ids=_listing(ids[collections]), kinds=kinds)
        )
    invalid = ~geos18.series_is_valid(gdf.geometry)
    if not invalid.any():
        return gdf, warnings
    if not repair:
        raise InputError(tr("invalid geometry in features {ids}").format(ids=_listing(ids[invalid])), layer=layer)
    out = gdf.copy()
    out.loc[invalid, out.geometry.name] = out.geometry[invalid].apply(_make_valid)
    warnings.append(
        tr("{layer}: invalid geometry repaired in features {ids}").format(layer=layer, ids=_listing(ids[invalid]))
    )
    return out, warnings


def _flatten(geom: Any) -> list[Any]:
    """The single parts of a geometry, collections and multi-parts opened recursively."""
    if geom is None or geom.is_empty:
        return []
    if hasattr(geom, "geoms"):
        return [p for g in geom.geoms for p in _flatten(g)]
    return [geom]


def _dominant_parts(geom: Any) -> Any:
    """A GeometryCollection's polygons (as one (multi)polygon), else its lines, else its points."""
    from shapely.geometry import MultiLineString, MultiPoint, MultiPolygon

    parts = _flatten(geom)
    for kind, make in (("Polygon", MultiPolygon), ("LineString", MultiLineString), ("Point", MultiPoint)):
        same = [p for p in parts if p.geom_type == kind or (kind == "LineString" and p.geom_type == "LinearRing")]
        if same:
            return same[0] if len(same) == 1 else make(same)
    return geom


def _make_valid(geom: Any) -> Any:
    """``make_valid`` on shapely 1.8 and 2.x alike; falls back to ``buffer(0)``."""
    try:
        from shapely.validation import make_valid
    except ImportError:  # pragma: no cover - shapely < 1.8
        return geom.buffer(0)
    fixed = make_valid(geom)
    if fixed.geom_type == "GeometryCollection":
        polys = [g for g in getattr(fixed, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
        if polys:
            from shapely.ops import unary_union

            fixed = unary_union(polys)
    return fixed
