"""The Excel deficit report: a workbook that stands on its own, in Russian, Kazakh or English.

Built with openpyxl from result tables (the result layers as DataFrames, or the core results) that
carry the standard result columns of :mod:`almaty_planner.core.results`. Sheets: a summary (one row
per service), one sheet per service (a row per unit, sorted by deficit, with conditional fills, a
frozen header, an autofilter and a bar chart of the largest deficits), the norms used and the run's
metadata. Text from attributes is always written as text (never as a formula) and the file is
written through :func:`almaty_planner.core.safe_write.write_atomically`.
"""

from __future__ import annotations

import datetime as _dt
import logging
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from almaty_planner.core import definitions
from almaty_planner.core.definitions import (
    ENGINEERING_SERVICE,
    GREEN_SERVICE,
    method_words,
    norm_key_words,
    norm_keys_in_words,
    service_words,
)
from almaty_planner.core.errors import InputError
from almaty_planner.core.i18n import language, normalize_language, tr
from almaty_planner.core.norms import NormUse, decode_uses, pack_change
from almaty_planner.core.paths import plugin_version
from almaty_planner.core.safe_write import PathLike, write_atomically
from almaty_planner.core.validation import numeric_field

log = logging.getLogger(__name__)

CHART_UNITS = 25
"""Bars in the chart of each service sheet: the units with the largest deficits."""
MAX_WIDTH = 45
PAGE_CM = 24.0  # printable height of a portrait A4 page, roughly
ROW_CM = 0.53  # default row height (15 points)
CHARS_PER_WIDTH = 1.05  # characters of text per unit of column width (the width of a "0"), at the least
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


RED = "F8696B"
WHITE = "FFFFFF"
GREEN = "63BE7B"
HEADER_FILL = "D9E1F2"
WARN_FILL = "C00000"
AMBER_FILL = "FFE699"
FAIL_FILL = "FCE4E4"


# --------------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------------
@dataclass
class _Names:
    """What the report calls each service and its capacity unit (from the packs behind the tables)."""

    units: dict[str, str] = field(default_factory=dict)  # service -> capacity unit
    packs: dict[str, Any] = field(default_factory=dict)  # service -> the installed pack that has it

    def unit(self, service: str) -> str:
        """The capacity unit of ``service``: the caller's, the pack's, else the usual one."""
        found = self.units.get(service) or definitions.service_capacity_unit(self.packs.get(service), service)
        return found or definitions.USUAL_UNITS.get(service, "units")


def _yes_no(value: Any, lang: str) -> str | None:
    """``Yes`` / ``No`` in the report's language (None for a missing value)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if isinstance(value, str):
        value = value.strip().lower() in ("1", "true", "yes", "t", "y")
    return tr("Yes", lang=lang) if bool(value) else tr("No", lang=lang)


# --------------------------------------------------------------------------------------------
# Tables turned into service views
# --------------------------------------------------------------------------------------------
@dataclass
class _Column:
    """One column of a service sheet: the data, its header and its number format."""

    key: str
    header: str
    values: list[Any]
    fmt: str | None = None  # None: text
    is_bool: bool = False


@dataclass
class _View:
    """One service as the report shows it: a sheet of units and a line of the summary."""

    service: str
    sheet: str
    title: str
    unit_label: str
    units: pd.DataFrame  # sorted; columns: unit_name, demand, capacity, deficit, ...
    columns: list[_Column] = field(default_factory=list)
    demand: float = float("nan")
    capacity: float = float("nan")
    deficit: float = float("nan")
    objects_needed: float = float("nan")
    failing: int = 0
    judged: int = 0
    methods: str = ""
    packs: list[tuple[str, str, str]] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)


def _layer_name(i: int, table: pd.DataFrame) -> str:
    """The name that error messages give a result table."""
    service = ""
    if "service" in table.columns and len(table):
        service = str(table["service"].iloc[0])
    return tr("result table {n} ({service})").format(n=i + 1, service=service)


def _numbers(table: pd.DataFrame, column: str, layer: str, minimum: float | None = 0.0) -> pd.Series:
    """A numeric column (NaN where missing), refusing text and negative values."""
    return numeric_field(table, column, layer, "unit_name", allow_null=True, minimum=minimum)


def _distinct(table: pd.DataFrame, column: str) -> list[str]:
    """Distinct non-empty texts of a column, in order of appearance."""
    if column not in table.columns:
        return []
    seen: dict[str, None] = {}
    for value in table[column].dropna().astype(str):
        if value.strip():
            seen.setdefault(value, None)
    return list(seen)


def _kind(service: str, table: pd.DataFrame) -> str:
    """``provision``, ``green`` or ``engineering`` from the service value and the columns."""
    if service == GREEN_SERVICE or "green_m2" in table.columns:
        return "green"
    if service == ENGINEERING_SERVICE or "pop_without_sewer" in table.columns or "pop_without_water" in table.columns:
        return "engineering"
    return "provision"


def _require(table: pd.DataFrame, columns: Iterable[str], layer: str) -> None:
    """Refuse a table that lacks one of ``columns``."""
    for column in columns:
        if column not in table.columns:
            have = ", ".join(str(c) for c in table.columns if c != "geometry")
            raise InputError(
                tr("field not found; the table has: {fields}").format(fields=have), layer=layer, field=column
            )


def _unit_names(table: pd.DataFrame) -> pd.Series:
    """The unit names as text (the row label where a name is missing)."""
    names = table["unit_name"]
    fallback = pd.Series([str(i) for i in table.index], index=table.index)
    return names.where(names.notna(), fallback).astype(str)


def _base_view(service: str, table: pd.DataFrame, lang: str, names: _Names) -> _View:
    """The parts of a view that every kind shares: names, unit label, methods, packs."""
    pack = names.packs.get(service)
    sheet = definitions.service_name(service, pack, lang)
    title = definitions.service_name(service, pack, lang, full=True)
    unit_label = definitions.capacity_unit_label(names.unit(service), service, lang)
    packs: list[tuple[str, str, str]] = []
    if "norm_pack" in table.columns:
        cols = [c for c in ("norm_pack", "norm_pack_edition", "norm_pack_hash") if c in table.columns]
        for row in table[cols].drop_duplicates().itertuples(index=False):
            values = [("" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)) for v in row]
            values += [""] * (3 - len(values))
            packs.append((values[0], values[1], values[2]))
    unverified: dict[str, None] = {}
    for value in _distinct(table, "norm_unverified"):
        for key in value.split(","):
            if key.strip():
                unverified.setdefault(key.strip(), None)
    return _View(
        service=service,
        sheet=sheet,
        title=title,
        unit_label=unit_label,
        units=pd.DataFrame(),
        methods=", ".join(_distinct(table, "method")),
        packs=packs,
        unverified=list(unverified),
    )


def _meets(table: pd.DataFrame, column: str) -> pd.Series:
    """A yes/no column as a nullable boolean Series (None where missing)."""
    raw = table[column]

    def one(value: Any) -> bool | None:
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            return None
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "t", "y")
        return bool(value)

    return pd.Series([one(v) for v in raw.tolist()], index=table.index, dtype=object)


_METHOD_ID = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, definitions.METHODS)) + r")(?![\w-])")


def methods_in_words(text: str, lang: str) -> str:
    """A caller's text naming methods (``unit_balance, catchment (straight line)``) with each method id in
    words; the rest as it is."""
    return _METHOD_ID.sub(lambda m: method_words(m.group(1), lang), text)


_IN_WORDS = {
    "method": lambda v, lang: ", ".join(definitions.method_label(m.strip(), lang) for m in v.split(",") if m.strip()),
    "norm_unverified": norm_keys_in_words,
}
"""Text fields of the results whose values are ids, and how a sheet shows them (``overload_pct`` ->
overload threshold, %); the result layers keep the ids."""


def _finish(view: _View, frame: pd.DataFrame, spec: list[tuple[str, str, str | None]], lang: str) -> _View:
    """Sort ``frame`` by deficit and turn it into the view's columns following ``spec``."""
    frame = frame.assign(_name=frame["unit_name"].str.casefold())
    deficit = frame["deficit"].fillna(-np.inf)
    frame = frame.assign(_deficit=deficit).sort_values(["_deficit", "_name"], ascending=[False, True], kind="mergesort")
    frame = frame.drop(columns=["_deficit", "_name"])
    view.units = frame
    for key, header, fmt in spec:
        if key not in frame.columns:
            continue
        series = frame[key]
        blank = series.isna() | (series.astype(str).str.strip() == "")
        if blank.all() and key not in ("deficit", "demand", "capacity", "unit_name"):
            continue
        values: list[Any]
        if fmt == "bool":
            values = [_yes_no(v, lang) for v in series.tolist()]
            view.columns.append(_Column(key, header, values, None, is_bool=True))
        elif fmt is None:
            values = [
                None if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) else str(v)
                for v in series.tolist()
            ]
            if key in _IN_WORDS:  # ids of the result fields (kept as they are in the layers) shown in words
                words = {v: _IN_WORDS[key](v, lang) for v in dict.fromkeys(values) if v is not None}
                values = [None if v is None else words[v] for v in values]
            view.columns.append(_Column(key, header, values, None))
        else:
            values = [None if math.isnan(v) else float(v) for v in series.astype(float).tolist()]
            view.columns.append(_Column(key, header, values, fmt))
    judged = frame["meets_norm"].notna() if "meets_norm" in frame.columns else pd.Series(False, index=frame.index)
    view.judged = int(judged.sum())
    if "meets_norm" in frame.columns:
        view.failing = int((frame["meets_norm"] == False).sum())  # noqa: E712 - object column of bools
    view.demand = float(frame["demand"].sum(min_count=1))
    view.capacity = float(frame["capacity"].sum(min_count=1))
    view.deficit = float(frame["deficit"].sum(min_count=1))
    if "objects_needed" in frame.columns:
        view.objects_needed = float(frame["objects_needed"].sum(min_count=1))
    return view


