"""The small base class every almaty_planner algorithm stands on."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from almaty_planner import deps
from almaty_planner.core.i18n import language
from almaty_planner.core.paths import resources_dir


class AlmatyAlgorithm(QgsProcessingAlgorithm):
    """Shared behaviour: translation context, group, icon, help text from files, dependency gate.

    Subclasses set ``ALG_ID``, ``DISPLAY_NAME``, ``GROUP_ID``/``GROUP`` and ``NEEDS`` (parts of
    ``deps.PARTS``), and implement ``initAlgorithm`` and ``processAlgorithm``. They keep no per-run
    state on ``self``: batch runs and threads reuse instances.
    """

    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = "checks"
    GROUP = "Provision checks"
    NEEDS: tuple[str, ...] = ("engine",)

    def tr(self, text: str) -> str:
        """Translate with the fixed context of all algorithms."""
        return QCoreApplication.translate("AlmatyAlgorithm", text)

    def createInstance(self) -> AlmatyAlgorithm:
        """A fresh instance of the same algorithm."""
        return type(self)()

    def name(self) -> str:
        """The stable id (part of ``almaty_planner:<id>``)."""
        return self.ALG_ID

    def displayName(self) -> str:
        """The translated name shown in the toolbox."""
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        """The translated group name."""
        return self.tr(self.GROUP)

    def groupId(self) -> str:
        """The stable group id."""
        return self.GROUP_ID

    def icon(self) -> QIcon:
        """The plugin icon."""
        return QIcon(str(resources_dir() / "icons" / "icon.svg"))

    def shortHelpString(self) -> str:
        """Help text from ``resources/help/<lang>/<id>.html`` (falls back to English)."""
        for lang in (language(), "en"):
            path = resources_dir() / "help" / lang / f"{self.ALG_ID}.html"
            if path.is_file():
                return path.read_text(encoding="utf-8")
        return ""

    def canExecute(self) -> tuple[bool, str]:
        """False, with what to install, when a package this algorithm needs is missing."""
        problems = deps.check()
        blocked = set(deps.disabled_parts(problems)).intersection(self.NEEDS)
        if blocked:
            return False, deps.report(problems)
        return True, ""

    def flags(self) -> Any:
        """Standard flags; algorithms are safe to run in a background thread."""
        return super().flags()
