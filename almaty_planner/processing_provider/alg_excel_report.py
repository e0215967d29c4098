"""Algorithm ``excel_report``: one Excel deficit report from several result layers."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
)

from almaty_planner import bridge
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
    OUTPUT_SETTLEMENTS = "OUTPUT_SETTLEMENTS"

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
        self.addOutput(
            QgsProcessingOutputFile(
                self.OUTPUT_SETTLEMENTS,
                self.tr("Monitoring workbook of the settlements (when INPUTS mix both kinds of result)"),
            )
        )

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Read every result layer as a table and write the workbook."""
        from almaty_planner.core.report import write_deficit_report

        layers = self.parameterAsLayerList(parameters, self.INPUTS, context)
        if not layers:
            raise QgsProcessingException(tr("Give at least one result layer (INPUTS)."))
        tables, inputs, warnings = [], [], []
        srs_settlements, srs_details = [], []
        for n, layer in enumerate(layers):
            prm.check_canceled(feedback)
            frame = bridge.source_to_gdf(layer, layer.name())
            table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
            # the regional standards of settlements (srs_sufficiency) have their own monitoring workbook
            if "standards_applicable" in table.columns and "sufficiency_pct" in table.columns:
                srs_settlements.append(frame)
                continue
            if {"settlement", "standard_id", "status"} <= set(table.columns):
                srs_details.append(table)
                continue
            if "service" not in table.columns:
                raise QgsProcessingException(
                    tr("The layer {layer} is not a result of this plugin (it has no field service).").format(
                        layer=layer.name()
                    )
                )
            tables.append(table)
            inputs.extend(layer_inputs(layer, len(table)))
            feedback.setProgress(40.0 * (n + 1) / len(layers))
        lang = prm.enum_string(self, parameters, self.LANGUAGE, context) or language()
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        results: dict[str, Any] = {}
        if srs_settlements or srs_details:
            if len(srs_settlements) != 1 or len(srs_details) != 1:
                raise QgsProcessingException(
                    tr(
                        "For the monitoring workbook give one settlements result of srs_sufficiency and its "
                        "checklist (OUTPUT_DETAILS) among INPUTS."
                    )
                )
            from almaty_planner.core.srs_report import write_srs_workbook
            from almaty_planner.core.standards import run_from_tables

            srs_path = path if not tables else str(Path(path).with_name(Path(path).stem + "_settlements.xlsx"))
            with prm.planner_errors():
                run = run_from_tables(srs_settlements[0], srs_details[0], extra_dirs=prm.profile_dirs())
                written = write_srs_workbook(srs_path, run, language=lang)
            results[self.OUTPUT if not tables else self.OUTPUT_SETTLEMENTS] = str(written)
            if not tables:
                feedback.setProgress(100)
                return results
        packs = installed_packs(tables, warnings)
        crs = {layer.crs().authid() for layer in layers if layer.crs().isValid()}
        from almaty_planner.core.report import method_words

        methods = sorted({str(m) for t in tables if "method" in t.columns for m in t["method"].dropna().unique()})
        meta = {
            "inputs": _unique(inputs),
            "crs": ", ".join(sorted(crs)),
            "method": ", ".join(method_words(m, lang) for m in methods),
            "warnings": warnings,
        }
        with prm.planner_errors():
            written = write_deficit_report(path, tables, language=lang, run_meta=meta, packs=packs)
        prm.push_warnings(feedback, warnings)
        feedback.setProgress(100)
        results[self.OUTPUT] = str(written)
        return results


RUN_PROPERTY = "almaty_planner/run"  # set by the Regional Standards panel on its result layers


def _file_of(layer: Any) -> str:
    """The file behind a layer (empty for a memory layer)."""
    if layer.providerType() == "memory":
        return ""
    return layer.source().split("|")[0]


def layer_inputs(layer: Any, features: int) -> list[dict[str, Any]]:
    """The result layer itself, and the layers and fields its run read (when the panel recorded them)."""
    out: list[dict[str, Any]] = [{"name": layer.name(), "path": _file_of(layer), "features": features}]
    raw = layer.customProperty(RUN_PROPERTY, "")
    try:
        run = json.loads(raw) if raw else {}
    except ValueError:
        run = {}
    if not isinstance(run, dict):
        return out
    roles = (
        ("units", ("population_field", "name_field", "tier_field", "development_field", "sewer_field", "water_field")),
        ("facilities", ("capacity_field", "status_field", "load_field", "shifts_field")),
        ("points", ("points_field",)),
        ("network", ()),
        ("green", ()),
    )
    for role, fields in roles:
        described = run.get(role)
        if isinstance(described, dict) and described.get("name"):
            used = {name.replace("_field", ""): run.get(name) for name in fields if run.get(name)}
            out.append({"name": described["name"], "path": described.get("path", ""), "features": None, "fields": used})
    return out


def _unique(inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each input once (several results read the same units layer)."""
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    for item in inputs:
        key = (str(item.get("name")), str(item.get("path")), json.dumps(item.get("fields", {}), sort_keys=True))
        seen.setdefault(key, item)
    return list(seen.values())


def installed_packs(tables: list[pd.DataFrame], warnings: list[str]) -> dict[str, Any]:
    """The packs installed now that the tables name (by id), to compare their hashes with the results'.

    A named pack whose file is refused is reported in ``warnings``; one that is not installed at all is
    left out (the report says so).
    """
    from almaty_planner.core.norms import available_packs

    found = available_packs(prm.profile_dirs())
    ids = sorted(
        {str(p) for t in tables if "norm_pack" in t.columns for p in t["norm_pack"].dropna().unique() if str(p)}
    )
    packs: dict[str, Any] = {}
    for pack_id in ids:
        if pack_id in found.packs:
            packs[pack_id] = found.packs[pack_id]
            continue
        for err in found.refused:
            if err.file and Path(err.file).stem == pack_id:
                warnings.append(tr("The norm pack {pack} could not be read: {error}").format(pack=pack_id, error=err))
    return packs
