"""The demo GeoPackage: calibrated totals, exact populations, labelling of real and synthetic records."""

from __future__ import annotations

import csv
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.ops import unary_union

from almaty_planner.core.dasymetric import largest_remainder
from almaty_planner.core.demo_data import exact_sizes, pick_exact
from almaty_planner.core.errors import InputError

REPO = Path(__file__).resolve().parents[2]
GPKG = REPO / "resources" / "demo" / "almaty_demo.gpkg"
CSV = REPO / "data" / "source" / "district_population_official.csv"
LAYERS = ("districts", "microdistricts", "buildings", "schools", "kindergartens", "polyclinics", "hospitals")
LAYERS += ("parks", "roads")
OUTSKIRTS = {3072216, 3390291, 3072217, 5460063, 3072001}
OSM_TO_CSV = {
    3072216: "Alatau",
    3072807: "Almaly",
    3072808: "Auezov",
    3390291: "Bostandyk",
    3072130: "Zhetysu",
    3072217: "Medeu",
    5460063: "Nauryzbay",
    3072001: "Turksib",
}


@pytest.fixture(scope="module")
def demo() -> dict[str, gpd.GeoDataFrame]:
    """Every layer of the demo GeoPackage."""
    return {name: gpd.read_file(GPKG, layer=name) for name in LAYERS}


def _ints(s: pd.Series) -> np.ndarray:
    return s.to_numpy(dtype=np.int64)


# --- helpers ------------------------------------------------------------------------------------
def test_largest_remainder_by_hand() -> None:
    # 10 split 1:1:1 -> 3.33 each; the first remainder (ties by position) gets the extra unit
    assert largest_remainder([1, 1, 1], 10).tolist() == [4, 3, 3]
    # 7 split 0.5:0.3:0.2 -> 3.5, 2.1, 1.4 -> floors 3, 2, 1; largest remainder 0.5 gets the last unit
    assert largest_remainder([5, 3, 2], 7).tolist() == [4, 2, 1]
    assert largest_remainder([0, 0], 3).sum() == 3
    with pytest.raises(InputError):
        largest_remainder([1, -1], 3)


def test_pick_exact_takes_in_order_and_swaps() -> None:
    # in order: 9 fits (rest 5), 7 does not, 5 fits -> exact
    assert pick_exact([9, 7, 5], 14).tolist() == [True, False, True]
    # 3 fits (rest 7), 10 does not; swapping the 3 for the 10 closes the gap
    assert pick_exact([3, 10], 10).tolist() == [False, True]
    # order is respected: the farthest (listed first) are taken first
    assert pick_exact([4, 4, 4], 8, order=[2, 1, 0]).tolist() == [False, True, True]
    assert pick_exact([4, 4, 4], 8).tolist() == [True, True, False]
    with pytest.raises(InputError):
        pick_exact([4, 4, 4], 5)


def test_exact_sizes_reaches_target_with_standard_steps() -> None:
    out = exact_sizes([500, 500, 300], 1100, [(500, 300), (300, 200)])
    assert out.sum() == 1100
    assert set(out.tolist()) <= {200, 300, 500}


# --- the GeoPackage -----------------------------------------------------------------------------
def test_layers_and_crs(demo) -> None:
    for name, gdf in demo.items():
        assert len(gdf) > 0, name
        assert gdf.crs.to_epsg() == 32643, name
    assert GPKG.stat().st_size < 8_000_000


def test_districts_equal_official_csv(demo) -> None:
    d = demo["districts"]
    with CSV.open(encoding="utf-8") as fh:
        official = {
            r["district_name"]: (int(r["official_population"]), r["source_precision"]) for r in csv.DictReader(fh)
        }
    assert len(d) == 8
    for r in d.itertuples():
        name = OSM_TO_CSV[int(r.osm_id)]
        assert (int(r.population), r.population_precision) == official[name]
        assert r.tier == 1
        assert r.status == "city_republican"
        assert r.name_ru
        assert r.name_kk
        assert r.name_en == name


