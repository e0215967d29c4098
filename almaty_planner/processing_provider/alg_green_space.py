"""Algorithm ``green_space``: public green area per resident of each unit against the pack's norm."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessing, QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSource

from almaty_planner.processing_provider import params as prm
from almaty_planner.processing_provider.base import AlmatyAlgorithm


class GreenSpaceAlgorithm(AlmatyAlgorithm):
    """Green m2 per resident, hectares missing, and optionally residents within a walk of a large park."""

    ALG_ID = "green_space"
    DISPLAY_NAME = "Green space per resident"
    GROUP_ID = "checks"
    GROUP = "Provision checks"
    NEEDS = ("engine",)

    USE_RESIDENTIAL_NORM = "USE_RESIDENTIAL_NORM"
    ACCESSIBILITY = "ACCESSIBILITY"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """UNITS, POPULATION_FIELD, FACILITIES (green polygons), NORM_PACK, options, OUTPUT."""
        self.addParameter(prm.units_param(self))
        self.addParameter(prm.population_param(self))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                prm.FACILITIES,
                self.tr("Public green areas (parks, squares, boulevards)"),
                [QgsProcessing.TypeVectorPolygon],
            )
        )
        for param in prm.norm_pack_params(self):
            self.addParameter(param)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.USE_RESIDENTIAL_NORM, self.tr("Apply the residential-district norm"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ACCESSIBILITY, self.tr("Count residents within a walk of a large park"), defaultValue=False
            )
        )
        for param in prm.id_name_params(self):
            self.addParameter(param)
        self.addParameter(prm.sink_param(self, prm.OUTPUT, self.tr("Green space per resident")))

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Read the layers, compute green space with the core, write the styled result."""
        from almaty_planner.core.green import compute_green_space

        units_src, units_name, units = prm.read_source(self, parameters, prm.UNITS, context, feedback)
        _green_src, green_name, green = prm.read_source(self, parameters, prm.FACILITIES, context, feedback)
        prm.check_canceled(feedback)
        names = {"units": units_name, "green": green_name, "points": green_name}
        with prm.planner_errors(names):
            pack = prm.load_norm_pack(
                prm.enum_string(self, parameters, prm.NORM_PACK, context),
                self.parameterAsFile(parameters, prm.NORM_PACK_FILE, context),
            )
            result = compute_green_space(
                units,
                green,
                pack,
                population_field=prm.field_value(self, parameters, prm.POPULATION_FIELD, context),
                unit_id_field=prm.field_value(self, parameters, prm.UNIT_ID_FIELD, context),
                unit_name_field=prm.field_value(self, parameters, prm.UNIT_NAME_FIELD, context),
                use_residential_norm=self.parameterAsBoolean(parameters, self.USE_RESIDENTIAL_NORM, context),
                accessibility=self.parameterAsBoolean(parameters, self.ACCESSIBILITY, context),
                progress=prm.progress_callback(feedback, 0, 90),
            )
        prm.push_warnings(feedback, result.warnings)
        dest = prm.write_output(self, parameters, prm.OUTPUT, context, result.units, units_src, feedback, "green")
        feedback.setProgress(100)
        return {prm.OUTPUT: dest}
