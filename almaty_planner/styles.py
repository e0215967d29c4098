"""Default styles of result layers: red for deficit, green for norm met or surplus, grey for no data.

Each kind of result has a QML file in ``resources/styles/``; the rule labels in the QML are English
and are translated when the style is applied. Algorithms attach :class:`StylePostProcessor` to their
outputs, so the style is applied when Processing loads the result into the project (GUI, batch,
``processing.runAndLoadResults``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsExpression,
    QgsProcessingLayerPostProcessorInterface,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from almaty_planner.core.i18n import tr
from almaty_planner.core.paths import resources_dir

LOGGER = logging.getLogger(__name__)

STYLES = {
    "provision_units": "provision_units.qml",
    "provision_facilities": "provision_facilities.qml",
    "green": "green.qml",
    "engineering_gap": "engineering_gap.qml",
    "srs_settlements": "srs_settlements_point.qml",  # srs_settlements_polygon.qml for polygon layers
}

# Rule labels used in the QML files, listed so that they are extracted for translation.
RULE_LABELS = (
    tr("No data"),
    tr("Deficit"),
    tr("Deficit: less than 50% of demand met"),
    tr("Deficit: 50-80% of demand met"),
    tr("Deficit: 80-100% of demand met"),
    tr("Norm met or surplus"),
    tr("Overloaded"),
    tr("Within capacity"),
    tr("Gap"),
    tr("Norm met"),
    tr("High"),
    tr("Medium"),
    tr("Low"),
)

# Post-processors must outlive the algorithm run (QGIS holds only a pointer): keep them here.
_KEEP_ALIVE: list[Any] = []


def style_path(kind: str) -> Path:
    """The QML file of a result kind (``provision_units``, ``provision_facilities``, ``green``, ``engineering_gap``)."""
    return resources_dir() / "styles" / STYLES[kind]


SETTLEMENT_NAME_FIELDS = ("name", "name_ru", "name_kk")  # the names the Settlements tab takes as the name field


def _label_settlement_names(layer: QgsVectorLayer, name_field: str | None) -> None:
    """Label settlements with ``name_field`` (else the first of SETTLEMENT_NAME_FIELDS there), not the id.

    The QML labels ``"settlement"`` (the id, always present); a name field varies with the input layer.
    """
    names = layer.fields().names()
    field = name_field if name_field in names else next((n for n in SETTLEMENT_NAME_FIELDS if n in names), None)
    labeling = layer.labeling()
    if not field or labeling is None or not hasattr(labeling, "settings"):
        return
    settings = labeling.settings()
    ident = 'to_string("settlement")'
    if ident in settings.fieldName:
        name = QgsExpression.quotedColumnRef(field)
        settings.fieldName = settings.fieldName.replace(ident, f"coalesce(to_string({name}), {ident})")
        labeling.setSettings(settings)


def apply_style(layer: QgsVectorLayer, kind: str, name_field: str | None = None) -> bool:
    """Load the QML of ``kind`` onto ``layer`` and translate its rule labels; True when it loaded.

    ``name_field``: for ``srs_settlements``, the settlements' name field to label them with.
    """
    path = style_path(kind)
    if kind == "srs_settlements" and "Polygon" in QgsWkbTypes.displayString(layer.wkbType()):
        path = path.with_name("srs_settlements_polygon.qml")
    _message, ok = layer.loadNamedStyle(str(path))
    if not ok:
        LOGGER.warning("style %s could not be loaded onto %s", kind, layer.name())
        return False
    if kind == "srs_settlements":
        _label_settlement_names(layer, name_field)
    renderer = layer.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            if rule.label():
                rule.setLabel(tr(rule.label()))
    layer.triggerRepaint()
    return True


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies the default style of a result kind when Processing loads the output layer."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind

    def postProcessLayer(self, layer: Any, context: Any, feedback: Any) -> None:
        """Apply the style to the loaded layer."""
        if isinstance(layer, QgsVectorLayer):
            apply_style(layer, self.kind)


def attach_style(context: Any, dest_id: str, kind: str) -> bool:
    """Style the output ``dest_id`` with ``kind`` when it is loaded on completion; True if attached."""
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return False
    processor = StylePostProcessor(kind)
    _KEEP_ALIVE.append(processor)
    del _KEEP_ALIVE[:-64]
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
    return True
