"""The Excel deficit report, read back with openpyxl and checked against the input tables."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from almaty_planner.core import safe_write
from almaty_planner.core.errors import InputError, OutputError
from almaty_planner.core.report import write_deficit_report

PACK = {"norm_pack": "test_pack", "norm_pack_edition": "1", "norm_pack_hash": "f" * 64}
# Names chosen so that the text must stay text: formula starts, a tab, a carriage return, Cyrillic.
NAMES = ["Алмалы", "+7 B", "=1+1", "@D"]


def _school() -> pd.DataFrame:
    """Four units with demand/capacity chosen by hand (deficits 200, 0, 300, 0)."""
    demand = [1000.0, 500.0, 300.0, 100.0]
    capacity = [800.0, 700.0, 0.0, 100.0]
    deficit = [max(d - c, 0.0) for d, c in zip(demand, capacity)]
    surplus = [max(c - d, 0.0) for d, c in zip(demand, capacity)]
    return pd.DataFrame(
        {
            "unit_name": NAMES,
            "service": "school",
            "method": "unit_balance",
            **PACK,
            "norm_unverified": "",
            "population": [7000.0, 3500.0, 2000.0, 700.0],
            "demand": demand,
            "capacity": capacity,
            "provision_pct": [100 * c / d for d, c in zip(demand, capacity)],
            "deficit": deficit,
            "surplus": surplus,
            "objects_needed": [math.ceil(x / 1200) for x in deficit],
            "meets_norm": [x == 0 for x in deficit],
        }
    )


def _green() -> pd.DataFrame:
    """Three units: green m² against 10 m² per resident."""
    population = [1000.0, 2000.0, 500.0]
    green = [5000.0, 30000.0, 0.0]
    demand = [p * 10 for p in population]
    deficit = [max(d - g, 0.0) for d, g in zip(demand, green)]
    return pd.DataFrame(
        {
            "unit_name": ["-minus", "\tTab", "Green"],
            "service": "green_space",
            "method": "unit_balance",
            **PACK,
            "norm_unverified": "norm_m2_per_resident",
            "population": population,
            "green_m2": green,
            "green_m2_per_resident": [g / p for g, p in zip(green, population)],
            "norm_m2_per_resident": 10.0,
            "demand": demand,
            "capacity": green,
            "deficit": deficit,
            "green_deficit_ha": [d / 10000 for d in deficit],
            "provision_pct": [100 * g / d for g, d in zip(green, demand)],
            "meets_norm": [d == 0 for d in deficit],
        }
    )


def _engineering() -> pd.DataFrame:
    """Three units with residents without sewerage and without water."""
    return pd.DataFrame(
        {
            "unit_name": ["\rCR", "North", "South"],
            "service": "engineering_gap",
            "method": "unit_balance",
            **PACK,
            "norm_unverified": "",
            "population": [1000.0, 4000.0, 2000.0],
            "pop_without_sewer": [100.0, 2000.0, 0.0],
            "sanitation_gap_pct": [10.0, 50.0, 0.0],
            "pop_without_water": [0.0, 40.0, 500.0],
            "water_gap_pct": [0.0, 1.0, 25.0],
            "sewer_meets_norm": [False, False, True],
            "water_meets_norm": [True, True, False],
            "meets_norm": [False, False, False],
        }
    )


NORMS = [
    {
        "pack": "test_pack",
        "edition": "1",
        "hash": "f" * 64,
        "service": "green_space",
        "key": "norm_m2_per_resident",
        "value": 10,
        "unit": "m2/person",
        "document": "=cmd|' /C calc'!A0",
        "clause": "p.1",
        "confidence": "S",
        "note": "test value",
    }
]
META = {
    "inputs": [{"name": "districts", "path": "/data/demo.gpkg|layername=districts", "features": 4}],
    "crs": "EPSG:32643",
    "synthetic": True,
    "synthetic_reason": "test data",
    "warnings": ["@warning text"],
}


def _report(tmp_path: Path, lang: str = "en", **kwargs) -> Path:
    """Write the report of the three test tables."""
    args = {"norms": NORMS, "run_meta": META, **kwargs}
    return write_deficit_report(
        tmp_path / f"r_{lang}.xlsx", [_school(), _green(), _engineering()], language=lang, **args
    )


def _table(ws) -> tuple[list[str], list[tuple]]:
    """Header and data rows of a service sheet."""
    rows = list(ws.iter_rows(values_only=True))
    return list(rows[0]), [r for r in rows[1:] if r[0] is not None]


def _col(header: list[str], start: str) -> int:
    """Index of the first header that starts with ``start``."""
    return next(i for i, h in enumerate(header) if h and h.startswith(start))


EXPECTED_SHEETS = {
    "en": ["Summary", "Charts", "Schools", "Green space", "Sewerage", "Water supply", "Norms", "Run metadata"],
    "ru": [
        "Сводка",
        "Диаграммы",
        "Школы",
        "Зелёные насаждения",
        "Канализация",
        "Водоснабжение",
        "Нормативы",
        "Метаданные расчёта",
    ],
    "kk": [
        "Жиынтық",
        "Диаграммалар",
        "Мектептер",
        "Жасыл желектер",
        "Кәріз",
        "Сумен жабдықтау",
        "Нормативтер",
        "Есептеу метадеректері",
    ],
}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_sheet_names_per_language(tmp_path: Path, lang: str) -> None:
    """Sheet names are in the chosen language and valid in Excel."""
    wb = load_workbook(_report(tmp_path, lang))
    assert wb.sheetnames == EXPECTED_SHEETS[lang]
    for name in wb.sheetnames:
        assert len(name) <= 31
        assert not re.search(r"[\[\]:*?/\\]", name)


def test_school_sheet_values_sorted_and_styled(tmp_path: Path) -> None:
    """Rows follow the deficit (largest first); values equal the inputs; freeze, filter, fills."""
    src = _school()
    wb = load_workbook(_report(tmp_path))
    ws = wb["Schools"]
    header, rows = _table(ws)
    assert header[0] == "Territory"
    assert "Deficit, student places" in header
    name, dem, cap, dfc, bal = (
        0,
        _col(header, "Demand"),
        _col(header, "Capacity"),
        _col(header, "Deficit"),
        _col(header, "Balance"),
    )
    # deficits 300 (=1+1), 200 (Алмалы), then the two zeros by name: "+7 B" < "@D"
    assert [r[name] for r in rows] == ["=1+1", "Алмалы", "+7 B", "@D"]
    assert [r[dfc] for r in rows] == [300, 200, 0, 0]
    by_name = {r[name]: r for r in rows}
    for _, unit in src.iterrows():
        row = by_name[unit["unit_name"]]
        assert row[dem] == unit["demand"]
        assert row[cap] == unit["capacity"]
        assert row[bal] == unit["capacity"] - unit["demand"]
    meets = _col(header, "Meets the norm")
    assert [r[meets] for r in rows] == ["No", "No", "Yes", "Yes"]
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}5"
    ranges = [str(cf.sqref) for cf in ws.conditional_formatting]
    letter = ws.cell(1, bal + 1).column_letter
    assert f"{letter}2:{letter}5" in ranges
    assert ws.cell(2, dem + 1).number_format == "#,##0"
    assert ws.column_dimensions["A"].width >= len("Territory")


def test_summary_totals_against_inputs(tmp_path: Path) -> None:
    """Summary: totals, provision, failing units and facilities needed, computed from the inputs."""
    school, green, eng = _school(), _green(), _engineering()
    ws = load_workbook(_report(tmp_path))["Summary"]
    rows = {r[0]: r for r in ws.iter_rows(values_only=True) if r[0] in ("Schools", "Public green space", "Sewerage")}
    s = rows["Schools"]
    assert s[2] == 4
    assert s[3:6] == (school["demand"].sum(), school["capacity"].sum(), school["deficit"].sum())
    assert s[6] == pytest.approx(100 * 1600 / 1900)
    assert s[7] == 2  # two units with a deficit
    assert s[8] == pytest.approx(50.0)
    assert s[9] == 2  # one typical school each in the two units with a deficit
    g = rows["Public green space"]
    assert g[5] == green["deficit"].sum() == 5000 + 5000
    sew = rows["Sewerage"]
    assert sew[3:6] == (7000, 7000 - 2100, eng["pop_without_sewer"].sum())
    assert sew[7] == 2
    cells = {c.number_format for row in ws.iter_rows() for c in row if c.value == school["demand"].sum()}
    assert cells == {'#,##0 "student places"'}
    text = " ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str))
    assert "synthetic" in text
    assert "test data" in text
    assert "sufficiency level" in text
    # share of checks meeting the norm: schools 2/4, green 1/3, sewerage 1/3, water 2/3 -> 6/13
    assert f"{100 * 6 / 13:.1f} %" in text
    assert "green area per resident, m²" in text  # the unverified norm is named, in words


def test_injection_and_text_cells(tmp_path: Path) -> None:
    """Attribute text starting with =, +, -, @, tab or CR is a text cell, never a formula."""
    path = _report(tmp_path)
    wb = load_workbook(path)
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)
                    found[cell.value] = cell
    for text in ("=1+1", "+7 B", "@D", "-minus", "\tTab", "Алмалы", "=cmd|' /C calc'!A0", "@warning text"):
        assert text in found, text
    assert any(v.strip() == "CR" for v in found)  # XML may turn the CR into a line feed; still text
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        for name in sheets:
            assert "<f>" not in z.read(name).decode("utf-8")


def test_chart_norms_and_metadata(tmp_path: Path) -> None:
    """A bar chart per service; the norms sheet and the metadata sheet carry their values."""
    path = _report(tmp_path)
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml", n)]
        xml = z.read(charts[0]).decode("utf-8")
    assert len(charts) == 2 * 4  # on each of the 4 service sheets and on the charts sheet
    assert re.search(r"<(c:)?barChart>", xml)
    assert re.search(r'<(c:)?barDir val="bar"', xml)
    wb = load_workbook(path)
    norms = list(wb["Norms"].iter_rows(values_only=True))
    row = dict(zip(norms[0], norms[1]))
    names = ("Norm pack", "Edition", "Hash (SHA-256)", "Service (id)", "Key", "Value")
    assert tuple(row[n] for n in names) == ("test_pack", "1", "f" * 64, "green_space", "norm_m2_per_resident", 10)
    assert row["Verified"] == "No"  # confidence S: not verified
    meta = list(wb["Run metadata"].iter_rows(values_only=True))
    assert ("districts", "/data/demo.gpkg|layername=districts", 4) in [r[:3] for r in meta]
    assert ("Coordinate reference system", "EPSG:32643") in [r[:2] for r in meta]
    flat = [c for r in meta for c in r if isinstance(c, str)]
    assert any("Synthetic data: test data" in c for c in flat)
    assert "@warning text" in flat


def test_inputs_not_modified(tmp_path: Path) -> None:
    """The input tables are left exactly as they were."""
    tables = [_school(), _green(), _engineering()]
    before = [t.copy(deep=True) for t in tables]
    write_deficit_report(tmp_path / "r.xlsx", tables, language="ru")
    for a, b in zip(tables, before):
        pd.testing.assert_frame_equal(a, b)


def test_bad_inputs(tmp_path: Path) -> None:
    """Empty list, empty table, missing field, negative deficit: InputError naming the field."""
    with pytest.raises(InputError):
        write_deficit_report(tmp_path / "r.xlsx", [])
    with pytest.raises(InputError, match="no rows"):
        write_deficit_report(tmp_path / "r.xlsx", [_school().iloc[0:0]])
    with pytest.raises(InputError, match=r"\[deficit\]"):
        write_deficit_report(tmp_path / "r.xlsx", [_school().drop(columns="deficit")])
    bad = _school()
    bad.loc[1, "deficit"] = -5
    with pytest.raises(InputError, match=r"\[deficit\].*negative") as err:
        write_deficit_report(tmp_path / "r.xlsx", [bad])
    assert "+7 B" in str(err.value)
    assert not (tmp_path / "r.xlsx").exists()


def test_locked_report_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The old report stays intact and no temporary file is left when it cannot be replaced."""
    path = _report(tmp_path)
    old = path.read_bytes()

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used")

    monkeypatch.setattr(safe_write.os, "replace", locked)
    with pytest.raises(OutputError, match="open in another program"):
        _report(tmp_path)
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


@pytest.mark.slow
def test_libreoffice_converts_to_pdf(tmp_path: Path) -> None:
    """LibreOffice (headless) converts the Russian report to a PDF with pages."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    path = _report(tmp_path, "ru")
    profile = tmp_path / "lo_profile"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = path.with_suffix(".pdf")
    assert done.returncode == 0, done.stderr
    assert pdf.is_file()
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages >= 5  # summary, charts, four service sheets, norms, metadata (some may share pages)
