"""Algorithm ``import_standards``: a table of regional standards (CSV or Excel) into a new user norm pack."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from almaty_planner.core.i18n import tr
from almaty_planner.processing_provider import params as prm
from almaty_planner.processing_provider.base import AlmatyAlgorithm


class ImportStandardsAlgorithm(AlmatyAlgorithm):
    """Reads the standards table, validates every row, writes a new pack and reports each refused row."""

    ALG_ID = "import_standards"
    DISPLAY_NAME = "Import a table of regional standards"
    GROUP_ID = "norms"
    GROUP = "Norm packs"
    NEEDS = ("engine",)

    INPUT = "INPUT"
    PACK_ID = "PACK_ID"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    IMPORTED = "IMPORTED"
    REFUSED = "REFUSED"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """INPUT (CSV/Excel), NORM_PACK (base), PACK_ID (new id), OVERWRITE; outputs OUTPUT, IMPORTED, REFUSED."""
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT,
                self.tr("Table of standards (CSV or Excel)"),
                behavior=QgsProcessingParameterFile.Behavior.File,
                fileFilter=self.tr("Tables (*.csv *.xlsx)"),
            )
        )
        for param in prm.norm_pack_params(self):
            if param.name() == prm.NORM_PACK and "kz_srs" in prm.pack_ids():
                param.setDefaultValue("kz_srs")
            self.addParameter(param)
        self.addParameter(QgsProcessingParameterString(self.PACK_ID, self.tr("Id of the new norm pack")))
        self.addParameter(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Replace a user pack of that id"), defaultValue=False)
        )
        self.addOutput(QgsProcessingOutputString(self.OUTPUT, self.tr("Norm pack file written")))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, self.tr("Standards imported")))
        self.addOutput(QgsProcessingOutputNumber(self.REFUSED, self.tr("Rows refused")))

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Import the table into the profile's pack folder; every refused row is reported as a warning."""
        from almaty_planner.core.standards_io import import_standards

        table = self.parameterAsFile(parameters, self.INPUT, context)
        new_id = (self.parameterAsString(parameters, self.PACK_ID, context) or "").strip()
        if not new_id:
            raise QgsProcessingException(tr("Give the id of the new norm pack (PACK_ID)."))
        dirs = prm.profile_dirs()
        with prm.planner_errors():
            base = prm.load_norm_pack(
                prm.enum_string(self, parameters, prm.NORM_PACK, context),
                self.parameterAsFile(parameters, prm.NORM_PACK_FILE, context),
            )
            report = import_standards(
                table,
                base,
                new_id,
                folder=dirs[0] if dirs else None,
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                extra_dirs=dirs,
            )
        for refusal in report.refused:
            feedback.pushWarning(str(refusal))
        for kind in report.new_kinds:
            feedback.pushInfo(tr("new object kind {kind} added to the pack").format(kind=kind))
        feedback.pushInfo(
            tr("{n} standards imported into {path}; {m} rows refused").format(
                n=len(report.imported), path=report.path, m=len(report.refused)
            )
        )
        feedback.setProgress(100)
        return {self.OUTPUT: str(report.path), self.IMPORTED: len(report.imported), self.REFUSED: len(report.refused)}
