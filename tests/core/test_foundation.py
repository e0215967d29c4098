"""The core stays free of qgis, finds its files in both layouts, translates, and checks its deps."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from almaty_planner import deps
from almaty_planner.core import i18n, paths

PACKAGE = Path(__file__).resolve().parents[2] / "almaty_planner"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize(
    "path",
    [*sorted((PACKAGE / "core").rglob("*.py")), PACKAGE / "__init__.py", PACKAGE / "deps.py"],
    ids=lambda p: p.relative_to(PACKAGE).as_posix(),
)
def test_core_imports_no_qgis(path: Path) -> None:
    """Nothing in the core (nor the package's __init__ and deps) imports qgis or Qt."""
    assert not _imports(path) & {"qgis", "PyQt5", "PyQt6", "processing"}


def test_qt_only_through_qgis_pyqt() -> None:
    """GUI code imports Qt through qgis.PyQt only (so it runs on Qt 5 and Qt 6)."""
    offenders = [p for p in PACKAGE.rglob("*.py") if _imports(p) & {"PyQt5", "PyQt6"}]
    assert offenders == []


def test_resources_found_in_source_tree() -> None:
    """In the repository, resources/ and i18n/ sit beside the package."""
    assert (paths.resources_dir() / "icons" / "icon.svg").is_file()
    assert paths.i18n_dir().name == "i18n"
    assert paths.plugin_version() not in ("", "unknown")


def test_resources_found_inside_plugin_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In the installed plugin, resources/ and i18n/ are inside the plugin folder."""
    plugin = tmp_path / "almaty_planner"
    (plugin / "resources").mkdir(parents=True)
    (plugin / "i18n").mkdir()
    (plugin / "metadata.txt").write_text("[general]\nversion=9.8.7\n", encoding="utf-8")
    monkeypatch.setattr(paths, "PACKAGE_DIR", plugin)
    assert paths.resources_dir() == plugin / "resources"
    assert paths.i18n_dir() == plugin / "i18n"
    assert paths.plugin_version() == "9.8.7"


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="{lang}">
<context><name>core</name>
<message><source>{{n}} schools</source><translation>{text}</translation></message>
<message><source>pending</source><translation type="unfinished">не готово</translation></message>
</context></TS>
"""


def test_core_translation_reads_ts_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """tr() reads every *_<lang>.ts file; unfinished entries and English fall back to the source."""
    (tmp_path / "x_ru.ts").write_text(TS.format(lang="ru", text="{n} школ"), encoding="utf-8")
    (tmp_path / "x_kk.ts").write_text(TS.format(lang="kk", text="{n} мектеп"), encoding="utf-8")
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path)
    i18n._catalog.cache_clear()
    try:
        assert i18n.tr("{n} schools", lang="ru").format(n=3) == "3 школ"
        assert i18n.tr("{n} schools", lang="kk-KZ").format(n=3) == "3 мектеп"
        assert i18n.tr("{n} schools", lang="en").format(n=3) == "3 schools"
        assert i18n.tr("pending", lang="ru") == "pending"
        assert i18n.tr("{n} schools", context="other", lang="ru") == "{n} schools"
    finally:
        i18n._catalog.cache_clear()


@pytest.mark.parametrize(
    ("locale", "lang"), [("ru_RU", "ru"), ("kk", "kk"), ("kk-KZ", "kk"), ("de_DE", "en"), (None, "en")]
)
def test_language_normalization(locale: str | None, lang: str) -> None:
    """QGIS locales map onto the three languages of the product."""
    assert i18n.normalize_language(locale) == lang


def test_dependency_check_finds_everything_here() -> None:
    """On the test machines every requirement is installed."""
    assert deps.check() == []
    assert deps.disabled_parts([]) == []


def test_missing_openpyxl_disables_only_the_report() -> None:
    """A missing package disables only the parts that need it, and the hint names the installers."""
    req = next(r for r in deps.REQUIREMENTS if r.module == "openpyxl")
    problems = [deps.Problem(req, None)]
    assert deps.disabled_parts(problems) == ["report"]
    windows = deps.install_hint(problems, "win32")
    assert "OSGeo4W" in windows
    assert "python -m pip install --upgrade openpyxl" in windows
    linux = deps.install_hint(problems, "linux")
    assert "sudo apt install python3-openpyxl" in linux
    assert "pip install --user --upgrade openpyxl" in linux
    text = deps.report(problems, "linux")
    assert "openpyxl is not installed" in text


def test_too_old_geopandas_disables_the_engine() -> None:
    """A package older than its minimum is reported with the version found."""
    req = next(r for r in deps.REQUIREMENTS if r.module == "geopandas")
    problem = deps.Problem(req, "0.9.0")
    assert "0.9.0 is too old" in problem.describe()
    assert deps.disabled_parts([problem]) == ["engine"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.5.3+dfsg", (1, 5, 3)),
        ("2.0.6", (2, 0, 6)),
        ("3.1.5.post1", (3, 1, 5)),
        ("0.12.2", (0, 12, 2)),
        ("0+unknown", None),
        ("0.0.0", None),
        ("unknown", None),
        ("", None),
    ],
)
def test_version_placeholders_are_not_compared(text: str, expected: tuple[int, ...] | None) -> None:
    """Real release numbers are read; placeholders (Debian's shapely 2 says ``0+unknown``) are not."""
    assert deps._version_tuple(text) == expected


def test_package_with_placeholder_version_is_not_too_old(monkeypatch: pytest.MonkeyPatch) -> None:
    """An importable package whose version string is a placeholder is not reported as too old,
    while a real version below the minimum still is."""
    real = deps._installed_version
    monkeypatch.setattr(deps, "_installed_version", lambda req: "0+unknown" if req.module == "shapely" else real(req))
    assert deps.check() == []
    monkeypatch.setattr(deps, "_installed_version", lambda req: "1.7.1" if req.module == "shapely" else real(req))
    assert [p.requirement.module for p in deps.check()] == ["shapely"]


def test_shapely_generation_is_a_feature_test() -> None:
    """core.geo tells shapely 2 from 1.x by what the module offers, not by its version string."""
    import importlib.util

    from almaty_planner.core import geo

    shapely2 = importlib.util.find_spec("shapely.lib") is not None  # the compiled core of shapely 2
    assert geo._SHAPELY2 is shapely2
