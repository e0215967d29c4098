"""The whole check in one call, the norm rows for reports, and whole-or-nothing GeoPackage output."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, box

from almaty_planner.core.errors import Cancelled, OutputError
from almaty_planner.core.fullcheck import CheckSetup, FacilityInput, describe_totals, norm_rows, run_full_check
from almaty_planner.core.layers_io import gpkg_ready, write_gpkg
from almaty_planner.core.norms import load_pack

CRS = "EPSG:32643"


@pytest.fixture
def setup() -> CheckSetup:
    """Two 1 km units (Алмалы 10,000 residents, Медеу 5,000), a school in each, a park, 4 buildings."""
    units = gpd.GeoDataFrame(
        {"uid": ["a", "b"], "name": ["Алмалы", "Медеу"], "population": [10_000, 5_000]},
        geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)],
        crs=CRS,
    )
    schools = gpd.GeoDataFrame(
        {"fid": [1, 2], "capacity": [1000, 900], "status": ["existing", "existing"]},
        geometry=[Point(500, 500), Point(1500, 500)],
        crs=CRS,
    )
    parks = gpd.GeoDataFrame(
        {"public": [1]}, geometry=[box(900, 0, 1100, 100)], crs=CRS
    )  # 20,000 m2, half in each unit
    buildings = gpd.GeoDataFrame(
        {"residents": [6_000, 4_000, 3_000, 2_000], "sewer": [1, 0, 1, 1], "water": [1, 1, 0, 1]},
        geometry=[Point(200, 200), Point(800, 800), Point(1200, 200), Point(1800, 800)],
        crs=CRS,
    )
    return CheckSetup(
        units=units,
        population_field="population",
        unit_id_field="uid",
        unit_name_field="name",
        facilities={"school": FacilityInput(schools, "capacity", "fid", status_field="status")},
        points=buildings,
        points_population_field="residents",
        green=parks,
        green_category_field="public",
        public_categories=["1"],
        buildings=buildings,
        residents_field="residents",
        sewer_field="sewer",
        water_field="water",
    )


def test_whole_check_by_hand(setup: CheckSetup) -> None:
    """Every table of the whole check against numbers worked out by hand for the Almaty pack."""
    pack = load_pack("almaty_2040")
    rate = pack.service("school").value("typical_size")  # read to show the pack is the real one
    assert rate is not None
    seen = []
    check = run_full_check(setup, pack, methods=("unit_balance",), progress=lambda f: seen.append(f) and False)
    assert [r.name for r in check.results] == ["school_unit_balance", "green_space", "engineering_gap"]
    school = check.get("school", "unit_balance")
    # 148 pupils' places per 1000 residents (derived, Almaty statistics): 1,480 and 740
    assert school.units["demand"].tolist() == pytest.approx([1480.0, 740.0])
    assert school.units["capacity"].tolist() == pytest.approx([1000.0, 900.0])
    assert school.units["deficit"].tolist() == pytest.approx([480.0, 0.0])
    assert school.units["surplus"].tolist() == pytest.approx([0.0, 160.0])
    assert school.units["objects_needed"].tolist() == [1, 0]  # 480 / 1,200 places, rounded up
    assert school.totals["deficit"] == pytest.approx(480.0)
    green = check.get("green_space")
    assert green.units["green_m2"].tolist() == pytest.approx([10_000.0, 10_000.0])
    assert green.units["green_m2_per_resident"].tolist() == pytest.approx([1.0, 2.0])
    gap = check.get("engineering_gap")
    assert gap.units["pop_without_sewer"].tolist() == pytest.approx([4_000.0, 0.0])
    assert gap.units["pop_without_water"].tolist() == pytest.approx([0.0, 3_000.0])
    assert gap.totals["sanitation_gap_pct"] == pytest.approx(100 * 4_000 / 15_000)
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    assert seen == sorted(seen)
    lines = describe_totals(check)
    assert "school (unit_balance): demand 2,220, capacity 1,900 places; city balance -320" in lines[0]
    assert "20,000 m2 for 15,000 residents = 1.33 m2 per resident" in lines[1]
    assert "4,000 residents without sewerage (26.7%)" in lines[2]
    tables = check.tables()
    assert [t["service"].iloc[0] for t in tables] == ["school", "green_space", "engineering_gap"]


def test_services_without_a_radius_skip_distance_methods(setup: CheckSetup) -> None:
    """Hospitals have no radius in the packs: catchment is skipped with a warning, the balance runs."""
    pack = load_pack("almaty_2040")
    setup.facilities = {"hospital": FacilityInput(setup.facilities["school"].layer, "capacity")}
    setup.green = None
    setup.buildings = None
    setup.sewer_field = setup.water_field = None
    check = run_full_check(setup, pack, methods=("unit_balance", "catchment"))
    assert [(r.service, r.method) for r in check.results] == [("hospital", "unit_balance")]
    assert any("catchment skipped" in w for w in check.warnings)


def test_cancel_stops_with_cancelled(setup: CheckSetup) -> None:
    """A progress callback returning True stops the check with Cancelled (a PlannerError)."""
    calls = []

    def cancel_after_first_table(fraction: float) -> bool:
        calls.append(fraction)
        return fraction >= 1 / 3

    with pytest.raises(Cancelled, match="cancelled"):
        run_full_check(setup, load_pack("almaty_2040"), progress=cancel_after_first_table)
    assert max(calls) == pytest.approx(1 / 3)


def test_norm_rows_list_every_value_with_its_source() -> None:
    """Report rows carry pack id, hash, value, document and confidence; units per service."""
    pack = load_pack("almaty_2040")
    rows, units = norm_rows(pack, ["school", "green_space", "no_such_service"])
    assert units == {"school": "places", "green_space": "m2"}
    radius = [r for r in rows if r["service"] == "school" and r["key"] == "radius_m"]
    assert 500 in [r["value"] for r in radius]
    assert all(r["pack"] == "almaty_2040" and r["hash"] == pack.content_hash for r in rows)
    assert all(r["document"] for r in rows)
    assert {r["confidence"] for r in rows} <= {"confirmed", "secondary", "derived", "unverified"}


def test_gpkg_ready_turns_yes_no_into_numbers() -> None:
    """Yes/no columns with nulls become 1/0/null; mixed objects become text; the input is untouched."""
    frame = gpd.GeoDataFrame(
        {"meets_norm": [True, None, False], "mixed": [1, "a", None], "name": ["Әуезов", "x", None]},
        geometry=[Point(0, 0)] * 3,
        crs=CRS,
    )
    out = gpkg_ready(frame)
    assert out["meets_norm"].tolist()[0] == 1.0
    assert np.isnan(out["meets_norm"].tolist()[1])
    assert out["meets_norm"].tolist()[2] == 0.0
    assert out["mixed"].tolist()[:2] == ["1", "a"]
    assert pd.isna(out["mixed"].tolist()[2])
    assert frame["meets_norm"].tolist() == [True, None, False]


def test_write_gpkg_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Layers are written together; a failing layer leaves the old file as it was and no temp file."""
    target = tmp_path / "Дефициты.gpkg"
    a = gpd.GeoDataFrame({"v": [1]}, geometry=[Point(0, 0)], crs=CRS)
    write_gpkg(target, {"first": a})
    before = target.read_bytes()
    read = gpd.read_file(target, layer="first")
    assert read["v"].tolist() == [1]
    real_to_file = gpd.GeoDataFrame.to_file

    def disk_full_on_second(self: gpd.GeoDataFrame, path: object, layer: str = "", **kw: object) -> None:
        if layer == "second":
            raise OSError(28, "No space left on device")
        real_to_file(self, path, layer=layer, **kw)

    monkeypatch.setattr(gpd.GeoDataFrame, "to_file", disk_full_on_second)
    with pytest.raises(OSError, match="No space"):
        write_gpkg(target, {"first": a, "second": a})
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Дефициты.gpkg"]


