"""Temporal result layers: a trajectory's features carry their year, so QGIS's temporal controller animates them."""

from __future__ import annotations

import logging
from typing import Any

from qgis.core import Qgis, QgsProcessingLayerPostProcessorInterface, QgsVectorLayer

from almaty_planner.styles import apply_style

LOGGER = logging.getLogger(__name__)

DATE_FROM = "date_from"
DATE_TO = "date_to"
_KEEP_ALIVE: list[Any] = []


def _start_end_mode() -> Any:
    """The "start and end from fields" mode (``Qgis.VectorTemporalMode`` since QGIS 3.22)."""
    return Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields


def make_temporal(layer: QgsVectorLayer) -> bool:
    """Make ``layer`` temporal from its ``date_from`` / ``date_to`` fields; True when it has them."""
    names = layer.fields().names()
    if DATE_FROM not in names or DATE_TO not in names:
        return False
    props = layer.temporalProperties()
    props.setMode(_start_end_mode())
    props.setStartField(DATE_FROM)
    props.setEndField(DATE_TO)
    props.setIsActive(True)
    return True


class TemporalPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles the loaded trajectory layer and makes it temporal."""

    def __init__(self, style: str | None) -> None:
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer: Any, context: Any, feedback: Any) -> None:
        """Apply the style and the temporal properties."""
        if isinstance(layer, QgsVectorLayer):
            if self.style:
                apply_style(layer, self.style)
            make_temporal(layer)


def attach_temporal(context: Any, dest_id: str, style: str | None = "provision_units") -> bool:
    """When ``dest_id`` is loaded on completion, style it and make it temporal; True if attached."""
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return False
    processor = TemporalPostProcessor(style)
    _KEEP_ALIVE.append(processor)
    del _KEEP_ALIVE[:-64]
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
    return True
