"""Every algorithm through processing.run on small files; results worked out by hand.

The test data (tests/data/build_test_data.py): microdistrict A (unit_id 1, 5000 residents, 600 pupils of
grades 1-9 and 100 of grades 10-11) and B (unit_id 2, 3000 residents, 350 and 60 pupils), 1 km x 1 km
side by side in EPSG:32643; schools of 300 and 200 places in A (250 m west and east of A's centre) and
400 places at B's centre; a park of 2 ha in A; five buildings. Norm values are read from the shipped
pack in each test, never copied from the output.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from almaty_planner.compat import FieldType
from almaty_planner.core.definitions import norm_key_words
from almaty_planner.core.norms import load_pack

DATA = Path(__file__).resolve().parents[1] / "data"
GPKG = DATA / "planner_test.gpkg"
PACK = "almaty_2040"


def layer_uri(name: str) -> str:
    """A GeoPackage layer of the test data as a source string."""
    return f"{GPKG}|layername={name}"


@pytest.fixture(scope="module")
def provider(qgis_processing: Any) -> Any:
    """The almaty_planner provider registered for the module's tests."""
    from almaty_planner.processing_provider.provider import AlmatyPlannerProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("almaty_planner")
    if existing is not None:
        yield existing
        return
    prov = AlmatyPlannerProvider()
    registry.addProvider(prov)
    yield prov
    registry.removeProvider(prov)


class Recorder(QgsProcessingFeedback):
    """Feedback that keeps the warnings and the progress values."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []
        self.progress: list[float] = []
        self.progressChanged.connect(self.progress.append)

    def pushWarning(self, text: str) -> None:
        self.warnings.append(text)
        super().pushWarning(text)


def run(alg: str, params: dict[str, Any], feedback: QgsProcessingFeedback | None = None) -> dict[str, Any]:
    """processing.run of almaty_planner:<alg>."""
    import processing

    return processing.run(f"almaty_planner:{alg}", params, feedback=feedback or QgsProcessingFeedback())


def by_key(layer: QgsVectorLayer, key: str = "unit_id") -> dict[Any, dict[str, Any]]:
    """The features of ``layer`` as dicts, by ``key``."""
    names = layer.fields().names()
    return {f[key]: dict(zip(names, f.attributes())) for f in layer.getFeatures()}


def school_demand(pupils_1_9: float, pupils_10_11: float) -> float:
    """School places needed by the pack's grades rule: coverage of grades 1-9 plus coverage of 10-11."""
    terms = load_pack(PACK).service("school").demand_terms()
    cover = {t.field: t.coverage_pct.value for t in terms if t.basis == "cohort"}
    return pupils_1_9 * cover["pupils_1_9"] / 100 + pupils_10_11 * cover["pupils_10_11"] / 100


def centre_points(units: str | None = None) -> QgsVectorLayer:
    """One population point at each unit's centre holding its residents (what the hand computations
    assume; without points a reach method refuses units larger than the radius)."""
    source = QgsVectorLayer(units or layer_uri("units"), "units", "ogr")
    layer = QgsVectorLayer(f"Point?crs={source.crs().authid()}&field=residents:double", "centres", "memory")
    for unit in source.getFeatures():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([float(unit["pop"])])
        feature.setGeometry(unit.geometry().pointOnSurface())
        layer.dataProvider().addFeature(feature)
    return layer


def at_centres(units: str | None = None) -> dict[str, Any]:
    """POPULATION_POINTS and POINTS_POPULATION_FIELD of :func:`centre_points`."""
    return {"POPULATION_POINTS": centre_points(units), "POINTS_POPULATION_FIELD": "residents"}


def provision_params(**extra: Any) -> dict[str, Any]:
    """The parameters of a school provision check on the GeoPackage."""
    params = {
        "UNITS": layer_uri("units"),
        "POPULATION_FIELD": "pop",
        "FACILITIES": layer_uri("schools"),
        "CAPACITY_FIELD": "places",
        "SERVICE": "school",
        "NORM_PACK": PACK,
        "METHOD": "unit_balance",
        "OUTPUT": "memory:",
    }
    params.update(extra)
    return params


