"""Whole-array geometry operations for shapely 1.8, the version Debian 12 and older QGIS installs ship.

Shapely 2 answers ``from_wkb``, ``is_valid``, ``is_empty`` ... for a whole array in one call. Shapely
1.8 has no such functions: each geometry answers for itself through several layers of Python, and
making a geometry from WKB costs about 8 us, of which GEOS itself takes under 1 us. At a city's
200,000 units that is seconds of Python per step. This module calls the same GEOS functions that
shapely 1.8 calls (the library shapely loaded, through ctypes, with the same context handle) in one
plain loop per array, and makes the shapely objects exactly as shapely's own ``geom_factory`` does.

Every function returns what shapely 1.8's own per-geometry call returns (the tests compare them
geometry by geometry). :func:`available` is False when shapely is 2 (use its own functions) or when
this shapely 1.8 or its GEOS does not look exactly as expected; the callers then take shapely's own
per-geometry path, slower but the same.
"""

from __future__ import annotations

import ctypes
import itertools
import struct
from typing import Any

import numpy as np
from numpy.typing import NDArray

_API: Any = None

# shapely 1.8's geom_factory sets exactly these attributes on a new geometry (checked on a probe)
_FACTORY_ATTRS = {"__geom__", "__p__", "_ndim", "_is_empty"}
# GEOSGeomTypeId -> shapely class name
_TYPE_NAMES = (
    "Point",
    "LineString",
    "LinearRing",
    "Polygon",
    "MultiPoint",
    "MultiLineString",
    "MultiPolygon",
    "GeometryCollection",
)


def bind(name: str, restype: Any, *argtypes: Any) -> Any:
    """The reentrant GEOS C function ``name`` of the library shapely 1.8 loaded, as a new function object
    with its prototype set (the context handle first; shapely's own prototypes stay untouched). Raises
    when this is not shapely 1.8 or the library lacks the function (an older GEOS)."""
    from shapely.geos import lgeos

    fn = lgeos._lgeos[name]
    fn.restype = restype
    fn.argtypes = [ctypes.c_void_p, *argtypes]
    return fn


def geos_handle() -> Any:
    """The GEOS context handle shapely 1.8 calls GEOS with (raises when this is not shapely 1.8)."""
    from shapely.geos import lgeos

    return lgeos.geos_handle


class _Api:
    """The GEOS functions used here, bound once, and the shapely 1.8 classes by GEOS type id."""

    def __init__(self) -> None:
        import shapely.geometry as sg

        vp, c = ctypes.c_void_p, ctypes.c_char
        self.handle = geos_handle()
        self.reader_create = bind("GEOSWKBReader_create_r", vp)
        self.reader_destroy = bind("GEOSWKBReader_destroy_r", None, vp)
        self.reader_read = bind("GEOSWKBReader_read_r", vp, vp, ctypes.c_char_p, ctypes.c_size_t)
        self.type_id = bind("GEOSGeomTypeId_r", ctypes.c_int, vp)
        self.has_z = bind("GEOSHasZ_r", c, vp)
        self.is_empty = bind("GEOSisEmpty_r", c, vp)
        self.is_valid = bind("GEOSisValid_r", c, vp)
        self.destroy = bind("GEOSGeom_destroy_r", None, vp)
        self.num_geoms = bind("GEOSGetNumGeometries_r", ctypes.c_int, vp)
        self.part = bind("GEOSGetGeometryN_r", vp, vp, ctypes.c_int)
        self.classes = [getattr(sg, name) for name in _TYPE_NAMES]


def _api() -> Any:
    """The bound functions, or False when shapely is not a 1.8 this module knows."""
    global _API
    if _API is None:
        _API = _load()
    return _API