def test_buildings_residents_sum_to_district_population(demo) -> None:
    b, d = demo["buildings"], demo["districts"]
    assert (b["residents"] >= 0).all()
    assert np.array_equal(b["residents"].to_numpy(), np.round(b["residents"].to_numpy()))
    per = b.groupby("district_osm_id")["residents"].sum()
    for r in d.itertuples():
        assert int(per[int(r.osm_id)]) == int(r.population)
    # every building lies in the district it names (its representative point)
    pts = gpd.GeoDataFrame(b[["district_osm_id"]], geometry=b.geometry.representative_point(), crs=b.crs)
    j = gpd.sjoin(pts, d[["osm_id", "geometry"]], predicate="within")
    inside = j.groupby(level=0).apply(lambda g: (g["district_osm_id"] == g["osm_id"]).any())
    assert inside.reindex(b.index, fill_value=False).mean() > 0.999


def test_microdistricts_population_is_sum_of_buildings(demo) -> None:
    b, u = demo["buildings"], demo["microdistricts"]
    assert u["unit_id"].is_unique
    per = b.groupby("unit_id")["residents"].sum()
    assert np.array_equal(_ints(u.set_index("unit_id")["population"].sort_index()), _ints(per[per > 0].sort_index()))
    assert set(u["development"]) == {"multi_storey", "low_rise"}
    assert u["name"].str.match(r"^[А-Яа-яЁё]+-\d{2,}$").all()
    assert u["name"].is_unique
    # a unit sits in its district: its name starts with the district's short name, its area <= 1 km2
    assert (u.area <= 1_000_000 + 1).all()


def test_sewer_and_water_gaps_exact_and_only_in_outskirts(demo) -> None:
    b = demo["buildings"]
    no_sewer = b["sewer_connected"] == 0
    no_water = b["water_connected"] == 0
    assert int(b.loc[no_sewer, "residents"].sum()) == 286_000
    assert int(b.loc[no_water, "residents"].sum()) == 30_000
    assert set(b.loc[no_sewer | no_water, "district_osm_id"].astype(int)) <= OUTSKIRTS
    assert (b.loc[no_sewer, "development"] == "low_rise").all()
    assert (b.loc[no_sewer | no_water, "network_reason"].str.len() > 0).all()
    assert set(b["sewer_connected"]) <= {0, 1}
    assert set(b["water_connected"]) <= {0, 1}


def _check_labels(gdf: gpd.GeoDataFrame, name: str) -> None:
    syn = gdf["synthetic"].astype(int)
    assert set(syn) <= {0, 1}, name
    real = gdf[syn == 0]
    made = gdf[syn == 1]
    assert real["osm_id"].notna().all(), name
    assert (real["osm_id"].astype(np.int64) > 0).all(), name
    assert made["osm_id"].isna().all(), name
    assert made["synthetic_reason"].fillna("").str.strip().str.len().gt(0).all(), name
    assert real["synthetic_reason"].fillna("").eq("").all(), name


@pytest.mark.parametrize("name", ["buildings", "schools", "kindergartens", "polyclinics", "hospitals", "parks"])
def test_real_and_synthetic_are_labelled(demo, name) -> None:
    _check_labels(demo[name], name)


def test_roads_are_real_osm(demo) -> None:
    r = demo["roads"]
    assert r["osm_id"].notna().all()
    assert r["osm_id"].is_unique
    assert r["highway"].notna().all()
    assert set(r.geom_type) <= {"LineString", "MultiLineString"}


def test_schools_calibrated(demo) -> None:
    s = demo["schools"]
    ex = s[s["status"] == "existing"]
    assert len(ex) == 301
    assert (ex["ownership"] == "public").sum() == 210
    assert (ex["ownership"] == "private").sum() == 91
    assert int(ex["capacity"].sum()) == 300_000
    assert int(ex["enrolled"].sum()) == 320_000
    over = (ex["enrolled"] > ex["capacity"]) & (ex["ownership"] == "public")
    assert int(over.sum()) == 37
    assert not ((ex["enrolled"] > ex["capacity"]) & (ex["ownership"] == "private")).any()
    planned = s[s["status"] != "existing"]
    assert set(planned["status"]) <= {"under_construction", "planned"}
    assert planned["year"].between(2025, 2027).all()
    assert (s["capacity_source"].str.startswith("synthetic")).all()
    assert s["facility_id"].is_unique


def test_kindergartens_polyclinics_hospitals(demo) -> None:
    k, p, h = demo["kindergartens"], demo["polyclinics"], demo["hospitals"]
    assert len(k) == 866
    assert int(k["capacity"].sum()) == 75_500
    assert (k["ownership"] == "state").sum() == 192
    assert set(p["capacity"].astype(int)) <= {200, 300, 500}
    assert int(p["capacity"].sum()) == 33_000
    assert (h["synthetic"] == 0).all()
    assert int(h["beds"].sum()) == 24_000
    assert 3072216 not in set(h["district_osm_id"].astype(int))  # Alatau has no hospital (DOMAIN.md)