def test_every_algorithm_is_registered(provider: Any) -> None:
    """The stable ids of the issue are all in the provider, each with help text."""
    ids = {a.name() for a in provider.algorithms()}
    wanted = {
        "provision",
        "green_space",
        "engineering_gap",
        "accessibility_2sfca",
        "excel_report",
        "dasymetric_population",
        "assign_tiers",
    }
    assert wanted <= ids
    for alg_id in wanted:
        help_text = provider.algorithm(alg_id).shortHelpString()
        assert "<h3>" in help_text, alg_id


def test_provision_unit_balance_by_hand(provider: Any) -> None:
    """Deficit, surplus, provision % and facility loads of a school check, computed by hand."""
    result = run("provision", provision_params(FACILITIES_OUTPUT="memory:", UNIT_NAME_FIELD="name"))
    units = by_key(result["OUTPUT"])
    demand_a, demand_b = school_demand(600, 100), school_demand(350, 60)
    a, b = units[1], units[2]
    assert a["demand"] == pytest.approx(demand_a)
    assert a["capacity"] == 500
    assert a["deficit"] == pytest.approx(max(0.0, demand_a - 500))
    assert a["surplus"] == pytest.approx(max(0.0, 500 - demand_a))
    assert a["provision_pct"] == pytest.approx(100 * 500 / demand_a)
    assert b["deficit"] == pytest.approx(max(0.0, demand_b - 400))
    assert b["surplus"] == pytest.approx(max(0.0, 400 - demand_b))
    assert a["unit_name"] == "Микрорайон Алатау-1"
    assert a["service"] == "school"
    assert a["method"] == "unit_balance"
    assert a["norm_pack"] == PACK
    # every input attribute kept, in order, before the result fields
    source = QgsVectorLayer(layer_uri("units"), "units", "ogr")
    names = result["OUTPUT"].fields().names()
    assert names[: len(source.fields())] == source.fields().names()
    assert a["name"] == "Микрорайон Алатау-1"
    assert units[2]["name"] == "Шағын аудан №2"
    # facility loads: the unit's demand shared among its schools by capacity
    schools = by_key(result["FACILITIES_OUTPUT"], "school_id")
    assert schools[11]["load"] == pytest.approx(demand_a * 300 / 500)
    assert schools[12]["load"] == pytest.approx(demand_a * 200 / 500)
    assert schools[13]["load"] == pytest.approx(demand_b)
    assert schools[13]["load_pct"] == pytest.approx(100 * demand_b / 400)


def test_provision_catchment_radius(provider: Any) -> None:
    """Radius 200 m: nobody in A reaches a school (250 m from A's centre); B's school is at its centre."""
    result = run("provision", provision_params(METHOD="catchment", RADIUS_M=200, **at_centres()))
    units = by_key(result["OUTPUT"])
    assert units[1]["covered_pop"] == pytest.approx(0)
    assert units[1]["uncovered_pop"] == pytest.approx(5000)
    assert units[1]["deficit"] == pytest.approx(school_demand(600, 100))
    assert units[2]["covered_pop"] == pytest.approx(3000)
    assert units[2]["deficit"] == pytest.approx(0)


def test_accessibility_2sfca_by_hand(provider: Any) -> None:
    """2SFCA with 500 m: A's centre reaches the 300 + 200 places of A only, B's centre the 400 of B."""
    params = provision_params(METHOD="2sfca", RADIUS_M=500, **at_centres())
    result = run("accessibility_2sfca", params)
    units = by_key(result["OUTPUT"])
    demand_a, demand_b = school_demand(600, 100), school_demand(350, 60)
    assert units[1]["access_ratio"] == pytest.approx(500 / demand_a)
    assert units[2]["access_ratio"] == pytest.approx(400 / demand_b)
    assert units[1]["deficit"] == pytest.approx(demand_a * max(0.0, 1 - 500 / demand_a))
    assert units[1]["method"] == "2sfca"


