"""At 300 px in Russian and Kazakh every push button and group title of every tab shows its whole text
(rows of buttons stack one above the other, long titles wrap above their group) and stays inside the
dock; at 700 px the Run and Cancel rows are side by side again; a long check box text wraps in a label
beside the box, and a click on the label toggles the box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QPoint, QPointF, Qt
from qgis.PyQt.QtGui import QMouseEvent
from qgis.PyQt.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QScrollArea, QTabWidget, QWidget

from almaty_planner.gui.dock import RegionalStandardsDock
from tests.qgis.gui_fixtures import add_small_project
from tests.qgis.test_dock import _choose, project  # noqa: F401
from tests.qgis.test_panel import _compiled_translator

#: Room (px) a button needs beside its text's advance (the frame around the text).
TEXT_MARGIN = 6


def _settle() -> None:
    """Let the deferred row decisions and the layouts they ask for run."""
    for _ in range(4):
        QgsApplication.processEvents()


def _pages(dock: RegionalStandardsDock) -> list[tuple[str, QWidget]]:
    """Every tab page, each inner tab (Settlements: Inputs, Results) shown in turn, as (title, page)."""
    p = dock.panel
    shown = []
    for index in range(p.tabs.count()):
        p.tabs.setCurrentIndex(index)
        _settle()
        page = p.tabs.widget(index)
        inner = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(dock)]
        if not inner:
            shown.append((p.tabs.tabText(index), page))
        for tabs in inner:
            for sub in range(tabs.count()):
                tabs.setCurrentIndex(sub)
                _settle()
                shown.append((f"{p.tabs.tabText(index)}/{tabs.tabText(sub)}", page))
            tabs.setCurrentIndex(0)
    return shown


def _cut_buttons(dock: RegionalStandardsDock, page: QWidget) -> list[str]:
    """Visible push buttons of ``page`` narrower than their text or reaching past the dock's right edge."""
    cut = []
    for button in page.findChildren(QPushButton):
        if not button.isVisibleTo(dock) or not button.text():
            continue
        lines = button.text().replace("&", "").split("\n")
        need = max(button.fontMetrics().horizontalAdvance(line) for line in lines) + TEXT_MARGIN
        right = button.mapTo(dock, QPoint(button.width(), 0)).x()
        if button.width() < need or right > dock.width() + 1:
            cut.append(f"{button.objectName() or button.text()!r}: width {button.width()} < {need} or right {right}")
    return cut


def _cut_titles(dock: RegionalStandardsDock, page: QWidget) -> list[str]:
    """Visible group boxes of ``page`` whose one-line title is wider than the group (the title is cut)."""
    cut = []
    for group in page.findChildren(QGroupBox):
        if group.isVisibleTo(dock) and group.title():
            need = group.fontMetrics().horizontalAdvance(group.title()) + 2 * TEXT_MARGIN
            if need > group.width():
                cut.append(f"group {group.title()!r}: width {group.width()} < {need}")
    return cut


