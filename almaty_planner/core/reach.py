"""Who reaches what: pairs of (population point, facility) within a distance limit.

Two kinds of distance, both in metres of a metric CRS:

* straight line: a KD-tree (``scipy.spatial.cKDTree``) over the points finds, for all facilities at
  once, the points within the largest radius; each pair is then kept when its distance is within the
  radius of the point (radii may differ by the point's settlement tier or development type). The cost
  grows with the number of pairs within reach, not with points times facilities.
* street network: a graph is built from line geometries (every vertex is a node, every segment an
  edge weighted by its length; vertices closer than ``tolerance`` are merged). Points and facilities
  are snapped to their nearest node and the snap distances are added to the path length. Shortest
  paths run from the facilities' nodes with ``scipy.sparse.csgraph.dijkstra`` (one bounded search per
  facility, many facilities per call) with ``limit`` = the largest radius, in chunks so memory stays
  bounded. Streets are walked in both directions.

The result is a :class:`Pairs`: three aligned arrays ``point``, ``facility``, ``dist`` sorted by
``(dist, facility, point)``, so every consumer sees the same deterministic order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from scipy.sparse.csgraph import connected_components, dijkstra
from scipy.spatial import cKDTree

from almaty_planner.core import sorting
from almaty_planner.core.errors import InputError
from almaty_planner.core.i18n import tr

log = logging.getLogger(__name__)

ProgressFn = Callable[[float], bool]


@dataclass
class Pairs:
    """Pairs within reach: ``point[k]`` reaches ``facility[k]`` at ``dist[k]`` metres."""

    point: NDArray[Any]
    facility: NDArray[Any]
    dist: NDArray[Any]

    def __len__(self) -> int:
        """Number of pairs."""
        return int(self.point.size)


def _radii(radius: float | NDArray[Any], n: int) -> NDArray[Any]:
    """Broadcast a scalar or per-point radius to an array of ``n`` floats, refusing negatives."""
    r = np.broadcast_to(np.asarray(radius, dtype=float), (n,)).astype(float)
    if n and (np.isnan(r).any() or (r < 0).any()):
        raise InputError(tr("the reach radius must be a number of metres >= 0"))
    return r


def _sorted_pairs(pi: NDArray[Any], fj: NDArray[Any], d: NDArray[Any]) -> Pairs:
    """Sort pairs by distance, then facility, then point (a deterministic total order)."""
    order = sorting.lexsort((pi, fj, d))
    return Pairs(pi[order].astype(np.int64), fj[order].astype(np.int64), d[order].astype(float))


def _empty_pairs() -> Pairs:
    """A Pairs without any pair."""
    return Pairs(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, float))


def straight_pairs(
    points: NDArray[Any],
    facilities: NDArray[Any],
    radius: float | NDArray[Any],
    *,
    chunk: int = 2048,
    progress: ProgressFn | None = None,
) -> Pairs:
    """All (point, facility) pairs with straight-line distance <= the point's radius (metres)."""
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    facilities = np.asarray(facilities, dtype=float).reshape(-1, 2)
    r = _radii(radius, len(points))
    if len(points) == 0 or len(facilities) == 0:
        return _empty_pairs()
    rmax = float(r.max())
    # the trees find every pair within a hair more than the largest radius (all in C); the distance that
    # decides is then computed for each pair as before (np.hypot), so rounding in the tree changes nothing
    search = rmax * (1.0 + 1e-9) + 1e-9
    # trees built unbalanced and uncompacted: built three times faster, searched as fast, the same pairs
    # (the tree's shape decides only the order in which they come, and they are sorted below)
    tree = cKDTree(points, balanced_tree=False, compact_nodes=False)
    parts_i, parts_j, parts_d = [], [], []
    for start in range(0, len(facilities), chunk):
        block = facilities[start : start + chunk]
        found = cKDTree(block, balanced_tree=False, compact_nodes=False).sparse_distance_matrix(
            tree, search, output_type="ndarray"
        )
        if len(found):
            pi = found["j"].astype(np.int64)
            fj = found["i"].astype(np.int64) + start
            d = np.hypot(points[pi, 0] - facilities[fj, 0], points[pi, 1] - facilities[fj, 1])
            keep = d <= r[pi]
            parts_i.append(pi[keep])
            parts_j.append(fj[keep])
            parts_d.append(d[keep])
        if progress is not None and progress(min(1.0, (start + len(block)) / len(facilities))):
            break
    if not parts_i:
        return _empty_pairs()
    return _sorted_pairs(np.concatenate(parts_i), np.concatenate(parts_j), np.concatenate(parts_d))


