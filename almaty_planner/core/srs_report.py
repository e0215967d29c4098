"""Excel monitoring workbook of the regional standards of settlements (openpyxl), in en, ru or kk.

Sheets: summary (level next to the published national figures, formula, synthetic flag), the
checklist (settlement x standard, one coloured status per cell), the details, the aggregates per
group, the residents meeting each standard, what to build (ranked), the plan to the target (greedy)
and the norms used with their sources and confidence.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

import pandas as pd

from almaty_planner.core.definitions import confidence_label, value_unit_label
from almaty_planner.core.i18n import tr
from almaty_planner.core.report import _print_setup, safe_text, sheet_title
from almaty_planner.core.safe_write import write_atomically

STATUS_FILL = {"met": "C6EFCE", "not_met": "FFC7CE", "no_data": "D9D9D9", "not_applicable": "FFFFFF"}
BAND_FILL = {"high": "63BE7B", "medium": "FFE699", "low": "F8696B"}
HEADER_FILL = "D9E1F2"


def status_label(status: str, lang: str) -> str:
    """A status in the workbook's language."""
    return {
        "met": tr("met", lang=lang),
        "not_met": tr("not met", lang=lang),
        "no_data": tr("no data", lang=lang),
        "not_applicable": tr("not applicable", lang=lang),
    }.get(status, status)


def _cell(
    ws: Any, row: int, col: int, value: Any, *, bold: bool = False, fill: str | None = None, fmt: str | None = None
) -> Any:
    """Write one value (text is never a formula)."""
    from openpyxl.styles import Alignment, Font, PatternFill

    if isinstance(value, float) and pd.isna(value):
        value = None
    if value is not None and not isinstance(value, (int, float, bool, _dt.date)):
        value = safe_text(value)
    if hasattr(value, "item"):
        value = value.item()
    c = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        c.data_type = "s"
        c.quotePrefix = True
    if bold:
        c.font = Font(bold=True)
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if fmt:
        c.number_format = fmt
    if bold and fill:
        c.alignment = Alignment(wrap_text=True, vertical="top")
    return c


def _table(
    ws: Any, frame: pd.DataFrame, headers: dict[str, str], start: int = 1, fills: dict[str, Any] | None = None
) -> int:
    """A header row and one row per record of ``frame`` (columns as in ``headers``); returns the next row."""
    from openpyxl.utils import get_column_letter

    cols = [c for c in headers if c in frame.columns]
    for j, col in enumerate(cols, 1):
        _cell(ws, start, j, headers[col], bold=True, fill=HEADER_FILL)
        ws.column_dimensions[get_column_letter(j)].width = max(10, min(40, len(headers[col]) + 2))
    for i, rec in enumerate(frame[cols].itertuples(index=False), start + 1):
        for j, (col, value) in enumerate(zip(cols, rec), 1):
            fill = None
            if fills and col in fills:
                fill = fills[col](value)
            fmt = "0.0" if isinstance(value, float) and col.endswith(("pct", "points")) else None
            if isinstance(value, float) and col.startswith("residents"):
                fmt = "#,##0"
            _cell(ws, i, j, value, fill=fill, fmt=fmt)
    ws.freeze_panes = ws.cell(row=start + 1, column=1)
    if len(frame):
        ws.auto_filter.ref = f"A{start}:{get_column_letter(len(cols))}{start + len(frame)}"
    return start + len(frame) + 2


def _in_words(frame: pd.DataFrame, headers: dict[str, str], lang: str) -> tuple[pd.DataFrame, dict[str, str], Any]:
    """``frame`` with its ``unit`` and ``confidence`` in words (as the deficit report writes them) and
    the ids kept in columns at the right end; the headers for them; the fill of an unverified value."""
    out = frame.copy()
    headers = dict(headers)
    titles = {"unit": tr("Unit (id)", lang=lang), "confidence": tr("Confidence (id)", lang=lang)}
    for col, title in titles.items():
        if col not in out.columns:
            continue
        out[f"{col}_id"] = out[col]
        ids = [None if pd.isna(v) else v for v in out[col]]
        out[col] = [value_unit_label(v, None, lang) if col == "unit" else confidence_label(v, lang) for v in ids]
        headers[f"{col}_id"] = title
    unverified = confidence_label("unverified", lang)
    return out, headers, lambda v: "FFE699" if v == unverified else None


