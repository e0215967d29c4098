"""The main job: the whole check of the Almaty demo data, headless.

Reads resources/demo/almaty_demo.gpkg, checks every service with the Almaty norm pack for the 8
districts and for the microdistricts, and writes
  out/almaty_deficits.gpkg           every result layer (units, facility loads)
  out/almaty_deficits.xlsx           the Excel deficit report (districts; Russian by default)
  out/almaty_student_places.png      the student-place deficit per microdistrict, rendered by QGIS
  out/almaty_deficits_atlas.pdf      the same deficit, one page per district (almaty_planner:deficit_atlas)
  out/almaty_trajectory.gpkg         the student-place deficit per district and year to 2030
  out/almaty_pupil_growth.csv        the population forecast behind it (synthetic: 13 thousand pupils a year)
Then it prints the city-level figures next to the published ones, and the trajectory to 2030.
Run it with `bash scripts/demo`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import geopandas as gpd  # noqa: E402
import pandas as pd  # noqa: E402

from almaty_planner.core import i18n  # noqa: E402
from almaty_planner.core.definitions import method_words  # noqa: E402
from almaty_planner.core.errors import PlannerError  # noqa: E402
from almaty_planner.core.fullcheck import (  # noqa: E402
    CheckSetup,
    FacilityInput,
    FullCheck,
    describe_totals,
    run_full_check,
)
from almaty_planner.core.layers_io import write_gpkg  # noqa: E402
from almaty_planner.core.norms import load_pack  # noqa: E402
from almaty_planner.core.paths import plugin_version, resources_dir  # noqa: E402
from almaty_planner.core.report import write_deficit_report  # noqa: E402
from almaty_planner.core.trajectory import Scenario, compute_trajectory, trajectory_layers  # noqa: E402

DEMO = resources_dir() / "demo" / "almaty_demo.gpkg"
PACK = "almaty_2040"
SERVICES = {  # service -> (layer, capacity field, load field, status field)
    "school": ("schools", "capacity", "enrolled", "status"),
    "kindergarten": ("kindergartens", "capacity", None, None),
    "polyclinic": ("polyclinics", "capacity", None, None),
    "hospital": ("hospitals", "capacity", None, None),
}
MAP_LAYER = "microdistricts_school_assignment"

# Published city figures (resources/demo/README.md) that the synthetic part was calibrated to.
PUBLISHED = [
    "student places: shortage 19.1 thousand (2022), 15.7 thousand planned for 2023; ~320 thousand pupils",
    "kindergartens: 75.5 thousand children attend; waiting list 43 thousand children aged 1-6",
    "green: 211 park territories of 631.2 ha; General Plan: 6.9 m2 of public green area per resident (2020)",
    "sewerage: 286 thousand residents (14.3%) without, water: 30 thousand (1.5%) without",
]

# The trajectory: population figures of the start of 2023; pupils growing by 13 thousand a year
# (published: 12-14 thousand); the city's planned shortage of student places (DOMAIN.md section 4).
BASE_YEAR = 2023
TO_YEAR = 2030
PUPILS_PER_YEAR = 13_000
TARGETS = {2023: 15_700, 2024: 10_100, 2025: 7_300}

log = logging.getLogger("almaty_planner.demo")


def say(text: str = "") -> None:
    """Print one line of the job's report."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def read_demo(path: Path) -> dict[str, gpd.GeoDataFrame]:
    """Every layer of the demo GeoPackage."""
    names = ["districts", "microdistricts", "buildings", "parks", *{v[0] for v in SERVICES.values()}]
    return {name: gpd.read_file(path, layer=name) for name in names}


def setup_for(units: gpd.GeoDataFrame, id_field: str, name_field: str, layers: dict) -> CheckSetup:
    """The whole-check set-up of one units layer over the demo layers."""
    return CheckSetup(
        units=units,
        population_field="population",
        unit_id_field=id_field,
        unit_name_field=name_field,
        development_field="development" if "development" in units.columns else None,
        facilities={
            service: FacilityInput(layers[layer], cap, "facility_id", load, status)
            for service, (layer, cap, load, status) in SERVICES.items()
        },
        points=layers["buildings"],
        points_population_field="residents",
        green=layers["parks"],
        green_category_field="public",
        public_categories=["1"],
        buildings=layers["buildings"],
        residents_field="residents",
        sewer_field="sewer_connected",
        water_field="water_connected",
    )


