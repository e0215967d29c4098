"""Styles and labels of result layers: a QML from ``resources/styles`` when there is one, else
deficit red, meets the norm green, no data grey (by the standard ``meets_norm`` column)."""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import (
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from almaty_planner.core.paths import resources_dir
from almaty_planner.toolbelt import tr

LOGGER = logging.getLogger(__name__)
DEFICIT = QColor(215, 48, 39)
MEETS = QColor(26, 152, 80)
NO_DATA = QColor(170, 170, 170)


STYLE_KINDS = {
    "provision": "provision_units",
    "provision_facilities": "provision_facilities",
    "green_space": "green",
    "engineering_gap": "engineering_gap",
}


def style_file(kind: str) -> Path | None:
    """The shipped QML for a result of ``kind`` (provision, green_space, engineering_gap), if any."""
    name = STYLE_KINDS.get(kind)
    path = resources_dir() / "styles" / f"{name}.qml" if name else None
    return path if path is not None and path.is_file() else None


def _apply_shipped(layer: QgsVectorLayer, kind: str) -> bool:
    """Apply the style the Processing algorithms use (``almaty_planner.styles``)."""
    from almaty_planner import styles

    if style_file(kind) is None:
        return False
    return bool(styles.apply_style(layer, STYLE_KINDS[kind]))


def default_renderer(layer: QgsVectorLayer) -> QgsRuleBasedRenderer:
    """Three rules on ``meets_norm``: red where the norm is not met, green where it is, grey without data."""
    root = QgsRuleBasedRenderer.Rule(None)
    rules = (
        (tr("Deficit (norm not met)"), '"meets_norm" IS NOT NULL AND NOT "meets_norm"', DEFICIT),
        (tr("Norm met (no deficit)"), '"meets_norm" IS NOT NULL AND "meets_norm"', MEETS),
        (tr("No data"), '"meets_norm" IS NULL', NO_DATA),
    )
    for label, expression, colour in rules:
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(colour)
        symbol.setOpacity(0.75)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def label_expression(layer: QgsVectorLayer) -> str:
    """The unit name, and the deficit under it where there is one."""
    fields = set(layer.fields().names())
    name = '"unit_name"' if "unit_name" in fields else "$id"
    if "deficit" in fields:
        return f"concat({name}, if(\"deficit\" > 0, '\\n−' || format_number(\"deficit\", 0), ''))"
    return name


def enable_labels(layer: QgsVectorLayer) -> None:
    """Label every unit with its name (and deficit), white halo, drawn on the polygon."""
    settings = QgsPalLayerSettings()
    settings.fieldName = label_expression(layer)
    settings.isExpression = True
    settings.enabled = True
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans", 8))
    text.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def style_result_layer(layer: QgsVectorLayer, kind: str) -> str:
    """Apply the shipped style (else the default rules) and labels; return which style was used."""
    used = STYLE_KINDS.get(kind, "default") if _apply_shipped(layer, kind) else "default"
    if used == "default":
        layer.setRenderer(default_renderer(layer))
    if not layer.labelsEnabled() or layer.labeling() is None:
        enable_labels(layer)
    layer.triggerRepaint()
    return used