@dataclass
class StreetGraph:
    """An undirected street graph: node coordinates and a CSR matrix of segment lengths (metres)."""

    nodes: NDArray[Any]
    matrix: sparse.csr_matrix
    n_edges: int

    def snap(self, xy: NDArray[Any]) -> tuple[NDArray[Any], NDArray[Any]]:
        """Nearest node of each point and the straight-line distance to it."""
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        if len(xy) == 0:
            return np.empty(0, np.int64), np.empty(0, float)
        dist, node = self._tree().query(xy)
        return node.astype(np.int64), dist.astype(float)

    def _tree(self) -> cKDTree:
        """KD-tree of the nodes (built once)."""
        tree = getattr(self, "_kd", None)
        if tree is None:
            tree = cKDTree(self.nodes)
            self._kd = tree
        return tree

    def components(self) -> int:
        """Number of connected parts of the graph."""
        return int(connected_components(self.matrix, directed=False)[0])


def _line_parts(geom: Any) -> list[NDArray[Any]]:
    """The coordinate arrays of the lines in a (Multi)LineString; other geometries give nothing."""
    kind = getattr(geom, "geom_type", "")
    if kind == "LineString":
        return [np.asarray(geom.coords, dtype=float)[:, :2]]
    if kind == "MultiLineString":
        return [np.asarray(g.coords, dtype=float)[:, :2] for g in geom.geoms]
    return []


