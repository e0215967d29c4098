"""Ready for Qt 6 and QGIS 4: every Qt and QGIS enum in the code is written in its scoped form.

PyQt6 accepts only ``Qt.AlignmentFlag.AlignLeft``, never ``Qt.AlignLeft``. The Qt names are checked
against PyQt6's own enum tables, read by a separate Python that has PyQt6 (``.venv-pyqt6``, made by
``scripts/test``; or Debian's python3-pyqt6 in the QGIS 3.44 root file system), so that a name PyQt6
does not have fails here even while the tests run on Qt 5. The QGIS names are checked against the
QGIS bindings running the test (QGIS 3.22, and QGIS 3.44 in its own run): a chain such as
``QgsProcessing.SourceType.TypeVector`` must resolve there, and an enum value reached directly from a
class (``Qgis.Warning``) is refused.

The check reads the source (every ``.py`` file of the plugin, the tests and the scripts) and follows
every attribute chain that starts at a name imported from ``qgis.PyQt.*`` or ``qgis.core`` /
``qgis.gui`` / ``qgis.analysis``. Enums reached through an instance (``self.X``) are not seen.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("almaty_planner", "tests", "scripts")
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtXml", "QtSvg", "QtPrintSupport", "QtNetwork", "QtSql")
QGIS_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")
DUMPER = Path(__file__).with_name("pyqt6_enums.py")


@dataclass(frozen=True)
class Use:
    """One attribute chain rooted at an imported Qt or QGIS name, e.g. ``Qt.AlignmentFlag.AlignLeft``."""

    path: Path
    line: int
    module: str  # qgis.PyQt.QtCore, qgis.core, ...
    parts: tuple[str, ...]  # ("Qt", "AlignmentFlag", "AlignLeft"), the first one the imported class name

    def where(self) -> str:
        """``file:line: chain`` for a failure message."""
        path = self.path.relative_to(ROOT) if ROOT in self.path.parents else self.path
        return f"{path}:{self.line}: {'.'.join(self.parts)}"


def _source_files() -> list[Path]:
    """Every Python file of the plugin, the tests and the scripts."""
    return sorted(p for top in SCANNED for p in (ROOT / top).rglob("*.py") if "__pycache__" not in p.parts)


def _uses(path: Path) -> list[Use]:
    """The attribute chains of ``path`` that start at a name imported from Qt or QGIS."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    imported: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("qgis"):
            for alias in node.names:
                imported[alias.asname or alias.name] = (node.module, alias.name)
    inner = set()  # attribute nodes that are part of a longer chain
    chains = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or id(node) in inner:
            continue
        parts = []
        current: ast.expr = node
        while isinstance(current, ast.Attribute):
            parts.append(current.attr)
            if current is not node:
                inner.add(id(current))
            current = current.value
        if isinstance(current, ast.Name) and current.id in imported:
            module, name = imported[current.id]
            chains.append(Use(path, node.lineno, module, (name, *reversed(parts))))
    return sorted(chains, key=lambda use: (use.line, use.parts))


@lru_cache(maxsize=1)
def all_uses() -> tuple[Use, ...]:
    """Every chain in the scanned files (outermost chains only: ``A.B.C``, not also ``A.B``)."""
    return tuple(use for path in _source_files() for use in _uses(path))


def _pyqt6_pythons() -> list[str]:
    """Interpreters that may have PyQt6, best first (never the one running QGIS, which has PyQt5)."""
    candidates = [os.environ.get("ALMATY_PYQT6_PYTHON", ""), str(ROOT / ".venv-pyqt6" / "bin" / "python")]
    candidates.append("/usr/bin/python3")  # Debian's python3-pyqt6, as in the QGIS 3.44 root file system
    return [c for c in candidates if c and Path(c).exists()]


@lru_cache(maxsize=1)
def pyqt6_tables() -> dict[str, dict[str, dict[str, list[str]]]]:
    """PyQt6's enum tables {module: {class: {enum: [members]}}}, from a separate PyQt6 interpreter."""
    errors = []
    for python in _pyqt6_pythons():
        probe = subprocess.run(
            [python, "-c", "import PyQt6.QtCore"], capture_output=True, text=True, timeout=120, check=False
        )
        if probe.returncode != 0:
            errors.append(f"{python}: {probe.stderr.strip().splitlines()[-1:] or probe.returncode}")
            continue
        modules = []
        for module in QT_MODULES:
            has = subprocess.run(
                [python, "-c", f"import PyQt6.{module}"], capture_output=True, timeout=120, check=False
            )
            if has.returncode == 0:
                modules.append(module)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("PYTHONPATH", None)
        out = subprocess.run(
            [python, str(DUMPER), *modules], capture_output=True, text=True, timeout=300, check=True, env=env
        )
        return json.loads(out.stdout)
    raise AssertionError(
        "No Python with PyQt6 found to read its enum tables (scripts/test makes .venv-pyqt6; "
        "or set ALMATY_PYQT6_PYTHON): " + "; ".join(errors)
    )


def _qt_module(use: Use) -> str | None:
    """``QtCore`` for a chain rooted at a name from ``qgis.PyQt.QtCore``; None for a QGIS chain."""
    prefix = "qgis.PyQt."
    return use.module[len(prefix) :] if use.module.startswith(prefix) else None


