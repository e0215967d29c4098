"""One record of norm use: what every check returns and writes, what the report lists, and a service a
user adds to a pack (sports_hall) offered everywhere with no code change."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
import yaml
from openpyxl import load_workbook
from shapely.geometry import Point, box

from almaty_planner.core import definitions
from almaty_planner.core.fullcheck import CheckSetup, FacilityInput, run_full_check
from almaty_planner.core.norms import NormUse, decode_uses, encode_uses, load_pack
from almaty_planner.core.provision import compute_provision
from almaty_planner.core.report import pack_changes, used_norm_rows, write_deficit_report

CRS = "EPSG:32643"
SPORTS_PACK = {
    "schema_version": 1,
    "id": "user_sports",
    "title": {"en": "Almaty with sports halls (test fixture)"},
    "jurisdiction": "test fixture",
    "edition": "test-1",
    "parent": "almaty_2040",
    "sources": {"fixture": {"document": "Test fixture (not a norm)", "edition": "test"}},
    "services": {
        "sports_hall": {
            "title": {"en": "Sports hall", "ru": "Спортивный зал", "kk": "Спорт залы"},
            "capacity_unit": "places",
            "demand": [
                {
                    "basis": "per_1000",
                    "rate": {
                        "value": 8,
                        "unit": "places_per_1000",
                        "source": "fixture",
                        "clause": "fixture 1",
                        "confidence": "derived",
                    },
                }
            ],
            "values": {
                "radius_m": {
                    "value": 1500,
                    "unit": "m",
                    "source": "fixture",
                    "clause": "fixture 2",
                    "confidence": "unverified",
                    "note": "test value",
                }
            },
        }
    },
}


def sports_pack_dir(tmp_path: Path) -> Path:
    """A folder with the user pack that adds sports_hall over almaty_2040."""
    folder = tmp_path / "user_norms"
    folder.mkdir(exist_ok=True)
    (folder / "user_sports.yaml").write_text(yaml.safe_dump(SPORTS_PACK, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.fixture
def setup() -> CheckSetup:
    """Two units, multi-storey (10,000 residents) and low-rise (5,000), a school in each, a park, 4 buildings."""
    units = gpd.GeoDataFrame(
        {
            "uid": ["a", "b"],
            "name": ["Алмалы", "Медеу"],
            "population": [10_000, 5_000],
            "dev": ["multi_storey", "low_rise"],
        },
        geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)],
        crs=CRS,
    )
    schools = gpd.GeoDataFrame(
        {"fid": [1, 2], "capacity": [1000, 900], "status": ["existing", "existing"]},
        geometry=[Point(500, 500), Point(1500, 500)],
        crs=CRS,
    )
    parks = gpd.GeoDataFrame({"public": [1]}, geometry=[box(900, 0, 1100, 100)], crs=CRS)
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
        development_field="dev",
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


def test_a_record_survives_the_result_field() -> None:
    """encode/decode keep every part of a record; an empty field holds no record; garbage is refused."""
    use = NormUse(
        "school", "radius_m", 1000, "m", None, "low_rise", "SP RK", "p.1", "2014", "secondary", False, "x", "sp"
    )
    given = NormUse.given("school", "radius_m", 750.0, "m")
    assert decode_uses(encode_uses([use, given, use])) == [use, given]
    assert decode_uses(None) == decode_uses("") == []
    with pytest.raises(ValueError, match="not a norm use record"):
        decode_uses('[{"value": 1}]')


def test_provision_records_each_value_for_the_tier_and_development_it_served(setup: CheckSetup) -> None:
    """Catchment reads the demand rate, the radius of each development type, typical size and overload;
    each unit's field names the values of its own development type; a given radius is recorded as given."""
    pack = load_pack("almaty_2040")
    svc = pack.service("school")
    res = compute_provision(
        setup.units,
        setup.facilities["school"].layer,
        pack,
        "school",
        "catchment",
        population_field="population",
        capacity_field="capacity",
        development_field="dev",
        points=setup.points,
        points_population_field="residents",
    )
    got = {(u.key, u.development): u.value for u in res.norms_used}
    rate = svc.demand_terms()[-1].rate.value  # the per-1000 option: the units have no cohort fields
    assert got[("demand_rate", "low_rise")] == got[("demand_rate", "multi_storey")] == rate
    for dev in ("multi_storey", "low_rise"):
        assert got[("radius_m", dev)] == svc.value("radius_m", development=dev).value
    assert got[("overload_pct", None)] == svc.value("overload_pct").value
    low = decode_uses(res.units["norms_used"].iloc[1])
    assert {u.development for u in low} == {"low_rise", None}
    assert res.units["demand"].tolist() == pytest.approx([10_000 * rate / 1000, 5_000 * rate / 1000])

    balance = compute_provision(
        setup.units,
        setup.facilities["school"].layer,
        pack,
        "school",
        population_field="population",
        capacity_field="capacity",
    )
    assert "radius_m" not in {u.key for u in balance.norms_used}  # the unit balance uses no radius
    given = compute_provision(
        setup.units,
        setup.facilities["school"].layer,
        pack,
        "school",
        "catchment",
        population_field="population",
        capacity_field="capacity",
        radius_m=750,
    )
    radius = [u for u in given.norms_used if u.key == "radius_m"]
    assert [(u.value, u.source) for u in radius] == [(750.0, "given")]


