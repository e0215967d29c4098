"""Algorithm ``green_space``: public green area per resident of each unit against the pack's norm."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

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
    TIER_FIELD = "TIER_FIELD"
    NORM_M2_PER_RESIDENT = "NORM_M2_PER_RESIDENT"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    PUBLIC_CATEGORIES = "PUBLIC_CATEGORIES"
    WALK_RADIUS_M = "WALK_RADIUS_M"
    MIN_PARK_AREA_M2 = "MIN_PARK_AREA_M2"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """UNITS, POPULATION_FIELD, FACILITIES (green polygons), NORM_PACK, options, OUTPUT."""
        self.addParameter(prm.units_param(self))
        self.addParameter(prm.population_param(self))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                prm.FACILITIES,
                self.tr("Public green areas (parks, squares, boulevards)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
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
        optional = [
            QgsProcessingParameterField(
                self.TIER_FIELD,
                self.tr("Settlement tier field (1-5), for packs whose norms differ by tier"),
                parentLayerParameterName=prm.UNITS,
                optional=True,
            ),
            QgsProcessingParameterNumber(
                self.NORM_M2_PER_RESIDENT,
                self.tr("Norm in m2 per resident (empty: the pack's norm)"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=0.0,
                optional=True,
            ),
            QgsProcessingParameterField(
                self.CATEGORY_FIELD,
                self.tr("Category field of the green areas (count only public categories)"),
                parentLayerParameterName=prm.FACILITIES,
                optional=True,
            ),
            QgsProcessingParameterString(
                self.PUBLIC_CATEGORIES,
                self.tr("Public categories, comma-separated (e.g. park,square,boulevard)"),
                optional=True,
            ),
            QgsProcessingParameterNumber(
                self.WALK_RADIUS_M,
                self.tr("Walking radius to a park, metres (needed for the walk check)"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=0.0,
                optional=True,
            ),
            QgsProcessingParameterNumber(
                self.MIN_PARK_AREA_M2,
                self.tr("Smallest park that counts for the walk check, m2"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=0.0,
                optional=True,
            ),
        ]
        prm.add_advanced(self, optional)
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
        category_field = prm.field_value(self, parameters, self.CATEGORY_FIELD, context)
        text = self.parameterAsString(parameters, self.PUBLIC_CATEGORIES, context) or ""
        categories = [c.strip() for c in text.split(",") if c.strip()]
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
                tier_field=prm.field_value(self, parameters, self.TIER_FIELD, context),
                norm_m2_per_resident=prm.number_value(self, parameters, self.NORM_M2_PER_RESIDENT, context),
                category_field=category_field,
                public_categories=categories or None,
                accessibility=self.parameterAsBoolean(parameters, self.ACCESSIBILITY, context),
                walk_radius_m=prm.number_value(self, parameters, self.WALK_RADIUS_M, context),
                min_park_area_m2=prm.number_value(self, parameters, self.MIN_PARK_AREA_M2, context),
                progress=prm.progress_callback(feedback, 0, 90),
            )
        prm.push_warnings(feedback, result.warnings)
        dest = prm.write_output(self, parameters, prm.OUTPUT, context, result.units, units_src, feedback, "green")
        feedback.setProgress(100)
        return {prm.OUTPUT: dest}
