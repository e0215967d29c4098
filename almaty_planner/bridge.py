"""The bridge between QGIS and the core: feature sources to GeoDataFrames and GeoDataFrames to sinks.

Reading keeps every attribute (Cyrillic names and values intact), the CRS, and the QGIS feature ids
(as the frame's index, so that core messages name the features a planner sees); NULL becomes
``None`` (text) or ``NaN`` (numbers). Only the features the source yields are read, so a
``QgsProcessingFeatureSource`` opened with "selected features only" gives only the selection.
Writing keeps the input fields in their order and types, then the new fields with types inferred
from the data (int64, double, text, bool), and writes geometry in the CRS of the sink.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Iterable
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from pyproj import CRS
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant
from shapely import wkb as shapely_wkb

from almaty_planner.compat import INTEGER_TYPES, REAL_TYPES, FieldType, field_type, new_field
from almaty_planner.core.i18n import tr

LOGGER = logging.getLogger(__name__)

GEOMETRY = "geometry"


class Canceled(QgsProcessingException):
    """Raised when the user cancels while a layer is read or written."""


def _canceled(feedback: Any) -> bool:
    """True when ``feedback`` exists and the user pressed Cancel."""
    return feedback is not None and feedback.isCanceled()


def _python_value(value: Any) -> Any:
    """A QGIS attribute value as a plain Python value (NULL -> None, QDate -> date, ...)."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        if value.isNull():
            return None
        value = value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toPyTime() if value.isValid() else None
    return value


def _shapely(geometry: QgsGeometry) -> Any:
    """A QGIS geometry as a shapely geometry (curves straightened, M dropped); None if empty."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    geom = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        geom.convertToStraightSegment()
    if QgsWkbTypes.hasM(geom.wkbType()):
        geom.get().dropMValue()
    return shapely_wkb.loads(bytes(geom.asWkb()))


def crs_of(source: Any) -> CRS | None:
    """The pyproj CRS of a QGIS source (None when QGIS knows no valid CRS for it)."""
    qcrs = source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()
    if not qcrs.isValid():
        return None
    authid = qcrs.authid()
    if authid and authid.upper().startswith("EPSG:"):
        return CRS.from_user_input(authid)
    return CRS.from_wkt(qcrs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED))


def _column(values: list[Any], field: QgsField, index: pd.Index) -> pd.Series:
    """One attribute column with a dtype that suits the QGIS field type."""
    ftype = field_type(field)
    if ftype in INTEGER_TYPES:
        if any(v is None for v in values):
            return pd.Series([np.nan if v is None else float(v) for v in values], index=index, dtype="float64")
        return pd.Series(values, index=index, dtype="int64")
    if ftype in REAL_TYPES:
        return pd.Series([np.nan if v is None else float(v) for v in values], index=index, dtype="float64")
    if ftype == FieldType.BOOL and not any(v is None for v in values):
        return pd.Series(values, index=index, dtype="bool")
    return pd.Series(values, index=index, dtype="object")


def source_to_gdf(source: Any, layer_name: str, feedback: Any = None) -> gpd.GeoDataFrame:
    """Read every feature ``source`` yields into a GeoDataFrame indexed by the QGIS feature id.

    Every attribute is kept, in the layer's field order; the geometry column is ``geometry`` (or
    ``_geometry`` when the layer has a field called ``geometry``); the CRS is the source's.
    """
    if source is None:
        raise QgsProcessingException(tr("The layer {layer} could not be opened.").format(layer=layer_name))
    fields = source.fields()
    names = [fields.at(i).name() for i in range(fields.count())]
    columns: list[list[Any]] = [[] for _ in names]
    fids: list[int] = []
    geoms: list[Any] = []
    total = source.featureCount()
    step = 100.0 / total if total and total > 0 else 0.0
    for n, feature in enumerate(source.getFeatures()):
        if _canceled(feedback):
            raise Canceled(tr("Canceled while reading {layer}.").format(layer=layer_name))
        fids.append(int(feature.id()))
        attrs = feature.attributes()
        for i in range(len(names)):
            columns[i].append(_python_value(attrs[i]) if i < len(attrs) else None)
        geoms.append(_shapely(feature.geometry()) if feature.hasGeometry() else None)
        if feedback is not None and step and n % 500 == 0:
            feedback.setProgress(n * step)
    index = pd.Index(fids, dtype="int64", name=None)
    data = {name: _column(values, fields.at(i), index) for i, (name, values) in enumerate(zip(names, columns))}
    frame = pd.DataFrame(data, index=index, columns=names)
    geometry_name = GEOMETRY
    while geometry_name in names:
        geometry_name = "_" + geometry_name
    crs = crs_of(source)
    frame[geometry_name] = gpd.GeoSeries(geoms, index=index, crs=crs)
    return gpd.GeoDataFrame(frame, geometry=geometry_name, crs=crs)


def _kind(series: pd.Series) -> str:
    """``int``, ``real``, ``bool``, ``date``, ``datetime``, ``text`` or ``null`` for a column's values."""
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return "bool"
    if pd.api.types.is_integer_dtype(dtype):
        return "int"
    if pd.api.types.is_float_dtype(dtype):
        return "null" if series.isna().all() else "real"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "datetime"
    values = [v for v in series.tolist() if not _is_null(v)]
    if not values:
        return "null"
    if all(isinstance(v, (bool, np.bool_)) for v in values):
        return "bool"
    if all(isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_)) for v in values):
        return "int"
    if all(isinstance(v, (int, float, np.integer, np.floating)) for v in values):
        return "real"
    if all(isinstance(v, dt.datetime) for v in values):
        return "datetime"
    if all(isinstance(v, dt.date) for v in values):
        return "date"
    return "text"


