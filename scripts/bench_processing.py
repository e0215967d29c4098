"""Benchmark of the plugin as a planner runs it: ``processing.run`` on memory layers, in one QGIS process.

Every figure is measured in this run, beside QGIS's own algorithm on the same layers, so that the
ratios hold on a busy machine (both sides share the same cores at the same time). QGIS's algorithm runs
before and after the five methods, which run twice; each side's figure is the faster of its two runs.
Both sides first run once, untimed, on small layers (a QGIS session pays its imports and first calls
once):

* 200,000 unit squares x 2,000 facilities: each ``provision`` method (target: <= 5 s and >= 4x
  faster than ``qgis:joinbylocationsummary`` summing the capacities into the units);
* 2,000 units + 200,000 population points + 2,000 facilities: each method (target: <= 4 s and >= 4x
  faster than ``qgis:joinbylocationsummary`` summing the points' residents into the units);
* 1,000,000 population points in 2,000 units (target: <= 15 s);
* the cost curve for 20k / 200k / 1M units (x 2,000 facilities) and 20k / 200k / 1M points (in 2,000
  units): seconds per 100,000 features should stay about flat (near-linear);
* peak memory of the process (target: <= 2 GB);
* the Regional Standards panel's run on the demo data (628 microdistricts, 13,111 buildings, every
  service, green space): the same algorithm calls the panel makes, one after another (target: <= 10 s).

Each run prints the time spent reading the layers (bridge), computing (core, parameters, norm pack)
and writing the result layers. Run: ``.venv/bin/python scripts/bench_processing.py`` (``--quick``
for a small run, ``--skip-million-units`` to leave out the 1M-unit point of the curve).
Nothing here is real data: the layout is random and the units' populations are made up.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

ALL_METHODS = ("unit_balance", "catchment", "assignment", "2sfca", "e2sfca")
X0, Y0, SIDE = 600_000.0, 4_770_000.0, 26_000.0  # about Almaty's 683 km2, EPSG:32643
DEMO = ROOT / "resources" / "demo" / "almaty_demo.gpkg"


# ------------------------------------------------------------------------------------------ set-up
def start_qgis() -> Any:
    """A headless QGIS with Processing, QGIS's own algorithms and the almaty_planner provider."""
    app = QgsApplication([], False)
    app.initQgis()
    for path in ("/usr/share/qgis/python/plugins", str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins")):
        if path not in sys.path and Path(path).is_dir():
            sys.path.append(path)
    from processing.core.Processing import Processing

    Processing.initialize()
    from almaty_planner.processing_provider.provider import AlmatyPlannerProvider

    provider = AlmatyPlannerProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


class Timers:
    """Seconds spent in the bridge's reading and writing during one processing.run."""

    def __init__(self) -> None:
        self.read = 0.0
        self.write = 0.0

    def install(self) -> None:
        """Wrap bridge.source_to_gdf and bridge.write_features (the algorithms call them through the module)."""
        from almaty_planner import bridge

        def timed(func: Callable[..., Any], slot: str) -> Callable[..., Any]:
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                start = time.perf_counter()
                try:
                    return func(*args, **kwargs)
                finally:
                    setattr(self, slot, getattr(self, slot) + time.perf_counter() - start)

            return wrapper

        bridge.source_to_gdf = timed(bridge.source_to_gdf, "read")
        bridge.write_features = timed(bridge.write_features, "write")

    def reset(self) -> None:
        """Zero both counters."""
        self.read = self.write = 0.0


TIMERS = Timers()


def memory_layer(geometry: str, fields: str, name: str) -> QgsVectorLayer:
    """An empty memory layer in EPSG:32643."""
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32643&{fields}", name, "memory")
    assert layer.isValid(), name
    return layer


def add(layer: QgsVectorLayer, geoms: list[QgsGeometry], rows: list[list[Any]]) -> QgsVectorLayer:
    """Add the features in batches (setting up the layers is not timed)."""
    fields = layer.fields()
    batch = []
    for geom, row in zip(geoms, rows):
        feature = QgsFeature(fields)
        feature.setAttributes(row)
        feature.setGeometry(geom)
        batch.append(feature)
        if len(batch) == 50_000:
            layer.dataProvider().addFeatures(batch)
            batch = []
    layer.dataProvider().addFeatures(batch)
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer, False)
    return layer


