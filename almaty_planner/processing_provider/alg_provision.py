"""Algorithm ``provision``: demand, capacity and deficit of any service of a norm pack, by any method."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from almaty_planner.core import definitions
from almaty_planner.processing_provider import params as prm
from almaty_planner.processing_provider.base import AlmatyAlgorithm


class ProvisionAlgorithm(AlmatyAlgorithm):
    """Provision of each unit with a service: demand from the pack, capacity of facilities, deficit."""

    ALG_ID = "provision"
    DISPLAY_NAME = "Provision with a service"
    GROUP_ID = "checks"
    GROUP = "Provision checks"
    NEEDS = ("engine",)
    DEFAULT_METHOD = definitions.DEFAULT_METHOD
    METHOD_CHOICES = prm.METHODS

    FACILITIES_OUTPUT = "FACILITIES_OUTPUT"
    POPULATION_POINTS = "POPULATION_POINTS"
    POINTS_POPULATION_FIELD = "POINTS_POPULATION_FIELD"
    TIER_FIELD = "TIER_FIELD"
    DEVELOPMENT_FIELD = "DEVELOPMENT_FIELD"
    RADIUS_M = "RADIUS_M"
    FACILITY_ID_FIELD = "FACILITY_ID_FIELD"
    LOAD_FIELD = "LOAD_FIELD"
    SHIFTS_FIELD = "SHIFTS_FIELD"
    STATUS_FIELD = "STATUS_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    UP_TO_YEAR = "UP_TO_YEAR"
    INCLUDE_STATUSES = "INCLUDE_STATUSES"
    NULL_CAPACITY_AS_ZERO = "NULL_CAPACITY_AS_ZERO"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """UNITS, POPULATION_FIELD, FACILITIES, CAPACITY_FIELD, SERVICE, NORM_PACK, METHOD, NETWORK, OUTPUT."""
        self.addParameter(prm.units_param(self))
        self.addParameter(prm.population_param(self))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                prm.FACILITIES,
                self.tr("Facilities (schools, kindergartens, ...)"),
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
        self.addParameter(prm.method_param(self, self.DEFAULT_METHOD, self.METHOD_CHOICES))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                prm.NETWORK,
                self.tr("Street network (optional)"),
                [QgsProcessing.SourceType.TypeVectorLine],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RADIUS_M,
                self.tr("Radius in metres (empty: the pack's radius)"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=0.0,
                optional=True,
            )
        )
        self._add_extra_parameters()
        advanced = [
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
            QgsProcessingParameterField(
                self.FACILITY_ID_FIELD,
                self.tr("Facility id field"),
                parentLayerParameterName=prm.FACILITIES,
                optional=True,
            ),
            QgsProcessingParameterField(
                self.SHIFTS_FIELD,
                self.tr("Shifts field (capacity is per shift; empty: one shift, as the norms count)"),
                parentLayerParameterName=prm.FACILITIES,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            QgsProcessingParameterField(
                self.LOAD_FIELD,
                self.tr("Actual load field (e.g. pupils enrolled)"),
                parentLayerParameterName=prm.FACILITIES,
                type=QgsProcessingParameterField.DataType.Numeric,
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
                self.YEAR_FIELD,
                self.tr("Commissioning year field (empty value: counted)"),
                parentLayerParameterName=prm.FACILITIES,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            QgsProcessingParameterNumber(
                self.UP_TO_YEAR,
                self.tr("Count facilities commissioned up to this year"),
                type=QgsProcessingParameterNumber.Type.Integer,
                minValue=1900,
                maxValue=2100,
                optional=True,
            ),
            QgsProcessingParameterBoolean(
                self.NULL_CAPACITY_AS_ZERO, self.tr("Count an empty capacity as 0"), defaultValue=False
            ),
            *prm.id_name_params(self),
        ]
        prm.add_advanced(self, advanced)
        self.addParameter(prm.sink_param(self, prm.OUTPUT, self.tr("Provision of units")))
        self.addParameter(prm.sink_param(self, self.FACILITIES_OUTPUT, self.tr("Load of facilities"), optional=True))

    def _add_extra_parameters(self) -> None:
        """Hook for subclasses (2SFCA adds the distance decay)."""

    def _extra_arguments(self, parameters: dict[str, Any], context: Any) -> dict[str, Any]:
        """Hook for subclasses: more keyword arguments of compute_provision."""
        return {}

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Read the layers, run the provision engine, write units (and facilities) with styles."""
        from almaty_planner.core.provision import compute_provision

        units_src, units_name, units = prm.read_source(self, parameters, prm.UNITS, context, feedback)
        fac_src, fac_name, facilities = prm.read_source(self, parameters, prm.FACILITIES, context, feedback)
        # the streets' and points' features are not written back: only what the check reads crosses over
        _net_src, net_name, network = prm.read_source(self, parameters, prm.NETWORK, context, feedback, fields=[])
        _pts_src, pts_name, points = prm.read_source(
            self,
            parameters,
            self.POPULATION_POINTS,
            context,
            feedback,
            fields=[prm.field_value(self, parameters, self.POINTS_POPULATION_FIELD, context)],
        )
        prm.check_canceled(feedback)
        feedback.setProgress(10)
        names = {"units": units_name, "facilities": fac_name, "network": net_name, "points": pts_name}
        statuses = [
            s.strip()
            for s in self.parameterAsString(parameters, self.INCLUDE_STATUSES, context).split(",")
            if s.strip()
        ]
        field = prm.field_value
        up_to_year = (
            None
            if parameters.get(self.UP_TO_YEAR) in (None, "")
            else self.parameterAsInt(parameters, self.UP_TO_YEAR, context)
        )
        if up_to_year is not None and not field(self, parameters, self.YEAR_FIELD, context):
            raise QgsProcessingException(self.tr("UP_TO_YEAR needs YEAR_FIELD, the facilities' commissioning year."))
        with prm.planner_errors(names):
            pack = prm.load_norm_pack(
                prm.enum_string(self, parameters, prm.NORM_PACK, context),
                self.parameterAsFile(parameters, prm.NORM_PACK_FILE, context),
            )
            result = compute_provision(
                units,
                facilities,
                pack,
                prm.service_value(self, parameters, context),
                prm.enum_string(self, parameters, prm.METHOD, context),
                population_field=field(self, parameters, prm.POPULATION_FIELD, context),
                capacity_field=field(self, parameters, prm.CAPACITY_FIELD, context),
                unit_id_field=field(self, parameters, prm.UNIT_ID_FIELD, context),
                unit_name_field=field(self, parameters, prm.UNIT_NAME_FIELD, context),
                facility_id_field=field(self, parameters, self.FACILITY_ID_FIELD, context),
                load_field=field(self, parameters, self.LOAD_FIELD, context),
                shifts_field=field(self, parameters, self.SHIFTS_FIELD, context),
                status_field=field(self, parameters, self.STATUS_FIELD, context),
                include_statuses=statuses or ("existing",),
                year_field=field(self, parameters, self.YEAR_FIELD, context),
                up_to_year=up_to_year,
                points=points,
                points_population_field=field(self, parameters, self.POINTS_POPULATION_FIELD, context),
                network=network,
                tier_field=field(self, parameters, self.TIER_FIELD, context),
                development_field=field(self, parameters, self.DEVELOPMENT_FIELD, context),
                radius_m=prm.number_value(self, parameters, self.RADIUS_M, context),
                null_capacity_as_zero=self.parameterAsBoolean(parameters, self.NULL_CAPACITY_AS_ZERO, context),
                progress=prm.progress_callback(feedback, 10, 85),
                **self._extra_arguments(parameters, context),
            )
        prm.push_warnings(feedback, result.warnings)
        prm.check_canceled(feedback)
        results = {
            prm.OUTPUT: prm.write_output(
                self, parameters, prm.OUTPUT, context, result.units, units_src, feedback, "provision_units"
            )
        }
        feedback.setProgress(93)
        if parameters.get(self.FACILITIES_OUTPUT) is not None:
            results[self.FACILITIES_OUTPUT] = prm.write_output(
                self,
                parameters,
                self.FACILITIES_OUTPUT,
                context,
                result.facilities,
                fac_src,
                feedback,
                "provision_facilities",
            )
        feedback.setProgress(100)
        return results
