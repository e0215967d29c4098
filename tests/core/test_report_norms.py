"""The report's norms sheet in the planner's words (en/ru/kk), with the ids kept for scripts.

The expected words are read independently of the report: the English words of core/definitions.py,
then their translations looked up in the i18n/*.ts files by this test's own reader."""

from __future__ import annotations

import re
import textwrap
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from almaty_planner.core import definitions
from almaty_planner.core.fullcheck import CheckSetup, FacilityInput, FullCheck, run_full_check
from almaty_planner.core.norms import load_pack
from almaty_planner.core.paths import resources_dir
from almaty_planner.core.report import write_deficit_report
from tests.core.test_norm_use import SPORTS_PACK, sports_pack_dir

ROOT = Path(__file__).resolve().parents[2]
DEMO = resources_dir() / "demo" / "almaty_demo.gpkg"
FACILITIES = {
    "school": "schools",
    "kindergarten": "kindergartens",
    "polyclinic": "polyclinics",
    "hospital": "hospitals",
}
DEMO_SERVICES = {*FACILITIES, "green_space", "sewerage", "water"}
WORD_COLUMNS = ("Service", "Norm", "Unit", "Development type", "Confidence")
ID_COLUMNS = ("Service (id)", "Key", "Unit (id)", "Development type (id)", "Confidence (id)")


