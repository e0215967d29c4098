"""The dock speaks Russian and Kazakh when the compiled translations are installed (as in the ZIP)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from almaty_planner.gui.dock import RegionalStandardsDock

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("lang", "title", "deficit", "schools"),
    [
        ("ru", "Региональные стандарты", "Дефицит", "Школы (ученические места)"),
        ("kk", "Өңірлік стандарттар", "Тапшылық", "Мектептер (оқушы орындары)"),
    ],
)
def test_dock_title_and_table_in_the_qgis_language(
    recording_iface: Any, qgis_new_project: Any, tmp_path: Path, lang: str, title: str, deficit: str, schools: str
) -> None:
    """With the .qm compiled from every i18n/*_<lang>.ts installed, the dock, table and services are translated."""
    qm = tmp_path / f"almaty_planner_{lang}.qm"
    sources = sorted(str(p) for p in (ROOT / "i18n").glob(f"*_{lang}.ts"))
    subprocess.run(["lrelease", "-silent", *sources, "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    dock = RegionalStandardsDock(recording_iface)
    try:
        assert dock.windowTitle() == title
        assert dock.panel.model.headerData(1, 1) == deficit
        assert dock.panel.tabs.tabText(0) != "Inputs"
        labels = [w.text() for w in dock.panel.findChildren(type(dock.panel.note)) if w.text()]
        assert schools in labels
    finally:
        dock.cleanup()
        QCoreApplication.removeTranslator(translator)
        QgsProject.instance().clear()