def test_catchment_without_points_refuses_large_units_and_warns_on_small(provider: Any) -> None:
    """Without population points: 1 km units (707 m centre to corner) with 500 m are refused in plain
    words; with 800 m every unit counts as one point, said in the log and in ``residents_at``."""
    feedback = Recorder()
    with pytest.raises(QgsProcessingException, match="one point"):
        run("provision", provision_params(METHOD="catchment", RADIUS_M=500), feedback)
    feedback = Recorder()
    result = run("provision", provision_params(METHOD="catchment", RADIUS_M=800), feedback)
    units = by_key(result["OUTPUT"])
    assert {u["residents_at"] for u in units.values()} == {"unit_point"}
    assert any("count as one point" in w for w in feedback.warnings)
    assert units[1]["within_norm_pct"] == pytest.approx(100.0)
    assert units[1]["provision_pct"] == pytest.approx(100 * 500 / school_demand(600, 100))


def test_accessibility_rejects_other_methods(provider: Any) -> None:
    """METHOD of accessibility_2sfca is 2sfca or e2sfca only."""
    with pytest.raises(QgsProcessingException):
        run("accessibility_2sfca", provision_params(METHOD="catchment"))


def test_green_space_by_hand(provider: Any) -> None:
    """2 ha of park in A; norm m2 per resident from the pack; hectares missing = (pop x norm - green) / 10000."""
    norm = load_pack(PACK).service("green_space").value("norm_m2_per_resident").value
    result = run(
        "green_space",
        {
            "UNITS": layer_uri("units"),
            "POPULATION_FIELD": "pop",
            "FACILITIES": layer_uri("parks"),
            "NORM_PACK": PACK,
            "OUTPUT": "memory:",
        },
    )
    units = by_key(result["OUTPUT"])
    assert units[1]["green_m2"] == pytest.approx(20_000)
    assert units[1]["green_m2_per_resident"] == pytest.approx(4.0)
    assert units[1]["green_deficit_ha"] == pytest.approx(max(0.0, 5000 * norm - 20_000) / 10_000)
    assert units[2]["green_m2"] == pytest.approx(0)
    assert units[2]["green_deficit_ha"] == pytest.approx(3000 * norm / 10_000)
    assert units[1]["meets_norm"] == (norm <= 4.0)


def test_green_space_norm_given_and_walk_check(provider: Any) -> None:
    """A norm of 3 m2 given as a parameter replaces the pack's; the walk check needs a radius and a park
    size, and without them the message says which parameter is missing."""
    params = {
        "UNITS": layer_uri("units"),
        "POPULATION_FIELD": "pop",
        "FACILITIES": layer_uri("parks"),
        "NORM_PACK": "kz_planning_norms",  # its green norms depend on the settlement tier
        "NORM_M2_PER_RESIDENT": 3,
        "OUTPUT": "memory:",
    }
    units = by_key(run("green_space", params)["OUTPUT"])
    assert units[1]["norm_m2_per_resident"] == pytest.approx(3.0)
    assert units[1]["meets_norm"]  # 4 m2 per resident
    assert units[2]["green_deficit_ha"] == pytest.approx(3000 * 3 / 10_000)
    with pytest.raises(QgsProcessingException, match="min_park_area_m2 of service green_space is missing"):
        run("green_space", {**params, "ACCESSIBILITY": True})
    walked = by_key(
        run("green_space", {**params, "ACCESSIBILITY": True, "WALK_RADIUS_M": 100_000, "MIN_PARK_AREA_M2": 1})["OUTPUT"]
    )
    assert walked[1]["green_access_pct"] == pytest.approx(100.0)
    assert walked[2]["green_access_pct"] == pytest.approx(100.0)


