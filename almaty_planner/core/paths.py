"""Where the plugin's data lives, both in the source tree and in the installed plugin folder.

In the repository, ``resources/`` and ``i18n/`` sit beside the package; in the plugin ZIP they sit
inside the ``almaty_planner/`` folder. Both layouts are found without configuration.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _beside_or_inside(name: str) -> Path:
    """Return ``name`` inside the plugin folder if present, else beside the package (source tree)."""
    inside = PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    """The ``resources/`` folder: norm packs, QML styles, icons, layouts, demo data."""
    return _beside_or_inside("resources")


def i18n_dir() -> Path:
    """The ``i18n/`` folder with the Qt Linguist sources (.ts) and, when packaged, the .qm files."""
    return _beside_or_inside("i18n")


def metadata_file() -> Path:
    """The plugin's ``metadata.txt``."""
    inside = PACKAGE_DIR / "metadata.txt"
    return inside if inside.is_file() else PACKAGE_DIR.parent / "metadata.txt"


def plugin_version() -> str:
    """The version written in ``metadata.txt`` (``"unknown"`` if it cannot be read)."""
    try:
        for line in metadata_file().read_text(encoding="utf-8").splitlines():
            if line.strip().lower().startswith("version="):
                return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return "unknown"
