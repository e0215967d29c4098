"""Command line: the whole check of any territory from files, without QGIS.

    python -m almaty_planner.cli check \\
        --units data.gpkg:districts --population-field population --name-field name_ru \\
        --facility school=data.gpkg:schools:capacity --facility kindergarten=data.gpkg:kindergartens:capacity \\
        --points data.gpkg:buildings:residents --green data.gpkg:parks \\
        --engineering data.gpkg:buildings:residents:sewer_connected:water_connected \\
        --pack almaty_2040 --method unit_balance --method catchment \\
        --out results.gpkg --report report.xlsx --lang ru

    python -m almaty_planner.cli trajectory \\
        --units data.gpkg:microdistricts --population-field population --id-field unit_id \\
        --facilities data.gpkg:schools:capacity --year-field year --status-field status \\
        --service school --from-year 2026 --to-year 2030 --base-year 2023 --growth-pct 2.5 \\
        --targets targets.csv --out trajectory.gpkg --report trajectory.xlsx

    python -m almaty_planner.cli packs            # the norm packs that load, and the refused files

    python -m almaty_planner.cli srs \\
        --settlements data.gpkg:settlements --population-field population --tier-field tier \\
        --objects data.gpkg:settlement_objects --kind-field kind --pack kz_srs \\
        --out srs.gpkg --report srs.xlsx --lang ru   # regional standards of settlements

A layer is ``FILE[:LAYER]``, followed by the fields the option needs. Exit status: 0 done, 2 bad input
(the message names the layer, feature and field), 3 the output could not be written.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from almaty_planner.core import i18n
from almaty_planner.core.definitions import DEFAULT_METHOD, METHODS
from almaty_planner.core.errors import OutputError, PlannerError


def _split(spec: str, option: str, fields: int) -> tuple[str, str | None, list[str]]:
    """``FILE[:LAYER]:F1:...:Fn`` -> (file, layer, [F1..Fn]); the layer part is optional."""
    parts = spec.split(":")
    # a Windows drive letter ("C:\\data.gpkg") is part of the file name
    if len(parts) > 1 and len(parts[0]) == 1 and parts[1].startswith(("\\", "/")):
        parts = [parts[0] + ":" + parts[1], *parts[2:]]
    if len(parts) == fields + 1:
        return parts[0], None, parts[1:]
    if len(parts) == fields + 2:
        return parts[0], parts[1] or None, parts[2:]
    raise SystemExit(
        f"{option}: expected FILE[:LAYER]" + "".join(f":FIELD{i + 1}" for i in range(fields)) + f", got {spec}"
    )


def _read(path: str, layer: str | None) -> Any:
    """Read a vector layer with geopandas; a missing file or layer is a clear error."""
    import geopandas as gpd

    if not Path(path).exists():
        raise PlannerError(i18n.tr("the file {path} does not exist").format(path=path))
    try:
        return gpd.read_file(path, layer=layer) if layer else gpd.read_file(path)
    except Exception as exc:  # the driver's message says what is wrong with the file
        raise PlannerError(
            i18n.tr("{path}: the layer {layer} cannot be read: {error}").format(path=path, layer=layer or "", error=exc)
        ) from exc


def _parser() -> argparse.ArgumentParser:
    """The command-line parser."""
    parser = argparse.ArgumentParser(prog="python -m almaty_planner.cli", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check every service, green space and the sewerage and water gap")
    check.add_argument("--units", required=True, help="FILE[:LAYER] of the units (polygons)")
    check.add_argument("--population-field", required=True)
    check.add_argument("--id-field")
    check.add_argument("--name-field")
    check.add_argument("--development-field", help="multi_storey / low_rise per unit")
    check.add_argument("--tier-field", help="settlement tier 1-5 per unit")
    check.add_argument(
        "--facility", action="append", default=[], metavar="SERVICE=FILE[:LAYER]:CAPACITY_FIELD", help="repeatable"
    )
    check.add_argument("--points", metavar="FILE[:LAYER]:RESIDENTS_FIELD", help="population points (buildings)")
    check.add_argument("--network", metavar="FILE[:LAYER]", help="street lines for network distances")
    check.add_argument("--green", metavar="FILE[:LAYER]", help="public green polygons")
    check.add_argument(
        "--engineering",
        metavar="FILE[:LAYER]:RESIDENTS:SEWER_FLAG:WATER_FLAG",
        help="buildings with residents and 1/0 connection flags",
    )
    check.add_argument("--pack", default="almaty_2040", help="norm pack id or file (default: almaty_2040)")
    check.add_argument("--method", action="append", choices=METHODS, help=f"repeatable (default: {DEFAULT_METHOD})")
    check.add_argument("--out", type=Path, required=True, help="result GeoPackage")
    check.add_argument("--report", type=Path, help="Excel deficit report (.xlsx)")
    check.add_argument("--lang", default="en", choices=i18n.LANGUAGES, help="language of messages and report")
    _trajectory_parser(sub)
    sub.add_parser("packs", help="list the norm packs that load and the files that were refused")
    _srs_parser(sub)
    return parser


def _srs_parser(sub: Any) -> None:
    """The ``srs`` subcommand: regional standards of settlements (the algorithm srs_sufficiency)."""
    srs = sub.add_parser("srs", help="regional standards of settlements: sufficiency, checklist, what to build")
    srs.add_argument("--settlements", required=True, help="FILE[:LAYER] of the settlements (points or polygons)")
    srs.add_argument("--population-field", required=True)
    srs.add_argument("--tier-field", help="settlement tier 1-5")
    srs.add_argument("--status-field", help="settlement status (tiers assigned as assign_tiers does)")
    srs.add_argument("--objects", action="append", default=[], metavar="FILE[:LAYER]", help="repeatable")
    srs.add_argument("--kind-field", default="kind", help="field of the objects holding the kind (default: kind)")
    srs.add_argument("--capacity-field", help="field of the objects holding the capacity (per 1000 standards)")
    srs.add_argument("--roads", metavar="FILE[:LAYER]", help="road lines (standards measured along roads)")
    srs.add_argument("--id-field")
    srs.add_argument("--name-field")
    srs.add_argument("--group-field", help="district or region: aggregates per group")
    srs.add_argument("--pack", default="kz_srs", help="norm pack id or file (default: kz_srs)")
    srs.add_argument("--formula", choices=("share", "weighted"), help="default: the pack's")
    srs.add_argument("--target", type=float, default=70.0, help="target level of the list of what to build (%%)")
    srs.add_argument("--out", type=Path, required=True, help="result GeoPackage")
    srs.add_argument("--report", type=Path, help="Excel monitoring workbook (.xlsx)")
    srs.add_argument("--lang", default="en", choices=i18n.LANGUAGES, help="language of messages and workbook")


def _srs(args: argparse.Namespace) -> int:
    """Regional standards of settlements from files."""
    from almaty_planner.core.norms import load_pack
    from almaty_planner.core.standards import run_from_frames, write_result_gpkg

    path, layer, _ = _split(args.settlements, "--settlements", 0)
    settlements = _read(path, layer)
    objects = []
    for spec in args.objects:
        opath, olayer, _ = _split(spec, "--objects", 0)
        objects.append((olayer or Path(opath).stem, _read(opath, olayer)))
    roads = None
    if args.roads:
        rpath, rlayer, _ = _split(args.roads, "--roads", 0)
        roads = _read(rpath, rlayer)
    pack = load_pack(args.pack)

    def progress(fraction: float) -> bool:
        sys.stderr.write(f"\r{100 * fraction:5.1f}%")
        return False

    run = run_from_frames(
        settlements,
        objects,
        pack,
        population_field=args.population_field,
        kind_field=args.kind_field,
        tier_field=args.tier_field,
        status_field=args.status_field,
        id_field=args.id_field,
        name_field=args.name_field,
        group_field=args.group_field,
        capacity_field=args.capacity_field,
        roads=roads,
        formula=args.formula,
        target_pct=args.target,
        progress=progress,
    )
    sys.stderr.write("\n")
    write_result_gpkg(args.out, run)
    sys.stdout.write(i18n.tr("wrote {path}").format(path=args.out) + "\n")
    if args.report:
        from almaty_planner.core.srs_report import write_srs_workbook

        write_srs_workbook(args.report, run, language=args.lang)
        sys.stdout.write(i18n.tr("wrote {path}").format(path=args.report) + "\n")
    for line in run.describe():
        sys.stdout.write(line + "\n")
    for warning in run.result.warnings:
        sys.stderr.write(i18n.tr("warning: {text}").format(text=warning) + "\n")
    return 0


def _trajectory_parser(sub: Any) -> None:
    """The ``trajectory`` subcommand: deficits per unit and year (the algorithm deficit_trajectory)."""
    t = sub.add_parser("trajectory", help="deficits per unit and year as facilities open and the city grows")
    t.add_argument("--units", required=True, help="FILE[:LAYER] of the units (polygons)")
    t.add_argument("--population-field", required=True, help="residents in the base year")
    t.add_argument("--id-field")
    t.add_argument("--name-field")
    t.add_argument("--development-field", help="multi_storey / low_rise per unit")
    t.add_argument("--tier-field", help="settlement tier 1-5 per unit")
    t.add_argument("--facilities", required=True, metavar="FILE[:LAYER]:CAPACITY_FIELD")
    t.add_argument("--facility-id-field")
    t.add_argument("--year-field", help="commissioning year of the facilities (empty: from the start)")
    t.add_argument("--close-year-field", help="closing year of the facilities (no places from then on)")
    t.add_argument("--status-field")
    t.add_argument(
        "--statuses", default="existing,under_construction,planned,extension", help="statuses counted (comma-separated)"
    )
    t.add_argument("--scenario-field", help="facilities with a scenario name belong to that scenario only")
    t.add_argument("--scenario-growth", help="another growth of scenarios, %% a year: NAME=RATE;NAME=RATE")
    t.add_argument("--service", default="school")
    t.add_argument("--method", default="unit_balance", choices=METHODS)
    t.add_argument("--pack", default="almaty_2040", help="norm pack id or file (default: almaty_2040)")
    t.add_argument("--from-year", type=int, help="first year (default: this year)")
    t.add_argument("--to-year", type=int, default=2030)
    t.add_argument("--base-year", type=int, help="year of the population figures (default: the first year)")
    t.add_argument("--growth-pct", type=float, help="population growth, %% a year, compound")
    t.add_argument("--growth-field", help="growth of each unit, %% a year")
    t.add_argument("--forecast", help="CSV or FILE[:LAYER]: unit id with year and population, or pop_YYYY columns")
    t.add_argument("--forecast-id-field", help="unit id column of the forecast (default: --id-field)")
    t.add_argument("--housing", metavar="FILE[:LAYER]:YEAR_FIELD:FLATS_FIELD", help="housing projects (points)")
    t.add_argument("--household-size", type=float, help="residents per flat of the housing projects")
    t.add_argument("--demand-per-flat", type=float, help="pupils or children per flat (default: the pack's rate)")
    t.add_argument("--targets", help="CSV with columns year and target (the city's deficit aimed at)")
    t.add_argument("--points", metavar="FILE[:LAYER]:RESIDENTS_FIELD", help="population points (buildings)")
    t.add_argument("--network", metavar="FILE[:LAYER]", help="street lines for network distances")
    t.add_argument("--out", type=Path, required=True, help="result GeoPackage (layers trajectory, trajectory_units)")
    t.add_argument("--report", type=Path, help="Excel report with the trajectory sheet and chart (.xlsx)")
    t.add_argument("--lang", default="en", choices=i18n.LANGUAGES, help="language of messages and report")


def _read_table(spec: str) -> Any:
    """A CSV file (pandas) or a layer ``FILE[:LAYER]``."""
    import pandas as pd

    if spec.lower().endswith(".csv"):
        if not Path(spec).exists():
            raise PlannerError(i18n.tr("the file {path} does not exist").format(path=spec))
        return pd.read_csv(spec)
    path, layer, _ = _split(spec, "--table", 0)
    return _read(path, layer)


def _trajectory(args: argparse.Namespace) -> int:
    """Run a deficit trajectory and write its layers (and report)."""
    import datetime as dt

    from almaty_planner.core.layers_io import write_gpkg
    from almaty_planner.core.norms import load_pack
    from almaty_planner.core.trajectory import (
        Housing,
        compute_trajectory,
        scenarios_from_field,
        trajectory_layers,
        with_growth,
    )

    unit_file, unit_layer, _ = _split(args.units, "--units", 0)
    units = _read(unit_file, unit_layer)
    path, layer, (capacity,) = _split(args.facilities, "--facilities", 1)
    facilities = _read(path, layer)
    baseline, scenarios = scenarios_from_field(facilities, args.scenario_field, args.facility_id_field)
    scenarios = with_growth(scenarios, args.scenario_growth)
    housing = None
    if args.housing:
        path, layer, (year_field, flats_field) = _split(args.housing, "--housing", 2)
        if not args.household_size:
            raise SystemExit("--housing needs --household-size (residents per flat)")
        housing = Housing(_read(path, layer), year_field, flats_field, args.household_size, args.demand_per_flat)
    points = points_field = network = None
    if args.points:
        path, layer, (points_field,) = _split(args.points, "--points", 1)
        points = _read(path, layer)
    if args.network:
        path, layer, _ = _split(args.network, "--network", 0)
        network = _read(path, layer)
    pack = load_pack(args.pack)

    def progress(fraction: float) -> bool:
        sys.stderr.write(f"\r{100 * fraction:5.1f}%")
        return False

    result = compute_trajectory(
        units,
        baseline,
        pack,
        args.service,
        args.method,
        population_field=args.population_field,
        capacity_field=capacity,
        from_year=args.from_year if args.from_year is not None else dt.date.today().year,
        to_year=args.to_year,
        base_year=args.base_year,
        unit_id_field=args.id_field,
        unit_name_field=args.name_field,
        facility_id_field=args.facility_id_field,
        year_field=args.year_field,
        close_year_field=args.close_year_field,
        status_field=args.status_field,
        include_statuses=[s.strip() for s in args.statuses.split(",") if s.strip()],
        growth_pct=args.growth_pct,
        growth_field=args.growth_field,
        forecast=_read_table(args.forecast) if args.forecast else None,
        forecast_id_field=args.forecast_id_field,
        housing=housing,
        targets=_read_table(args.targets) if args.targets else None,
        scenarios=scenarios,
        points=points,
        points_population_field=points_field,
        network=network,
        tier_field=args.tier_field,
        development_field=args.development_field,
        progress=progress,
    )
    sys.stderr.write("\n")
    by_year, wide = trajectory_layers(result, units, args.population_field)
    write_gpkg(args.out, {"trajectory": by_year, "trajectory_units": wide})
    sys.stdout.write(i18n.tr("wrote {path}").format(path=args.out) + "\n")
    if args.report:
        from almaty_planner.core.report import write_trajectory_report

        write_trajectory_report(args.report, result, language=args.lang)
        sys.stdout.write(i18n.tr("wrote {path}").format(path=args.report) + "\n")
    for line in describe_trajectory(result):
        sys.stdout.write(line + "\n")
    for warning in result.warnings:
        sys.stderr.write(i18n.tr("warning: {text}").format(text=warning) + "\n")
    return 0


def describe_trajectory(result: Any) -> list[str]:
    """The city's deficit per year (and scenario), against the targets, and the deficit summed over the years."""
    lines = [
        i18n.tr("{service}, {method}: city deficit per year").format(
            service=result.meta["service"], method=result.meta["method"]
        )
    ]
    for _, row in result.city.iterrows():
        target = row["target"]
        text = i18n.tr("  {scenario} {year}: deficit {deficit}, capacity {capacity}, demand {demand}").format(
            scenario=row["scenario"],
            year=int(row["year"]),
            deficit=f"{row['deficit']:,.0f}",
            capacity=f"{row['capacity']:,.0f}",
            demand=f"{row['demand']:,.0f}",
        )
        if target == target:
            text += i18n.tr(" (target {target}, {above} above it)").format(
                target=f"{target:,.0f}", above=f"{row['above_target']:,.0f}"
            )
        lines.append(text)
    for name, total in result.deficit_years.items():
        lines.append(
            i18n.tr("  {scenario}: deficit summed over units and years: {total}").format(
                scenario=name, total=f"{total:,.0f}"
            )
        )
    return lines


