"""Dasymetric population: a unit's residents shared among its buildings, to the last resident."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import box

from almaty_planner.core.dasymetric import distribute_population
from almaty_planner.core.errors import InputError

CRS = "EPSG:32643"


@pytest.fixture
def layers() -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Unit A (1,000 residents) with three buildings; unit B (7) with two; one building outside."""
    units = gpd.GeoDataFrame(
        {"name": ["Алмалы", "Медеу"], "pop": [1000, 7]},
        geometry=[box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)],
        crs=CRS,
    )
    buildings = gpd.GeoDataFrame(
        {"floors": [1, 2, 3, 5, 5, 9]},
        geometry=[
            box(10, 10, 20, 20),  # 100 m2 x 1
            box(100, 100, 110, 110),  # 100 m2 x 2
            box(200, 200, 210, 210),  # 100 m2 x 3
            box(1100, 100, 1110, 110),  # B: 100 m2 x 5
            box(1200, 100, 1210, 110),  # B: 100 m2 x 5
            box(5000, 0, 5010, 10),  # outside every unit
        ],
        crs=CRS,
    )
    return units, buildings


def test_by_floor_area_whole_residents(layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]) -> None:
    """A: 1000 x 100/600, 200/600, 300/600 = 166.67, 333.33, 500 -> 167, 333, 500 (largest remainder);
    B: 7 split equally -> 4 and 3 (the tie goes to the first); outside: 0 and a warning."""
    units, buildings = layers
    out, warnings = distribute_population(
        units, buildings, population_field="pop", floors_field="floors", unit_name_field="name"
    )
    assert out["population"].tolist() == [167, 333, 500, 4, 3, 0]
    assert out["floor_area_m2"].tolist()[:3] == pytest.approx([100, 200, 300])
    assert out["unit_name"].tolist()[:5] == ["Алмалы"] * 3 + ["Медеу"] * 2
    assert out["unit_name"].isna().tolist()[5]
    assert any("1 buildings lie outside" in w for w in warnings)
    assert buildings.columns.tolist() == ["floors", "geometry"]  # input untouched


def test_fractional_shares_when_asked(layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]) -> None:
    """Without whole residents the shares are exact fractions that still add up to each unit."""
    units, buildings = layers
    out, _ = distribute_population(
        units, buildings, population_field="pop", floors_field="floors", whole_residents=False
    )
    assert out["population"].tolist()[:5] == pytest.approx([1000 / 6, 2000 / 6, 500, 3.5, 3.5])


def test_by_footprint_and_missing_floors(layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]) -> None:
    """By footprint every building of A weighs the same; floor area without a floors field is refused."""
    units, buildings = layers
    out, _ = distribute_population(units, buildings, population_field="pop", weight="footprint")
    assert out["population"].tolist()[:3] == [334, 333, 333]
    assert np.isclose(out["population"].sum(), 1007)
    with pytest.raises(InputError, match="floors"):
        distribute_population(units, buildings, population_field="pop")
