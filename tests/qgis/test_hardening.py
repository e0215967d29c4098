"""Bad inputs tried through Processing as a new user would: each is refused in plain words naming the
layer, feature and field, or answered right; nothing is left behind when a run fails or is cancelled.

The layers are made here: two 1 km x 1 km microdistricts side by side in EPSG:32643 (A: 5000 residents,
B: 3000) and schools in them; every expected number is worked out by hand in the test.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)

from almaty_planner.core.norms import load_pack
from tests.qgis import test_algorithms as algs
from tests.qgis.test_algorithms import PACK, Recorder, by_key, layer_uri, provision_params, run

provider = algs.provider  # the provider fixture of the algorithm tests

DATA = Path(__file__).resolve().parents[1] / "data"
UNIT_A = "POLYGON((500000 4800000, 501000 4800000, 501000 4801000, 500000 4801000, 500000 4800000))"
UNIT_B = "POLYGON((501000 4800000, 502000 4800000, 502000 4801000, 501000 4801000, 501000 4800000))"


def memory_layer(kind: str, crs: str, fields: str, rows: list[tuple[str, list[Any]]], name: str) -> QgsVectorLayer:
    """A memory layer of ``kind`` (``Polygon``, ``PointM`` ...) with ``fields`` (``&field=...``) and rows of
    (WKT, attributes)."""
    layer = QgsVectorLayer(f"{kind}?crs={crs}{fields}", name, "memory")
    assert layer.isValid()
    layer.setCrs(QgsCoordinateReferenceSystem(crs))  # a GeometryCollection memory layer drops it on QGIS 3.22
    features = []
    for wkt, attrs in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attrs)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def units_layer(kind: str = "Polygon", crs: str = "EPSG:32643", wkts: tuple[str, str] = (UNIT_A, UNIT_B)) -> Any:
    """The two microdistricts with unit_id, pop."""
    rows = [(wkts[0], [1, 5000]), (wkts[1], [2, 3000])]
    return memory_layer(kind, crs, "&field=unit_id:integer&field=pop:double", rows, "Микрорайоны")


def schools_layer(places: tuple[float, float] = (600.0, 400.0), crs: str = "EPSG:32643") -> Any:
    """A school at the centre of A and one at the centre of B."""
    rows = [("POINT(500500 4800500)", [11, places[0]]), ("POINT(501500 4800500)", [12, places[1]])]
    return memory_layer("Point", crs, "&field=school_id:integer&field=places:double", rows, "Школы")


def per_1000_params(units: Any, facilities: Any, **extra: Any) -> dict[str, Any]:
    """A kindergarten check (per 1000 residents when the layer has no cohort field)."""
    params = {
        "UNITS": units,
        "POPULATION_FIELD": "pop",
        "FACILITIES": facilities,
        "CAPACITY_FIELD": "places",
        "SERVICE": "polyclinic",
        "NORM_PACK": PACK,
        "METHOD": "unit_balance",
        "UNIT_ID_FIELD": "unit_id",
        "OUTPUT": "memory:",
    }
    params.update(extra)
    return params


def polyclinic_rate() -> float:
    """Visits per shift per 1000 residents in the shipped pack."""
    terms = [t for t in load_pack(PACK).service("polyclinic").demand_terms() if t.basis == "per_1000"]
    return float(terms[0].rate.value)


def reprojected(layer: Any, crs: str) -> Any:
    """``layer`` reprojected by QGIS's own algorithm."""
    import processing

    return processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]


def files_in(folder: Path) -> list[str]:
    """Every file left in ``folder``."""
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


# 1 ---------------------------------------------------------------------------------------------------
def test_geometry_collection_units_use_their_polygons(provider: Any) -> None:
    """Units stored as GeometryCollections (a stray line in one): the polygons are used, with a warning."""
    stray = f"GEOMETRYCOLLECTION({UNIT_A}, LINESTRING(500100 4800100, 500200 4800200))"
    units = units_layer("GeometryCollection", wkts=(stray, f"GEOMETRYCOLLECTION({UNIT_B})"))
    feedback = Recorder()
    result = run("provision", per_1000_params(units, schools_layer()), feedback)
    out = by_key(result["OUTPUT"])
    rate = polyclinic_rate()
    assert out[1]["demand"] == pytest.approx(5000 * rate / 1000)
    assert out[1]["capacity"] == 600
    assert out[2]["capacity"] == 400
    assert any("geometry collections" in w for w in feedback.warnings)


