"""Algorithm ``dasymetric_population``: share each unit's residents among its buildings.

Each building belongs to the unit that contains a point inside its footprint; the unit's population is
split in proportion to the building's floor area (footprint x floors) or its footprint alone. The
computation is :func:`almaty_planner.core.dasymetric.distribute_population` (no QGIS object).
"""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from almaty_planner.core.dasymetric import WEIGHTS, distribute_population
from almaty_planner.processing_provider import params as prm
from almaty_planner.processing_provider.base import AlmatyAlgorithm


class DasymetricPopulationAlgorithm(AlmatyAlgorithm):
    """Residents of each building from the unit's population, by floor area or footprint."""

    ALG_ID = "dasymetric_population"
    DISPLAY_NAME = "Population onto buildings (dasymetric)"
    GROUP_ID = "preparation"
    GROUP = "Data preparation"
    NEEDS = ("engine",)

    BUILDINGS = "BUILDINGS"
    FLOORS_FIELD = "FLOORS_FIELD"
    DEFAULT_FLOORS = "DEFAULT_FLOORS"
    WEIGHT = "WEIGHT"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """UNITS, POPULATION_FIELD, BUILDINGS, WEIGHT, FLOORS_FIELD, DEFAULT_FLOORS, OUTPUT."""
        self.addParameter(prm.units_param(self))
        self.addParameter(prm.population_param(self))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BUILDINGS, self.tr("Residential buildings"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(prm.static_enum(self.WEIGHT, self.tr("Share by"), list(WEIGHTS), "floor_area"))
        self.addParameter(
            QgsProcessingParameterField(
                self.FLOORS_FIELD,
                self.tr("Number of floors field"),
                parentLayerParameterName=self.BUILDINGS,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DEFAULT_FLOORS,
                self.tr("Floors where the field is empty"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=0.0,
                optional=True,
            )
        )
        for param in prm.id_name_params(self):
            self.addParameter(param)
        self.addParameter(prm.sink_param(self, prm.OUTPUT, self.tr("Buildings with population")))

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Read units and buildings, share the population, write the buildings."""
        _units_src, units_name, units = prm.read_source(self, parameters, prm.UNITS, context, feedback)
        feedback.setProgress(20)
        bld_src, bld_name, buildings = prm.read_source(self, parameters, self.BUILDINGS, context, feedback)
        feedback.setProgress(50)
        prm.check_canceled(feedback)
        default_floors = None
        if parameters.get(self.DEFAULT_FLOORS) not in (None, ""):
            default_floors = self.parameterAsDouble(parameters, self.DEFAULT_FLOORS, context)
        with prm.planner_errors({"units": units_name, "buildings": bld_name}):
            out, warnings = distribute_population(
                units,
                buildings,
                population_field=prm.field_value(self, parameters, prm.POPULATION_FIELD, context),
                weight=prm.enum_string(self, parameters, self.WEIGHT, context),
                floors_field=prm.field_value(self, parameters, self.FLOORS_FIELD, context),
                default_floors=default_floors,
                unit_id_field=prm.field_value(self, parameters, prm.UNIT_ID_FIELD, context),
                unit_name_field=prm.field_value(self, parameters, prm.UNIT_NAME_FIELD, context),
            )
        prm.push_warnings(feedback, warnings)
        feedback.setProgress(80)
        dest = prm.write_output(self, parameters, prm.OUTPUT, context, out, bld_src, feedback)
        feedback.setProgress(100)
        return {prm.OUTPUT: dest}
