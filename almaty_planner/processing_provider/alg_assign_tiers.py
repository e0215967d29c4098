"""Algorithm ``assign_tiers``: settlement tier 1-5 of the Regional Standards for each unit."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSource, QgsProcessingParameterField

from almaty_planner.processing_provider import params as prm
from almaty_planner.processing_provider.base import AlmatyAlgorithm

TIER = "tier"


class AssignTiersAlgorithm(AlmatyAlgorithm):
    """Adds ``tier`` (1-5) from a tier field, the pack's population rules or the settlement status."""

    ALG_ID = "assign_tiers"
    DISPLAY_NAME = "Assign settlement tiers"
    GROUP_ID = "preparation"
    GROUP = "Data preparation"
    NEEDS = ("engine",)

    TIER_FIELD = "TIER_FIELD"
    STATUS_FIELD = "STATUS_FIELD"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """UNITS (settlements, any geometry), TIER_FIELD, STATUS_FIELD, POPULATION_FIELD, NORM_PACK, OUTPUT."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                prm.UNITS, self.tr("Settlements or planning units"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.TIER_FIELD,
                self.tr("Tier field (kept where filled)"),
                parentLayerParameterName=prm.UNITS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.STATUS_FIELD,
                self.tr("Settlement status field (city, district centre, village, ...)"),
                parentLayerParameterName=prm.UNITS,
                optional=True,
            )
        )
        self.addParameter(prm.population_param(self, optional=True))
        for param in prm.norm_pack_params(self):
            self.addParameter(param)
        self.addParameter(
            QgsProcessingParameterField(
                prm.UNIT_ID_FIELD, self.tr("Unit id field"), parentLayerParameterName=prm.UNITS, optional=True
            )
        )
        self.addParameter(prm.sink_param(self, prm.OUTPUT, self.tr("Units with tiers")))

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Read the units, assign the tiers with the core, write the units with ``tier``."""
        from almaty_planner.core.results import keep_inputs
        from almaty_planner.core.tiers import assign_tiers

        source, name, units = prm.read_source(self, parameters, prm.UNITS, context, feedback)
        prm.check_canceled(feedback)
        feedback.setProgress(40)
        field = prm.field_value
        with prm.planner_errors({"units": name}):
            pack = prm.load_norm_pack(
                prm.enum_string(self, parameters, prm.NORM_PACK, context),
                self.parameterAsFile(parameters, prm.NORM_PACK_FILE, context),
            )
            tiers = assign_tiers(
                units,
                pack,
                tier_field=field(self, parameters, self.TIER_FIELD, context),
                status_field=field(self, parameters, self.STATUS_FIELD, context),
                population_field=field(self, parameters, prm.POPULATION_FIELD, context),
                layer="units",
                id_field=field(self, parameters, prm.UNIT_ID_FIELD, context),
            )
        out, warnings = keep_inputs(units, (TIER,))
        out[TIER] = tiers.astype("int64").to_numpy()
        prm.push_warnings(feedback, warnings)
        feedback.setProgress(70)
        dest = prm.write_output(self, parameters, prm.OUTPUT, context, out, source, feedback)
        feedback.setProgress(100)
        return {prm.OUTPUT: dest}