def squares(n: int, rng: np.random.Generator, population: bool = True) -> QgsVectorLayer:
    """About ``n`` square units covering the city, with an id, a Cyrillic name and a population."""
    side = round(n**0.5)
    step = SIDE / side
    layer = memory_layer("Polygon", "field=unit_id:integer&field=name:string&field=population:integer", f"units_{n}")
    geoms, rows = [], []
    pops = rng.integers(0, 40, side * side) if population else np.zeros(side * side, dtype=int)
    k = 0
    for i in range(side):
        for j in range(side):
            x, y = X0 + i * step, Y0 + j * step
            geoms.append(QgsGeometry.fromRect(QgsRectangle(x, y, x + step, y + step)))
            rows.append([k, f"Квартал {k}", int(pops[k])])
            k += 1
    return add(layer, geoms, rows)


def random_points(n: int, rng: np.random.Generator, name: str, fields: str, row: Callable[[int], list[Any]]) -> Any:
    """``n`` points clustered round 300 centres inside the city."""
    centres = rng.uniform(0, SIDE, (300, 2))
    xy = centres[rng.integers(0, 300, n)] + rng.normal(0, 900, (n, 2))
    xy = np.clip(xy, 1, SIDE - 1) + np.array([X0, Y0])
    layer = memory_layer("Point", fields, name)
    geoms = [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in xy.tolist()]
    return add(layer, geoms, [row(i) for i in range(n)])


def facilities(n: int, rng: np.random.Generator) -> QgsVectorLayer:
    """``n`` schools with a capacity (places)."""
    caps = rng.integers(300, 1500, n)
    return random_points(
        n,
        rng,
        f"schools_{n}",
        "field=facility_id:integer&field=capacity:double",
        lambda i: [i, float(caps[i])],
    )


def population_points(n: int, rng: np.random.Generator) -> QgsVectorLayer:
    """``n`` buildings with residents."""
    res = rng.integers(1, 60, n)
    return random_points(
        n,
        rng,
        f"buildings_{n}",
        "field=building_id:integer&field=residents:integer",
        lambda i: [
            i,
            int(res[i]),
        ],
    )


# ------------------------------------------------------------------------------------------ runs
def run(alg: str, params: dict[str, Any]) -> tuple[float, dict[str, Any]]:
    """Seconds of one processing.run (and its result)."""
    import processing

    from almaty_planner.processing_provider.params import DEFAULT_PACK

    TIMERS.reset()
    params = dict(params)
    if alg.startswith("almaty_planner:"):
        params.setdefault("NORM_PACK", DEFAULT_PACK)
    start = time.perf_counter()
    result = processing.run(alg, params)
    return time.perf_counter() - start, result


def provision(units: Any, facs: Any, method: str, points: Any = None) -> tuple[float, float, float, float]:
    """total, read, compute, write seconds of one provision run (school, the pack's radius)."""
    params = {
        "UNITS": units,
        "POPULATION_FIELD": "population",
        "UNIT_NAME_FIELD": "name",
        "FACILITIES": facs,
        "CAPACITY_FIELD": "capacity",
        "SERVICE": "school",
        "METHOD": method,
        "OUTPUT": "memory:",
        "FACILITIES_OUTPUT": "memory:",
    }
    if points is not None:
        params["POPULATION_POINTS"] = points
        params["POINTS_POPULATION_FIELD"] = "residents"
    total, result = run("almaty_planner:provision", params)
    out = result["OUTPUT"]
    out = out if isinstance(out, QgsVectorLayer) else QgsProject.instance().mapLayer(out)
    assert out is not None, "the result layer exists"
    assert out.featureCount() == units.featureCount(), "every unit is written"
    return total, TIMERS.read, total - TIMERS.read - TIMERS.write, TIMERS.write