def test_report_norms_sheet_lists_exactly_the_values_the_checks_used(setup: CheckSetup, tmp_path: Path) -> None:
    """The norms sheet of a whole check equals the checks' own records: every value, nothing else."""
    pack = load_pack("almaty_2040")
    check = run_full_check(setup, pack, methods=("unit_balance", "catchment"))
    path = write_deficit_report(tmp_path / "r.xlsx", check.tables(), language="en", packs={pack.id: pack})
    rows = list(load_workbook(path)["Norms"].iter_rows(values_only=True))
    header = rows[0]
    names = ("Service (id)", "Key", "Value", "Settlement tier", "Development type (id)")
    col = {name: header.index(name) for name in names}
    col["field"] = header.index("Cohort field")
    sheet = set()
    for row in rows[1:]:
        if row[col["Service (id)"]] is None:
            break  # the legend below the table
        sheet.add(
            (
                row[col["Service (id)"]],
                row[col["Key"]],
                row[col["field"]] or "",
                row[col["Development type (id)"]] or None,
                row[col["Value"]],
            )
        )
    expected = {(u.service, u.key, u.field, u.development, u.value) for r in check.results for u in r.uses}
    assert sheet == expected
    keys = {k for _, k, *_ in expected}
    assert {"demand_rate", "radius_m", "norm_m2_per_resident", "target_connected_pct"} <= keys
    # plot sizes and other values of the pack that no check read are not listed
    assert not any(k.startswith("plot_") for k in keys)
    at_pack, at_hash = header.index("Norm pack"), header.index("Hash (SHA-256)")
    assert all(r[at_pack] == "almaty_2040" and r[at_hash] == pack.content_hash for r in rows[1 : len(sheet) + 1])


def test_a_changed_pack_is_flagged(setup: CheckSetup, tmp_path: Path) -> None:
    """Results of a pack edited since the run: the report's summary says so, naming both hashes."""
    pack = load_pack("almaty_2040")
    check = run_full_check(setup, pack)
    assert pack_changes(check.tables(), {pack.id: pack}) == []
    edited = SPORTS_PACK | {"id": "almaty_2040_edit", "parent": "almaty_2040", "services": {}}
    (tmp_path / "edit.yaml").write_text(yaml.safe_dump(edited), encoding="utf-8")
    other = load_pack("almaty_2040_edit", extra_dirs=[tmp_path])
    assert other.content_hash != pack.content_hash
    changed = pack_changes(check.tables(), {pack.id: other})
    assert len(changed) == 1
    assert pack.content_hash[:12] in changed[0]
    assert other.content_hash[:12] in changed[0]
    path = write_deficit_report(tmp_path / "r.xlsx", check.tables(), language="en", packs={pack.id: other})
    summary = [c for row in load_workbook(path)["Summary"].iter_rows(values_only=True) for c in row if c]
    assert changed[0] in summary
    assert "not installed" in pack_changes(check.tables(), {})[0]