def progress_printer(label: str):
    """A progress callback printing every 20%."""
    state = {"next": 0.0}

    def report(fraction: float) -> bool:
        if fraction + 1e-9 >= state["next"]:
            say(f"  {label}: {100 * fraction:3.0f}%")
            state["next"] += 0.2
        return False

    return report


def render_map(gpkg: Path, png: Path, lang: str, pack_hash: str, atlas: Path | None = None) -> Path:
    """Render the student-place deficit per microdistrict with the plugin's style, through QGIS; with
    ``atlas``, also the PDF atlas of it over the districts through ``almaty_planner:deficit_atlas``."""
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    try:
        if atlas is not None:
            pages = write_atlas(gpkg, atlas, lang)
            say(f"wrote {atlas} ({pages} pages)")
        from almaty_planner.render import build_layout, export_png

        project = QgsProject()
        units = QgsVectorLayer(f"{gpkg}|layername={MAP_LAYER}", i18n.tr("Student places missing", lang=lang), "ogr")
        districts = QgsVectorLayer(f"{DEMO}|layername=districts", i18n.tr("Districts", lang=lang), "ogr")
        schools = QgsVectorLayer(f"{DEMO}|layername=schools", i18n.tr("Schools", lang=lang), "ogr")
        for layer in (units, districts, schools):
            if not layer.isValid():
                raise PlannerError(f"cannot read {layer.source()}")
        from almaty_planner.styles import apply_style

        if not apply_style(units, "provision_units"):  # the plugin's style, legend in the job's language
            raise PlannerError("the style provision_units could not be loaded")
        districts.loadNamedStyle(str(resources_dir() / "styles" / "district_outline.qml"))
        schools.loadNamedStyle(str(resources_dir() / "styles" / "facility_points.qml"))
        for layer in (units, districts, schools):
            project.addMapLayer(layer)
        title = i18n.tr("Almaty: student places missing within walking distance, per microdistrict", lang=lang)
        subtitle = i18n.tr(
            "Norm pack {pack} ({hash}): school within 500 m; capacity-constrained assignment, nearest first",
            lang=lang,
        ).format(pack=PACK, hash=pack_hash[:12])
        credit = i18n.tr(
            "© OpenStreetMap contributors (ODbL). School capacities, enrolment and some facilities are "
            "synthetic (see resources/demo/README.md). almaty_planner {version}",
            lang=lang,
        ).format(version=plugin_version())
        layout = build_layout(
            project,
            [schools, districts, units],
            title=title,
            subtitle=subtitle,
            credit=credit,
            legend_layers=[units, schools, districts],
            extent=districts.extent(),
        )
        written = export_png(layout, png, dpi=150)
        del layout  # layout and project must go before QGIS is shut down
        project.clear()
        del project
        return written
    finally:
        app.exitQgis()
        _register_gdal_drivers()


def _register_gdal_drivers() -> None:
    """Register GDAL's drivers again after QGIS has shut down: QGIS's exit unregisters them, and where
    geopandas reads through pyogrio on the same GDAL as QGIS (Debian 13, QGIS 3.44) every later read
    or write would fail with "No driver registered"."""
    try:
        from osgeo import gdal
    except ImportError:  # pragma: no cover - QGIS always brings GDAL's Python bindings
        return
    gdal.AllRegister()