def qgis_sum(units: Any, join: Any, field: str) -> float:
    """Seconds of QGIS's own join by location summary: the sum of ``field`` per unit."""
    total, _ = run(
        "qgis:joinbylocationsummary",
        {
            "INPUT": units,
            "JOIN": join,
            "PREDICATE": [0],
            "JOIN_FIELDS": [field],
            "SUMMARIES": [5],
            "DISCARD_NONMATCHING": False,
            "OUTPUT": "memory:",
        },
    )
    return total


def peak_mb() -> float:
    """Peak resident memory of this process so far (MB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024.0
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def verdict(ok: bool) -> str:
    """``ok`` or ``MISSED``."""
    return "ok" if ok else "MISSED"


def warm_up(units: Any, facs: Any) -> None:
    """One untimed run of QGIS's join and of the plugin on small layers: the imports and first-call costs
    of either side (paid once per QGIS session) stay out of the figures."""
    qgis_sum(units, facs, "capacity")
    provision(units, facs, "catchment")


def compared_with_qgis(
    label: str, units: Any, facs: Any, points: Any, field: str, limit_s: float, methods: tuple[str, ...]
) -> None:
    """QGIS's join summing ``field`` into the units, every method, every method again, then QGIS's join
    again. Each side's figure is the faster of its two runs (the run least disturbed by whatever else
    the machine does, as ``timeit`` reports), so a machine that slows down or speeds up during the
    case weighs on both sides alike; both runs of each are printed."""
    join = points if points is not None else facs
    before = qgis_sum(units, join, field)
    print(f"  QGIS joinbylocationsummary (sum of {field}), before the methods: {before:.2f} s", flush=True)
    first = {method: provision(units, facs, method, points) for method in methods}
    second = {method: provision(units, facs, method, points) for method in methods}
    after = qgis_sum(units, join, field)
    reference = min(before, after)
    print(f"  QGIS joinbylocationsummary again, after them: {after:.2f} s (the faster: {reference:.2f} s)", flush=True)
    for method in methods:
        total, read, compute, write = min(first[method], second[method])
        other = max(first[method][0], second[method][0])
        ratio = reference / total
        ok = total <= limit_s and ratio >= 4.0
        print(
            f"  {label} {method:<12} {total:6.2f} s  (read {read:5.2f}, compute {compute:5.2f}, write {write:5.2f};"
            f" other run {other:5.2f} s)  QGIS {reference:6.2f} s -> {ratio:5.1f}x faster"
            f"  [{verdict(ok)}: <= {limit_s:g} s, >= 4x]",
            flush=True,
        )


def panel_demo() -> float:
    """Seconds of the panel's algorithm calls on the demo: every service, with the buildings, and green space."""
    from almaty_planner.gui.settings import DEFAULT_METHOD

    layers = {}
    for name in ("microdistricts", "buildings", "schools", "kindergartens", "polyclinics", "hospitals", "parks"):
        layer = QgsVectorLayer(f"{DEMO}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        QgsProject.instance().addMapLayer(layer, False)
        layers[name] = layer
    common = {
        "UNITS": layers["microdistricts"].id(),
        "POPULATION_FIELD": "population",
        "UNIT_NAME_FIELD": "name",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    services = {
        "school": "schools",
        "kindergarten": "kindergartens",
        "polyclinic": "polyclinics",
        "hospital": "hospitals",
    }
    start = time.perf_counter()
    for service, layer in services.items():
        run(
            "almaty_planner:provision",
            dict(
                common,
                FACILITIES=layers[layer].id(),
                CAPACITY_FIELD="capacity",
                SERVICE=service,
                METHOD=DEFAULT_METHOD,
                FACILITIES_OUTPUT="TEMPORARY_OUTPUT",
                POPULATION_POINTS=layers["buildings"].id(),
                POINTS_POPULATION_FIELD="residents",
            ),
        )
    run("almaty_planner:green_space", dict(common, FACILITIES=layers["parks"].id()))
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Build the layers, run every case, print the figures beside their targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes (not the targets' sizes)")
    parser.add_argument("--skip-million-units", action="store_true", help="leave the 1M-unit curve point out")
    parser.add_argument("--only", default="", help="comma-separated cases: units,points,million,curve,panel")
    parser.add_argument("--methods", default=",".join(ALL_METHODS), help="comma-separated methods (default: all five)")
    args = parser.parse_args(argv)
    scale = 0.1 if args.quick else 1.0
    only = set(filter(None, args.only.split(",")))
    want = lambda case: not only or case in only  # noqa: E731
    methods = tuple(m for m in args.methods.split(",") if m)

    _app, _provider = start_qgis()
    import shapely
    from qgis.core import Qgis

    TIMERS.install()
    version = shapely.__version__
    if version.startswith("0+"):  # Debian's build of shapely 2 says 0+unknown
        version = "2 (" + ("vectorised" if callable(getattr(shapely, "from_wkb", None)) else "?") + ")"
    print(
        f"QGIS {Qgis.QGIS_VERSION}, shapely {version}, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores (shared: the ratios compare runs made in this same process)",
        flush=True,
    )
    rng = np.random.default_rng(1)
    n_fac = 2_000
    facs = facilities(n_fac, rng)

    units_2k = squares(2_000, rng)
    warm_up(units_2k, facs)

    if want("units"):
        n = int(200_000 * scale)
        units = squares(n, rng)
        print(f"{units.featureCount():,} units x {n_fac:,} facilities (no population points):", flush=True)
        compared_with_qgis("units", units, facs, None, "capacity", 5.0, methods)
        QgsProject.instance().removeMapLayer(units.id())

    if want("points"):
        n = int(200_000 * scale)
        pts = population_points(n, rng)
        print(f"{units_2k.featureCount():,} units + {n:,} population points + {n_fac:,} facilities:", flush=True)
        compared_with_qgis("points", units_2k, facs, pts, "residents", 4.0, methods)
        QgsProject.instance().removeMapLayer(pts.id())

    if want("million"):
        n = int(1_000_000 * scale)
        pts = population_points(n, rng)
        print(f"{units_2k.featureCount():,} units + {n:,} population points + {n_fac:,} facilities:", flush=True)
        for method in methods:
            total, read, compute, write = provision(units_2k, facs, method, pts)
            print(
                f"  million {method:<12} {total:6.2f} s  (read {read:5.2f}, compute {compute:5.2f}, write {write:5.2f})"
                f"  [{verdict(total <= 15.0)}: <= 15 s]",
                flush=True,
            )
        QgsProject.instance().removeMapLayer(pts.id())

    if want("panel"):
        seconds = panel_demo()
        print(
            f"panel's run on the demo (628 microdistricts, 13,111 buildings, 4 services + green space): "
            f"{seconds:.2f} s  [{verdict(seconds <= 10.0)}: <= 10 s]",
            flush=True,
        )

    peak = peak_mb()
    print(
        f"peak memory of the process over the cases above: {peak:,.0f} MB  [{verdict(peak <= 2048)}: <= 2 GB]",
        flush=True,
    )

    if want("curve"):
        print("cost curve (catchment; seconds per 100,000 features should stay about flat):", flush=True)
        sizes = [20_000, 200_000] + ([] if args.skip_million_units else [1_000_000])
        for n in [int(s * scale) for s in sizes]:
            units = squares(n, rng)
            total, read, compute, write = provision(units, facs, "catchment")
            print(
                f"  {units.featureCount():>9,} units x {n_fac:,} facilities: {total:6.2f} s "
                f"(read {read:5.2f}, compute {compute:5.2f}, write {write:5.2f}) = "
                f"{100_000 * total / units.featureCount():.2f} s per 100k units; peak {peak_mb():,.0f} MB",
                flush=True,
            )
            QgsProject.instance().removeMapLayer(units.id())
        for n in [int(s * scale) for s in (20_000, 200_000, 1_000_000)]:
            pts = population_points(n, rng)
            total, read, compute, write = provision(units_2k, facs, "catchment", pts)
            print(
                f"  {n:>9,} points in 2,000 units: {total:6.2f} s "
                f"(read {read:5.2f}, compute {compute:5.2f}, write {write:5.2f}) = "
                f"{100_000 * total / n:.2f} s per 100k points; peak {peak_mb():,.0f} MB",
                flush=True,
            )
            QgsProject.instance().removeMapLayer(pts.id())

    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # QGIS 3.22 may crash in its own clean-up at exit; the figures are printed by then
