"""The whole-array geometry helpers for shapely 1.8 against shapely's own per-geometry answers.

On shapely 1.8 (Debian 12, QGIS 3.22's stack) the fast paths run and are compared with ``wkb.loads``,
``g.is_valid``, ``g.is_empty``, ``g.bounds``, ``representative_point``; on shapely 2 the module says it
is not available and its functions give shapely's own answers, so the same assertions hold there.
"""

from __future__ import annotations

import gc
import threading

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely import wkb, wkt

from almaty_planner.core import gcpause, geo, geos18

SHAPELY2 = callable(getattr(shapely, "from_wkb", None))

SAMPLES = [
    "POINT (1 2)",
    "POINT Z (1 2 3)",
    "LINESTRING (0 0, 1 1, 2 0)",
    "LINESTRING Z (0 0 1, 1 1 2)",
    "POLYGON ((0 0, 1 0, 1 1, 0 0))",
    "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 2 1, 2 2, 1 1))",
    "POLYGON Z ((0 0 5, 1 0 5, 1 1 5, 0 0 5))",
    "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))",  # a bow tie: invalid
    "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (0 0, 2 0, 2 2, 0 0))",  # a hole touching the shell twice
    "MULTIPOINT ((1 1), (2 2))",
    "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))",
    "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
    "MULTIPOLYGON (((0 0, 2 0, 2 2, 0 2, 0 0)), ((1 1, 3 1, 3 3, 1 3, 1 1)))",  # overlapping parts: invalid
    "GEOMETRYCOLLECTION (POINT (1 1), LINESTRING (0 0, 1 1))",
    "POLYGON EMPTY",
    "LINESTRING EMPTY",
    "MULTIPOLYGON EMPTY",
    "GEOMETRYCOLLECTION EMPTY",
]


def _reference(blob: bytes) -> object:
    """What shapely itself makes of a blob (None for an empty geometry)."""
    geom = wkb.loads(blob)
    return None if geom.is_empty else geom


def test_availability_follows_the_shapely_version() -> None:
    assert geos18.available() is (not SHAPELY2)


def _check_made(made: object, blob: bytes) -> None:
    """``made`` is what shapely itself makes of ``blob``: None for an empty one, else the same class,
    dimension and bytes."""
    ref = _reference(blob)
    if ref is None:
        assert made is None
        return
    assert type(made) is type(ref)
    assert made.has_z == ref.has_z
    assert made.wkb == ref.wkb


@pytest.mark.parametrize("text", SAMPLES)
def test_from_wkb_makes_what_shapely_makes(text: str) -> None:
    blob = wkt.loads(text).wkb
    (made,) = geos18.from_wkb([blob])
    _check_made(made, blob)
    ref = _reference(blob)
    if ref is None:
        return
    assert made.equals_exact(ref, 0)
    assert made.is_valid == ref.is_valid
    assert made.bounds == ref.bounds
    assert made.area == ref.area
    if hasattr(ref, "geoms"):
        assert [p.wkb for p in made.geoms] == [p.wkb for p in ref.geoms]


def test_from_wkb_null_and_big_endian_blobs() -> None:
    geom = wkt.loads("POLYGON ((0 0, 3 0, 3 1, 0 0))")
    big = wkb.dumps(geom, big_endian=True)
    made = geos18.from_wkb([None, b"", big, geom.wkb])
    assert made[0] is None
    assert made[1] is None
    assert made[2].equals_exact(geom, 0)
    assert made[3].equals_exact(geom, 0)


def test_unreadable_wkb_raises_shapely_s_own_error() -> None:
    import shapely.errors

    errors = tuple(
        getattr(shapely.errors, name) for name in ("WKBReadingError", "GEOSException") if hasattr(shapely.errors, name)
    )
    broken = wkt.loads("POLYGON ((0 0, 3 0, 3 1, 0 0))").wkb[:20]
    with pytest.raises(errors) as made:
        geos18.from_wkb([broken])
    with pytest.raises(errors) as ref:
        wkb.loads(broken)
    assert type(made.value) is type(ref.value)


def test_made_geometries_free_their_geos_objects_and_survive_collection() -> None:
    blobs = [wkt.loads(f"POLYGON (({i} 0, {i + 1} 0, {i + 1} 1, {i} 0))").wkb for i in range(2000)]
    made = geos18.from_wkb(blobs)
    areas = [g.area for g in made]
    del made
    gc.collect()
    again = geos18.from_wkb(blobs)
    assert [g.area for g in again] == areas == [0.5] * 2000


