"""The bridge's whole-column conversions against the cell-by-cell rules, and input geometries given back."""

from __future__ import annotations

import datetime as dt
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from pyproj import CRS
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely.geometry import box

from almaty_planner import bridge
from almaty_planner.compat import FieldType

COLUMNS = [
    pd.Series([1.5, np.nan, 2.5, -0.5, np.inf, 3.0, 1e300, -2.5]),
    pd.Series([1, 2, 3], dtype="int64"),
    pd.Series([True, False]),
    pd.Series(pd.array([1, None, 3], dtype="Int64")),
    pd.Series(pd.array([True, None, False], dtype="boolean")),
    pd.Series(["Әуезов", None, np.nan, 1.5, np.float32(0.1), np.int64(7)], dtype=object),
    pd.Series([1, 2.5, None], dtype=object),
    pd.Series([], dtype=float),
    pd.Series(["Медеу", None], dtype="string"),
    pd.Series([np.nan, np.nan]),
    pd.Series([dt.date(2024, 1, 2), None], dtype=object),
]
TYPES = [FieldType.INT, FieldType.INT64, FieldType.DOUBLE, FieldType.BOOL, FieldType.STRING, FieldType.DATE]


def _cells(series: pd.Series, field: QgsField) -> Any:
    """What the cell-by-cell rule gives (or the exception it raises)."""
    try:
        return [bridge._qgis_value(v, field) for v in series.tolist()]
    except Exception as exc:  # the test compares failures too
        return type(exc)


@pytest.mark.parametrize("column", range(len(COLUMNS)))
def test_columns_convert_as_each_cell_would(qgis_app: Any, column: int) -> None:
    """Same values, same Python types, nulls as None, for every column kind and field type."""
    series = COLUMNS[column]
    for ftype in TYPES:
        field = QgsField("x", ftype)
        expected = _cells(series, field)
        try:
            got = bridge._qgis_column(series, field)
        except Exception as exc:
            got = type(exc)
        if isinstance(expected, type) or isinstance(got, type):
            assert got == expected, (series.dtype, ftype)
            continue
        assert [type(v) for v in got] == [type(v) for v in expected], (series.dtype, ftype)
        assert got == expected or all(a == b or (a != a and b != b) for a, b in zip(got, expected))


def _kind_per_cell(series: pd.Series) -> str:
    """The column kind decided value by value (the rule written out)."""
    values = [v for v in series.tolist() if not bridge._is_null(v)]
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


@pytest.mark.parametrize(
    "values",
    [
        [True, None, np.bool_(False)],
        [1, np.int64(2), None],
        [1, 2.5, np.nan],
        [dt.datetime(2024, 1, 1), None],
        [dt.date(2024, 1, 1), dt.datetime(2024, 1, 1)],
        ["a", 1],
        [None, np.nan],
        [True, 1],
    ],
)
def test_kind_of_object_columns(qgis_app: Any, values: list[Any]) -> None:
    """The kind of an object column is what checking every value gives."""
    series = pd.Series(values, dtype=object)
    assert bridge._kind(series) == _kind_per_cell(series)


