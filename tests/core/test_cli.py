"""The command line runs the whole check from files and reports bad input with exit codes."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
from openpyxl import load_workbook

from almaty_planner.cli import _split, main

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "almaty_demo.gpkg"


def test_check_writes_results_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Districts x schools and kindergartens, parks and the sewer/water flags of the demo buildings."""
    out, report = tmp_path / "результаты.gpkg", tmp_path / "отчёт.xlsx"
    status = main(
        [
            "check",
            "--units", f"{DEMO}:districts", "--population-field", "population",
            "--id-field", "osm_id", "--name-field", "name_ru",
            "--facility", f"school={DEMO}:schools:capacity",
            "--facility", f"kindergarten={DEMO}:kindergartens:capacity",
            "--points", f"{DEMO}:buildings:residents",
            "--green", f"{DEMO}:parks",
            "--engineering", f"{DEMO}:buildings:residents:sewer_connected:water_connected",
            "--method", "unit_balance", "--method", "catchment",
            "--out", str(out), "--report", str(report), "--lang", "ru",
        ]
    )  # fmt: skip
    assert status == 0
    school = gpd.read_file(out, layer="school_unit_balance")
    districts = gpd.read_file(DEMO, layer="districts")
    assert school["population"].sum() == districts["population"].sum()
    schools = gpd.read_file(DEMO, layer="schools")
    # the CLI counts every school (no status filter): capacity in the units = all schools inside them
    assert school["capacity"].sum() == pytest.approx(schools["capacity"].sum())
    layers = {"school_catchment", "kindergarten_unit_balance", "green_space", "engineering_gap"}
    assert layers <= _layer_names(out)
    gap = gpd.read_file(out, layer="engineering_gap")
    assert gap["pop_without_sewer"].sum() == 286_000
    assert load_workbook(report).sheetnames[0] == "Сводка"
    printed = capsys.readouterr().out
    assert "286,000" in printed


def _layer_names(path: Path) -> set[str]:
    """Layer names of a GeoPackage with geopandas 1.x (pyogrio) or 0.12 (fiona)."""
    if hasattr(gpd, "list_layers"):
        return set(gpd.list_layers(path)["name"])
    import fiona

    return set(fiona.listlayers(path))


def test_missing_field_exits_2_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A population field that does not exist: exit 2 and the message names the layer and field."""
    status = main(
        ["check", "--units", f"{DEMO}:districts", "--population-field", "жители",
         "--facility", f"school={DEMO}:schools:capacity", "--out", str(tmp_path / "x.gpkg")]
    )  # fmt: skip
    assert status == 2
    err = capsys.readouterr().err
    assert "жители" in err
    assert "units" in err
    assert not (tmp_path / "x.gpkg").exists()


def test_unwritable_output_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An output folder that does not exist: exit 3 and a clear message."""
    status = main(
        ["check", "--units", f"{DEMO}:districts", "--population-field", "population",
         "--facility", f"school={DEMO}:schools:capacity", "--out", str(tmp_path / "нет" / "x.gpkg")]
    )  # fmt: skip
    assert status == 3
    assert "нет" in capsys.readouterr().err


def test_layer_specs() -> None:
    """FILE[:LAYER]:FIELDS, with Windows drive letters kept in the file name."""
    assert _split("a.gpkg:schools:capacity", "--x", 1) == ("a.gpkg", "schools", ["capacity"])
    assert _split("a.geojson:capacity", "--x", 1) == ("a.geojson", None, ["capacity"])
    assert _split(r"C:\data\a.gpkg:schools:capacity", "--x", 1) == (r"C:\data\a.gpkg", "schools", ["capacity"])
    with pytest.raises(SystemExit):
        _split("a.gpkg", "--x", 2)


def test_packs_lists_the_builtin_packs(capsys: pytest.CaptureFixture[str]) -> None:
    """`packs` lists the three built-in packs with edition and hash."""
    assert main(["packs"]) == 0
    ids = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert {"almaty_2040", "kz_planning_norms", "kz_srs"} <= set(ids)


def test_trajectory_writes_layers_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Schools of the 8 districts 2025-2028 with 2% growth and targets; bad years exit 2 and write nothing."""
    out, report = tmp_path / "trajectory.gpkg", tmp_path / "trajectory.xlsx"
    targets = tmp_path / "targets.csv"
    targets.write_text("year,target\n2025,7300\n", encoding="utf-8")
    args = [
        "trajectory",
        "--units", f"{DEMO}:districts", "--population-field", "population", "--id-field", "osm_id",
        "--name-field", "name_ru", "--facilities", f"{DEMO}:schools:capacity", "--facility-id-field", "facility_id",
        "--year-field", "year", "--status-field", "status", "--from-year", "2025", "--to-year", "2028",
        "--base-year", "2023", "--growth-pct", "2", "--targets", str(targets),
    ]  # fmt: skip
    assert main([*args, "--out", str(out), "--report", str(report)]) == 0
    layer = gpd.read_file(out, layer="trajectory")
    assert sorted(set(layer["year"])) == [2025, 2026, 2027, 2028]
    assert len(layer) == 8 * 4
    districts = gpd.read_file(DEMO, layer="districts")
    first = layer[layer["year"] == 2025]
    assert first["population"].sum() == pytest.approx(districts["population"].sum() * 1.02**2)
    wide = gpd.read_file(out, layer="trajectory_units")
    assert {"deficit_2025", "deficit_2028", "first_year_meets"} <= set(wide.columns)
    text = capsys.readouterr().out
    assert "2025" in text
    assert "7,300" in text
    sheets = load_workbook(report).sheetnames
    assert any(name.startswith("Trajectory") for name in sheets)
    bad = tmp_path / "bad.gpkg"
    assert main([*args[:-6], "--from-year", "2029", "--to-year", "2025", "--out", str(bad)]) == 2
    assert not bad.exists()
