"""Which Python packages the plugin needs, which are missing here, and how to install them.

Pure Python (no qgis import) so it can be checked from a plain interpreter too:
``python -m almaty_planner.deps``.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from importlib import metadata

from almaty_planner.core.i18n import tr


@dataclass(frozen=True)
class Requirement:
    """A package the plugin imports: module name, distribution name, minimum version, installers."""

    module: str
    distribution: str
    minimum: str
    pip: str
    apt: str
    osgeo4w: str


REQUIREMENTS = (
    Requirement("numpy", "numpy", "1.20", "numpy", "python3-numpy", "python3-numpy"),
    Requirement("pandas", "pandas", "1.3", "pandas", "python3-pandas", "python3-pandas"),
    Requirement("shapely", "shapely", "1.8", "shapely", "python3-shapely", "python3-shapely"),
    Requirement("pyproj", "pyproj", "3.0", "pyproj", "python3-pyproj", "python3-pyproj"),
    Requirement("geopandas", "geopandas", "0.12", "geopandas", "python3-geopandas", "python3-geopandas"),
    Requirement("scipy", "scipy", "1.6", "scipy", "python3-scipy", "python3-scipy"),
    Requirement("yaml", "PyYAML", "5.1", "PyYAML", "python3-yaml", "python3-pyyaml"),
    Requirement("openpyxl", "openpyxl", "3.0", "openpyxl", "python3-openpyxl", "python3-openpyxl"),
)

# What each part of the plugin needs; a part is disabled only when one of its needs is missing.
PARTS = {
    "engine": ("numpy", "pandas", "shapely", "pyproj", "geopandas", "scipy", "yaml"),
    "report": ("numpy", "pandas", "yaml", "openpyxl"),
}


@dataclass(frozen=True)
class Problem:
    """A requirement that is missing or too old."""

    requirement: Requirement
    found: str | None

    def describe(self) -> str:
        """One line for the message bar / log."""
        req = self.requirement
        if self.found is None:
            return tr("{name} is not installed (needs {minimum} or newer)").format(
                name=req.distribution, minimum=req.minimum
            )
        return tr("{name} {found} is too old (needs {minimum} or newer)").format(
            name=req.distribution, found=self.found, minimum=req.minimum
        )


def _version_tuple(text: str) -> tuple[int, ...] | None:
    """``"1.5.3+dfsg"`` -> ``(1, 5, 3)``; None when ``text`` names no real release.

    Builds without version metadata report placeholders such as ``0+unknown`` (Debian's shapely 2),
    ``0.0.0`` or ``unknown``: those say nothing about the version and are not compared.
    """
    match = re.match(r"\s*v?(\d+(?:\.\d+)*)", text or "")
    if match is None:
        return None
    numbers = tuple(int(p) for p in match.group(1).split(".")[:3])
    if not any(numbers):
        return None
    return numbers


def _installed_version(req: Requirement) -> str | None:
    """The installed version, or None when the module cannot be imported."""
    if importlib.util.find_spec(req.module) is None:
        return None
    try:
        return metadata.version(req.distribution)
    except metadata.PackageNotFoundError:
        module = __import__(req.module)
        return str(getattr(module, "__version__", "0"))


def check() -> list[Problem]:
    """Every requirement that is missing or older than its minimum."""
    problems = []
    for req in REQUIREMENTS:
        found = _installed_version(req)
        if found is None:
            problems.append(Problem(req, found))
            continue
        version = _version_tuple(found)
        minimum = _version_tuple(req.minimum)
        # A version that cannot be read is not held against an importable package.
        if version is not None and minimum is not None and version < minimum:
            problems.append(Problem(req, found))
    problems.extend(_spatial_index_problem())
    return problems


def _spatial_index_problem() -> list[Problem]:
    """geopandas before 0.14 with shapely 1.x needs rtree (or pygeos) for spatial joins."""
    if importlib.util.find_spec("shapely") is None:
        return []
    import shapely

    # Shapely 2 (its own spatial index) has vectorised functions at the top level: a feature test,
    # as the version string may be a placeholder.
    if callable(getattr(shapely, "points", None)):
        return []
    if importlib.util.find_spec("rtree") or importlib.util.find_spec("pygeos"):
        return []
    return [Problem(Requirement("rtree", "rtree", "0.9", "rtree", "python3-rtree", "python3-rtree"), None)]


def disabled_parts(problems: list[Problem]) -> list[str]:
    """The parts of the plugin that cannot work with these problems."""
    missing = {p.requirement.module for p in problems}
    if "rtree" in missing:
        missing.add("geopandas")
    return [part for part, needs in PARTS.items() if missing.intersection(needs)]


def install_hint(problems: list[Problem], platform: str | None = None) -> str:
    """How to install what is missing, in the words of the user's platform."""
    platform = platform or sys.platform
    reqs = [p.requirement for p in problems]
    if not reqs:
        return ""
    if platform.startswith("win"):
        return tr(
            "On Windows, open the OSGeo4W Shell (Start menu, as administrator) and run: {cmd} "
            "- or, in the OSGeo4W installer (Advanced install), select: {pkgs}. Then restart QGIS."
        ).format(
            cmd="python -m pip install --upgrade " + " ".join(r.pip for r in reqs),
            pkgs=", ".join(r.osgeo4w for r in reqs),
        )
    if platform == "darwin":
        return tr("Run in a terminal: {cmd}. Then restart QGIS.").format(
            cmd="/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --upgrade "
            + " ".join(r.pip for r in reqs)
        )
    return tr("On Debian or Ubuntu run: {apt}; elsewhere: {pip}. Then restart QGIS.").format(
        apt="sudo apt install " + " ".join(r.apt for r in reqs),
        pip="python3 -m pip install --user --upgrade " + " ".join(r.pip for r in reqs),
    )


def report(problems: list[Problem] | None = None, platform: str | None = None) -> str:
    """A full plain-language report: what is missing, what is disabled, how to install it."""
    problems = check() if problems is None else problems
    if not problems:
        return tr("All required Python packages are installed.")
    lines = [p.describe() for p in problems]
    parts = disabled_parts(problems)
    names = {"engine": tr("the checks (Processing algorithms, panel)"), "report": tr("the Excel report")}
    if parts:
        lines.append(tr("Disabled until then: {parts}.").format(parts=", ".join(names[p] for p in parts)))
    lines.append(install_hint(problems, platform))
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - manual check
    sys.stdout.write(report() + "\n")
