"""Green space per resident: hand-computed squares, shared and overlapping parks, repairs, access."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, Polygon, box

from almaty_planner.core.definitions import norm_key_words
from almaty_planner.core.errors import InputError, NormPackError
from almaty_planner.core.green import compute_green_space, near_mask, points_in_units, read_norm

UTM = "EPSG:32643"
NORMS = {"norm_m2_per_resident": 16.05, "norm_residential_m2_per_resident": 6.0}
# Two 1 km squares side by side, in the Almaty UTM zone (east of 500 km, north of 4,790 km).
X0, Y0 = 630_000.0, 4_790_000.0


def sq(x: float, y: float, w: float, h: float | None = None) -> Polygon:
    """A rectangle with its lower-left corner at (X0 + x, Y0 + y)."""
    return box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + (w if h is None else h))


def units_ab(pop_a: float = 1000, pop_b: float = 2000) -> gpd.GeoDataFrame:
    """Unit A = [0,1000]^2 and unit B = [1000,2000]x[0,1000] (metres)."""
    return gpd.GeoDataFrame(
        {"uid": ["A", "B"], "name": ["Алмалы", "Бостандык"], "pop": [pop_a, pop_b]},
        geometry=[sq(0, 0, 1000), sq(1000, 0, 1000)],
        crs=UTM,
    )


def parks(*geoms: Polygon, **cols: list) -> gpd.GeoDataFrame:
    """A green layer with ids p1, p2, ..."""
    data = {"pid": [f"p{i + 1}" for i in range(len(geoms))], **cols}
    return gpd.GeoDataFrame(data, geometry=list(geoms), crs=UTM)


def run(units: gpd.GeoDataFrame, green: gpd.GeoDataFrame, pack: object = None, **kw: object):
    """compute_green_space with the usual fields."""
    kw.setdefault("population_field", "pop")
    kw.setdefault("unit_id_field", "uid")
    kw.setdefault("green_id_field", "pid")
    kw.setdefault("unit_name_field", "name")
    return compute_green_space(units, green, NORMS if pack is None else pack, **kw)


def test_two_squares_and_a_park_across_both() -> None:
    """A 100x100 park in A and a 200x100 park across the A/B border split 1:1 by area."""
    res = run(units_ab(), parks(sq(100, 100, 100), sq(900, 500, 200, 100)))
    a, b = res.units.iloc[0], res.units.iloc[1]
    assert a.green_m2 == pytest.approx(20_000)
    assert b.green_m2 == pytest.approx(10_000)
    assert a.green_m2_per_resident == pytest.approx(20.0)
    assert b.green_m2_per_resident == pytest.approx(5.0)
    assert bool(a.meets_norm) is True
    assert bool(b.meets_norm) is False
    # B: 2000 residents x 16.05 = 32,100 m2 needed; 10,000 there; 22,100 m2 = 2.21 ha missing
    assert b.demand == pytest.approx(32_100)
    assert b.deficit == pytest.approx(22_100)
    assert b.green_deficit_ha == pytest.approx(2.21)
    assert b.provision_pct == pytest.approx(100 * 10_000 / 32_100)
    assert a.deficit == 0
    assert a.norm_m2_per_resident == 16.05
    assert a.norm_residential_m2_per_resident == 6.0
    assert list(res.units.unit_name) == ["Алмалы", "Бостандык"]
    # city: sums, never averaged percentages: 30,000 m2 / 3,000 residents = 10 m2 each
    assert res.totals["green_m2_per_resident"] == pytest.approx(10.0)
    assert res.totals["deficit"] == pytest.approx(22_100)
    assert res.totals["provision_pct"] == pytest.approx(100 * 30_000 / (3000 * 16.05))
    assert set(res.units.service) == {"green_space"}
    assert set(res.units.norm_unverified) == {""}


def test_residential_norm_drives_demand_when_asked() -> None:
    """With the residential-district norm (6 m2), B's 5 m2 per resident still falls short by 2,000 m2."""
    res = run(units_ab(), parks(sq(100, 100, 100), sq(900, 500, 200, 100)), use_residential_norm=True)
    b = res.units.iloc[1]
    assert b.demand == pytest.approx(12_000)
    assert b.deficit == pytest.approx(2_000)
    assert res.meta["norm_applied"] == "norm_residential_m2_per_resident"


