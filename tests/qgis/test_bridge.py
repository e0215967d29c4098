"""The bridge: QGIS sources to GeoDataFrames and back, with attributes, ids, nulls, types and CRS."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from pyproj import CRS, Transformer
from qgis.core import (
    NULL,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameters,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely.geometry import Point, box

from almaty_planner import bridge
from almaty_planner.compat import FieldType, field_type

DATA = Path(__file__).resolve().parents[1] / "data"
GPKG = DATA / "planner_test.gpkg"


def _gpkg_layer(name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def _memory_with_nulls() -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:32643", "точки", "memory")
    provider = layer.dataProvider()
    provider.addAttributes(
        [
            QgsField("n", FieldType.INT),
            QgsField("x", FieldType.DOUBLE),
            QgsField("имя", FieldType.STRING),
            QgsField("flag", FieldType.BOOL),
        ]
    )
    layer.updateFields()
    rows = [(1, 2.5, "Әуезов", True), (None, None, None, None), (3, 7.0, "Медеу", False)]
    for i, values in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(650000 + i, 4790000)))
        provider.addFeature(feature)
    return layer


def test_gpkg_read_keeps_fields_ids_names_and_crs(qgis_app: Any) -> None:
    """Every attribute in field order, Cyrillic text intact, feature ids as index, CRS and areas."""
    layer = _gpkg_layer("units")
    gdf = bridge.source_to_gdf(layer, "units")
    qgis_names = [f.name() for f in layer.fields()]
    assert list(gdf.columns[:-1]) == qgis_names
    assert gdf.geometry.name == "geometry"
    assert sorted(gdf.index) == sorted(f.id() for f in layer.getFeatures())
    assert gdf.crs.to_epsg() == 32643
    by_id = gdf.set_index("unit_id")
    assert by_id.loc[1, "name"] == "Микрорайон Алатау-1"
    assert by_id.loc[2, "name"] == "Шағын аудан №2"
    assert by_id.loc[1, "pop"] == 5000
    assert gdf["pop"].dtype == np.int64
    assert by_id.geometry.area.tolist() == pytest.approx([1_000_000.0, 1_000_000.0])


def test_nulls_become_nan_or_none(qgis_app: Any) -> None:
    """NULL numbers -> NaN (float column), NULL text and bool -> None; other values kept."""
    gdf = bridge.source_to_gdf(_memory_with_nulls(), "точки")
    assert gdf["n"].dtype == np.float64
    assert math.isnan(gdf["n"].iloc[1])
    assert gdf["n"].iloc[2] == 3.0
    assert math.isnan(gdf["x"].iloc[1])
    assert gdf["имя"].tolist() == ["Әуезов", None, "Медеу"]
    assert gdf["flag"].tolist() == [True, None, False]


def test_selected_features_only(qgis_app: Any) -> None:
    """A processing source with selectedFeaturesOnly yields only the selection."""
    layer = _gpkg_layer("schools")
    QgsProject.instance().addMapLayer(layer)
    try:
        target = next(f.id() for f in layer.getFeatures() if f["school_id"] == 12)
        layer.selectByIds([target])
        definition = QgsProcessingParameterFeatureSource("IN", "in")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        source = QgsProcessingParameters.parameterAsSource(
            definition, {"IN": QgsProcessingFeatureSourceDefinition(layer.id(), True)}, context
        )
        gdf = bridge.source_to_gdf(source, "schools")
        assert gdf["school_id"].tolist() == [12]
        assert gdf.index.tolist() == [target]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def _memory_sink(geometry: str, crs: str, fields: QgsFields) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs={crs}", "out", "memory")
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    return layer


def test_write_keeps_input_fields_then_new_fields_with_types(qgis_app: Any) -> None:
    """Input fields in their order and types, then int64 -> LongLong, float -> Double, str, bool."""
    layer = _gpkg_layer("units")
    gdf = bridge.source_to_gdf(layer, "units")
    gdf["deficit"] = [12.5, np.nan]
    gdf["objects_needed"] = np.array([1, 0], dtype="int64")
    gdf["meets_norm"] = [False, True]
    gdf["service"] = ["school", "school"]
    fields = bridge.output_fields(gdf, layer.fields())
    names = [f.name() for f in fields]
    inputs = [f.name() for f in layer.fields()]
    assert names == [*inputs, "deficit", "objects_needed", "meets_norm", "service"]
    for name in inputs:
        assert fields.field(name).type() == layer.fields().field(name).type()
    assert field_type(fields.field("deficit")) == FieldType.DOUBLE
    assert field_type(fields.field("objects_needed")) == FieldType.INT64
    assert field_type(fields.field("meets_norm")) == FieldType.BOOL
    assert field_type(fields.field("service")) == FieldType.STRING

    out = _memory_sink("Polygon", "EPSG:32643", fields)
    assert bridge.write_features(out.dataProvider(), gdf, fields, wkb_type=out.wkbType(), crs=CRS(32643)) == 2
    rows = {f["unit_id"]: f for f in out.getFeatures()}
    assert rows[1]["name"] == "Микрорайон Алатау-1"
    assert rows[1]["deficit"] == 12.5
    assert rows[2]["deficit"] == NULL
    assert rows[1]["objects_needed"] == 1
    assert rows[1]["meets_norm"] is False
    assert rows[2]["meets_norm"] is True
    assert rows[1].geometry().area() == pytest.approx(1_000_000.0)


def test_write_reprojects_to_sink_crs_and_makes_multi(qgis_app: Any) -> None:
    """A metric frame written to a WGS 84 multipolygon sink: coordinates match pyproj's transform."""
    gdf = gpd.GeoDataFrame({"k": [1]}, geometry=[box(650000, 4790000, 651000, 4791000)], crs="EPSG:32643")
    fields = bridge.output_fields(gdf)
    out = _memory_sink("MultiPolygon", "EPSG:4326", fields)
    bridge.write_features(out.dataProvider(), gdf, fields, wkb_type=out.wkbType(), crs=CRS(4326))
    feature = next(out.getFeatures())
    assert QgsWkbTypes.isMultiType(feature.geometry().wkbType())
    lon, lat = Transformer.from_crs(32643, 4326, always_xy=True).transform(650000.0, 4790000.0)
    vertices = [(v.x(), v.y()) for v in feature.geometry().vertices()]
    assert any(abs(x - lon) < 1e-9 and abs(y - lat) < 1e-9 for x, y in vertices)


def test_round_trip_point_frame_without_input_fields(qgis_app: Any) -> None:
    """A frame read from a memory layer and written back gives the same values (nulls stay NULL)."""
    layer = _memory_with_nulls()
    gdf = bridge.source_to_gdf(layer, "точки")
    fields = bridge.output_fields(gdf, layer.fields())
    out = _memory_sink("Point", "EPSG:32643", fields)
    bridge.write_features(out.dataProvider(), gdf, fields, wkb_type=out.wkbType(), crs=CRS(32643))
    back = bridge.source_to_gdf(out, "out")
    pd.testing.assert_frame_equal(
        pd.DataFrame(back.drop(columns="geometry")).reset_index(drop=True),
        pd.DataFrame(gdf.drop(columns="geometry")).reset_index(drop=True),
    )
    assert [g.equals(Point(650000 + i, 4790000)) for i, g in enumerate(back.geometry)] == [True] * 3