def test_parts_of_one_collection_live_as_long_as_any_of_them() -> None:
    """Plain blobs become the parts of one GEOS collection that the call's record owns: each geometry
    is what shapely makes of its blob (kind, dimension, bytes, area, operations), keeps the record alive
    as long as it lives, even when every other geometry of the call is gone and their memory reused,
    and the record (with its collection) goes when the last of them goes. Blobs that are not plain
    (big-endian, collections, empty) are made on their own, as before, in the same call."""
    import weakref

    if SHAPELY2:
        pytest.skip("shapely 1.8 only: shapely 2 makes its own geometries")
    texts = [f"POLYGON (({i} 0, {i + 1} 0, {i + 1} 1, {i} 1, {i} 0))" for i in range(500)]
    texts += ["POINT Z (1 2 3)", "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))"]
    texts += ["LINESTRING (0 0, 1 1, 2 0)", "GEOMETRYCOLLECTION (POINT (1 1), LINESTRING (0 0, 1 1))"]
    blobs = [wkt.loads(t).wkb for t in texts] + [wkb.dumps(wkt.loads(texts[3]), big_endian=True), None]
    made = geos18.from_wkb(blobs)
    refs = [_reference(b) if b else None for b in blobs]
    for geom, blob in zip(made, blobs):
        if blob is not None:
            _check_made(geom, blob)
    plain = [vars(g).get("_other_owned", False) for g in made if g is not None]
    assert plain == [True] * 503 + [False, False], "plain blobs are parts; the others own their objects"
    record = weakref.ref(vars(made[0])["__p__"])
    keep, multi = made[7], made[501]
    piece = multi.geoms[1]
    del made, geom
    gc.collect()
    [geos18.from_wkb([wkt.loads(t).wkb for t in texts[:300]]) for _ in range(3)]  # reuse the memory
    assert record() is not None, "kept alive by the geometries still held"
    assert keep.area == 1.0
    assert keep.buffer(1.0).contains(keep)
    assert piece.wkt == "POLYGON ((5 5, 6 5, 6 6, 5 5))"
    assert multi.equals(refs[501])
    del keep, multi
    gc.collect()
    assert record() is not None, "a part of a part still holds it"
    assert piece.area == 0.5
    del piece
    gc.collect()
    assert record() is None, "gone with the last of its geometries"


def test_flags_equal_shapely_s_per_geometry_answers() -> None:
    geoms = [wkt.loads(t) for t in SAMPLES] + [None]
    expected_valid = [False if g is None else g.is_valid for g in geoms]
    expected_empty = [False if g is None else g.is_empty for g in geoms]
    assert geos18.is_valid(geoms).tolist() == expected_valid
    assert geos18.is_empty(geoms).tolist() == expected_empty
    series = gpd.GeoSeries(geoms)
    assert geos18.series_is_valid(series).tolist() == series.is_valid.tolist()
    assert geos18.series_is_empty(series).tolist() == series.is_empty.tolist()
    assert geos18.series_geom_type(series).tolist() == series.geom_type.tolist()
    # the samples hold invalid geometries (the bow tie, the overlapping parts): the check can fail
    assert expected_valid[7] is False
    assert expected_valid[12] is False


def test_bounds_and_inner_points_equal_shapely_s() -> None:
    rng = np.random.default_rng(3)
    geoms = [wkt.loads(t) for t in SAMPLES if "EMPTY" not in t]
    for _ in range(200):
        x, y = rng.uniform(-1e5, 1e5, 2)
        geoms.append(wkt.loads(f"POLYGON (({x} {y}, {x + 7} {y}, {x + 7} {y + 3}, {x} {y}))"))
    made = geos18.from_wkb([g.wkb for g in geoms])
    bounds = geo._bounds_18(made) if not SHAPELY2 else np.array([g.bounds for g in made])
    assert np.array_equal(bounds, np.array([g.bounds for g in geoms]))
    polygons = [g for g in made if g.geom_type in ("Polygon", "MultiPolygon")]
    xy = geo.point_coords(gpd.GeoSeries(polygons))
    ref = np.array([g.representative_point().coords[0][:2] for g in polygons])
    assert np.allclose(xy, ref)


