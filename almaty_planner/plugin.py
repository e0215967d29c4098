"""The QGIS plugin object: Processing provider, menu, toolbar, dock; and their removal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction

from almaty_planner import deps
from almaty_planner.core.paths import resources_dir
from almaty_planner.toolbelt import PLUGIN_NAME, Translation, attach_log_handler, detach_log_handler, tr

LOGGER = logging.getLogger(__name__)
MENU = "&Almaty Planner"
HOME = "https://github.com/almaty-planner/almaty_planner"


class AlmatyPlannerPlugin:
    """Created by ``classFactory``; QGIS calls ``initProcessing``, ``initGui`` and ``unload``."""

    def __init__(self, iface: Any) -> None:
        self.iface = iface
        self.provider = None
        self.actions: list[QAction] = []
        self.toolbar = None
        self.dock = None
        self.translation = Translation()
        self.log_handler: logging.Handler | None = None
        self.problems: list[deps.Problem] = []

    # -- Processing ---------------------------------------------------------------------------
    def initProcessing(self) -> None:
        """Register the Processing provider (no GUI code here: qgis_process calls it too)."""
        if self.provider is not None:
            return
        from almaty_planner.processing_provider.provider import AlmatyPlannerProvider

        self.provider = AlmatyPlannerProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    # -- GUI ----------------------------------------------------------------------------------
    def initGui(self) -> None:
        """Add the menu, the toolbar and the dock; report missing packages in the message bar."""
        self.translation.install()
        self.log_handler = attach_log_handler()
        self.initProcessing()
        self.problems = deps.check()
        disabled = set(deps.disabled_parts(self.problems))

        self.toolbar = self.iface.addToolBar(tr(PLUGIN_NAME))
        self.toolbar.setObjectName("AlmatyPlannerToolbar")

        panel = self._add_action(
            "icon.svg", tr("Regional Standards panel"), self.toggle_dock, toolbar=True, checkable=True
        )
        panel.setObjectName("AlmatyPlannerPanelAction")
        panel.setEnabled("engine" not in disabled)
        self._add_action(
            "icon.svg", tr("Provision check (Processing)…"), lambda: self._open_algorithm("provision")
        ).setEnabled("engine" not in disabled)
        self._add_action(
            "icon.svg", tr("Excel deficit report…"), lambda: self._open_algorithm("excel_report")
        ).setEnabled("report" not in disabled)
        self._add_action("icon.svg", tr("Check installation"), self.show_installation_report)
        self._add_action("icon.svg", tr("Help"), self.open_help)

        if self.problems:
            self.iface.messageBar().pushMessage(
                tr(PLUGIN_NAME),
                deps.report(self.problems).replace("\n", " "),
                level=Qgis.MessageLevel.Warning,
                duration=0,
            )
            LOGGER.warning(deps.report(self.problems))

    def _add_action(
        self,
        icon: str,
        text: str,
        callback: Callable[[], Any],
        *,
        toolbar: bool = False,
        checkable: bool = False,
    ) -> QAction:
        """Create an action in the plugin menu (and the toolbar); remember it for unload."""
        action = QAction(QIcon(str(resources_dir() / "icons" / icon)), text, self.iface.mainWindow())
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(lambda checked: callback())
        else:
            action.triggered.connect(lambda checked=False: callback())
        self.iface.addPluginToMenu(tr(MENU), action)
        if toolbar and self.toolbar is not None:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def toggle_dock(self) -> None:
        """Show or hide the Regional Standards dock (created on first use)."""
        from qgis.PyQt.QtCore import Qt

        from almaty_planner.gui.dock import RegionalStandardsDock

        if self.dock is None:
            self.dock = RegionalStandardsDock(self.iface)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._sync_panel_action)
        self.dock.setVisible(self.actions[0].isChecked())

    def _sync_panel_action(self, visible: bool) -> None:
        """Keep the toolbar button in step with the dock's visibility."""
        if self.actions:
            self.actions[0].blockSignals(True)
            self.actions[0].setChecked(visible)
            self.actions[0].blockSignals(False)

    def _open_algorithm(self, alg_id: str) -> None:
        """Open the Processing dialog of ``almaty_planner:<alg_id>``."""
        algorithm = QgsApplication.processingRegistry().algorithmById(f"almaty_planner:{alg_id}")
        if algorithm is None:
            self.iface.messageBar().pushMessage(
                tr(PLUGIN_NAME), tr("This algorithm is not available in this version."), Qgis.MessageLevel.Warning
            )
            return
        import processing

        processing.execAlgorithmDialog(f"almaty_planner:{alg_id}", {})

    def show_installation_report(self) -> None:
        """Show what is installed and what is missing, with how to install it."""
        problems = deps.check()
        level = Qgis.MessageLevel.Warning if problems else Qgis.MessageLevel.Success
        self.iface.messageBar().pushMessage(tr(PLUGIN_NAME), deps.report(problems).replace("\n", " "), level=level)

    def open_help(self) -> None:
        """Open the plugin's home page."""
        QDesktopServices.openUrl(QUrl(HOME))

    # -- unload -------------------------------------------------------------------------------
    def unload(self) -> None:
        """Remove every action, the toolbar, the dock, the provider, the translator and the log handler."""
        for action in self.actions:
            self.iface.removePluginMenu(tr(MENU), action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            if hasattr(self.dock, "cleanup"):
                self.dock.cleanup()
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        self.translation.remove()
        detach_log_handler(self.log_handler)
        self.log_handler = None