# 2 ---------------------------------------------------------------------------------------------------
def test_web_mercator_is_measured_in_ground_metres(provider: Any) -> None:
    """Layers in EPSG:3857: a school 450 m from A's centre covers A under a 500 m radius (in Web Mercator's
    own metres it would be 617 m away at 43 N), B's centre 550 m away is not covered; the result is the
    one in EPSG:32643, and the log says which CRS was used."""
    units = units_layer()
    schools = memory_layer(
        "Point",
        "EPSG:32643",
        "&field=school_id:integer&field=places:double",
        [("POINT(500950 4800500)", [11, 900])],
        "s",
    )
    homes = memory_layer(
        "Point",
        "EPSG:32643",
        "&field=res:double",
        [("POINT(500500 4800500)", [5000]), ("POINT(501500 4800500)", [3000])],
        "homes",
    )
    params = per_1000_params(
        units, schools, METHOD="catchment", RADIUS_M=500, POPULATION_POINTS=homes, POINTS_POPULATION_FIELD="res"
    )
    base = by_key(run("provision", params)["OUTPUT"])
    assert base[1]["covered_pop"] == pytest.approx(5000)
    assert base[2]["covered_pop"] == pytest.approx(0)
    feedback = Recorder()
    merc = run(
        "provision",
        {
            **params,
            "UNITS": reprojected(units, "EPSG:3857"),
            "FACILITIES": reprojected(schools, "EPSG:3857"),
            "POPULATION_POINTS": reprojected(homes, "EPSG:3857"),
        },
        feedback,
    )
    merc_units = by_key(merc["OUTPUT"])
    for key in (1, 2):
        for field in ("covered_pop", "uncovered_pop", "deficit", "demand", "capacity"):
            assert merc_units[key][field] == pytest.approx(base[key][field], rel=1e-6, abs=1e-6)
    assert any("EPSG:3857" in w and "EPSG:32643" in w for w in feedback.warnings)


def test_web_mercator_park_area_in_ground_square_metres(provider: Any) -> None:
    """The 2 ha park of the test data counts 20,000 m2 when the layers are in Web Mercator."""
    params = {
        "UNITS": reprojected(QgsVectorLayer(layer_uri("units"), "units", "ogr"), "EPSG:3857"),
        "POPULATION_FIELD": "pop",
        "FACILITIES": reprojected(QgsVectorLayer(layer_uri("parks"), "parks", "ogr"), "EPSG:3857"),
        "NORM_PACK": PACK,
        "OUTPUT": "memory:",
    }
    units = by_key(run("green_space", params)["OUTPUT"])
    assert units[1]["green_m2"] == pytest.approx(20_000, rel=1e-6)


# 3 ---------------------------------------------------------------------------------------------------
def test_metres_in_a_layer_labelled_4326_are_refused(provider: Any) -> None:
    """Metre coordinates labelled EPSG:4326: refused, naming the layer and the features."""
    with pytest.raises(QgsProcessingException) as caught:
        run("provision", per_1000_params(units_layer(crs="EPSG:4326"), schools_layer(crs="EPSG:4326")))
    message = str(caught.value)
    assert "Микрорайоны" in message
    assert "EPSG:4326" in message
    assert "feature" in message or "features" in message
    assert "Traceback" not in message


def test_only_the_units_layer_mislabelled_is_refused(provider: Any) -> None:
    """Only the units in EPSG:4326 (their coordinates in metres): refused, not capacity 0 everywhere."""
    with pytest.raises(QgsProcessingException) as caught:
        run("provision", per_1000_params(units_layer(crs="EPSG:4326"), schools_layer()))
    assert "Микрорайоны" in str(caught.value)
    assert "Traceback" not in str(caught.value)