def test_parks_calibrated(demo) -> None:
    g = demo["parks"]
    assert len(g) == 211
    assert abs(g.area.sum() / 1e4 - 631.2) < 0.05
    counts = g["category"].value_counts().to_dict()
    expected = {"park": 12, "square": 124, "boulevard": 21, "embankment": 10, "green_zone": 13}
    expected["pedestrian_zone"] = 31
    assert counts == expected
    assert (g["public"] == 1).all()
    made = g[g["synthetic"] == 1]
    # synthetic parks never overlap each other, real parks or buildings
    others = pd.concat([g[g["synthetic"] == 0].geometry, demo["buildings"].geometry], ignore_index=True)
    others = gpd.GeoDataFrame(geometry=others, crs=g.crs)
    hits = gpd.sjoin(made[["geometry"]], others, predicate="intersects")
    assert hits.empty
    pairs = gpd.sjoin(made[["geometry"]], made[["geometry"]], predicate="intersects")
    assert (pairs.index == pairs["index_right"]).all()


def test_facilities_inside_city_and_apart(demo) -> None:
    city = unary_union(list(demo["districts"].geometry))
    pts = pd.concat([demo[n].geometry for n in ("schools", "kindergartens", "polyclinics")], ignore_index=True)
    syn = pd.concat([demo[n]["synthetic"] for n in ("schools", "kindergartens", "polyclinics")], ignore_index=True)
    assert pts.within(city).all()
    xy = np.column_stack([pts.x, pts.y])[syn.to_numpy() == 1]
    from scipy.spatial import cKDTree

    d, _ = cKDTree(xy).query(xy, k=2)
    assert d[:, 1].min() >= 89.0  # synthetic facilities are never on top of each other


def test_outskirts_have_fewer_school_places_per_resident(demo) -> None:
    s, d = demo["schools"], demo["districts"]
    ex = s[s["status"] == "existing"]
    places = ex.groupby("district_osm_id")["capacity"].sum()
    per = {int(r.osm_id): places.get(r.osm_id, 0) / r.population for r in d.itertuples()}
    assert per[3072216] < per[3072807]
    assert per[5460063] < per[3072807]


def test_district_status_gives_tier_1_under_the_srs_rules() -> None:
    """The districts' status is one the SRS tier rules know, and it gives their tier field's value."""
    from almaty_planner.core.norms import load_pack
    from almaty_planner.core.tiers import assign_tiers

    districts = gpd.read_file(GPKG, layer="districts")
    tiers = assign_tiers(districts, load_pack("almaty_2040"), status_field="status")
    assert tiers.tolist() == districts["tier"].tolist() == [1] * 8


def test_settlements_around_almaty_are_labelled() -> None:
    """The 23 OSM place nodes with synthetic, labelled populations and tiers; objects real or labelled."""
    s = gpd.read_file(GPKG, layer="settlements")
    o = gpd.read_file(GPKG, layer="settlement_objects")
    assert len(s) == 23
    assert {"Каскелен", "Чемолган (Chemolgan)", "пос. Байсерке", "Отеген батыр", "Покровка"} <= set(s["name"])
    assert (s["synthetic"] == 1).all()
    assert s["synthetic_reason"].str.contains("population").all()
    assert s["settlement_id"].is_unique
    assert set(s["tier"]) <= {3, 4, 5}
    # the tier follows the stated rule: town 3, else 5,000 residents or more 4, else 5
    expected = np.where(s["place"] == "town", 3, np.where(s["population"] >= 5000, 4, 5))
    assert (s["tier"].to_numpy() == expected).all()
    assert s["water_supply"].isna().any()  # some attributes are left empty on purpose (no data)
    real = o[o["synthetic"] == 0]
    assert real["osm_id"].notna().all()
    assert len(real) > 0
    made = o[o["synthetic"] == 1]
    assert made["osm_id"].isna().all()
    assert made["synthetic_reason"].str.startswith("made up").all()
    assert set(o["settlement_id"]) <= set(s["settlement_id"])
    from almaty_planner.core.norms import load_pack
    from almaty_planner.core.standards import standards_of

    assert set(o["kind"]) <= set(standards_of(load_pack("kz_srs")).kinds)
