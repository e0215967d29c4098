"""Algorithm ``facility_placement`` through processing.run on the small test file; results by hand.

Units A (demand 600 + 75% of 100 = 675 school places by the pack's grades rule) and B (350 + 75% of
60 = 395), no existing facility given, no population points (each unit's residents at its centre, which
the 710 m radius allows); candidates at the units' centres (1 km apart) with 500 and 1000 places.
"""

from __future__ import annotations

from typing import Any

import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from almaty_planner.compat import FieldType
from tests.qgis.test_algorithms import PACK, by_key, layer_uri, provider, run, school_demand  # noqa: F401

X0, Y0 = 650000.0, 4790000.0


def candidates(capacities: list[int]) -> QgsVectorLayer:
    """Candidate points at A's and B's centres with a capacity field."""
    layer = QgsVectorLayer("Point?crs=EPSG:32643", "участки", "memory")
    layer.dataProvider().addAttributes([QgsField("site", FieldType.STRING), QgsField("places", FieldType.INT)])
    layer.updateFields()
    for name, x, cap in (("c1", X0 + 500, capacities[0]), ("c2", X0 + 1500, capacities[1])):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, cap])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, Y0 + 500)))
        layer.dataProvider().addFeature(feature)
    return layer


def params(layer: QgsVectorLayer, **extra: Any) -> dict[str, Any]:
    """A placement of one school on the test file."""
    out = {
        "UNITS": layer_uri("units"),
        "POPULATION_FIELD": "pop",
        "CANDIDATES": layer,
        "CANDIDATE_CAPACITY_FIELD": "places",
        "COUNT": 1,
        "SERVICE": "school",
        "NORM_PACK": PACK,
        "RADIUS_M": 710,  # every corner of a 1 km unit is within 707 m of its centre
        "PLACEMENT_METHOD": "greedy",
        "UNIT_ID_FIELD": "unit_id",
        "OUTPUT": "memory:",
        "OUTPUT_UNITS": "memory:",
        "OUTPUT_LEFT_OUT": "memory:",
        "OUTPUT_CURVE": "memory:",
    }
    out.update(extra)
    return out


@pytest.mark.parametrize("method", ["greedy", "exact"])
def test_one_school_by_hand(provider: Any, method: str, tmp_path: Any) -> None:  # noqa: F811
    """c1 (500 places) serves 500 of A's 675; c2 would serve 395: c1 is chosen; 1070 - 500 = 570 left.
    The Excel report holds the same curve and a chart of it."""
    import openpyxl

    a, b = school_demand(600, 100), school_demand(350, 60)
    report = tmp_path / "placement.xlsx"
    result = run(
        "facility_placement",
        params(
            candidates([500, 1000]),
            PLACEMENT_METHOD=method,
            REPORT=str(report),
            SCENARIO_NAME="plan",
            OPENING_YEAR=2030,
        ),
    )
    sites = by_key(result["OUTPUT"], "site")
    assert list(sites) == ["c1"]
    assert sites["c1"]["rank"] == 1
    assert sites["c1"]["served"] == pytest.approx(500)
    assert sites["c1"]["deficit_after"] == pytest.approx(a + b - 500)
    assert sites["c1"]["method"] == method
    assert (sites["c1"]["scenario"], sites["c1"]["opening_year"]) == ("plan", 2030)
    units = by_key(result["OUTPUT_UNITS"])
    assert units[1]["deficit_before"] == pytest.approx(a)
    assert units[1]["deficit_after"] == pytest.approx(a - 500)
    assert units[2]["deficit_after"] == pytest.approx(b)
    left = by_key(result["OUTPUT_LEFT_OUT"], "site")
    assert left["c2"]["reason"] == "not_chosen"
    curve = [f["deficit_after"] for f in result["OUTPUT_CURVE"].getFeatures()]
    assert curve == pytest.approx([a + b, a + b - 500])
    assert result["DEFICIT_AFTER"] == pytest.approx(a + b - 500)
    ws = openpyxl.load_workbook(report).worksheets[0]
    values = [row for row in ws.iter_rows(min_col=1, max_col=2, values_only=True) if isinstance(row[0], int)]
    assert values[-2:] == [(0, pytest.approx(a + b)), (1, pytest.approx(a + b - 500))]
    assert len(ws._charts) == 1


def test_zero_capacity_is_refused_naming_the_feature_and_field(provider: Any) -> None:  # noqa: F811
    """A candidate with 0 places: the message names the layer, the feature and the field."""
    with pytest.raises(QgsProcessingException) as err:
        run("facility_placement", params(candidates([0, 1000]), CANDIDATE_ID_FIELD="site"))
    text = str(err.value)
    assert "участки" in text
    assert "c1" in text
    assert "places" in text
