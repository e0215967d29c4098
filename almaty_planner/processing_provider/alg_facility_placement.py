"""Algorithm ``facility_placement``: where to build new facilities so that they close the most deficit."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from almaty_planner.processing_provider import params as prm
from almaty_planner.processing_provider.base import AlmatyAlgorithm


class FacilityPlacementAlgorithm(AlmatyAlgorithm):
    """Choose candidate sites for new schools, kindergartens or clinics that serve the most deficit."""

    ALG_ID = "facility_placement"
    DISPLAY_NAME = "Where to build (facility placement)"
    GROUP_ID = "planning"
    GROUP = "Planning"
    NEEDS = ("engine",)

    POPULATION_POINTS = "POPULATION_POINTS"
    POINTS_POPULATION_FIELD = "POINTS_POPULATION_FIELD"
    CANDIDATES = "CANDIDATES"
    CANDIDATE_CAPACITY_FIELD = "CANDIDATE_CAPACITY_FIELD"
    COUNT = "COUNT"
    BUDGET = "BUDGET"
    COST_FIELD = "COST_FIELD"
    RADIUS_M = "RADIUS_M"
    PLACEMENT_METHOD = "PLACEMENT_METHOD"
    TIME_LIMIT_S = "TIME_LIMIT_S"
    OUTPUT_UNITS = "OUTPUT_UNITS"
    OUTPUT_LEFT_OUT = "OUTPUT_LEFT_OUT"
    OUTPUT_CURVE = "OUTPUT_CURVE"
    REPORT = "REPORT"
    SCENARIO_NAME = "SCENARIO_NAME"
    OPENING_YEAR = "OPENING_YEAR"
    CAPACITY_MENU = "CAPACITY_MENU"
    TIER_FIELD = "TIER_FIELD"
    DEVELOPMENT_FIELD = "DEVELOPMENT_FIELD"
    FACILITY_ID_FIELD = "FACILITY_ID_FIELD"
    CANDIDATE_ID_FIELD = "CANDIDATE_ID_FIELD"
    STATUS_FIELD = "STATUS_FIELD"
    INCLUDE_STATUSES = "INCLUDE_STATUSES"
    METHODS = ("greedy", "exact")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """The parameters named in the module docstring of core/placement.py and the help text."""
        self.addParameter(prm.units_param(self))
        self.addParameter(prm.population_param(self))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POPULATION_POINTS,
                self.tr("Population points or buildings (optional)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.POINTS_POPULATION_FIELD,
                self.tr("Residents field of the population points"),
                parentLayerParameterName=self.POPULATION_POINTS,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                prm.FACILITIES,
                self.tr("Existing facilities (optional)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                prm.CAPACITY_FIELD,
                self.tr("Capacity field of the existing facilities"),
                parentLayerParameterName=prm.FACILITIES,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CANDIDATES,
                self.tr("Candidate sites (points or plots)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CANDIDATE_CAPACITY_FIELD,
                self.tr("Capacity field of the candidate sites (empty: the pack's typical size)"),
                parentLayerParameterName=self.CANDIDATES,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.COUNT,
                self.tr("Number of new facilities (0: as many as the budget allows)"),
                type=QgsProcessingParameterNumber.Type.Integer,
                minValue=0,
                defaultValue=10,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BUDGET,
                self.tr("Budget (optional; in the units of the cost field)"),
                type=QgsProcessingParameterNumber.Type.Double,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.COST_FIELD,
                self.tr("Cost field of the candidate sites"),
                parentLayerParameterName=self.CANDIDATES,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(prm.service_param(self))
        for param in prm.norm_pack_params(self):
            self.addParameter(param)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RADIUS_M,
                self.tr("Radius in metres (empty: the pack's radius)"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=0.0,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                prm.NETWORK,
                self.tr("Street network (optional)"),
                [QgsProcessing.SourceType.TypeVectorLine],
                optional=True,
            )
        )
        self.addParameter(
            prm.static_enum(self.PLACEMENT_METHOD, self.tr("Placement method"), list(self.METHODS), "greedy")
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TIME_LIMIT_S,
                self.tr("Time limit in seconds"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=1.0,
                defaultValue=60.0,
            )
        )
        advanced = [
            QgsProcessingParameterString(
                self.CAPACITY_MENU,
                self.tr("Menu of sizes (comma-separated; the largest whose plot fits)"),
                optional=True,
            ),
            QgsProcessingParameterField(
                self.TIER_FIELD,
                self.tr("Settlement tier field (1-5)"),
                parentLayerParameterName=prm.UNITS,
                optional=True,
            ),
            QgsProcessingParameterField(
                self.DEVELOPMENT_FIELD,
                self.tr("Development type field (multi_storey, low_rise)"),
                parentLayerParameterName=prm.UNITS,
                optional=True,
            ),
            QgsProcessingParameterField(
                self.FACILITY_ID_FIELD,
                self.tr("Facility id field"),
                parentLayerParameterName=prm.FACILITIES,
                optional=True,
            ),
            QgsProcessingParameterField(
                self.STATUS_FIELD,
                self.tr("Facility status field"),
                parentLayerParameterName=prm.FACILITIES,
                optional=True,
            ),
            QgsProcessingParameterString(
                self.INCLUDE_STATUSES, self.tr("Statuses counted (comma-separated)"), defaultValue="existing"
            ),
            QgsProcessingParameterField(
                self.CANDIDATE_ID_FIELD,
                self.tr("Candidate site id field"),
                parentLayerParameterName=self.CANDIDATES,
                optional=True,
            ),
            QgsProcessingParameterString(
                self.SCENARIO_NAME,
                self.tr("Scenario name for deficit_trajectory (fields scenario and opening_year)"),
                optional=True,
            ),
            QgsProcessingParameterNumber(
                self.OPENING_YEAR,
                self.tr("Opening year of the new facilities (scenario)"),
                type=QgsProcessingParameterNumber.Type.Integer,
                minValue=1900,
                maxValue=2100,
                optional=True,
            ),
            *prm.id_name_params(self),
        ]
        prm.add_advanced(self, advanced)
        self.addParameter(prm.sink_param(self, prm.OUTPUT, self.tr("Chosen sites")))
        self.addParameter(prm.sink_param(self, self.OUTPUT_UNITS, self.tr("Units: deficit before and after")))
        self.addParameter(
            prm.sink_param(self, self.OUTPUT_LEFT_OUT, self.tr("Candidate sites left out, and why"), optional=True)
        )
        self.addParameter(
            prm.sink_param(self, self.OUTPUT_CURVE, self.tr("Deficit after N new facilities"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.REPORT,
                self.tr("Excel report with the curve (optional)"),
                self.tr("Excel workbook (*.xlsx)"),
                optional=True,
                createByDefault=False,
            )
        )
        for name, label in (
            ("DEFICIT_BEFORE", self.tr("Deficit within the norm before")),
            ("DEFICIT_AFTER", self.tr("Deficit within the norm after")),
            ("SITES_CHOSEN", self.tr("Sites chosen")),
            ("GAP", self.tr("Gap to the bound (exact method)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("STATUS", self.tr("How the answer was found")))

    def _write_table(self, parameters: dict[str, Any], name: str, context: Any, frame: Any) -> str:
        """Write a table without geometry (the curve) into the sink ``name``."""
        from almaty_planner import bridge

        fields = bridge.output_fields(frame, None)
        sink, dest_id = self.parameterAsSink(
            parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        bridge.write_features(sink, frame, fields, layer_name=name)
        return dest_id

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Read the layers, run the placement, write the chosen sites, the units and the curve."""
        from almaty_planner.core.placement import compute_placement

        units_src, units_name, units = prm.read_source(self, parameters, prm.UNITS, context, feedback)
        _fac_src, fac_name, facilities = prm.read_source(self, parameters, prm.FACILITIES, context, feedback)
        cand_src, cand_name, candidates = prm.read_source(self, parameters, self.CANDIDATES, context, feedback)
        _net_src, net_name, network = prm.read_source(self, parameters, prm.NETWORK, context, feedback)
        _pts_src, pts_name, points = prm.read_source(self, parameters, self.POPULATION_POINTS, context, feedback)
        prm.check_canceled(feedback)
        feedback.setProgress(10)
        names = {
            "units": units_name,
            "facilities": fac_name,
            "candidates": cand_name,
            "network": net_name,
            "points": pts_name,
        }
        field = prm.field_value
        statuses = [
            s.strip()
            for s in self.parameterAsString(parameters, self.INCLUDE_STATUSES, context).split(",")
            if s.strip()
        ]
        menu_text = self.parameterAsString(parameters, self.CAPACITY_MENU, context) or ""
        try:
            menu = [float(v) for v in menu_text.replace(";", ",").split(",") if v.strip()]
        except ValueError:
            raise QgsProcessingException(
                self.tr("CAPACITY_MENU: give sizes as numbers separated by commas, e.g. 50, 95, 140")
            ) from None
        count = self.parameterAsInt(parameters, self.COUNT, context)
        status_field = field(self, parameters, self.STATUS_FIELD, context)
        with prm.planner_errors(names):
            pack = prm.load_norm_pack(
                prm.enum_string(self, parameters, prm.NORM_PACK, context),
                self.parameterAsFile(parameters, prm.NORM_PACK_FILE, context),
            )
            result = compute_placement(
                units,
                facilities,
                candidates,
                pack,
                prm.enum_string(self, parameters, prm.SERVICE, context),
                population_field=field(self, parameters, prm.POPULATION_FIELD, context),
                capacity_field=field(self, parameters, prm.CAPACITY_FIELD, context),
                count=count or None,
                budget=prm.number_value(self, parameters, self.BUDGET, context),
                cost_field=field(self, parameters, self.COST_FIELD, context),
                candidate_capacity_field=field(self, parameters, self.CANDIDATE_CAPACITY_FIELD, context),
                capacity_menu=menu or None,
                method=prm.enum_string(self, parameters, self.PLACEMENT_METHOD, context),
                time_limit_s=self.parameterAsDouble(parameters, self.TIME_LIMIT_S, context),
                points=points,
                points_population_field=field(self, parameters, self.POINTS_POPULATION_FIELD, context),
                network=network,
                radius_m=prm.number_value(self, parameters, self.RADIUS_M, context),
                unit_id_field=field(self, parameters, prm.UNIT_ID_FIELD, context),
                unit_name_field=field(self, parameters, prm.UNIT_NAME_FIELD, context),
                facility_id_field=field(self, parameters, self.FACILITY_ID_FIELD, context),
                candidate_id_field=field(self, parameters, self.CANDIDATE_ID_FIELD, context),
                status_field=status_field,
                include_statuses=statuses or ("existing",),
                tier_field=field(self, parameters, self.TIER_FIELD, context),
                development_field=field(self, parameters, self.DEVELOPMENT_FIELD, context),
                scenario=self.parameterAsString(parameters, self.SCENARIO_NAME, context).strip() or None,
                opening_year=(
                    None
                    if parameters.get(self.OPENING_YEAR) in (None, "")
                    else self.parameterAsInt(parameters, self.OPENING_YEAR, context)
                ),
                progress=prm.progress_callback(feedback, 10, 90),
            )
        prm.push_warnings(feedback, result.warnings)
        prm.check_canceled(feedback)
        meta = result.meta
        feedback.pushInfo(self.tr("Method {method}: {status}").format(method=meta["method"], status=meta["status"]))
        feedback.pushInfo(
            self.tr("Deficit within the norm: {before:,.0f} before, {after:,.0f} after {n} new sites").format(
                before=meta["deficit_before"], after=meta["deficit_after"], n=meta["sites_chosen"]
            )
        )
        if meta.get("gap") is not None:
            feedback.pushInfo(self.tr("Gap to the solver's bound: {gap:.4%}").format(gap=meta["gap"]))
        results: dict[str, Any] = {
            prm.OUTPUT: prm.write_output(self, parameters, prm.OUTPUT, context, result.sites, cand_src, feedback),
            self.OUTPUT_UNITS: prm.write_output(
                self, parameters, self.OUTPUT_UNITS, context, result.units, units_src, feedback
            ),
        }
        if parameters.get(self.OUTPUT_LEFT_OUT) is not None:
            results[self.OUTPUT_LEFT_OUT] = prm.write_output(
                self, parameters, self.OUTPUT_LEFT_OUT, context, result.left_out, cand_src, feedback
            )
        if parameters.get(self.OUTPUT_CURVE) is not None:
            results[self.OUTPUT_CURVE] = self._write_table(parameters, self.OUTPUT_CURVE, context, result.curve)
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if parameters.get(self.REPORT) not in (None, "") and report_path:
            from almaty_planner.core.report import write_placement_report

            with prm.planner_errors(names):
                results[self.REPORT] = str(
                    write_placement_report(
                        report_path, result.sites, result.units, result.curve, meta, left_out=result.left_out
                    )
                )
        results.update(
            {
                "DEFICIT_BEFORE": meta["deficit_before"],
                "DEFICIT_AFTER": meta["deficit_after"],
                "SITES_CHOSEN": meta["sites_chosen"],
                "GAP": meta.get("gap"),
                "STATUS": meta["status"],
            }
        )
        feedback.setProgress(100)
        return results
