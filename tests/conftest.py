"""Session-wide settings of the test suite."""

from __future__ import annotations

import os
import sys
from typing import Any

import pytest


def pytest_sessionfinish(session: Any, exitstatus: int) -> None:
    """Remember pytest's exit status for pytest_unconfigure."""
    session.config._almaty_planner_exitstatus = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: Any) -> None:
    """With QGIS loaded, end the process with pytest's own exit status once everything is reported.

    After pytest-qgis has shut QGIS 3.22 down, Python's final clean-up of the wrappers left by a
    Processing run that raised QgsProcessingException (seen only under pytest, never in QGIS or in a
    plain script) can crash in C++ with no Python frame, turning a green run into exit code 139. The
    results are final by then; skipping that clean-up changes nothing they say.
    """
    status = getattr(config, "_almaty_planner_exitstatus", None)
    if status is not None and "qgis.core" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
