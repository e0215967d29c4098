"""Reach pairs: straight-line KD-tree pairs and street-network distances, checked by hand."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import LineString, MultiLineString

from almaty_planner.core import reach
from almaty_planner.core.errors import InputError


def _brute(points: np.ndarray, facs: np.ndarray, radius: np.ndarray) -> set[tuple[int, int]]:
    """Every pair within the point's radius, by the full distance matrix (independent method)."""
    d = np.hypot(points[:, None, 0] - facs[None, :, 0], points[:, None, 1] - facs[None, :, 1])
    i, j = np.nonzero(d <= radius[:, None])
    return set(zip(i.tolist(), j.tolist()))


def test_straight_pairs_by_hand() -> None:
    """Three points, two facilities, radius 5: the pairs and distances are the obvious ones."""
    pts = np.array([[0.0, 0.0], [3.0, 4.0], [20.0, 0.0]])
    facs = np.array([[0.0, 0.0], [6.0, 8.0]])
    pairs = reach.straight_pairs(pts, facs, 5.0)
    got = list(zip(pairs.point.tolist(), pairs.facility.tolist(), pairs.dist.tolist()))
    # sorted by distance, then facility, then point
    assert got == [(0, 0, 0.0), (1, 0, 5.0), (1, 1, 5.0)]


def test_straight_pairs_match_brute_force_with_per_point_radius() -> None:
    """Random layout, radius varying per point, small chunks: same pairs as the full matrix."""
    rng = np.random.default_rng(3)
    pts = rng.uniform(0, 1000, (400, 2))
    facs = rng.uniform(0, 1000, (37, 2))
    radius = rng.choice([80.0, 150.0], size=len(pts))
    pairs = reach.straight_pairs(pts, facs, radius, chunk=5)
    assert set(zip(pairs.point.tolist(), pairs.facility.tolist())) == _brute(pts, facs, radius)
    assert np.all(np.diff(pairs.dist) >= 0)
    expect = np.hypot(*(pts[pairs.point] - facs[pairs.facility]).T)
    np.testing.assert_allclose(pairs.dist, expect)


def test_straight_pairs_at_city_coordinates_on_the_radius_match_brute_force() -> None:
    """UTM coordinates (rounding at 4.7 million metres), many points exactly on or a hair beyond the
    radius: the pairs are those of the full matrix, computed the same way (np.hypot)."""
    rng = np.random.default_rng(11)
    facs = np.array([600_000.0, 4_770_000.0]) + rng.uniform(0, 3000, (25, 2))
    angles = rng.uniform(0, 2 * np.pi, 600)
    centre = facs[rng.integers(0, len(facs), 600)]
    scale = np.where(np.arange(600) % 2 == 0, 1.0, 1.0 + 1e-12)
    pts = centre + 500.0 * scale[:, None] * np.column_stack([np.cos(angles), np.sin(angles)])
    pts = np.vstack([pts, facs[:5]])  # and points on the facilities themselves
    radius = np.full(len(pts), 500.0)
    pairs = reach.straight_pairs(pts, facs, radius, chunk=4)
    assert set(zip(pairs.point.tolist(), pairs.facility.tolist())) == _brute(pts, facs, radius)


def test_negative_radius_refused() -> None:
    """A negative radius is an input error, not an empty result."""
    with pytest.raises(InputError):
        reach.straight_pairs(np.zeros((1, 2)), np.zeros((1, 2)), -1.0)


def _l_street() -> reach.StreetGraph:
    """An L-shaped street (0,0)-(100,0)-(100,100) and a detached street far away."""
    return reach.build_graph(
        [
            LineString([(0, 0), (100, 0)]),
            MultiLineString([[(100, 0), (100, 100)], [(500, 500), (600, 500)]]),
        ]
    )


def test_build_graph_nodes_and_edges() -> None:
    """Shared vertices join lines; a multi-part line gives separate parts."""
    g = _l_street()
    assert len(g.nodes) == 5
    assert g.n_edges == 3
    assert g.components() == 2


def test_network_distance_adds_snap_distances() -> None:
    """Point at (0,-3) snaps to (0,0) [3 m]; facility at (103,100) to (100,100) [3 m]; path 200 m."""
    g = _l_street()
    pts = np.array([[0.0, -3.0], [100.0, 50.0], [550.0, 500.0]])
    facs = np.array([[103.0, 100.0]])
    pairs = reach.network_pairs(g, pts, facs, 300.0)
    got = dict(zip(pairs.point.tolist(), pairs.dist.tolist()))
    # point 1 snaps to (100,0) [50 m] or (100,100) [50 m]; either way 50 + 0/100 + 3
    assert got[0] == pytest.approx(3.0 + 200.0 + 3.0)
    assert 1 in got
    assert got[1] in (pytest.approx(53.0), pytest.approx(153.0))
    assert 2 not in got  # other component
    # the radius limits the sum, snap distances included
    short = reach.network_pairs(g, pts, facs, 205.9)
    assert 0 not in short.point.tolist()


def test_network_pairs_grid_match_manhattan_and_chunking() -> None:
    """On a 10 m grid, street distance between nodes is the Manhattan distance; chunks agree."""
    lines = [LineString([(0, y), (100, y)]) for y in range(0, 101, 10)]
    lines += [LineString([(x, 0), (x, 100)]) for x in range(0, 101, 10)]
    # split long lines at every crossing so that streets join at intersections
    segs = []
    for line in lines:
        (x0, y0), (x1, y1) = line.coords
        n = 10
        coords = [(x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n) for k in range(n + 1)]
        segs.append(LineString(coords))
    g = reach.build_graph(segs)
    rng = np.random.default_rng(1)
    pts = rng.integers(0, 11, (60, 2)).astype(float) * 10
    facs = rng.integers(0, 11, (7, 2)).astype(float) * 10
    facs[1] = facs[0]  # two facilities on one node share one search
    radius = 60.0
    a = reach.network_pairs(g, pts, facs, radius)
    b = reach.network_pairs(g, pts, facs, radius, chunk=1)
    manhattan = np.abs(pts[:, None, :] - facs[None, :, :]).sum(axis=2)
    i, j = np.nonzero(manhattan <= radius)
    assert set(zip(a.point.tolist(), a.facility.tolist())) == set(zip(i.tolist(), j.tolist()))
    np.testing.assert_allclose(a.dist, manhattan[a.point, a.facility])
    np.testing.assert_array_equal(a.point, b.point)
    np.testing.assert_array_equal(a.facility, b.facility)


def test_nearest_distance() -> None:
    """The nearest reachable facility's distance, inf when none is in reach."""
    pairs = reach.straight_pairs(np.array([[0.0, 0.0], [50.0, 0.0]]), np.array([[1.0, 0.0], [3.0, 0.0]]), 10.0)
    np.testing.assert_allclose(reach.nearest_distance(pairs, 2), [1.0, np.inf])


def test_empty_street_layer_refused() -> None:
    """A street layer without lines is an input error naming the layer."""
    with pytest.raises(InputError, match="network"):
        reach.build_graph([None])
