"""The plugin ZIP: its layout, and that QGIS loads its provider from a fresh profile."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.qgis.qgis_process import FreshProfile, build_zip


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ZIP built by scripts/package.py."""
    return build_zip(tmp_path_factory.mktemp("dist"))


def test_zip_layout(plugin_zip: Path) -> None:
    """One top folder almaty_planner/ with code, metadata, licence, resources, compiled i18n; no tests."""
    metadata = (Path(__file__).resolve().parents[2] / "metadata.txt").read_text(encoding="utf-8")
    version = next(line.split("=", 1)[1] for line in metadata.splitlines() if line.startswith("version="))
    assert plugin_zip.name == f"almaty_planner-{version}.zip"
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert {n.split("/")[0] for n in names} == {"almaty_planner"}
    for required in (
        "almaty_planner/__init__.py",
        "almaty_planner/metadata.txt",
        "almaty_planner/LICENSE",
        "almaty_planner/plugin.py",
        "almaty_planner/core/__init__.py",
        "almaty_planner/resources/icons/icon.svg",
    ):
        assert required in names
    assert not [n for n in names if "/tests/" in n or n.endswith((".pyc", "conftest.py"))]
    ts_langs = {p.stem.rsplit("_", 1)[1] for p in (Path(__file__).resolve().parents[2] / "i18n").glob("*_*.ts")}
    for lang in ts_langs:
        assert f"almaty_planner/i18n/almaty_planner_{lang}.qm" in names
    licence = zipfile.ZipFile(plugin_zip).read("almaty_planner/LICENSE").decode()
    assert "GNU GENERAL PUBLIC LICENSE" in licence
    assert "Version 2" in licence


@pytest.mark.slow
def test_qgis_process_lists_provider_from_fresh_profile(plugin_zip: Path, tmp_path: Path) -> None:
    """Unzipped into a fresh profile and enabled, qgis_process lists and runs the provider."""
    profile = FreshProfile(tmp_path, plugin_zip)
    listing = profile.run("list").stdout
    assert "Almaty Planner" in listing
    assert "almaty_planner:check_installation" in listing
    result = profile.run_json("almaty_planner:check_installation")
    assert result["results"]["REPORT"].startswith("almaty_planner ")


def test_metadata_offers_the_plugin_to_qgis_3_22_to_4(plugin_zip: Path) -> None:
    """QGIS's own plugin installer finds the ZIP's metadata compatible with QGIS 3.22, 3.44 and 4.x,
    and Qt 6 builds of QGIS load it (supportsQt6), but not QGIS 3.20 or 5."""
    import configparser
    import sys

    sys.path.append("/usr/share/qgis/python")  # where QGIS keeps pyplugin_installer
    from pyplugin_installer.version_compare import isCompatible

    parser = configparser.ConfigParser()
    parser.read_string(zipfile.ZipFile(plugin_zip).read("almaty_planner/metadata.txt").decode("utf-8"))
    general = parser["general"]
    low, high = general["qgisMinimumVersion"], general["qgisMaximumVersion"]
    for version in ("3.22.16", "3.40.0", "3.44.15", "4.0.0", "4.2.1"):
        assert isCompatible(version, low, high), version
    for version in ("3.20.3", "5.0.0"):
        assert not isCompatible(version, low, high), version
    assert general["supportsQt6"].strip().upper() in ("TRUE", "YES")  # as pyplugin_installer reads it