def test_overlapping_parks_count_once() -> None:
    """Two 100x100 squares overlapping by 50x100 cover 15,000 m2, not 20,000."""
    res = run(units_ab(), parks(sq(100, 100, 100), sq(150, 100, 100)))
    assert res.units.iloc[0].green_m2 == pytest.approx(15_000)
    assert res.units.iloc[1].green_m2 == 0


def test_bow_tie_is_repaired_and_reported_by_id() -> None:
    """A self-crossing square (bow-tie) becomes its two triangles, 2 x 2,500 m2, and is named."""
    bow = Polygon([(X0 + 100, Y0 + 100), (X0 + 200, Y0 + 200), (X0 + 200, Y0 + 100), (X0 + 100, Y0 + 200)])
    assert not bow.is_valid
    green = parks(sq(500, 500, 10), bow)
    before = green.copy()
    res = run(units_ab(), green)
    assert res.units.iloc[0].green_m2 == pytest.approx(100 + 5_000)
    assert any("p2" in w and "repaired" in w for w in res.warnings)
    assert green.geometry.iloc[1].wkb == before.geometry.iloc[1].wkb  # the input is untouched


def test_geographic_crs_gives_the_same_areas() -> None:
    """The same layers in WGS 84 give the metric answer (projected back to UTM 43N)."""
    units, green = units_ab(), parks(sq(100, 100, 100), sq(900, 500, 200, 100))
    res = run(units.to_crs(4326), green.to_crs(4326))
    assert res.units.green_m2.tolist() == pytest.approx([20_000, 10_000], rel=1e-4)
    assert res.meta["crs"].startswith("EPSG:32643")
    assert any("geographic" in w for w in res.warnings)
    assert res.units.crs.to_epsg() == 4326  # output keeps the units' own CRS and geometry


def test_public_categories_only() -> None:
    """Only features of the listed categories count; the match ignores case and spaces."""
    green = parks(sq(0, 0, 100), sq(300, 300, 100), cat=[" Park", "cemetery"])
    res = run(units_ab(), green, category_field="cat", public_categories=["park", "square"])
    assert res.units.iloc[0].green_m2 == pytest.approx(10_000)
    with pytest.raises(InputError, match="cat"):
        run(units_ab(), green, category_field="cat", public_categories=["boulevard"])


def test_zero_population_has_no_ratio() -> None:
    """A unit without residents has no m2 per resident and no verdict, but keeps its green area."""
    res = run(units_ab(pop_a=0), parks(sq(100, 100, 100)))
    a = res.units.iloc[0]
    assert a.green_m2 == pytest.approx(10_000)
    assert pd.isna(a.green_m2_per_resident)
    assert a.meets_norm is None
    assert pd.isna(a.provision_pct)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda u: u.assign(pop=[-5, 10]), "pop"),
        (lambda u: u.assign(pop=[None, 10]), "pop"),
        (lambda u: u.assign(uid=["Ә", "Ә"]), "uid"),
        (lambda u: u.drop(columns="pop"), "pop"),
    ],
)
def test_bad_units_are_refused_by_field(change, field: str) -> None:
    """Negative, missing population and duplicate (Cyrillic) ids raise an InputError naming the field."""
    with pytest.raises(InputError) as err:
        run(change(units_ab()), parks(sq(0, 0, 10)))
    assert err.value.field == field
    assert err.value.layer == "units"


def test_empty_green_layer_and_points_are_refused() -> None:
    """An empty green layer, or points in it, is a clear error naming the layer."""
    with pytest.raises(InputError, match="green"):
        run(units_ab(), parks(sq(0, 0, 10)).iloc[0:0])
    with pytest.raises(InputError, match="green"):
        run(units_ab(), gpd.GeoDataFrame({"pid": ["x"]}, geometry=[Point(X0, Y0)], crs=UTM))


