"""Algorithm ``deficit_trajectory``: provision year by year as facilities open and close and the city grows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from almaty_planner.processing_provider import params as prm
from almaty_planner.processing_provider.base import AlmatyAlgorithm


def current_year() -> int:
    """This year (the default FROM_YEAR)."""
    return dt.date.today().year


class DeficitTrajectoryAlgorithm(AlmatyAlgorithm):
    """Deficit per unit and year as facilities open and close and the population grows; scenarios compared."""

    ALG_ID = "deficit_trajectory"
    DISPLAY_NAME = "Deficit trajectory (year by year)"
    GROUP_ID = "planning"
    GROUP = "Planning"
    NEEDS = ("engine",)

    YEAR_FIELD = "YEAR_FIELD"
    STATUS_FIELD = "STATUS_FIELD"
    INCLUDE_STATUSES = "INCLUDE_STATUSES"
    CLOSE_YEAR_FIELD = "CLOSE_YEAR_FIELD"
    BASE_YEAR = "BASE_YEAR"
    FROM_YEAR = "FROM_YEAR"
    TO_YEAR = "TO_YEAR"
    GROWTH_PCT = "GROWTH_PCT"
    GROWTH_FIELD = "GROWTH_FIELD"
    FORECAST = "FORECAST"
    FORECAST_ID_FIELD = "FORECAST_ID_FIELD"
    HOUSING = "HOUSING"
    HOUSING_YEAR_FIELD = "HOUSING_YEAR_FIELD"
    HOUSING_FLATS_FIELD = "HOUSING_FLATS_FIELD"
    HOUSEHOLD_SIZE = "HOUSEHOLD_SIZE"
    DEMAND_PER_FLAT = "DEMAND_PER_FLAT"
    COHORT_FIELDS = "COHORT_FIELDS"
    TARGETS = "TARGETS"
    SCENARIO_FIELD = "SCENARIO_FIELD"
    SCENARIO_GROWTH = "SCENARIO_GROWTH"
    POPULATION_POINTS = "POPULATION_POINTS"
    POINTS_POPULATION_FIELD = "POINTS_POPULATION_FIELD"
    TIER_FIELD = "TIER_FIELD"
    DEVELOPMENT_FIELD = "DEVELOPMENT_FIELD"
    RADIUS_M = "RADIUS_M"
    FACILITY_ID_FIELD = "FACILITY_ID_FIELD"
    SHIFTS_FIELD = "SHIFTS_FIELD"
    OUTPUT_UNITS = "OUTPUT_UNITS"
    OUTPUT_CITY = "OUTPUT_CITY"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """The provision parameters, the years, the population sources, targets and the three outputs."""
        self.addParameter(prm.units_param(self))
        self.addParameter(prm.population_param(self))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                prm.FACILITIES,
                self.tr("Facilities (existing, under construction, planned)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                prm.CAPACITY_FIELD,
                self.tr("Capacity field (places, visits per shift, beds)"),
                parentLayerParameterName=prm.FACILITIES,
                type=QgsProcessingParameterField.DataType.Numeric,
            )
        )
        self.addParameter(prm.service_param(self))
        for param in prm.norm_pack_params(self):
            self.addParameter(param)
        self.addParameter(prm.method_param(self, "unit_balance"))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                prm.NETWORK,
                self.tr("Street network (optional)"),
                [QgsProcessing.SourceType.TypeVectorLine],
                optional=True,
            )
        )
        fac_field = self._fac_field
        self.addParameter(
            fac_field(self.YEAR_FIELD, self.tr("Commissioning year field (empty value: counted from the start)"))
        )
        self.addParameter(fac_field(self.STATUS_FIELD, self.tr("Facility status field"), numeric=False))
        self.addParameter(fac_field(self.CLOSE_YEAR_FIELD, self.tr("Closing year field (no places from that year on)")))
        this_year = current_year()
        self.addParameter(
            self._year(self.BASE_YEAR, self.tr("Year of the population figures (empty: FROM_YEAR)"), None)
        )
        self.addParameter(self._year(self.FROM_YEAR, self.tr("First year"), this_year))
        self.addParameter(self._year(self.TO_YEAR, self.tr("Last year"), max(this_year, 2030)))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.GROWTH_PCT,
                self.tr("Population growth, % a year (compound)"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=-99.0,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.GROWTH_FIELD,
                self.tr("Growth field of the units, % a year (empty value: the rate above)"),
                parentLayerParameterName=prm.UNITS,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FORECAST,
                self.tr("Population forecast table (unit id with year and population, or pop_YYYY columns)"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.HOUSING,
                self.tr("Housing projects (points with completion year and flats)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.TARGETS,
                self.tr("Targets table (fields year and target: the city's deficit aimed at)"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        advanced = [
            QgsProcessingParameterString(
                self.INCLUDE_STATUSES,
                self.tr("Statuses counted (comma-separated)"),
                defaultValue="existing,under_construction,planned,extension",
            ),
            QgsProcessingParameterField(
                self.FORECAST_ID_FIELD,
                self.tr("Unit id field of the forecast table (empty: the unit id field)"),
                parentLayerParameterName=self.FORECAST,
                optional=True,
            ),
            QgsProcessingParameterField(
                self.HOUSING_YEAR_FIELD,
                self.tr("Completion year field of the housing projects"),
                parentLayerParameterName=self.HOUSING,
                optional=True,
            ),
            QgsProcessingParameterField(
                self.HOUSING_FLATS_FIELD,
                self.tr("Flats field of the housing projects"),
                parentLayerParameterName=self.HOUSING,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            QgsProcessingParameterNumber(
                self.HOUSEHOLD_SIZE,
                self.tr("Residents per flat (household size; marked unverified)"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=0.0,
                optional=True,
            ),
            QgsProcessingParameterNumber(
                self.DEMAND_PER_FLAT,
                self.tr("Pupils or children per flat (empty: the pack's rate per resident)"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=0.0,
                optional=True,
            ),
            QgsProcessingParameterField(
                self.COHORT_FIELDS,
                self.tr("Children by year of age, youngest first (cohort ageing into school)"),
                parentLayerParameterName=prm.UNITS,
                type=QgsProcessingParameterField.DataType.Numeric,
                allowMultiple=True,
                optional=True,
            ),
            QgsProcessingParameterField(
                self.SCENARIO_FIELD,
                self.tr("Scenario field of the facilities (empty value: baseline)"),
                parentLayerParameterName=prm.FACILITIES,
                optional=True,
            ),
            QgsProcessingParameterString(
                self.SCENARIO_GROWTH,
                self.tr("Growth of scenarios, % a year (name=rate; e.g. fast=4.5)"),
                optional=True,
            ),
            QgsProcessingParameterFeatureSource(
                self.POPULATION_POINTS,
                self.tr("Population points or buildings (optional)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
                optional=True,
            ),
            QgsProcessingParameterField(
                self.POINTS_POPULATION_FIELD,
                self.tr("Residents field of the population points"),
                parentLayerParameterName=self.POPULATION_POINTS,
                type=QgsProcessingParameterField.DataType.Numeric,
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
            QgsProcessingParameterNumber(
                self.RADIUS_M,
                self.tr("Radius in metres (empty: the pack's radius)"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=0.0,
                optional=True,
            ),
            fac_field(self.FACILITY_ID_FIELD, self.tr("Facility id field"), numeric=False),
            fac_field(
                self.SHIFTS_FIELD, self.tr("Shifts field (capacity is per shift; empty: one shift, as the norms count)")
            ),
            *prm.id_name_params(self),
        ]
        prm.add_advanced(self, advanced)
        self.addParameter(prm.sink_param(self, prm.OUTPUT, self.tr("Trajectory: units by year")))
        self.addParameter(prm.sink_param(self, self.OUTPUT_UNITS, self.tr("Units with one deficit column per year")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CITY,
                self.tr("City totals by year against the targets"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=False,
            )
        )

    def _fac_field(self, name: str, description: str, numeric: bool = True) -> Any:
        """An optional field of the facility layer."""
        return QgsProcessingParameterField(
            name,
            description,
            parentLayerParameterName=prm.FACILITIES,
            type=QgsProcessingParameterField.DataType.Numeric if numeric else QgsProcessingParameterField.DataType.Any,
            optional=True,
        )

    def _year(self, name: str, description: str, default: int | None) -> Any:
        """A year parameter (1900-2100)."""
        return QgsProcessingParameterNumber(
            name,
            description,
            type=QgsProcessingParameterNumber.Type.Integer,
            minValue=1900,
            maxValue=2100,
            defaultValue=default,
            optional=default is None,
        )

    def _write_table(self, parameters: dict[str, Any], name: str, context: Any, table: Any) -> str:
        """Write a table without geometry into the sink ``name``."""
        from almaty_planner import bridge

        fields = bridge.output_fields(table, None)
        sink, dest_id = self.parameterAsSink(
            parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        bridge.write_features(sink, table, fields, layer_name=name)
        return dest_id

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Read the layers, run the trajectory, write the three outputs."""
        from almaty_planner.core.trajectory import (
            Housing,
            compute_trajectory,
            scenarios_from_field,
            trajectory_layers,
            with_growth,
        )

        read = prm.read_source
        units_src, units_name, units = read(self, parameters, prm.UNITS, context, feedback)
        _fac_src, fac_name, facilities = read(self, parameters, prm.FACILITIES, context, feedback)
        _n, net_name, network = read(self, parameters, prm.NETWORK, context, feedback)
        _p, pts_name, points = read(self, parameters, self.POPULATION_POINTS, context, feedback)
        _f, fc_name, forecast = read(self, parameters, self.FORECAST, context, feedback)
        _h, h_name, housing_layer = read(self, parameters, self.HOUSING, context, feedback)
        _t, t_name, targets = read(self, parameters, self.TARGETS, context, feedback)
        prm.check_canceled(feedback)
        feedback.setProgress(10)
        names = {
            "units": units_name,
            "facilities": fac_name,
            "network": net_name,
            "points": pts_name,
            "forecast": fc_name,
            "housing": h_name,
            "targets": t_name,
        }
        field = prm.field_value
        number = prm.number_value
        statuses = [
            s.strip()
            for s in self.parameterAsString(parameters, self.INCLUDE_STATUSES, context).split(",")
            if s.strip()
        ]
        with prm.planner_errors(names):
            pack = prm.load_norm_pack(
                prm.enum_string(self, parameters, prm.NORM_PACK, context),
                self.parameterAsFile(parameters, prm.NORM_PACK_FILE, context),
            )
            facility_id = field(self, parameters, self.FACILITY_ID_FIELD, context)
            scenario_field = field(self, parameters, self.SCENARIO_FIELD, context)
            baseline, scenarios = scenarios_from_field(facilities, scenario_field, facility_id)
            scenarios = with_growth(scenarios, self.parameterAsString(parameters, self.SCENARIO_GROWTH, context))
            housing = None
            if housing_layer is not None:
                year_f = field(self, parameters, self.HOUSING_YEAR_FIELD, context)
                flats_f = field(self, parameters, self.HOUSING_FLATS_FIELD, context)
                size = number(self, parameters, self.HOUSEHOLD_SIZE, context)
                if not year_f or not flats_f or not size:
                    raise QgsProcessingException(
                        self.tr("Housing projects need HOUSING_YEAR_FIELD, HOUSING_FLATS_FIELD and HOUSEHOLD_SIZE.")
                    )
                housing = Housing(
                    housing_layer, year_f, flats_f, size, number(self, parameters, self.DEMAND_PER_FLAT, context)
                )
            base_year = parameters.get(self.BASE_YEAR)
            result = compute_trajectory(
                units,
                baseline,
                pack,
                prm.enum_string(self, parameters, prm.SERVICE, context),
                prm.enum_string(self, parameters, prm.METHOD, context),
                population_field=field(self, parameters, prm.POPULATION_FIELD, context),
                capacity_field=field(self, parameters, prm.CAPACITY_FIELD, context),
                from_year=self.parameterAsInt(parameters, self.FROM_YEAR, context),
                to_year=self.parameterAsInt(parameters, self.TO_YEAR, context),
                base_year=None if base_year in (None, "") else self.parameterAsInt(parameters, self.BASE_YEAR, context),
                unit_id_field=field(self, parameters, prm.UNIT_ID_FIELD, context),
                unit_name_field=field(self, parameters, prm.UNIT_NAME_FIELD, context),
                facility_id_field=facility_id,
                year_field=field(self, parameters, self.YEAR_FIELD, context),
                close_year_field=field(self, parameters, self.CLOSE_YEAR_FIELD, context),
                status_field=field(self, parameters, self.STATUS_FIELD, context),
                include_statuses=statuses,
                shifts_field=field(self, parameters, self.SHIFTS_FIELD, context),
                growth_pct=number(self, parameters, self.GROWTH_PCT, context),
                growth_field=field(self, parameters, self.GROWTH_FIELD, context),
                forecast=forecast,
                forecast_id_field=field(self, parameters, self.FORECAST_ID_FIELD, context),
                housing=housing,
                cohort_fields=self.parameterAsFields(parameters, self.COHORT_FIELDS, context) or (),
                targets=targets,
                scenarios=scenarios,
                points=points,
                points_population_field=field(self, parameters, self.POINTS_POPULATION_FIELD, context),
                network=network,
                tier_field=field(self, parameters, self.TIER_FIELD, context),
                development_field=field(self, parameters, self.DEVELOPMENT_FIELD, context),
                radius_m=number(self, parameters, self.RADIUS_M, context),
                progress=prm.progress_callback(feedback, 10, 85),
            )
            by_year, wide = trajectory_layers(result, units, field(self, parameters, prm.POPULATION_FIELD, context))
        prm.push_warnings(feedback, result.warnings)
        prm.check_canceled(feedback)
        out = {prm.OUTPUT: prm.write_output(self, parameters, prm.OUTPUT, context, by_year, units_src, feedback)}
        feedback.setProgress(92)
        out[self.OUTPUT_UNITS] = prm.write_output(
            self, parameters, self.OUTPUT_UNITS, context, wide, units_src, feedback
        )
        if parameters.get(self.OUTPUT_CITY) is not None:
            out[self.OUTPUT_CITY] = self._write_table(parameters, self.OUTPUT_CITY, context, result.city)
        from almaty_planner.temporal import attach_temporal

        attach_temporal(context, out[prm.OUTPUT])
        for name, total in result.deficit_years.items():
            feedback.pushInfo(
                self.tr("{scenario}: deficit summed over units and years (place-years missing): {total}").format(
                    scenario=name, total=f"{total:,.0f}"
                )
            )
        out["DEFICIT_YEARS"] = result.deficit_years.get("baseline")
        feedback.setProgress(100)
        return out