def build_graph(lines: Any, *, tolerance: float = 0.01, layer: str = "network") -> StreetGraph:
    """Build a :class:`StreetGraph` from an iterable of (Multi)LineString geometries in metres.

    Vertices closer than ``tolerance`` metres (on a grid of that size) become one node; lines are
    joined only where they share a vertex (as OSM ways do).
    """
    starts, ends = [], []
    for geom in lines:
        if geom is None:
            continue
        for coords in _line_parts(geom):
            if len(coords) >= 2:
                starts.append(coords[:-1])
                ends.append(coords[1:])
    if not starts:
        raise InputError(tr("the street layer has no line features"), layer=layer)
    a = np.concatenate(starts)
    b = np.concatenate(ends)
    keys = np.round(np.concatenate([a, b]) / tolerance).astype(np.int64)
    uniq, inverse = np.unique(keys, axis=0, return_inverse=True)
    inverse = np.asarray(inverse).reshape(-1)
    nodes = uniq.astype(float) * tolerance
    u, v = inverse[: len(a)], inverse[len(a) :]
    w = np.hypot(*(a - b).T)
    keep = u != v
    u, v, w = u[keep], v[keep], w[keep]
    n = len(nodes)
    # Parallel segments between the same nodes: keep the shortest (a sparse sum would add them).
    lo, hi = np.minimum(u, v), np.maximum(u, v)
    order = np.lexsort((w, hi, lo))
    lo, hi, w = lo[order], hi[order], w[order]
    first = np.ones(len(lo), dtype=bool)
    first[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
    lo, hi, w = lo[first], hi[first], np.maximum(w[first], 1e-9)
    matrix = sparse.coo_matrix(
        (np.concatenate([w, w]), (np.concatenate([lo, hi]), np.concatenate([hi, lo]))), shape=(n, n)
    ).tocsr()
    return StreetGraph(nodes, matrix, len(lo))


def network_pairs(
    graph: StreetGraph,
    points: NDArray[Any],
    facilities: NDArray[Any],
    radius: float | NDArray[Any],
    *,
    chunk: int | None = None,
    max_chunk_bytes: int = 64 * 2**20,
    progress: ProgressFn | None = None,
) -> Pairs:
    """All (point, facility) pairs whose network distance (snap + path + snap) <= the point's radius.

    One bounded Dijkstra search per facility node (facilities on the same node share it), run for
    ``chunk`` facility nodes at a time so that the dense distance block stays under
    ``max_chunk_bytes``.
    """
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    facilities = np.asarray(facilities, dtype=float).reshape(-1, 2)
    r = _radii(radius, len(points))
    if len(points) == 0 or len(facilities) == 0:
        return _empty_pairs()
    rmax = float(r.max())
    p_node, p_snap = graph.snap(points)
    f_node, f_snap = graph.snap(facilities)
    n_nodes = len(graph.nodes)
    # Points grouped by node (CSR-like): points_by_node[ptr[k]:ptr[k+1]] sit on node k.
    by_node = np.argsort(p_node, kind="stable")
    ptr = np.zeros(n_nodes + 1, dtype=np.int64)
    np.cumsum(np.bincount(p_node, minlength=n_nodes), out=ptr[1:])
    # Facilities grouped by node: one search per distinct node.
    src_nodes, f_inverse = np.unique(f_node, return_inverse=True)
    f_inverse = np.asarray(f_inverse).reshape(-1)
    if chunk is None:
        chunk = max(1, min(512, max_chunk_bytes // max(1, 8 * n_nodes)))
    parts_i, parts_j, parts_d = [], [], []
    fac_order = np.argsort(f_inverse, kind="stable")
    fac_ptr = np.zeros(len(src_nodes) + 1, dtype=np.int64)
    np.cumsum(np.bincount(f_inverse, minlength=len(src_nodes)), out=fac_ptr[1:])
    for start in range(0, len(src_nodes), chunk):
        block = src_nodes[start : start + chunk]
        dist = dijkstra(graph.matrix, directed=False, indices=block, limit=rmax)
        rows, nodes = np.nonzero(np.isfinite(dist))
        dnode = dist[rows, nodes]
        del dist
        counts = ptr[nodes + 1] - ptr[nodes]
        has = counts > 0
        rows, nodes, dnode, counts = rows[has], nodes[has], dnode[has], counts[has]
        if rows.size == 0:
            continue
        # Expand (row, node) to every point on that node.
        total = int(counts.sum())
        offsets = np.repeat(ptr[nodes] - np.cumsum(counts) + counts, counts) + np.arange(total)
        pi = by_node[offsets]
        prow = np.repeat(rows, counts)
        pd_node = np.repeat(dnode, counts) + p_snap[pi]
        # Expand each source node to every facility on it.
        src = prow + start
        fcounts = fac_ptr[src + 1] - fac_ptr[src]
        ftotal = int(fcounts.sum())
        foffsets = np.repeat(fac_ptr[src] - np.cumsum(fcounts) + fcounts, fcounts) + np.arange(ftotal)
        fj = fac_order[foffsets]
        pi = np.repeat(pi, fcounts)
        d = np.repeat(pd_node, fcounts) + f_snap[fj]
        keep = d <= r[pi]
        parts_i.append(pi[keep])
        parts_j.append(fj[keep])
        parts_d.append(d[keep])
        if progress is not None and progress(min(1.0, (start + len(block)) / len(src_nodes))):
            break
    if not parts_i:
        return _empty_pairs()
    return _sorted_pairs(np.concatenate(parts_i), np.concatenate(parts_j), np.concatenate(parts_d))


def nearest_distance(pairs: Pairs, n_points: int) -> NDArray[Any]:
    """Distance from each point to its nearest facility within reach (``inf`` when none)."""
    out = np.full(n_points, np.inf)
    if len(pairs):
        # Pairs are sorted by distance: a point's first pair is its nearest.
        first = sorting.first_occurrences(pairs.point)
        out[pairs.point[first]] = pairs.dist[first]
    return out