def test_accessibility_walk_to_large_park() -> None:
    """Residents within 500 m of the boundary of a park of at least 5,000 m2 (hand-measured)."""
    green = parks(sq(0, 0, 100), sq(800, 800, 50))  # 10,000 m2 park; the 2,500 m2 square is too small
    pts = gpd.GeoDataFrame(
        {"res": [10, 20, 40, 80, 160, 320]},
        geometry=[
            Point(X0 + 50, Y0 + 50),  # inside the park
            Point(X0 + 600, Y0 + 50),  # exactly 500 m east of the edge
            Point(X0 + 601, Y0 + 30.3),  # 501 m: out
            Point(X0 + 400, Y0 + 500),  # 300 / 400 m from the corner (100,100): 500 m, in
            Point(X0 + 820, Y0 + 820),  # inside the small square only: out
            Point(X0 + 1200, Y0 + 50),  # in unit B, 1,100 m away: out
        ],
        crs=UTM,
    )
    res = run(units_ab(), green, points=pts, points_population_field="res", walk_radius_m=500, min_park_area_m2=5000)
    a, b = res.units.iloc[0], res.units.iloc[1]
    assert a.green_covered_pop == pytest.approx(10 + 20 + 80)
    assert a.green_uncovered_pop == pytest.approx(40 + 160)
    assert a.green_access_pct == pytest.approx(100 * 110 / 310)
    assert b.green_covered_pop == 0
    assert res.totals["green_access_pct"] == pytest.approx(100 * 110 / 630)


def test_accessibility_needs_the_radius() -> None:
    """Without walk_radius_m (not in the pack, not given) the error says what is missing."""
    with pytest.raises(NormPackError, match="walk_radius_m"):
        run(units_ab(), parks(sq(0, 0, 100)), min_park_area_m2=5000)


def test_near_mask_matches_shapely_distance() -> None:
    """The KD-tree shortcut agrees exactly with shapely's distance on random points and shapes."""
    rng = np.random.default_rng(7)
    shapes = [Point(rng.uniform(0, 2000), rng.uniform(0, 2000)).buffer(rng.uniform(20, 150), 3) for _ in range(15)]
    xy = rng.uniform(-500, 2500, size=(3000, 2))
    got = near_mask(xy, shapes, 180.0, inside=True)
    want = np.array([min(s.distance(Point(x, y)) for s in shapes) <= 180.0 for x, y in xy])
    assert (got == want).all()
    assert 0 < got.sum() < len(xy)


def test_points_in_units() -> None:
    """Each point gets the row of the unit it lies in, -1 when outside all."""
    xy = np.array([[X0 + 10, Y0 + 10], [X0 + 1500, Y0 + 10], [X0 - 5, Y0]])
    assert points_in_units(xy, list(units_ab().geometry)).tolist() == [0, 1, -1]


@dataclass
class FakeValue:
    """Stands in for a SourcedValue."""

    value: float
    is_unverified: bool = False
    document: str = "doc"
    clause: str = ""


class FakeService:
    """Stands in for a ServiceNorm."""

    def __init__(self, values: dict[str, FakeValue]) -> None:
        self.values = values

    def value(self, key: str, tier: int | None = None, development: str | None = None) -> FakeValue | None:
        """The value of ``key`` or None."""
        return self.values.get(key)


class FakePack:
    """Stands in for a norm pack with one green_space service."""

    id, edition, content_hash = "fake", "2040", "abc"

    def service(self, sid: str) -> FakeService:
        """Only green_space exists."""
        if sid != "green_space":
            raise NormPackError("no service", key=sid)
        return FakeService(
            {"norm_m2_per_resident": FakeValue(16.05), "walk_radius_m": FakeValue(400, is_unverified=True)}
        )


def test_unverified_norms_are_stamped_and_warned() -> None:
    """An unverified pack value that was used appears in norm_unverified and in the warnings."""
    res = run(units_ab(), parks(sq(0, 0, 100)), pack=FakePack(), min_park_area_m2=1000)
    assert set(res.units.norm_unverified) == {"walk_radius_m"}
    assert set(res.units.norm_pack) == {"fake"}
    assert any(f'"{norm_key_words("walk_radius_m")}"' in w for w in res.warnings)  # in words
    assert res.units.norm_residential_m2_per_resident.isna().all()
    assert read_norm(FakePack(), ("green_space",), "walk_radius_m", 250).value == 250