def test_engineering_gap_counts_by_hand(provider: Any) -> None:
    """Counts of connected residents: A lacks sewerage for 1000 (20%), B lacks water for 600 (20%)."""
    target = load_pack(PACK).service("sewerage").value("target_connected_pct")
    feedback = Recorder()
    result = run(
        "engineering_gap",
        {
            "UNITS": layer_uri("units"),
            "POPULATION_FIELD": "pop",
            "SEWER_FIELD": "sewer_pop",
            "SEWER_MODE": "count",
            "WATER_FIELD": "water_pop",
            "WATER_MODE": "count",
            "NORM_PACK": PACK,
            "OUTPUT": "memory:",
        },
        feedback,
    )
    units = by_key(result["OUTPUT"])
    assert units[1]["pop_without_sewer"] == pytest.approx(1000)
    assert units[1]["sanitation_gap_pct"] == pytest.approx(20.0)
    assert units[2]["pop_without_sewer"] == pytest.approx(0)
    assert units[2]["pop_without_water"] == pytest.approx(600)
    assert units[2]["water_gap_pct"] == pytest.approx(20.0)
    assert units[1]["sewer_meets_norm"] == (target.value <= 80.0)
    if target.is_unverified:
        assert "target_connected_pct" in units[1]["norm_unverified"]
        assert any(f'"{norm_key_words("target_connected_pct")}"' in w for w in feedback.warnings)  # in words


@pytest.mark.parametrize(
    ("weight", "expected"),
    [
        # A: 1000 m2 x 5 and 1000 m2 x 15 floors; B: 100 m2 x 1, 1, 2 floors
        ("floor_area", {101: 5000 * 5 / 20, 102: 5000 * 15 / 20, 201: 750.0, 202: 750.0, 203: 1500.0}),
        ("footprint", {101: 2500.0, 102: 2500.0, 201: 1000.0, 202: 1000.0, 203: 1000.0}),
    ],
)
def test_dasymetric_population_by_hand(provider: Any, weight: str, expected: dict[int, float]) -> None:
    """Each unit's residents shared among its buildings by floor area or by footprint."""
    result = run(
        "dasymetric_population",
        {
            "UNITS": layer_uri("units"),
            "POPULATION_FIELD": "pop",
            "BUILDINGS": layer_uri("buildings"),
            "WEIGHT": weight,
            "FLOORS_FIELD": "floors",
            "UNIT_NAME_FIELD": "name",
            "OUTPUT": "memory:",
        },
    )
    buildings = by_key(result["OUTPUT"], "bld_id")
    assert {k: v["population"] for k, v in buildings.items()} == pytest.approx(expected)
    assert buildings[201]["unit_name"] == "Шағын аудан №2"
    assert buildings[201]["address"] == "көш. Төле би, 5"


def _settlements() -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "населённые пункты", "memory")
    layer.dataProvider().addAttributes(
        [QgsField("name", FieldType.STRING), QgsField("status", FieldType.STRING), QgsField("given", FieldType.INT)]
    )
    layer.updateFields()
    rows = [
        ("Алматы", "город республиканского значения", None),
        ("Талгар", "районный центр", None),
        ("Ақши", "село", None),
        ("Түрген", "опорное село", None),
        ("Есік", "село", 2),
    ]
    for i, values in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(76.9 + i / 10, 43.3)))
        layer.dataProvider().addFeature(feature)
    return layer


def test_assign_tiers_from_status_and_field(provider: Any) -> None:
    """Tier from the status (1, 3, 5, 4) unless the tier field is filled (2 kept)."""
    result = run(
        "assign_tiers",
        {
            "UNITS": _settlements(),
            "STATUS_FIELD": "status",
            "TIER_FIELD": "given",
            "NORM_PACK": "kz_srs",
            "OUTPUT": "memory:",
        },
    )
    tiers = {f["name"]: f["tier"] for f in result["OUTPUT"].getFeatures()}
    assert tiers == {"Алматы": 1, "Талгар": 3, "Ақши": 5, "Түрген": 4, "Есік": 2}


