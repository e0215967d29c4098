"""Algorithm ``check_installation``: which packages the plugin needs and which are missing here."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingOutputString

from almaty_planner import deps
from almaty_planner.core.paths import plugin_version
from almaty_planner.processing_provider.base import AlmatyAlgorithm


class CheckInstallationAlgorithm(AlmatyAlgorithm):
    """Reports the plugin version and every missing or too old Python package, with how to install it."""

    ALG_ID = "check_installation"
    DISPLAY_NAME = "Check installation"
    GROUP_ID = "tools"
    GROUP = "Tools"
    NEEDS = ()

    REPORT = "REPORT"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """No inputs; one text output."""
        self.addOutput(QgsProcessingOutputString(self.REPORT, self.tr("Report")))

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Check the requirements and report them in the log and as output."""
        problems = deps.check()
        text = self.tr("almaty_planner {version}").format(version=plugin_version()) + "\n" + deps.report(problems)
        for line in text.splitlines():
            if problems:
                feedback.reportError(line)
            else:
                feedback.pushInfo(line)
        return {self.REPORT: text}