def _check(args: argparse.Namespace) -> int:
    """Run the whole check and write its outputs."""
    from almaty_planner.core.fullcheck import CheckSetup, FacilityInput, describe_totals, run_full_check
    from almaty_planner.core.layers_io import write_gpkg
    from almaty_planner.core.norms import load_pack
    from almaty_planner.core.report import write_deficit_report

    unit_file, unit_layer, _ = _split(args.units, "--units", 0)
    units = _read(unit_file, unit_layer)
    inputs = [{"name": "units", "path": args.units, "features": len(units)}]
    facilities = {}
    for spec in args.facility:
        service, _, rest = spec.partition("=")
        if not rest:
            raise SystemExit(f"--facility: expected SERVICE=FILE[:LAYER]:CAPACITY_FIELD, got {spec}")
        path, layer, (capacity,) = _split(rest, "--facility", 1)
        facilities[service] = FacilityInput(_read(path, layer), capacity)
        inputs.append({"name": service, "path": rest, "features": len(facilities[service].layer)})
    setup = CheckSetup(
        units=units,
        population_field=args.population_field,
        unit_id_field=args.id_field,
        unit_name_field=args.name_field,
        development_field=args.development_field,
        tier_field=args.tier_field,
        facilities=facilities,
    )
    if args.points:
        path, layer, (residents,) = _split(args.points, "--points", 1)
        setup.points, setup.points_population_field = _read(path, layer), residents
    if args.network:
        path, layer, _ = _split(args.network, "--network", 0)
        setup.network = _read(path, layer)
    if args.green:
        path, layer, _ = _split(args.green, "--green", 0)
        setup.green = _read(path, layer)
    if args.engineering:
        path, layer, (residents, sewer, water) = _split(args.engineering, "--engineering", 3)
        setup.buildings = _read(path, layer)
        setup.residents_field, setup.sewer_field, setup.water_field = residents, sewer, water
    pack = load_pack(args.pack)

    def progress(fraction: float) -> bool:
        sys.stderr.write(f"\r{100 * fraction:5.1f}%")
        return False

    check = run_full_check(setup, pack, methods=args.method or [DEFAULT_METHOD], progress=progress)
    sys.stderr.write("\n")
    write_gpkg(args.out, {r.name: r.units for r in check.results})
    sys.stdout.write(i18n.tr("wrote {path}").format(path=args.out) + "\n")
    if args.report:
        write_deficit_report(
            args.report,
            check.tables(),
            language=args.lang,
            run_meta={
                "inputs": inputs,
                "method": ", ".join(args.method or [DEFAULT_METHOD]),
                "warnings": check.warnings,
            },
            packs={pack.id: pack},
        )
        sys.stdout.write(i18n.tr("wrote {path}").format(path=args.report) + "\n")
    for line in describe_totals(check):
        sys.stdout.write(line + "\n")
    for warning in check.warnings:
        sys.stderr.write(i18n.tr("warning: {text}").format(text=warning) + "\n")
    return 0


def _packs() -> int:
    """List the norm packs."""
    from almaty_planner.core.norms import available_packs

    found = available_packs()
    for pack_id, pack in sorted(found.packs.items()):
        sys.stdout.write(f"{pack_id}\t{pack.edition}\t{pack.content_hash[:12]}\t{pack.title()}\n")
    for error in found.refused:
        sys.stdout.write(i18n.tr("refused: {error}").format(error=error) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    i18n.set_language(getattr(args, "lang", "en"))
    try:
        if args.command == "trajectory":
            return _trajectory(args)
        if args.command == "srs":
            return _srs(args)
        return _check(args) if args.command == "check" else _packs()
    except OutputError as err:
        sys.stderr.write(i18n.tr("error: {error}").format(error=err) + "\n")
        return 3
    except PlannerError as err:
        sys.stderr.write(i18n.tr("error: {error}").format(error=err) + "\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