def test_a_service_added_to_a_pack_is_checked_and_reported(setup: CheckSetup, tmp_path: Path) -> None:
    """sports_hall (places, 8 per 1000, 1,500 m) in a user pack: offered, computed and reported by its title."""
    pack = load_pack("user_sports", extra_dirs=[sports_pack_dir(tmp_path)])
    assert "sports_hall" in definitions.facility_services(pack)
    assert definitions.service_label("sports_hall", pack, "en") == "Sports hall (places)"
    halls = gpd.GeoDataFrame({"places": [60]}, geometry=[Point(500, 500)], crs=CRS)
    args = {"population_field": "population", "capacity_field": "places"}
    balance = compute_provision(setup.units, halls, pack, "sports_hall", **args)
    # 8 places per 1000: 80 and 40 places; 60 places in unit a
    assert balance.units["demand"].tolist() == pytest.approx([80.0, 40.0])
    assert balance.units["deficit"].tolist() == pytest.approx([20.0, 40.0])
    reach = compute_provision(setup.units, halls, pack, "sports_hall", "catchment", **args)
    # b's point (1,500 m, 500 m) is 1,000 m from the hall: within the pack's 1,500 m
    assert reach.units["uncovered_pop"].tolist() == pytest.approx([0.0, 0.0])
    rows = used_norm_rows([reach.units])
    assert {(r["key"], r["value"]) for r in rows} == {("demand_rate", 8), ("radius_m", 1500)}
    assert [r["unverified"] for r in rows if r["key"] == "radius_m"] == [True]
    path = write_deficit_report(tmp_path / "s.xlsx", [balance.units], language="ru", packs={pack.id: pack})
    book = load_workbook(path)
    assert "Спортивный зал" in book.sheetnames
    header = next(book["Спортивный зал"].iter_rows(values_only=True))
    assert "Дефицит, места" in header


def test_packs_are_read_once_and_again_when_a_file_changes(tmp_path: Path) -> None:
    """available_packs and load_pack give the same pack objects until a pack file is added or changed,
    a pack is saved, or refresh_packs() is called (the Processing provider's refresh)."""
    from almaty_planner.core.norms import available_packs, refresh_packs, save_pack

    folder = sports_pack_dir(tmp_path)
    first = available_packs([folder]).packs
    again = available_packs([folder]).packs
    assert first["almaty_2040"] is again["almaty_2040"]
    assert load_pack("user_sports", [folder]) is first["user_sports"]
    changed = dict(SPORTS_PACK, edition="test-2 (edited)")
    (folder / "user_sports.yaml").write_text(yaml.safe_dump(changed, allow_unicode=True), encoding="utf-8")
    after = available_packs([folder]).packs
    assert after["user_sports"].edition == "test-2 (edited)"
    assert load_pack("user_sports", [folder]).edition == "test-2 (edited)"
    refresh_packs()
    assert available_packs([folder]).packs["almaty_2040"] is not first["almaty_2040"]
    save_pack(after["user_sports"], "user_sports_copy", folder=folder)
    assert "user_sports_copy" in available_packs([folder]).packs


def test_every_method_has_one_function_and_one_label() -> None:
    """The engine's table of method functions, the Processing choices and the labels cover the same methods."""
    from almaty_planner.core.provision import METHOD_FUNCTIONS

    assert tuple(METHOD_FUNCTIONS) == definitions.METHODS
    labels = {definitions.method_label(m, "ru") for m in definitions.METHODS}
    assert len(labels) == len(definitions.METHODS)
    assert not labels & set(definitions.METHODS)  # every method has words, not its id