def _load() -> Any:
    """Bind the functions and check on probes that the fast factory makes what shapely makes."""
    try:
        import shapely

        if callable(getattr(shapely, "from_wkb", None)):  # shapely 2: its own functions are faster
            return False
        from shapely import wkb
        from shapely.geometry import Polygon, box

        api = _Api()
        probe = wkb.loads(box(0, 0, 1, 1).wkb)
        if set(vars(probe)) != _FACTORY_ATTRS or type(probe) is not Polygon:
            return False
        made = _make(api, [box(0, 0, 1, 1).wkb, wkb.dumps(box(0, 0, 2, 2))])
        if not all(
            type(g) is Polygon and g.equals_exact(p, 0) for g, p in zip(made, (box(0, 0, 1, 1), box(0, 0, 2, 2)))
        ):
            return False
        return api
    except Exception:  # any surprise: shapely's own per-geometry path
        return False


def available() -> bool:
    """True when this is shapely 1.8 and its GEOS answers as this module expects."""
    return bool(_api())


# A geometry made here keeps under this name (shapely 1.8's reference to what keeps it alive) the record
# (:class:`Made`) of what the blobs of its from_wkb call told; shapely 1.8 geometries do not change after
# they are made.
_KEEPER = "__p__"
_CHUNK = 20_000  # polygons whose coordinates are read at once
_HEAD = 32  # bytes of each blob's start that tell its type, dimension and whether it holds anything
# WKB geometry code -> GEOS type id
_GEOS_KIND = np.array([-1, 0, 1, 3, 4, 5, 6, 7], dtype=np.int64)


class Made:
    """What the blobs of one :func:`from_wkb` call told of the geometries made from them, by position,
    read in numpy: the extent of points and one-ring polygons (NaN where the blob does not tell), whether
    the geometry is valid for certain (a point with finite coordinates, a strictly convex ring) and the
    point on surface where the blob decides it (NaN elsewhere); and the ``id`` of each object made.

    Each geometry holds the record as shapely 1.8's parts hold their collection (``__p__``: one shared
    reference, nothing made per geometry); the record holds no geometry. A geometry that holds this
    record and whose ``id`` is the one at position ``i`` is the geometry made at ``i``: the geometries of
    one call were all alive at once when the ids were taken, so no two of them share an id, and a
    geometry's id does not change while it lives.

    The record also owns the GEOS collection whose parts the geometries of plain blobs are (see
    :func:`_make`), and destroys it when it goes, that is after the last of them.
    """

    __slots__ = ("__weakref__", "_order", "bounds", "collection", "ids", "inner", "valid")

    def __init__(self, bounds: NDArray[Any], valid: NDArray[np.bool_], inner: NDArray[Any]) -> None:
        self.ids: NDArray[np.uint64] = np.empty(0, dtype=np.uint64)
        self.bounds, self.valid, self.inner = bounds, valid, inner
        self._order: NDArray[np.int64] | None = None
        self.collection: Any = None

    def __del__(self) -> None:
        if self.collection:
            try:
                from shapely.geos import lgeos

                lgeos.GEOSGeom_destroy(self.collection)  # as shapely destroys its own, in this thread
            except Exception:  # shapely's library may be gone at interpreter shutdown
                pass
            self.collection = None

    def positions(self, ids: NDArray[np.uint64]) -> NDArray[np.int64]:
        """Position of each id among the geometries made (-1 for an id that is not one of them)."""
        if self._order is None:
            self._order = np.argsort(self.ids)  # the ids are distinct
        ordered = self.ids[self._order]
        at = np.minimum(np.searchsorted(ordered, ids), max(len(ordered) - 1, 0))
        if not len(ordered):
            return np.full(len(ids), -1, dtype=np.int64)
        return np.where(ordered[at] == ids, self._order[at], -1).astype(np.int64)