def _curved_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer("CurvePolygon?crs=EPSG:32643&field=k:integer", "curves", "memory")
    features = []
    for k, wkt in enumerate(
        [
            "CurvePolygon(CircularString(650000 4790000, 650100 4790100, 650200 4790000, 650100 4789900, "
            "650000 4790000))",
            "CurvePolygon(CircularString(651000 4790000, 651100 4790100, 651000 4790000))",
        ]
    ):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([k])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_input_geometries_are_given_back_and_changed_ones_converted(qgis_app: Any) -> None:
    """A result row that keeps the geometry read gets the input's QGIS geometry (the arc stays an arc);
    a row with a new geometry is converted from shapely; without the source everything is converted."""
    layer = _curved_layer()
    gdf = bridge.source_to_gdf(layer, "curves", keep_geometries=True)
    result = gdf.copy()
    result["deficit"] = [1.0, 2.0]
    result.loc[result.index[1], result.geometry.name] = box(651000, 4790000, 651050, 4790050)
    fields = bridge.output_fields(result, layer.fields())
    inputs = {f["k"]: f.geometry() for f in layer.getFeatures()}

    out = QgsVectorLayer("CurvePolygon?crs=EPSG:32643", "out", "memory")
    out.dataProvider().addAttributes(fields.toList())
    out.updateFields()
    written = bridge.write_features(
        out.dataProvider(), result, fields, wkb_type=out.wkbType(), crs=CRS(32643), source=layer
    )
    assert written == 2
    rows = {f["k"]: f for f in out.getFeatures()}
    assert rows[0].geometry().asWkt() == inputs[0].asWkt()
    assert QgsWkbTypes.isCurvedType(rows[0].geometry().wkbType())
    assert rows[0]["deficit"] == 1.0
    assert rows[1].geometry().area() == pytest.approx(2500.0)

    plain = QgsVectorLayer("CurvePolygon?crs=EPSG:32643", "plain", "memory")
    plain.dataProvider().addAttributes(fields.toList())
    plain.updateFields()
    bridge.write_features(plain.dataProvider(), result, fields, wkb_type=plain.wkbType(), crs=CRS(32643))
    first = next(f for f in plain.getFeatures() if f["k"] == 0)
    assert not QgsWkbTypes.isCurvedType(first.geometry().constGet().exteriorRing().wkbType())


def test_many_points_read_as_one_by_one(qgis_app: Any) -> None:
    """Points, NULLs and an empty geometry read in one pass give what converting each feature gives."""
    layer = QgsVectorLayer(
        "Point?crs=EPSG:32643&field=n:integer&field=x:double&field=name:string&field=flag:boolean", "p", "memory"
    )
    rng = np.random.default_rng(5)
    features = []
    for i in range(3000):
        feature = QgsFeature(layer.fields())
        null = i % 7 == 0
        feature.setAttributes(
            [None if null else i, None if i % 5 == 0 else float(rng.normal()), None if null else f"д{i}", i % 2 == 0]
        )
        if i % 1000 != 3:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*rng.uniform(6e5, 7e5, 2))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    gdf = bridge.source_to_gdf(layer, "p")
    reference = [(f.id(), [bridge._python_value(v) for v in f.attributes()], f.geometry()) for f in layer.getFeatures()]
    assert gdf.index.tolist() == [r[0] for r in reference]
    for i, name in enumerate(["n", "x", "name", "flag"]):
        expected = [r[1][i] for r in reference]
        got = gdf[name].tolist()
        assert [None if g is None or g != g else g for g in got] == expected
    for geom, (_, _, qgeom) in zip(gdf.geometry, reference):
        shaped = bridge._shapely(qgeom) if not qgeom.isNull() else None
        assert (geom is None and shaped is None) or geom.equals_exact(shaped, 0.0)


def _written(gdf: gpd.GeoDataFrame, fields: QgsFields, key: str) -> list[QgsFeature]:
    """``gdf`` written by write_features into a new polygon memory layer: its features, sorted by ``key``."""
    out = QgsVectorLayer("Polygon?crs=EPSG:32643", "out", "memory")
    out.dataProvider().addAttributes(fields.toList())
    out.updateFields()
    assert bridge.write_features(out.dataProvider(), gdf, fields, wkb_type=out.wkbType(), crs=CRS(32643)) == len(gdf)
    return sorted(out.getFeatures(), key=lambda f: f[key])


