"""The dock's parts on their own: the units table model and its sorting, the chart, settings in the project."""

from __future__ import annotations

import math
from typing import Any

from qgis.core import QgsFeature, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from almaty_planner.gui.chart import MAX_BARS, DeficitChart
from almaty_planner.gui.settings import PanelSettings, ServiceChoice, read_settings, write_settings
from almaty_planner.gui.units_model import FID_ROLE, UnitRow, UnitsTableModel, rows_from_layer, sorting_proxy

ROWS = [
    UnitRow(1, "Бостандык", 1480.0, 1200.0, 280.0, 1200 / 1480 * 100, False),
    UnitRow(2, "Almaly", 800.0, 900.0, 0.0, 112.5, True),
    UnitRow(3, "Алатау", None, 50.0, None, None, None),
    UnitRow(4, "Auezov", 2000.0, 0.0, 2000.0, 0.0, False),
]


def _column(proxy: Any, column: int) -> list[str]:
    return [proxy.data(proxy.index(r, column)) for r in range(proxy.rowCount())]


def test_table_sorts_numbers_as_numbers_and_keeps_fids(qgis_app: Any) -> None:
    """Sorting by deficit orders by value (no data last when descending); the fid follows its row."""
    model = UnitsTableModel()
    model.set_rows(ROWS)
    proxy = sorting_proxy(model)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)  # columns in the order of importance: deficit second
    assert _column(proxy, 0) == ["Auezov", "Бостандык", "Almaly", "Алатау"]
    assert [proxy.data(proxy.index(r, 0), FID_ROLE) for r in range(4)] == [4, 1, 2, 3]
    assert _column(proxy, 1) == ["2\u202f000", "280", "0", "—"]
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, 2) == ["—", "0.0", "81.1", "112.5"]
    proxy.sort(4, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, 4) == ["no data", "no", "no", "yes"]
    proxy.sort(5, Qt.SortOrder.DescendingOrder)  # demand: 2000 > 1480 > 800 > none
    assert _column(proxy, 0) == ["Auezov", "Бостандык", "Almaly", "Алатау"]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Deficit"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Provision, %"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Met within the norm, %"


def test_rows_read_from_a_result_layer_with_nulls_and_bools(qgis_app: Any) -> None:
    """NULL numbers become None, bool/int meets_norm become True/False, missing unit_name is empty."""
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:32643&field=unit_name:string&field=demand:double&field=capacity:double"
        "&field=deficit:double&field=provision_pct:double&field=meets_norm:integer",
        "r",
        "memory",
    )
    values = [["Алмалы", 100.0, 40.0, 60.0, 40.0, 0], [None, None, 10.0, None, None, None]]
    features = []
    for attrs in values:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attrs)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    rows = rows_from_layer(layer)
    assert [(r.name, r.demand, r.capacity, r.deficit, r.meets_norm) for r in rows] == [
        ("Алмалы", 100.0, 40.0, 60.0, False),
        ("", None, 10.0, None, None),
    ]


def test_chart_draws_positive_deficits_longest_first(qgis_app: Any) -> None:
    """Bars for deficits > 0 only, sorted, with lengths proportional to the deficit."""
    chart = DeficitChart()
    chart.resize(400, 200)
    chart.set_values([("A", 100.0), ("B", 0.0), ("C", None), ("D", 400.0), ("E", 200.0)])
    assert chart.items() == [("D", 400.0), ("E", 200.0), ("A", 100.0)]
    widths = [r.width() for r in chart.bar_rects()]
    assert math.isclose(widths[1] / widths[0], 0.5)
    assert math.isclose(widths[2] / widths[0], 0.25)
    chart.set_values([(str(i), float(i + 1)) for i in range(MAX_BARS + 5)])
    assert len(chart.items()) == MAX_BARS
    assert chart.items()[0][1] == MAX_BARS + 5
    image = chart.grab().toImage()  # paints without error
    assert not image.isNull()


def test_settings_round_trip_through_a_saved_project(qgis_app: Any, tmp_path: Any) -> None:
    """Choices written to a project come back after saving and reading the .qgz."""
    project = QgsProject()
    settings = PanelSettings(
        units_layer_id="units_1",
        population_field="население",
        name_field="name",
        norm_pack="almaty_2040",
        method="catchment",
    )
    settings.services["school"] = ServiceChoice("schools_1", "places")
    settings.services["custom"] = ServiceChoice("x", "y")
    write_settings(project, settings)
    path = str(tmp_path / "p.qgz")
    assert project.write(path)
    other = QgsProject()
    assert other.read(path)
    restored = read_settings(other)
    assert restored == settings
    assert restored.configured_services() == ["school", "custom"]
    assert read_settings(QgsProject()) == PanelSettings()