def known(geoms: list[Any]) -> tuple[NDArray[Any], NDArray[np.bool_], NDArray[Any]]:
    """What the blobs told of each geometry (see :class:`Made`): its extent as an ``(n, 4)`` array, whether
    it is valid for certain, its point on surface as an ``(n, 2)`` array; NaN and False for a geometry
    not made here (or None), and where its blob did not tell."""
    n = len(geoms)
    bounds = np.full((n, 4), np.nan)
    valid = np.zeros(n, dtype=bool)
    inner = np.full((n, 2), np.nan)
    records = list(map(getattr, geoms, itertools.repeat(_KEEPER, n), itertools.repeat(None, n)))
    first: Made | None = next((r for r in records if type(r) is Made), None)
    if first is None:
        return bounds, valid, inner
    ids = np.fromiter(map(id, geoms), dtype=np.uint64, count=n)
    if records.count(first) == n:  # all made by one call
        if np.array_equal(ids, first.ids):  # the very geometries made, in order
            return first.bounds.copy(), first.valid.copy(), first.inner.copy()
        pos = first.positions(ids)  # some of them, in some order
        rows = np.nonzero(pos >= 0)[0]
        bounds[rows] = first.bounds[pos[rows]]
        valid[rows] = first.valid[pos[rows]]
        inner[rows] = first.inner[pos[rows]]
        return bounds, valid, inner
    made_here: dict[int, Made] = {id(r): r for r in records if type(r) is Made}
    for record in made_here.values():
        rows = np.nonzero(np.fromiter((r is record for r in records), dtype=bool, count=n))[0]
        pos = record.positions(ids[rows])
        rows, pos = rows[pos >= 0], pos[pos >= 0]
        bounds[rows] = record.bounds[pos]
        valid[rows] = record.valid[pos]
        inner[rows] = record.inner[pos]
    return bounds, valid, inner


def _u32(head: NDArray[np.uint8], at: int) -> NDArray[np.int64]:
    """The little-endian unsigned 32-bit integer at byte ``at`` of each row."""
    return head[:, at : at + 4].copy().view("<u4").ravel().astype(np.int64)


def _f64(head: NDArray[np.uint8], at: int) -> NDArray[np.float64]:
    """The little-endian double at byte ``at`` of each row."""
    return head[:, at : at + 8].copy().view("<f8").ravel()


Headers = tuple[NDArray[np.bool_], NDArray[np.int64], NDArray[np.int64], NDArray[np.uint8], NDArray[np.int64]]


def _headers(blobs: list[Any]) -> Headers:
    """For each blob: whether its start alone says it is a non-empty geometry of a known kind, the
    GEOS type id and the number of dimensions (2 or 3), read for all blobs at once in numpy; and the
    blobs' first bytes and lengths.

    Only plain little-endian WKB (ISO or extended Z) of points, lines, polygons and their multis is
    decided here; anything else (big-endian, M, SRID, collections, a first part that is empty) is
    left to GEOS, geometry by geometry.
    """
    n = len(blobs)
    lengths = np.fromiter((len(b) if b else 0 for b in blobs), dtype=np.int64, count=n)
    head = np.frombuffer(
        b"".join(b[:_HEAD].ljust(_HEAD, b"\0") if b else bytes(_HEAD) for b in blobs), dtype=np.uint8
    ).reshape(n, _HEAD)
    raw = _u32(head, 1)
    flags, base = raw & 0xF0000000, raw & 0x0FFFFFFF
    dim, code = base // 1000, base % 1000
    z = ((flags & 0x80000000) != 0) | (dim == 1)
    plain = (head[:, 0] == 1) & ((flags & 0x70000000) == 0) & (dim <= 1) & (code >= 1) & (code <= 6)
    size = np.where(z, 24, 16)
    count = _u32(head, 5)
    part_ok = (head[:, 9] == 1) & (count > 0)
    sure = np.zeros(n, dtype=bool)
    point = code == 1
    sure |= point & (lengths >= 5 + size) & ~np.isnan(_f64(head, 5)) & ~np.isnan(_f64(head, 13))
    sure |= (code == 2) & (count > 0) & (lengths >= 9 + count * size)
    sure |= (code == 3) & (count > 0) & (_u32(head, 9) > 0)
    sure |= (code == 4) & part_ok & (lengths >= 14 + size) & ~np.isnan(_f64(head, 14)) & ~np.isnan(_f64(head, 22))
    sure |= (code == 5) & part_ok & (_u32(head, 14) > 0)
    sure |= (code == 6) & part_ok & (_u32(head, 14) > 0) & (_u32(head, 18) > 0)
    sure &= plain & (lengths > 9)
    kind = _GEOS_KIND[np.clip(code, 0, 7)]
    return sure, kind, np.where(z, 3, 2), head, lengths


