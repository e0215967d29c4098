"""Build resources/demo/almaty_demo.gpkg from the Almaty source data in data/source (OpenStreetMap + official figures).

Run: ``.venv/bin/python scripts/build_demo_data.py [--source DIR] [--out FILE]``.
Deterministic: fixed random seed, inputs sorted by id. What is real and what is synthetic, and how the
synthetic part was calibrated, is written in resources/demo/README.md.
"""

from __future__ import annotations

import argparse
import logging
import math
import re
import sqlite3
import sys
from pathlib import Path

import fiona
import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.spatial import cKDTree
from shapely.geometry import Point, Polygon, box, shape
from shapely.ops import unary_union

REPO = Path(__file__).resolve().parents[1]
SOURCE_DIR = REPO / "data" / "source"  # the OpenStreetMap extract, districts and official populations
sys.path.insert(0, str(REPO))

from almaty_planner.core.dasymetric import largest_remainder  # noqa: E402
from almaty_planner.core.demo_data import exact_sizes, grid_nodes, pick_exact  # noqa: E402
from almaty_planner.core.errors import InputError  # noqa: E402
from almaty_planner.core.geo import ALMATY_UTM_EPSG  # noqa: E402
from almaty_planner.core.i18n import tr  # noqa: E402

log = logging.getLogger("build_demo_data")

SEED = 20230101
CRS = f"EPSG:{ALMATY_UTM_EPSG}"
CELL_M = 1000.0  # microdistrict grid cell
SITE_M = 90.0  # grid of candidate sites for synthetic objects

# --- published figures (DOMAIN.md section 4) the synthetic part is calibrated to -------------------
SCHOOLS_TOTAL, SCHOOLS_PUBLIC, SCHOOLS_PRIVATE = 301, 210, 91
SCHOOL_PLACES, PUPILS, OVERLOADED_PUBLIC = 300_000, 320_000, 37
KINDERGARTENS_TOTAL, KINDERGARTENS_STATE, KINDERGARTEN_PLACES = 866, 192, 75_500
PARKS_TOTAL, PARKS_HA = 211, 631.2
PARK_CATEGORIES = {
    "park": 12,
    "square": 124,
    "boulevard": 21,
    "embankment": 10,
    "green_zone": 13,
    "pedestrian_zone": 31,
}
NO_SEWER, NO_WATER = 286_000, 30_000
OUTSKIRTS = (3072216, 3390291, 3072217, 5460063, 3072001)  # Alatau, Bostandyk, Medeu, Nauryzbay, Turksib
HOUSING_M2 = {  # housing floor area per resident 2022 (m2), DOMAIN.md section 4
    3072807: 27.1,
    3072216: 40.2,
    3072808: 24.9,
    3390291: 29.4,
    3072130: 24.2,
    3072217: 33.3,
    5460063: 36.4,
    3072001: 24.5,
}
# --- assumptions of this demo (not published figures; stated in the README) -----------------------
POLYCLINIC_VISITS_TOTAL = 33_000  # visits per shift, city total (assumption)
POLYCLINIC_SIZES = (200, 300, 500)  # the sizes Almaty builds (DOMAIN.md)
HOSPITAL_BEDS_TOTAL = 24_000  # beds, city total (assumption)
LOW_RISE_SHARE = {  # share of the missing housing floor area that is made up as low-rise (assumption)
    3072807: 0.0,
    3072808: 0.1,
    3072130: 0.25,
    3390291: 0.5,
    3072217: 0.5,
    3072001: 0.45,
    3072216: 0.6,
    5460063: 0.65,
}
SUPPLY_FACTOR = {  # relative supply of schools/kindergartens/polyclinics per resident (assumption)
    3072807: 1.35,
    3072808: 1.1,
    3390291: 1.1,
    3072217: 1.2,
    3072130: 1.0,
    3072001: 0.85,
    3072216: 0.65,
    5460063: 0.65,
}
MULTI = {"side": 30.0, "levels": 9, "min": 24.0, "max": 36.0}  # synthetic 9-storey building, 24-36 m square
LOW = {"side": 70.0, "levels": 1, "min": 60.0, "max": 80.0}  # synthetic block of ~30 private houses, one square
NON_RESIDENTIAL = {
    "school",
    "hospital",
    "office",
    "store",
    "hangar",
    "shelter",
    "garage",
    "garages",
    "industrial",
    "commercial",
    "retail",
    "warehouse",
    "church",
    "mosque",
    "public",
    "university",
    "kindergarten",
}
POLYCLINIC_RE = re.compile(r"поликлин|емхана|амбулатор|консультац|медицинский центр|медецинский центр", re.I)

DISTRICT_KEYS = {  # OSM relation id -> name in district_population_official.csv, short Russian name
    3072216: ("Alatau", "Алатау"),
    3072807: ("Almaly", "Алмалы"),
    3072808: ("Auezov", "Ауэзов"),
    3390291: ("Bostandyk", "Бостандык"),
    3072130: ("Zhetysu", "Жетысу"),
    3072217: ("Medeu", "Медеу"),
    5460063: ("Nauryzbay", "Наурызбай"),
    3072001: ("Turksib", "Турксиб"),
}

REASON = {  # short texts (they repeat on every record); the README explains each in full
    "building_missing": "synthetic: district lacks OSM 2013 footprints (see README)",
    "school": "synthetic: completes {n} OSM schools to 301 (published)",
    "school_planned": "synthetic: planned school, typical 1,200 places",
    "kindergarten": "synthetic: completes {n} OSM kindergartens to 866 (published)",
    "polyclinic": "synthetic: completes {n} OSM polyclinics to {total} visits/shift (assumed)",
    "park": "synthetic: completes {n} OSM parks to 211 / 631.2 ha (published)",
    "candidate_site": "synthetic: candidate plot for a new facility on land free of buildings (not a real plot)",
}
CANDIDATE_SITES = 400  # synthetic candidate plots for the placement (where to build): an assumption
CANDIDATE_HA = (1.5, 4.0)  # plot sizes, ha: some too small for a 1,200-place school (2.28 ha by SP RK)
CAPACITY_SOURCE = {
    "school": "synthetic: typical sizes scaled to 300,000 places (published ~300k)",
    "kindergarten": "synthetic: typical sizes scaled to 75,500 places (published)",
    "polyclinic": "synthetic: 200/300/500 visits/shift, total 33,000 assumed",
    "hospital": "synthetic: beds, total 24,000 assumed",
}


def _geom_ok(geom):
    """A shapely geometry from a fiona record, or None when it cannot be built."""
    try:
        g = shape(geom)
    except (ValueError, TypeError, AttributeError):
        return None
    return g if not g.is_empty else None


def read_osm(path: Path, layer: str) -> gpd.GeoDataFrame:
    """Read one layer of the .osm.pbf with fiona's OSM driver, skipping broken geometries."""
    fiona.supported_drivers.setdefault("OSM", "r")
    rows, geoms = [], []
    with fiona.open(str(path), layer=layer) as src:
        for feat in src:
            g = _geom_ok(feat["geometry"])
            if g is None:
                continue
            rows.append(dict(feat["properties"]))
            geoms.append(g)
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


def find_source(arg: str | None) -> Path:
    """The source data folder: --source, else <repo>/data/source (shipped with the repository)."""
    src = Path(arg) if arg else SOURCE_DIR
    needed = [
        "districts_osm2017.geojson",
        "city_osm2017.geojson",
        "osm2013_almaty.osm.pbf",
        "osm2013_facilities_points.geojson",
        "osm2013_facilities_polygons.geojson",
        "district_population_official.csv",
    ]
    for name in needed:
        if not (src / name).is_file():
            raise InputError(tr("source file not found: {path}").format(path=src / name), layer=name)
    return src


