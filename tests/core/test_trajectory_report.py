"""The trajectory sheets of the Excel report: units x years, the city by year and its line chart."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from almaty_planner.core.report import write_trajectory_report
from almaty_planner.core.trajectory import Scenario
from tests.core.test_trajectory import run


def test_trajectory_sheets_hold_the_table(tmp_path: Path) -> None:
    """Every deficit of the trajectory is in its cell; the city sheet sums them and charts them with the targets."""
    result = run(scenarios=[Scenario("plan", closures={"F1": 2027})], targets={2025: 40.0, 2026: 30.0})
    path = write_trajectory_report(tmp_path / "t.xlsx", result, language="en")
    wb = load_workbook(path)
    base = wb["Trajectory Schools"]
    header = [c.value for c in base[1]]
    assert header[1:6] == ["2025", "2026", "2027", "2028", "2029"]
    table = result.table[result.table["scenario"] == "baseline"]
    rows = {r[0].value: [c.value for c in r[1:6]] for r in base.iter_rows(min_row=2, max_row=3)}
    for unit in ("A", "B"):
        expected = table[table["unit"] == unit].sort_values("year")["deficit"].tolist()
        assert rows[unit] == pytest.approx(expected)
    assert base.conditional_formatting  # fills on the years
    assert "Schools plan" in wb.sheetnames
    city = wb["By year Schools"]
    values = {r[0].value: [c.value for c in r] for r in city.iter_rows(min_row=2, max_row=6)}
    assert values[2027][3] == pytest.approx(0)  # baseline deficit 2027
    assert values[2027][4] == pytest.approx(50)  # plan: A keeps only F4 (50 places) in 2027, demand 100
    assert values[2025][5] == 40  # the target
    assert values[2025][6] == pytest.approx(10)  # 50 against 40
    assert values[2027][7] == pytest.approx(50)  # the plan's change against the baseline
    charts = city._charts
    assert len(charts) == 1
    assert len(charts[0].series) == 3  # baseline, plan, target
