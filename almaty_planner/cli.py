"""Command line: the whole check of any territory from files, without QGIS.

    python -m almaty_planner.cli check \\
        --units data.gpkg:districts --population-field population --name-field name_ru \\
        --facility school=data.gpkg:schools:capacity --facility kindergarten=data.gpkg:kindergartens:capacity \\
        --points data.gpkg:buildings:residents --green data.gpkg:parks \\
        --engineering data.gpkg:buildings:residents:sewer_connected:water_connected \\
        --pack almaty_2040 --method unit_balance --method catchment \\
        --out results.gpkg --report report.xlsx --lang ru

    python -m almaty_planner.cli packs            # the norm packs that load, and the refused files

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
from almaty_planner.core.errors import OutputError, PlannerError

METHODS = ("unit_balance", "catchment", "assignment", "2sfca", "e2sfca")


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
    check.add_argument("--method", action="append", choices=METHODS, help="repeatable (default: unit_balance)")
    check.add_argument("--out", type=Path, required=True, help="result GeoPackage")
    check.add_argument("--report", type=Path, help="Excel deficit report (.xlsx)")
    check.add_argument("--lang", default="en", choices=i18n.LANGUAGES, help="language of messages and report")
    sub.add_parser("packs", help="list the norm packs that load and the files that were refused")
    return parser


def _check(args: argparse.Namespace) -> int:
    """Run the whole check and write its outputs."""
    from almaty_planner.core.fullcheck import CheckSetup, FacilityInput, describe_totals, norm_rows, run_full_check
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

    check = run_full_check(setup, pack, methods=args.method or ["unit_balance"], progress=progress)
    sys.stderr.write("\n")
    write_gpkg(args.out, {r.name: r.units for r in check.results})
    sys.stdout.write(i18n.tr("wrote {path}").format(path=args.out) + "\n")
    if args.report:
        services = {r.service for r in check.results} | {"sewerage", "water"}
        rows, capacity_units = norm_rows(pack, sorted(services))
        write_deficit_report(
            args.report,
            check.tables(),
            language=args.lang,
            norms=rows,
            run_meta={
                "inputs": inputs,
                "method": ", ".join(args.method or ["unit_balance"]),
                "warnings": check.warnings,
            },
            capacity_units=capacity_units,
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
        return _check(args) if args.command == "check" else _packs()
    except OutputError as err:
        sys.stderr.write(i18n.tr("error: {error}").format(error=err) + "\n")
        return 3
    except PlannerError as err:
        sys.stderr.write(i18n.tr("error: {error}").format(error=err) + "\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