INT = "#,##0"
DEC1 = "#,##0.0"
DEC2 = "#,##0.00"


def _common_spec(lang: str, unit: str) -> list[tuple[str, str, str | None]]:
    """The first columns of a provision or green sheet."""
    return [
        ("unit_name", tr("Territory", lang=lang), None),
        ("population", tr("Population, residents", lang=lang), INT),
        ("demand", tr("Demand, {unit}", lang=lang).format(unit=unit), INT),
        ("capacity", tr("Capacity, {unit}", lang=lang).format(unit=unit), INT),
        ("deficit", tr("Deficit, {unit}", lang=lang).format(unit=unit), INT),
        ("surplus", tr("Surplus, {unit}", lang=lang).format(unit=unit), INT),
        ("balance", tr("Balance (+ surplus / − deficit), {unit}", lang=lang).format(unit=unit), INT),
        ("provision_pct", tr("Provision, %", lang=lang), DEC1),
    ]


def _tail_spec(lang: str) -> list[tuple[str, str, str | None]]:
    """The last columns of every sheet: whether the norm is met, method, unverified norms."""
    return [
        ("meets_norm", tr("Meets the norm", lang=lang), "bool"),
        ("method", tr("Method", lang=lang), None),
        ("norm_unverified", tr("Unverified norm values used", lang=lang), None),
    ]


def _provision_view(service: str, table: pd.DataFrame, layer: str, lang: str, names: _Names) -> _View:
    """A view of a provision table (schools, kindergartens, polyclinics, hospitals, ...)."""
    _require(table, ("unit_name", "demand", "capacity", "deficit"), layer)
    view = _base_view(service, table, lang, names)
    frame = pd.DataFrame({"unit_name": _unit_names(table)}, index=table.index)
    for column in (
        "population",
        "demand",
        "capacity",
        "deficit",
        "surplus",
        "provision_pct",
        "within_norm_pct",
        "objects_needed",
        "covered_pop",
        "uncovered_pop",
        "access_ratio",
    ):
        if column in table.columns:
            frame[column] = _numbers(table, column, layer)
    if "surplus" in frame.columns:
        frame["balance"] = frame["surplus"].fillna(0.0) - frame["deficit"]
    else:
        frame["balance"] = frame["capacity"] - frame["demand"]
    if "meets_norm" in table.columns:
        frame["meets_norm"] = _meets(table, "meets_norm")
    for column in ("method", "norm_unverified"):
        if column in table.columns:
            frame[column] = table[column]
    unit = view.unit_label
    spec = [
        *_common_spec(lang, unit),
        ("within_norm_pct", tr("Met within the norm, %", lang=lang), DEC1),
        ("objects_needed", tr("Facilities of typical size needed", lang=lang), INT),
        ("covered_pop", tr("Residents within walking distance", lang=lang), INT),
        ("uncovered_pop", tr("Residents beyond walking distance", lang=lang), INT),
        ("access_ratio", tr("Access ratio, {unit} per resident", lang=lang).format(unit=unit), "0.0000"),
        *_tail_spec(lang),
    ]
    return _finish(view, frame, spec, lang)


def _green_view(table: pd.DataFrame, layer: str, lang: str, names: _Names) -> _View:
    """A view of a green-space table (m² of public green area per resident)."""
    _require(table, ("unit_name", "population", "green_m2"), layer)
    view = _base_view(GREEN_SERVICE, table, lang, names)
    frame = pd.DataFrame({"unit_name": _unit_names(table)}, index=table.index)
    for column in (
        "population",
        "green_m2",
        "green_m2_per_resident",
        "norm_m2_per_resident",
        "norm_residential_m2_per_resident",
        "green_deficit_ha",
        "demand",
        "capacity",
        "deficit",
        "provision_pct",
    ):
        if column in table.columns:
            frame[column] = _numbers(table, column, layer)
    if "capacity" not in frame.columns:
        frame["capacity"] = frame["green_m2"]
    if "demand" not in frame.columns:
        if "norm_m2_per_resident" not in frame.columns:
            _require(table, ("demand",), layer)
        frame["demand"] = frame["population"] * frame["norm_m2_per_resident"]
    if "deficit" not in frame.columns:
        frame["deficit"] = (frame["demand"] - frame["capacity"]).clip(lower=0.0)
    frame["balance"] = frame["capacity"] - frame["demand"]
    if "meets_norm" in table.columns:
        frame["meets_norm"] = _meets(table, "meets_norm")
    for column in ("method", "norm_unverified"):
        if column in table.columns:
            frame[column] = table[column]
    unit = view.unit_label
    spec = [
        ("unit_name", tr("Territory", lang=lang), None),
        ("population", tr("Population, residents", lang=lang), INT),
        ("green_m2_per_resident", tr("Green space per resident, m²", lang=lang), DEC2),
        ("norm_m2_per_resident", tr("Norm per resident, m²", lang=lang), DEC2),
        ("norm_residential_m2_per_resident", tr("Norm per resident in residential areas, m²", lang=lang), DEC2),
        ("demand", tr("Demand, {unit}", lang=lang).format(unit=unit), INT),
        ("capacity", tr("Green space, {unit}", lang=lang).format(unit=unit), INT),
        ("deficit", tr("Deficit, {unit}", lang=lang).format(unit=unit), INT),
        ("green_deficit_ha", tr("Deficit, ha", lang=lang), DEC2),
        ("balance", tr("Balance (+ surplus / − deficit), {unit}", lang=lang).format(unit=unit), INT),
        ("provision_pct", tr("Provision, %", lang=lang), DEC1),
        *_tail_spec(lang),
    ]
    return _finish(view, frame, spec, lang)


def _engineering_views(table: pd.DataFrame, layer: str, lang: str, names: _Names) -> list[_View]:
    """Two views of an engineering table: residents without sewerage, residents without water."""
    _require(table, ("unit_name", "population"), layer)
    population = _numbers(table, "population", layer)
    views = []
    parts = (
        ("sewerage", "pop_without_sewer", "sanitation_gap_pct", "sewer_meets_norm"),
        ("water", "pop_without_water", "water_gap_pct", "water_meets_norm"),
    )
    if not any(p[1] in table.columns for p in parts):
        _require(table, ("pop_without_sewer",), layer)
    for service, without, gap, meets in parts:
        if without not in table.columns:
            continue
        view = _base_view(service, table, lang, names)
        frame = pd.DataFrame({"unit_name": _unit_names(table), "population": population}, index=table.index)
        frame["deficit"] = _numbers(table, without, layer)
        frame["demand"] = population
        frame["capacity"] = population - frame["deficit"]
        if (frame["capacity"] < 0).any():
            bad = frame.index[(frame["capacity"] < 0).to_numpy()][0]
            raise InputError(
                tr("more residents without connection than residents"), layer=layer, feature=bad, field=without
            )
        if gap in table.columns:
            frame["gap_pct"] = _numbers(table, gap, layer)
        else:
            frame["gap_pct"] = 100.0 * frame["deficit"] / population.where(population > 0)
        frame["provision_pct"] = 100.0 - frame["gap_pct"]
        if meets in table.columns:
            frame["meets_norm"] = _meets(table, meets)
        elif "meets_norm" in table.columns:
            frame["meets_norm"] = _meets(table, "meets_norm")
        for column in ("method", "norm_unverified"):
            if column in table.columns:
                frame[column] = table[column]
        frame["balance"] = -frame["deficit"]
        if service == "sewerage":
            missing = tr("Residents without sewerage", lang=lang)
            connected = tr("Residents connected to sewerage", lang=lang)
        else:
            missing = tr("Residents without water supply", lang=lang)
            connected = tr("Residents connected to water supply", lang=lang)
        spec = [
            ("unit_name", tr("Territory", lang=lang), None),
            ("population", tr("Population, residents", lang=lang), INT),
            ("capacity", connected, INT),
            ("deficit", missing, INT),
            ("gap_pct", tr("Share without connection, %", lang=lang), DEC1),
            ("provision_pct", tr("Provision, %", lang=lang), DEC1),
            *_tail_spec(lang),
        ]
        views.append(_finish(view, frame, spec, lang))
    return views


def _views(tables: Sequence[pd.DataFrame], lang: str, names: _Names) -> list[_View]:
    """Check every table and turn it into one view per service it holds."""
    if not tables:
        raise InputError(tr("no result tables to report"), layer=tr("report"))
    views: list[_View] = []
    for i, table in enumerate(tables):
        if not isinstance(table, pd.DataFrame):
            raise InputError(tr("not a table"), layer=tr("result table {n}").format(n=i + 1))
        layer = _layer_name(i, table)
        if len(table) == 0:
            raise InputError(tr("the table has no rows"), layer=layer)
        _require(table, ("service",), layer)
        services = table["service"]
        if services.isna().any():
            bad = table.index[services.isna().to_numpy()][0]
            raise InputError(tr("no service named"), layer=layer, feature=bad, field="service")
        for service in _distinct(table, "service"):
            part = table[services.astype(str) == service]
            kind = _kind(service, part)
            if kind == "green":
                views.append(_green_view(part, layer, lang, names))
            elif kind == "engineering":
                views.extend(_engineering_views(part, layer, lang, names))
            else:
                views.append(_provision_view(service, part, layer, lang, names))
    _name_by_method(views, lang)
    return views


