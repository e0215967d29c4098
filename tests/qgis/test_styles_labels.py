"""The result styles as a planner reads them: one flat legend, opaque fills, labels that do not overlap,
unit names where they fit, facility loads at neighbourhood scale only."""

from __future__ import annotations

from typing import Any

import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize

from almaty_planner.compat import FieldType
from almaty_planner.core.paths import resources_dir
from almaty_planner.styles import apply_style

DEMO = resources_dir() / "demo" / "almaty_demo.gpkg"


def result_copy(layer_name: str, name_field: str) -> QgsVectorLayer:
    """A memory copy of a demo units layer with the result fields the style reads (deficit = population / 10)."""
    source = QgsVectorLayer(f"{DEMO}|layername={layer_name}", layer_name, "ogr")
    assert source.isValid()
    copy = QgsVectorLayer(f"Polygon?crs={source.crs().authid()}", layer_name, "memory")
    fields = [
        QgsField("unit_name", FieldType.STRING),
        QgsField("population", FieldType.DOUBLE),
        QgsField("deficit", FieldType.DOUBLE),
        QgsField("surplus", FieldType.DOUBLE),
        QgsField("provision_pct", FieldType.DOUBLE),
    ]
    copy.dataProvider().addAttributes(fields)
    copy.updateFields()
    features = []
    for f in source.getFeatures():
        out = QgsFeature(copy.fields())
        pop = float(f["population"])
        out.setAttributes([f[name_field], pop, pop / 10.0, 0.0, 40.0])
        out.setGeometry(f.geometry())
        features.append(out)
    copy.dataProvider().addFeatures(features)
    return copy


def rendered_labels(
    layer: QgsVectorLayer, extent: QgsRectangle, width_px: int = 1200, dpi: int = 96
) -> tuple[list[Any], float]:
    """Render ``layer`` over ``extent`` and return the labels the engine placed."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    ratio = extent.height() / extent.width()
    settings.setOutputSize(QSize(width_px, int(width_px * ratio)))
    settings.setOutputDpi(dpi)
    settings.setExtent(extent)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    results = job.takeLabelingResults()
    return [p for p in results.allLabels() if p.layerID == layer.id()], settings.scale()


@pytest.mark.parametrize("kind", ["provision_units", "green", "engineering_gap", "provision_facilities"])
def test_legend_is_flat_and_fills_opaque_enough(qgis_app: Any, kind: str) -> None:
    """Every rule is a top-level legend entry with its swatch; fills at least 85 % opaque."""
    geometry = "Point" if kind == "provision_facilities" else "Polygon"
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32643", kind, "memory")
    assert apply_style(layer, kind)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = renderer.rootRule().children()
    assert len(rules) >= 3
    for rule in rules:
        assert rule.children() == []
        assert rule.symbol() is not None
        assert rule.symbol().opacity() >= 0.85
    assert layer.labelsEnabled()


def test_facility_loads_are_labelled_at_neighbourhood_scale_only(qgis_app: Any) -> None:
    """Load labels show from 1:25,000 inwards, not at city scale."""
    layer = QgsVectorLayer("Point?crs=EPSG:32643", "loads", "memory")
    assert apply_style(layer, "provision_facilities")
    settings = layer.labeling().settings()
    assert settings.scaleVisibility
    assert 0 < settings.minimumScale <= 25_000


def test_unit_labels_do_not_overlap_and_thin_out_at_city_scale(qgis_app: Any) -> None:
    """628 microdistricts over the whole city: names only where they fit, no two labels overlap; the 8
    districts at the same scale all carry their name and deficit."""
    micro = result_copy("microdistricts", "name")
    assert apply_style(micro, "provision_units")
    districts = result_copy("districts", "name_ru")
    assert apply_style(districts, "provision_units")
    extent = QgsRectangle(districts.extent())
    extent.scale(1.05)

    labels, scale = rendered_labels(micro, extent)
    assert 100_000 < scale < 1_000_000  # a city-wide view
    assert len(labels) < 0.25 * micro.featureCount()  # most microdistricts are too small to carry a label
    boxes = [p.labelRect for p in labels]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.intersects(b) or a.intersect(b).area() < 1e-6 * a.area()

    labels, _scale = rendered_labels(districts, extent)
    assert len(labels) >= 6  # the districts are large enough for their names
    texts = " ".join(p.labelText for p in labels)
    assert "−" in texts

    zoomed = QgsRectangle(
        extent.center().x() - 2500, extent.center().y() - 1500, extent.center().x() + 2500, extent.center().y() + 1500
    )
    labels, scale = rendered_labels(micro, zoomed)
    assert scale < 20_000
    assert len(labels) >= 3  # at neighbourhood scale the microdistricts are named
