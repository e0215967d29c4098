"""Algorithm ``accessibility_2sfca``: spatial accessibility of a service by 2SFCA or E2SFCA."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingException, QgsProcessingParameterString

from almaty_planner.core.i18n import tr
from almaty_planner.processing_provider.alg_provision import ProvisionAlgorithm


class Accessibility2SfcaAlgorithm(ProvisionAlgorithm):
    """The provision engine with METHOD 2sfca or e2sfca: access ratio per unit and the demand left unmet."""

    ALG_ID = "accessibility_2sfca"
    DISPLAY_NAME = "Accessibility (2SFCA / E2SFCA)"
    GROUP_ID = "checks"
    GROUP = "Provision checks"
    DEFAULT_METHOD = "e2sfca"
    METHOD_CHOICES = ("2sfca", "e2sfca")

    DECAY = "DECAY"

    def _add_extra_parameters(self) -> None:
        """DECAY: empty (Luo-Qi steps), a Gaussian sigma in metres, or steps ``300:1,600:0.68,900:0.22``."""
        self.addParameter(
            QgsProcessingParameterString(
                self.DECAY,
                self.tr("Distance decay for E2SFCA (empty: steps 1/0.68/0.22; a number: Gaussian sigma, m)"),
                optional=True,
            )
        )

    def _extra_arguments(self, parameters: dict[str, Any], context: Any) -> dict[str, Any]:
        """The decay parsed from DECAY."""
        return {"decay": parse_decay(self.parameterAsString(parameters, self.DECAY, context))}


def parse_decay(text: str | None) -> Any:
    """``""`` -> None (Luo-Qi steps); ``"250"`` -> Gaussian sigma 250 m; ``"300:1,600:0.5"`` -> step map."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        if ":" not in text:
            return float(text)
        steps = {}
        for part in text.split(","):
            distance, weight = part.split(":")
            steps[float(distance)] = float(weight)
        return steps
    except ValueError:
        raise QgsProcessingException(
            tr(
                "DECAY must be empty, a number (Gaussian sigma in metres) or steps like 300:1,600:0.68,900:0.22"
            ).format()
        ) from None
