"""Print PyQt6's own enum tables as JSON: run by a Python that has PyQt6 (not the one running QGIS).

``python pyqt6_enums.py QtCore QtGui QtWidgets`` prints
``{"QtCore": {"Qt": {"AlignmentFlag": ["AlignLeft", ...], ...}, ...}, ...}``: for every class of each
module (and every class nested in it, e.g. ``QEvent``), the enums reachable as its attributes
(inherited ones included, as Python finds them) with all their member names.
"""

from __future__ import annotations

import enum
import importlib
import json
import sys


def _enums_of(cls: type) -> dict[str, list[str]]:
    """Every enum reachable as an attribute of ``cls``, with its member names (aliases included)."""
    out: dict[str, list[str]] = {}
    for name in dir(cls):
        try:
            value = getattr(cls, name)
        except Exception:  # some descriptors raise on class access
            continue
        if isinstance(value, type) and issubclass(value, enum.Enum):
            out[name] = sorted(value.__members__)
    return out


def main(modules: list[str]) -> dict[str, dict[str, dict[str, list[str]]]]:
    """The enum tables of the PyQt6 ``modules``."""
    tables: dict[str, dict[str, dict[str, list[str]]]] = {}
    for module_name in modules:
        module = importlib.import_module(f"PyQt6.{module_name}")
        classes: dict[str, dict[str, list[str]]] = {}
        for name in dir(module):
            value = getattr(module, name)
            if isinstance(value, type) and not issubclass(value, enum.Enum):
                classes[name] = _enums_of(value)
        tables[module_name] = classes
    return tables


if __name__ == "__main__":
    json.dump(main(sys.argv[1:]), sys.stdout)