class _RingEdges:
    """The edges of closed rings held one after another in coordinate arrays: ring ``p`` has vertices
    ``first[p] .. first[p] + count[p] - 1``; edge ``k`` joins vertex ``at[k]`` to ``at[k] + 1``, is edge
    ``j[k]`` of ring ``ring[k]``, and ring ``p``'s edges start at ``edge_first[p]``."""

    def __init__(self, first: NDArray[Any], count: NDArray[Any]) -> None:
        m = count - 1  # edges per ring
        self.first, self.count = first, count
        self.edge_first = np.concatenate([[0], np.cumsum(m)[:-1]])
        self.j = np.arange(int(m.sum())) - np.repeat(self.edge_first, m)
        self.ring = np.repeat(np.arange(len(count)), m)
        self.at = first[self.ring] + self.j


def _ring_bounds(blobs: list[Any], headers: Headers) -> Made:
    """The extent (minx, miny, maxx, maxy) of each plain point and one-ring polygon (or one-part,
    one-ring multipolygon) read from its coordinates in numpy, None for the others: what GEOS's
    extent gives for them, without a call per geometry. The coordinates of the one ring are the
    geometry's. Also which are valid for certain (points with finite coordinates, polygons by
    :func:`_strictly_convex`) and the polygons' point on surface where the bytes decide it
    (:func:`_interior_points`); only geometries whose coordinates are all finite get an extent."""
    n = len(blobs)
    boxes = np.full((n, 4), np.nan)
    valid = np.zeros(n, dtype=bool)
    inner = np.full((n, 2), np.nan)
    if not n:
        return Made(boxes, valid, inner)
    sure, kinds, dims, head, lengths = headers
    points = np.nonzero(sure & (kinds == 0))[0]
    if len(points):  # a point's extent is the point
        px, py = _f64(head[points], 5), _f64(head[points], 13)
        finite = np.isfinite(px) & np.isfinite(py)
        boxes[points[finite]] = np.column_stack([px, py, px, py])[finite]
        valid[points[finite]] = True
    stride = np.where(dims == 3, 24, 16)
    single = sure & (kinds == 3) & (_u32(head, 5) == 1)
    multi = sure & (kinds == 6) & (_u32(head, 5) == 1) & (_u32(head, 14) == 1)
    start = np.where(single, 13, 22)
    npts = np.where(single, _u32(head, 9), _u32(head, 18))
    polygons = np.nonzero((single | multi) & (npts > 0) & (lengths >= start + npts * stride))[0]
    for low in range(0, len(polygons), _CHUNK):  # in chunks: the temporary arrays stay in the cache
        rows = polygons[low : low + _CHUNK]
        buf = np.frombuffer(b"".join(blobs[i] for i in rows.tolist()), dtype=np.uint8)
        base = np.concatenate([[0], np.cumsum(lengths[rows])[:-1]]) + start[rows]
        count = npts[rows]
        first = np.concatenate([[0], np.cumsum(count)[:-1]])
        k = np.arange(int(count.sum())) - np.repeat(first, count)
        at = np.repeat(base, count) + np.repeat(stride[rows], count) * k
        x, y = _doubles_at(buf, at), _doubles_at(buf, at + 8)
        x0, y0 = np.minimum.reduceat(x, first), np.minimum.reduceat(y, first)
        x1, y1 = np.maximum.reduceat(x, first), np.maximum.reduceat(y, first)
        finite = np.isfinite(x0) & np.isfinite(y0) & np.isfinite(x1) & np.isfinite(y1)
        boxes[rows[finite]] = np.column_stack([x0, y0, x1, y1])[finite]
        edges = _RingEdges(first, count)
        with np.errstate(all="ignore"):  # infinite coordinates: those rings are left out (finite)
            valid[rows[_strictly_convex(x, y, edges) & finite]] = True
            ix, iy, found = _interior_points(x, y, edges, y0, y1)
        found &= finite
        inner[rows[found]] = np.column_stack([ix, iy])[found]
    return Made(boxes, valid, inner)


