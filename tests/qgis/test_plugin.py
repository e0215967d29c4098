"""Loading, unloading and reloading the plugin leaves QGIS as it was."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtWidgets import QToolBar

import almaty_planner
from almaty_planner import deps


def _provider() -> Any:
    return QgsApplication.processingRegistry().providerById("almaty_planner")


def test_class_factory_load_unload_reload(recording_iface: Any, qgis_processing: Any) -> None:
    """initGui adds menu, toolbar and provider; unload removes every one; a second cycle works."""
    main_window = recording_iface.mainWindow()
    toolbars_before = {id(t) for t in main_window.findChildren(QToolBar)}
    for _cycle in range(2):
        plugin = almaty_planner.classFactory(recording_iface)
        plugin.initGui()
        assert _provider() is not None
        assert _provider().algorithm("check_installation") is not None
        actions = [a for actions in recording_iface.menu.values() for a in actions]
        assert len(actions) == len(plugin.actions) >= 4
        assert plugin.toolbar is not None
        assert plugin.toolbar.objectName() == "AlmatyPlannerToolbar"
        assert plugin.actions[0] in plugin.toolbar.actions()

        plugin.unload()
        assert _provider() is None
        assert recording_iface.menu == {}
        assert recording_iface.docks == []
        assert plugin.actions == []
        QgsApplication.processEvents()
        QgsApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deliver deleteLater
        visible_toolbars = {
            id(t) for t in main_window.findChildren(QToolBar) if t.objectName() == "AlmatyPlannerToolbar"
        }
        assert not visible_toolbars - toolbars_before


def test_init_processing_alone_registers_provider_once(qgis_iface: Any, qgis_processing: Any) -> None:
    """qgis_process calls initProcessing without initGui: the provider appears once and goes on unload."""
    plugin = almaty_planner.classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initProcessing()
    ids = [p.id() for p in QgsApplication.processingRegistry().providers()]
    assert ids.count("almaty_planner") == 1
    plugin.unload()
    assert _provider() is None


def test_missing_package_is_reported_and_only_its_part_disabled(recording_iface: Any, monkeypatch: Any) -> None:
    """Without openpyxl the plugin loads, names openpyxl and how to install it, disables only the report."""
    real_check = deps.check

    def without_openpyxl() -> list[deps.Problem]:
        req = next(r for r in deps.REQUIREMENTS if r.module == "openpyxl")
        return [*real_check(), deps.Problem(req, None)]

    monkeypatch.setattr(deps, "check", without_openpyxl)
    plugin = almaty_planner.classFactory(recording_iface)
    plugin.initGui()
    try:
        assert recording_iface.messages, "no message in the message bar"
        text = " ".join(m[1] for m in recording_iface.messages)
        assert "openpyxl" in text
        assert "pip install" in text or "apt install" in text
        by_text = {a.text(): a for a in plugin.actions}
        report_action = next(a for t, a in by_text.items() if "Excel" in t)
        panel_action = plugin.actions[0]
        assert not report_action.isEnabled()
        assert panel_action.isEnabled()
        ok, message = _provider().algorithm("check_installation").canExecute()
        assert ok, message
    finally:
        plugin.unload()


def test_check_installation_algorithm_runs(qgis_iface: Any, qgis_processing: Any) -> None:
    """The check_installation algorithm runs through processing.run and reports the version."""
    import processing

    plugin = almaty_planner.classFactory(qgis_iface)
    plugin.initProcessing()
    try:
        result = processing.run("almaty_planner:check_installation", {})
        assert "almaty_planner" in result["REPORT"]
        assert "All required Python packages are installed." in result["REPORT"]
    finally:
        plugin.unload()