def _method_short(method: str, lang: str) -> str:
    """A short word for a method, for sheet names (31 characters at most)."""
    words = {
        "unit_balance": tr("balance", lang=lang),
        "catchment": tr("radius", lang=lang),
        "assignment": tr("assignment", lang=lang),
        "2sfca": "2SFCA",
        "e2sfca": "E2SFCA",
    }
    return words.get(method, method)


def _name_by_method(views: list[_View], lang: str) -> None:
    """A service reported with several methods: each sheet, chart and summary line says its method."""
    counts: dict[str, int] = {}
    for view in views:
        counts[view.service] = counts.get(view.service, 0) + 1
    for view in views:
        methods = [m for m in view.methods.split(", ") if m]
        if counts[view.service] > 1 and len(methods) == 1:
            method = methods[0]
            short = _method_short(method, lang)
            view.sheet = f"{view.sheet}, {short}"
            view.title = tr("{service}: {method}", lang=lang).format(
                service=view.title, method=method_words(method, lang)
            )


# --------------------------------------------------------------------------------------------
# Writing cells
# --------------------------------------------------------------------------------------------
def safe_text(value: Any) -> str:
    """Text as it goes into a cell: characters that XML forbids removed (never a formula)."""
    return _ILLEGAL.sub("", str(value))


def sheet_title(name: str, taken: Iterable[str] = ()) -> str:
    """A valid, unused Excel sheet name: no []:*?/\\, no leading/trailing apostrophe, <= 31 chars."""
    base = _SHEET_BAD.sub(" ", safe_text(name)).strip().strip("'").strip() or "Sheet"
    base = base[:31].rstrip()
    used = {t.casefold() for t in taken}
    title, n = base, 2
    while title.casefold() in used:
        suffix = f" ({n})"
        title = base[: 31 - len(suffix)].rstrip() + suffix
        n += 1
    return title


class _Writer:
    """Cell writing with shared named styles, through openpyxl's public API.

    Each combination of number format, font, fill and alignment becomes one named style of the
    workbook, made once; a cell then takes it by name (much faster than setting its parts per cell).
    """

    def __init__(self, workbook: Any) -> None:
        self.workbook = workbook
        self._styles: dict[tuple[Any, ...], str] = {}

    def style(self, fmt: str | None = None, **kind: Any) -> str:
        """The name of the style for a number format and font/fill/alignment options, added once."""
        from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill

        key = (fmt, tuple(sorted(kind.items())))
        name = self._styles.get(key)
        if name is None:
            name = f"almaty_planner_{len(self._styles) + 1}"
            named = NamedStyle(name=name)
            if fmt:
                named.number_format = fmt
            if kind.get("bold") or kind.get("color") or kind.get("size"):
                named.font = Font(bold=bool(kind.get("bold")), color=kind.get("color"), size=kind.get("size"))
            if kind.get("fill"):
                named.fill = PatternFill("solid", fgColor=kind["fill"])
            if kind.get("wrap") or kind.get("valign") or kind.get("indent"):
                named.alignment = Alignment(
                    wrap_text=bool(kind.get("wrap")),
                    vertical=kind.get("valign"),
                    horizontal="right" if kind.get("indent") else None,
                    indent=int(kind.get("indent") or 0),
                )
            self.workbook.add_named_style(named)
            self._styles[key] = name
        return name

    def put(self, ws: Any, row: int, column: int, value: Any, fmt: str | None = None, **kind: Any) -> Any:
        """Write one value; text is always text (``=1+1`` stays the string ``=1+1``)."""
        if isinstance(value, (np.floating, np.integer)):
            value = value.item()
        if isinstance(value, float) and math.isnan(value):
            value = None
        is_text = isinstance(value, str)
        if is_text:
            value = safe_text(value)
        elif value is not None and not isinstance(value, (int, float, bool, _dt.datetime, _dt.date)):
            value = safe_text(value)
            is_text = True
        cell = ws.cell(row=row, column=column)
        cell.value = value
        if is_text:
            cell.data_type = "s"  # never a formula, even when the text starts with "="
            if value.startswith(FORMULA_START):
                kind = {**kind, "text": True}
        if fmt or kind:
            name = self.style(fmt, **{k: v for k, v in kind.items() if k != "text"})
            cell.style = name
            if kind.get("text"):
                cell.quotePrefix = True
        return cell


def _text_width(value: Any, fmt: str | None) -> int:
    """The number of characters a value takes when shown with ``fmt``."""
    if value is None:
        return 0
    if isinstance(value, (int, float)) and fmt:
        decimals = fmt.split(".")[1].count("0") if "." in fmt else 0
        return len(f"{value:,.{decimals}f}")
    return max((len(part) for part in str(value).splitlines()), default=0)


