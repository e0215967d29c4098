"""The Processing provider ``almaty_planner``."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from almaty_planner.core.norms import refresh_packs
from almaty_planner.core.paths import plugin_version, resources_dir
from almaty_planner.processing_provider.registry import algorithm_classes

PROVIDER_ID = "almaty_planner"


class AlmatyPlannerProvider(QgsProcessingProvider):
    """Holds every algorithm of the plugin; no GUI code, so ``qgis_process`` can load it."""

    def id(self) -> str:
        """The stable provider id used in ``almaty_planner:<algorithm>``."""
        return PROVIDER_ID

    def name(self) -> str:
        """The translated provider name."""
        return QCoreApplication.translate("AlmatyPlannerProvider", "Almaty Planner")

    def longName(self) -> str:
        """Name and version."""
        return f"{self.name()} {plugin_version()}"

    def icon(self) -> QIcon:
        """The plugin icon."""
        return QIcon(str(resources_dir() / "icons" / "icon.svg"))

    def loadAlgorithms(self) -> None:
        """Register one instance of each algorithm class (the norm packs read again: their choices)."""
        refresh_packs()
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