def write_atlas(gpkg: Path, pdf: Path, lang: str) -> int:
    """The atlas of the microdistricts' student-place deficit over the districts, as a user runs it."""
    from qgis.core import QgsApplication

    plugins = Path(QgsApplication.pkgDataPath()) / "python" / "plugins"
    if str(plugins) not in sys.path:
        sys.path.append(str(plugins))
    from processing.core.Processing import Processing

    from almaty_planner.processing_provider.provider import AlmatyPlannerProvider

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("almaty_planner") is None:
        registry.addProvider(AlmatyPlannerProvider())
    import processing

    result = processing.run(
        "almaty_planner:deficit_atlas",
        {
            "COVERAGE": f"{DEMO}|layername=districts",
            "COVERAGE_NAME_FIELD": f"name_{lang}" if lang in ("ru", "kk") else "name_en",
            "RESULTS": f"{gpkg}|layername={MAP_LAYER}",
            "FACILITIES": f"{gpkg}|layername=school_facilities_load",
            "LANGUAGE": lang,
            "OUTPUT": str(pdf),
        },
    )
    return int(result["PAGES"])


def main(argv: list[str] | None = None) -> int:
    """Run the whole demo check and write the three outputs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "out", help="output folder (default: out/)")
    parser.add_argument(
        "--lang",
        default=i18n.normalize_language(os.environ.get("LC_ALL") or os.environ.get("LANG")),
        choices=i18n.LANGUAGES,
        help="language of the report, the map and the messages (default: from the locale, else English)",
    )
    parser.add_argument("--no-map", action="store_true", help="skip the map picture (no QGIS needed)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    i18n.set_language(args.lang)
    started = time.perf_counter()
    args.out.mkdir(parents=True, exist_ok=True)

    say(f"almaty_planner {plugin_version()}: the whole check of the Almaty demo data")
    layers = read_demo(DEMO)
    pack = load_pack(PACK)
    say(f"norm pack {pack.id}, edition {pack.edition}, hash {pack.content_hash[:12]}")
    say(
        f"{len(layers['districts'])} districts, {len(layers['microdistricts'])} microdistricts, "
        f"{len(layers['buildings'])} buildings, {int(layers['districts']['population'].sum()):,} residents"
    )

    districts = run_full_check(
        setup_for(layers["districts"], "osm_id", "name_ru", layers),
        pack,
        methods=("unit_balance", "catchment"),
        label="districts",
        progress=progress_printer("districts"),
    )
    micro = run_full_check(
        setup_for(layers["microdistricts"], "unit_id", "name", layers),
        pack,
        methods=("unit_balance", "catchment", "assignment"),
        label="microdistricts",
        progress=progress_printer("microdistricts"),
    )

    out_layers = {r.name: r.units for r in (*districts.results, *micro.results)}
    for service in SERVICES:  # facility load from the assignment where the pack has a radius, else the balance
        for method in ("assignment", "unit_balance"):
            try:
                out_layers[f"{service}_facilities_load"] = micro.get(service, method).facilities
                break
            except KeyError:
                continue
    gpkg = write_gpkg(args.out / "almaty_deficits.gpkg", out_layers)
    say(f"wrote {gpkg} ({len(out_layers)} layers)")

    trajectory, forecast = school_trajectory(layers, pack, districts)
    forecast.to_csv(args.out / "almaty_pupil_growth.csv", index=False)
    by_year, wide = trajectory_layers(trajectory, layers["districts"], "population")
    tgpkg = write_gpkg(args.out / "almaty_trajectory.gpkg", {"trajectory": by_year, "trajectory_units": wide})
    say(f"wrote {tgpkg} and {args.out / 'almaty_pupil_growth.csv'}")

    inputs = [{"name": name, "path": f"{DEMO}|{name}", "features": len(gdf)} for name, gdf in layers.items()]
    xlsx = write_deficit_report(
        args.out / "almaty_deficits.xlsx",
        districts.tables(methods=("unit_balance", "catchment")),
        language=args.lang,
        run_meta={
            "inputs": inputs,
            "crs": "EPSG:32643 (WGS 84 / UTM zone 43N)",
            "method": i18n.tr("{methods}; distances in a straight line", lang=args.lang).format(
                methods=", ".join(method_words(m, args.lang) for m in ("unit_balance", "catchment"))
            ),
            "warnings": districts.warnings,
            "synthetic": True,
            "synthetic_reason": i18n.tr(
                "the Almaty demo data: facility capacities, enrolment, part of the facilities and parks, and "
                "the sewer and water connections are synthetic, calibrated to published city totals",
                lang=args.lang,
            ),
        },
        trajectories=[trajectory],
        packs={pack.id: pack},
    )
    say(f"wrote {xlsx}")
    if not args.no_map:
        png = render_map(
            gpkg,
            args.out / "almaty_student_places.png",
            args.lang,
            pack.content_hash,
            atlas=args.out / "almaty_deficits_atlas.pdf",
        )
        say(f"wrote {png}")

    say()
    say("City-level figures (8 districts):")
    for line in describe_totals(districts):
        say("  " + line)
    _compare(districts, micro)
    _print_trajectory(trajectory)
    _regional_standards(args.out, args.lang)
    say()
    say(f"done in {time.perf_counter() - started:.0f} s")
    return 0


def pupil_growth_forecast(units: gpd.GeoDataFrame, id_field: str, pupils: float) -> pd.DataFrame:
    """Population per unit and year such that the city's pupils grow by 13 thousand a year (linear).

    Every unit grows by the same share of its 2023 population: 13,000 / the city's pupils of 2023 a
    year. Synthetic (an assumption calibrated to the published 12-14 thousand), and labelled so.
    """
    share = PUPILS_PER_YEAR / pupils
    out = pd.DataFrame({id_field: units[id_field]})
    for year in range(BASE_YEAR + 1, TO_YEAR + 1):
        out[f"pop_{year}"] = (units["population"] * (1 + share * (year - BASE_YEAR))).round().astype(int)
    out["synthetic"] = 1
    out["synthetic_reason"] = (
        f"assumption: every unit grows so that the city has {PUPILS_PER_YEAR:,} more pupils a year "
        "(published 12-14 thousand)"
    )
    return out


def school_trajectory(layers: dict, pack: object, districts: FullCheck):
    """Student places per district and year 2023-2030, with and without the planned schools."""
    pupils = districts.get("school", "unit_balance").totals["demand"]
    forecast = pupil_growth_forecast(layers["districts"], "osm_id", pupils)
    schools = layers["schools"]
    planned = schools.loc[schools["status"] != "existing", "facility_id"].tolist()
    result = compute_trajectory(
        layers["districts"],
        schools,
        pack,
        "school",
        "unit_balance",
        population_field="population",
        capacity_field="capacity",
        unit_id_field="osm_id",
        unit_name_field="name_ru",
        facility_id_field="facility_id",
        year_field="year",
        status_field="status",
        from_year=BASE_YEAR,
        to_year=TO_YEAR,
        base_year=BASE_YEAR,
        forecast=forecast[["osm_id", *[c for c in forecast.columns if c.startswith("pop_")]]],
        targets=TARGETS,
        scenarios=[Scenario("without_planned", closures=dict.fromkeys(planned, BASE_YEAR))],
    )
    return result, forecast


def _print_trajectory(result) -> None:
    """The city's student-place shortage per year to 2030 next to the published plan."""
    say()
    say(
        f"Student places per year {BASE_YEAR}-{TO_YEAR} (8 districts, unit balance): pupils growing by "
        f"{PUPILS_PER_YEAR:,} a year (assumption; published 12-14 thousand), the demo's "
        "under-construction and planned schools counted from their years:"
    )
    city = result.city
    base = city[city["scenario"] == "baseline"].set_index("year")
    without = city[city["scenario"] == "without_planned"].set_index("year")
    for year, row in base.iterrows():
        target = "" if row["target"] != row["target"] else f"  published plan {row['target']:,.0f}"
        say(
            f"  {year}: places needed {row['demand']:,.0f}, places {row['capacity']:,.0f} "
            f"(city balance {row['demand'] - row['capacity']:,.0f}); shortage summed over the districts "
            f"{row['deficit']:,.0f} (without the planned schools {without.loc[year, 'deficit']:,.0f}){target}"
        )
    say(
        f"  deficit summed {BASE_YEAR}-{TO_YEAR} (child-years without a place): "
        f"{result.deficit_years['baseline']:,.0f}; without the planned schools "
        f"{result.deficit_years['without_planned']:,.0f}"
    )
    say(
        "  The shortage summed over the districts counts a district's missing places even where another\n"
        "  district has places to spare (the city balance nets them). It grows because the demo has 5\n"
        "  planned schools (6,000 places) against 13,000 more pupils a year; the city's programme (21\n"
        "  schools of 34.8 thousand places under construction in 2025) is not in the demo data."
    )