def wrapped_lines(value: Any, width: float) -> int:
    """The lines a wrapped cell of ``width`` characters needs: its words laid on lines one after the
    other as a spreadsheet wraps them (a word longer than a line broken), each line break kept."""
    chars = max(1, int(width * CHARS_PER_WIDTH) - 1)
    total = 0
    for part in str(value).splitlines() or [""]:
        lines, used = 1, 0
        for word in part.split():
            size = len(word)
            if used and used + 1 + size > chars:
                lines, used = lines + 1, 0
            if used:
                used += 1 + size
                continue
            lines += (size - 1) // chars if size else 0
            used = size - chars * ((size - 1) // chars) if size else 0
        total += lines
    return total


def _fit(ws: Any, widths: dict[int, float]) -> None:
    """Set column widths (characters) from the measured contents, and the height of every row that holds
    wrapped text from the lines it needs (spreadsheets do not grow such rows by themselves when printing,
    so wrapped cells would run over the next rows)."""
    from openpyxl.utils import get_column_letter

    set_widths = {}
    for column, width in widths.items():
        set_widths[column] = max(6.0, min(float(MAX_WIDTH), width + 3.0))
        ws.column_dimensions[get_column_letter(column)].width = set_widths[column]
    merged = {}
    for cells in ws.merged_cells.ranges:
        span = sum(
            set_widths.get(c, ws.column_dimensions[get_column_letter(c)].width or 8.43)
            for c in range(cells.min_col, cells.max_col + 1)
        )
        merged[(cells.min_row, cells.min_col)] = span
    lines_of: dict[int, int] = {}
    for (row, column), cell in ws._cells.items():
        if cell.value is None or not (cell.alignment is not None and cell.alignment.wrap_text):
            continue
        width = merged.get(
            (row, column), set_widths.get(column) or ws.column_dimensions[get_column_letter(column)].width
        )
        lines = wrapped_lines(cell.value, float(width or 8.43))
        lines_of[row] = max(lines_of.get(row, 1), lines)
    for row, lines in lines_of.items():
        if lines > 1:
            ws.row_dimensions[row].height = 15.0 * lines + 2.0


def _header_width(text: str) -> float:
    """The width a wrapped header needs: its longest word, or a third of it (three lines)."""
    longest = max((len(w) for w in text.split()), default=0)
    return max(longest, min(len(text), 16), len(text) / 3.0)


def _print_setup(ws: Any, landscape: bool = True, title_rows: str | None = None) -> None:
    """Landscape A4, fitted to the page width, with the header repeated on every page."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows


# --------------------------------------------------------------------------------------------
# Sheets
# --------------------------------------------------------------------------------------------
def _service_sheet(w: _Writer, ws: Any, view: _View, lang: str) -> None:
    """A row per unit, sorted by deficit, with fills, frozen header, autofilter and a chart."""
    from openpyxl.formatting.rule import CellIsRule, ColorScaleRule
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    n = len(view.units)
    widths: dict[int, float] = {}
    header_style: dict[str, Any] = {"bold": True, "fill": HEADER_FILL, "wrap": True, "valign": "top"}
    for c, column in enumerate(view.columns, start=1):
        w.put(ws, 1, c, column.header, **header_style)
        widths[c] = _header_width(column.header)
        fmt = column.fmt
        sample = column.values
        if n > 2000:  # the widest values are among the largest ones; measure a sample of them
            sample = sorted((v for v in column.values if v is not None), key=lambda v: _text_width(v, fmt))[-50:]
        widths[c] = max(widths[c], max((_text_width(v, fmt) for v in sample), default=0))
        put = w.put
        for r, value in enumerate(column.values, start=2):
            put(ws, r, c, value, fmt)
    ws.row_dimensions[1].height = 48
    last_col = get_column_letter(len(view.columns))
    last_row = n + 1
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{last_col}{last_row}"
    keys = [col.key for col in view.columns]
    if "balance" in keys:
        letter = get_column_letter(keys.index("balance") + 1)
        ws.conditional_formatting.add(
            f"{letter}2:{letter}{last_row}",
            ColorScaleRule(
                start_type="min",
                start_color=RED,
                mid_type="num",
                mid_value=0,
                mid_color=WHITE,
                end_type="max",
                end_color=GREEN,
            ),
        )
    if "deficit" in keys:
        letter = get_column_letter(keys.index("deficit") + 1)
        ws.conditional_formatting.add(
            f"{letter}2:{letter}{last_row}",
            ColorScaleRule(start_type="num", start_value=0, start_color=WHITE, end_type="max", end_color=RED),
        )
    if "meets_norm" in keys:
        letter = get_column_letter(keys.index("meets_norm") + 1)
        no = tr("No", lang=lang).replace('"', '""')
        ws.conditional_formatting.add(
            f"{letter}2:{letter}{last_row}",
            CellIsRule(operator="equal", formula=[f'"{no}"'], fill=PatternFill("solid", bgColor=FAIL_FILL)),
        )
    _fit(ws, widths)

    chart = _deficit_chart(ws, view, lang)
    if chart is not None:
        ws.add_chart(chart, f"{get_column_letter(len(view.columns) + 2)}2")
    ws.print_area = f"A1:{last_col}{last_row}"
    _print_setup(ws, title_rows="1:1")


def _deficit_chart(ws: Any, view: _View, lang: str) -> Any:
    """A horizontal bar chart of the largest deficits (None when the sheet has no deficit column)."""
    from openpyxl.chart import BarChart, Reference

    keys = [col.key for col in view.columns]
    if "deficit" not in keys or not len(view.units):
        return None
    positive = int((view.units["deficit"].fillna(0) > 0).sum())
    bars = max(1, min(positive, CHART_UNITS))
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = tr("{service}: deficit, {unit} (largest {n})", lang=lang).format(
        service=view.title, unit=view.unit_label, n=bars
    )
    chart.legend = None
    dcol = keys.index("deficit") + 1
    chart.add_data(Reference(ws, min_col=dcol, min_row=1, max_row=bars + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=bars + 1))
    chart.y_axis.title = view.unit_label
    chart.x_axis.scaling.orientation = "maxMin"  # largest deficit at the top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.majorGridlines = None
    chart.series[0].graphicalProperties.solidFill = "C0504D"
    chart.x_axis.tickLblSkip = 1  # a label for every bar
    chart.width = 24
    chart.height = max(6.0, 0.8 * bars + 4.0)
    return chart


def _charts_sheet(ws: Any, views: list[_View], sheets: list[Any], lang: str) -> None:
    """All deficit charts one under another, for reading and printing (the data stay on their sheets)."""
    from openpyxl.worksheet.pagebreak import Break

    row, page = 1, 0.0
    for view, data in zip(views, sheets):
        chart = _deficit_chart(data, view, lang)
        if chart is None:
            continue
        if page and page + chart.height > PAGE_CM:  # keep every chart whole on one printed page
            ws.row_breaks.append(Break(id=row - 1))
            page = 0.0
        ws.add_chart(chart, f"A{row}")
        rows = math.ceil(chart.height / ROW_CM) + 2
        row += rows
        page += rows * ROW_CM
    _print_setup(ws, landscape=False)


def _summary_sheet(
    w: _Writer,
    ws: Any,
    views: list[_View],
    lang: str,
    meta: dict[str, Any],
    warnings: list[str],
    synthetic: list[str],
    changed: Sequence[str] = (),
) -> None:
    """One row per service with totals, failing units and facilities needed, warnings on top."""
    from openpyxl.utils import get_column_letter

    row = 1
    long_rows: list[tuple[int, str]] = []
    w.put(ws, row, 1, tr("Provision of the population with services: deficit report", lang=lang), bold=True, size=14)
    row += 1
    packs = sorted({p for v in views for p in v.packs})
    for pack, edition, digest in packs:
        text = tr("Norm pack: {pack}, edition {edition}, hash {hash}", lang=lang).format(
            pack=pack, edition=edition or "-", hash=digest[:12] or "-"
        )
        w.put(ws, row, 1, text)
        row += 1
    w.put(
        ws,
        row,
        1,
        tr("Created {date} by almaty_planner {version}", lang=lang).format(date=meta["date"], version=meta["version"]),
    )
    row += 1
    for reason in synthetic:
        text = tr(
            "WARNING: the report is based on synthetic (made-up) data: {reason}. Do not use it for decisions.",
            lang=lang,
        ).format(reason=reason)
        w.put(ws, row, 1, text, bold=True, color=WHITE, fill=WARN_FILL, size=12, wrap=True, valign="top")
        long_rows.append((row, text))
        row += 1
    for text in changed:
        w.put(ws, row, 1, text, bold=True, color=WHITE, fill=WARN_FILL, size=12, wrap=True, valign="top")
        long_rows.append((row, text))
        row += 1
    unverified = sorted({k for v in views for k in v.unverified})
    if unverified:
        text = tr(
            "Norm values not confirmed against the official text were used: {keys}. "
            "The results that depend on them are provisional.",
            lang=lang,
        ).format(keys="; ".join(norm_key_words(k, lang) for k in unverified))
        w.put(ws, row, 1, text, bold=True, fill=AMBER_FILL, wrap=True, valign="top")
        long_rows.append((row, text))
        row += 1
    for text in warnings:
        w.put(ws, row, 1, text, fill=AMBER_FILL, wrap=True, valign="top")
        long_rows.append((row, text))
        row += 1
    row += 1
    headers = [
        tr("Service", lang=lang),
        tr("Sheet", lang=lang),
        tr("Territories", lang=lang),
        tr("Total demand", lang=lang),
        tr("Total capacity", lang=lang),
        tr("Total deficit", lang=lang),
        tr("Provision, %", lang=lang),
        tr("Territories failing the norm", lang=lang),
        tr("Share of territories meeting the norm, %", lang=lang),
        tr("Facilities of typical size needed", lang=lang),
        tr("Method", lang=lang),
    ]
    header_row = row
    widths: dict[int, float] = {}
    for c, text in enumerate(headers, start=1):
        w.put(ws, row, c, text, bold=True, fill=HEADER_FILL, wrap=True, valign="top")
        widths[c] = _header_width(text)
    ws.row_dimensions[row].height = 48
    judged_total = met_total = 0
    for view in views:
        row += 1
        unit = view.unit_label.replace('"', "")
        number = f'#,##0 "{unit}"'
        provision = 100.0 * view.capacity / view.demand if view.demand and view.demand > 0 else None
        share = 100.0 * (view.judged - view.failing) / view.judged if view.judged else None
        judged_total += view.judged
        met_total += view.judged - view.failing
        values = [
            (view.title, None),
            (view.sheet, None),
            (len(view.units), INT),
            (view.demand, number),
            (view.capacity, number),
            (view.deficit, number),
            (provision, DEC1),
            (view.failing if view.judged else None, INT),
            (share, DEC1),
            (None if math.isnan(view.objects_needed) else view.objects_needed, INT),
            (", ".join(method_words(m, lang) for m in view.methods.split(", ") if m), None),
        ]
        for c, (value, fmt) in enumerate(values, start=1):
            w.put(ws, row, c, value, fmt)
            widths[c] = max(widths[c], _text_width(value, fmt) + (len(unit) + 1 if fmt == number else 0))
    ws.freeze_panes = ws.cell(row=header_row + 1, column=2).coordinate
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(headers))}{row}"
    row += 2
    overall = 100.0 * met_total / judged_total if judged_total else None
    notes = [
        tr(
            "Total deficit is the sum of the territories' deficits: a surplus in one territory does not cover a "
            "deficit in another. Provision, % = total capacity / total demand × 100.",
            lang=lang,
        ),
        tr(
            'The formula of the System of Regional Standards\' "sufficiency level" is not published. Instead this '
            "report shows, per service, the share of territories that meet the norm and, over all services, the share "
            "of checks (territory × service) that meet it: {share}.",
            lang=lang,
        ).format(share="-" if overall is None else f"{overall:.1f} %"),
        tr(
            'Norm values, their sources and confidence: sheet "{norms}". Inputs and warnings: sheet "{meta}".',
            lang=lang,
        ).format(norms=meta["norms_sheet"], meta=meta["meta_sheet"]),
    ]
    for text in notes:
        w.put(ws, row, 1, text, wrap=True, valign="top")
        long_rows.append((row, text))
        row += 1
    _fit(ws, dict(widths.items()))
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width, 24)
    last = get_column_letter(len(headers))
    total = sum(ws.column_dimensions[get_column_letter(c)].width for c in range(1, len(headers) + 1))
    for r, text in long_rows:  # warnings and notes: one merged, wrapped cell across the table
        ws.merge_cells(f"A{r}:{last}{r}")
        lines = max(1, math.ceil(len(text) * 1.1 / max(total, 1.0)))
        ws.row_dimensions[r].height = 15 * lines + 3
    _print_setup(ws)


NORM_FIELDS = ("pack", "edition", "hash", "service", "key", "value", "unit", "document", "clause", "confidence", "note")
"""The fields of a norm row (:func:`used_norm_rows`, or the caller's ``norms``); optional fields below."""
EXTRA_NORM_FIELDS = ("tier", "development", "field", "document_edition")
CONFIRMED = ("c", "confirmed")


def _norm_value(row: dict[str, Any], name: str) -> Any:
    """A field of a norm row, accepting the pack-style names (``norm_pack``, ``pack_id``)."""
    for key in (name, f"norm_{name}", f"pack_{name}" if name != "pack" else "pack_id", f"norm_pack_{name}"):
        if key in row and row[key] is not None:
            return row[key]
    return None


def used_norm_rows(tables: Sequence[pd.DataFrame]) -> list[dict[str, Any]]:
    """The norm values the result tables say they used (field ``norms_used``), once each, with their pack.

    Sorted by pack, service, key, cohort field, tier and development. A field that is not a list of
    norm use records (e.g. cut short by a format that limits text length) is refused, naming the row.
    """
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for i, table in enumerate(tables):
        if not isinstance(table, pd.DataFrame) or "norms_used" not in table.columns:
            continue
        layer = _layer_name(i, table)
        cols = [c for c in ("norm_pack", "norm_pack_edition", "norm_pack_hash") if c in table.columns]
        decoded: dict[str, list[NormUse]] = {}
        for pos, (label, text) in enumerate(zip(table.index, table["norms_used"].tolist())):
            key = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
            if key not in decoded:
                try:
                    decoded[key] = decode_uses(key)
                except (ValueError, TypeError):
                    raise InputError(
                        tr("the field is not a list of the norm values used (was the text cut short?)"),
                        layer=layer,
                        feature=label,
                        field="norms_used",
                    ) from None
            pack = [_text(table[c].iloc[pos]) for c in cols] + [""] * (3 - len(cols))
            for use in decoded[key]:
                row = {
                    "pack": pack[0],
                    "edition": pack[1],
                    "hash": pack[2],
                    "service": use.service,
                    "key": use.key,
                    "value": use.value,
                    "unit": use.unit,
                    "document": use.document,
                    "clause": use.clause,
                    "confidence": use.confidence,
                    "note": use.note,
                    "unverified": use.unverified,
                    "tier": use.tier,
                    "development": use.development,
                    "field": use.field,
                    "document_edition": use.edition,
                }
                rows.setdefault((pack[0], pack[2], *use.identity), row)
    order = sorted(
        rows,
        key=lambda k: tuple((0, "") if v is None else (1, str(v)) for v in k),
    )
    return [rows[k] for k in order]


def _text(value: Any) -> str:
    """A cell value as text, empty for missing values."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def pack_changes(tables: Sequence[pd.DataFrame], packs: Mapping[str, Any], lang: str | None = None) -> list[str]:
    """One warning per norm pack whose installed content differs from the one the results were computed with.

    ``packs``: the packs installed now, by id (``content_hash`` is compared with the tables'
    ``norm_pack_hash``). A pack the tables name that is not installed is reported too.
    """
    seen: dict[tuple[str, str], None] = {}
    for table in tables:
        if isinstance(table, pd.DataFrame) and {"norm_pack", "norm_pack_hash"} <= set(table.columns):
            for pack_id, digest in table[["norm_pack", "norm_pack_hash"]].drop_duplicates().itertuples(index=False):
                if _text(pack_id):
                    seen.setdefault((_text(pack_id), _text(digest)), None)
    out = []
    for pack_id, digest in seen:
        message = pack_change(pack_id, digest, packs.get(pack_id), lang)
        if message:
            out.append(message)
    return out


@dataclass
class _NormColumn:
    """One column of the norms sheet: its header, the text width it may take (None: never wrapped) and
    whether it is printed (the id columns at the right end are for scripts, not for paper)."""

    header: str
    wrap_at: float | None = None
    printed: bool = True


def _norm_columns(lang: str) -> list[_NormColumn]:
    """The norms sheet's columns: in words for the planner first, then the same things as ids."""
    return [
        _NormColumn(tr("Service", lang=lang), 18),
        _NormColumn(tr("Norm", lang=lang), 26),
        _NormColumn(tr("Value", lang=lang)),
        _NormColumn(tr("Unit", lang=lang), 16),
        _NormColumn(tr("Settlement tier", lang=lang)),
        _NormColumn(tr("Development type", lang=lang), 14),
        _NormColumn(tr("Cohort field", lang=lang)),
        _NormColumn(tr("Confidence", lang=lang), 16),
        _NormColumn(tr("Verified", lang=lang)),
        _NormColumn(tr("Document", lang=lang), 30),
        _NormColumn(tr("Clause", lang=lang), 24),
        _NormColumn(tr("Edition of the document", lang=lang), 14),
        _NormColumn(tr("Note", lang=lang), 36),
        _NormColumn(tr("Norm pack", lang=lang), 16),
        _NormColumn(tr("Edition", lang=lang), 12),
        _NormColumn(tr("Hash (SHA-256)", lang=lang), None, printed=False),
        _NormColumn(tr("Service (id)", lang=lang), None, printed=False),
        _NormColumn(tr("Key", lang=lang), None, printed=False),
        _NormColumn(tr("Unit (id)", lang=lang), None, printed=False),
        _NormColumn(tr("Development type (id)", lang=lang), None, printed=False),
        _NormColumn(tr("Confidence (id)", lang=lang), None, printed=False),
    ]


def _norm_cells(norm: dict[str, Any], names: _Names, lang: str) -> tuple[list[Any], bool]:
    """The cells of one norm row (in the order of :func:`_norm_columns`) and whether it is unverified."""
    got = {f: _norm_value(norm, f) for f in NORM_FIELDS}
    extra = {f: norm.get(f) for f in EXTRA_NORM_FIELDS}
    confidence = _text(got["confidence"]).strip()
    flag = norm.get("is_unverified", norm.get("unverified"))
    unverified = bool(flag) if flag is not None else confidence.lower() not in CONFIRMED
    verified = confidence.lower() in CONFIRMED and not unverified
    service, key, unit = _text(got["service"]), _text(got["key"]), _text(got["unit"])
    cohort = _text(extra["field"])
    development = _text(extra["development"])
    words_key = f"{key} ({cohort})" if cohort and key in ("coverage_pct", "demand_rate") else key
    cells = [
        definitions.service_words(service, lang, names.packs.get(service)) if service else "",
        norm_key_words(words_key, lang) if key else "",
        got["value"],
        definitions.value_unit_label(unit, service, lang),
        extra["tier"],
        definitions.development_label(development, lang),
        cohort,
        definitions.confidence_label(confidence, lang),
        tr("Yes", lang=lang) if verified else tr("No", lang=lang),
        got["document"],
        got["clause"],
        extra["document_edition"],
        got["note"],
        got["pack"],
        got["edition"],
        got["hash"],
        service,
        key,
        unit,
        development,
        confidence,
    ]
    return cells, unverified


def _norms_sheet(
    w: _Writer, ws: Any, norms: list[dict[str, Any]] | None, views: list[_View], lang: str, names: _Names | None = None
) -> None:
    """The norms used: service, norm, value and unit in words, tier and development, confidence, document,
    clause and note, pack; then the service, key, unit, development and confidence as ids (not printed)."""
    from openpyxl.utils import get_column_letter

    columns = _norm_columns(lang)
    names = names or _Names()
    widths: dict[int, float] = {}
    for c, column in enumerate(columns, start=1):
        w.put(ws, 1, c, column.header, bold=True, fill=HEADER_FILL, wrap=True, valign="top")
        words = column.header.split()
        widths[c] = max(max((len(word) for word in words), default=0), len(column.header) / 3.0)
    row = 1
    rows = norms or []
    for norm in rows:
        if not isinstance(norm, dict):
            raise InputError(tr("a norm row is not a mapping"), layer=tr("norms"), feature=row)
        row += 1
        values, unverified = _norm_cells(norm, names, lang)
        kind = {"fill": AMBER_FILL} if unverified else {}
        for c, (column, value) in enumerate(zip(columns, values), start=1):
            number = c == 3 and isinstance(value, (int, float))
            fmt = "General" if number else None
            wrap = {"wrap": True} if column.wrap_at and value not in (None, "") else {"indent": 1} if number else {}
            w.put(ws, row, c, "" if value is None else value, fmt, valign="top", **kind, **wrap)
            size = _text_width(value, None)
            widths[c] = max(widths[c], min(size, column.wrap_at) if column.wrap_at else min(size, MAX_WIDTH))
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(row, 2)}"
    row += 2
    if not rows:
        w.put(
            ws, row, 1, tr("The norm values were not passed to the report; the packs used were:", lang=lang), bold=True
        )
        row += 1
        for pack, edition, digest in sorted({p for v in views for p in v.packs}):
            for c, value in enumerate((pack, edition, digest), start=1):
                w.put(ws, row, c, value)
            row += 1
        row += 1
    printed = sum(1 for column in columns if column.printed)
    legend = tr(
        "Confidence: {confirmed} = checked against the official text; {secondary} = taken from a secondary "
        "source; {derived} = computed, e.g. from statistics; {unverified} = not checked (highlighted). Only "
        "the values {confirmed} count as verified. Each row is a value the checks used, for the settlement tier "
        'and development type it was used for (empty: every unit). The columns after "{last}" hold the '
        "pack's hash and the service, norm, unit, development type and confidence as ids, for scripts; they "
        "are not printed.",
        lang=lang,
    ).format(
        confirmed=definitions.confidence_label("confirmed", lang),
        secondary=definitions.confidence_label("secondary", lang),
        derived=definitions.confidence_label("derived", lang),
        unverified=definitions.confidence_label("unverified", lang),
        last=columns[printed - 1].header,
    )
    w.put(ws, row, 1, legend, wrap=True, valign="top")
    last = get_column_letter(printed)
    ws.merge_cells(f"A{row}:{last}{row}")  # one wrapped cell across the printed table
    _fit(ws, widths)
    ws.print_area = f"A1:{last}{row}"
    _print_setup(ws, title_rows="1:1")


def _inputs(meta: dict[str, Any]) -> list[tuple[str, str, Any, str]]:
    """The run's inputs as (name, path, feature count, fields used) from a list of dicts or a name-keyed dict.

    A memory layer has no file: its path is given as "(memory layer)" rather than its URI."""
    raw = meta.get("inputs") or []
    out = []
    if isinstance(raw, dict):
        raw = [{"name": k, **(v if isinstance(v, dict) else {"path": v})} for k, v in raw.items()]
    for item in raw:
        if isinstance(item, dict):
            count = item.get("features", item.get("feature_count", item.get("count")))
            path = str(item.get("path", "") or "")
            if path.startswith("memory") or "memory?" in path or path.startswith("Point?") or "?crs=" in path:
                path = ""
            fields = item.get("fields", "")
            if isinstance(fields, dict):
                fields = "; ".join(f"{k}: {v}" for k, v in fields.items() if v)
            out.append((str(item.get("name", item.get("layer", ""))), path, count, str(fields or "")))
        else:
            out.append((str(item), "", None, ""))
    return out


def _meta_sheet(w: _Writer, ws: Any, meta: dict[str, Any], views: list[_View], warnings: list[str], lang: str) -> None:
    """Inputs (paths and feature counts), CRS, method, date, plugin version and warnings."""
    widths = {1: 12.0, 2: 12.0, 3: 12.0}
    methods = ", ".join(dict.fromkeys(method_words(m, lang) for v in views for m in v.methods.split(", ") if m))
    items = [
        (tr("Report created", lang=lang), meta["date"]),
        (tr("Plugin version", lang=lang), meta["version"]),
        (tr("Language", lang=lang), lang),
        (tr("Method", lang=lang), methods_in_words(str(meta["method"]), lang) if meta.get("method") else methods),
        (tr("Coordinate reference system", lang=lang), meta.get("crs")),
    ]
    for pack, edition, digest in sorted({p for v in views for p in v.packs}):
        items.append((tr("Norm pack", lang=lang), f"{pack} ({edition}) {digest}"))
    skip = {"inputs", "warnings", "date", "version", "plugin_version", "method", "crs", "synthetic", "synthetic_reason"}
    for key, value in meta.items():
        if key not in skip and not key.endswith("_sheet") and value is not None:
            items.append((str(key), value if isinstance(value, (int, float)) else str(value)))
    row = 0
    for label, value in items:
        row += 1
        w.put(ws, row, 1, label, bold=True)
        w.put(ws, row, 2, value)
        widths[1] = max(widths[1], len(label))
        widths[2] = max(widths[2], min(_text_width(value, None), 80))
    row += 2
    w.put(ws, row, 1, tr("Inputs", lang=lang), bold=True, size=12)
    row += 1
    headings = (tr("Layer", lang=lang), tr("Path", lang=lang), tr("Features", lang=lang), tr("Fields used", lang=lang))
    for c, text in enumerate(headings, start=1):
        w.put(ws, row, c, text, bold=True, fill=HEADER_FILL)
    widths.setdefault(4, 12.0)
    for name, path, count, fields in _inputs(meta):
        row += 1
        w.put(ws, row, 1, name, wrap=True, valign="top")
        w.put(ws, row, 2, path or tr("(memory layer, not saved)", lang=lang), wrap=True, valign="top")
        w.put(ws, row, 3, count, INT)
        w.put(ws, row, 4, fields, wrap=True, valign="top")
        widths[1] = max(widths[1], min(len(name), 40))
        widths[2] = max(widths[2], min(len(path), 60))
        widths[4] = max(widths[4], min(len(fields), 45))
    row += 2
    w.put(ws, row, 1, tr("Warnings", lang=lang), bold=True, size=12)
    if not warnings:
        row += 1
        w.put(ws, row, 1, tr("none", lang=lang))
    for text in warnings:
        row += 1
        w.put(ws, row, 1, text, fill=AMBER_FILL)
    _fit(ws, widths)
    _print_setup(ws, landscape=False)


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------
def _synthetic(meta: dict[str, Any], tables: Sequence[pd.DataFrame], lang: str) -> list[str]:
    """Reasons to flag the report as based on synthetic data (run_meta flag or a ``synthetic`` column)."""
    reasons: list[str] = []
    flag = meta.get("synthetic")
    if flag:
        reason = meta.get("synthetic_reason") or (flag if isinstance(flag, str) else "")
        reasons.append(str(reason) or tr("declared in the run's metadata", lang=lang))
    for table in tables:
        if isinstance(table, pd.DataFrame) and "synthetic" in table.columns:
            marked = pd.to_numeric(table["synthetic"], errors="coerce").fillna(0) != 0
            if marked.any():
                reasons.append(
                    tr("{n} of {total} territories of {service} are marked synthetic", lang=lang).format(
                        n=int(marked.sum()),
                        total=len(table),
                        service=", ".join(service_words(sv, lang) for sv in _distinct(table, "service")),
                    )
                )
    return reasons


def _full_names(
    tables: Sequence[pd.DataFrame], meta: dict[str, Any], warnings: list[str], lang: str | None = None
) -> list[pd.DataFrame]:
    """The tables with Shapefile-cut result field names restored (``norm_pac_1`` -> ``norm_pack_hash``)."""
    from almaty_planner.core.results import restore_shapefile_names

    inputs = meta.get("inputs") or []
    out = []
    for n, table in enumerate(tables):
        name = str(inputs[n].get("name", "")) if n < len(inputs) and isinstance(inputs[n], dict) else ""
        table, notes = restore_shapefile_names(table, layer=name, lang=lang)
        warnings.extend(notes)
        if notes and "norms_used" in table.columns and not _decodes(table["norms_used"]):
            # a Shapefile keeps at most 254 characters of text: the record of norm values is cut short
            table = table.drop(columns="norms_used")
            warnings.append(
                tr(
                    "{layer}: the record of the norm values used (field norms_used) was cut short by the "
                    "Shapefile format; the norms sheet does not list them for this layer (save results as "
                    "GeoPackage to keep it)",
                    lang=lang,
                ).format(layer=name or tr("result layer", lang=lang))
            )
        out.append(table)
    return out


def _decodes(column: pd.Series) -> bool:
    """True when every value of a ``norms_used`` column is a whole record of norm uses."""
    for text in column.dropna().astype(str).unique().tolist():
        try:
            decode_uses(text)
        except (ValueError, TypeError):
            return False
    return True


def write_deficit_report(
    path: PathLike,
    tables: Sequence[pd.DataFrame],
    *,
    language: str | None = None,
    norms: list[dict[str, Any]] | None = None,
    run_meta: dict[str, Any] | None = None,
    capacity_units: dict[str, str] | None = None,
    trajectories: Sequence[Any] = (),
    packs: Mapping[str, Any] | None = None,
) -> Path:
    """Write the Excel deficit report of ``tables`` to ``path`` (xlsx) and return the path.

    ``language``: ``en``, ``ru`` or ``kk`` (default: the current language of the core, which the
    plugin sets from the QGIS locale). The norms sheet lists the values the checks used, read from
    the tables' ``norms_used`` field (:func:`used_norm_rows`); ``norms`` replaces them with rows of
    pack, edition, hash, service, key, value, unit, document, clause, confidence, note (optional
    ``is_unverified``, ``tier``, ``development``, ``field``, ``document_edition``). ``packs``: the
    norm packs installed now, by id: they name services the plugin does not know and give their
    capacity units, and a pack whose hash differs from the tables' ``norm_pack_hash`` is flagged on
    the summary (:func:`pack_changes`). ``run_meta``:
    ``inputs`` (list of dicts name/path/features), ``crs``, ``method``, ``date``, ``version``,
    ``warnings`` (list of text), ``synthetic`` (bool or reason) and ``synthetic_reason``.
    ``capacity_units``: service -> capacity unit of the norm pack (places, visits_per_shift, beds,
    m2, residents). ``trajectories``: results of :func:`almaty_planner.core.trajectory.compute_trajectory`,
    each adding a trajectory sheet (units x years) and a sheet of the city's deficit per year against
    the targets, with its line chart. Raises InputError for bad tables and OutputError when the file cannot be
    written (an existing report is then left as it was).
    """
    from openpyxl import Workbook

    lang = normalize_language(language or _current_language())
    meta = dict(run_meta or {})
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(target.suffix + ".xlsx") if target.suffix else target.with_suffix(".xlsx")
    raw_warnings = meta.get("warnings") or []
    warnings = [str(raw_warnings)] if isinstance(raw_warnings, str) else [str(x) for x in raw_warnings]
    tables = _full_names(tables, meta, warnings, lang)
    names = _Names(dict(capacity_units or {}), _packs_by_service(tables, packs or {}))
    views = _views(list(tables), lang, names)
    if norms is None:
        norms = used_norm_rows(tables)
    changed = pack_changes(tables, packs, lang) if packs is not None else []
    date = meta.get("date") or _dt.datetime.now().replace(microsecond=0)
    meta["date"] = date.isoformat(sep=" ") if isinstance(date, _dt.datetime) else str(date)
    meta["version"] = str(meta.get("version") or meta.get("plugin_version") or plugin_version())
    synthetic = _synthetic(meta, tables, lang)

    wb = Workbook()
    wb.remove(wb.active)
    w = _Writer(wb)
    taken: list[str] = []

    def new_sheet(name: str) -> Any:
        title = sheet_title(name, taken)
        taken.append(title)
        return wb.create_sheet(title)

    summary = new_sheet(tr("Summary", lang=lang))
    charts = new_sheet(tr("Charts", lang=lang))
    sheets = []
    for view in views:
        ws = new_sheet(view.sheet)
        view.sheet = ws.title
        sheets.append(ws)
    for result in trajectories:
        add_trajectory_sheets(w, new_sheet, result, lang)
    norms_ws = new_sheet(tr("Norms", lang=lang))
    meta_ws = new_sheet(tr("Run metadata", lang=lang))
    meta["norms_sheet"], meta["meta_sheet"] = norms_ws.title, meta_ws.title
    all_warnings = [tr("Synthetic data: {reason}", lang=lang).format(reason=r) for r in synthetic] + changed + warnings
    unverified = sorted({k for v in views for k in v.unverified})
    if unverified:
        all_warnings.append(
            tr("Unverified norm values used: {keys}", lang=lang).format(
                keys="; ".join(norm_key_words(k, lang) for k in unverified)
            )
        )

    _summary_sheet(w, summary, views, lang, meta, warnings, synthetic, changed)
    for view, ws in zip(views, sheets):
        _service_sheet(w, ws, view, lang)
    _charts_sheet(charts, views, sheets, lang)
    _norms_sheet(w, norms_ws, norms, views, lang, names)
    _meta_sheet(w, meta_ws, meta, views, all_warnings, lang)
    wb.properties.title = tr("Deficit report", lang=lang)
    wb.properties.creator = f"almaty_planner {meta['version']}"
    wb.properties.language = lang
    out = write_atomically(target, wb.save)
    log.info("deficit report written: %s (%d services, language %s)", out, len(views), lang)
    return out


# --------------------------------------------------------------------------------------------
# Trajectories (core/trajectory.py): units x years, and the city's deficit against the targets
# --------------------------------------------------------------------------------------------
def _service_title(service: str, lang: str) -> str:
    """The report's name of a service (its id when the report has no name for it)."""
    return definitions.service_name(service, None, lang)


def add_trajectory_sheets(w: _Writer, new_sheet: Any, result: Any, lang: str) -> list[Any]:
    """A trajectory sheet per scenario (units x years, fills) and the city sheet with its line chart."""
    service = str(result.meta.get("service", ""))
    title = _service_title(service, lang)
    sheets = []
    for scenario in result.meta.get("scenarios", ["baseline"]):
        name = tr("Trajectory {service}", lang=lang).format(service=title)
        if scenario != "baseline":
            name = f"{title} {scenario}"
        ws = new_sheet(name)
        _trajectory_sheet(w, ws, result, scenario, lang)
        sheets.append(ws)
    ws = new_sheet(tr("By year {service}", lang=lang).format(service=title))
    _trajectory_city_sheet(w, ws, result, lang)
    sheets.append(ws)
    return sheets


def _scenario_label(name: str, lang: str) -> str:
    """The baseline's name in the report's language; other scenarios by the name the planner gave."""
    return tr("baseline", lang=lang) if name == "baseline" else str(name)


def _trajectory_sheet(w: _Writer, ws: Any, result: Any, scenario: str, lang: str) -> None:
    """Units x years of one scenario: deficit per year, first year the norm is met, deficit summed."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    unit = definitions.capacity_unit_label(
        str(result.meta.get("capacity_unit") or ""), str(result.meta.get("service") or ""), lang
    )
    years = list(result.years)
    rows = result.table[result.table["scenario"] == scenario]
    deficit = rows.pivot(index="unit", columns="year", values="deficit")
    meets = rows.pivot(index="unit", columns="year", values="meets_norm")
    names = rows.drop_duplicates("unit").set_index("unit")["unit_name"]
    order = deficit.sum(axis=1).sort_values(ascending=False, kind="stable").index
    first: dict[Any, Any] = {}
    for uid in order:
        row = meets.loc[uid].tolist()
        year = None
        for k in range(len(years) - 1, -1, -1):
            if not row[k]:
                break
            year = years[k]
        first[uid] = year
    header_style: dict[str, Any] = {"bold": True, "fill": HEADER_FILL, "wrap": True, "valign": "top"}
    headers = [tr("Planning unit", lang=lang), *[str(y) for y in years]]
    headers += [tr("Meets the norm from", lang=lang), tr("Deficit summed over the years", lang=lang)]
    widths: dict[int, float] = {}
    for c, text in enumerate(headers, start=1):
        w.put(ws, 1, c, text, **header_style)
        widths[c] = _header_width(text)
    for r, uid in enumerate(order, start=2):
        name = names.get(uid, uid)
        w.put(ws, r, 1, str(name))
        widths[1] = max(widths[1], _text_width(str(name), None))
        for c, year in enumerate(years, start=2):
            value = float(deficit.loc[uid, year])
            w.put(ws, r, c, value, "#,##0")
            widths[c] = max(widths[c], _text_width(value, "#,##0"))
        w.put(ws, r, len(years) + 2, first[uid])
        total = float(deficit.loc[uid].sum())
        w.put(ws, r, len(years) + 3, total, "#,##0")
        widths[len(years) + 3] = max(widths[len(years) + 3], _text_width(total, "#,##0"))
    last_row = len(order) + 1
    total_row = last_row + 1
    w.put(ws, total_row, 1, tr("City", lang=lang), bold=True)
    for c in range(2, len(years) + 2):
        w.put(ws, total_row, c, float(deficit[years[c - 2]].sum()), "#,##0", bold=True)
    w.put(ws, total_row, len(years) + 3, float(deficit.to_numpy().sum()), "#,##0", bold=True)
    note = tr(
        "Deficit in {unit} per unit and year ({scenario}); {method}, norm pack {pack} {edition}. "
        "Red: a deficit, green: the norm is met.",
        lang=lang,
    ).format(
        unit=unit,
        scenario=_scenario_label(scenario, lang),
        method=methods_in_words(str(result.meta.get("method", "")), lang),
        pack=result.meta.get("norm_pack", ""),
        edition=result.meta.get("norm_pack_edition", ""),
    )
    w.put(ws, total_row + 2, 1, note, wrap=True, valign="top")
    ws.merge_cells(start_row=total_row + 2, start_column=1, end_row=total_row + 2, end_column=len(headers))
    ws.row_dimensions[total_row + 2].height = 30
    unverified = result.meta.get("norm_unverified") or []
    if unverified:
        keys = "; ".join(norm_key_words(k, lang) for k in unverified)
        text = tr("Unverified norm values used: {keys}", lang=lang).format(keys=keys)
        w.put(ws, total_row + 3, 1, text, color=WARN_FILL)
    ws.row_dimensions[1].height = 48
    ws.freeze_panes = "B2"
    first_col, last_col = get_column_letter(2), get_column_letter(len(years) + 1)
    cells = f"{first_col}2:{last_col}{last_row}"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last_row}"
    # fills by value bands (a colour scale would paint 0 too, and LibreOffice lets it override)
    top = float(np.nanmax(deficit.to_numpy())) if deficit.size else 0.0
    bands = [("equal", ["0"], "C6EFCE")]
    if top > 0:
        bands += [
            ("between", ["0.000001", f"{top / 3:.6f}"], "FCE4E4"),
            ("between", [f"{top / 3:.6f}", f"{2 * top / 3:.6f}"], "F4B183"),
            ("greaterThan", [f"{2 * top / 3:.6f}"], RED),
        ]
    for operator, formula, colour in bands:
        ws.conditional_formatting.add(
            cells, CellIsRule(operator=operator, formula=formula, fill=PatternFill("solid", bgColor=colour))
        )
    _fit(ws, widths)
    ws.print_area = f"A1:{get_column_letter(len(headers))}{total_row + 3}"
    _print_setup(ws, title_rows="1:1")


def _trajectory_city_sheet(w: _Writer, ws: Any, result: Any, lang: str) -> None:
    """The city's demand, capacity and deficit per year of every scenario, the targets, and the line chart."""
    from openpyxl.chart import LineChart, Reference

    city = result.city
    scenarios = list(result.meta.get("scenarios", ["baseline"]))
    years = list(result.years)
    header_style: dict[str, Any] = {"bold": True, "fill": HEADER_FILL, "wrap": True, "valign": "top"}
    headers = [tr("Year", lang=lang), tr("Demand", lang=lang), tr("Capacity", lang=lang)]
    headers += [tr("Deficit ({scenario})", lang=lang).format(scenario=_scenario_label(s, lang)) for s in scenarios]
    headers += [tr("Target", lang=lang), tr("Above the target", lang=lang)]
    headers += [tr("Change against the baseline ({scenario})", lang=lang).format(scenario=s) for s in scenarios[1:]]
    widths: dict[int, float] = {}
    for c, text in enumerate(headers, start=1):
        w.put(ws, 1, c, text, **header_style)
        widths[c] = _header_width(text)
    by = city.set_index(["scenario", "year"])
    for r, year in enumerate(years, start=2):
        base = by.loc[("baseline", year)]
        values: list[Any] = [year, float(base["demand"]), float(base["capacity"])]
        values += [float(by.loc[(s, year), "deficit"]) for s in scenarios]
        target = base["target"]
        has_target = target == target
        values += [float(target) if has_target else None, float(base["above_target"]) if has_target else None]
        values += [float(by.loc[(s, year), "deficit"] - base["deficit"]) for s in scenarios[1:]]
        for c, value in enumerate(values, start=1):
            fmt = None if c == 1 else "#,##0"
            w.put(ws, r, c, value, fmt)
            widths[c] = max(widths[c], _text_width(value, fmt))
    last = len(years) + 1
    row = last + 2
    for name in scenarios:
        total = f"{result.deficit_years.get(name, 0.0):,.0f}"
        text = tr("Deficit summed over units and years ({scenario})", lang=lang).format(
            scenario=_scenario_label(name, lang)
        )
        w.put(ws, row, 1, f"{text}: {total}", bold=True)
        row += 1
    if result.meta.get("service") in ("school", "kindergarten"):
        w.put(ws, row, 1, tr("For schools and kindergartens: child-years without a place.", lang=lang))
    ws.row_dimensions[1].height = 48
    ws.freeze_panes = "A2"
    _fit(ws, widths)

    chart = LineChart()
    chart.title = tr("City deficit per year against the targets", lang=lang)
    chart.style = 12
    chart.y_axis.title = tr("Deficit", lang=lang)
    chart.x_axis.title = tr("Year", lang=lang)
    first_deficit = 4
    n_lines = len(scenarios) + 1  # every scenario's deficit and the target
    chart.add_data(
        Reference(ws, min_col=first_deficit, max_col=first_deficit + n_lines - 1, min_row=1, max_row=last),
        titles_from_data=True,
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    colours = ["C0504D", "4F81BD", "9BBB59", "8064A2", "F79646"]
    for k, series in enumerate(chart.series):
        series.smooth = False
        series.graphicalProperties.line.width = 28000
        if k == len(chart.series) - 1:  # the targets: dashed black, points only where given
            series.graphicalProperties.line.solidFill = "000000"
            series.graphicalProperties.line.dashStyle = "dash"
            series.marker.symbol = "diamond"
        else:
            series.graphicalProperties.line.solidFill = colours[k % len(colours)]
            series.marker.symbol = "circle"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.scaling.min = 0  # the targets are far below the deficits: keep them on the chart
    chart.width = 22
    chart.height = 10
    ws.add_chart(chart, f"A{row + 2}")
    _print_setup(ws, landscape=True)
    ws.page_setup.fitToHeight = 1  # the table and its chart on one page


def write_trajectory_report(path: PathLike, result: Any, *, language: str | None = None) -> Path:
    """An Excel workbook of one trajectory: its sheets (units x years, city by year and chart) and a note of the run."""
    from openpyxl import Workbook

    lang = normalize_language(language or _current_language())
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    wb = Workbook()
    wb.remove(wb.active)
    w = _Writer(wb)
    taken: list[str] = []

    def new_sheet(name: str) -> Any:
        title = sheet_title(name, taken)
        taken.append(title)
        return wb.create_sheet(title)

    add_trajectory_sheets(w, new_sheet, result, lang)
    ws = new_sheet(tr("Run metadata", lang=lang))
    meta = result.meta
    lines = [
        (tr("Norm pack", lang=lang), f"{meta.get('norm_pack', '')} {meta.get('norm_pack_edition', '')}"),
        (tr("Norm pack hash", lang=lang), meta.get("norm_pack_hash", "")),
        (tr("Method", lang=lang), methods_in_words(str(meta.get("method", "")), lang)),
        (tr("Years", lang=lang), f"{result.years[0]}-{result.years[-1]}"),
        (tr("Year of the population figures", lang=lang), meta.get("base_year")),
        (tr("Version", lang=lang), plugin_version()),
    ]
    for r, (key, value) in enumerate(lines, start=1):
        w.put(ws, r, 1, key, bold=True)
        w.put(ws, r, 2, value)
    for k, text in enumerate(result.warnings, start=len(lines) + 2):
        w.put(ws, k, 1, str(text))
    _fit(ws, {1: 32.0, 2: 40.0})
    wb.properties.title = tr("Deficit trajectory", lang=lang)
    wb.properties.language = lang
    return write_atomically(target, wb.save)


# --------------------------------------------------------------------------------------------
# Where to build (placement)
# --------------------------------------------------------------------------------------------
def placement_curve_chart(ws: Any, first_row: int, last_row: int, lang: str, unit_label: str) -> Any:
    """A line chart of the deficit within the norm after N new facilities (columns A: N, B: deficit)."""
    from openpyxl.chart import LineChart, Reference

    chart = LineChart()
    chart.title = tr("Deficit within the norm after N new facilities", lang=lang)
    chart.style = 12
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=first_row - 1, max_row=last_row), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first_row, max_row=last_row))
    chart.x_axis.title = tr("New facilities", lang=lang)
    chart.y_axis.title = unit_label
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.series[0].smooth = False
    chart.width = 22
    chart.height = 11
    return chart