def test_repeated_text_is_shared_and_written_as_each_cell(qgis_app: Any) -> None:
    """Text columns whose values repeat are handed over as one QVariant per distinct value; what the
    layer holds afterwards is, cell by cell, what the rule gives (NULL as NULL), and unique names,
    numbers and mixed columns take the plain path."""
    from qgis.PyQt.QtCore import QVariant

    n = 500
    long_text = '[{"service":"school","key":"demand_rate","value":148,"note":"' + "Ш" * 1200 + '"}]'
    gdf = gpd.GeoDataFrame(
        {
            "name": [f"Квартал {i}" for i in range(n)],
            "service": ["школа"] * n,
            "norms_used": [long_text if i % 3 else long_text[:-2] + "x" for i in range(n)],
            "note": [None if i % 7 == 0 else "мало" for i in range(n)],
            "mixed": [None if i % 5 == 0 else ("1" if i % 2 else 1) for i in range(n)],
            "value": np.arange(n, dtype=float),
        },
        geometry=[box(i, 0, i + 1, 1) for i in range(n)],
        crs=32643,
    )
    field = QgsField("service", FieldType.STRING)
    shared = bridge._qgis_column(gdf["service"], field)
    assert all(type(v) is QVariant for v in shared)
    assert {v.value() for v in shared} == {"школа"}
    assert bridge._shared_text(gdf["name"]) is None, "mostly distinct: converted one by one"
    assert bridge._shared_text(gdf["mixed"]) is None, "not all text: converted one by one"

    fields = bridge.output_fields(gdf)
    rows = _written(gdf, fields, "value")
    for name in ("name", "service", "norms_used", "note", "mixed"):
        expected = [bridge._qgis_value(v, fields.field(name)) for v in gdf[name].tolist()]
        got = [bridge._python_value(f[name]) for f in rows]
        assert got == expected, name
    assert [f.geometry().area() for f in rows] == [1.0] * n


def test_repeated_numbers_are_shared_and_written_as_each_cell(qgis_app: Any) -> None:
    """Number columns whose values repeat go over as one QVariant per distinct value, told apart by
    their bits (-0.0 is not 0.0); the layer then holds, cell by cell and type by type, what the plain
    conversion gives: NULL for NaN and missing values, int for int fields, bool for truth values.
    Mostly distinct columns take the plain path."""
    import math

    from qgis.PyQt.QtCore import QVariant

    n = 400
    rng = np.random.default_rng(3)
    deficits = rng.choice([0.0, -0.0, 12.5, 1e-300, math.nan, 7.0], n)
    gdf = gpd.GeoDataFrame(
        {
            "key": np.arange(n),
            "deficit": deficits,
            "count": pd.Series(rng.choice([0, 1, 2, 2**40], n), dtype="Int64").where(rng.random(n) > 0.1),
            "meets": rng.random(n) > 0.5,
            "share": rng.random(n),
            "rounded": rng.choice([1.0, 2.0, math.inf, 3.49, 3.51], n),
        },
        geometry=[box(i, 0, i + 1, 1) for i in range(n)],
        crs=32643,
    )
    fields = bridge.output_fields(gdf)
    fields.append(QgsField("rounded_int", FieldType.INT64))
    gdf["rounded_int"] = gdf["rounded"]
    shared = bridge._qgis_column(gdf["deficit"], fields.field("deficit"))
    assert {type(v) for v in shared} == {QVariant, type(None)}
    assert all(type(v) is not QVariant for v in bridge._qgis_column(gdf["share"], fields.field("share")))
    rows = _written(gdf, fields, "key")
    for name in ("deficit", "count", "meets", "share", "rounded_int"):
        expected = [bridge._qgis_value(v, fields.field(name)) for v in gdf[name].tolist()]
        got = [bridge._python_value(f[name]) for f in rows]
        assert [(type(v), repr(v)) for v in got] == [(type(v), repr(v)) for v in expected], name
    assert sum(repr(f["deficit"]) == "-0.0" for f in rows) > 0, "-0.0 kept as -0.0"


