"""Algorithm ``srs_sufficiency``: which settlements meet which regional standards, and what to build."""

from __future__ import annotations

from typing import Any

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from almaty_planner import bridge
from almaty_planner.core.i18n import tr
from almaty_planner.processing_provider import params as prm
from almaty_planner.processing_provider.base import AlmatyAlgorithm


class SrsSufficiencyAlgorithm(AlmatyAlgorithm):
    """Checks every settlement against the standards of its tier; sufficiency, details, aggregates, what to build."""

    ALG_ID = "srs_sufficiency"
    DISPLAY_NAME = "Regional standards of settlements (sufficiency)"
    GROUP_ID = "checks"
    GROUP = "Provision checks"
    NEEDS = ("engine",)

    SETTLEMENTS = "SETTLEMENTS"
    TIER_FIELD = "TIER_FIELD"
    STATUS_FIELD = "STATUS_FIELD"
    OBJECTS = "OBJECTS"
    KIND_FIELD = "KIND_FIELD"
    ROADS = "ROADS"
    OUTPUT_DETAILS = "OUTPUT_DETAILS"
    SETTLEMENT_ID_FIELD = "SETTLEMENT_ID_FIELD"
    SETTLEMENT_NAME_FIELD = "SETTLEMENT_NAME_FIELD"
    GROUP_FIELD = "GROUP_FIELD"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    FORMULA = "FORMULA"
    TARGET_PCT = "TARGET_PCT"
    OUTPUT_AGGREGATES = "OUTPUT_AGGREGATES"
    OUTPUT_STANDARDS = "OUTPUT_STANDARDS"
    OUTPUT_ACTIONS = "OUTPUT_ACTIONS"
    OUTPUT_PLAN = "OUTPUT_PLAN"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """SETTLEMENTS, POPULATION_FIELD, TIER_FIELD / STATUS_FIELD, OBJECTS, KIND_FIELD, NORM_PACK, ROADS, outputs."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SETTLEMENTS,
                self.tr("Settlements (points or polygons)"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.addParameter(prm.population_param(self, parent=self.SETTLEMENTS))
        self.addParameter(
            QgsProcessingParameterField(
                self.TIER_FIELD,
                self.tr("Tier field (1-5)"),
                parentLayerParameterName=self.SETTLEMENTS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.STATUS_FIELD,
                self.tr("Settlement status field (tiers assigned as assign_tiers does)"),
                parentLayerParameterName=self.SETTLEMENTS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.OBJECTS,
                self.tr("Objects (schools, kindergartens, medical points, ...), one or more layers"),
                QgsProcessing.SourceType.TypeVectorAnyGeometry,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.KIND_FIELD, self.tr("Field of the objects holding the object kind"), defaultValue="kind"
            )
        )
        for param in prm.norm_pack_params(self):
            if param.name() == prm.NORM_PACK:
                ids = prm.pack_ids()
                if "kz_srs" in ids:
                    param.setDefaultValue("kz_srs")
            self.addParameter(param)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ROADS,
                self.tr("Roads (lines, for standards measured along roads)"),
                [QgsProcessing.SourceType.TypeVectorLine],
                optional=True,
            )
        )
        advanced = [
            QgsProcessingParameterField(
                self.SETTLEMENT_ID_FIELD,
                self.tr("Settlement id field (unique)"),
                parentLayerParameterName=self.SETTLEMENTS,
                optional=True,
            ),
            QgsProcessingParameterField(
                self.SETTLEMENT_NAME_FIELD,
                self.tr("Settlement name field"),
                parentLayerParameterName=self.SETTLEMENTS,
                optional=True,
            ),
            QgsProcessingParameterField(
                self.GROUP_FIELD,
                self.tr("District or region field (aggregates per group)"),
                parentLayerParameterName=self.SETTLEMENTS,
                optional=True,
            ),
            QgsProcessingParameterString(
                self.CAPACITY_FIELD,
                self.tr("Field of the objects holding the capacity (for standards per 1000 residents)"),
                optional=True,
            ),
            prm.static_enum(
                self.FORMULA,
                self.tr("Sufficiency formula (our reading: the official formula is not published)"),
                ["pack", "share", "weighted"],
                "pack",
            ),
            QgsProcessingParameterNumber(
                self.TARGET_PCT,
                self.tr("Target level for the list of what to build (%)"),
                type=QgsProcessingParameterNumber.Type.Double,
                defaultValue=70.0,
                minValue=0.0,
                maxValue=100.0,
            ),
        ]
        prm.add_advanced(self, advanced)
        self.addParameter(prm.sink_param(self, prm.OUTPUT, self.tr("Settlements with their sufficiency")))
        self.addParameter(prm.sink_param(self, self.OUTPUT_DETAILS, self.tr("Checklist: settlement x standard")))
        self.addParameter(prm.sink_param(self, self.OUTPUT_AGGREGATES, self.tr("Aggregates"), optional=True))
        self.addParameter(
            prm.sink_param(self, self.OUTPUT_STANDARDS, self.tr("Residents meeting each standard"), optional=True)
        )
        self.addParameter(prm.sink_param(self, self.OUTPUT_ACTIONS, self.tr("What to build, ranked"), optional=True))
        self.addParameter(
            prm.sink_param(self, self.OUTPUT_PLAN, self.tr("Shortest list to the target (greedy)"), optional=True)
        )

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Read the layers, run the core check, write settlements, details and the optional tables."""
        from almaty_planner.core.standards import (
            SettlementInputs,
            check_settlements,
            combine_objects,
            greedy_note,
            plan_to_target,
            rank_actions,
        )

        source, name, settlements = prm.read_source(self, parameters, self.SETTLEMENTS, context, feedback)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SETTLEMENTS))
        kind_field = (self.parameterAsString(parameters, self.KIND_FIELD, context) or "").strip()
        capacity_field = (self.parameterAsString(parameters, self.CAPACITY_FIELD, context) or "").strip() or None
        layers = []
        for layer in self.parameterAsLayerList(parameters, self.OBJECTS, context):
            prm.check_canceled(feedback)
            layers.append((layer.name(), bridge.source_to_gdf(layer, layer.name())))
        _roads_src, roads_name, roads = prm.read_source(self, parameters, self.ROADS, context, feedback)
        prm.check_canceled(feedback)
        feedback.setProgress(15)
        field = prm.field_value
        names = {"settlements": name, "objects": tr("objects"), "roads": roads_name}
        formula = prm.enum_string(self, parameters, self.FORMULA, context) or "pack"
        group_field = field(self, parameters, self.GROUP_FIELD, context)
        with prm.planner_errors(names):
            if not kind_field:
                raise QgsProcessingException(tr("Give the field of the objects that holds the kind (KIND_FIELD)."))
            objects = combine_objects(layers, kind_field, capacity_field)
            pack = prm.load_norm_pack(
                prm.enum_string(self, parameters, prm.NORM_PACK, context),
                self.parameterAsFile(parameters, prm.NORM_PACK_FILE, context),
            )
            result = check_settlements(
                SettlementInputs(
                    settlements=settlements,
                    population_field=field(self, parameters, prm.POPULATION_FIELD, context),
                    objects=objects,
                    kind_field=kind_field,
                    tier_field=field(self, parameters, self.TIER_FIELD, context),
                    status_field=field(self, parameters, self.STATUS_FIELD, context),
                    id_field=field(self, parameters, self.SETTLEMENT_ID_FIELD, context),
                    name_field=field(self, parameters, self.SETTLEMENT_NAME_FIELD, context),
                    group_field=group_field,
                    capacity_field=capacity_field,
                    roads=roads,
                ),
                pack,
                formula=None if formula == "pack" else formula,
                progress=prm.progress_callback(feedback, 15, 75),
            )
            aggregates = result.aggregates(group_field) if parameters.get(self.OUTPUT_AGGREGATES) else None
            shares = result.standard_shares(group_field) if parameters.get(self.OUTPUT_STANDARDS) else None
            actions = rank_actions(result, group_field) if parameters.get(self.OUTPUT_ACTIONS) else None
            target = self.parameterAsDouble(parameters, self.TARGET_PCT, context)
            plan = plan_to_target(result, target) if parameters.get(self.OUTPUT_PLAN) else None
        prm.push_warnings(feedback, result.warnings)
        prm.check_canceled(feedback)
        feedback.setProgress(80)
        results = {
            prm.OUTPUT: prm.write_output(
                self, parameters, prm.OUTPUT, context, result.settlements, source, feedback, "srs_settlements"
            ),
            self.OUTPUT_DETAILS: self._table(parameters, self.OUTPUT_DETAILS, context, result.details, feedback),
        }
        for key, table in (
            (self.OUTPUT_AGGREGATES, aggregates),
            (self.OUTPUT_STANDARDS, shares),
            (self.OUTPUT_ACTIONS, actions),
            (self.OUTPUT_PLAN, plan),
        ):
            if table is not None:
                results[key] = self._table(parameters, key, context, table, feedback)
        if plan is not None:
            feedback.pushInfo(greedy_note())
            if len(plan) and not bool(plan["reached"].iloc[-1]):
                feedback.pushWarning(
                    tr("The target of {target}% cannot be reached with the objects the checklist asks for.").format(
                        target=target
                    )
                )
        feedback.setProgress(100)
        return results

    def _table(self, parameters: dict[str, Any], name: str, context: Any, table: pd.DataFrame, feedback: Any) -> str:
        """Write a table without geometry into the sink ``name``."""
        frame = pd.DataFrame(table)
        fields = bridge.output_fields(frame)
        sink, dest_id = self.parameterAsSink(
            parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        bridge.write_features(sink, frame, fields, layer_name=name)
        return dest_id