def _new_field(name: str, kind: str) -> QgsField:
    """A QgsField for a result column of ``kind``."""
    if kind == "int":
        return new_field(name, FieldType.INT64, "int8")
    if kind in ("real", "null"):
        return new_field(name, FieldType.DOUBLE, "double")
    if kind == "bool":
        return new_field(name, FieldType.BOOL, "boolean")
    if kind == "date":
        return new_field(name, FieldType.DATE, "date")
    if kind == "datetime":
        return new_field(name, FieldType.DATETIME, "datetime")
    return new_field(name, FieldType.STRING, "string")


def _compatible(field: QgsField, kind: str) -> bool:
    """True when values of ``kind`` fit an input field without loss."""
    ftype = field_type(field)
    if kind == "null":
        return True
    if ftype in INTEGER_TYPES:
        return kind in ("int", "bool")
    if ftype in REAL_TYPES:
        return kind in ("int", "real", "bool")
    if ftype == FieldType.BOOL:
        return kind == "bool"
    if ftype == FieldType.STRING:
        return kind == "text"
    if ftype == FieldType.DATE:
        return kind == "date"
    if ftype == FieldType.DATETIME:
        return kind in ("date", "datetime")
    return False


def output_fields(gdf: gpd.GeoDataFrame, input_fields: QgsFields | None = None) -> QgsFields:
    """The fields of a result: input fields still present (order and types kept), then new columns."""
    out = QgsFields()
    geometry = gdf.geometry.name if isinstance(gdf, gpd.GeoDataFrame) else None
    columns = [c for c in gdf.columns if c != geometry]
    used = set()
    if input_fields is not None:
        for i in range(input_fields.count()):
            field = input_fields.at(i)
            if field.name() not in columns:
                continue
            kind = _kind(gdf[field.name()])
            out.append(QgsField(field) if _compatible(field, kind) else _new_field(field.name(), kind))
            used.add(field.name())
    for name in columns:
        if name in used:
            continue
        out.append(_new_field(str(name), _kind(gdf[name])))
    return out