# ------------------------------------------------------------------------------------------------
def build_districts(src: Path) -> gpd.GeoDataFrame:
    """The 8 districts with official population, names in three languages and tier."""
    d = gpd.read_file(src / "districts_osm2017.geojson").to_crs(CRS)
    d["osm_id"] = d["osm-relation-id"].astype(np.int64)
    csv = pd.read_csv(src / "district_population_official.csv")
    rows = []
    for osm_id, (csv_name, _short) in sorted(DISTRICT_KEYS.items()):
        match = csv[csv["district_name"] == csv_name]
        if len(match) != 1:
            raise InputError(
                tr("district {name} not found once in the population table").format(name=csv_name),
                layer="district_population_official.csv",
                field="district_name",
            )
        rec = match.iloc[0]
        tokens = str(rec["osm_match_tokens"]).split("|")
        kk = next((t for t in tokens if "ауданы" in t.lower()), "")
        kk = re.sub(r"\s+ауданы$", " ауданы", kk, flags=re.I)
        geo = d[d["osm_id"] == osm_id]
        if len(geo) != 1:
            raise InputError(
                tr("district {id} not found once in the districts layer").format(id=osm_id),
                layer="districts_osm2017.geojson",
                field="osm-relation-id",
            )
        rows.append(
            {
                "osm_id": osm_id,
                "name_en": csv_name,
                "name_ru": geo["nameRu"].iloc[0],
                "name_kk": kk,
                "population": int(rec["official_population"]),
                "population_precision": str(rec["source_precision"]),
                "population_source": str(rec["source_url"]),
                "tier": 1,
                "status": "city_republican",  # a status id of the SRS tiers (kz_srs)
                "geometry": geo.geometry.iloc[0],
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)


def locate(points: gpd.GeoSeries, districts: gpd.GeoDataFrame) -> pd.Series:
    """District OSM id of each point (first district in id order; NA outside the city)."""
    pts = gpd.GeoDataFrame({"_i": np.arange(len(points))}, geometry=points.values, crs=CRS)
    j = gpd.sjoin(pts, districts[["osm_id", "geometry"]], how="left", predicate="within")
    j = j.sort_values(["_i", "osm_id"]).drop_duplicates("_i")
    return pd.Series(j["osm_id"].to_numpy(), index=points.index)


def build_roads(src: Path, city) -> gpd.GeoDataFrame:
    """Real OSM roads (ways with a highway tag) that touch the city."""
    lines = read_osm(src / "osm2013_almaty.osm.pbf", "lines")
    lines = lines[lines["highway"].notna()].to_crs(CRS)
    lines = lines[lines.intersects(city)]
    out = gpd.GeoDataFrame(
        {
            "osm_id": lines["osm_id"].astype(np.int64).to_numpy(),
            "highway": lines["highway"].to_numpy(),
            "name": lines["name"].to_numpy(),
        },
        geometry=lines.geometry.values,
        crs=CRS,
    )
    return out.sort_values("osm_id").reset_index(drop=True)


def waterways(src: Path) -> gpd.GeoDataFrame:
    """Real OSM rivers and canals (used only to place synthetic embankments)."""
    lines = read_osm(src / "osm2013_almaty.osm.pbf", "lines")
    return lines[lines["waterway"].isin(["river", "canal"])].to_crs(CRS)


def real_buildings(src: Path, districts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Real OSM building footprints inside the city that may hold residents."""
    mp = read_osm(src / "osm2013_almaty.osm.pbf", "multipolygons")
    mp = mp[mp["building"].notna()]
    tagged = mp[["amenity", "shop", "office", "tourism", "leisure"]].notna().any(axis=1)
    mp = mp[~tagged & ~mp["building"].str.lower().isin(NON_RESIDENTIAL)].to_crs(CRS)
    mp = mp[mp.is_valid & (mp.area > 20)]
    is_way = mp["osm_way_id"].notna()
    osm_id = np.where(is_way, mp["osm_way_id"].fillna(0).astype(np.int64), mp["osm_id"].fillna(0).astype(np.int64))
    levels_tag = mp["other_tags"].fillna("").str.extract(r'"building:levels"=>"(\d+)"')[0]
    area = mp.area.to_numpy()
    default_levels = np.select([area < 150, area < 400, area < 2500], [1, 2, 5], 9)
    levels = np.where(levels_tag.notna(), pd.to_numeric(levels_tag, errors="coerce").fillna(1), default_levels)
    b = gpd.GeoDataFrame(
        {
            "osm_id": osm_id,
            "osm_type": np.where(is_way, "way", "relation"),
            "levels": levels.astype(np.int64),
            "levels_source": np.where(levels_tag.notna(), "osm", "assumed"),
        },
        geometry=mp.geometry.values,
        crs=CRS,
    )
    b["district_osm_id"] = locate(b.geometry.representative_point(), districts).to_numpy()
    b = b[b["district_osm_id"].notna()].copy()
    b["district_osm_id"] = b["district_osm_id"].astype(np.int64)
    b = b.sort_values(["osm_type", "osm_id"]).drop_duplicates(["osm_type", "osm_id"])
    return b.reset_index(drop=True)


def vertex_tree(geoms, step: float = 10.0) -> cKDTree:
    """KD-tree of points along the boundaries of polygons / along lines, every ``step`` metres."""
    pts = []
    for g in geoms:
        parts = getattr(g, "geoms", [g])
        for p in parts:
            line = p.exterior if isinstance(p, Polygon) else p
            n = max(2, math.ceil(line.length / step) + 1)
            for k in range(n):
                q = line.interpolate(k / (n - 1), normalized=True)
                pts.append((q.x, q.y))
    return cKDTree(np.asarray(pts))


# ------------------------------------------------------------------------------------------------
class Builder:
    """Holds the layers while they are built, and the free candidate sites."""

    def __init__(self, src: Path) -> None:
        """Read the inputs."""
        self.src = src
        self.rng = np.random.default_rng(SEED)
        self.districts = build_districts(src)
        self.city = unary_union(list(self.districts.geometry))
        self.roads = build_roads(src, self.city)
        self.centre = self.districts.loc[self.districts["osm_id"] == 3072807].geometry.iloc[0].representative_point()
        facilities = gpd.read_file(src / "osm2013_facilities_points.geojson").to_crs(CRS)
        facilities["osm_id"] = facilities["osm_id"].astype(np.int64)
        facilities["district_osm_id"] = locate(facilities.geometry, self.districts).to_numpy()
        self.facilities = facilities[facilities["district_osm_id"].notna()].sort_values(["osm_type", "osm_id"])
        self.report: dict[str, object] = {}

    # -- buildings ------------------------------------------------------------------------------
    def sites(self) -> None:
        """Candidate sites: a 70 m grid inside the districts, with distances to roads and buildings."""
        # offset by half a step: no site falls on a line of the 1 km microdistrict grid (90k + 45 is never
        # a multiple of 1000), so no synthetic building sits exactly between two microdistricts
        nodes = grid_nodes(self.districts[["osm_id", "geometry"]], SITE_M, "osm_id", offset=SITE_M / 2)
        nodes = nodes.rename(columns={"osm_id": "district_osm_id"})
        xy = nodes[["x", "y"]].to_numpy()
        road_tree = vertex_tree(self.roads.geometry, 25.0)
        nodes["d_road"] = road_tree.query(xy)[0]
        bld_tree = vertex_tree(self.real.geometry, 10.0)
        d_b = bld_tree.query(xy)[0]
        inside = gpd.sjoin(nodes[["geometry"]], self.real[["geometry"]], how="inner", predicate="within").index
        d_b[np.isin(np.arange(len(nodes)), inside)] = 0.0
        nodes["d_bld"] = d_b
        nodes["d_centre"] = np.hypot(xy[:, 0] - self.centre.x, xy[:, 1] - self.centre.y)
        nodes["used"] = False
        self.nodes = nodes

    def synthetic_buildings(self) -> gpd.GeoDataFrame:
        """Made-up residential footprints where the real ones cannot hold the official population."""
        rows = []
        for d in self.districts.itertuples():
            real = self.real[self.real["district_osm_id"] == d.osm_id]
            need = d.population * HOUSING_M2[d.osm_id]
            have = float((real.area * real["levels"]).sum())
            short = max(0.0, need - have)
            share = LOW_RISE_SHARE[d.osm_id]
            n_low = round(short * share / (LOW["side"] ** 2 * LOW["levels"]))  # mean side ~70 m
            n_multi = round(short * (1 - share) / (MULTI["side"] ** 2 * MULTI["levels"]))
            self.report[f"housing_{d.name_en}"] = (round(need), round(have), n_multi, n_low)
            n = n_low + n_multi
            if n == 0:
                continue
            cand = self.nodes[(self.nodes["district_osm_id"] == d.osm_id) & (self.nodes["d_bld"] >= 58.0)]
            if len(cand) < n:
                raise InputError(
                    tr("not enough free land for {n} synthetic buildings").format(n=n),
                    layer="districts",
                    feature=d.osm_id,
                )
            w = np.exp(-cand["d_road"].to_numpy() / 250.0) + 1e-6
            pick = self.rng.choice(len(cand), size=n, replace=False, p=w / w.sum())
            chosen = cand.iloc[pick].sort_values("d_centre", kind="stable")
            self.nodes.loc[chosen.index, "used"] = True
            for k, (_, node) in enumerate(chosen.iterrows()):
                kind = MULTI if k < n_multi else LOW
                h = self.rng.uniform(kind["min"], kind["max"]) / 2.0
                rows.append(
                    {
                        "osm_id": pd.NA,
                        "osm_type": "",
                        "levels": kind["levels"],
                        "levels_source": "synthetic",
                        "district_osm_id": d.osm_id,
                        "geometry": box(node.x - h, node.y - h, node.x + h, node.y + h),
                    }
                )
        syn = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)
        return syn

    def buildings(self) -> None:
        """Real and synthetic buildings with residents scaled exactly to the official populations."""
        self.real = real_buildings(self.src, self.districts)
        self.sites()
        syn = self.synthetic_buildings()
        real = self.real.copy()
        real["synthetic"] = 0
        real["synthetic_reason"] = ""
        syn["synthetic"] = 1
        syn["synthetic_reason"] = REASON["building_missing"]
        b = pd.concat([real, syn], ignore_index=True)
        b = gpd.GeoDataFrame(b, geometry="geometry", crs=CRS)
        b["osm_id"] = b["osm_id"].astype("Int64")
        b["footprint_m2"] = b.area.round(1)
        b["floor_area_m2"] = (b["footprint_m2"] * b["levels"]).round(1)
        b["residents"] = 0
        for d in self.districts.itertuples():
            m = (b["district_osm_id"] == d.osm_id).to_numpy()
            b.loc[m, "residents"] = largest_remainder(b.loc[m, "floor_area_m2"].to_numpy(), d.population)
        b["residents"] = b["residents"].astype(np.int64)
        b["development"] = np.where(b["levels"] <= 3, "low_rise", "multi_storey")
        b["building_id"] = [f"B{i + 1:05d}" for i in range(len(b))]
        self.buildings_gdf = b

    def networks(self) -> None:
        """Sewer/water flags: exactly 286,000 and 30,000 residents unconnected, in the five outskirts."""
        b = self.buildings_gdf
        b["sewer_connected"] = 1
        b["water_connected"] = 1
        b["network_reason"] = ""
        pts = b.geometry.representative_point()
        dist = np.hypot(pts.x - self.centre.x, pts.y - self.centre.y).to_numpy()
        low = (b["development"] == "low_rise").to_numpy()
        out = np.isin(b["district_osm_id"].to_numpy(), OUTSKIRTS)
        low_pop = [int(b.loc[low & (b["district_osm_id"] == d).to_numpy(), "residents"].sum()) for d in OUTSKIRTS]
        sewer_share = largest_remainder(low_pop, NO_SEWER)
        for d, target in zip(OUTSKIRTS, sewer_share):
            idx = np.nonzero(low & out & (b["district_osm_id"] == d).to_numpy())[0]
            order = idx[np.argsort(-dist[idx], kind="stable")]
            mask = pick_exact(b["residents"].to_numpy(), int(target), order)
            b.loc[mask, "sewer_connected"] = 0
        no_sewer = (b["sewer_connected"] == 0).to_numpy()
        ns_pop = [int(b.loc[no_sewer & (b["district_osm_id"] == d).to_numpy(), "residents"].sum()) for d in OUTSKIRTS]
        water_share = largest_remainder(ns_pop, NO_WATER)
        for d, target in zip(OUTSKIRTS, water_share):
            idx = np.nonzero(no_sewer & (b["district_osm_id"] == d).to_numpy())[0]
            order = idx[np.argsort(-dist[idx], kind="stable")]
            mask = pick_exact(b["residents"].to_numpy(), int(target), order)
            b.loc[mask, "water_connected"] = 0
        b.loc[b["sewer_connected"] == 0, "network_reason"] = "synthetic: no sewerage (calibrated to 286,000)"
        b.loc[b["water_connected"] == 0, "network_reason"] = "synthetic: no sewerage, no water (calibrated to 30,000)"
        self.report["sewer_share"] = dict(zip(OUTSKIRTS, sewer_share.tolist()))
        self.report["water_share"] = dict(zip(OUTSKIRTS, water_share.tolist()))

    # -- microdistricts -------------------------------------------------------------------------
    def microdistricts(self) -> None:
        """1 km grid cells clipped to the districts; population is the sum of their buildings' residents."""
        xmin, ymin, xmax, ymax = self.districts.total_bounds
        cells = []
        for ix in range(math.floor(xmin / CELL_M), math.ceil(xmax / CELL_M)):
            for iy in range(math.floor(ymin / CELL_M), math.ceil(ymax / CELL_M)):
                cells.append(
                    {
                        "ix": ix,
                        "iy": iy,
                        "geometry": box(ix * CELL_M, iy * CELL_M, (ix + 1) * CELL_M, (iy + 1) * CELL_M),
                    }
                )
        grid = gpd.GeoDataFrame(cells, geometry="geometry", crs=CRS)
        dist = self.districts[["osm_id", "name_ru", "geometry"]].rename(columns={"osm_id": "district_osm_id"})
        units = gpd.overlay(grid, dist, how="intersection", keep_geom_type=True)
        units = units[units.area > 1.0].copy()
        units["unit_id"] = [f"{d}-{ix}-{iy}" for d, ix, iy in zip(units["district_osm_id"], units["ix"], units["iy"])]
        units = units.sort_values("unit_id").reset_index(drop=True)
        b = self.buildings_gdf
        pts = gpd.GeoDataFrame(
            {"_i": np.arange(len(b)), "district_osm_id": b["district_osm_id"].to_numpy()},
            geometry=b.geometry.representative_point().values,
            crs=CRS,
        )
        j = gpd.sjoin(pts, units[["unit_id", "district_osm_id", "geometry"]], how="left", predicate="within")
        j = j[j["district_osm_id_left"] == j["district_osm_id_right"]].sort_values(["_i", "unit_id"])
        j = j.drop_duplicates("_i")
        unit_of = pd.Series(j["unit_id"].to_numpy(), index=j["_i"].to_numpy())
        missing = np.setdiff1d(np.arange(len(b)), unit_of.index.to_numpy())
        for i in missing:  # a point on a cell border or in a sliver: nearest cell of its district
            same = units[units["district_osm_id"] == b["district_osm_id"].iloc[i]]
            k = same.distance(pts.geometry.iloc[i]).to_numpy().argmin()
            unit_of[i] = same["unit_id"].iloc[k]
        b["unit_id"] = unit_of.sort_index().to_numpy()
        pop = b.groupby("unit_id")["residents"].sum()
        low_pop = b[b["development"] == "low_rise"].groupby("unit_id")["residents"].sum()
        syn_pop = b[b["synthetic"] == 1].groupby("unit_id")["residents"].sum()
        units["population"] = units["unit_id"].map(pop).fillna(0).astype(np.int64)
        units = units[units["population"] > 0].copy()
        low_share = units["unit_id"].map(low_pop).fillna(0) / units["population"]
        units["development"] = np.where(low_share >= 0.5, "low_rise", "multi_storey")
        units["synthetic_pop_share"] = (units["unit_id"].map(syn_pop).fillna(0) / units["population"]).round(3)
        short = {k: v[1] for k, v in DISTRICT_KEYS.items()}
        names = []
        cy = units.geometry.representative_point().y.round(0)
        cx = units.geometry.representative_point().x.round(0)
        units["_cy"], units["_cx"] = -cy, cx
        units = units.sort_values(["district_osm_id", "_cy", "_cx", "unit_id"]).reset_index(drop=True)
        counter: dict[int, int] = {}
        for d in units["district_osm_id"]:
            counter[d] = counter.get(d, 0) + 1
            names.append(f"{short[d]}-{counter[d]:02d}")
        units["name"] = names
        units["district_ru"] = units["name_ru"]
        units["area_km2"] = (units.area / 1e6).round(4)
        units["synthetic"] = 1
        units["synthetic_reason"] = (
            "synthetic boundary: 1 km grid cell clipped to the district (microdistrict boundaries are not in "
            "the shared data); population = sum of its buildings' residents"
        )
        cols = ["unit_id", "name", "district_osm_id", "district_ru", "population", "development"]
        cols += ["synthetic_pop_share", "area_km2", "synthetic", "synthetic_reason", "geometry"]
        self.units = units[cols]

    # -- facilities -----------------------------------------------------------------------------
    def place(self, counts: dict[int, int], placed: list[tuple[float, float]], min_dist: float = 120.0):
        """Free sites for synthetic point facilities: per district, weighted by unit population."""
        b = self.buildings_gdf
        free = self.nodes[~self.nodes["used"] & (self.nodes["d_bld"] >= 12.0)]
        out = []
        for d in sorted(counts):
            n = counts[d]
            if n <= 0:
                continue
            cand = free[free["district_osm_id"] == d]
            pts = gpd.GeoDataFrame(geometry=cand.geometry.values, crs=CRS)
            j = gpd.sjoin(pts, self.units[["unit_id", "geometry"]], how="left", predicate="within")
            j = j[~j.index.duplicated()]
            unit = j["unit_id"].to_numpy()
            upop = self.units.set_index("unit_id")["population"]
            w = pd.Series(unit).map(upop).fillna(0).to_numpy(dtype=float)
            cnt = pd.Series(unit).map(pd.Series(unit).value_counts()).fillna(1).to_numpy(dtype=float)
            w = w / cnt  # each unit's weight is its population, shared among its free sites
            w = w + (w.max() if w.max() > 0 else 1.0) * 1e-6  # every free site keeps a small chance
            order = self.rng.choice(len(cand), size=len(cand), replace=False, p=w / w.sum())
            got = 0
            xy = cand[["x", "y"]].to_numpy()
            for k in order:
                x, y = xy[k]
                if placed:
                    arr = np.asarray(placed)
                    if np.min(np.hypot(arr[:, 0] - x, arr[:, 1] - y)) < min_dist:
                        continue
                placed.append((x, y))
                self.nodes.loc[cand.index[k], "used"] = True
                out.append((d, x, y))
                got += 1
                if got == n:
                    break
            if got < n:
                raise InputError(tr("no free site left for {n} facilities").format(n=n - got), layer="districts")
        del b
        return out

    def _targets(self, total: int, real_counts: pd.Series) -> dict[int, int]:
        """Synthetic count per district: total shared by population x supply factor, minus the real ones."""
        ids = self.districts["osm_id"].to_numpy()
        w = self.districts["population"].to_numpy() * np.array([SUPPLY_FACTOR[i] for i in ids])
        target = largest_remainder(w, total)
        real = np.array([int(real_counts.get(i, 0)) for i in ids])
        syn = np.maximum(0, target - real)
        excess = int(real.sum() + syn.sum() - total)
        while excess > 0:  # districts with more real objects than their share: take from the largest
            k = int(np.argmax(syn))
            syn[k] -= 1
            excess -= 1
        return dict(zip(ids.tolist(), syn.tolist()))

    def real_facilities(self, mask: pd.Series) -> gpd.GeoDataFrame:
        """Real OSM facilities; points closer than 150 m with the same name (or unnamed) merged."""
        f = self.facilities[mask].copy()
        keep, merged = [], []
        xy = np.column_stack([f.geometry.x, f.geometry.y])
        names = f["name"].fillna("").str.lower().str.replace(r"[^0-9a-zа-яәіңғүұқөһ]", "", regex=True).to_numpy()
        # polygons (ways / relations) first, then nodes; each in id order
        rank = np.argsort(
            (f["osm_type"] == "node").to_numpy().astype(int) * 10**12 + f["osm_id"].to_numpy(), kind="stable"
        )
        taken = np.zeros(len(f), dtype=bool)
        for i in rank:
            if taken[i]:
                continue
            near = np.hypot(xy[:, 0] - xy[i, 0], xy[:, 1] - xy[i, 1]) < 150.0
            same = near & ~taken & ((names == names[i]) | (names == "") | (names[i] == ""))
            same[i] = True
            taken |= same
            keep.append(i)
            merged.append(
                ",".join(
                    f"{t}/{o}"
                    for t, o in zip(f["osm_type"].iloc[np.nonzero(same)[0]], f["osm_id"].iloc[np.nonzero(same)[0]])
                    if o != f["osm_id"].iloc[i]
                )
            )
        out = f.iloc[keep].copy()
        out["merged_osm_ids"] = merged
        return out

    def point_layer(self, real: gpd.GeoDataFrame, syn: list, kind: str, total_hint: int | None = None):
        """One facility layer from real OSM points and synthetic sites."""
        n_real = len(real)
        recs = []
        for r in real.itertuples():
            recs.append(
                {
                    "osm_id": int(r.osm_id),
                    "osm_type": r.osm_type,
                    "merged_osm_ids": r.merged_osm_ids,
                    "name": r.name if isinstance(r.name, str) else "",
                    "district_osm_id": int(r.district_osm_id),
                    "synthetic": 0,
                    "synthetic_reason": "",
                    "geometry": r.geometry,
                }
            )
        reason = REASON[kind].format(n=n_real, total=f"{total_hint:,}" if total_hint else "")
        label = {"school": "Школа", "kindergarten": "Детский сад", "polyclinic": "Поликлиника"}[kind]
        for k, (d, x, y) in enumerate(syn):
            recs.append(
                {
                    "osm_id": pd.NA,
                    "osm_type": "",
                    "merged_osm_ids": "",
                    "name": f"{label} (synthetic) S{k + 1:03d}",
                    "district_osm_id": int(d),
                    "synthetic": 1,
                    "synthetic_reason": reason,
                    "geometry": gpd.points_from_xy([x], [y])[0],
                }
            )
        g = gpd.GeoDataFrame(recs, geometry="geometry", crs=CRS)
        g["osm_id"] = g["osm_id"].astype("Int64")
        prefix = {"school": "SCH", "kindergarten": "KG", "polyclinic": "PC"}[kind]
        g.insert(0, "facility_id", [f"{prefix}{i + 1:04d}" for i in range(len(g))])
        g["capacity_source"] = CAPACITY_SOURCE[kind]
        return g

    def schools(self, placed) -> None:
        """301 existing schools (real first) + 5 under construction / planned; capacity and enrolment."""
        real = self.real_facilities(self.facilities["category"] == "school")
        syn = self.place(self._targets(SCHOOLS_TOTAL, real["district_osm_id"].value_counts()), placed)
        g = self.point_layer(real, syn, "school")
        n = len(g)
        private_name = g["name"].str.contains(r"частн|private|international|международн", case=False, regex=True)
        ownership = np.where(private_name, "private", "public")
        # synthetic schools: fill the remaining private quota, chosen at random among the synthetic ones
        syn_idx = np.nonzero(g["synthetic"].to_numpy() == 1)[0]
        need_private = SCHOOLS_PRIVATE - int((ownership == "private").sum())
        ownership[self.rng.choice(syn_idx, size=need_private, replace=False)] = "private"
        g["ownership"] = ownership
        pub = ownership == "public"
        size = np.where(
            pub,
            self.rng.choice([600, 900, 1200, 1500, 2000], size=n, p=[0.15, 0.25, 0.3, 0.2, 0.1]),
            self.rng.choice([150, 250, 400, 600], size=n, p=[0.3, 0.35, 0.25, 0.1]),
        )
        g["capacity"] = largest_remainder(size, SCHOOL_PLACES)
        # 37 overloaded public schools, drawn with more weight in the outskirts (low supply factor)
        factor = g["district_osm_id"].map(SUPPLY_FACTOR).to_numpy()
        w = np.where(pub, 1.0 / factor**3, 0.0)
        over = np.zeros(n, dtype=bool)
        over[self.rng.choice(n, size=OVERLOADED_PUBLIC, replace=False, p=w / w.sum())] = True
        load = np.where(pub, self.rng.uniform(0.88, 1.0, n), self.rng.uniform(0.6, 0.95, n))
        enrolled = np.floor(g["capacity"].to_numpy() * load).astype(np.int64)
        enrolled[over] = 0
        rest = PUPILS - int(enrolled.sum())
        over_w = g["capacity"].to_numpy()[over] * self.rng.uniform(1.3, 2.0, over.sum())
        enrolled[over] = largest_remainder(over_w, rest)
        if not np.all(enrolled[over] > g["capacity"].to_numpy()[over]):
            raise InputError(tr("calibration failed: an overloaded school is not overloaded"), layer="schools")
        g["enrolled"] = enrolled
        ratio = enrolled / g["capacity"].to_numpy()
        g["shifts"] = np.select([ratio <= 1.0, ratio <= 2.0], [1, 2], 3)
        g["status"] = "existing"
        g["year"] = pd.array([pd.NA] * n, dtype="Int64")
        # a few under construction / planned, typical size 1,200 (DOMAIN.md), in the outskirts
        plan = self.place({3072216: 2, 5460063: 2, 3072001: 1}, placed)
        years = [(2025, "under_construction"), (2026, "under_construction"), (2026, "planned")]
        years += [(2027, "planned"), (2027, "planned")]
        add = []
        for k, ((d, x, y), (year, status)) in enumerate(zip(plan, years)):
            add.append(
                {
                    "facility_id": f"SCH{n + k + 1:04d}",
                    "osm_id": pd.NA,
                    "osm_type": "",
                    "merged_osm_ids": "",
                    "name": f"Школа (synthetic, {status}) P{k + 1}",
                    "district_osm_id": int(d),
                    "synthetic": 1,
                    "synthetic_reason": REASON["school_planned"],
                    "capacity_source": "synthetic: typical Almaty school of 1,200 places (DOMAIN.md)",
                    "ownership": "public",
                    "capacity": 1200,
                    "enrolled": 0,
                    "shifts": 1,
                    "status": status,
                    "year": year,
                    "geometry": gpd.points_from_xy([x], [y])[0],
                }
            )
        g = pd.concat([g, gpd.GeoDataFrame(add, geometry="geometry", crs=CRS)], ignore_index=True)
        g["osm_id"] = g["osm_id"].astype("Int64")
        g["year"] = g["year"].astype("Int64")
        self.schools_gdf = gpd.GeoDataFrame(g, geometry="geometry", crs=CRS)

    def kindergartens(self, placed) -> None:
        """866 kindergartens (192 state, 674 private) with 75,500 places."""
        real = self.real_facilities(self.facilities["category"] == "kindergarten")
        syn = self.place(self._targets(KINDERGARTENS_TOTAL, real["district_osm_id"].value_counts()), placed, 90.0)
        g = self.point_layer(real, syn, "kindergarten")
        n = len(g)
        ownership = np.array(["private"] * n, dtype=object)
        ownership[self.rng.choice(n, size=KINDERGARTENS_STATE, replace=False)] = "state"
        state = ownership == "state"
        size = np.where(
            state,
            self.rng.choice([140, 190, 280, 320], size=n, p=[0.2, 0.3, 0.35, 0.15]),
            self.rng.choice([25, 50, 75, 95], size=n, p=[0.25, 0.35, 0.2, 0.2]),
        )
        g["ownership"] = ownership
        g["capacity"] = largest_remainder(size, KINDERGARTEN_PLACES)
        self.kg_gdf = g

    def polyclinics(self, placed) -> None:
        """Real OSM polyclinics/doctors + synthetic ones of 200/300/500 visits per shift."""
        f = self.facilities
        is_pc = (f["amenity"] == "doctors") | f["name"].fillna("").str.contains(POLYCLINIC_RE)
        real = self.real_facilities(is_pc)
        sizes = list(self.rng.choice(POLYCLINIC_SIZES, size=len(real), p=[0.3, 0.4, 0.3]))
        while sum(sizes) < POLYCLINIC_VISITS_TOTAL:
            sizes.append(int(self.rng.choice(POLYCLINIC_SIZES, p=[0.3, 0.4, 0.3])))
        sizes = exact_sizes(sizes, POLYCLINIC_VISITS_TOTAL, [(500, 300), (300, 200), (500, 200)])
        total_n = len(sizes)
        syn = self.place(self._targets(total_n, real["district_osm_id"].value_counts()), placed, 300.0)
        g = self.point_layer(real, syn, "polyclinic", POLYCLINIC_VISITS_TOTAL)
        g["capacity"] = sizes
        g["capacity_unit"] = "visits_per_shift"
        self.pc_gdf = g
        self._pc_ids = set(real["osm_id"].tolist()) | {
            int(x) for s in real["merged_osm_ids"] for x in re.findall(r"/(\d+)", s)
        }

    def hospitals(self) -> None:
        """Real OSM hospitals (not polyclinics); beds synthetic, 24,000 in total (assumption)."""
        f = self.facilities
        mask = (f["amenity"] == "hospital") & ~f["osm_id"].isin(self._pc_ids)
        mask &= ~f["name"].fillna("").str.contains(POLYCLINIC_RE)
        real = self.real_facilities(mask)
        g = self.point_layer(real, [], "polyclinic")
        g["facility_id"] = [f"H{i + 1:03d}" for i in range(len(g))]
        beds = self.rng.lognormal(mean=5.5, sigma=0.6, size=len(g))
        g["beds"] = largest_remainder(beds, HOSPITAL_BEDS_TOTAL)
        g["capacity"] = g["beds"]
        g["capacity_unit"] = "beds"
        g["capacity_source"] = CAPACITY_SOURCE["hospital"]
        self.hosp_gdf = g

    # -- parks ----------------------------------------------------------------------------------
    def parks(self) -> None:
        """Real OSM parks/gardens + synthetic rectangles: 211 territories, 631.2 ha, published categories."""
        pg = gpd.read_file(self.src / "osm2013_facilities_polygons.geojson")
        pg = pg[pg["category"] == "park"].to_crs(CRS)
        pg["osm_id"] = pg["osm_id"].astype(np.int64)
        pg = pg[pg.representative_point().within(self.city)].sort_values(["osm_type", "osm_id"])
        pg["geometry"] = pg.geometry.intersection(self.city)
        real = pg.copy()
        real["area_m2"] = real.area
        real = real.sort_values(["area_m2", "osm_id"], ascending=[False, True])
        cats = []
        left = dict(PARK_CATEGORIES)
        for _ in range(len(real)):  # the largest real ones are the parks, the rest squares
            c = "park" if left["park"] > 0 else "square"
            left[c] -= 1
            cats.append(c)
        real["category"] = cats
        real_area = float(real["area_m2"].sum())
        syn_area = PARKS_HA * 10_000 - real_area
        shape_of = {  # relative size and width (m) of synthetic territories, by category (assumption)
            "park": (8.0, None),
            "square": (1.0, None),
            "boulevard": (2.0, 40.0),
            "embankment": (4.0, 60.0),
            "green_zone": (8.0, None),
            "pedestrian_zone": (0.6, 25.0),
        }
        wanted = [c for c, k in left.items() for _ in range(k)]
        areas = np.array([shape_of[c][0] for c in wanted])
        areas = areas / areas.sum() * syn_area
        obstacles = pd.concat([self.buildings_gdf[["geometry"]], real[["geometry"]]], ignore_index=True)
        obstacles = gpd.GeoDataFrame(obstacles, geometry="geometry", crs=CRS)
        sindex = obstacles.sindex
        river_tree = vertex_tree(waterways(self.src).geometry, 25.0)
        nodes = self.nodes[~self.nodes["used"]]
        xy = nodes[["x", "y"]].to_numpy()
        upop = self._node_pop(nodes)
        d_river = river_tree.query(xy)[0]
        placed: list = []
        recs = []
        order = np.argsort(-areas, kind="stable")  # largest first
        for k in order:
            cat, a = wanted[k], float(areas[k])
            width = shape_of[cat][1]
            if width is None:
                w_ = h_ = math.sqrt(a)
            elif cat == "embankment":
                w_, h_ = width, a / width  # north-south, like Almaty's rivers
            else:
                w_, h_ = a / width, width  # east-west
            if cat == "embankment":
                wt = np.exp(-d_river / 100.0) * (upop + 1.0) + 1e-12
            elif cat == "green_zone":
                wt = (
                    (upop + upop.max() * 1e-6) * nodes["d_centre"].to_numpy() / 1000.0
                )  # near residents, away from centre
            else:
                wt = upop + upop.max() * 1e-6 + 1e-9
            tries = self.rng.choice(len(nodes), size=min(4000, len(nodes)), replace=False, p=wt / wt.sum())
            for t in tries:
                x, y = xy[t]
                rect = box(x - w_ / 2, y - h_ / 2, x + w_ / 2, y + h_ / 2)
                if not self.city.contains(rect):
                    continue
                if len(sindex.query(rect, predicate="intersects")):
                    continue
                if any(rect.intersects(p) for p in placed):
                    continue
                placed.append(rect)
                recs.append((k, cat, rect))
                break
            else:
                raise InputError(tr("no free land for a synthetic {cat}").format(cat=cat), layer="parks")
        recs.sort()
        rows = []
        for r in real.itertuples():
            rows.append(
                {
                    "osm_id": int(r.osm_id),
                    "osm_type": r.osm_type,
                    "name": r.name if isinstance(r.name, str) else "",
                    "category": r.category,
                    "category_source": "assigned by area: the 12 largest real parks are 'park', the rest 'square'",
                    "synthetic": 0,
                    "synthetic_reason": "",
                    "geometry": r.geometry,
                }
            )
        reason = REASON["park"].format(n=len(real))
        names = {"square": "Сквер", "boulevard": "Бульвар", "embankment": "Набережная", "park": "Парк"}
        names.update({"green_zone": "Зелёная зона", "pedestrian_zone": "Пешеходная зона"})
        for j, (_k, cat, rect) in enumerate(recs):
            rows.append(
                {
                    "osm_id": pd.NA,
                    "osm_type": "",
                    "name": f"{names[cat]} (synthetic) G{j + 1:03d}",
                    "category": cat,
                    "category_source": "synthetic",
                    "synthetic": 1,
                    "synthetic_reason": reason,
                    "geometry": rect,
                }
            )
        g = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)
        g["osm_id"] = g["osm_id"].astype("Int64")
        g.insert(0, "park_id", [f"G{i + 1:03d}" for i in range(len(g))])
        g["area_m2"] = g.area.round(1)
        g["public"] = 1
        g["district_osm_id"] = locate(g.geometry.representative_point(), self.districts).astype("Int64").to_numpy()
        self.parks_gdf = g

    def _node_pop(self, nodes: pd.DataFrame) -> np.ndarray:
        """Population of the microdistrict of each site, shared among the unit's sites."""
        pts = gpd.GeoDataFrame(geometry=nodes.geometry.values, crs=CRS)
        j = gpd.sjoin(pts, self.units[["unit_id", "geometry"]], how="left", predicate="within")
        j = j[~j.index.duplicated()]
        unit = pd.Series(j["unit_id"].to_numpy())
        pop = unit.map(self.units.set_index("unit_id")["population"]).fillna(0).to_numpy(dtype=float)
        cnt = unit.map(unit.value_counts()).fillna(1).to_numpy(dtype=float)
        return pop / cnt

    def candidate_sites(self) -> None:
        """Synthetic candidate plots for new facilities (schools, kindergartens, clinics).

        Square plots of 1.5-4 ha on land free of buildings and parks inside the city, drawn with the
        weight of their microdistrict's population; a separate random generator, so that the other
        layers do not change when this one does.
        """
        rng = np.random.default_rng(SEED + 14)
        obstacles = pd.concat([self.buildings_gdf[["geometry"]], self.parks_gdf[["geometry"]]], ignore_index=True)
        sindex = gpd.GeoDataFrame(obstacles, geometry="geometry", crs=CRS).sindex
        nodes = self.nodes
        xy = nodes[["x", "y"]].to_numpy()
        upop = self._node_pop(nodes)
        wt = upop + upop.max() * 1e-3 + 1e-9
        tries = rng.choice(len(nodes), size=min(20_000, len(nodes)), replace=False, p=wt / wt.sum())
        plots: list = []
        for t in tries:
            if len(plots) == CANDIDATE_SITES:
                break
            side = math.sqrt(rng.uniform(*CANDIDATE_HA) * 10_000)
            x, y = xy[t]
            rect = box(x - side / 2, y - side / 2, x + side / 2, y + side / 2)
            if not self.city.contains(rect) or len(sindex.query(rect, predicate="intersects")):
                continue
            if any(rect.distance(p) < 100.0 for p in plots):
                continue
            plots.append(rect)
        g = gpd.GeoDataFrame(
            {
                "site_id": [f"S{i + 1:03d}" for i in range(len(plots))],
                "name": [f"Участок (synthetic) S{i + 1:03d}" for i in range(len(plots))],
            },
            geometry=plots,
            crs=CRS,
        )
        g["area_m2"] = g.area.round(1)
        g["district_osm_id"] = locate(g.geometry.representative_point(), self.districts).astype("Int64").to_numpy()
        g["synthetic"] = 1
        g["synthetic_reason"] = REASON["candidate_site"]
        self.candidates_gdf = g

    # -- all ------------------------------------------------------------------------------------
    def run(self) -> dict[str, gpd.GeoDataFrame]:
        """Build every layer."""
        self.buildings()
        self.networks()
        self.microdistricts()
        placed: list = []
        self.schools(placed)
        self.kindergartens(placed)
        self.polyclinics(placed)
        self.hospitals()
        self.parks()
        self.candidate_sites()
        b = self.buildings_gdf
        b_cols = ["building_id", "osm_id", "osm_type", "district_osm_id", "unit_id", "residents", "footprint_m2"]
        b_cols += ["levels", "levels_source", "floor_area_m2", "development", "sewer_connected", "water_connected"]
        b_cols += ["network_reason", "synthetic", "synthetic_reason", "geometry"]
        districts = self.districts.copy()
        return {
            "districts": districts,
            "microdistricts": self.units,
            "buildings": b[b_cols],
            "schools": self.schools_gdf,
            "kindergartens": self.kg_gdf,
            "polyclinics": self.pc_gdf,
            "hospitals": self.hosp_gdf,
            "parks": self.parks_gdf,
            "roads": self.roads,
            "candidate_sites": self.candidates_gdf,
        }


# --- settlements around Almaty (regional standards) -----------------------------------------------
SETTLEMENT_SEED = 20250902
PLACE_TYPES = ("town", "village", "hamlet", "suburb")  # OSM place values kept (not city, not airport)
SETTLEMENT_RADIUS_M = 1500.0  # real objects within this distance of a place node are taken as its own
OSM_KIND = {  # OSM tag value -> object kind of the kz_srs checklist
    "school": "school",
    "kindergarten": "kindergarten",
    "hospital": "hospital",
    "doctors": "outpatient_clinic",
    "clinic": "outpatient_clinic",
    "police": "police_point",
    "park": "park",
    "garden": "park",
    "stadium": "sports_ground",
    "sports_centre": "sports_ground",
    "pitch": "sports_ground",
}
HEALTH_LEVELS = ("medical_worker", "medical_point", "fap", "outpatient_clinic", "phc_centre")
HEALTH_BOUNDS = (50, 500, 1500, 5000, 30000)
SETTLEMENT_FLAGS = {  # attribute -> share of settlements that have it (assumption of the demo)
    "water_supply": 0.7,
    "sewerage": 0.3,
    "gas": 0.6,
    "hard_surface_road": 0.7,
    "public_transport_stop": 0.55,
    "mobile_internet": 0.85,
    "school_transport": 0.5,
}
SETTLEMENT_REASON = (
    "population, tier, status, area and the service attributes (water_supply, sewerage, gas, "
    "hard_surface_road, public_transport_stop, mobile_internet, school_transport) are made up for the demo; "
    "an empty attribute is left empty on purpose (no data); the name and point are OpenStreetMap 2013"
)


def _tag(tags: pd.Series, key: str) -> pd.Series:
    """The value of one key of the OSM driver's other_tags column."""
    return tags.fillna("").str.extract('"' + re.escape(key) + '"=>"([^"]*)"')[0]


def build_settlements(src: Path, city) -> dict[str, gpd.GeoDataFrame]:
    """The place nodes around Almaty with synthetic populations, tiers and attributes, and their objects."""
    rng = np.random.default_rng(SETTLEMENT_SEED)
    pts = read_osm(src / "osm2013_almaty.osm.pbf", "points").to_crs(CRS)
    places = pts[pts["place"].isin(PLACE_TYPES) & pts["name"].notna()].copy()
    places["osm_id"] = places["osm_id"].astype(np.int64)
    places = places.sort_values("osm_id").reset_index(drop=True)
    cx, cy = city.centroid.x, city.centroid.y
    rows = []
    for _, p in places.iterrows():
        kind = p["place"]
        if kind == "town":
            pop = int(rng.integers(8_000, 25_000))
        elif kind == "hamlet":
            pop = int(rng.integers(30, 300))
        elif kind == "suburb":
            pop = int(rng.integers(3_000, 9_000))
        else:
            pop = int(round(float(np.exp(rng.uniform(np.log(300), np.log(12_000)))), -1))
        tier = 3 if kind == "town" else (4 if pop >= 5_000 else 5)
        status = {3: "district_centre", 4: "rural_district_centre", 5: "rural_settlement"}[tier]
        g = p.geometry
        if city.contains(g):
            area = "Almaty city"
        elif g.x < cx:
            area = "Karasai district"
        elif g.y > cy:
            area = "Ili district"
        else:
            area = "Talgar district"
        row = {
            "settlement_id": f"osm{p['osm_id']}",
            "osm_id": int(p["osm_id"]),
            "name": str(p["name"]),
            "place": kind,
            "population": pop,
            "tier": tier,
            "status": status,
            "area": area,
        }
        for flag, share in SETTLEMENT_FLAGS.items():
            draw = rng.random()
            row[flag] = None if rng.random() < 0.1 else int(draw < share)
        row.update({"synthetic": 1, "synthetic_reason": SETTLEMENT_REASON, "geometry": g})
        rows.append(row)
    settlements = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)
    for flag in SETTLEMENT_FLAGS:
        settlements[flag] = settlements[flag].astype("Int64")
    xy = np.c_[settlements.geometry.x, settlements.geometry.y]
    tree = cKDTree(xy)
    # real objects: the OSM facilities (schools, kindergartens, hospitals, doctors, parks) and points of
    # interest of the extract (police, shops, sports grounds) within SETTLEMENT_RADIUS_M of a place node
    fac = pd.concat(
        [
            gpd.read_file(src / "osm2013_facilities_points.geojson"),
            gpd.read_file(src / "osm2013_facilities_polygons.geojson"),
        ],
        ignore_index=True,
    ).to_crs(CRS)
    fac["tag"] = fac["amenity"].fillna(fac["leisure"])
    fac["geometry"] = fac.geometry.representative_point()
    tags = pts["other_tags"]
    poi = pts.assign(
        amenity=_tag(tags, "amenity"), shop=_tag(tags, "shop"), leisure=_tag(tags, "leisure"), osm_type="node"
    )
    poi["tag"] = poi["amenity"].where(poi["amenity"].isin(["police"]), None)
    poi["tag"] = poi["tag"].fillna(poi["leisure"].where(poi["leisure"].isin(["stadium", "sports_centre", "pitch"])))
    poi.loc[poi["tag"].isna() & poi["shop"].notna(), "tag"] = "shop"
    poi = poi[poi["tag"].notna()]
    real = []
    for frame, label in ((fac, "OSM facilities"), (poi, "OSM points of interest")):
        d, i = tree.query(np.c_[frame.geometry.x, frame.geometry.y])
        near = frame[d <= SETTLEMENT_RADIUS_M]
        for (_, o), si in zip(near.iterrows(), i[d <= SETTLEMENT_RADIUS_M]):
            kind = "shop" if o["tag"] == "shop" else OSM_KIND.get(str(o["tag"]))
            if kind is None:
                continue
            real.append(
                {
                    "osm_type": str(o.get("osm_type") or "node"),
                    "osm_id": int(o["osm_id"]),
                    "kind": kind,
                    "kind_source": f"{label}: {o['tag']}",
                    "name": None if pd.isna(o.get("name")) else str(o.get("name")),
                    "settlement_id": settlements["settlement_id"].iloc[si],
                    "capacity": None,
                    "synthetic": 0,
                    "synthetic_reason": "",
                    "geometry": o.geometry,
                }
            )
    objects = pd.DataFrame(real).drop_duplicates(["osm_type", "osm_id", "kind"]).to_dict("records") if real else []
    # synthetic objects: the health facility the population calls for (or one level lower), and the
    # other objects of the checklist with fixed shares, placed 150-400 m from the place node
    made = []
    for _, st in settlements.iterrows():
        have = {o["kind"] for o in objects if o["settlement_id"] == st["settlement_id"]}
        need = next((k for k, b in enumerate(HEALTH_BOUNDS) if st["population"] <= b), len(HEALTH_BOUNDS) - 1)
        wanted = []
        level = need if rng.random() < 0.5 else max(0, need - 1)
        wanted.append((HEALTH_LEVELS[level], "health facility for the population (or one level lower)"))
        for kind, share in (
            ("school", 0.5),
            ("kindergarten", 0.4),
            ("culture_house", 0.35),
            ("sports_ground", 0.4),
            ("shop", 0.7),
            ("police_point", 0.25),
            ("social_service", 0.2),
        ):
            if kind not in have and rng.random() < share:
                wanted.append((kind, f"{kind} assumed present with probability {share}"))
        for kind, reason in wanted:
            angle, dist = rng.uniform(0, 2 * np.pi), rng.uniform(150, 400)
            cap = int(rng.choice([50, 95, 140, 190])) if kind == "kindergarten" else None
            made.append(
                {
                    "osm_type": None,
                    "osm_id": None,
                    "kind": kind,
                    "kind_source": "synthetic",
                    "name": None,
                    "settlement_id": st["settlement_id"],
                    "capacity": cap,
                    "synthetic": 1,
                    "synthetic_reason": "made up for the demo: "
                    + reason
                    + ("; capacity one of the recommended kindergarten sizes" if cap else ""),
                    "geometry": Point(st.geometry.x + dist * np.cos(angle), st.geometry.y + dist * np.sin(angle)),
                }
            )
    out = gpd.GeoDataFrame(objects + made, geometry="geometry", crs=CRS)
    out["osm_id"] = out["osm_id"].astype("Int64")
    out["capacity"] = out["capacity"].astype("float64")
    out.insert(0, "object_id", np.arange(1, len(out) + 1))
    log.info("settlements: %d, their objects: %d real + %d synthetic", len(settlements), len(objects), len(made))
    return {"settlements": settlements, "settlement_objects": out}


