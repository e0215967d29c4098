"""Point-in-polygon through the spatial index against a brute-force loop over every point and unit."""

from __future__ import annotations

import numpy as np
import pytest
from shapely import wkt
from shapely.geometry import MultiPolygon, Point, Polygon, box

from almaty_planner.core import geo


def brute_force(xy: np.ndarray, geoms: list) -> np.ndarray:
    """The rule spelt out: first unit whose interior contains the point, else first one it touches."""
    out = np.full(len(xy), -1)
    for i, (x, y) in enumerate(xy):
        point = Point(x, y)
        usable = [(pos, g) for pos, g in enumerate(geoms) if g is not None and not g.is_empty]
        inside = [pos for pos, g in usable if g.contains(point)]
        touching = [pos for pos, g in usable if g.intersects(point)]
        out[i] = inside[0] if inside else (touching[0] if touching else -1)
    return out


def _units(rng: np.random.Generator) -> list:
    """A 6x6 grid with an overlapping square, a polygon with a hole, a multipolygon, None and an empty."""
    units = [box(x, y, x + 1, y + 1) for x in range(6) for y in range(6)]
    units += [
        box(1.5, 1.5, 3.5, 3.5),
        Polygon([(0, 0), (6, 0), (6, 6), (0, 6)], [[(2, 2), (4, 2), (4, 4), (2, 4)]]),
        MultiPolygon([box(7, 7, 8, 8), box(9, 9, 10, 10)]),
        None,
        wkt.loads("POLYGON EMPTY"),
        Polygon([(0, 0), (3, 0.5), (0.5, 3)]),
    ]
    return [units[i] for i in rng.permutation(len(units))]


@pytest.mark.parametrize("seed", range(12))
def test_many_points_on_edges_and_vertices_match_brute_force(seed: int) -> None:
    """Points on half-unit steps (many on shared edges and corners), random points and a NaN point."""
    rng = np.random.default_rng(seed)
    units = _units(rng)
    xy = np.column_stack([rng.integers(-2, 24, 250) / 2.0, rng.integers(-2, 24, 250) / 2.0])
    xy = np.vstack([xy, rng.uniform(-1, 11, (150, 2)), [[np.nan, 1.0]]])
    assert geo.points_in_polygons(xy, units).tolist() == brute_force(xy, units).tolist()


@pytest.mark.parametrize("seed", range(8))
def test_few_points_among_many_units_match_brute_force(seed: int) -> None:
    """Fewer points than units (facilities in a fine grid) take the per-point index path."""
    rng = np.random.default_rng(100 + seed)
    units = [box(x, y, x + 1, y + 1) for x in range(10) for y in range(10)] + [None, box(2, 2, 5, 5)]
    units = [units[i] for i in rng.permutation(len(units))]
    xy = np.column_stack([rng.integers(-2, 22, 12) / 2.0, rng.integers(-2, 22, 12) / 2.0])
    assert geo.points_in_polygons(xy, units).tolist() == brute_force(xy, units).tolist()


def test_shared_edge_goes_to_exactly_one_unit_in_layer_order() -> None:
    """A point on the edge between two cells and one on the corner of four go to the first cell listed."""
    cells = [box(1, 0, 2, 1), box(0, 0, 1, 1), box(0, 1, 1, 2), box(1, 1, 2, 2)]
    xy = np.array([[1.0, 0.5], [1.0, 1.0], [0.5, 1.0], [2.5, 0.5]])
    assert geo.points_in_polygons(xy, cells).tolist() == [0, 0, 1, -1]


def test_box_pairs_equal_every_box_test() -> None:
    """The grid of boxes finds exactly the (point, box) pairs a full comparison finds."""
    rng = np.random.default_rng(7)
    lo = rng.uniform(0, 100, (300, 2))
    bounds = np.column_stack([lo, lo + rng.uniform(0, 20, (300, 2)) ** rng.choice([1, 1.5], (300, 2))])
    bounds[5] = np.nan
    xy = np.vstack([rng.uniform(-5, 140, (500, 2)), bounds[:20, :2], bounds[20:40, 2:]])
    pt, bx = geo.box_pairs(xy, bounds)
    full = (
        (xy[:, None, 0] >= bounds[None, :, 0])
        & (xy[:, None, 0] <= bounds[None, :, 2])
        & (xy[:, None, 1] >= bounds[None, :, 1])
        & (xy[:, None, 1] <= bounds[None, :, 3])
    )
    assert sorted(zip(pt.tolist(), bx.tolist())) == sorted(zip(*map(np.ndarray.tolist, np.nonzero(full))))


def test_point_coordinates_of_many_points() -> None:
    """The coordinates of points come back exactly, in order (one WKB blob on shapely 1.8)."""
    import geopandas as gpd

    rng = np.random.default_rng(3)
    xy = rng.uniform(-1e6, 1e6, (1000, 2))
    series = gpd.GeoSeries([Point(x, y) for x, y in xy])
    assert np.array_equal(geo.point_coords(series), xy)


def test_point_inside_each_polygon_line_and_multipoint() -> None:
    """Polygons give their representative point, lines their middle, multipoints their centroid."""
    import geopandas as gpd
    from shapely.geometry import LineString, MultiPoint

    shapes = [
        Polygon([(0, 0), (4, 0), (4, 1), (1, 1), (1, 4), (0, 4)]),
        Point(5, 5),
        LineString([(0, 0), (10, 0)]),
        MultiPoint([(0, 0), (2, 2)]),
        MultiPolygon([box(10, 10, 11, 11), box(20, 20, 22, 22)]),
    ]
    xy = geo.point_coords(gpd.GeoSeries(shapes))
    expected = [
        shapes[0].representative_point().coords[0],
        (5.0, 5.0),
        (5.0, 0.0),
        (1.0, 1.0),
        shapes[4].representative_point().coords[0],
    ]
    assert xy.tolist() == [list(p) for p in expected]
    assert all(s.covers(Point(p)) for s, p in zip([shapes[0], shapes[4]], xy[[0, 4]]))


def test_reach_from_inner_point_is_hausdorff_to_representative_point() -> None:
    """Each unit's reach from its point inside equals shapely's Hausdorff distance to that point."""
    import geopandas as gpd

    rng = np.random.default_rng(11)
    shapes = [box(x, y, x + w, y + h) for x, y, w, h in rng.uniform(0, 100, (50, 4))]
    shapes += [Polygon([(0, 0), (4, 0), (4, 1), (1, 1), (1, 4), (0, 4)]), None]
    got = geo.reach_from_inner_point(gpd.GeoSeries(shapes))
    expected = [0.0 if g is None else g.hausdorff_distance(g.representative_point()) for g in shapes]
    assert got.tolist() == expected