def _regional_standards(out: Path, lang: str) -> None:
    """The settlements around Almaty against the regional standards (kz_srs), next to the national level."""
    from almaty_planner.core.standards import run_from_frames, write_result_gpkg

    settlements = gpd.read_file(DEMO, layer="settlements")
    objects = gpd.read_file(DEMO, layer="settlement_objects")
    run = run_from_frames(
        settlements,
        [("settlement_objects", objects)],
        load_pack("kz_srs"),
        population_field="population",
        kind_field="kind",
        tier_field="tier",
        id_field="settlement_id",
        name_field="name",
        group_field="area",
        capacity_field="capacity",
        target_pct=70.0,
    )
    gpkg = write_result_gpkg(out / "almaty_settlements_srs.gpkg", run)
    say()
    say(f"Regional standards of the {len(settlements)} settlements around Almaty (norm pack kz_srs): wrote {gpkg}")
    try:
        from almaty_planner.core.srs_report import write_srs_workbook
    except ImportError:  # the workbook is optional here
        write_srs_workbook = None
    if write_srs_workbook is not None:
        xlsx = write_srs_workbook(out / "almaty_settlements_srs.xlsx", run, language=lang, synthetic=True)
        say(f"wrote {xlsx}")
    for line in run.describe(lang):
        say("  " + line)
    say(
        "  THE DEMO SETTLEMENT DATA IS SYNTHETIC: the names and points are OpenStreetMap place nodes (2013); their\n"
        "  populations, tiers, service attributes and most objects are made up (synthetic = 1), and most kz_srs\n"
        "  thresholds are unverified placeholders. The level above is not a measurement of these settlements."
    )