def _interior_points(
    x: NDArray[Any], y: NDArray[Any], edges: _RingEdges, lo: NDArray[Any], hi: NDArray[Any]
) -> tuple[NDArray[Any], NDArray[Any], NDArray[np.bool_]]:
    """GEOS's point on surface of one-ring polygons (InteriorPointArea), for all rings at once.

    The same steps and the same floating-point operations as GEOS: a horizontal scan line half way
    between the two vertex heights nearest the middle of the envelope; the crossings of the ring's
    edges with it (horizontal edges skipped, a vertex on the line counted once); the middle of the
    widest interior section. Only rings whose scan line crosses them exactly twice are answered here
    (``found``); GEOS answers the others.
    """
    first, count = edges.first, edges.count
    n = len(count)
    ring = np.repeat(np.arange(n), count)
    centre = (lo + hi) / 2.0
    below = y <= centre[ring]
    low = np.maximum.reduceat(np.where(below, y, lo[ring]), first)
    high = np.minimum.reduceat(np.where(~below, y, hi[ring]), first)
    scan = (high + low) / 2.0
    edge_ring, at = edges.ring, edges.at
    x0, y0, x1, y1 = x[at], y[at], x[at + 1], y[at + 1]
    line = scan[edge_ring]
    touches = ~((y0 > line) & (y1 > line)) & ~((y0 < line) & (y1 < line))
    counted = touches & (y0 != y1) & ~((y0 == line) & (y1 < line)) & ~((y1 == line) & (y0 < line))
    m_slope = (y1 - y0) / (x1 - x0)
    cross = np.where(x0 == x1, x0, x0 + ((line - y0) / m_slope))
    crossings = np.bincount(edge_ring[counted], minlength=n)
    found = crossings == 2
    big = np.where(counted, cross, np.inf)
    small = np.where(counted, cross, -np.inf)
    left = np.minimum.reduceat(big, edges.edge_first)
    right = np.maximum.reduceat(small, edges.edge_first)
    width = right - left
    found &= width > 0.0
    return (left + right) / 2.0, scan, found