def test_bounds_of_empty_and_missing_geometries_are_nan() -> None:
    if SHAPELY2:
        pytest.skip("shapely 1.8 only: shapely 2 computes bounds itself")
    from shapely.geometry import Polygon

    out = geo._bounds_18([None, Polygon(), wkt.loads("POINT (4 5)")])
    assert np.isnan(out[0]).all()
    assert np.isnan(out[1]).all()
    assert out[2].tolist() == [4.0, 5.0, 4.0, 5.0]


def test_collector_is_held_while_any_run_is_under_way_and_given_back() -> None:
    was = gc.isenabled()
    gc.enable()
    try:
        started, release = threading.Event(), threading.Event()
        seen: list[bool] = []

        def run() -> None:
            with gcpause.collector_held():
                started.set()
                release.wait(5)
                seen.append(gc.isenabled())

        worker = threading.Thread(target=run)
        with gcpause.collector_held():
            worker.start()
            assert started.wait(5)
            assert not gc.isenabled()
        assert not gc.isenabled(), "the other run still holds it"
        release.set()
        worker.join(5)
        assert seen == [False]
        assert gc.isenabled(), "given back when the last run ends"
        gc.disable()
        with gcpause.collector_held():
            pass
        assert not gc.isenabled(), "a collector that was off stays off"
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def _iso(blob: bytes) -> bytes:
    """The same little-endian geometry with ISO type codes (1003 for a polygon Z), as QGIS writes it,
    instead of GEOS's extended flag (0x80000000)."""
    import struct

    out = bytearray(blob)
    code = struct.unpack_from("<I", out, 1)[0]
    if code & 0x80000000:
        struct.pack_into("<I", out, 1, (code & 0x0FFFFFFF) + 1000)
        # the parts of a multi carry their own headers
        kind = code & 0xFF
        if kind in (4, 5, 6):
            geom = wkb.loads(blob)
            parts = [_iso(p.wkb) for p in geom.geoms]
            out = out[:9] + b"".join(parts)
    return bytes(out)


@pytest.mark.parametrize(
    "text",
    [
        "POINT (1 2)",
        "POINT Z (1 2 3)",
        "POINT Z (1 2 NaN)",
        "LINESTRING Z (0 0 1, 1 1 2)",
        "POLYGON Z ((0 0 5, 1 0 5, 1 1 5, 0 0 5))",
        "MULTIPOINT Z ((1 1 1), (2 2 2))",
        "MULTILINESTRING Z ((0 0 0, 1 1 1), (2 2 2, 3 3 3))",
        "MULTIPOLYGON Z (((0 0 1, 1 0 1, 1 1 1, 0 0 1)), ((5 5 1, 6 5 1, 6 6 1, 5 5 1)))",
        "MULTIPOLYGON (EMPTY, ((0 0, 1 0, 1 1, 0 0)))",
        "MULTILINESTRING (EMPTY, (0 0, 1 1))",
        "MULTIPOLYGON (EMPTY)",
        "GEOMETRYCOLLECTION (POLYGON EMPTY)",
    ],
)
def test_blob_headers_decide_as_geos_does(text: str) -> None:
    """Extended, ISO and big-endian blobs, empty first parts: the geometry made is shapely's."""
    geom = wkt.loads(text)
    for blob in {geom.wkb, _iso(geom.wkb), wkb.dumps(geom, big_endian=True)}:
        (made,) = geos18.from_wkb([blob])
        _check_made(made, blob)
        ref = _reference(blob)
        if ref is None:
            continue
        sure, kind, ndim = geos18._headers([blob])[:3]
        plain = blob[0] == 1 and "EMPTY" not in text and "COLLECTION" not in text
        assert bool(sure[0]) is plain, text  # the bytes decide exactly the plain blobs, GEOS the rest
        if sure[0]:  # and what they say is what GEOS says
            assert geos18._TYPE_NAMES[int(kind[0])] == ref.geom_type
            assert ndim[0] == (3 if ref.has_z else 2)