# 4 ---------------------------------------------------------------------------------------------------
def test_population_and_deficit_fields_write_to_geopackage(provider: Any, tmp_path: Path) -> None:
    """Input fields ``Population`` and ``Deficit`` are kept as ``Population_in``, ``Deficit_in`` and the
    result writes to a GeoPackage (whose column names ignore case)."""
    rows = [(UNIT_A, [1, 5000, 7]), (UNIT_B, [2, 3000, 8])]
    units = memory_layer(
        "Polygon", "EPSG:32643", "&field=unit_id:integer&field=Population:double&field=Deficit:integer", rows, "units"
    )
    target = tmp_path / "result.gpkg"
    feedback = Recorder()
    params = per_1000_params(units, schools_layer(), POPULATION_FIELD="Population", OUTPUT=str(target))
    result = run("provision", params, feedback)
    layer = QgsVectorLayer(result["OUTPUT"], "result", "ogr")
    assert layer.isValid()
    assert layer.featureCount() == 2
    names = layer.fields().names()
    assert {"Population_in", "Deficit_in", "population", "deficit"} <= set(names)
    out = by_key(layer)
    rate = polyclinic_rate()
    assert out[1]["population"] == 5000
    assert out[1]["Deficit_in"] == 7
    assert out[1]["deficit"] == pytest.approx(max(0.0, 5000 * rate / 1000 - 600))
    assert any("Deficit_in" in w for w in feedback.warnings)


# 5 ---------------------------------------------------------------------------------------------------
def test_unwritable_second_output_writes_nothing(provider: Any, tmp_path: Path) -> None:
    """OUTPUT writable, FACILITIES_OUTPUT in a folder that does not exist: refused, OUTPUT not written."""
    target = tmp_path / "units.gpkg"
    params = per_1000_params(
        units_layer(), schools_layer(), OUTPUT=str(target), FACILITIES_OUTPUT=str(tmp_path / "missing" / "f.gpkg")
    )
    with pytest.raises(QgsProcessingException) as caught:
        run("provision", params)
    assert "missing" in str(caught.value)
    assert files_in(tmp_path) == []


class CancelAt(QgsProcessingFeedback):
    """Feedback that presses Cancel once progress reaches ``percent`` (or at the first report)."""

    def __init__(self, percent: float | None = None) -> None:
        super().__init__()
        self.percent = percent

    def setProgress(self, value: float) -> None:
        if self.percent is None or value >= self.percent:
            self.cancel()
        super().setProgress(value)


@pytest.mark.parametrize(
    ("percent", "phase"),
    [(None, "reading"), (20, "computing"), (93, "writing the second output")],
)
def test_cancel_at_any_point_leaves_no_file(provider: Any, tmp_path: Path, percent: Any, phase: str) -> None:
    """Cancel while reading, computing or between the two outputs: one plain message, no file left."""
    params = per_1000_params(
        units_layer(),
        schools_layer(),
        METHOD="catchment",
        RADIUS_M=800,  # reaches the whole of each 1 km unit from its centre
        OUTPUT=str(tmp_path / "units.gpkg"),
        FACILITIES_OUTPUT=str(tmp_path / "facilities.gpkg"),
    )
    with pytest.raises(QgsProcessingException) as caught:
        run("provision", params, CancelAt(percent))
    message = str(caught.value)
    assert "Traceback" not in message, phase
    assert "\n" not in message.strip(), phase
    assert "ancel" in message, phase
    assert files_in(tmp_path) == [], phase


def test_cancel_while_reading_a_gpkg_layer(provider: Any, tmp_path: Path) -> None:
    """Cancel on the first feature read of a file layer: the message is plain (no bridge traceback)."""
    with pytest.raises(QgsProcessingException) as caught:
        run("provision", provision_params(OUTPUT=str(tmp_path / "r.gpkg")), CancelAt(None))
    assert "Traceback" not in str(caught.value)
    assert "Canceled" not in type(caught.value).__name__
    assert files_in(tmp_path) == []


# 6 ---------------------------------------------------------------------------------------------------
def _report_cells(path: str) -> list[str]:
    import openpyxl

    book = openpyxl.load_workbook(path)
    return [str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c is not None]