def write_placement_report(
    path: PathLike,
    sites: pd.DataFrame,
    units: pd.DataFrame,
    curve: pd.DataFrame,
    meta: dict[str, Any],
    *,
    left_out: pd.DataFrame | None = None,
    language: str | None = None,
) -> Path:
    """Write the placement (where to build) as an Excel workbook: the curve with its chart, the chosen
    sites in order, the units before and after, the candidates left out and the run (method, proof)."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    lang = normalize_language(language or _current_language())
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    unit_label = definitions.capacity_unit_label(
        str(meta.get("capacity_unit") or ""), str(meta.get("service") or ""), lang
    )
    wb = Workbook()
    w = _Writer(wb)
    bold: dict[str, Any] = {"bold": True, "fill": HEADER_FILL, "wrap": True, "valign": "top"}

    ws = wb.active
    ws.title = sheet_title(tr("Where to build", lang=lang))
    rows = [
        (tr("Service", lang=lang), meta.get("service")),
        (tr("Method", lang=lang), meta.get("method")),
        (tr("How the answer was found", lang=lang), meta.get("status")),
        (tr("Optimality proven", lang=lang), _yes_no(meta.get("proven_optimal"), lang)),
        (tr("Gap to the solver's bound, %", lang=lang), None if meta.get("gap") is None else 100 * meta["gap"]),
        (tr("Deficit within the norm before, {unit}", lang=lang).format(unit=unit_label), meta.get("deficit_before")),
        (tr("Served by the new facilities, {unit}", lang=lang).format(unit=unit_label), meta.get("served_new")),
        (tr("Deficit within the norm after, {unit}", lang=lang).format(unit=unit_label), meta.get("deficit_after")),
        (tr("Sites chosen", lang=lang), meta.get("sites_chosen")),
        (tr("Capacity of a new facility", lang=lang), meta.get("capacity_source")),
        (tr("Distance", lang=lang), meta.get("distance")),
        (tr("Radius, m", lang=lang), ", ".join(f"{r:g}" for r in meta.get("radius_m") or [])),
        (tr("Norm pack", lang=lang), f"{meta.get('norm_pack', '')} {meta.get('norm_pack_edition', '')}".strip()),
    ]
    for r, (label, value) in enumerate(rows, start=1):
        w.put(ws, r, 1, label, bold=True)
        w.put(ws, r, 2, value, "#,##0.0" if isinstance(value, float) else None)
    top = len(rows) + 3
    w.put(ws, top, 1, tr("New facilities", lang=lang), **bold)
    w.put(ws, top, 2, tr("Deficit within the norm, {unit}", lang=lang).format(unit=unit_label), **bold)
    for r, (n, deficit) in enumerate(zip(curve["new_facilities"], curve["deficit_after"]), start=top + 1):
        w.put(ws, r, 1, int(n))
        w.put(ws, r, 2, float(deficit), "#,##0")
    _fit(ws, {1: 44.0, 2: 30.0})
    ws.add_chart(placement_curve_chart(ws, top + 1, top + len(curve), lang, unit_label), f"D{top}")
    _print_setup(ws)
    ws.page_setup.fitToHeight = 1  # the summary, the curve and its chart on one page

    def table(title: str, frame: pd.DataFrame) -> None:
        sheet = wb.create_sheet(sheet_title(title, wb.sheetnames))
        # the machine record of the norms used (JSON) stays in the layers; the sheet shows the rest
        skip = {getattr(frame, "_geometry_column_name", "geometry"), "geometry", "norms_used"}
        columns = [c for c in frame.columns if c not in skip]
        widths: dict[int, float] = {}
        for c, name in enumerate(columns, start=1):
            w.put(sheet, 1, c, str(name), **bold)
            widths[c] = _header_width(str(name))
            for r, value in enumerate(frame[name].tolist(), start=2):
                fmt = "#,##0.0" if isinstance(value, float) else None
                w.put(sheet, r, c, None if value is pd.NA else value, fmt)
                widths[c] = max(widths[c], _text_width(value, fmt))
        sheet.freeze_panes = "B2"
        _fit(sheet, widths)
        sheet.print_area = f"A1:{get_column_letter(max(1, len(columns)))}{len(frame) + 1}"
        _print_setup(sheet, title_rows="1:1")

    table(tr("Chosen sites", lang=lang), sites)
    table(tr("Units before and after", lang=lang), units)
    if left_out is not None:
        table(tr("Sites left out", lang=lang), left_out)
    wb.properties.title = tr("Where to build", lang=lang)
    wb.properties.creator = f"almaty_planner {plugin_version()}"
    out = write_atomically(target, wb.save)
    log.info("placement report written: %s", out)
    return out


def _packs_by_service(tables: Sequence[pd.DataFrame], packs: Mapping[str, Any]) -> dict[str, Any]:
    """For each service of the tables, the installed pack its results name (for titles and units)."""
    out: dict[str, Any] = {}
    for table in tables:
        if not isinstance(table, pd.DataFrame) or not {"service", "norm_pack"} <= set(table.columns):
            continue
        for service, pack_id in table[["service", "norm_pack"]].drop_duplicates().itertuples(index=False):
            pack = packs.get(_text(pack_id))
            if pack is None:
                continue
            names = [*definitions.ENGINEERING_SERVICES, _text(service)]
            for name in names if _text(service) == definitions.ENGINEERING_SERVICE else [_text(service)]:
                out.setdefault(name, pack)
    return out


def _current_language() -> str:
    """The core's current language (set by the plugin from the QGIS locale)."""
    return language()


__all__ = [
    "add_trajectory_sheets",
    "method_words",
    "methods_in_words",
    "norm_key_words",
    "norm_keys_in_words",
    "pack_changes",
    "safe_text",
    "service_words",
    "sheet_title",
    "used_norm_rows",
    "write_deficit_report",
    "write_placement_report",
    "write_trajectory_report",
]