def _round_geometry(gdf: gpd.GeoDataFrame, ndigits: int = 1) -> gpd.GeoDataFrame:
    """Coordinates rounded to 0.1 m (keeps the file small; far below the data's accuracy)."""
    from shapely.ops import transform

    out = gdf.copy()
    out["geometry"] = [
        transform(lambda x, y, z=None: (np.round(x, ndigits), np.round(y, ndigits)), g) for g in out.geometry
    ]
    return out


def totals(layers: dict[str, gpd.GeoDataFrame]) -> dict[str, object]:
    """The calibrated totals of the built layers (printed, and recorded in the README)."""
    b, s = layers["buildings"], layers["schools"]
    ex = s[s["status"] == "existing"]
    return {
        "districts": len(layers["districts"]),
        "population": int(layers["districts"]["population"].sum()),
        "microdistricts": len(layers["microdistricts"]),
        "buildings (real/synthetic)": f"{int((b['synthetic'] == 0).sum())}/{int((b['synthetic'] == 1).sum())}",
        "residents in buildings": int(b["residents"].sum()),
        "residents without sewerage": int(b.loc[b["sewer_connected"] == 0, "residents"].sum()),
        "residents without water": int(b.loc[b["water_connected"] == 0, "residents"].sum()),
        "schools existing (real/synthetic)": f"{len(ex)} ({int((ex['synthetic'] == 0).sum())}/"
        f"{int((ex['synthetic'] == 1).sum())})",
        "schools public/private": f"{int((ex['ownership'] == 'public').sum())}/"
        f"{int((ex['ownership'] == 'private').sum())}",
        "school places / enrolled": f"{int(ex['capacity'].sum())} / {int(ex['enrolled'].sum())}",
        "overloaded public schools": int(((ex["enrolled"] > ex["capacity"]) & (ex["ownership"] == "public")).sum()),
        "schools planned/under construction": int((s["status"] != "existing").sum()),
        "kindergartens (real/synthetic)": f"{len(layers['kindergartens'])} "
        f"({int((layers['kindergartens']['synthetic'] == 0).sum())}/"
        f"{int((layers['kindergartens']['synthetic'] == 1).sum())})",
        "kindergarten places": int(layers["kindergartens"]["capacity"].sum()),
        "polyclinics (real/synthetic)": f"{len(layers['polyclinics'])} "
        f"({int((layers['polyclinics']['synthetic'] == 0).sum())}/"
        f"{int((layers['polyclinics']['synthetic'] == 1).sum())})",
        "polyclinic visits per shift": int(layers["polyclinics"]["capacity"].sum()),
        "hospitals (real)": len(layers["hospitals"]),
        "hospital beds": int(layers["hospitals"]["beds"].sum()),
        "parks (real/synthetic)": f"{len(layers['parks'])} ({int((layers['parks']['synthetic'] == 0).sum())}/"
        f"{int((layers['parks']['synthetic'] == 1).sum())})",
        "parks ha": round(float(layers["parks"].area.sum()) / 1e4, 2),
        "roads": len(layers["roads"]),
        "candidate sites (synthetic)": len(layers["candidate_sites"]),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", help="folder of the Almaty source data (default <repo>/data/source)")
    ap.add_argument("--out", default=str(REPO / "resources" / "demo" / "almaty_demo.gpkg"))
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    src = find_source(args.source)
    layers = Builder(src).run()
    city = unary_union(list(gpd.read_file(src / "city_osm2017.geojson").to_crs(CRS).geometry))
    layers.update(build_settlements(src, city))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    for name, gdf in layers.items():
        # parks keep full precision: their areas are calibrated to the published 631.2 ha
        (gdf if name == "parks" else _round_geometry(gdf)).to_file(out, layer=name, driver="GPKG")
    with sqlite3.connect(out) as con:  # reclaim the pages left free while writing
        con.execute("VACUUM")
    for key, value in totals(layers).items():
        log.info("%-36s %s", key, value)
    log.info("written %s (%.1f MB)", out, out.stat().st_size / 1e6)
    return 0


if __name__ == "__main__":
    sys.exit(main())
