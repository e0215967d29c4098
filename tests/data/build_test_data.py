"""Build the small input files of the plugin tests (run once; the files are committed).

Two microdistricts of 1 km x 1 km side by side in EPSG:32643 (UTM 43N, Almaty), with Cyrillic
names, three schools, five buildings and one park; the same units in EPSG:4326 (GeoJSON) and as a
Shapefile. Every number is chosen so that the expected results can be worked out by hand in the tests.
Usage: python tests/data/build_test_data.py
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
from shapely.geometry import Point, box

HERE = Path(__file__).resolve().parent
UTM = "EPSG:32643"
X0, Y0 = 650000.0, 4790000.0


def units() -> gpd.GeoDataFrame:
    """Two microdistricts: A (west, 5000 residents) and B (east, 3000 residents)."""
    return gpd.GeoDataFrame(
        {
            "unit_id": [1, 2],
            "name": ["Микрорайон Алатау-1", "Шағын аудан №2"],
            "pop": [5000, 3000],
            "children": [800, 450],
            "pupils_1_9": [600, 350],
            "pupils_10_11": [100, 60],
            "children_2_6": [400, 210],
            "sewer_pop": [4000, 3000],
            "water_pop": [5000, 2400],
            "status": ["город республиканского значения", "город республиканского значения"],
        },
        geometry=[box(X0, Y0, X0 + 1000, Y0 + 1000), box(X0 + 1000, Y0, X0 + 2000, Y0 + 1000)],
        crs=UTM,
    )


def schools() -> gpd.GeoDataFrame:
    """Three schools: two in A (300 and 200 places), one in B (400 places)."""
    return gpd.GeoDataFrame(
        {"school_id": [11, 12, 13], "name": ["Школа №1", "Мектеп №2", "Школа №3"], "places": [300, 200, 400]},
        geometry=[Point(X0 + 250, Y0 + 500), Point(X0 + 750, Y0 + 500), Point(X0 + 1500, Y0 + 500)],
        crs=UTM,
    )


def buildings() -> gpd.GeoDataFrame:
    """Five houses: in A 20x50 m x 5 floors and 20x50 m x 15 floors; in B three 10x10 m houses of 1, 1, 2 floors."""
    return gpd.GeoDataFrame(
        {
            "bld_id": [101, 102, 201, 202, 203],
            "floors": [5, 15, 1, 1, 2],
            "address": ["ул. Абая, 1", "ул. Абая, 3", "көш. Төле би, 5", "көш. Төле би, 7", "көш. Төле би, 9"],
        },
        geometry=[
            box(X0 + 100, Y0 + 100, X0 + 120, Y0 + 150),
            box(X0 + 600, Y0 + 600, X0 + 620, Y0 + 650),
            box(X0 + 1100, Y0 + 100, X0 + 1110, Y0 + 110),
            box(X0 + 1300, Y0 + 300, X0 + 1310, Y0 + 310),
            box(X0 + 1500, Y0 + 700, X0 + 1510, Y0 + 710),
        ],
        crs=UTM,
    )


def parks() -> gpd.GeoDataFrame:
    """One park of 200 x 100 m (2 ha) inside A."""
    return gpd.GeoDataFrame(
        {"park_id": [1], "name": ["Сквер Достық"]},
        geometry=[box(X0 + 300, Y0 + 700, X0 + 500, Y0 + 800)],
        crs=UTM,
    )


def main() -> None:
    """Write planner_test.gpkg (UTM), units_4326.geojson, schools_4326.geojson and units.shp."""
    gpkg = HERE / "planner_test.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    units().to_file(gpkg, layer="units", driver="GPKG")
    schools().to_file(gpkg, layer="schools", driver="GPKG")
    buildings().to_file(gpkg, layer="buildings", driver="GPKG")
    parks().to_file(gpkg, layer="parks", driver="GPKG")
    units().to_crs(4326).to_file(HERE / "units_4326.geojson", driver="GeoJSON")
    schools().to_crs(4326).to_file(HERE / "schools_4326.geojson", driver="GeoJSON")
    shp = HERE / "units_shp"
    shp.mkdir(exist_ok=True)
    units().to_file(shp / "units.shp", driver="ESRI Shapefile", encoding="utf-8")


if __name__ == "__main__":
    main()