def test_points_and_reach_in_one_pass_equal_the_two_functions() -> None:
    """The one GEOS loop gives what point_coords and reach_from_inner_point give separately."""
    rng = np.random.default_rng(8)
    texts = [
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 2 1, 2 2, 1 1))",
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
        "POLYGON ((0 0, 100 0, 100 1, 1 1, 1 100, 0 100, 0 0))",  # an L: the inner point is off-centre
    ]
    for _ in range(50):
        x, y = rng.uniform(6e5, 7e5), rng.uniform(4.7e6, 4.8e6)
        w, h = rng.uniform(10, 900, 2)
        texts.append(f"POLYGON (({x} {y}, {x + w} {y}, {x + w} {y + h}, {x} {y + h}, {x} {y}))")
    series = gpd.GeoSeries(geos18.from_wkb([wkt.loads(t).wkb for t in texts]))
    xy, far = geo.point_coords_and_reach(series)
    assert np.array_equal(xy, geo.point_coords(series))
    assert np.array_equal(far, geo.reach_from_inner_point(series))
    # by hand: the square 10 x 10 with its point on surface inside reaches at most its diagonal
    assert 0 < far[0] <= np.hypot(10, 10)


def test_what_the_blobs_told_follows_each_geometry_wherever_it_goes() -> None:
    """known() gives each geometry the extent, validity and point on surface of its own blob: in the list
    made, in any subset or order, mixed with geometries of another call, with None, with shapely's own
    geometries (which get nothing), and after the other geometries of its call were freed and their
    memory reused by new geometries."""
    if SHAPELY2:
        pytest.skip("shapely 1.8 only: shapely 2 computes bounds itself")
    squares = [wkt.loads(f"POLYGON (({i} 0, {i + 1} 0, {i + 1} 1, {i} 1, {i} 0))") for i in range(300)]
    points = [wkt.loads(f"POINT ({i} {-i})") for i in range(50)]
    first = geos18.from_wkb([g.wkb for g in squares])
    second = geos18.from_wkb([g.wkb for g in points])

    def expected(geom: object) -> tuple[list[float], bool, list[float]]:
        b = list(geom.bounds)
        if geom.geom_type == "Point":
            return b, True, [np.nan, np.nan]
        return b, True, list(geom.representative_point().coords[0])

    def check(geoms: list[object], refs: list[object | None]) -> None:
        bounds, valid, inner = geos18.known(geoms)
        for row, ref in enumerate(refs):
            if ref is None:
                assert np.isnan(bounds[row]).all()
                assert not valid[row]
                assert np.isnan(inner[row]).all()
                continue
            b, v, p = expected(ref)
            assert bounds[row].tolist() == b
            assert bool(valid[row]) is v
            assert np.array_equal(inner[row], p, equal_nan=True)

    check(first, squares)
    check(first[::-7], squares[::-7])
    mixed = [second[3], None, first[10], squares[4], first[0], second[49], first[299]]
    check(mixed, [points[3], None, squares[10], None, squares[0], points[49], squares[299]])
    keep = first[100:103]
    del first
    gc.collect()
    newer = geos18.from_wkb([g.wkb for g in squares[:200]])  # may take the freed geometries' memory
    check(keep + newer[:5], squares[100:103] + squares[:5])
    check(geos18.from_wkb([]), [])


def test_extent_read_from_the_blob_equals_geos_s(monkeypatch: pytest.MonkeyPatch) -> None:
    """One-ring polygons (2D, Z, as one-part multipolygons, in ISO and extended WKB) keep the extent
    read from their blob; it equals GEOS's. Polygons with holes (a hole may lie outside an invalid
    shell) and anything else are measured by GEOS."""
    if SHAPELY2:
        pytest.skip("shapely 1.8 only: shapely 2 computes bounds itself")
    rng = np.random.default_rng(5)
    texts = []
    for _ in range(100):
        x, y = rng.uniform(6e5, 7e5), rng.uniform(4.7e6, 4.8e6)
        pts = ", ".join(f"{x + dx} {y + dy}" for dx, dy in rng.uniform(-300, 300, (int(rng.integers(3, 9)), 2)))
        first = f"{x} {y}"
        texts.append(f"POLYGON (({first}, {pts}, {first}))")
    texts += [
        "POLYGON Z ((0 0 1, 4 0 1, 4 3 1, 0 0 1))",
        "MULTIPOLYGON (((0 0, 4 0, 4 3, 0 0)))",
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
        "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (5 5, 6 5, 6 6, 5 5))",  # a hole outside the shell
    ]
    texts[50:50] = ["POINT (650000.25 4750000.5)", "POINT Z (1 2 3)"]  # points keep their extent too
    geoms = [wkt.loads(t) for t in texts]
    blobs = [g.wkb for g in geoms] + [_iso(g.wkb) for g in geoms]
    monkeypatch.setattr(geos18, "_CHUNK", 7)  # coordinates read in many chunks
    made = geos18.from_wkb(blobs)
    kept = np.isfinite(geos18.known(made)[0]).all(axis=1).tolist()
    assert kept == ([True] * 104 + [False] * 2) * 2, "one-ring polygons keep their extent; two parts or rings do not"
    assert np.array_equal(geo._bounds_18(made), np.array([g.bounds for g in geoms * 2]))


