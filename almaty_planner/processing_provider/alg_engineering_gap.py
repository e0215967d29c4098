"""Algorithm ``engineering_gap``: residents without centralised sewerage and water supply per unit."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from almaty_planner.processing_provider import params as prm
from almaty_planner.processing_provider.base import AlmatyAlgorithm

MODES = ("flag", "share", "percent", "count")


class EngineeringGapAlgorithm(AlmatyAlgorithm):
    """Sanitation gap and water gap: residents not connected, their share, and whether the target is met."""

    ALG_ID = "engineering_gap"
    DISPLAY_NAME = "Sewerage and water supply gap"
    GROUP_ID = "checks"
    GROUP = "Provision checks"
    NEEDS = ("engine",)

    BUILDINGS = "BUILDINGS"
    RESIDENTS_FIELD = "RESIDENTS_FIELD"
    SEWER_FIELD = "SEWER_FIELD"
    SEWER_MODE = "SEWER_MODE"
    WATER_FIELD = "WATER_FIELD"
    WATER_MODE = "WATER_MODE"
    SEWER_MAINS = "SEWER_MAINS"
    WATER_MAINS = "WATER_MAINS"
    CONNECTION_DISTANCE_M = "CONNECTION_DISTANCE_M"
    TARGET_CONNECTED_PCT = "TARGET_CONNECTED_PCT"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """UNITS, POPULATION_FIELD, connection fields or mains, NORM_PACK, OUTPUT."""
        self.addParameter(prm.units_param(self))
        self.addParameter(prm.population_param(self, optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BUILDINGS,
                self.tr("Buildings or population points (optional; else the fields are read on the units)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.RESIDENTS_FIELD,
                self.tr("Residents field of the buildings"),
                parentLayerParameterName=self.BUILDINGS,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        for field, mode, label in (
            (self.SEWER_FIELD, self.SEWER_MODE, self.tr("Sewerage connection field")),
            (self.WATER_FIELD, self.WATER_MODE, self.tr("Water supply connection field")),
        ):
            self.addParameter(
                QgsProcessingParameterField(field, label, parentLayerParameterName=prm.UNITS, optional=True)
            )
            self.addParameter(
                prm.static_enum(mode, self.tr("The field holds (flag, share, percent, count)"), list(MODES), "count")
            )
        for name, label in (
            (self.SEWER_MAINS, self.tr("Sewer mains (optional)")),
            (self.WATER_MAINS, self.tr("Water mains (optional)")),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSource(
                    name, label, [QgsProcessing.SourceType.TypeVectorLine], optional=True
                )
            )
        for param in prm.norm_pack_params(self):
            self.addParameter(param)
        advanced = [
            QgsProcessingParameterNumber(
                self.CONNECTION_DISTANCE_M,
                self.tr("Connection distance to a main, m (empty: the pack's value)"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=0.0,
                optional=True,
            ),
            QgsProcessingParameterNumber(
                self.TARGET_CONNECTED_PCT,
                self.tr("Target share of connected residents, % (empty: the pack's value)"),
                type=QgsProcessingParameterNumber.Type.Double,
                minValue=0.0,
                maxValue=100.0,
                optional=True,
            ),
            *prm.id_name_params(self),
        ]
        prm.add_advanced(self, advanced)
        self.addParameter(prm.sink_param(self, prm.OUTPUT, self.tr("Sewerage and water gap")))

    def _number(self, parameters: dict[str, Any], name: str, context: Any) -> float | None:
        """An optional number parameter (None when empty)."""
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsDouble(parameters, name, context)

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Read the layers, compute the gaps with the core, write the styled result."""
        from almaty_planner.core.engineering import compute_engineering_gap

        units_src, units_name, units = prm.read_source(self, parameters, prm.UNITS, context, feedback)
        _b, bld_name, buildings = prm.read_source(self, parameters, self.BUILDINGS, context, feedback)
        _s, sewer_name, sewer_mains = prm.read_source(self, parameters, self.SEWER_MAINS, context, feedback)
        _w, water_name, water_mains = prm.read_source(self, parameters, self.WATER_MAINS, context, feedback)
        prm.check_canceled(feedback)
        feedback.setProgress(10)
        names = {"units": units_name, "buildings": bld_name, "sewer_mains": sewer_name, "water_mains": water_name}
        field = prm.field_value
        with prm.planner_errors(names):
            pack = prm.load_norm_pack(
                prm.enum_string(self, parameters, prm.NORM_PACK, context),
                self.parameterAsFile(parameters, prm.NORM_PACK_FILE, context),
            )
            result = compute_engineering_gap(
                units,
                pack,
                population_field=field(self, parameters, prm.POPULATION_FIELD, context),
                unit_id_field=field(self, parameters, prm.UNIT_ID_FIELD, context),
                unit_name_field=field(self, parameters, prm.UNIT_NAME_FIELD, context),
                buildings=buildings,
                residents_field=field(self, parameters, self.RESIDENTS_FIELD, context),
                sewer_field=field(self, parameters, self.SEWER_FIELD, context),
                water_field=field(self, parameters, self.WATER_FIELD, context),
                sewer_mode=prm.enum_string(self, parameters, self.SEWER_MODE, context),
                water_mode=prm.enum_string(self, parameters, self.WATER_MODE, context),
                sewer_mains=sewer_mains,
                water_mains=water_mains,
                connection_distance_m=self._number(parameters, self.CONNECTION_DISTANCE_M, context),
                target_connected_pct=self._number(parameters, self.TARGET_CONNECTED_PCT, context),
                progress=prm.progress_callback(feedback, 10, 90),
            )
        prm.push_warnings(feedback, result.warnings)
        dest = prm.write_output(
            self, parameters, prm.OUTPUT, context, result.units, units_src, feedback, "engineering_gap"
        )
        feedback.setProgress(100)
        return {prm.OUTPUT: dest}