def _compare(districts: FullCheck, micro: FullCheck) -> None:
    """Print the computed city figures next to the published ones, and why they agree."""
    school = districts.get("school", "unit_balance").totals
    kinder = districts.get("kindergarten", "unit_balance").totals
    green = districts.get("green_space").totals
    gap = districts.get("engineering_gap").totals
    say()
    say("Residents outside the walking-distance norm (microdistricts, catchment):")
    for service in ("school", "kindergarten", "polyclinic"):
        t = micro.get(service, "catchment").totals
        say(f"  {service}: {t['uncovered_pop']:,.0f} of {t['population']:,.0f} residents")
    say()
    say("Published figures (DOMAIN.md section 4) and what the demo gives:")
    for line in PUBLISHED:
        say("  published " + line)
    say(
        f"  demo: student-place shortage {school['demand'] - school['capacity']:,.0f} "
        f"({school['demand']:,.0f} pupils' places needed, {school['capacity']:,.0f} places); "
        f"kindergarten places missing {kinder['demand'] - kinder['capacity']:,.0f}; "
        f"green {green['green_m2'] / 1e4:,.1f} ha = {green['green_m2_per_resident']:.2f} m2 per resident; "
        f"without sewerage {gap['pop_without_sewer']:,.0f} ({gap['sanitation_gap_pct']:.1f}%), "
        f"without water {gap['pop_without_water']:,.0f} ({gap['water_gap_pct']:.1f}%)"
    )
    say(
        "  These agree with the published figures because the synthetic part of the demo data (capacities,\n"
        "  enrolment, added facilities and parks, sewer and water connections) was calibrated to them; they\n"
        "  are not an independent measurement. The percentages differ because the published 14.3% and 1.5%\n"
        "  correspond to a base of 2.0 million residents, the demo has the districts' official 2.17 million.\n"
        "  The 631 ha of park territories give 2.9 m2 per resident; the General Plan's 6.9 m2 counts all\n"
        "  public green areas, of which parks are a part."
    )


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except PlannerError as err:
        sys.stderr.write(f"error: {err}\n")
        raise SystemExit(2) from None
