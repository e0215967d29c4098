"""Bad inputs in the core: distorting and mislabelled CRSs, geometry collections, result fields that clash
with input fields in any case, Shapefile-cut result names, hostile norm pack files, capacity 0."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from pyproj import CRS
from shapely.geometry import GeometryCollection, LineString, Point, box

from almaty_planner.core.errors import InputError, NormPackError
from almaty_planner.core.geo import MAX_SCALE_ERROR, scale_error, to_metric
from almaty_planner.core.norms import available_packs, load_pack, read_pack_file
from almaty_planner.core.provision import compute_provision
from almaty_planner.core.results import keep_inputs, restore_shapefile_names
from almaty_planner.core.safe_yaml import MAX_PACK_BYTES
from tests.core.test_provision import pack as fake_pack

UTM = 32643
# a transverse Mercator centred on Almaty with a scale factor of 0.98 (2% short) and of 0.995 (0.5%)
TM = "+proj=tmerc +lat_0=43.25 +lon_0=76.9 +k={k} +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs"


def city(crs: Any = UTM) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Units A, B (1 km squares) and a school 450 m east of A's centre, in ``crs``."""
    units = gpd.GeoDataFrame(
        {"uid": [1, 2], "pop": [5000.0, 3000.0]},
        geometry=[box(500000, 4800000, 501000, 4801000), box(501000, 4800000, 502000, 4801000)],
        crs=UTM,
    )
    schools = gpd.GeoDataFrame({"places": [900.0]}, geometry=[Point(500950, 4800500)], crs=UTM)
    return units.to_crs(crs), schools.to_crs(crs)


def homes(crs: Any = UTM) -> gpd.GeoDataFrame:
    """One population point at the centre of each unit, with its residents."""
    points = gpd.GeoDataFrame(
        {"res": [5000.0, 3000.0]}, geometry=[Point(500500, 4800500), Point(501500, 4800500)], crs=UTM
    )
    return points.to_crs(crs)


def catchment(units: gpd.GeoDataFrame, schools: gpd.GeoDataFrame, **kw: Any) -> Any:
    """Catchment with a 500 m radius from the units' centres (the fake pack: 100 per 1000 residents)."""
    kw.setdefault("points", homes(units.crs))
    return compute_provision(
        units,
        schools,
        fake_pack(radius=500.0),
        "school",
        "catchment",
        population_field="pop",
        capacity_field="places",
        points_population_field="res",
        **kw,
    )


# --------------------------------------------------------------------------------------- CRS
def test_web_mercator_is_projected_to_utm_with_a_warning() -> None:
    """EPSG:3857: 450 m stays 450 m (covered under 500 m), areas are ground m2, the CRS used is named."""
    result = catchment(*city(3857))
    assert result.meta["crs_used"].startswith("EPSG:32643")
    assert list(result.units["covered_pop"]) == pytest.approx([5000.0, 0.0])
    assert any("EPSG:3857" in w and "37" in w for w in result.warnings)
    units = city(3857)[0]
    metric = to_metric({"units": units})
    assert metric.layers["units"].area.to_numpy() == pytest.approx([1e6, 1e6], rel=1e-6)


def test_scale_error_of_known_crss() -> None:
    """Web Mercator at Almaty is 1/cos(43.25 deg) - 1 off; UTM 43N within 0.1 %; a TM with k=0.98 2 %."""
    units = city(3857)[0]
    lat = np.radians(43.2545)
    assert scale_error(CRS.from_epsg(3857), units) == pytest.approx(1 / np.cos(lat) - 1, rel=0.01)
    assert scale_error(CRS.from_epsg(UTM), city(UTM)[0]) < 1e-3
    assert scale_error(CRS.from_proj4(TM.format(k=0.98)), city(TM.format(k=0.98))[0]) == pytest.approx(0.02, abs=1e-3)


@pytest.mark.parametrize(("k", "kept"), [(0.98, False), (0.995, True)])
def test_any_crs_off_by_more_than_one_percent_is_not_used(k: float, kept: bool) -> None:
    """A metric CRS 2 % off at the data is replaced by UTM with a warning; one 0.5 % off is kept (below the
    1 % limit)."""
    crs = TM.format(k=k)
    metric = to_metric({"units": city(crs)[0]})
    assert (metric.crs == CRS.from_user_input(crs)) is kept
    assert bool(metric.warnings) is not kept
    assert MAX_SCALE_ERROR == 0.01
    area = metric.layers["units"].area.to_numpy()
    # replaced: true ground m2 (UTM); kept: the CRS's own m2, within 2 x 1 % of the ground's
    assert area == pytest.approx([1e6, 1e6], rel=1e-4 if not kept else 0.02)
    result = catchment(*city(crs))
    # in UTM the school is 450 m from A's centre; in the k=0.995 CRS 447.75 m: covered either way
    assert list(result.units["covered_pop"]) == pytest.approx([5000.0, 0.0])


