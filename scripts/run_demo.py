"""The main job (placeholder until the demo data and engine land): checks the installation."""

from __future__ import annotations

import sys

from almaty_planner import deps
from almaty_planner.core.paths import plugin_version

if __name__ == "__main__":
    sys.stdout.write(f"almaty_planner {plugin_version()}\n{deps.report()}\n")
