"""Algorithm ``export_standards``: the checklist of regional standards of a pack as a CSV or Excel table."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingParameterFileDestination

from almaty_planner.processing_provider import params as prm
from almaty_planner.processing_provider.base import AlmatyAlgorithm


class ExportStandardsAlgorithm(AlmatyAlgorithm):
    """Writes the table that import_standards reads (one row per standard)."""

    ALG_ID = "export_standards"
    DISPLAY_NAME = "Export the table of regional standards"
    GROUP_ID = "norms"
    GROUP = "Norm packs"
    NEEDS = ("engine",)

    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """NORM_PACK, OUTPUT (.csv or .xlsx)."""
        for param in prm.norm_pack_params(self):
            if param.name() == prm.NORM_PACK and "kz_srs" in prm.pack_ids():
                param.setDefaultValue("kz_srs")
            self.addParameter(param)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Table of standards"), self.tr("CSV (*.csv);;Excel workbook (*.xlsx)")
            )
        )

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Write the table."""
        from almaty_planner.core.standards_io import export_standards

        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        with prm.planner_errors():
            pack = prm.load_norm_pack(
                prm.enum_string(self, parameters, prm.NORM_PACK, context),
                self.parameterAsFile(parameters, prm.NORM_PACK_FILE, context),
            )
            written = export_standards(pack, path)
        feedback.setProgress(100)
        return {self.OUTPUT: str(written)}