def test_flags_of_made_geometries_equal_shapely_s() -> None:
    """Points and one-ring polygons made from blobs answer is_valid / is_empty without GEOS where their
    blob already tells (finite coordinates); the answers are shapely's, infinite coordinates included."""
    import struct

    texts = [
        "POINT (1 2)",
        "POINT Z (1 2 NaN)",
        "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))",
        "POLYGON ((0 0, 1 0, 1 1, 0 0))",
    ]
    blobs = [wkt.loads(t).wkb for t in texts]
    blobs.append(b"\x01" + struct.pack("<Idd", 1, float("inf"), 2.0))  # a point at infinity: invalid
    blobs.append(b"\x01" + struct.pack("<IIIdddddddd", 3, 1, 4, 0, 0, 1, 0, float("inf"), 1, 0, 0))
    made = geos18.from_wkb(blobs)
    ref = [wkb.loads(b) for b in blobs]
    assert geos18.is_valid(made).tolist() == [g.is_valid for g in ref]
    assert geos18.is_empty(made).tolist() == [g.is_empty for g in ref]
    assert geos18.is_valid(made).tolist() == [True, True, False, True, False, False]


def test_rings_marked_valid_are_valid_for_geos(monkeypatch: pytest.MonkeyPatch) -> None:
    """Strictly convex one-ring polygons are marked valid from their coordinates; across convex,
    concave, self-crossing (stars, bow ties), collinear, repeated-point, needle and city-coordinate
    rings the answers equal GEOS's, and the convex ones are indeed the ones marked."""
    if SHAPELY2:
        pytest.skip("shapely 1.8 only: shapely 2 checks validity itself")
    rng = np.random.default_rng(21)
    rings: list[list[tuple[float, float]]] = []
    for _ in range(300):
        cx, cy = rng.uniform(6e5, 7e5), rng.uniform(4.7e6, 4.8e6)
        k = int(rng.integers(3, 10))
        angles = np.sort(rng.uniform(0, 2 * np.pi, k))
        kind = rng.integers(0, 5)
        if kind == 0:  # convex: points on a circle in order
            radius = np.full(k, rng.uniform(1, 500))
        elif kind == 1:  # star-shaped, often concave
            radius = rng.uniform(1, 500, k)
        elif kind == 2:  # shuffled order: usually self-crossing
            rng.shuffle(angles)
            radius = np.full(k, 100.0)
        elif kind == 3:  # a pentagram-like ring going round twice
            angles = np.arange(5) * 4 * np.pi / 5
            radius = np.full(5, 50.0)
        else:  # a convex ring with a repeated or collinear point
            radius = np.full(k, 80.0)
        pts = [(cx + r * np.cos(a), cy + r * np.sin(a)) for r, a in zip(radius, angles)]
        if kind == 4:
            pts.insert(1, pts[1])  # a repeated vertex
            if len(pts) > 3:
                mid = ((pts[2][0] + pts[3][0]) / 2, (pts[2][1] + pts[3][1]) / 2)
                pts.insert(3, mid)  # a collinear vertex
        rings.append([*pts, pts[0]])
    rings.append([(0, 0), (1e-9, 0), (1e-9, 1e-9), (0, 0)])  # a needle of tiny edges
    rings.append([(0, 0), (4, 0), (4, 4), (0, 4), (0, 0)])
    blobs = []
    for ring in rings:
        coords = ", ".join(f"{x!r} {y!r}" for x, y in ring)
        blobs.append(wkt.loads(f"POLYGON (({coords}))").wkb)
    monkeypatch.setattr(geos18, "_CHUNK", 13)
    made = geos18.from_wkb(blobs)
    ref = [wkb.loads(b) for b in blobs]
    assert geos18.is_valid(made).tolist() == [g.is_valid for g in ref]
    marked = geos18.known(made)[1].tolist()
    assert all(g.is_valid for g, m in zip(ref, marked) if m), "only valid rings are marked"
    assert marked[-1], "a square is marked"
    assert sum(marked) >= 60, "the convex rings are recognised"


