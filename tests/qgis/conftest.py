"""Fixtures for the plugin tests (pytest-qgis runs QGIS 3.22 headless)."""

from __future__ import annotations

from typing import Any

import pytest


class RecordingIface:
    """pytest-qgis's QgisInterface plus what it lacks (removePluginMenu, removeDockWidget), recording
    every menu, toolbar and dock change so tests can check that unload leaves nothing behind."""

    def __init__(self, iface: Any) -> None:
        self._iface = iface
        self.menu: dict[str, list[Any]] = {}
        self.docks: list[Any] = []
        self.toolbars: list[Any] = []
        self.messages: list[tuple[str, str, Any]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._iface, name)

    def addPluginToMenu(self, name: str, action: Any) -> None:
        self.menu.setdefault(name, []).append(action)

    def removePluginMenu(self, name: str, action: Any) -> None:
        self.menu[name].remove(action)
        if not self.menu[name]:
            del self.menu[name]

    def addToolBar(self, name: str) -> Any:
        toolbar = self._iface.addToolBar(name)
        self.toolbars.append(toolbar)
        return toolbar

    def addDockWidget(self, area: Any, dock: Any) -> None:
        self.docks.append(dock)
        self._iface.mainWindow().addDockWidget(area, dock)

    def removeDockWidget(self, dock: Any) -> None:
        self.docks.remove(dock)
        self._iface.mainWindow().removeDockWidget(dock)

    def messageBar(self) -> Any:
        outer = self

        class _Bar:
            def pushMessage(self, title: str, text: str, level: Any = None, duration: int = 0) -> None:
                outer.messages.append((title, text, level))

            def __getattr__(self, name: str) -> Any:
                return getattr(outer._iface.messageBar(), name)

        return _Bar()


@pytest.fixture
def recording_iface(qgis_iface: Any) -> RecordingIface:
    """A QGIS interface double that records what the plugin adds and removes."""
    return RecordingIface(qgis_iface)


@pytest.fixture
def iface_with_layer_tree(qgis_iface: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """pytest-qgis's interface plus ``layerTreeView()``, through which QGIS 3.44's Processing adds
    loaded results to the project (pytest-qgis's interface has none; QGIS 3.22 does not ask)."""
    if not hasattr(qgis_iface, "layerTreeView"):
        from qgis.core import QgsLayerTreeModel, QgsProject
        from qgis.gui import QgsLayerTreeView

        view = QgsLayerTreeView()
        model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view)
        view.setModel(model)
        monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view, raising=False)
    return qgis_iface