def test_excel_report_from_two_result_layers(provider: Any, tmp_path: Path) -> None:
    """The workbook has a sheet per service and the units' names and deficits."""
    import openpyxl

    school = run("provision", provision_params(UNIT_NAME_FIELD="name"))["OUTPUT"]
    green = run(
        "green_space",
        {
            "UNITS": layer_uri("units"),
            "POPULATION_FIELD": "pop",
            "FACILITIES": layer_uri("parks"),
            "NORM_PACK": PACK,
            "UNIT_NAME_FIELD": "name",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    target = tmp_path / "отчёт.xlsx"
    result = run("excel_report", {"INPUTS": [school, green], "LANGUAGE": "ru", "OUTPUT": str(target)})
    assert Path(result["OUTPUT"]).is_file()
    book = openpyxl.load_workbook(result["OUTPUT"])
    cells = [c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "Микрорайон Алатау-1" in cells
    deficit_a = school_demand(600, 100) - 500
    assert any(isinstance(c, (int, float)) and math.isclose(c, deficit_a, rel_tol=1e-6) for c in cells)
    assert len(book.worksheets) >= 4
    # the norms sheet lists the values the layers were computed with, with their source documents: the
    # school's cohort coverages and the green norm; not the radius, which the unit balance does not use
    norms_sheet = book.worksheets[-2]
    keys = {c for row in norms_sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)}
    assert {"coverage_pct", "pupils_1_9", "pupils_10_11", "norm_m2_per_resident"} <= keys
    assert "radius_m" not in keys


def test_excel_report_of_the_sewerage_and_water_gap_lists_their_norms(provider: Any, tmp_path: Path) -> None:
    """An engineering_gap layer brings the pack's sewerage and water targets onto the norms sheet."""
    import openpyxl

    target = load_pack(PACK).service("sewerage").value("target_connected_pct")
    gap = run(
        "engineering_gap",
        {
            "UNITS": layer_uri("units"),
            "POPULATION_FIELD": "pop",
            "SEWER_FIELD": "sewer_pop",
            "SEWER_MODE": "count",
            "NORM_PACK": PACK,
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    result = run("excel_report", {"INPUTS": [gap], "LANGUAGE": "en", "OUTPUT": str(tmp_path / "gap.xlsx")})
    book = openpyxl.load_workbook(result["OUTPUT"])
    rows = list(book["Norms"].iter_rows(values_only=True))
    found = [r for r in rows if "target_connected_pct" in r]
    assert found
    assert any(target.value in r for r in found)


def test_selected_features_only(provider: Any) -> None:
    """Only the selected unit (B) is checked and written."""
    layer = QgsVectorLayer(layer_uri("units"), "Микрорайоны", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([f.id() for f in layer.getFeatures() if f["unit_id"] == 2])
        params = provision_params(UNITS=QgsProcessingFeatureSourceDefinition(layer.id(), True))
        units = by_key(run("provision", params)["OUTPUT"])
        assert list(units) == [2]
        assert units[2]["deficit"] == pytest.approx(max(0.0, school_demand(350, 60) - 400))
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def _snapshot(layer: QgsVectorLayer) -> list[tuple]:
    return sorted((f.id(), tuple(f.attributes()), f.geometry().asWkt(3)) for f in layer.getFeatures())


def _memory_copy(uri: str, name: str) -> QgsVectorLayer:
    source = QgsVectorLayer(uri, name, "ogr")
    layer = source.materialize(QgsFeatureRequest())
    assert layer.isValid()
    assert layer.dataProvider().name() == "memory"
    layer.setName(name)
    return layer


def test_memory_layer_input_and_inputs_not_modified(provider: Any) -> None:
    """Memory and GeoPackage inputs give results and are unchanged afterwards (features compared)."""
    units = _memory_copy(layer_uri("units"), "Микрорайоны (память)")
    schools = QgsVectorLayer(layer_uri("schools"), "schools", "ogr")
    before_units, before_schools = _snapshot(units), _snapshot(schools)
    fields_before = units.fields().names()
    result = run("provision", provision_params(UNITS=units, FACILITIES=schools))
    assert by_key(result["OUTPUT"])[1]["deficit"] == pytest.approx(school_demand(600, 100) - 500)
    assert _snapshot(units) == before_units
    assert _snapshot(schools) == before_schools
    assert units.fields().names() == fields_before
    assert not units.isModified()


def test_shapefile_input(provider: Any) -> None:
    """A Shapefile (truncated field names, Cyrillic text) as units of a green space check."""
    norm = load_pack(PACK).service("green_space").value("norm_m2_per_resident").value
    result = run(
        "green_space",
        {
            "UNITS": str(DATA / "units_shp" / "units.shp"),
            "POPULATION_FIELD": "pop",
            "FACILITIES": layer_uri("parks"),
            "NORM_PACK": PACK,
            "OUTPUT": "memory:",
        },
    )
    units = by_key(result["OUTPUT"])
    assert units[1]["name"] == "Микрорайон Алатау-1"
    assert units[2]["green_deficit_ha"] == pytest.approx(3000 * norm / 10_000)


def test_geographic_crs_input(provider: Any) -> None:
    """Units and schools in EPSG:4326 give the same numbers; the output stays in EPSG:4326; a warning says so."""
    feedback = Recorder()
    params = provision_params(
        UNITS=str(DATA / "units_4326.geojson"),
        FACILITIES=str(DATA / "schools_4326.geojson"),
        METHOD="catchment",
        RADIUS_M=200,
        **at_centres(str(DATA / "units_4326.geojson")),
    )
    result = run("provision", params, feedback)
    out = result["OUTPUT"]
    assert out.crs().authid() == "EPSG:4326"
    units = by_key(out)
    assert units[1]["uncovered_pop"] == pytest.approx(5000)
    assert units[2]["covered_pop"] == pytest.approx(3000)
    extent = out.extent()
    assert 76 < extent.xMinimum() < 78
    assert 43 < extent.yMinimum() < 44
    assert any("EPSG:4326" in w for w in feedback.warnings)


def test_missing_population_field_is_a_clear_error(provider: Any) -> None:
    """A missing population field: QgsProcessingException naming the layer and the field, no traceback."""
    layer = QgsVectorLayer(layer_uri("units"), "Микрорайоны", "ogr")
    with pytest.raises(QgsProcessingException) as caught:
        run("provision", provision_params(UNITS=layer, POPULATION_FIELD="жители"))
    message = str(caught.value)
    assert "Микрорайоны" in message
    assert "жители" in message
    assert "Traceback" not in message


def test_cancel_stops_the_run(provider: Any) -> None:
    """A canceled feedback stops the algorithm with an exception and no result."""
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        run("provision", provision_params(), feedback)


def test_progress_reported(provider: Any) -> None:
    """Progress goes up to 100."""
    feedback = Recorder()
    run("provision", provision_params(), feedback)
    assert feedback.progress
    assert max(feedback.progress) == pytest.approx(100)


def test_style_applied_when_loaded(provider: Any, iface_with_layer_tree: Any) -> None:
    """Loaded into the project, the units result has the red/green/grey rule style and labels."""
    import processing

    result = processing.runAndLoadResults("almaty_planner:provision", provision_params(OUTPUT="TEMPORARY_OUTPUT"))
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    try:
        assert isinstance(layer.renderer(), QgsRuleBasedRenderer)
        filters = [r.filterExpression() for r in layer.renderer().rootRule().children()]
        assert any('"deficit" > 0' in f for f in filters)
        assert layer.labelsEnabled()
        rules = layer.renderer().rootRule().descendants()
        colors = {r.symbol().color().name() for r in rules if r.symbol() is not None}
        # deficit in three shades by provision %, norm met green, no data grey
        assert {"#a50f15", "#de2d26", "#fc9272", "#1a9850", "#bdbdbd"} <= colors
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def _streets() -> QgsVectorLayer:
    """A street from A's centre that reaches each school of A only by a 1050 m detour, and a street in B."""
    layer = QgsVectorLayer("LineString?crs=EPSG:32643", "улицы", "memory")
    x0, y0 = 650000.0, 4790000.0
    lines = [
        [(500, 500), (500, 900)],
        [(500, 900), (250, 900), (250, 500)],
        [(500, 900), (750, 900), (750, 500)],
        [(1400, 500), (1600, 500)],
    ]
    for line in lines:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x0 + x, y0 + y) for x, y in line]))
        layer.dataProvider().addFeature(feature)
    return layer


def test_provision_along_the_street_network(provider: Any) -> None:
    """Radius 500 m: A's schools are 250 m away in a straight line but 1050 m along the streets."""
    straight = by_key(run("provision", provision_params(METHOD="catchment", RADIUS_M=500, **at_centres()))["OUTPUT"])
    assert straight[1]["covered_pop"] == pytest.approx(5000)
    streets = by_key(
        run("provision", provision_params(METHOD="catchment", RADIUS_M=500, NETWORK=_streets(), **at_centres()))[
            "OUTPUT"
        ]
    )
    assert streets[1]["covered_pop"] == pytest.approx(0)
    assert streets[1]["deficit"] == pytest.approx(school_demand(600, 100))
    assert streets[2]["covered_pop"] == pytest.approx(3000)


REAL, BOOL = FieldType.DOUBLE, FieldType.BOOL


@pytest.mark.parametrize(
    ("kind", "geometry", "fields", "rows"),
    [
        # rows: attribute values, expected colour family
        ("provision_units", "Polygon", {"population": REAL, "deficit": REAL, "surplus": REAL},
         [((100, 25.0, 0.0), "red"), ((100, 0.0, 5.0), "green"), ((None, None, None), "grey")]),
        ("green", "Polygon", {"population": REAL, "green_deficit_ha": REAL},
         [((100, 1.5), "red"), ((100, 0.0), "green"), ((100, None), "grey")]),
        ("engineering_gap", "Polygon", {"population": REAL, "meets_norm": BOOL},
         [((100, False), "red"), ((100, True), "green"), ((100, None), "grey")]),
        ("provision_facilities", "Point", {"load_pct": REAL, "overloaded": BOOL},
         [((135.0, True), "red"), ((80.0, False), "green"), ((None, None), "grey")]),
    ],
)  # fmt: skip
def test_styles_colour_deficit_surplus_and_no_data(
    qgis_app: Any, kind: str, geometry: str, fields: dict[str, Any], rows: list
) -> None:
    """Each result style draws a deficit red, norm met green and missing data grey."""
    from qgis.core import QgsRenderContext

    from almaty_planner.styles import apply_style

    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32643", kind, "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields.items()])
    layer.updateFields()
    assert apply_style(layer, kind)
    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    try:
        for values, family in rows:
            feature = QgsFeature(layer.fields())
            feature.setAttributes(list(values))
            colours = [s.color() for s in renderer.symbolsForFeature(feature, context)]
            assert len(colours) == 1, (kind, values)
            red, green, blue = colours[0].red(), colours[0].green(), colours[0].blue()
            if family == "red":
                assert red > green + 60, (kind, values, colours[0].name())
                assert red > blue + 20, (kind, values, colours[0].name())
            elif family == "green":
                assert green > red + 60, (kind, values, colours[0].name())
            else:
                assert max(red, green, blue) - min(red, green, blue) < 10, (kind, values, colours[0].name())
    finally:
        renderer.stopRender(context)