def test_reach_is_exact_where_it_could_exceed_the_radius() -> None:
    """With a radius per feature the reach is measured where the bounding box's diagonal exceeds it;
    elsewhere the diagonal is given: never below the true reach, never above the radius. Whether a
    unit reaches beyond its radius is therefore decided exactly as with the measured reach."""
    rng = np.random.default_rng(4)
    texts = []
    for _ in range(80):
        x, y = rng.uniform(6e5, 7e5), rng.uniform(4.7e6, 4.8e6)
        w, h = rng.uniform(10, 1500, 2)
        texts.append(f"POLYGON (({x} {y}, {x + w} {y}, {x + w / 2} {y + h}, {x} {y}))")
    series = gpd.GeoSeries(geos18.from_wkb([wkt.loads(t).wkb for t in texts]))
    radius = rng.choice([300.0, 500.0, 1000.0], size=len(texts))
    xy, far = geo.point_coords_and_reach(series, within=radius)
    exact = geo.reach_from_inner_point(series)
    assert np.array_equal(xy, geo.point_coords(series))
    box = geo.feature_bounds(series)
    diagonal = np.hypot(box[:, 2] - box[:, 0], box[:, 3] - box[:, 1])
    measured = diagonal > radius
    assert measured.any()
    assert (~measured).any()
    assert np.array_equal(far[measured], exact[measured])
    assert np.all(far[~measured] >= exact[~measured] - 1e-9)
    assert np.all(far[~measured] <= radius[~measured])
    assert np.array_equal(far > radius, exact > radius)


def test_point_on_surface_read_from_the_blob_is_geos_s_to_the_bit() -> None:
    """The point on surface that one-ring polygons keep from their blob is GEOS's own, bit for bit:
    random convex and star-shaped rings at city coordinates, rounded vertices lying on the scan line,
    an L shape, horizontal edges; the rings GEOS must answer (more than two crossings) are not kept."""
    if SHAPELY2:
        pytest.skip("shapely 1.8 only: shapely 2 finds the points itself")
    rng = np.random.default_rng(1)
    texts = ["POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))", "POLYGON ((0 0, 10 0, 10 1, 1 1, 1 10, 0 10, 0 0))"]
    texts.append("POLYGON ((0 0, 10 0, 10 10, 6 10, 6 2, 4 2, 4 10, 0 10, 0 0))")  # a U: four crossings
    for _ in range(600):
        cx, cy = rng.uniform(6e5, 7e5), rng.uniform(4.7e6, 4.8e6)
        k = int(rng.integers(3, 12))
        angles = np.sort(rng.uniform(0, 2 * np.pi, k))
        radius = rng.uniform(1, 500, k) if rng.random() < 0.5 else np.full(k, rng.uniform(1, 500))
        pts = [(cx + r * np.cos(a), cy + r * np.sin(a)) for r, a in zip(radius, angles)]
        if rng.random() < 0.3:
            pts = [(float(round(px)), float(round(py))) for px, py in pts]
        texts.append("POLYGON ((" + ", ".join(f"{px!r} {py!r}" for px, py in [*pts, pts[0]]) + "))")
    geoms = [g for g in (wkt.loads(t) for t in texts) if g.is_valid and not g.is_empty]
    made = geos18.from_wkb([g.wkb for g in geoms])
    kept = [None if np.isnan(p[0]) else tuple(p) for p in geos18.known(made)[2].tolist()]
    assert sum(k is not None for k in kept) > 0.8 * len(made)
    assert kept[2] is None, "four crossings: left to GEOS"
    for point, geom in zip(kept, geoms):
        if point is not None:
            assert point == geom.representative_point().coords[0]
    assert np.array_equal(geo.point_coords(gpd.GeoSeries(made)), geo.point_coords(gpd.GeoSeries(geoms)))
