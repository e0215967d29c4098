"""The plugin speaks the QGIS interface language: compiled .qm files are loaded for ru and kk."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsSettings

import almaty_planner
from almaty_planner import toolbelt
from almaty_planner.core import i18n

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def compiled_i18n(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """i18n/ with the .ts sources and their compiled .qm files, as in the plugin ZIP."""
    target = tmp_path / "i18n"
    shutil.copytree(ROOT / "i18n", target)
    for lang in ("ru", "kk"):
        sources = sorted(str(p) for p in target.glob(f"*_{lang}.ts"))
        qm = target / f"almaty_planner_{lang}.qm"
        subprocess.run(["lrelease", "-silent", *sources, "-qm", str(qm)], check=True)
    monkeypatch.setattr(toolbelt, "i18n_dir", lambda: target)
    return target


@pytest.mark.parametrize(
    ("locale", "panel", "legend"),
    [
        ("ru_RU", "Панель «Региональные стандарты»", "Условные обозначения"),
        ("kk_KZ", "«Өңірлік стандарттар» панелі", "Шартты белгілер"),
        ("en_US", "Regional Standards panel", "Legend"),
    ],
)
def test_interface_language_follows_qgis_locale(
    compiled_i18n: Path, recording_iface: Any, locale: str, panel: str, legend: str
) -> None:
    """With the QGIS locale overridden, menu entries and core texts come in that language."""
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)
    plugin = almaty_planner.classFactory(recording_iface)
    try:
        plugin.initGui()
        assert plugin.actions[0].text() == panel
        assert i18n.tr("Legend") == legend
    finally:
        plugin.unload()
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")
        i18n.set_language("en")
