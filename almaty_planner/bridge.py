"""The bridge between QGIS and the core: feature sources to GeoDataFrames and GeoDataFrames to sinks.

Reading keeps every attribute (Cyrillic names and values intact), the CRS, and the QGIS feature ids
(as the frame's index, so that core messages name the features a planner sees); NULL becomes
``None`` (text) or ``NaN`` (numbers). Only the features the source yields are read, so a
``QgsProcessingFeatureSource`` opened with "selected features only" gives only the selection.
Writing keeps the input fields in their order and types, then the new fields with types inferred
from the data (int64, double, text, bool), and writes geometry in the CRS of the sink.

Each direction crosses between QGIS and Python once, column by column: a read takes each feature's
id, attribute list and geometry in one pass and converts whole columns (and all geometries at once
on shapely 2); a write converts each result column to QGIS values in one go and hands the features
over in batches. The geometries read are kept with their source, and a result row whose geometry is
still the very object read gets the input's QGIS geometry back instead of one rebuilt from shapely.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import math
import weakref
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from numpy.typing import NDArray
from pyproj import CRS
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
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
from almaty_planner.core import geos18
from almaty_planner.core.gcpause import collector_held
from almaty_planner.core.i18n import tr

LOGGER = logging.getLogger(__name__)

GEOMETRY = "geometry"
BATCH = 5000
_SHAPELY2 = callable(getattr(__import__("shapely"), "points", None))  # shapely 2 (feature test, as core.geo)
_PLAIN_TYPES = INTEGER_TYPES | REAL_TYPES | {FieldType.STRING, FieldType.BOOL}

# The QGIS geometries read from each source, with the shapely objects made from them (see _Kept).
_KEPT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


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


class _Kept:
    """The QGIS geometries of one read and the shapely objects made from them, position by position.

    Holding the shapely objects keeps their identity unique while the record lives, so a result row
    whose geometry ``is`` one of them can be given the QGIS geometry it came from.
    """

    def __init__(self, objects: list[Any], qgis: list[Any], types: NDArray[np.int64] | None = None) -> None:
        self.objects = objects
        self.qgis = qgis
        self.types = types  # each QGIS geometry's WKB type, from the first bytes of its blob (-1: not known)
        self._where: dict[int, int] | None = None

    def positions(self) -> dict[int, int]:
        """Position of each shapely object read, by its ``id`` (unique while this record holds them)."""
        if self._where is None:
            self._where = {id(o): i for i, o in enumerate(self.objects) if o is not None}
        return self._where


def _plain_column(values: list[Any]) -> list[Any]:
    """Attribute values of an int, real, text or bool field: PyQGIS gives plain Python values, and NULL as
    a QVariant; only those cells need converting."""
    if QVariant in set(map(type, values)):
        return [_python_value(v) if type(v) is QVariant else v for v in values]
    return values


def _column(values: list[Any], field: QgsField, index: pd.Index) -> pd.Series:
    """One attribute column with a dtype that suits the QGIS field type."""
    ftype = field_type(field)
    has_null = type(None) in set(map(type, values))
    if ftype in INTEGER_TYPES:
        if has_null:
            return pd.Series(
                np.array([np.nan if v is None else v for v in values], dtype="float64"), index=index, dtype="float64"
            )
        return pd.Series(values, index=index, dtype="int64")
    if ftype in REAL_TYPES:
        if has_null:
            values = [np.nan if v is None else v for v in values]
        return pd.Series(np.array(values, dtype="float64"), index=index, dtype="float64")
    if ftype == FieldType.BOOL and not has_null:
        return pd.Series(values, index=index, dtype="bool")
    return pd.Series(values, index=index, dtype="object")


def _blob_types(blobs: list[bytes]) -> NDArray[np.int64]:
    """The WKB type each blob starts with (QGIS writes its geometry's own type there, little-endian on
    this machine), -1 where a blob is empty or big-endian."""
    n = len(blobs)
    head = np.frombuffer(b"".join(b[:5].ljust(5, b"\0") for b in blobs), dtype=np.uint8).reshape(n, 5)
    codes = head[:, 1:5].copy().view("<u4").ravel().astype(np.int64)
    return np.where(head[:, 0] == 1, codes, -1)


def _geometries(qgis: list[Any], wkb_type: int) -> tuple[list[Any], NDArray[np.int64] | None]:
    """Shapely geometries of QGIS geometries (None for null or empty), converted all at once where the
    layer type allows: curved or M layers, and layers of unknown type, go one by one through _shapely.
    Also the WKB type of each geometry where its blob tells it (None when they went one by one)."""
    if (
        wkb_type in (QgsWkbTypes.Type.Unknown, QgsWkbTypes.Type.NoGeometry)
        or QgsWkbTypes.isCurvedType(wkb_type)
        or QgsWkbTypes.hasM(wkb_type)
    ):
        return [_shapely(g) for g in qgis], None
    blobs = [bytes(g.asWkb()) for g in qgis]
    types = _blob_types(blobs)
    if _SHAPELY2:
        import shapely

        arr = np.empty(len(blobs), dtype=object)
        arr[:] = [b or None for b in blobs]
        geoms = shapely.from_wkb(arr)
        geoms[shapely.is_empty(geoms)] = None
        return list(geoms), types
    if QgsWkbTypes.flatType(wkb_type) == QgsWkbTypes.Type.Point and all(len(b) == 21 for b in blobs):
        # QGIS writes an empty point as NaN coordinates; those become None
        raw = np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(-1, 21)
        little = raw[:, 0] == 1
        xy = np.empty((len(blobs), 2))
        xy[little] = raw[little, 5:21].copy().view("<f8")
        xy[~little] = raw[~little, 5:21].copy().view(">f8")
        nan = np.isnan(xy).any(axis=1)
        if nan.any():
            blobs = [None if empty else b for b, empty in zip(blobs, nan.tolist())]
    # an empty line, polygon or collection is its 9-byte header (byte order, type, no parts)
    return geos18.from_wkb([b if b is not None and len(b) > 9 else None for b in blobs]), types


def _read(
    source: Any, layer_name: str, feedback: Any, *, keep_geometries: bool, only: list[str] | None = None
) -> gpd.GeoDataFrame:
    """:func:`source_to_gdf` itself."""
    if source is None:
        raise QgsProcessingException(tr("The layer {layer} could not be opened.").format(layer=layer_name))
    fields = source.fields()
    positions = list(range(fields.count()))
    request = QgsFeatureRequest()
    if only is not None and all(fields.indexOf(name) >= 0 for name in only):
        # only these fields cross over (a field the layer lacks: all of them, so that the check's
        # message can list the layer's fields)
        positions = sorted({fields.indexOf(name) for name in only})
        request.setSubsetOfAttributes(positions)
    names = [fields.at(i).name() for i in positions]
    fids: list[int] = []
    rows: list[list[Any]] = []
    qgis: list[Any] = []
    total = source.featureCount()
    step = 100.0 / total if total and total > 0 else 0.0
    feature = QgsFeature()
    iterator = source.getFeatures(request)
    add_id, add_row, add_geom = fids.append, rows.append, qgis.append
    n = 0
    while iterator.nextFeature(feature):
        add_id(feature.id())
        add_row(feature.attributes())
        add_geom(feature.geometry())
        n += 1
        if n % 1000 == 0:
            if _canceled(feedback):
                raise Canceled(tr("Canceled while reading {layer}.").format(layer=layer_name))
            if feedback is not None and step:
                feedback.setProgress(n * step)
    if _canceled(feedback):
        raise Canceled(tr("Canceled while reading {layer}.").format(layer=layer_name))
    index = pd.Index(fids, dtype="int64", name=None)
    data = {}
    width = positions[-1] + 1 if positions else 0
    short = any(len(r) < width for r in rows)
    for i, name in zip(positions, names):
        field = fields.at(i)
        values = [r[i] if i < len(r) else None for r in rows] if short else [r[i] for r in rows]
        if field_type(field) in _PLAIN_TYPES:
            values = _plain_column(values)
        else:
            values = [_python_value(v) for v in values]
        data[name] = _column(values, field, index)
    del rows
    frame = pd.DataFrame(data, index=index, columns=names)
    geometry_name = GEOMETRY
    while geometry_name in names:
        geometry_name = "_" + geometry_name
    crs = crs_of(source)
    geoms, types = _geometries(qgis, source.wkbType())
    if keep_geometries:
        _KEPT[source] = _Kept(geoms, qgis, types)
    frame[geometry_name] = _geo_series(geoms, index, crs)
    return gpd.GeoDataFrame(frame, geometry=geometry_name, crs=crs)


def source_to_gdf(
    source: Any,
    layer_name: str,
    feedback: Any = None,
    *,
    keep_geometries: bool = False,
    fields: list[str] | None = None,
) -> gpd.GeoDataFrame:
    """Read every feature ``source`` yields into a GeoDataFrame indexed by the QGIS feature id.

    Every attribute is kept, in the layer's field order (with ``fields``: only those, when the layer
    has them all; ``[]`` for the geometries alone); the geometry column is ``geometry`` (or
    ``_geometry`` when the layer has a field called ``geometry``); the CRS is the source's. With
    ``keep_geometries`` the QGIS geometries stay with ``source`` (as long as it lives) for
    :func:`write_features` to give back.
    """
    with collector_held():
        return _read(source, layer_name, feedback, keep_geometries=keep_geometries, only=fields)


def _geo_series(geoms: list[Any], index: pd.Index, crs: CRS | None) -> gpd.GeoSeries:
    """A GeoSeries of shapely objects, built as one geometry array: a plain list would make pandas ask
    every shapely 1.8 geometry for its (deprecated, slow) array interface."""
    from geopandas.array import GeometryArray

    arr = np.empty(len(geoms), dtype=object)
    for i, geom in enumerate(geoms):
        arr[i] = geom
    return gpd.GeoSeries(GeometryArray(arr, crs=crs), index=index, crs=crs)


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
    if pd.api.types.infer_dtype(series, skipna=True) == "string":  # text and nulls only, told in C
        return "text"
    values = _non_null(series)
    if not values:
        return "null"
    # every value is an instance of a class exactly when every distinct type of them is a subclass
    types = set(map(type, values))
    if all(issubclass(t, (bool, np.bool_)) for t in types):
        return "bool"
    if all(issubclass(t, (int, np.integer)) and not issubclass(t, (bool, np.bool_)) for t in types):
        return "int"
    if all(issubclass(t, (int, float, np.integer, np.floating)) for t in types):
        return "real"
    if all(issubclass(t, dt.datetime) for t in types):
        return "datetime"
    if all(issubclass(t, dt.date) for t in types):
        return "date"
    return "text"


def _null_mask(series: pd.Series) -> np.ndarray:
    """True where a value is None, NaN, NaT or pandas NA (what _is_null says of each cell)."""
    return np.asarray(pd.isna(series), dtype=bool)


def _non_null(series: pd.Series) -> list[Any]:
    """The values of ``series`` that are not null, in order."""
    values = series.tolist()
    mask = _null_mask(series)
    if not mask.any():
        return values
    return [v for v, null in zip(values, mask.tolist()) if not null]


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


def _qgis_column(series: pd.Series, field: QgsField) -> list[Any]:
    """The values of a result column as a QGIS field of ``field``'s type takes them: the same values as
    :func:`_qgis_value` of each cell, converted for the whole column where its dtype allows."""
    ftype = field_type(field)
    dtype = series.dtype
    numeric = pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_complex_dtype(dtype)
    if numeric and ftype in INTEGER_TYPES | REAL_TYPES | {FieldType.BOOL}:
        mask = _null_mask(series)
        values = series.to_numpy(dtype=float, na_value=np.nan) if mask.any() else series.to_numpy()
        typed: NDArray[Any]  # the values as the field takes them: float64, int64 or bool
        if ftype in REAL_TYPES:
            typed = np.asarray(values, dtype=float)
        elif ftype == FieldType.BOOL:
            typed = np.asarray(values != 0)
        elif pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_integer_dtype(dtype):
            fill: Any = False if pd.api.types.is_bool_dtype(dtype) else 0
            filled = series.fillna(fill) if mask.any() else series
            typed = filled.to_numpy().astype(np.int64)
        else:
            floats = np.asarray(values, dtype=float)
            finite = np.isfinite(floats)
            if (np.abs(floats[finite]) >= 2.0**53).any():
                return [_qgis_value(v, field) for v in series.tolist()]
            mask = mask | ~finite
            typed = np.rint(np.where(finite, floats, 0.0)).astype(np.int64)
        shared = _shared_numbers(typed, mask)
        if shared is not None:
            return shared
        if not mask.any():
            return typed.tolist()
        out = typed.astype(object)
        out[mask] = None
        return out.tolist()
    if ftype == FieldType.STRING and (pd.api.types.is_object_dtype(dtype) or isinstance(dtype, pd.StringDtype)):
        shared = _shared_text(series)
        if shared is not None:
            return shared
        values = series.tolist()
        if set(map(type, values)) <= {str}:  # text only, no null: nothing to convert
            return values
        mask = _null_mask(series).tolist()
        return [
            None if null else (str(v.item()) if isinstance(v, np.generic) else str(v)) for v, null in zip(values, mask)
        ]
    return [_qgis_value(v, field) for v in series.tolist()]


def _variants_taken() -> bool:
    """True when a feature takes QVariants holding text, numbers and truth values and gives back what
    the plain values give (PyQt 5 and 6 do)."""
    try:
        fields = QgsFields()
        values = ["Квартал", 1.5, -0.0, 7, 2**40, True]
        kinds = (FieldType.STRING, FieldType.DOUBLE, FieldType.DOUBLE, FieldType.INT, FieldType.INT64, FieldType.BOOL)
        for i, kind in enumerate(kinds):
            fields.append(new_field(f"v{i}", kind))
        plain, shared = QgsFeature(fields), QgsFeature(fields)
        plain.setAttributes(list(values))
        shared.setAttributes([QVariant(v) for v in values])
        back, expected = shared.attributes(), plain.attributes()
        return (
            [(type(v), repr(v)) for v in back]
            == [(type(v), repr(v)) for v in expected]
            == [(type(v), repr(v)) for v in values]
        )
    except Exception:  # a binding without QVariant: plain values
        return False


_SHARE: bool | None = None


def _variants_shared() -> bool:
    """Whether repeated values may go over as shared QVariants (:func:`_variants_taken`, asked once)."""
    global _SHARE
    if _SHARE is None:
        _SHARE = _variants_taken()
    return _SHARE


_SAMPLE = 256  # first cells of a text column that show whether its values repeat


def _shared_numbers(typed: NDArray[Any], mask: NDArray[np.bool_]) -> list[Any] | None:
    """The cells of a number column whose values repeat (population, deficit, objects needed ...) as one
    QVariant per distinct value (None where ``mask``): a feature copies a QVariant at a third of the
    cost of converting a Python number. Values are told apart by their bits (0.0 from -0.0), and each
    QVariant holds the very Python value the column would hand over. None when the values are mostly
    distinct (ids, shares) or QVariants cannot be handed over."""
    n = len(typed)
    if n < 64 or not _variants_shared():
        return None
    key = typed.view(np.int64) if typed.dtype == np.float64 else typed.astype(np.int64)
    codes, uniques = pd.factorize(key)
    if len(uniques) * 8 > n:
        return None
    if typed.dtype == np.float64:
        distinct = np.asarray(uniques, dtype=np.int64).view(np.float64).tolist()
    else:
        distinct = np.asarray(uniques).astype(typed.dtype).tolist()
    variants = np.empty(len(distinct) + 1, dtype=object)
    for i, value in enumerate(distinct):
        variants[i] = QVariant(value)
    variants[-1] = None
    codes = np.asarray(codes, dtype=np.int64)
    codes[mask] = len(distinct)
    out: list[Any] = variants[codes].tolist()
    return out


def _shared_text(series: pd.Series) -> list[Any] | None:
    """The cells of a text column whose values repeat (service, method, pack, ``norms_used``) as one
    QVariant per distinct value (None for NULL): each feature then holds a copy of the same Qt string,
    which Qt shares instead of converting and storing the text again for every row (at 200,000 rows,
    seconds and hundreds of MB). None when the values are mostly distinct (names: the first few hundred
    already tell) or not all text or NULL: then the cells are converted one by one."""
    n = len(series)
    if n < 64 or not _variants_shared():
        return None
    values = series.tolist()
    if type(values[0]) is str and values.count(values[0]) == n:  # one text in every row (service, pack)
        return [QVariant(values[0])] * n
    head = values[:_SAMPLE]
    text = {str, type(None)}
    if not set(map(type, head)) <= text or len(set(head)) * 2 > len(head):  # not text, or names
        return None
    if not set(map(type, values)) <= text:
        return None
    distinct = set(values)  # Python's own hash of a text is kept with it: no text is hashed twice
    distinct.discard(None)
    if len(distinct) * 2 > n:
        return None
    shared: dict[Any, Any] = {v: QVariant(v) for v in distinct}
    shared[None] = None
    return [shared[v] for v in values]


def _shaped(qgeom: QgsGeometry, wkb_type: int | None) -> QgsGeometry:
    """``qgeom`` as a sink of ``wkb_type`` takes it: single parts made multi, or one-part multis single."""
    if wkb_type is None or wkb_type == QgsWkbTypes.Type.Unknown or qgeom.isNull():
        return qgeom
    multi = qgeom.isMultipart()
    if QgsWkbTypes.isMultiType(wkb_type) and not multi:
        qgeom = QgsGeometry(qgeom)
        qgeom.convertToMultiType()
    elif not QgsWkbTypes.isMultiType(wkb_type) and multi:
        parts = qgeom.asGeometryCollection()
        if len(parts) == 1:
            qgeom = parts[0]
    return qgeom


def _qgis_geometry(geom: Any, wkb_type: int) -> QgsGeometry:
    """A shapely geometry as a QgsGeometry shaped for a sink of ``wkb_type`` (single/multi)."""
    if geom is None or geom.is_empty:
        return QgsGeometry()
    qgeom = QgsGeometry()
    qgeom.fromWkb(geom.wkb)
    return _shaped(qgeom, wkb_type)


def reproject(gdf: gpd.GeoDataFrame, crs: CRS | None) -> gpd.GeoDataFrame:
    """``gdf`` in ``crs`` (unchanged when it is already there or either CRS is unknown)."""
    if crs is None or gdf.crs is None or CRS.from_user_input(gdf.crs) == crs:
        return gdf
    return gdf.to_crs(crs)


def _output_geometries(geoms: list[Any], kept: _Kept | None, wkb_type: int | None) -> list[QgsGeometry]:
    """The QGIS geometry of each result row: the input's own where the row kept the object read
    (shaped only when its type differs from the sink's), else converted from shapely."""
    out: list[QgsGeometry] = []
    if kept is None:
        return [_qgis_geometry(g, wkb_type) for g in geoms]
    objects, qgis = kept.objects, kept.qgis
    same_order = len(geoms) == len(objects) and all(g is o for g, o in zip(geoms, objects))
    if same_order:  # the rows are the rows read, in order (a result of every unit): no lookup
        code = int(getattr(wkb_type, "value", wkb_type)) if wkb_type is not None else None
        if kept.types is not None and code is not None and bool((kept.types == code).all()):
            return qgis  # every one already of the sink's type
        return [
            qgis[pos] if qgis[pos].wkbType() == wkb_type else _shaped(qgis[pos], wkb_type) for pos in range(len(geoms))
        ]
    where = kept.positions()
    for geom in geoms:
        pos = where.get(id(geom)) if geom is not None else None
        if pos is not None and objects[pos] is geom:
            qgeom = qgis[pos]
            out.append(qgeom if qgeom.wkbType() == wkb_type else _shaped(qgeom, wkb_type))
        else:
            out.append(_qgis_geometry(geom, wkb_type))
    return out


def write_features(
    sink: QgsFeatureSink,
    gdf: gpd.GeoDataFrame | pd.DataFrame,
    fields: QgsFields,
    *,
    wkb_type: int | None = None,
    crs: CRS | None = None,
    feedback: Any = None,
    layer_name: str = "",
    source: Any = None,
) -> int:
    """Add one feature per row of ``gdf`` to ``sink`` (geometry reprojected to ``crs``); return the count.

    A row whose geometry is still the object read from ``source`` (see :func:`source_to_gdf` with
    ``keep_geometries``) gets the input's QGIS geometry back; other geometries are converted.
    """
    with collector_held():
        return _write(sink, gdf, fields, wkb_type, crs, feedback, layer_name, source)


def _write(
    sink: QgsFeatureSink,
    gdf: gpd.GeoDataFrame | pd.DataFrame,
    fields: QgsFields,
    wkb_type: int | None,
    crs: CRS | None,
    feedback: Any,
    layer_name: str,
    source: Any,
) -> int:
    """:func:`write_features` itself."""
    has_geometry = isinstance(gdf, gpd.GeoDataFrame) and gdf.geometry.name in gdf.columns
    kept = _KEPT.get(source) if source is not None and has_geometry else None
    total = len(gdf)
    if has_geometry:
        gdf = reproject(gdf, crs)
        qgeoms: list[Any] = _output_geometries(np.asarray(gdf.geometry.array, dtype=object).tolist(), kept, wkb_type)
    names = [fields.at(i).name() for i in range(fields.count())]
    empty = [None] * total
    columns = [_qgis_column(gdf[name], fields.at(i)) if name in gdf.columns else empty for i, name in enumerate(names)]
    rows = map(list, zip(*columns)) if columns else ([] for _ in range(total))
    # one feature, filled and added row by row: the sink copies it, and no Python object is made per row
    feature = QgsFeature(fields)
    set_attributes, set_geometry, add = feature.setAttributes, feature.setGeometry, sink.addFeature
    flag = QgsFeatureSink.Flag.FastInsert
    for first in range(0, total, BATCH):
        if _canceled(feedback):
            raise Canceled(tr("Canceled while writing {layer}.").format(layer=layer_name))
        last = min(total, first + BATCH)
        batch = itertools.islice(rows, last - first)
        if has_geometry:
            for pos, (values, qgeom) in enumerate(zip(batch, qgeoms[first:last]), first):
                set_attributes(values)
                set_geometry(qgeom)
                if not add(feature, flag):
                    _write_failed(layer_name, pos)
        else:
            for pos, values in enumerate(batch, first):
                set_attributes(values)
                if not add(feature, flag):
                    _write_failed(layer_name, pos)
        if feedback is not None and total:
            feedback.setProgress(100.0 * last / total)
    return total


def _write_failed(layer_name: str, row: int) -> None:
    """Refuse the run: the sink did not take feature ``row``."""
    raise QgsProcessingException(
        tr("The result layer {layer} could not be written (feature {row}).").format(layer=layer_name, row=row)
    )


def qgis_crs(crs: CRS | None) -> QgsCoordinateReferenceSystem:
    """A QGIS CRS from a pyproj CRS (invalid CRS for None)."""
    if crs is None:
        return QgsCoordinateReferenceSystem()
    epsg = crs.to_epsg()
    if epsg:
        return QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    return QgsCoordinateReferenceSystem.fromWkt(crs.to_wkt())