def test_report_from_a_shapefile_result_keeps_stamps_and_unverified_warning(provider: Any, tmp_path: Path) -> None:
    """A result saved as a Shapefile (names cut to 10 characters): the report shows the pack's edition and
    hash and the unverified-norm warning as the GeoPackage result does."""
    pack = load_pack(PACK)
    shp = run("provision", provision_params(UNIT_NAME_FIELD="name", OUTPUT=str(tmp_path / "result.shp")))["OUTPUT"]
    names = QgsVectorLayer(shp, "r", "ogr").fields().names()
    assert "norm_pac_1" in names
    assert "norm_unver" in names
    gpkg = run("provision", provision_params(UNIT_NAME_FIELD="name", OUTPUT=str(tmp_path / "result.gpkg")))["OUTPUT"]
    from_shp = _report_cells(
        run("excel_report", {"INPUTS": [shp], "LANGUAGE": "en", "OUTPUT": str(tmp_path / "a.xlsx")})["OUTPUT"]
    )
    from_gpkg = _report_cells(
        run("excel_report", {"INPUTS": [gpkg], "LANGUAGE": "en", "OUTPUT": str(tmp_path / "b.xlsx")})["OUTPUT"]
    )
    stamp = f"Norm pack: {PACK}, edition {pack.edition}, hash {pack.content_hash[:12]}"
    assert any(stamp in c for c in from_gpkg)
    assert any(stamp in c for c in from_shp)
    unverified = [c for c in from_gpkg if c.startswith("Unverified norm values used:")]
    assert unverified
    assert "overload" in unverified[0]  # the key overload_pct, in words
    assert unverified[0] in from_shp
    # the record of norm values (norms_used) does not fit a Shapefile's 254 characters: said, not hidden
    assert any("norms_used" in c and "Shapefile" in c for c in from_shp)


