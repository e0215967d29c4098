"""Sewerage and water gap: the city's published totals come back, and small hand-computed cases."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

from almaty_planner.core.definitions import norm_key_words
from almaty_planner.core.engineering import compute_engineering_gap, parse_flags
from almaty_planner.core.errors import InputError, NormPackError

UTM = "EPSG:32643"
X0, Y0 = 600_000.0, 4_770_000.0
TARGET = {"target_connected_pct": 100.0}
# District area (km2) x density 2022 (per km2), DOMAIN.md section 4: the weights used to spread the
# city's residents over the districts. The split of the unconnected residents among the five outskirt
# districts is MADE UP for the test; only the city totals are published.
WEIGHTS = {
    "Almaly": 18.4 * 12134.7,
    "Alatau": 104.7 * 3035.6,
    "Auezov": 23.5 * 13226.4,
    "Bostandyk": 97.3 * 3745.5,
    "Zhetysu": 39.4 * 4400.0,
    "Medeu": 255.0 * 878.8,
    "Nauryzbay": 69.7 * 2354.2,
    "Turksib": 75.5 * 3271.1,
}
NO_SEWER = {"Alatau": 90_000, "Bostandyk": 40_000, "Medeu": 50_000, "Nauryzbay": 70_000, "Turksib": 36_000}
NO_WATER = {"Alatau": 8_000, "Bostandyk": 4_000, "Medeu": 6_000, "Nauryzbay": 9_000, "Turksib": 3_000}


def spread(total: int) -> dict[str, int]:
    """Whole residents per district in proportion to WEIGHTS, summing exactly to ``total``."""
    w = np.array(list(WEIGHTS.values()))
    raw = total * w / w.sum()
    whole = np.floor(raw).astype(int)
    for i in np.argsort(-(raw - whole))[: total - whole.sum()]:
        whole[i] += 1
    return dict(zip(WEIGHTS, whole.tolist()))


def city(total: int = 2_161_797) -> gpd.GeoDataFrame:
    """Eight 10 km square districts in a row with residents and connected counts."""
    pop = spread(total)
    names = list(WEIGHTS)
    return gpd.GeoDataFrame(
        {
            "district": names,
            "pop": [pop[n] for n in names],
            "sewer_conn": [pop[n] - NO_SEWER.get(n, 0) for n in names],
            "water_conn": [pop[n] - NO_WATER.get(n, 0) for n in names],
        },
        geometry=[box(X0 + i * 10_000, Y0, X0 + (i + 1) * 10_000, Y0 + 10_000) for i in range(8)],
        crs=UTM,
    )


def test_city_totals_come_back_from_unit_counts() -> None:
    """2,161,797 residents; 286,000 without sewerage; 30,000 without water; only the 5 outskirts fail."""
    units = city()
    assert units["pop"].sum() == 2_161_797
    res = compute_engineering_gap(
        units,
        TARGET,
        population_field="pop",
        unit_id_field="district",
        sewer_field="sewer_conn",
        water_field="water_conn",
        sewer_mode="count",
        water_mode="count",
    )
    t = res.totals
    assert t["population"] == 2_161_797
    assert t["pop_without_sewer"] == 286_000
    assert t["pop_without_water"] == 30_000
    assert t["sanitation_gap_pct"] == pytest.approx(100 * 286_000 / 2_161_797)
    assert t["water_gap_pct"] == pytest.approx(100 * 30_000 / 2_161_797)
    failing = set(res.units.loc[res.units.meets_norm == False, "district"])  # noqa: E712
    assert failing == {"Alatau", "Bostandyk", "Medeu", "Nauryzbay", "Turksib"}
    alatau = res.units.set_index("district").loc["Alatau"]
    assert alatau.pop_without_sewer == 90_000
    assert alatau.sanitation_gap_pct == pytest.approx(100 * 90_000 / spread(2_161_797)["Alatau"])
    assert t["meets_norm"] is False
    assert set(res.units.service) == {"engineering_gap"}


def test_published_percentages_come_back_on_their_own_base() -> None:
    """14.3% and 1.5% are 286,000 and 30,000 of 2,000,000 residents (the base the plan's shares imply)."""
    res = compute_engineering_gap(
        city(2_000_000),
        TARGET,
        population_field="pop",
        sewer_field="sewer_conn",
        water_field="water_conn",
        sewer_mode="count",
        water_mode="count",
    )
    assert round(res.totals["sanitation_gap_pct"], 1) == 14.3
    assert round(res.totals["water_gap_pct"], 1) == 1.5
    assert res.totals["sanitation_gap_pct"] == pytest.approx(14.3)
    assert res.totals["water_gap_pct"] == pytest.approx(1.5)


def city_buildings(units: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Two buildings per district: the unconnected residents in one, the rest in the other."""
    rows = []
    for i, row in enumerate(units.itertuples()):
        x = X0 + i * 10_000
        no_sewer = NO_SEWER.get(row.district, 0)
        rows.append((f"{row.district}-1", row.pop - no_sewer, "да", Point(x + 2_000, Y0 + 5_000)))
        if no_sewer:
            rows.append((f"{row.district}-2", no_sewer, "нет", Point(x + 8_000, Y0 + 5_000)))
    bid, res, flag, geom = zip(*rows)
    return gpd.GeoDataFrame({"bid": bid, "residents": res, "sewer": flag}, geometry=list(geom), crs=UTM)


def test_city_totals_from_building_flags_and_from_mains() -> None:
    """Building flags (да/нет) and a main 100 m from the connected buildings give the same 286,000."""
    units = city()
    buildings = city_buildings(units)
    by_flag = compute_engineering_gap(
        units,
        TARGET,
        population_field="pop",
        unit_id_field="district",
        buildings=buildings,
        building_id_field="bid",
        residents_field="residents",
        sewer_field="sewer",
    )
    assert by_flag.totals["population"] == 2_161_797
    assert by_flag.totals["pop_without_sewer"] == 286_000
    assert by_flag.units.water_gap_pct.isna().all()
    # the connected buildings sit at x+2 km, the unconnected at x+8 km; a spur reaches only x+0..3 km
    spurs = [LineString([(X0 + i * 10_000, Y0 + 5_100), (X0 + i * 10_000 + 3_000, Y0 + 5_100)]) for i in range(8)]
    main = gpd.GeoDataFrame(geometry=spurs, crs=UTM)
    by_mains = compute_engineering_gap(
        units,
        TARGET,
        population_field="pop",
        buildings=buildings,
        residents_field="residents",
        sewer_mains=main,
        connection_distance_m=100,
    )
    assert by_mains.totals["pop_without_sewer"] == 286_000
    assert by_mains.totals["sanitation_gap_pct"] == pytest.approx(100 * 286_000 / 2_161_797)


def small_units() -> gpd.GeoDataFrame:
    """Two 1 km squares, U1 and U2."""
    return gpd.GeoDataFrame(
        {"uid": ["U1", "U2"], "pop": [100, 0]},
        geometry=[box(X0, Y0, X0 + 1000, Y0 + 1000), box(X0 + 1000, Y0, X0 + 2000, Y0 + 1000)],
        crs=UTM,
    )


def test_connection_distance_is_exact() -> None:
    """A building 50 m from the main is connectable with 50 m, one at 50.5 m is not; U2 has no residents."""
    main = gpd.GeoDataFrame(geometry=[LineString([(X0, Y0 + 500), (X0 + 600, Y0 + 500)])], crs=UTM)
    b = gpd.GeoDataFrame(
        {"residents": [30, 50, 20]},
        geometry=[Point(X0 + 300, Y0 + 550), Point(X0 + 333, Y0 + 449.5), Point(X0 + 640, Y0 + 530)],
        crs=UTM,
    )
    res = compute_engineering_gap(
        small_units(), TARGET, buildings=b, residents_field="residents", water_mains=main, connection_distance_m=50
    )
    u1, u2 = res.units.iloc[0], res.units.iloc[1]
    assert u1.population == 100
    # 30 at 50 m (connected), 50 at 50.5 m (not), 20 at 40/30 m off the end (600, 500) = 50 m (connected)
    assert u1.pop_without_water == 50
    assert u1.water_gap_pct == pytest.approx(50.0)
    assert u2.population == 0
    assert pd.isna(u2.water_gap_pct)
    assert u2.meets_norm is None


@pytest.mark.parametrize(
    ("mode", "values", "without"),
    [("share", [0.75, 0.5], 25), ("percent", [75, 50], 25), ("count", [75, 0], 25), ("flag", ["yes", "No"], 0)],
)
def test_unit_attribute_modes(mode: str, values: list, without: float) -> None:
    """Share 0..1, percent 0..100, count of connected residents, and yes/no flags on the units."""
    units = small_units().assign(sew=values)
    res = compute_engineering_gap(units, TARGET, population_field="pop", sewer_field="sew", sewer_mode=mode)
    assert res.units.iloc[0].pop_without_sewer == pytest.approx(without)
    assert res.units.iloc[0].sanitation_gap_pct == pytest.approx(without)  # 100 residents
    assert res.units.iloc[0].sewer_meets_norm is (without == 0)


@pytest.mark.parametrize(
    ("mode", "values", "match"),
    [
        ("share", [75, 0.5], "between 0 and 1"),
        ("percent", [175, 0], "between 0 and 100"),
        ("count", [101, 0], "more connected"),
        ("flag", ["yes", "maybe"], "maybe"),
        ("flag", ["yes", None], "no value"),
        ("share", [-0.1, 0], "negative"),
    ],
)
def test_bad_connection_values_are_refused(mode: str, values: list, match: str) -> None:
    """Out-of-range shares, too many connected, unknown flags and nulls name the field and feature."""
    units = small_units().assign(sew=values)
    with pytest.raises(InputError, match=match) as err:
        compute_engineering_gap(
            units, TARGET, population_field="pop", unit_id_field="uid", sewer_field="sew", sewer_mode=mode
        )
    assert err.value.field == "sew"
    assert "U" in str(err.value)


def test_parse_flags_words() -> None:
    """Russian, Kazakh and English words and numbers are understood."""
    s = pd.Series(["Да", "нет", "иә", "жоқ", 1, 0, True, "FALSE"])
    assert parse_flags(s, "b", "f", s).tolist() == [True, False, True, False, True, False, True, False]


def test_missing_inputs_are_clear() -> None:
    """No distance for mains, a field and mains together, nothing to check: each says what is wrong."""
    b = gpd.GeoDataFrame({"residents": [1]}, geometry=[Point(X0 + 1, Y0 + 1)], crs=UTM)
    main = gpd.GeoDataFrame(geometry=[LineString([(X0, Y0), (X0 + 10, Y0)])], crs=UTM)
    with pytest.raises(NormPackError, match="connection_distance_m"):
        compute_engineering_gap(small_units(), TARGET, buildings=b, residents_field="residents", sewer_mains=main)
    with pytest.raises(InputError, match="not both"):
        compute_engineering_gap(
            small_units(), TARGET, buildings=b, residents_field="residents", sewer_mains=main, sewer_field="x"
        )
    with pytest.raises(InputError, match="sewer or water"):
        compute_engineering_gap(small_units(), TARGET, population_field="pop")
    with pytest.raises(NormPackError, match="target_connected_pct"):
        compute_engineering_gap(small_units().assign(s=1), {}, population_field="pop", sewer_field="s")


def test_input_is_not_modified_and_geographic_crs_works() -> None:
    """Inputs in WGS 84 are projected (the distance check still holds); the frames are untouched."""
    main = gpd.GeoDataFrame(geometry=[LineString([(X0, Y0 + 500), (X0 + 1000, Y0 + 500)])], crs=UTM)
    b = gpd.GeoDataFrame(
        {"residents": [30, 70]}, geometry=[Point(X0 + 300, Y0 + 540), Point(X0 + 300, Y0 + 300)], crs=UTM
    )
    units = small_units().to_crs(4326)
    b4326, m4326 = b.to_crs(4326), main.to_crs(4326)
    before = b4326.copy()
    res = compute_engineering_gap(
        units, TARGET, buildings=b4326, residents_field="residents", sewer_mains=m4326, connection_distance_m=60
    )
    assert res.units.iloc[0].pop_without_sewer == 70
    assert any("geographic" in w for w in res.warnings)
    pd.testing.assert_frame_equal(pd.DataFrame(b4326), pd.DataFrame(before))


@dataclass
class FakeValue:
    """Stands in for a SourcedValue."""

    value: float
    is_unverified: bool = True


class FakePack:
    """A pack whose sewerage target is unverified and that has no water_supply service."""

    id, edition, content_hash = "fake", "1", "h"

    def service(self, sid: str) -> object:
        """sewerage exists; nothing else."""
        if sid != "sewerage":
            raise NormPackError("absent", key=sid)
        return type("S", (), {"value": lambda self, key, tier=None, development=None: FakeValue(100.0)})()


def test_unverified_target_is_stamped() -> None:
    """The unverified 100% target shows in norm_unverified and the warnings."""
    units = small_units().assign(s=[1, 1])
    res = compute_engineering_gap(units, FakePack(), population_field="pop", sewer_field="s")
    assert set(res.units.norm_unverified) == {"target_connected_pct"}
    assert any(f'"{norm_key_words("target_connected_pct")}"' in w for w in res.warnings)  # in words
    assert res.units.iloc[0].sewer_meets_norm is True


def test_with_the_almaty_2040_pack() -> None:
    """The pack's 100% targets are unverified: stamped and warned; the water service is found as 'water'."""
    from almaty_planner.core.norms import load_pack

    pack = load_pack("almaty_2040")
    res = compute_engineering_gap(
        city(),
        pack,
        population_field="pop",
        sewer_field="sewer_conn",
        water_field="water_conn",
        sewer_mode="count",
        water_mode="count",
    )
    assert res.totals["pop_without_sewer"] == 286_000
    assert res.totals["pop_without_water"] == 30_000
    assert set(res.units.norm_unverified) == {"target_connected_pct"}
    assert set(res.units.norm_pack) == {"almaty_2040"}
    assert any(f'"{norm_key_words("target_connected_pct")}"' in w for w in res.warnings)  # in words
    assert res.norms_used["sewerage.target_connected_pct"].value == 100
    assert res.norms_used["sewerage.target_connected_pct"].unverified
    b = gpd.GeoDataFrame({"residents": [1]}, geometry=[Point(X0 + 1, Y0 + 1)], crs=UTM)
    main = gpd.GeoDataFrame(geometry=[LineString([(X0, Y0), (X0 + 10, Y0)])], crs=UTM)
    with pytest.raises(NormPackError, match="connection_distance_m"):
        compute_engineering_gap(city(), pack, buildings=b, residents_field="residents", sewer_mains=main)
