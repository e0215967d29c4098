"""The panel a planner can trust: field guesses on the demo layers, the warning without population points,
300 px in Russian, the norm values page alive, several methods named everywhere, results that come back
after the project is saved and reopened, input layers hidden under the results."""

from __future__ import annotations

import gc
import subprocess
from pathlib import Path
from typing import Any

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QPoint, QTranslator
from qgis.PyQt.QtWidgets import QWidget

from almaty_planner.core.paths import resources_dir
from almaty_planner.gui.dock import RegionalStandardsDock
from tests.qgis.gui_fixtures import add_small_project
from tests.qgis.test_dock import _choose, _wait, dock, norms_dir, project, provider  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
DEMO = resources_dir() / "demo" / "almaty_demo.gpkg"


def demo_layer(name: str) -> QgsVectorLayer:
    """A layer of the demo GeoPackage."""
    layer = QgsVectorLayer(f"{DEMO}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def test_fields_are_guessed_on_the_demo_layers_never_fid(dock: Any, project: QgsProject) -> None:  # noqa: F811
    """Schools, kindergartens, polyclinics: capacity, not fid; districts: population and name; buildings:
    residents; a layer whose only numbers are ids: no guess, and Run names the field to choose."""
    layers = {n: demo_layer(n) for n in ("districts", "schools", "kindergartens", "polyclinics", "buildings")}
    project.addMapLayers(list(layers.values()))
    p = dock.panel
    assert layers["schools"].fields().names()[0] == "fid"  # the first numeric field
    for service, name in (("school", "schools"), ("kindergarten", "kindergartens"), ("polyclinic", "polyclinics")):
        p.service_layers[service].setLayer(layers[name])
        assert p.service_fields[service].currentField() == "capacity", service
    assert p.status_fields["school"].currentField() == "status"
    assert p.load_fields["school"].currentField() == "enrolled"
    assert p.shifts_fields["school"].currentField() == "shifts"
    p.units_combo.setLayer(layers["districts"])
    assert p.population_combo.currentField() == "population"
    assert p.name_combo.currentField() in ("name_en", "name_ru", "name_kk")
    assert p.tier_combo.currentField() == "tier"
    p.points_combo.setLayer(layers["buildings"])
    assert p.points_field_combo.currentField() == "residents"

    ids_only = QgsVectorLayer("Point?crs=EPSG:32643&field=id:integer&field=osm_id:integer", "ids only", "memory")
    project.addMapLayer(ids_only)
    p.service_layers["hospital"].setLayer(ids_only)
    assert p.service_fields["hospital"].currentField() == ""
    problems = dock.validate(dock.current_settings())
    assert "Choose the capacity field of ids only (Hospitals (beds))." in problems


def test_catchment_without_points_warns_on_the_panel_and_in_the_result(
    dock: Any,  # noqa: F811
    recording_iface: Any,
    project: QgsProject,  # noqa: F811
    provider: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Ticking "Within the normative radius" without points shows the warning; 1 km units with the test
    pack's 500 m are refused in plain words; with a 800 m radius the result says one point per unit."""
    units, schools = add_small_project(project)
    _choose(dock, units, schools)
    p = dock.panel
    p.output_widget.setFilePath(str(tmp_path / "results.gpkg"))
    assert not p.points_warning.isVisibleTo(p)
    p.method_checks["catchment"].setChecked(True)
    assert p.points_warning.isVisibleTo(p)
    assert "one point" in p.points_warning.text()
    p.method_checks["unit_balance"].setChecked(False)
    dock.start_run()
    _wait(dock)
    errors = [m[1] for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical]
    assert any("one point" in e and "707" in e for e in errors)

    recording_iface.messages.clear()
    p.radius_edit.setText("800")
    dock.start_run()
    _wait(dock)
    assert [m for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical] == []
    layer = dock.current_result_layer()
    assert {f["residents_at"] for f in layer.getFeatures()} == {"unit_point"}
    assert "each unit's residents count as one point" in p.note.text()


def test_several_methods_each_named_by_service_and_method(
    dock: Any,  # noqa: F811
    recording_iface: Any,
    project: QgsProject,  # noqa: F811
    provider: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Balance and within 800 m in one run: two unit results and two load layers, named in the tree, the
    chooser and the report's sheets; both provision columns keep their own names."""
    units, schools = add_small_project(project)
    _choose(dock, units, schools)
    p = dock.panel
    p.output_widget.setFilePath(str(tmp_path / "results.gpkg"))
    p.method_checks["catchment"].setChecked(True)
    p.radius_edit.setText("800")
    dock.start_run()
    _wait(dock)
    group = dock.results_group(create=False)
    names = sorted(node.layer().name() for node in group.findLayers())
    assert names == [
        "Schools (student places): Balance within each unit",
        "Schools (student places): Balance within each unit: load of facilities",
        "Schools (student places): Within the normative radius",
        "Schools (student places): Within the normative radius: load of facilities",
    ]
    assert [p.result_combo.itemText(i) for i in range(p.result_combo.count())] == names[0::2]
    headers = [p.model.headerData(c, 1) for c in range(p.model.columnCount())]
    assert "Provision, %" in headers
    assert "Met within the norm, %" in headers
    report = tmp_path / "report.xlsx"
    assert dock.write_report(str(report)) is not None
    _wait(dock)
    import openpyxl

    book = openpyxl.load_workbook(report)
    assert {"Schools, balance", "Schools, radius"} <= set(book.sheetnames)
    texts = {str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value is not None}
    assert "Schools: within the normative radius" in texts
    assert "Schools: balance within each unit" in texts
    assert "Met within the norm, %" in {str(c.value) for c in book["Schools, radius"][1]}
    assert "Met within the norm, %" not in {str(c.value) for c in book["Schools, balance"][1]}
    assert not any("(2)" in name for name in book.sheetnames)


def test_results_come_back_after_saving_and_reopening(
    dock: Any,  # noqa: F811
    recording_iface: Any,
    project: QgsProject,  # noqa: F811
    provider: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The run writes a GeoPackage with its styles; the saved project reopened shows the same layers
    with their features, the same table and chart, and Export enabled."""
    units, schools = add_small_project(project)
    # file-based inputs, as a planner's are: the memory layers would not survive the reopening
    from qgis.core import QgsVectorFileWriter

    for layer, name in ((units, "units"), (schools, "schools")):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if (tmp_path / "inputs.gpkg").exists()
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(tmp_path / "inputs.gpkg"), project.transformContext(), options
        )
    project.removeAllMapLayers()
    units = QgsVectorLayer(f"{tmp_path / 'inputs.gpkg'}|layername=units", "units", "ogr")
    schools = QgsVectorLayer(f"{tmp_path / 'inputs.gpkg'}|layername=schools", "schools", "ogr")
    project.addMapLayers([units, schools])
    _choose(dock, units, schools)
    assert project.write(str(tmp_path / "plan.qgz"))
    p = dock.panel
    p.output_widget.setFilePath("")  # the default: beside the project, with its name and the date
    dock.start_run()
    _wait(dock)
    gpkgs = sorted(tmp_path.glob("plan_results_*.gpkg"))
    assert len(gpkgs) == 1
    dock.start_run()  # again into the same file: its tables and styles are replaced, nothing asks
    _wait(dock)
    assert [m for m in recording_iface.messages if m[2] == Qgis.MessageLevel.Critical] == []
    assert sorted(tmp_path.glob("plan_results_*.gpkg")) == gpkgs
    from osgeo import ogr  # GDAL's own listing (fiona is not there with geopandas 1.x, QGIS 3.44)

    source = ogr.Open(str(gpkgs[0]))
    names = {source.GetLayer(i).GetName() for i in range(source.GetLayerCount())}
    source = None
    assert names >= {"school_unit_balance", "school_unit_balance_facilities", "layer_styles"}
    before_rows = [[p.proxy.data(p.proxy.index(r, c)) for c in range(3)] for r in range(p.proxy.rowCount())]
    before_chart = p.chart.items()
    assert before_chart == [("A", 400.0), ("Алмалы", 200.0)]
    assert project.write(str(tmp_path / "plan.qgz"))

    project.clear()
    assert p.result_combo.count() == 0
    assert project.read(str(tmp_path / "plan.qgz"))
    layer = dock.current_result_layer()
    assert layer is not None
    assert layer.featureCount() == 3
    assert layer.source().startswith(str(gpkgs[0]))
    after_rows = [[p.proxy.data(p.proxy.index(r, c)) for c in range(3)] for r in range(p.proxy.rowCount())]
    assert sorted(after_rows) == sorted(before_rows)
    assert p.chart.items() == before_chart
    assert p.export_button.isEnabled()
    other = QgsVectorLayer(f"{gpkgs[0]}|layername=school_unit_balance", "fresh", "ogr")
    assert other.styleManager() is not None
    assert "Deficit" in " ".join(r.label() for r in other.renderer().rootRule().children())


def test_inputs_hidden_while_the_results_are_shown(
    dock: Any,  # noqa: F811
    project: QgsProject,  # noqa: F811
    provider: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    """After a run the units and schools are hidden under the results; unticking the group shows them."""
    units, schools = add_small_project(project)
    _choose(dock, units, schools)
    dock.panel.output_widget.setFilePath(str(tmp_path / "results.gpkg"))
    dock.start_run()
    _wait(dock)
    root = project.layerTreeRoot()
    assert not root.findLayer(units.id()).itemVisibilityChecked()
    assert not root.findLayer(schools.id()).itemVisibilityChecked()
    dock.results_group(create=False).setItemVisibilityChecked(False)
    assert root.findLayer(units.id()).itemVisibilityChecked()
    assert root.findLayer(schools.id()).itemVisibilityChecked()


def test_norm_values_page_stays_alive_with_translated_words(dock: Any, norms_dir: Path) -> None:  # noqa: F811
    """After the click returns and Python collects garbage, the page is still shown with its rows; Back
    brings the main page (and its title) back."""
    p = dock.panel
    p.pack_combo.setCurrentIndex(p.pack_combo.findData("gui_test_pack"))
    p.values_button.click()
    gc.collect()
    QgsApplication.processEvents()
    page = dock.stack.currentPanel()
    assert page is not dock.panel
    assert page.objectName() == "AlmatyPlannerNormValuesPanel"
    assert page.model.rowCount() == 3
    headers = [page.model.horizontalHeaderItem(c).text() for c in range(page.model.columnCount())]
    assert headers[1] == "Norm"
    assert headers[3] == "Value"
    cells = [page.model.item(r, 1).text() for r in range(3)]
    assert "service radius, m" in cells
    assert page.model.item(0, 0).text() == "Schools (student places)"
    page.acceptPanel()
    QgsApplication.processEvents()
    assert dock.stack.currentPanel() is dock.panel


def _compiled_translator(lang: str, tmp_path: Path) -> QTranslator:
    """The .qm compiled from every i18n/*_<lang>.ts (as the plugin ZIP ships it), installed."""
    qm = tmp_path / f"almaty_planner_{lang}.qm"
    sources = sorted(str(p) for p in (ROOT / "i18n").glob(f"*_{lang}.ts"))
    subprocess.run(["lrelease", "-silent", *sources, "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    return translator


def _past_right_edge(root: QWidget, limit: int, pages: tuple[QWidget, ...] = ()) -> list[str]:
    """Visible widgets of ``pages`` (default: all of ``root``) whose right edge lies beyond ``limit`` px
    of the root's left edge."""
    offenders = []
    widgets = (
        [w for page in pages for w in (page, *page.findChildren(QWidget))] if pages else root.findChildren(QWidget)
    )
    for widget in widgets:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        right = widget.mapTo(root, QPoint(widget.width(), 0)).x()
        if right > limit + 1:
            offenders.append(f"{widget.metaObject().className()} {widget.objectName()!r} {right}")
    return offenders


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_panel_fits_300_px(recording_iface: Any, project: QgsProject, tmp_path: Path, lang: str) -> None:  # noqa: F811
    """At 300 px every widget of every tab, the Advanced section open, ends inside the dock; the results
    table keeps Unit and Deficit visible; widening and narrowing again keeps them."""
    translator = _compiled_translator(lang, tmp_path) if lang != "en" else None
    panel_dock = RegionalStandardsDock(recording_iface)
    try:
        panel_dock.setFloating(True)
        panel_dock.resize(300, 800)
        panel_dock.show()
        p = panel_dock.panel
        p.inputs.findChild(QWidget, "advanced").setCollapsed(False)
        units, schools = add_small_project(project)
        _choose(panel_dock, units, schools)
        QgsApplication.processEvents()
        assert panel_dock.width() <= 300
        assert panel_dock.minimumSizeHint().width() <= 300
        page = p.inputs.scroll.widget()
        assert page.width() <= p.inputs.scroll.viewport().width()
        assert _past_right_edge(panel_dock, panel_dock.width(), (p.inputs, p.results)) == []
        p.tabs.setCurrentIndex(1)
        QgsApplication.processEvents()
        rows = __import__("almaty_planner.gui.units_model", fromlist=["rows_from_layer"])
        p.model.set_rows([rows.UnitRow(1, "Микрорайон Алатау-1", 1000.0, 600.0, 400.0, 60.0, False, None)])
        p.table.fit_columns()
        assert p.table.visible_columns()[:2] == ["name", "deficit"]
        assert _past_right_edge(panel_dock, panel_dock.width(), (p.inputs, p.results)) == []
        panel_dock.resize(1000, 800)
        QgsApplication.processEvents()
        assert p.table.visible_columns()[:5] == ["name", "deficit", "provision_pct", "meets_norm", "demand"]
        panel_dock.resize(300, 800)
        QgsApplication.processEvents()
        assert p.table.visible_columns()[:2] == ["name", "deficit"]
        titles = [p.tabs.tabText(i) for i in range(p.tabs.count())]
        assert len(titles) >= 5, titles  # Inputs, Results, Plan, Settlements, Where to build
        for index in range(p.tabs.count()):
            p.tabs.setCurrentIndex(index)
            QgsApplication.processEvents()
            page = p.tabs.widget(index)
            assert page.isVisibleTo(panel_dock), titles[index]
            offenders = _past_right_edge(panel_dock, panel_dock.width(), (page,))
            assert offenders == [], (titles[index], offenders)
    finally:
        panel_dock.cleanup()
        panel_dock.close()
        panel_dock.deleteLater()
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        QgsProject.instance().clear()


def test_up_to_year_set_on_the_panel_leaves_out_later_facilities(
    dock: Any,  # noqa: F811
    project: QgsProject,  # noqa: F811
    provider: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Schools opened 2020 (600 places, unit A), 2030 (300, B) and 2018 (200, B): with "up to 2025" on
    the panel (the year field guessed from ``opening_year``) B has 200 places, not 500, exactly as
    ``provision`` run through Processing with the same YEAR_FIELD and UP_TO_YEAR; the choice is kept
    in the project."""
    import processing
    from qgis.core import QgsFeature

    from almaty_planner.gui.dock import pack_file_of
    from almaty_planner.gui.settings import read_settings

    units, schools = add_small_project(project)
    dated = QgsVectorLayer(
        "Point?crs=EPSG:32643&field=places:integer&field=opening_year:integer&field=fid_year:integer",
        "dated schools",
        "memory",
    )
    features = []
    for feature, year in zip(schools.getFeatures(), (2020, 2030, 2018)):
        copy = QgsFeature(dated.fields())
        copy.setAttributes([feature["places"], year, 1])
        copy.setGeometry(feature.geometry())
        features.append(copy)
    dated.dataProvider().addFeatures(features)
    project.addMapLayer(dated)
    _choose(dock, units, dated)
    p = dock.panel
    assert p.year_fields["school"].currentField() == "opening_year"  # guessed by name
    p.up_to_year_edit.setText("2025")
    p.up_to_year_edit.editingFinished.emit()
    p.output_widget.setFilePath(str(tmp_path / "results.gpkg"))
    stored = read_settings(project)
    assert stored.up_to_year == "2025"
    assert stored.services["school"].year_field == "opening_year"
    dock.start_run()
    _wait(dock)
    layer = dock.current_result_layer()
    panel_rows = {f["name"]: (f["capacity"], f["deficit"]) for f in layer.getFeatures()}
    assert panel_rows["A"][0] == pytest.approx(600)
    assert panel_rows["B"][0] == pytest.approx(200)

    out = processing.run(
        "almaty_planner:provision",
        {
            "UNITS": units,
            "POPULATION_FIELD": "population",
            "UNIT_NAME_FIELD": "name",
            "FACILITIES": dated,
            "CAPACITY_FIELD": "places",
            "SERVICE": "school",
            "METHOD": "unit_balance",
            "NORM_PACK_FILE": pack_file_of("gui_test_pack"),  # a pack of the user's profile, by its file
            "YEAR_FIELD": "opening_year",
            "UP_TO_YEAR": 2025,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    direct = out["OUTPUT"]
    direct = direct if isinstance(direct, QgsVectorLayer) else QgsVectorLayer(direct)
    assert {f["name"]: (f["capacity"], f["deficit"]) for f in direct.getFeatures()} == panel_rows

    p.up_to_year_edit.setText("")  # empty: every facility counts again
    p.up_to_year_edit.editingFinished.emit()
    dock.start_run()
    _wait(dock)
    rows = {f["name"]: f["capacity"] for f in dock.current_result_layer().getFeatures()}
    assert rows["B"] == pytest.approx(500)


def test_up_to_year_without_a_year_field_is_refused_in_words(
    dock: Any,  # noqa: F811
    project: QgsProject,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A year typed without the commissioning year field, or a year that is no year, is named on Run."""
    units, schools = add_small_project(project)
    _choose(dock, units, schools)
    p = dock.panel
    p.output_widget.setFilePath(str(tmp_path / "results.gpkg"))
    assert p.year_fields["school"].currentField() == ""  # places and label: no year guessed
    p.up_to_year_edit.setText("2025")
    problems = dock.validate(dock.current_settings())
    assert any("commissioning year field" in text for text in problems), problems
    p.up_to_year_edit.setText("20x5")
    problems = dock.validate(dock.current_settings())
    assert any("20x5" in text for text in problems), problems
