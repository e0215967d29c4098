"""Algorithm ``excel_report``: one Excel deficit report from several result layers."""

from __future__ import annotations

import logging
from typing import Any

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
)

from almaty_planner import bridge
from almaty_planner.core.errors import PlannerError
from almaty_planner.core.i18n import LANGUAGES, language, tr
from almaty_planner.processing_provider import params as prm
from almaty_planner.processing_provider.base import AlmatyAlgorithm

LOGGER = logging.getLogger(__name__)


class ExcelReportAlgorithm(AlmatyAlgorithm):
    """Summary, one sheet per service, the norms used and the run's metadata, in ru, kk or en."""

    ALG_ID = "excel_report"
    DISPLAY_NAME = "Excel deficit report"
    GROUP_ID = "reports"
    GROUP = "Reports"
    NEEDS = ("report",)

    INPUTS = "INPUTS"
    LANGUAGE = "LANGUAGE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """INPUTS (result layers), LANGUAGE (en, ru, kk), OUTPUT (.xlsx)."""
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUTS,
                self.tr("Result layers (provision, green space, engineering gap)"),
                QgsProcessing.SourceType.TypeVector,
            )
        )
        self.addParameter(
            prm.static_enum(self.LANGUAGE, self.tr("Language of the report"), list(LANGUAGES), language())
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Excel report"), self.tr("Excel workbook (*.xlsx)"), defaultValue=None
            )
        )

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Read every result layer as a table and write the workbook."""
        from almaty_planner.core.report import write_deficit_report

        layers = self.parameterAsLayerList(parameters, self.INPUTS, context)
        if not layers:
            raise QgsProcessingException(tr("Give at least one result layer (INPUTS)."))
        tables, inputs, warnings = [], [], []
        for n, layer in enumerate(layers):
            prm.check_canceled(feedback)
            frame = bridge.source_to_gdf(layer, layer.name())
            table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
            if "service" not in table.columns:
                raise QgsProcessingException(
                    tr("The layer {layer} is not a result of this plugin (it has no field service).").format(
                        layer=layer.name()
                    )
                )
            tables.append(table)
            inputs.append({"name": layer.name(), "path": layer.source(), "features": len(table)})
            feedback.setProgress(40.0 * (n + 1) / len(layers))
        norms, capacity_units = norm_rows(tables, warnings)
        lang = prm.enum_string(self, parameters, self.LANGUAGE, context) or language()
        crs = {layer.crs().authid() for layer in layers if layer.crs().isValid()}
        methods = sorted({str(m) for t in tables if "method" in t.columns for m in t["method"].dropna().unique()})
        meta = {
            "inputs": inputs,
            "crs": ", ".join(sorted(crs)),
            "method": ", ".join(methods),
            "warnings": warnings,
        }
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        with prm.planner_errors():
            written = write_deficit_report(
                path, tables, language=lang, norms=norms, run_meta=meta, capacity_units=capacity_units
            )
        prm.push_warnings(feedback, warnings)
        feedback.setProgress(100)
        return {self.OUTPUT: str(written)}


def norm_rows(tables: list[pd.DataFrame], warnings: list[str]) -> tuple[list[dict], dict[str, str]]:
    """The norm values of every (pack, service) the tables name, and the services' capacity units."""
    from almaty_planner.core.fullcheck import norm_rows as norm_rows_of_pack
    from almaty_planner.core.norms import load_pack

    rows: list[dict] = []
    units: dict[str, str] = {}
    pairs = set()
    for table in tables:
        if "norm_pack" not in table.columns:
            continue
        for pack_id, service in table[["norm_pack", "service"]].dropna().drop_duplicates().itertuples(index=False):
            if pack_id:
                # the sewerage and water gap reads the pack's services sewerage and water
                for name in ("sewerage", "water") if service == "engineering_gap" else (service,):
                    pairs.add((str(pack_id), str(name)))
    for pack_id in sorted({p for p, _ in pairs}):
        try:
            pack = load_pack(pack_id, prm.profile_dirs())
        except PlannerError as err:
            warnings.append(tr("The norm pack {pack} could not be read: {error}").format(pack=pack_id, error=err))
            continue
        pack_rows, pack_units = norm_rows_of_pack(pack, sorted(s for p, s in pairs if p == pack_id))
        rows.extend(pack_rows)
        units.update(pack_units)
    return rows, units