def test_us_feet_are_not_called_geographic() -> None:
    """EPSG:2277 (US survey feet) is projected to UTM; the warning names the unit, not 'geographic'."""
    metric = to_metric({"units": city(2277)[0]})
    assert metric.crs.to_epsg() == UTM
    assert len(metric.warnings) == 1
    assert "geographic" not in metric.warnings[0]
    assert "US survey foot" in metric.warnings[0]


def test_metres_labelled_4326_are_refused_naming_layer_and_features() -> None:
    """Metre coordinates in a layer labelled EPSG:4326: InputError naming the layer and the features."""
    units, schools = city()
    units = units.set_crs(4326, allow_override=True)
    with pytest.raises(InputError) as caught:
        catchment(units, schools.to_crs(4326))
    assert caught.value.layer == "units"
    assert "0, 1" in str(caught.value)
    assert "EPSG:4326" in str(caught.value)


def test_only_units_mislabelled_is_refused() -> None:
    """Only the units labelled EPSG:4326: refused (not capacity 0 everywhere)."""
    units, schools = city()
    with pytest.raises(InputError) as caught:
        catchment(units.set_crs(4326, allow_override=True), schools)
    assert caught.value.layer == "units"


def test_coordinates_outside_the_projection_are_refused() -> None:
    """A point at y = 1e9 in Web Mercator (beyond the pole): refused, naming the feature."""
    units, schools = city(3857)
    schools = pd.concat([schools, gpd.GeoDataFrame({"places": [1.0]}, geometry=[Point(8.5e6, 1e9)], crs=3857)])
    schools.index = [10, 20]
    with pytest.raises(InputError) as caught:
        catchment(units, schools)
    assert caught.value.layer == "facilities"
    assert "20" in str(caught.value)
    assert "10" not in str(caught.value)


# --------------------------------------------------------------------------------------- geometries
def test_geometry_collection_units_use_their_polygons() -> None:
    """A unit stored as a GeometryCollection with a stray line: its polygon is used, with a warning."""
    units, schools = city()
    a = units.geometry.iloc[0]
    units = units.set_geometry(
        [GeometryCollection([a, LineString([(500100, 4800100), (500200, 4800200)])]), units.geometry.iloc[1]]
    )
    before = units.copy()
    result = catchment(units, schools)
    assert list(result.units["capacity"]) == [900.0, 0.0]
    assert list(result.units["covered_pop"]) == pytest.approx([5000.0, 0.0])
    assert any("geometry collections" in w for w in result.warnings)
    assert units.geometry.iloc[0].geom_type == "GeometryCollection"  # the input is not modified
    assert units.equals(before)


# --------------------------------------------------------------------------------------- capacity 0
@pytest.mark.parametrize("method", ["catchment", "assignment", "2sfca", "e2sfca"])
def test_capacity_zero_covers_nobody(method: str) -> None:
    """A school of capacity 0 within reach of everyone: nobody is covered, the whole demand is missing."""
    units, schools = city()
    schools["places"] = 0.0
    result = compute_provision(
        units, schools, fake_pack(radius=5000.0), "school", method, population_field="pop", capacity_field="places"
    )
    assert list(result.units["covered_pop"]) == pytest.approx([0.0, 0.0])
    assert list(result.units["deficit"]) == pytest.approx([500.0, 300.0])
    assert list(result.units["provision_pct"]) == pytest.approx([0.0, 0.0])


# --------------------------------------------------------------------------------------- field names
def test_result_fields_clash_with_inputs_in_any_case() -> None:
    """``Population``, ``DEFICIT``, ``Norm_Pack`` clash with result fields; renamed without new clashes."""
    units = pd.DataFrame({"Population": [1], "DEFICIT": [2], "deficit_IN": [3], "Norm_Pack": ["x"], "name": ["a"]})
    out, warnings = keep_inputs(units, ("population", "deficit"))
    names = list(out.columns)
    assert names[0] == "Population_in"
    assert names[3] == "Norm_Pack_in"
    assert names[4] == "name"
    assert names[1].casefold() not in {"deficit", "deficit_in"}
    assert names[1].startswith("DEFICIT_in")
    folded = [n.casefold() for n in names]
    assert len(set(folded)) == len(folded)
    assert not {"population", "deficit", "norm_pack"} & set(folded)
    assert len(warnings) == 3
    assert list(units.columns) == ["Population", "DEFICIT", "deficit_IN", "Norm_Pack", "name"]  # input kept


def test_population_field_in_another_case_still_gives_the_result_population() -> None:
    """The population field ``Population``: read as population, kept as ``Population_in``."""
    units, schools = city()
    units = units.rename(columns={"pop": "Population"})
    result = compute_provision(
        units, schools, fake_pack(), "school", "unit_balance", population_field="Population", capacity_field="places"
    )
    assert list(result.units["population"]) == [5000.0, 3000.0]
    assert list(result.units["Population_in"]) == [5000.0, 3000.0]


def _result_table() -> gpd.GeoDataFrame:
    units, schools = city()
    pack = load_pack("almaty_2040")
    units["pupils_1_9"] = [600, 350]
    units["pupils_10_11"] = [100, 60]
    return compute_provision(
        units, schools, pack, "school", "unit_balance", population_field="pop", capacity_field="places"
    ).units