# 7 ---------------------------------------------------------------------------------------------------
BILLION_LAUGHS = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{c}: &{c} [{','.join(['*' + p] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi")]
)


def test_billion_laughs_pack_refused_fast_and_others_stay(provider: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """A 'billion laughs' file in the user pack folder is refused at once; the other packs stay listed and
    the file given as NORM_PACK_FILE gives a plain message."""
    from almaty_planner.processing_provider import params as prm

    folder = tmp_path / "packs"
    folder.mkdir()
    bomb = folder / "laughs.yaml"
    bomb.write_text(BILLION_LAUGHS, encoding="utf-8")
    assert bomb.stat().st_size < 700
    monkeypatch.setenv("ALMATY_PLANNER_NORMS_DIR", str(folder))
    start = time.perf_counter()
    ids = prm.pack_ids()
    assert time.perf_counter() - start < 5.0
    assert {"almaty_2040", "kz_srs"} <= set(ids)
    with pytest.raises(QgsProcessingException) as caught:
        run("provision", provision_params(NORM_PACK_FILE=str(bomb)))
    assert "laughs.yaml" in str(caught.value)
    assert "alias" in str(caught.value)
    assert "Traceback" not in str(caught.value)


# 8 ---------------------------------------------------------------------------------------------------
def test_service_of_a_pack_file_can_be_used(provider: Any) -> None:
    """A pack file that adds the service ``library`` (4 places per 1000 residents): SERVICE=library runs."""
    pack_file = DATA / "norms" / "bad" / "good_child.yaml"
    rate = load_pack(pack_file).service("library").demand_terms()[0].rate.value
    result = run(
        "provision", per_1000_params(units_layer(), schools_layer(), SERVICE="library", NORM_PACK_FILE=str(pack_file))
    )
    out = by_key(result["OUTPUT"])
    assert out[1]["demand"] == pytest.approx(5000 * rate / 1000)
    assert out[1]["service"] == "library"


def test_service_missing_from_the_pack_file_is_named(provider: Any) -> None:
    """A service that neither the installed packs nor the pack file have: the message names both."""
    pack_file = DATA / "norms" / "bad" / "good_child.yaml"
    with pytest.raises(QgsProcessingException) as caught:
        run("provision", per_1000_params(units_layer(), schools_layer(), SERVICE="zoo", NORM_PACK_FILE=str(pack_file)))
    assert "zoo" in str(caught.value)


# 10 --------------------------------------------------------------------------------------------------
def test_catchment_school_of_capacity_zero_covers_nobody(provider: Any) -> None:
    """With catchment, schools of capacity 0 cover nobody: provision 0 %, everyone uncovered."""
    params = per_1000_params(units_layer(), schools_layer(places=(0.0, 0.0)), METHOD="catchment", RADIUS_M=2000)
    out = by_key(run("provision", params)["OUTPUT"])
    for key, pop in ((1, 5000), (2, 3000)):
        assert out[key]["covered_pop"] == pytest.approx(0)
        assert out[key]["uncovered_pop"] == pytest.approx(pop)
        assert out[key]["provision_pct"] == pytest.approx(0)
        assert out[key]["deficit"] == pytest.approx(pop * polyclinic_rate() / 1000)


# 11 --------------------------------------------------------------------------------------------------
def test_m_values_are_kept_in_the_output(provider: Any, tmp_path: Path) -> None:
    """Units with M values: the result's geometries keep them (not 0)."""
    wkts = (
        "POLYGON M((500000 4800000 1, 501000 4800000 2, 501000 4801000 3, 500000 4801000 4, 500000 4800000 1))",
        "POLYGON M((501000 4800000 5, 502000 4800000 6, 502000 4801000 7, 501000 4801000 8, 501000 4800000 5))",
    )
    units = units_layer("PolygonM", wkts=wkts)
    result = run("provision", per_1000_params(units, schools_layer(), OUTPUT=str(tmp_path / "m.gpkg")))
    layer = QgsVectorLayer(result["OUTPUT"], "m", "ogr")
    assert QgsWkbTypes.hasM(layer.wkbType())
    ms = {f["unit_id"]: sorted({v.m() for v in f.geometry().vertices()}) for f in layer.getFeatures()}
    assert ms == {1: [1.0, 2.0, 3.0, 4.0], 2: [5.0, 6.0, 7.0, 8.0]}


def test_us_feet_crs_is_not_called_geographic(provider: Any) -> None:
    """Layers in EPSG:2277 (US survey feet): the log says feet, not 'geographic', and the result is right."""
    units, schools = units_layer(), schools_layer()
    feedback = Recorder()
    params = per_1000_params(reprojected(units, "EPSG:2277"), reprojected(schools, "EPSG:2277"))
    out = by_key(run("provision", params, feedback)["OUTPUT"])
    assert out[1]["capacity"] == 600
    assert not any("geographic" in w for w in feedback.warnings)
    assert any("EPSG:2277" in w and "foot" in w for w in feedback.warnings)
    assert QgsCoordinateReferenceSystem("EPSG:2277").isValid()


def test_no_temporary_files_left_beside_a_written_result(provider: Any, tmp_path: Path) -> None:
    """A successful run leaves exactly its outputs."""
    params = per_1000_params(
        units_layer(), schools_layer(), OUTPUT=str(tmp_path / "u.gpkg"), FACILITIES_OUTPUT=str(tmp_path / "f.gpkg")
    )
    run("provision", params)
    assert files_in(tmp_path) == ["f.gpkg", "u.gpkg"]
    assert os.access(tmp_path / "u.gpkg", os.R_OK)


def test_a_failed_run_into_a_layer_of_an_existing_geopackage_keeps_the_file(provider: Any, tmp_path: Path) -> None:
    """OUTPUT as a new layer of an existing GeoPackage, run cancelled: the GeoPackage and its layers stay."""
    import shutil

    target = tmp_path / "city.gpkg"
    shutil.copy(DATA / "planner_test.gpkg", target)
    params = per_1000_params(units_layer(), schools_layer(), OUTPUT=f"ogr:dbname='{target}' table=\"result\" (geom)")
    with pytest.raises(QgsProcessingException):
        run("provision", params, CancelAt(20))
    assert QgsVectorLayer(f"{target}|layername=units", "u", "ogr").featureCount() == 2
