"""A Graphical Modeler model chaining dasymetric_population -> provision, and a batch run over inputs."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsVectorLayer,
)
from qgis.PyQt import sip

from almaty_planner.core.norms import load_pack

DATA = Path(__file__).resolve().parents[1] / "data"
GPKG = DATA / "planner_test.gpkg"


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


def _school_demand(pupils_1_9: float, pupils_10_11: float) -> float:
    terms = load_pack("almaty_2040").service("school").demand_terms()
    cover = {t.field: t.coverage_pct.value for t in terms if t.basis == "cohort"}
    return pupils_1_9 * cover["pupils_1_9"] / 100 + pupils_10_11 * cover["pupils_10_11"] / 100


def _model_input(model: QgsProcessingModelAlgorithm, definition: Any) -> None:
    model.addModelParameter(definition, QgsProcessingModelParameter(definition.name()))


def build_model() -> QgsProcessingModelAlgorithm:
    """Model: buildings get residents by floor area, then a school catchment check uses them as points."""
    model = QgsProcessingModelAlgorithm("Школы по зданиям", "almaty_planner tests")
    _model_input(model, QgsProcessingParameterFeatureSource("units", "units"))
    _model_input(model, QgsProcessingParameterField("pop", "pop", parentLayerParameterName="units"))
    _model_input(model, QgsProcessingParameterFeatureSource("buildings", "buildings"))
    _model_input(model, QgsProcessingParameterFeatureSource("schools", "schools"))

    dasy = QgsProcessingModelChildAlgorithm("almaty_planner:dasymetric_population")
    dasy.setChildId("dasymetric")
    dasy.addParameterSources("UNITS", [QgsProcessingModelChildParameterSource.fromModelParameter("units")])
    dasy.addParameterSources("POPULATION_FIELD", [QgsProcessingModelChildParameterSource.fromModelParameter("pop")])
    dasy.addParameterSources("BUILDINGS", [QgsProcessingModelChildParameterSource.fromModelParameter("buildings")])
    dasy.addParameterSources("WEIGHT", [QgsProcessingModelChildParameterSource.fromStaticValue("floor_area")])
    dasy.addParameterSources("FLOORS_FIELD", [QgsProcessingModelChildParameterSource.fromStaticValue("floors")])
    model.addChildAlgorithm(dasy)

    prov = QgsProcessingModelChildAlgorithm("almaty_planner:provision")
    prov.setChildId("provision")
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    prov.addParameterSources("UNITS", [QgsProcessingModelChildParameterSource.fromModelParameter("units")])
    prov.addParameterSources("POPULATION_FIELD", [QgsProcessingModelChildParameterSource.fromModelParameter("pop")])
    prov.addParameterSources("FACILITIES", [QgsProcessingModelChildParameterSource.fromModelParameter("schools")])
    prov.addParameterSources(
        "POPULATION_POINTS", [QgsProcessingModelChildParameterSource.fromChildOutput("dasymetric", "OUTPUT")]
    )
    for name, value in {
        "CAPACITY_FIELD": "places",
        "SERVICE": "school",
        "NORM_PACK": "almaty_2040",
        "METHOD": "catchment",
        "RADIUS_M": 300,
        "POINTS_POPULATION_FIELD": "population",
        "INCLUDE_STATUSES": "existing",
    }.items():
        prov.addParameterSources(name, [static(value)])
    output = QgsProcessingModelOutput("provision_result", "Provision")
    output.setChildOutputName("OUTPUT")
    output.setChildId("provision")
    prov.setModelOutputs({"provision_result": output})
    model.addChildAlgorithm(prov)
    model.updateDestinationParameters()
    return model


def test_model_chaining_dasymetric_and_provision(provider: Any, tmp_path: Path) -> None:
    """Saved as .model3, loaded back and run: coverage counts the residents of the buildings near schools.

    Radius 300 m. In A, the 15-storey house (3750 residents by floor area) is 188 m from school 12 and the
    5-storey one (1250) is 400 m from school 11; in B the houses of 750 and 1500 residents are 276 and
    205 m from school 13, the house of 750 is 559 m away.
    """
    import processing

    path = tmp_path / "школы_по_зданиям.model3"
    assert build_model().toFile(str(path))
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path))
    # The model's output parameter: "provision:provision_result" in QGIS 3.22, "provision" in 3.44.
    (destination,) = [p.name() for p in model.destinationParameterDefinitions()]
    result = processing.run(
        model,
        {
            "units": f"{GPKG}|layername=units",
            "pop": "pop",
            "buildings": f"{GPKG}|layername=buildings",
            "schools": f"{GPKG}|layername=schools",
            destination: "memory:",
        },
        feedback=QgsProcessingFeedback(),
    )
    layer = result[destination]
    assert isinstance(layer, QgsVectorLayer)
    units = {f["unit_id"]: f for f in layer.getFeatures()}
    assert units[1]["covered_pop"] == pytest.approx(3750)
    assert units[1]["uncovered_pop"] == pytest.approx(1250)
    assert units[2]["covered_pop"] == pytest.approx(2250)
    assert units[1]["deficit"] == pytest.approx(_school_demand(600, 100) * 1250 / 5000)
    assert units[2]["deficit"] == pytest.approx(_school_demand(350, 60) * 750 / 3000)


def _batch_rows(tmp_path: Path) -> list[dict[str, Any]]:
    """Three rows of a green_space batch: the GeoPackage units, the Shapefile and the GeoJSON (WGS 84)."""
    inputs = [
        f"{GPKG}|layername=units",
        str(DATA / "units_shp" / "units.shp"),
        str(DATA / "units_4326.geojson"),
    ]
    rows = []
    for n, units in enumerate(inputs):
        rows.append(
            {
                "PARAMETERS": {
                    "UNITS": units,
                    "POPULATION_FIELD": "pop",
                    "FACILITIES": f"{GPKG}|layername=parks",
                    "NORM_PACK": "almaty_2040",
                    "USE_RESIDENTIAL_NORM": False,
                    "ACCESSIBILITY": False,
                },
                "OUTPUTS": {"OUTPUT": str(tmp_path / f"green_{n}.gpkg")},
            }
        )
    return rows


def _batch_json(rows: list[dict[str, Any]], panel_class: Any) -> Any:
    """The batch file as this QGIS's batch panel writes it: QGIS 3.40's format (plain JSON values)
    where the panel has it, else the older list of rows with Python literals (QGIS 3.22), which
    QGIS 3.40 and later open only after a security question."""
    current = getattr(panel_class, "CURRENT_FORMAT", None)
    if current is not None:
        return {panel_class.FORMAT: current, panel_class.ROWS: rows}
    return [
        {"PARAMETERS": {name: repr(value) for name, value in row["PARAMETERS"].items()}, "OUTPUTS": row["OUTPUTS"]}
        for row in rows
    ]


class _NoProgressTask:
    """Stands in for QgsScopedProxyProgressTask (the task-manager progress bar of the batch dialog)."""

    def __init__(self, description: str) -> None:
        self.description = description

    def setProgress(self, progress: float) -> None:
        """Ignore progress."""


def test_batch_dialog_runs_one_output_per_input(
    provider: Any, tmp_path: Path, iface_with_layer_tree: Any, monkeypatch: Any
) -> None:
    """The Processing batch dialog (loaded from a batch JSON, run headless) writes one result per row."""
    import importlib

    from processing.gui import BatchPanel
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog

    # QGIS 3.22's dialog keeps its task-manager progress task alive through a signal connection, and
    # QgsApplication.exitQgis() then waits for it forever: replace that progress display only
    # (QGIS 3.44's dialog, built on QgsProcessingBatchAlgorithmDialogBase, has no such task).
    batch_module = importlib.import_module("processing.gui.BatchAlgorithmDialog")
    if hasattr(batch_module, "QgsScopedProxyProgressTask"):
        monkeypatch.setattr(batch_module, "QgsScopedProxyProgressTask", _NoProgressTask)

    batch_file = tmp_path / "batch.json"
    batch_json = _batch_json(_batch_rows(tmp_path), BatchPanel.BatchPanel)
    batch_file.write_text(json.dumps(batch_json, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(BatchPanel.QFileDialog, "getOpenFileName", lambda *a, **k: (str(batch_file), ""))
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("almaty_planner:green_space")
    dialog = BatchAlgorithmDialog(algorithm)
    try:
        panel = dialog.mainWidget()
        panel.checkLoadLayersOnCompletion.setChecked(False)
        panel.load()
        assert panel.batchRowCount() == 3
        finished: list[bool] = []
        dialog.algorithmFinished.connect(lambda ok, _results: finished.append(ok))
        dialog.runAlgorithm()
        # QGIS 3.22 runs the rows before runAlgorithm returns; QGIS 3.44 runs them in a task of the
        # task manager and says so by algorithmFinished: wait for that (at most two minutes).
        outputs = [tmp_path / f"green_{n}.gpkg" for n in range(3)]

        def done() -> bool:
            if finished or sip.isdeleted(dialog):
                return True
            return not QgsApplication.taskManager().countActiveTasks() and all(p.exists() for p in outputs)

        deadline = time.monotonic() + 120
        while not done() and time.monotonic() < deadline:
            QgsApplication.processEvents()
            time.sleep(0.02)
    finally:
        if not sip.isdeleted(dialog):
            dialog.close()
            dialog.deleteLater()
        QgsApplication.processEvents()
    norm = load_pack("almaty_2040").service("green_space").value("norm_m2_per_resident").value
    for n in range(3):
        out = QgsVectorLayer(str(tmp_path / f"green_{n}.gpkg"), "out", "ogr")
        assert out.isValid(), n
        units = {f["unit_id"]: f for f in out.getFeatures()}
        assert sorted(units) == [1, 2]
        assert units[2]["green_deficit_ha"] == pytest.approx(3000 * norm / 10_000, rel=1e-3)