def test_shapefile_cut_names_are_restored(tmp_path: Path) -> None:
    """A result written as a Shapefile (by GDAL, names cut to 10 characters) reads back with full names."""
    table = _result_table()
    table.to_file(tmp_path / "r.shp")
    back = pd.DataFrame(gpd.read_file(tmp_path / "r.shp").drop(columns="geometry"))
    assert "norm_pac_1" in back.columns  # what GDAL's Shapefile driver does with norm_pack_hash
    restored, warnings = restore_shapefile_names(back, layer="r")
    for name in ("norm_pack_edition", "norm_pack_hash", "norm_unverified", "provision_pct", "objects_needed"):
        assert list(restored[name].astype(str)) == list(table[name].astype(str)), name
    assert warnings
    assert "norm_pac_1 = norm_pack_hash" in warnings[0]
    same, none = restore_shapefile_names(pd.DataFrame(table.drop(columns="geometry")))
    assert none == []
    assert list(same.columns) == list(table.drop(columns="geometry").columns)


def test_shapefile_names_that_cannot_be_told_apart_are_refused() -> None:
    """Cut stamp names whose contents do not fit (no hash in either): refused with a message."""
    table = pd.DataFrame({"service": ["school"], "norm_pack": ["p"], "norm_pack_": ["x"], "norm_pac_1": ["y"]})
    with pytest.raises(InputError) as caught:
        restore_shapefile_names(table, layer="r")
    assert "GeoPackage" in str(caught.value)
    assert caught.value.layer == "r"
    swapped = pd.DataFrame({"service": ["school"], "norm_pack": ["p"], "norm_pack_": ["a" * 64], "norm_pac_1": ["1"]})
    fixed, _ = restore_shapefile_names(swapped)
    assert fixed["norm_pack_hash"].iloc[0] == "a" * 64
    assert fixed["norm_pack_edition"].iloc[0] == "1"


# --------------------------------------------------------------------------------------- norm pack files
BILLION_LAUGHS = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{c}: &{c} [{','.join(['*' + p] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi")]
)


def test_billion_laughs_refused_fast(tmp_path: Path, monkeypatch: Any) -> None:
    """A few hundred bytes that would expand to a billion strings: refused in well under a second, and
    the other packs stay available."""
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "laughs.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    monkeypatch.setenv("ALMATY_PLANNER_NORMS_DIR", str(folder))
    start = time.perf_counter()
    with pytest.raises(NormPackError) as caught:
        read_pack_file(folder / "laughs.yaml")
    found = available_packs()
    assert time.perf_counter() - start < 2.0
    assert "alias" in str(caught.value)
    assert "line 2" in str(caught.value)
    assert {"almaty_2040", "kz_planning_norms", "kz_srs"} <= set(found.packs)
    assert [Path(e.file).name for e in found.refused] == ["laughs.yaml"]


@pytest.mark.parametrize(
    "text",
    [
        "base: &b {value: 1}\nother:\n  <<: *b\n",  # a merge key is an alias too
        "x: " + "[" * 200 + "]" * 200 + "\n",  # nested deeper than the limit
    ],
)
def test_aliases_and_deep_nesting_refused(tmp_path: Path, text: str) -> None:
    """Merge keys and very deep nesting are refused as plain NormPackErrors naming the file."""
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NormPackError) as caught:
        read_pack_file(path)
    assert caught.value.file == str(path)


def test_too_large_file_refused_before_parsing(tmp_path: Path) -> None:
    """A file over the size limit is refused without being parsed (it is not even valid YAML)."""
    path = tmp_path / "big.yaml"
    path.write_bytes(b"x: [" + b"1," * (MAX_PACK_BYTES // 2 + 10))
    with pytest.raises(NormPackError) as caught:
        read_pack_file(path)
    assert "KB" in str(caught.value)


def test_shipped_packs_still_load_and_keep_their_hash() -> None:
    """The safe reader reads the shipped packs as before (anchors are not used in them)."""
    for pack_id in ("almaty_2040", "kz_planning_norms", "kz_srs"):
        assert len(load_pack(pack_id).content_hash) == 64


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ([12, "7", "abc", None], "not a number in features 2 (e.g. 'abc')"),
        ([12, "  ", None, 3.5], "no value in features 1, 2"),
        ([1.0, np.nan, 2.0], "no value in features 1"),
    ],
)
def test_numeric_field_names_text_and_missing_values(values: list[Any], message: str) -> None:
    """Text that is not a number is refused as such; blank text and NULL are missing values."""
    from almaty_planner.core.validation import numeric_field

    frame = pd.DataFrame(
        {"population": pd.Series(values, dtype=object if any(isinstance(v, str) for v in values) else float)}
    )
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        numeric_field(frame, "population", "units")
    ok = pd.DataFrame({"population": pd.Series([1, "2", 3.5], dtype=object)})
    assert numeric_field(ok, "population", "units").tolist() == [1.0, 2.0, 3.5]
