"""Build the plugin ZIP that QGIS installs with "Install from ZIP".

The ZIP holds one folder, ``almaty_planner/``, with the code, ``metadata.txt``, ``LICENSE``,
``resources/`` and ``i18n/`` (the .ts sources and the compiled ``almaty_planner_<lang>.qm``); no tests.
Usage: python scripts/package.py [--out DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ru", "kk")
SKIP_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo"}


def version() -> str:
    """The version in metadata.txt."""
    for line in (ROOT / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    raise SystemExit("metadata.txt has no version=")


def lrelease() -> str:
    """Path of Qt's lrelease (Debian: qttools5-dev-tools)."""
    for candidate in ("lrelease", "/usr/lib/qt5/bin/lrelease", "lrelease-qt5"):
        found = shutil.which(candidate)
        if found:
            return found
    raise SystemExit("lrelease not found: install qttools5-dev-tools (Debian) or Qt Linguist")


def compile_translations(i18n_out: Path) -> list[Path]:
    """Compile every i18n/*_<lang>.ts into one almaty_planner_<lang>.qm per language."""
    built = []
    for lang in LANGUAGES:
        sources = sorted((ROOT / "i18n").glob(f"*_{lang}.ts"))
        if not sources:
            continue
        qm = i18n_out / f"almaty_planner_{lang}.qm"
        subprocess.run(
            [lrelease(), "-silent", *map(str, sources), "-qm", str(qm)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        built.append(qm)
    return built


def copy_tree(src: Path, dst: Path) -> None:
    """Copy a folder without caches and compiled files."""
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if any(part in SKIP_DIRS for part in rel.parts) or path.suffix in SKIP_SUFFIXES:
            continue
        target = dst / rel
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)


def build(out_dir: Path) -> Path:
    """Assemble the plugin folder and zip it; return the ZIP path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    zip_path = out_dir / f"almaty_planner-{version()}.zip"
    with tempfile.TemporaryDirectory() as tmp:
        plugin = Path(tmp) / "almaty_planner"
        copy_tree(ROOT / "almaty_planner", plugin)
        copy_tree(ROOT / "resources", plugin / "resources")
        (plugin / "i18n").mkdir()
        for ts in sorted((ROOT / "i18n").glob("*.ts")):
            shutil.copy2(ts, plugin / "i18n" / ts.name)
        compile_translations(plugin / "i18n")
        for name in ("metadata.txt", "LICENSE", "README.md", "CHANGELOG.md"):
            if (ROOT / name).is_file():
                shutil.copy2(ROOT / name, plugin / name)
        partial = zip_path.with_suffix(".zip.part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(plugin.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(Path(tmp)).as_posix())
        partial.replace(zip_path)
    return zip_path


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    args = parser.parse_args(argv)
    path = build(args.out)
    sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