def _doubles_at(buf: NDArray[np.uint8], at: NDArray[np.int64]) -> NDArray[np.float64]:
    """The little-endian doubles starting at byte offsets ``at`` of ``buf`` (any alignment): the buffer
    seen as doubles from each of its 8 byte alignments, each offset read from the view it falls on."""
    out = np.empty(len(at))
    phase = at % 8
    for a in range(8):
        rows = phase == a
        if rows.any():
            view = np.frombuffer(buf, dtype="<f8", offset=a, count=(len(buf) - a) // 8)
            out[rows] = view[(at[rows] - a) // 8]
    return out


def _strictly_convex(x: NDArray[Any], y: NDArray[Any], edges: _RingEdges) -> NDArray[np.bool_]:
    """Which closed rings (vertices ``first[p] .. first[p] + count[p] - 1``, the last equal to the first)
    are strictly convex and go round once: then the ring does not cross or touch itself and, as the
    only ring of a polygon, makes a valid polygon. Only clear cases pass: every turn at least 1e-6
    (its sine) to the same side, every edge longer than 1e-7 of the coordinates' size (so that
    rounding cannot flip a turn); anything else is left to GEOS."""
    first, count = edges.first, edges.count
    ok: NDArray[np.bool_] = (count >= 4) & (x[first] == x[first + count - 1]) & (y[first] == y[first + count - 1])
    if not ok.any():
        return ok
    edge_first, ring, j, at = edges.edge_first, edges.ring, edges.j, edges.at
    m = count - 1
    ex, ey = x[at + 1] - x[at], y[at + 1] - y[at]
    following = np.where(j < m[ring] - 1, np.arange(len(j)) + 1, edge_first[ring])
    fx, fy = ex[following], ey[following]
    cross = ex * fy - ey * fx
    dot = ex * fx + ey * fy
    length = np.hypot(ex, ey)
    scale = np.maximum(np.abs(x[at]), np.abs(y[at]))
    clear = (length > 1e-7 * scale) & (length > 0) & (np.abs(cross) > 1e-6 * length * np.hypot(fx, fy))
    left = np.logical_and.reduceat(clear & (cross > 0), edge_first)
    right = np.logical_and.reduceat(clear & (cross < 0), edge_first)
    turning = np.add.reduceat(np.arctan2(cross, dot), edge_first)
    once = np.abs(np.abs(turning) - 2.0 * np.pi) < 0.5
    result: NDArray[np.bool_] = ok & (left | right) & once
    return result


def _make(api: Any, blobs: list[Any]) -> list[Any]:
    """Shapely geometries from WKB blobs, made as shapely 1.8's ``wkb.loads`` makes them.

    None for a blob that is None or empty, and for an empty geometry; a blob GEOS cannot read goes
    through ``wkb.loads`` (which raises shapely's own error for it). The type, dimension and
    emptiness of plain blobs are read from their bytes (:func:`_headers`); GEOS tells them for the rest.

    The plain blobs are read by GEOS in one call, as the parts of one geometry collection; each of
    their geometries is one part of it, made as shapely 1.8 makes the parts of its own collections
    (``_other_owned``, kept alive through ``__p__``), and the collection, owned by the record
    (:class:`Made`), is destroyed in one call after the last of them goes. The other blobs are read one
    by one and their geometries own their GEOS objects, as ``wkb.loads`` makes them.
    """
    from shapely import wkb

    handle, read, destroy = api.handle, api.reader_read, api.destroy
    type_id, has_z, is_empty = api.type_id, api.has_z, api.is_empty
    classes = api.classes
    new = object.__new__
    out: list[Any] = []
    add = out.append
    headers = _headers(blobs)
    sure_a, kinds_a, dims_a = headers[:3]
    made = _ring_bounds(blobs, headers)
    sure, kinds, dims = sure_a.tolist(), kinds_a.tolist(), dims_a.tolist()
    reader = api.reader_create(handle)
    try:
        parts = _read_parts(api, reader, blobs, sure_a)
        if parts is None:
            sure = [False] * len(blobs)  # one by one
        else:
            made.collection = parts
        part, k = api.part, 0
        for blob, plain, kind, ndim in zip(blobs, sure, kinds, dims):
            if plain:  # a part of the collection: non-empty, of this kind and dimension
                geom = new(classes[kind])
                geom.__dict__ = {
                    "__geom__": part(handle, parts, k),
                    "__p__": made,
                    "_ndim": ndim,
                    "_is_empty": False,
                    "_other_owned": True,
                }
                k += 1
                add(geom)
                continue
            if not blob:
                add(None)
                continue
            ptr = read(handle, reader, blob, len(blob))
            if not ptr:
                add(wkb.loads(blob))  # raises shapely's WKBReadingError for this blob
                continue
            if is_empty(handle, ptr) != b"\x00":
                destroy(handle, ptr)
                add(None)
                continue
            kind = type_id(handle, ptr)
            if not 0 <= kind < len(classes):
                destroy(handle, ptr)
                add(wkb.loads(blob))
                continue
            geom = new(classes[kind])
            # what geom_factory sets (the object owns ptr and destroys it when it goes), and the record
            geom.__dict__ = {
                "__geom__": ptr,
                "__p__": made,
                "_ndim": 3 if has_z(handle, ptr) == b"\x01" else 2,
                "_is_empty": False,
            }
            add(geom)
    finally:
        api.reader_destroy(handle, reader)
    made.ids = np.fromiter(map(id, out), dtype=np.uint64, count=len(out))
    return out


def _read_parts(api: Any, reader: Any, blobs: list[Any], plain: NDArray[np.bool_]) -> Any:
    """The plain blobs read by GEOS at once, as the parts of one geometry collection (its GEOS pointer),
    or None when there are none or GEOS does not read them so (then each is read alone)."""
    count = int(plain.sum())
    if not count or count >= 2**31:
        return None
    blob = b"\x01" + struct.pack("<II", 7, count) + b"".join(itertools.compress(blobs, plain.tolist()))
    ptr = api.reader_read(api.handle, reader, blob, len(blob))
    if not ptr:
        return None
    if api.num_geoms(api.handle, ptr) != count:
        api.destroy(api.handle, ptr)
        return None
    return ptr


def from_wkb(blobs: list[Any]) -> list[Any]:
    """Shapely 1.8 geometries of WKB blobs (None for null or empty ones), as ``wkb.loads`` gives them."""
    api = _api()
    if not api:
        from shapely import wkb

        out = [wkb.loads(b) if b else None for b in blobs]
        return [None if g is None or g.is_empty else g for g in out]
    return _make(api, blobs)


def _flags(geoms: list[Any], name: str) -> NDArray[np.bool_]:
    """A GEOS predicate of each geometry (False for None), as shapely's property of the same name."""
    api = _api()
    out = np.zeros(len(geoms), dtype=bool)
    if not api:
        for i, g in enumerate(geoms):
            if g is not None:
                out[i] = bool(getattr(g, name))
        return out
    handle, fn = api.handle, getattr(api, name)
    bounds, valid, _inner = known(geoms)
    told = np.isfinite(bounds[:, 0])  # made here from a blob holding coordinates, all of them finite
    if name == "is_empty":
        todo = ~told  # those are not empty
    else:
        out[valid] = True  # a point with finite coordinates, a convex ring
        todo = ~valid
    for i in np.nonzero(todo)[0].tolist():
        g = geoms[i]
        if g is None:
            continue
        attrs = g.__dict__
        ptr = attrs.get("__geom__")
        if not ptr:  # an empty shapely 1.8 geometry holds no GEOS object
            out[i] = name == "is_empty"
            continue
        answer = fn(handle, ptr)
        if answer == b"\x02":  # GEOS raised: let shapely give its own answer or error
            out[i] = bool(getattr(g, name))
        else:
            out[i] = answer == b"\x01"
    return out


def is_valid(geoms: list[Any]) -> NDArray[np.bool_]:
    """``g.is_valid`` of each geometry (False for None, as geopandas says)."""
    return _flags(geoms, "is_valid")


def is_empty(geoms: list[Any]) -> NDArray[np.bool_]:
    """``g.is_empty`` of each geometry (False for None, as geopandas says)."""
    return _flags(geoms, "is_empty")


# ------------------------------------------------------------------------------------ GeoSeries
def objects(series: Any) -> list[Any]:
    """The geometries of a GeoSeries as a list, straight from its array."""
    return list(np.asarray(series.array, dtype=object))


def series_is_valid(series: Any) -> NDArray[np.bool_]:
    """``series.is_valid`` as a boolean array: geopandas's own on shapely 2, one GEOS loop on 1.8."""
    if not available():
        return np.asarray(series.is_valid, dtype=bool)
    return is_valid(objects(series))


def series_is_empty(series: Any) -> NDArray[np.bool_]:
    """``series.is_empty`` as a boolean array: geopandas's own on shapely 2, one GEOS loop on 1.8."""
    if not available():
        return np.asarray(series.is_empty, dtype=bool)
    return is_empty(objects(series))


def series_geom_type(series: Any) -> NDArray[Any]:
    """``series.geom_type`` as an object array (None for a missing geometry).

    On shapely 1.8 the class of a geometry carries the same name, read without a call into GEOS.
    """
    if not available():
        return np.asarray(series.geom_type, dtype=object)
    return np.asarray([None if g is None else type(g).__name__ for g in objects(series)], dtype=object)