def test_blob_types_are_the_geometries_own(qgis_app: Any) -> None:
    """The WKB type read from the first bytes of a geometry's blob is the type QGIS gives the geometry
    (2D, Z, M, ZM, single, multi, curved), and -1 for a null geometry: the writer gives the input
    geometries back unshaped only when every one of them is already of the sink's type."""
    texts = [
        "Point (1 2)",
        "PointZ (1 2 3)",
        "PointM (1 2 4)",
        "PointZM (1 2 3 4)",
        "LineString (0 0, 1 1)",
        "Polygon ((0 0, 1 0, 1 1, 0 0))",
        "PolygonZ ((0 0 1, 1 0 1, 1 1 1, 0 0 1))",
        "MultiPolygon (((0 0, 1 0, 1 1, 0 0)))",
        "MultiPolygonZM (((0 0 1 2, 1 0 1 2, 1 1 1 2, 0 0 1 2)))",
        "CurvePolygon (CircularString (0 0, 1 1, 2 0, 1 -1, 0 0))",
        "MultiSurface (Polygon ((0 0, 1 0, 1 1, 0 0)))",
        "GeometryCollection (Point (1 1), LineString (0 0, 1 1))",
    ]
    geoms = [QgsGeometry.fromWkt(t) for t in texts] + [QgsGeometry()]
    types = bridge._blob_types([bytes(g.asWkb()) for g in geoms])
    assert types.tolist() == [int(getattr(g.wkbType(), "value", g.wkbType())) for g in geoms[:-1]] + [-1]


@pytest.mark.parametrize("sink_type", ["Polygon", "MultiPolygon"])
def test_every_unit_given_back_in_the_sink_s_own_type(qgis_app: Any, sink_type: str) -> None:
    """A result of every unit read, in order, gets the input geometries back: as they are when all are
    of the sink's type, else each shaped to it (a one-part multipolygon in a polygon layer made single,
    polygons made multi for a multipolygon layer)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:32643&field=k:integer", "units", "memory")
    features = []
    for k in range(120):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([k])
        x = 650000 + 10 * k
        wkt = f"(({x} 4790000, {x + 10} 4790000, {x + 10} 4790010, {x} 4790000))"
        feature.setGeometry(QgsGeometry.fromWkt(("MultiPolygon (" + wkt + ")") if k == 7 else "Polygon " + wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    for mixed in (True, False):
        if not mixed:
            layer.dataProvider().changeGeometryValues({features[7].id(): features[8].geometry()})
        gdf = bridge.source_to_gdf(layer, "units", keep_geometries=True)
        gdf["deficit"] = 1.0
        fields = bridge.output_fields(gdf, layer.fields())
        out = QgsVectorLayer(f"{sink_type}?crs=EPSG:32643", "out", "memory")
        out.dataProvider().addAttributes(fields.toList())
        out.updateFields()
        bridge.write_features(out.dataProvider(), gdf, fields, wkb_type=out.wkbType(), crs=CRS(32643), source=layer)
        inputs = {f["k"]: f.geometry() for f in layer.getFeatures()}
        for f in out.getFeatures():
            assert f.geometry().wkbType() == out.wkbType()
            assert f.geometry().isGeosEqual(inputs[f["k"]])


def test_only_the_fields_a_check_reads_cross_over(qgis_app: Any) -> None:
    """With ``fields`` only those columns are read, with the same values as a full read; ``[]`` gives
    the geometries alone; a field the layer lacks makes the read take every field (so that the check's
    own message can list them)."""
    layer = QgsVectorLayer(
        "Point?crs=EPSG:32643&field=id:integer&field=residents:integer&field=name:string&field=h:double", "b", "memory"
    )
    features = []
    for i in range(50):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([i, i * 3, f"дом {i}", None if i % 4 == 0 else i / 2])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(650000 + i, 4790000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    full = bridge.source_to_gdf(layer, "b")
    some = bridge.source_to_gdf(layer, "b", fields=["h", "residents"])
    assert [c for c in some.columns if c != "geometry"] == ["residents", "h"]  # the layer's order
    assert some["residents"].tolist() == full["residents"].tolist()
    assert some["h"].equals(full["h"])
    assert some.index.tolist() == full.index.tolist()
    assert [g.wkb for g in some.geometry] == [g.wkb for g in full.geometry]
    bare = bridge.source_to_gdf(layer, "b", fields=[])
    assert list(bare.columns) == ["geometry"]
    assert len(bare) == 50
    missing = bridge.source_to_gdf(layer, "b", fields=["residents", "people"])
    assert list(missing.columns) == list(full.columns)
