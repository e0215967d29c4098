"""Small layers for the dock tests: three square units (EPSG:32643, metres) and facilities in them.

Units (population): A 10,000 / B 4,000 / C 2,000 (C is "Алмалы" to check Cyrillic names).
Schools (student places): one of 600 in A, two of 300 and 200 in B, none in C.
"""

from __future__ import annotations

from typing import Any

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

UNITS = (("A", 10000), ("B", 4000), ("Алмалы", 2000))
SCHOOLS = ((0, 600), (1, 300), (1, 200))
SIZE = 1000.0
ORIGIN = (630000.0, 4790000.0)


def square(i: int) -> QgsGeometry:
    """Unit ``i``: a 1 km square, the units side by side along x."""
    x0 = ORIGIN[0] + i * SIZE
    y0 = ORIGIN[1]
    x1, y1 = x0 + SIZE, y0 + SIZE
    return QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")


def units_layer(name: str = "units") -> QgsVectorLayer:
    """Three polygon units with name and population."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:32643&field=name:string&field=population:double", name, "memory")
    features = []
    for i, (unit, pop) in enumerate(UNITS):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([unit, pop])
        feature.setGeometry(square(i))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def schools_layer(name: str = "schools") -> QgsVectorLayer:
    """Schools as points inside the units, with their student places."""
    layer = QgsVectorLayer("Point?crs=EPSG:32643&field=places:integer&field=label:string", name, "memory")
    features = []
    for n, (unit, places) in enumerate(SCHOOLS):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([places, f"school {n}"])
        x = ORIGIN[0] + unit * SIZE + 200 + 100 * n
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, ORIGIN[1] + 500)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def snapshot(layer: QgsVectorLayer) -> list[tuple[Any, ...]]:
    """Attributes and geometry of every feature, to check that a layer was not changed."""
    return [(f.id(), tuple(f.attributes()), f.geometry().asWkt(3)) for f in layer.getFeatures()]


def add_small_project(project: QgsProject) -> tuple[QgsVectorLayer, QgsVectorLayer]:
    """Add the units and schools to ``project``."""
    units, schools = units_layer(), schools_layer()
    project.addMapLayers([units, schools])
    return units, schools