def _is_null(value: Any) -> bool:
    """True for None, NaN, NaT and pandas NA."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _qgis_value(value: Any, field: QgsField) -> Any:
    """A Python/numpy value as something a QGIS field of ``field``'s type accepts (None for null)."""
    if _is_null(value):
        return None
    if isinstance(value, np.generic):
        value = value.item()
    ftype = field_type(field)
    if ftype in INTEGER_TYPES:
        if isinstance(value, float) and not math.isfinite(value):
            return None
        return round(value) if isinstance(value, float) else int(value)
    if ftype in REAL_TYPES:
        return float(value)
    if ftype == FieldType.BOOL:
        return bool(value)
    if ftype == FieldType.STRING:
        return str(value)
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if ftype == FieldType.DATETIME and isinstance(value, dt.datetime):
        return QDateTime(value)
    if ftype == FieldType.DATE and isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day)
    return value


def _qgis_geometry(geom: Any, wkb_type: int) -> QgsGeometry:
    """A shapely geometry as a QgsGeometry shaped for a sink of ``wkb_type`` (single/multi)."""
    if geom is None or geom.is_empty:
        return QgsGeometry()
    qgeom = QgsGeometry()
    qgeom.fromWkb(geom.wkb)
    if wkb_type is None or wkb_type == QgsWkbTypes.Type.Unknown:
        return qgeom
    if QgsWkbTypes.isMultiType(wkb_type) and not qgeom.isMultipart():
        qgeom.convertToMultiType()
    elif not QgsWkbTypes.isMultiType(wkb_type) and qgeom.isMultipart():
        parts = qgeom.asGeometryCollection()
        if len(parts) == 1:
            qgeom = parts[0]
    return qgeom


def reproject(gdf: gpd.GeoDataFrame, crs: CRS | None) -> gpd.GeoDataFrame:
    """``gdf`` in ``crs`` (unchanged when it is already there or either CRS is unknown)."""
    if crs is None or gdf.crs is None or CRS.from_user_input(gdf.crs) == crs:
        return gdf
    return gdf.to_crs(crs)


def write_features(
    sink: QgsFeatureSink,
    gdf: gpd.GeoDataFrame | pd.DataFrame,
    fields: QgsFields,
    *,
    wkb_type: int | None = None,
    crs: CRS | None = None,
    feedback: Any = None,
    layer_name: str = "",
) -> int:
    """Add one feature per row of ``gdf`` to ``sink`` (geometry reprojected to ``crs``); return the count."""
    has_geometry = isinstance(gdf, gpd.GeoDataFrame) and gdf.geometry.name in gdf.columns
    if has_geometry:
        gdf = reproject(gdf, crs)
        geoms: Iterable[Any] = gdf.geometry.tolist()
    else:
        geoms = [None] * len(gdf)
    names = [fields.at(i).name() for i in range(fields.count())]
    columns = [gdf[name].tolist() if name in gdf.columns else [None] * len(gdf) for name in names]
    total = len(gdf)
    written = 0
    for row, geom in enumerate(geoms):
        if _canceled(feedback):
            raise Canceled(tr("Canceled while writing {layer}.").format(layer=layer_name))
        feature = QgsFeature(fields)
        feature.setAttributes([_qgis_value(columns[i][row], fields.at(i)) for i in range(len(names))])
        if has_geometry:
            feature.setGeometry(_qgis_geometry(geom, wkb_type))
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(
                tr("The result layer {layer} could not be written (feature {row}).").format(layer=layer_name, row=row)
            )
        written += 1
        if feedback is not None and total and row % 500 == 0:
            feedback.setProgress(100.0 * row / total)
    return written


def qgis_crs(crs: CRS | None) -> QgsCoordinateReferenceSystem:
    """A QGIS CRS from a pyproj CRS (invalid CRS for None)."""
    if crs is None:
        return QgsCoordinateReferenceSystem()
    epsg = crs.to_epsg()
    if epsg:
        return QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    return QgsCoordinateReferenceSystem.fromWkt(crs.to_wkt())
