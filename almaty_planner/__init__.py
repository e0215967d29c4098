"""almaty_planner: provision of Almaty's districts against Kazakhstan's regional standards.

QGIS calls :func:`classFactory`. Importing this package imports nothing from ``qgis``, so the core
(``almaty_planner.core``) is usable from plain Python.
"""

from __future__ import annotations

from typing import Any


def classFactory(iface: Any) -> Any:
    """Create the plugin for QGIS (called by QGIS with its ``QgisInterface``)."""
    from almaty_planner.plugin import AlmatyPlannerPlugin

    return AlmatyPlannerPlugin(iface)