def test_write_gpkg_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    """A folder that does not exist gives an OutputError naming it."""
    a = gpd.GeoDataFrame({"v": [1]}, geometry=[Point(0, 0)], crs=CRS)
    with pytest.raises(OutputError, match="nowhere"):
        write_gpkg(tmp_path / "nowhere" / "x.gpkg", {"a": a})


@pytest.mark.parametrize("check", ["provision", "green", "engineering"])
def test_every_check_reports_fractions_and_cancels_alike(setup: CheckSetup, check: str) -> None:
    """Each core check reports progress as fractions 0..1 ending at 1, and stops with Cancelled when
    the callback returns True (the convention Processing, the panel and the command line rely on)."""
    from almaty_planner.core.engineering import compute_engineering_gap
    from almaty_planner.core.green import compute_green_space
    from almaty_planner.core.provision import compute_provision

    pack = load_pack("almaty_2040")
    school = setup.facilities["school"]
    runs = {
        "provision": lambda cb: compute_provision(
            setup.units, school.layer, pack, "school", population_field="population",
            capacity_field="capacity", progress=cb,
        ),
        "green": lambda cb: compute_green_space(
            setup.units, setup.green, pack, population_field="population", progress=cb
        ),
        "engineering": lambda cb: compute_engineering_gap(
            setup.units, pack, population_field="population", buildings=setup.buildings,
            residents_field="residents", sewer_field="sewer", water_field="water", progress=cb,
        ),
    }  # fmt: skip
    seen: list[float] = []
    runs[check](lambda f: seen.append(f) or False)
    assert seen
    assert all(0.0 <= f <= 1.0 for f in seen)
    assert seen == sorted(seen)
    assert seen[-1] == pytest.approx(1.0)
    with pytest.raises(Cancelled):
        runs[check](lambda f: True)