def _side_by_side(first: QWidget, second: QWidget) -> bool:
    """Whether two widgets sit on one row (same top, the second right of the first)."""
    return first.y() == second.y() and second.x() >= first.x() + first.width()


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_button_shows_its_whole_text_at_300_px(
    recording_iface: Any,
    project: QgsProject,  # noqa: F811
    tmp_path: Path,
    lang: str,
) -> None:
    """300 px: no push button of any tab is cut and none passes the dock's edge; Plan's Run and Cancel
    one above the other; 700 px: side by side again; 300 px again: stacked again. The Plan and
    Settlements pages are saved as PNG (300 px wide)."""
    translator = _compiled_translator(lang, tmp_path) if lang != "en" else None
    dock = RegionalStandardsDock(recording_iface)
    try:
        dock.setFloating(True)
        dock.resize(300, 800)
        dock.show()
        units, schools = add_small_project(project)
        _choose(dock, units, schools)
        _settle()
        assert dock.width() <= 300
        pages = _pages(dock)
        assert len(pages) >= 6, [t for t, _ in pages]  # Inputs, Results, Plan, Settlements (2), Where to build
        cut = {}
        p = dock.panel
        for index in range(p.tabs.count()):
            p.tabs.setCurrentIndex(index)
            _settle()
            page = p.tabs.widget(index)
            inner = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(dock)]
            for tabs in inner or [None]:
                for sub in range(tabs.count() if tabs else 1):
                    if tabs is not None:
                        tabs.setCurrentIndex(sub)
                        _settle()
                    name = p.tabs.tabText(index) + (f"/{tabs.tabText(sub)}" if tabs else "")
                    offenders = _cut_buttons(dock, page) + _cut_titles(dock, page)
                    if offenders:
                        cut[name] = offenders
                    image = dock.grab()
                    assert image.width() <= 300
                    assert image.save(str(tmp_path / f"{lang}_{index}_{sub}.png"))
        assert cut == {}
        plan = dock.plan
        p.tabs.setCurrentWidget(plan)
        _settle()
        assert plan.run_button.isVisibleTo(dock)
        for scroll in plan.findChildren(QScrollArea):
            if scroll.isAncestorOf(plan.run_button):
                scroll.ensureWidgetVisible(plan.run_button, 0, 200)
        _settle()
        assert dock.grab().save(str(tmp_path / f"{lang}_plan_run.png"))
        for scroll in plan.findChildren(QScrollArea):
            if scroll.isAncestorOf(plan.animate_check):
                scroll.ensureWidgetVisible(plan.animate_check, 0, 100)
        _settle()
        assert dock.grab().save(str(tmp_path / f"{lang}_plan_animate.png"))
        assert not _side_by_side(plan.run_button, plan.cancel_button) or lang == "en"
        dock.resize(700, 800)
        _settle()
        assert _side_by_side(plan.run_button, plan.cancel_button)
        assert _cut_buttons(dock, plan) == []
        dock.resize(300, 800)
        _settle()
        assert _cut_buttons(dock, plan) == []
        if lang != "en":
            assert plan.cancel_button.y() > plan.run_button.y()
    finally:
        dock.cleanup()
        dock.close()
        dock.deleteLater()
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        QgsProject.instance().clear()


def test_a_long_check_box_text_wraps_beside_the_box_and_the_label_toggles_it(
    recording_iface: Any,
    project: QgsProject,  # noqa: F811
) -> None:
    """Plan's "All years (animate ...)": its text in a wrapped label beside the box, inside the dock at
    300 px; a click on the label toggles the box, twice back; disabled, the label is disabled too."""
    dock = RegionalStandardsDock(recording_iface)
    try:
        dock.setFloating(True)
        dock.resize(300, 800)
        dock.show()
        dock.panel.tabs.setCurrentWidget(dock.plan)
        _settle()
        check: QCheckBox = dock.plan.animate_check
        label = check.parentWidget().findChild(QLabel)
        assert label is not None
        assert label.wordWrap()
        assert label.text() == "All years (animate with the temporal controller)"
        assert check.text() == ""
        assert check.toolTip() == label.text()
        assert label.isVisibleTo(dock) == check.isVisibleTo(dock)
        if label.isVisibleTo(dock):
            assert check.width() >= check.sizeHint().width() > 0  # the box itself is shown
            assert label.mapTo(dock, QPoint(label.width(), 0)).x() <= dock.width() + 1
        was = check.isChecked()
        check.setEnabled(True)
        for expected in (not was, was):
            point = QPointF(2.0, 2.0)
            for kind in (QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseButtonRelease):
                event = QMouseEvent(
                    kind,
                    point,
                    point,
                    Qt.MouseButton.LeftButton,
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                )
                QCoreApplication.sendEvent(label, event)
            assert check.isChecked() == expected
        check.setEnabled(False)
        assert not label.isEnabled()
        check.setEnabled(True)
        assert label.isEnabled()
    finally:
        dock.cleanup()
        dock.close()
        dock.deleteLater()
        QgsProject.instance().clear()