def test_with_the_almaty_2040_pack() -> None:
    """The Almaty 2040 pack gives 16.05 and 6 m2; its missing walk radius is asked for by name."""
    from almaty_planner.core.norms import load_pack

    pack = load_pack("almaty_2040")
    res = run(units_ab(), parks(sq(100, 100, 100), sq(900, 500, 200, 100)), pack=pack)
    assert res.units.norm_m2_per_resident.tolist() == [16.05, 16.05]
    assert res.units.norm_residential_m2_per_resident.tolist() == [6.0, 6.0]
    assert res.units.iloc[1].deficit == pytest.approx(2000 * 16.05 - 10_000)
    assert set(res.units.norm_pack) == {"almaty_2040"}
    assert set(res.units.norm_pack_hash) == {pack.content_hash}
    with pytest.raises(NormPackError, match="walk_radius_m"):
        run(units_ab(), parks(sq(0, 0, 100)), pack=pack, min_park_area_m2=5000)


def test_points_on_the_line_between_two_units_go_to_exactly_one() -> None:
    """A building exactly on the edge shared by two grid cells is counted once, in the first cell."""
    from shapely.geometry import box

    from almaty_planner.core.green import points_in_units

    cells = [box(0, 0, 1000, 1000), box(1000, 0, 2000, 1000)]
    xy = np.array([[1000.0, 500.0], [500.0, 500.0], [1500.0, 500.0], [3000.0, 500.0], [1000.0, 1000.0]])
    assert points_in_units(xy, cells).tolist() == [0, 0, 1, -1, 0]
    assert points_in_units(xy, iter(cells)).tolist() == [0, 0, 1, -1, 0]


def test_norms_by_settlement_tier_from_the_planning_pack() -> None:
    """kz_planning_norms gives green norms by tier (SNiP 2.07.01-89*: largest cities 10 m2, rural 12):
    each unit is judged against its own tier's norm; a tier without a norm is a clear error."""
    from shapely.geometry import box

    from almaty_planner.core.errors import NormPackError
    from almaty_planner.core.norms import load_pack

    pack = load_pack("kz_planning_norms")
    tier1 = pack.service("green_space").value("norm_m2_per_resident", tier=1).value
    tier5 = pack.service("green_space").value("norm_m2_per_resident", tier=5).value
    assert (tier1, tier5) == (10, 12)
    units = gpd.GeoDataFrame(
        {"name": ["город", "село"], "pop": [1000, 1000], "tier": [1, 5]},
        geometry=[box(0, 0, 1000, 1000), box(2000, 0, 3000, 1000)],
        crs="EPSG:32643",
    )
    parks = gpd.GeoDataFrame(geometry=[box(0, 0, 110, 100), box(2000, 0, 2110, 100)], crs="EPSG:32643")
    result = compute_green_space(units, parks, pack, population_field="pop", tier_field="tier")
    # 11,000 m2 for 1,000 residents = 11 m2 each: meets 10 (tier 1), misses 12 (tier 5) by 1,000 m2
    assert result.units["norm_m2_per_resident"].tolist() == [10.0, 12.0]
    assert result.units["meets_norm"].tolist() == [True, False]
    assert result.units["green_deficit_ha"].tolist() == pytest.approx([0.0, 0.1])
    assert result.totals["norm_m2_per_resident"] == pytest.approx(11.0)
    with pytest.raises(NormPackError, match="given by settlement tier in this pack: give a tier field"):
        compute_green_space(units, parks, pack, population_field="pop")
    units.loc[1, "tier"] = 2
    with pytest.raises(NormPackError, match="tier 2"):
        compute_green_space(units, parks, pack, population_field="pop", tier_field="tier")
    given = compute_green_space(units, parks, pack, population_field="pop", norm_m2_per_resident=8)
    assert given.units["meets_norm"].tolist() == [True, True]
