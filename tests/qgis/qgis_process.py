"""Run ``qgis_process.bin`` against a fresh QGIS profile with the packaged plugin installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# Debian 12's /usr/bin/qgis_process wrapper passes a flag (--noversioncheck) that qgis_process
# rejects, so its binary is called directly where it exists (QGIS 3.22); else qgis_process (3.44).
QGIS_PROCESS = next(
    (p for p in ("/usr/bin/qgis_process.bin", shutil.which("qgis_process") or "") if p and Path(p).exists()),
    "/usr/bin/qgis_process.bin",
)


def build_zip(out_dir: Path) -> Path:
    """Build the plugin ZIP with scripts/package.py into ``out_dir``."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import package
    finally:
        sys.path.pop(0)
    return package.build(out_dir)


class FreshProfile:
    """A HOME with an empty QGIS profile into which the plugin ZIP is unzipped and enabled."""

    def __init__(self, base: Path, plugin_zip: Path) -> None:
        self.home = base / "home"
        self.plugins = self.home / ".local/share/QGIS/QGIS3/profiles/default/python/plugins"
        self.plugins.mkdir(parents=True)
        with zipfile.ZipFile(plugin_zip) as archive:
            archive.extractall(self.plugins)
        inherited = {k: v for k, v in os.environ.items() if not k.startswith("QGIS_")}  # pytest-qgis sets some
        self.env = {
            **inherited,
            "HOME": str(self.home),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": str(base / "runtime"),
            "PYTHONPATH": "",
        }
        (base / "runtime").mkdir(mode=0o700)
        self.run("plugins", "enable", "almaty_planner")

    def run(self, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
        """Run qgis_process.bin with ``args``; raise with its output if it fails."""
        proc = subprocess.run(
            [QGIS_PROCESS, *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        if proc.returncode != 0:
            raise AssertionError(f"qgis_process {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
        return proc

    def run_json(self, algorithm: str, **params: Any) -> dict[str, Any]:
        """``qgis_process.bin --json run <algorithm> -- KEY=VALUE ...`` and its parsed JSON."""
        args = ["--json", "run", algorithm, "--"]
        for key, value in params.items():
            values = value if isinstance(value, (list, tuple)) else [value]
            args.extend(f"{key}={v}" for v in values)
        out = self.run(*args).stdout
        return json.loads(out[out.index("{") :])