@cache
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, English) -> translation, from every i18n/*_<lang>.ts (finished entries only)."""
    out: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "i18n").glob(f"*_{lang}.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                node = message.find("translation")
                if node is not None and node.get("type") is None and (node.text or "").strip():
                    out[(context.findtext("name") or "", message.findtext("source") or "")] = node.text or ""
    return out


def _in(lang: str, english: str, context: str) -> str:
    """``english`` in ``lang`` as the translation files give it (it must be translated)."""
    if lang == "en":
        return english
    assert (context, english) in _catalog(lang), (lang, context, english)
    return _catalog(lang)[(context, english)]


def _expected(lang: str, service: str, key: str, unit: str, development: str, confidence: str) -> dict[str, str]:
    """The words a planner should read in ``lang`` for one row's ids."""
    dfn = definitions.CONTEXT
    return {
        "Service": _in(lang, definitions.service_words(service, "en"), dfn),
        "Norm": _in(lang, definitions.norm_key_words(key, "en"), "core"),
        "Unit": _in(lang, definitions.value_unit_label(unit, service, "en"), dfn),
        "Development type": _in(lang, definitions.development_label(development, "en"), dfn) if development else "",
        "Confidence": _in(lang, definitions.confidence_label(confidence, "en"), dfn),
    }


def _sheet(path: Path, lang: str) -> tuple[Any, list[dict[str, Any]]]:
    """The norms sheet and its table rows as {English header: value} (headers read in ``lang``)."""
    book = load_workbook(path)
    ws = book[_in(lang, "Norms", "core")]
    rows = list(ws.iter_rows(values_only=True))
    english = [*WORD_COLUMNS, *ID_COLUMNS, "Value", "Settlement tier", "Cohort field", "Verified", "Hash (SHA-256)"]
    at = {name: rows[0].index(_in(lang, name, "core")) for name in english}
    table = []
    for row in rows[1:]:
        if row[at["Key"]] is None:
            break  # the legend below the table
        table.append({name: row[i] for name, i in at.items()})
    return ws, table


@pytest.fixture(scope="module")
def demo_check() -> tuple[FullCheck, Any]:
    """The whole check of the demo's 8 districts (unit balance and within the radius, by tier)."""
    layers = {n: gpd.read_file(DEMO, layer=n) for n in ["districts", "buildings", "parks", *FACILITIES.values()]}
    setup = CheckSetup(
        units=layers["districts"],
        population_field="population",
        unit_id_field="osm_id",
        unit_name_field="name_ru",
        tier_field="tier",
        facilities={s: FacilityInput(layers[layer], "capacity", "facility_id") for s, layer in FACILITIES.items()},
        points=layers["buildings"],
        points_population_field="residents",
        green=layers["parks"],
        green_category_field="public",
        public_categories=["1"],
        buildings=layers["buildings"],
        residents_field="residents",
        sewer_field="sewer_connected",
        water_field="water_connected",
    )
    pack = load_pack("almaty_2040")
    return run_full_check(setup, pack, methods=("unit_balance", "catchment")), pack


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_demo_norms_sheet_reads_in_words_and_keeps_the_ids(
    demo_check: tuple[FullCheck, Any], tmp_path: Path, lang: str
) -> None:
    """Each row of the demo's norms sheet shows the service, norm, unit and confidence in the report's
    language, as the translation files give them; the ids beside them are exactly the values the checks
    used; in Russian and Kazakh no word column holds a Latin letter."""
    check, pack = demo_check
    path = write_deficit_report(tmp_path / f"demo_{lang}.xlsx", check.tables(), language=lang, packs={pack.id: pack})
    ws, table = _sheet(path, lang)
    uses = [u for r in check.results for u in r.uses]
    records = {(u.service, u.key, u.unit, u.development or "", u.confidence, u.value) for u in uses}
    ids = {
        (
            r["Service (id)"],
            r["Key"],
            r["Unit (id)"],
            r["Development type (id)"] or "",
            r["Confidence (id)"],
            r["Value"],
        )
        for r in table
    }
    assert ids == records
    assert {r["Service (id)"] for r in table} == DEMO_SERVICES
    assert {"demand_rate", "radius_m", "overload_pct", "norm_m2_per_resident", "target_connected_pct"} <= {
        r["Key"] for r in table
    }
    for row in table:
        ids_of = (row["Service (id)"], row["Key"], row["Unit (id)"], row["Development type (id)"] or "")
        expected = _expected(lang, *ids_of, row["Confidence (id)"])
        assert {c: row[c] or "" for c in WORD_COLUMNS} == expected, ids_of
        assert row["Verified"] == _in(lang, "Yes" if row["Confidence (id)"] == "confirmed" else "No", "core")
        for column in WORD_COLUMNS:
            text = row[column] or ""
            assert "_" not in text, (column, text)  # words, not ids
            if lang != "en":
                assert not re.search("[A-Za-z]", text), (lang, column, text)
    # the words differ from the ids wherever the plugin knows the id
    assert all(r["Service"] != r["Service (id)"] and r["Norm"] != r["Key"] for r in table)
    # the ids and the hash are for scripts: the printed area ends with the last column in words
    area = ws.print_area[0] if isinstance(ws.print_area, (list, tuple)) else ws.print_area
    printed = area.split(":")[-1].replace("$", "").rstrip("0123456789")
    header = [c.value for c in ws[1]]
    last_printed = column_index_from_string(printed)
    assert all(header.index(_in(lang, name, "core")) + 1 > last_printed for name in (*ID_COLUMNS, "Hash (SHA-256)"))
    assert all(header.index(_in(lang, name, "core")) + 1 <= last_printed for name in WORD_COLUMNS)


def test_norm_rows_of_every_kind_in_words(tmp_path: Path) -> None:
    """Rows passed to the report: a cohort coverage names its field, a low-rise radius its development
    type, confidence letters are words, a user's service takes its pack's title, and an id that has no
    word (a user's key and unit) is shown as it is."""
    pack = load_pack("user_sports", [sports_pack_dir(tmp_path)])
    titles = SPORTS_PACK["services"]["sports_hall"]["title"]
    base = {"pack": pack.id, "edition": pack.edition, "hash": pack.content_hash, "document": "d", "clause": "c"}

    def norm(service: str, key: str, value: float, unit: str, confidence: str, **extra: Any) -> dict[str, Any]:
        return {**base, "service": service, "key": key, "value": value, "unit": unit, "confidence": confidence, **extra}

    rows = [
        norm("school", "coverage_pct", 100, "pct", "C", field="pupils_1_9"),
        norm("school", "radius_m", 1000, "m", "secondary", development="low_rise", tier=4),
        norm("sports_hall", "demand_rate", 8, "places_per_1000", "derived"),
        norm("sports_hall", "lane_length_m", 25, "lanes", "unverified"),
    ]
    tables = [
        {
            "unit_name": "A",
            "service": s,
            "method": "unit_balance",
            "norm_pack": pack.id,
            "norm_pack_edition": pack.edition,
            "norm_pack_hash": pack.content_hash,
            "norm_unverified": "",
            "population": 1000.0,
            "demand": 10.0,
            "capacity": 5.0,
            "provision_pct": 50.0,
            "deficit": 5.0,
            "surplus": 0.0,
            "objects_needed": 1,
            "meets_norm": False,
        }
        for s in ("school", "sports_hall")
    ]
    for lang in ("en", "ru", "kk"):
        path = write_deficit_report(
            tmp_path / f"rows_{lang}.xlsx",
            [pd.DataFrame([t]) for t in tables],
            language=lang,
            norms=rows,
            packs={pack.id: pack},
        )
        _, table = _sheet(path, lang)
        got = {(r["Service (id)"], r["Key"]): r for r in table}
        assert len(got) == len(rows)
        coverage = got[("school", "coverage_pct")]
        template = _in(lang, "coverage of {field}, %", "core")
        assert coverage["Norm"] == template.format(field="pupils_1_9")
        assert coverage["Cohort field"] == "pupils_1_9"
        assert coverage["Confidence"] == _in(lang, "confirmed (official text)", definitions.CONTEXT)
        assert coverage["Confidence (id)"] == "C"
        assert coverage["Verified"] == _in(lang, "Yes", "core")
        radius = got[("school", "radius_m")]
        assert radius["Development type"] == _in(lang, "low-rise", definitions.CONTEXT)
        assert radius["Development type (id)"] == "low_rise"
        assert radius["Settlement tier"] == 4
        assert radius["Unit"] == _in(lang, "m", definitions.CONTEXT)
        hall = got[("sports_hall", "demand_rate")]
        assert hall["Service"] == titles[lang]
        assert hall["Unit"] == _in(lang, "places per 1000 residents", definitions.CONTEXT)
        own = got[("sports_hall", "lane_length_m")]
        assert (own["Norm"], own["Unit"]) == ("lane_length_m", "lanes")  # no words exist: the ids
        assert own["Confidence"] == _in(lang, "unverified", definitions.CONTEXT)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_unit_sheets_name_methods_and_unverified_values_in_words(
    demo_check: tuple[FullCheck, Any], tmp_path: Path, lang: str
) -> None:
    """The service sheets' method and unverified-values columns read in words (the result tables keep
    the ids); the warnings of green space and engineering name their unverified value in words too."""
    check, pack = demo_check
    tables = check.tables()
    path = write_deficit_report(tmp_path / f"units_{lang}.xlsx", tables, language=lang, packs={pack.id: pack})
    book = load_workbook(path)
    method_header = _in(lang, "Method", "core")
    unverified_header = _in(lang, "Unverified norm values used", "core")
    expected_methods = {
        _in(lang, definitions.method_label(t["method"].iloc[0], "en"), definitions.CONTEXT) for t in tables
    }
    keys = {k for t in tables for v in t["norm_unverified"].dropna() for k in str(v).split(",") if k}
    assert {"overload_pct", "target_connected_pct"} <= keys  # the demo uses unverified values
    expected_keys = {_in(lang, definitions.norm_key_words(k, "en"), "core") for k in keys}
    methods, unverified = set(), set()
    for ws in book.worksheets:
        rows = list(ws.iter_rows(values_only=True))
        if not rows or method_header not in rows[0]:
            continue
        at_method = rows[0].index(method_header)
        at_keys = rows[0].index(unverified_header) if unverified_header in rows[0] else None
        for row in rows[1:]:
            if row[0] is None:
                break
            methods.add(row[at_method])
            if at_keys is not None and row[at_keys]:
                unverified |= set(row[at_keys].split("; "))
    assert methods == expected_methods
    assert unverified == expected_keys
    assert not unverified & keys
    # the result tables keep their ids (an output field interface)
    assert {t["method"].iloc[0] for t in tables} <= set(definitions.METHODS)


def test_green_and_engineering_warnings_name_the_norm_in_words(demo_check: tuple[FullCheck, Any]) -> None:
    """An unverified value used by green space or engineering is named in words in the check's warnings."""
    check, _ = demo_check
    named = [w for w in check.warnings if "not verified against the official text" in w]
    assert named
    assert f'"{definitions.norm_key_words("target_connected_pct", "en")}"' in " ".join(named)
    assert not any("target_connected_pct" in w or "_pct" in w for w in named)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_run_metadata_names_the_callers_methods_in_words(
    demo_check: tuple[FullCheck, Any], tmp_path: Path, lang: str
) -> None:
    """A method the caller names by id in ``run_meta`` is shown in words on the metadata sheet; other text
    (and ids inside other words) stays as given."""
    check, pack = demo_check
    path = write_deficit_report(
        tmp_path / f"meta_{lang}.xlsx",
        check.tables(),
        language=lang,
        packs={pack.id: pack},
        run_meta={"method": "unit_balance, catchment (road_catchment)"},
    )
    ws = load_workbook(path)[_in(lang, "Run metadata", "core")]
    shown = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r and r[0]}
    words = [_in(lang, definitions.method_words(m, "en"), "core") for m in ("unit_balance", "catchment")]
    assert shown[_in(lang, "Method", "core")] == f"{words[0]}, {words[1]} (road_catchment)"


def test_norms_rows_are_tall_enough_for_their_wrapped_text(demo_check: tuple[FullCheck, Any], tmp_path: Path) -> None:
    """In the Russian demo report every row of the norms sheet is as tall as the lines its wrapped cells
    need (laid out by Python's textwrap at one character per unit of column width, a wide Cyrillic
    letter's share), so no text runs into the next row; every cell of the table sits at the top of its row."""
    check, pack = demo_check
    path = write_deficit_report(tmp_path / "ru.xlsx", check.tables(), language="ru", packs={pack.id: pack})
    ws = load_workbook(path)[_in("ru", "Norms", "core")]
    _, table = _sheet(path, "ru")
    wrapped_cells = 0
    for r in range(1, len(table) + 2):
        height = ws.row_dimensions[r].height or 15.0
        for cell in ws[r]:
            if cell.value in (None, ""):
                continue
            assert cell.alignment.vertical == "top", cell.coordinate
            if not cell.alignment.wrap_text:
                continue
            wrapped_cells += 1
            width = ws.column_dimensions[cell.column_letter].width
            lines = sum(len(textwrap.wrap(part, width=int(width) - 1) or [""]) for part in str(cell.value).splitlines())
            assert height >= 15.0 * lines, (cell.coordinate, cell.value, width, height, lines)
    assert wrapped_cells > len(table)  # documents, notes, norms and units wrap