def write_srs_workbook(path: Any, run: Any, *, language: str = "en", synthetic: bool = False) -> Path:
    """Write the monitoring workbook of ``run`` (a ``core.standards.SrsRun``) to ``path`` (.xlsx)."""
    from openpyxl import Workbook

    lang = language
    result = run.result
    stds = result.standards
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title(tr("Summary", lang=lang))
    row = 1
    _cell(ws, row, 1, tr("Regional standards of settlements: monitoring", lang=lang), bold=True)
    row += 2
    if synthetic:
        _cell(
            ws,
            row,
            1,
            tr("DEMO DATA: populations, tiers, attributes and most objects are synthetic, not a survey", lang=lang),
            bold=True,
            fill="FFC7CE",
        )
        row += 2
    lines = list(run.describe(lang))
    lines.append("")
    lines += [
        f"{tr('Norm pack', lang=lang)}: {stds.pack_id} {stds.pack_edition}",
        f"{tr('Content hash', lang=lang)}: {stds.pack_hash}",
        f"{tr('Sufficiency formula', lang=lang)}: {result.formula}",
        f"{tr('Written', lang=lang)}: {_dt.datetime.now().strftime('%Y-%m-%d %H:%M')}",
        "",
        tr("Warnings", lang=lang),
        *result.warnings,
    ]
    from openpyxl.styles import Alignment

    for line in lines:
        c = _cell(ws, row, 1, line or None, bold=line == tr("Warnings", lang=lang))
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 15 * max(1, -(-len(line) // 100))
        row += 1
    ws.column_dimensions["A"].width = 110
    _print_setup(ws, landscape=True)

    # settlements
    ws = wb.create_sheet(sheet_title(tr("Settlements", lang=lang), wb.sheetnames))
    s = pd.DataFrame(result.settlements.drop(columns=result.settlements.geometry.name))
    name_col = "settlement_name"
    names = result.details.drop_duplicates("settlement").set_index("settlement")["settlement_name"]
    s[name_col] = [names.get(i, str(i)) for i in result.ids]
    s["settlement"] = list(result.ids)
    s["population_used"] = list(result.population)
    headers = {
        "settlement": tr("Settlement id", lang=lang),
        name_col: tr("Settlement", lang=lang),
        "tier": tr("Tier", lang=lang),
        "population_used": tr("Residents", lang=lang),
        "standards_applicable": tr("Standards applicable", lang=lang),
        "standards_met": tr("Standards met", lang=lang),
        "standards_no_data": tr("No data", lang=lang),
        "sufficiency_pct": tr("Sufficiency, %", lang=lang),
        "band": tr("Band", lang=lang),
    }
    if run.group_field and run.group_field in s.columns:
        headers = {run.group_field: tr("Group", lang=lang), **headers}
    s = s.sort_values("sufficiency_pct", ascending=True, na_position="first", kind="stable")
    s["band"] = s["band"].map(lambda b: stds.band_title(b, lang) if isinstance(b, str) else None)
    band_ids = {stds.band_title(b["id"], lang): b["id"] for b in stds.section["bands"]}
    _table(ws, s, headers, fills={"band": lambda v: BAND_FILL.get(band_ids.get(v, ""))})
    _print_setup(ws, title_rows="1:1")

    # checklist matrix
    ws = wb.create_sheet(sheet_title(tr("Checklist", lang=lang), wb.sheetnames))
    d = result.details
    standards = [st for st in stds.standards if st.id in set(d["standard_id"])]
    _cell(ws, 1, 1, tr("Settlement", lang=lang), bold=True, fill=HEADER_FILL)
    _cell(ws, 1, 2, tr("Sufficiency, %", lang=lang), bold=True, fill=HEADER_FILL)
    for j, st in enumerate(standards, 3):
        _cell(ws, 1, j, f"{st.title(lang)} ({st.id})", bold=True, fill=HEADER_FILL)
    ws.row_dimensions[1].height = 90
    status = {(r.settlement, r.standard_id): r.status for r in d.itertuples(index=False)}
    pct = dict(zip(result.ids, result.settlements["sufficiency_pct"]))
    for i, sid in enumerate(result.ids, 2):
        _cell(ws, i, 1, names.get(sid, str(sid)))
        _cell(ws, i, 2, pct.get(sid), fmt="0.0")
        for j, st in enumerate(standards, 3):
            value = status.get((sid, st.id))
            if value is None:
                continue
            _cell(ws, i, j, status_label(value, lang), fill=STATUS_FILL.get(value))
    from openpyxl.utils import get_column_letter

    ws.column_dimensions["A"].width = 24
    for j in range(2, len(standards) + 3):
        ws.column_dimensions[get_column_letter(j)].width = 12
    ws.freeze_panes = "C2"
    _print_setup(ws, title_rows="1:1")

    # details
    ws = wb.create_sheet(sheet_title(tr("Details", lang=lang), wb.sheetnames))
    det = d.copy()
    det["status"] = det["status"].map(lambda v: status_label(v, lang))
    det["direction"] = det["direction"].map(lambda v: stds.direction_title(v, lang))
    labels = {status_label(k, lang): v for k, v in STATUS_FILL.items()}
    det, det_headers, _fill = _in_words(
        det,
        {
            "settlement_name": tr("Settlement", lang=lang),
            "tier": tr("Tier", lang=lang),
            "standard_id": tr("Standard", lang=lang),
            "direction": tr("Direction", lang=lang),
            "check": tr("Check", lang=lang),
            "status": tr("Status", lang=lang),
            "value": tr("Value", lang=lang),
            "threshold": tr("Threshold", lang=lang),
            "unit": tr("Unit", lang=lang),
            "detail": tr("Detail", lang=lang),
            "confidence": tr("Confidence", lang=lang),
        },
        lang,
    )
    _table(ws, det, det_headers, fills={"status": lambda v: labels.get(v)})
    _print_setup(ws, title_rows="1:1")

    # aggregates and standard shares
    ws = wb.create_sheet(sheet_title(tr("Aggregates", lang=lang), wb.sheetnames))
    agg_headers = {
        "group": tr("Group", lang=lang),
        "settlements": tr("Settlements", lang=lang),
        "residents": tr("Residents", lang=lang),
        "mean_sufficiency_pct": tr("Mean sufficiency, %", lang=lang),
        "population_weighted_pct": tr("Weighted by population, %", lang=lang),
    }
    for b in stds.section["bands"]:
        agg_headers[f"band_{b['id']}"] = stds.band_title(b["id"], lang)
    agg_headers["band_none"] = tr("No data", lang=lang)
    nxt = _table(ws, run.aggregates, agg_headers)
    _cell(ws, nxt, 1, tr("Share of residents in settlements that meet each standard", lang=lang), bold=True)
    shares = run.shares.copy()
    shares["direction"] = shares["direction"].map(lambda v: stds.direction_title(v, lang))
    _table(
        ws,
        shares,
        {
            "group": tr("Group", lang=lang),
            "standard_id": tr("Standard", lang=lang),
            "direction": tr("Direction", lang=lang),
            "settlements_checked": tr("Settlements checked", lang=lang),
            "settlements_met": tr("Settlements met", lang=lang),
            "residents_checked": tr("Residents checked", lang=lang),
            "residents_met": tr("Residents met", lang=lang),
            "residents_met_pct": tr("Residents met, %", lang=lang),
        },
        start=nxt + 1,
    )
    ws.freeze_panes = "A2"

    # what to build and the plan
    build_headers = {
        "rank": tr("Rank", lang=lang),
        "step": tr("Step", lang=lang),
        "settlement_name": tr("Settlement", lang=lang),
        "group": tr("Group", lang=lang),
        "build": tr("Build or provide", lang=lang),
        "standard_id": tr("Standard", lang=lang),
        "settlements_served": tr("Settlements served", lang=lang),
        "residents_served": tr("Residents served", lang=lang),
        "level_gain_points": tr("Level gain, points", lang=lang),
        "level_before_pct": tr("Level before, %", lang=lang),
        "level_after_pct": tr("Level after, %", lang=lang),
    }
    for title, frame, note in (
        (tr("What to build", lang=lang), run.actions, None),
        (tr("Plan to the target", lang=lang), run.plan, tr("greedy choice: short, not proven the shortest", lang=lang)),
    ):
        ws = wb.create_sheet(sheet_title(title, wb.sheetnames))
        f = frame.copy()
        f["build"] = f["build"].map(lambda k: stds.kind_title(k, lang) if k in stds.kinds else k)
        start = 1
        if note:
            _cell(ws, 1, 1, note, bold=True)
            start = 3
        _table(ws, f, build_headers, start=start)
        _print_setup(ws, title_rows=f"{start}:{start}")

    # norms used
    ws = wb.create_sheet(sheet_title(tr("Norms used", lang=lang), wb.sheetnames))
    # exactly the values the check used (the results' ``norms_used``), as in the deficit report
    norms = pd.DataFrame(
        stds.used_rows([pd.DataFrame(result.settlements), result.details], lang),
        columns=["key", "standard_id", "title", "value", "unit", "document", "clause", "edition", "confidence", "note"],
    )
    norms, norm_headers, unverified_fill = _in_words(
        norms,
        {
            "key": tr("Key", lang=lang),
            "standard_id": tr("Standard", lang=lang),
            "title": tr("Title", lang=lang),
            "value": tr("Value", lang=lang),
            "unit": tr("Unit", lang=lang),
            "document": tr("Document", lang=lang),
            "clause": tr("Clause", lang=lang),
            "edition": tr("Edition", lang=lang),
            "confidence": tr("Confidence", lang=lang),
            "note": tr("Note", lang=lang),
        },
        lang,
    )
    _table(ws, norms, norm_headers, fills={"confidence": unverified_fill})
    _print_setup(ws, title_rows="1:1")
    return write_atomically(Path(path), lambda tmp: wb.save(str(tmp)))
