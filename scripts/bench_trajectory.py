"""Benchmark of deficit trajectories on the demo: 628 microdistricts x 6 years x every service.

Reports, measured in the same run:
* through Processing, as a user runs it: ``almaty_planner:deficit_trajectory`` for every service of the
  demo (schools, kindergartens, polyclinics, hospitals; 2025-2030; unit balance and, where the pack has
  a radius, catchment with the 13,111 buildings as population points), against the reference: the
  ``provision`` algorithm run from scratch for each year (``YEAR_FIELD``/``UP_TO_YEAR``) (target: all of
  it <= 10 s; the cost of a year after the first is the part that changes, so the ratio grows with the
  number of years);
* the same in the core (``compute_trajectory`` against ``compute_provision`` per year, 2.5% growth),
  with the largest difference between the two (they must agree).

Run: ``bash scripts/demo``'s environment, e.g. ``QT_QPA_PLATFORM=offscreen .venv/bin/python
scripts/bench_trajectory.py`` (``--core`` for the core part only).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from almaty_planner.core.norms import load_pack  # noqa: E402
from almaty_planner.core.provision import compute_provision  # noqa: E402
from almaty_planner.core.trajectory import active_in, compute_trajectory  # noqa: E402

DEMO = ROOT / "resources" / "demo" / "almaty_demo.gpkg"
PACK = "almaty_2040"
YEARS = (2025, 2030)
BASE = 2023
GROWTH = 2.5
SERVICES = {"school": "schools", "kindergarten": "kindergartens", "polyclinic": "polyclinics", "hospital": "hospitals"}


def runs(pack: object) -> list[tuple[str, str]]:
    """(service, method) pairs: unit balance for all, catchment where the pack has a radius."""
    out = []
    for service in SERVICES:
        out.append((service, "unit_balance"))
        if pack.service(service).value("radius_m") is not None:
            out.append((service, "catchment"))
    return out


def core_part() -> None:
    """compute_trajectory against compute_provision once per year, with growth."""
    pack = load_pack(PACK)
    units = gpd.read_file(DEMO, layer="microdistricts")
    points = gpd.read_file(DEMO, layer="buildings")
    layers = {s: gpd.read_file(DEMO, layer=name) for s, name in SERVICES.items()}
    years = list(range(YEARS[0], YEARS[1] + 1))
    total_t = total_ref = 0.0
    print(f"core: {len(units)} microdistricts x {len(years)} years, {GROWTH}% growth a year from {BASE}")
    for service, method in runs(pack):
        fac = layers[service]
        year_field = "year" if "year" in fac.columns else None
        kwargs = {"points": points, "points_population_field": "residents"} if method != "unit_balance" else {}
        t0 = time.perf_counter()
        traj = compute_trajectory(
            units, fac, pack, service, method, population_field="population", capacity_field="capacity",
            unit_id_field="unit_id", development_field="development", year_field=year_field,
            from_year=years[0], to_year=years[-1], base_year=BASE, growth_pct=GROWTH, **kwargs,
        )  # fmt: skip
        t_traj = time.perf_counter() - t0
        t0 = time.perf_counter()
        worst = 0.0
        opens = fac[year_field].to_numpy(float) if year_field else np.full(len(fac), np.nan)
        for year in years:
            u = units.copy()
            u["population"] = u["population"] * (1 + GROWTH / 100) ** (year - BASE)
            ref = compute_provision(
                u, fac[active_in(opens, np.full(len(fac), np.nan), year)], pack, service, method,
                population_field="population", capacity_field="capacity", unit_id_field="unit_id",
                development_field="development", **kwargs,
            ).units  # fmt: skip
            got = traj.table[traj.table["year"] == year]["deficit"].to_numpy()
            worst = max(worst, float(np.abs(got - ref["deficit"].to_numpy()).max()))
        t_ref = time.perf_counter() - t0
        total_t += t_traj
        total_ref += t_ref
        print(
            f"  {service:13s} {method:13s} trajectory {t_traj:5.2f} s, provision per year {t_ref:5.2f} s, "
            f"ratio {t_ref / t_traj:4.1f}x, largest difference {worst:.1e}"
        )
    print(f"  all: trajectory {total_t:.2f} s, per-year provision {total_ref:.2f} s, ratio {total_ref / total_t:.1f}x")
    fac = layers["school"]
    spans = {}
    for last in (years[0], years[-1], years[0] + 24):
        t0 = time.perf_counter()
        compute_trajectory(
            units, fac, pack, "school", "catchment", population_field="population", capacity_field="capacity",
            unit_id_field="unit_id", development_field="development", year_field="year", from_year=years[0],
            to_year=last, base_year=BASE, growth_pct=GROWTH, points=points, points_population_field="residents",
        )  # fmt: skip
        spans[last - years[0] + 1] = time.perf_counter() - t0
    one = spans[1]
    print(
        "  cost of the years (school, catchment): "
        + ", ".join(f"{n} years {t:.2f} s" for n, t in spans.items())
        + f"; each year after the first {(spans[25] - one) / 24 * 1000:.0f} ms against {one:.2f} s for the first"
    )


def processing_part() -> None:
    """processing.run of deficit_trajectory against provision once per year, in QGIS."""
    from qgis.core import QgsApplication, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from almaty_planner.processing_provider.provider import AlmatyPlannerProvider

    provider = AlmatyPlannerProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    pack = load_pack(PACK)
    years = list(range(YEARS[0], YEARS[1] + 1))
    common = {
        "UNITS": f"{DEMO}|layername=microdistricts",
        "POPULATION_FIELD": "population",
        "CAPACITY_FIELD": "capacity",
        "NORM_PACK": PACK,
        "UNIT_ID_FIELD": "unit_id",
        "DEVELOPMENT_FIELD": "development",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    total_t = total_ref = 0.0
    print(f"Processing: {len(years)} years, every service of the demo (population as in {BASE})")
    try:
        for service, method in runs(pack):
            fac = f"{DEMO}|layername={SERVICES[service]}"
            year = {"YEAR_FIELD": "year"} if service == "school" else {}
            points = (
                {"POPULATION_POINTS": f"{DEMO}|layername=buildings", "POINTS_POPULATION_FIELD": "residents"}
                if method != "unit_balance"
                else {}
            )
            params = dict(common, FACILITIES=fac, SERVICE=service, METHOD=method, **year, **points)
            t0 = time.perf_counter()
            processing.run(
                "almaty_planner:deficit_trajectory",
                dict(params, FROM_YEAR=years[0], TO_YEAR=years[-1], BASE_YEAR=BASE, OUTPUT_UNITS="TEMPORARY_OUTPUT"),
                feedback=QgsProcessingFeedback(),
            )
            t_traj = time.perf_counter() - t0
            t0 = time.perf_counter()
            for y in years:
                extra = {"UP_TO_YEAR": y, "STATUS_FIELD": None} if year else {}
                processing.run("almaty_planner:provision", dict(params, **extra), feedback=QgsProcessingFeedback())
            t_ref = time.perf_counter() - t0
            total_t += t_traj
            total_ref += t_ref
            print(
                f"  {service:13s} {method:13s} deficit_trajectory {t_traj:5.2f} s, provision x {len(years)} "
                f"{t_ref:5.2f} s, ratio {t_ref / t_traj:4.1f}x"
            )
        print(
            f"  all: deficit_trajectory {total_t:.2f} s (target 10 s), provision from scratch each year "
            f"{total_ref:.2f} s, ratio {total_ref / total_t:.1f}x"
        )
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
        app.exitQgis()


def main() -> None:
    """Run the parts asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--core", action="store_true", help="the core part only (no QGIS)")
    args = parser.parse_args()
    core_part()
    if not args.core:
        processing_part()


if __name__ == "__main__":
    main()