def qt6_problems(uses: tuple[Use, ...], tables: dict[str, dict[str, dict[str, list[str]]]]) -> list[str]:
    """What PyQt6 would reject among the Qt chains of ``uses``."""
    problems = []
    for use in uses:
        module = _qt_module(use)
        if module is None or len(use.parts) < 2:
            continue
        cls, attr = use.parts[0], use.parts[1]
        # Qt 6 moved some classes (QAction: QtWidgets -> QtGui); qgis.PyQt keeps the old places.
        homes = [module, *(m for m in tables if m != module)]
        enums = next((tables[m][cls] for m in homes if cls in tables.get(m, {})), None)
        if enums is None:
            continue  # a function (pyqtSignal) or a class PyQt6 does not have: not an enum question
        if attr in enums:
            if len(use.parts) >= 3 and use.parts[2] not in enums[attr] and not use.parts[2].startswith("_"):
                problems.append(f"{use.where()}: PyQt6's {cls}.{attr} has no member {use.parts[2]}")
            continue
        owners = sorted(name for name, members in enums.items() if attr in members)
        if owners:
            scoped = " or ".join(f"{cls}.{owner}.{attr}" for owner in owners)
            problems.append(f"{use.where()}: unscoped enum, PyQt6 needs {scoped}")
    return problems


def _is_enum_type(obj: Any) -> bool:
    """True for a sip (PyQt5) or Python enum class."""
    return isinstance(obj, type) and type(obj).__name__ in ("enumtype", "EnumMeta", "EnumType")


def _is_enum_value(obj: Any) -> bool:
    """True for a member of a sip (PyQt5) or Python enum."""
    return _is_enum_type(type(obj))


def qgis_problems(uses: tuple[Use, ...]) -> list[str]:
    """QGIS chains that do not resolve in the running QGIS, or that reach an enum value unscoped."""
    problems = []
    for use in uses:
        if use.module not in QGIS_MODULES:
            continue
        current: Any = getattr(importlib.import_module(use.module), use.parts[0], None)
        if current is None:
            problems.append(f"{use.where()}: {use.parts[0]} is not in {use.module}")
            continue
        for depth, name in enumerate(use.parts[1:], start=1):
            try:
                value = getattr(current, name)
            except AttributeError:
                if depth == len(use.parts) - 1 and _is_enum_type(current):
                    problems.append(f"{use.where()}: {'.'.join(use.parts[:depth])} has no member {name} here")
                break  # otherwise an instance attribute or the like: not an enum question
            if _is_enum_value(value) and not _is_enum_type(current):
                scoped = f"{'.'.join(use.parts[:depth])}.{type(value).__name__}.{name}"
                problems.append(f"{use.where()}: unscoped enum, write {scoped}")
                break
            if not isinstance(value, type) and not _is_enum_value(value):
                break  # a function or a constant: the chain leaves the class
            current = value
    return problems


def test_the_scan_sees_the_code() -> None:
    """The scan finds the plugin's Qt and QGIS chains (a broken scan would pass everything)."""
    chains = {".".join(u.parts) for u in all_uses()}
    assert "Qt.ItemDataRole.DisplayRole" in chains
    assert "Qgis.MessageLevel.Warning" in chains
    assert "QgsProcessing.SourceType.TypeVectorAnyGeometry" in chains
    assert len(chains) > 60


def test_every_qt_enum_is_scoped_as_pyqt6_needs() -> None:
    """No Qt enum name that PyQt6 does not accept (checked against PyQt6's own tables)."""
    tables = pyqt6_tables()
    assert "AlignmentFlag" in tables["QtCore"]["Qt"]
    assert qt6_problems(all_uses(), tables) == []


def test_every_qgis_enum_is_scoped_and_exists_here() -> None:
    """Every QGIS enum chain resolves in the running QGIS and none reaches an enum value unscoped."""
    assert qgis_problems(all_uses()) == []


def test_the_checks_catch_unscoped_and_unknown_names(tmp_path: Path) -> None:
    """Unscoped Qt and QGIS names and a member PyQt6 lacks are reported; scoped ones are not."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from qgis.PyQt.QtCore import Qt\n"
        "from qgis.PyQt.QtWidgets import QAbstractItemView\n"
        "from qgis.core import Qgis, QgsProcessing\n"
        "a = Qt.AlignLeft\n"
        "b = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter\n"
        "c = QAbstractItemView.SelectRows\n"
        "d = Qt.MouseButton.MidButton\n"
        "e = Qgis.Warning\n"
        "f = Qgis.MessageLevel.Warning\n"
        "g = QgsProcessing.SourceType.TypeVectorNoSuchThing\n",
        encoding="utf-8",
    )
    uses = tuple(_uses(sample))
    qt = qt6_problems(uses, pyqt6_tables())
    assert len(qt) == 3, qt
    assert "Qt.AlignmentFlag.AlignLeft" in qt[0]
    assert "QAbstractItemView.SelectionBehavior.SelectRows" in qt[1]
    assert "MidButton" in qt[2]
    qgis = qgis_problems(uses)
    assert len(qgis) == 2, qgis
    assert "Qgis.MessageLevel.Warning" in qgis[0]
    assert "TypeVectorNoSuchThing" in qgis[1]


@pytest.mark.parametrize("module", ["QtCore", "QtGui", "QtWidgets"])
def test_pyqt6_tables_are_pyqt6s(module: str) -> None:
    """The tables come from PyQt6 (Qt 6 names present, names Qt 6 dropped absent)."""
    tables = pyqt6_tables()
    assert module in tables
    if module == "QtCore":
        assert "MiddleButton" in tables["QtCore"]["Qt"]["MouseButton"]
        assert "MidButton" not in tables["QtCore"]["Qt"]["MouseButton"]
    if module == "QtGui":
        assert "QAction" in tables["QtGui"]  # moved from QtWidgets in Qt 6
