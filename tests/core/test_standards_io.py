"""The standards table: export, import round trip, bad tables refused row by row."""

from __future__ import annotations

import pandas as pd
import pytest

from almaty_planner.core.errors import InputError
from almaty_planner.core.norms import load_pack
from almaty_planner.core.standards import standards_of
from almaty_planner.core.standards_io import checklist_table, export_standards, import_standards, read_table


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip(tmp_path, suffix):
    """export -> import gives the same checklist (ids, tiers, kinds, thresholds, sources, confidence)."""
    pack = load_pack("kz_srs")
    table = export_standards(pack, tmp_path / f"standards{suffix}")
    report = import_standards(table, pack, "srs_round_trip", folder=tmp_path / "packs")
    assert not report.refused
    assert not report.new_kinds
    assert not report.new_sources
    again = load_pack(report.path)
    before = standards_of(pack).section["checklist"]
    after = standards_of(again).section["checklist"]
    assert after == before
    assert checklist_table(again).equals(checklist_table(pack))


def _write(tmp_path, rows, name="official.csv"):
    path = tmp_path / name
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


GOOD = {
    "tier": "4",
    "standard": "fap_or_better",
    "direction": "healthcare",
    "kind": "present",
    "object": "fap",
    "threshold": "1",
    "unit": "objects",
    "source": "Decree No. 710, annex 1",
    "confidence": "confirmed",
    "clause": "annex 1, line 12",
}


def test_bad_rows_are_refused_one_by_one(tmp_path):
    rows = [
        GOOD,
        {**GOOD, "tier": "5"},  # the same standard for another tier: merged
        {**GOOD, "tier": "4", "threshold": "2"},  # duplicated for tier 4
        {**GOOD, "standard": "text_threshold", "threshold": "one"},
        {**GOOD, "standard": "bad_tier", "tier": "7"},
        {**GOOD, "standard": "bad_direction", "direction": "space"},
        {**GOOD, "standard": "library", "object": "library"},  # a new object kind: added
        {**GOOD, "standard": "no_conf", "confidence": ""},
    ]
    report = import_standards(_write(tmp_path, rows), load_pack("kz_srs"), "official_test", folder=tmp_path)
    reasons = {r.row: (r.standard, r.reason) for r in report.refused}
    assert sorted(reasons) == [4, 5, 6, 7]
    assert "duplicated" in reasons[4][1]
    assert "row 2" in reasons[4][1]
    assert reasons[5][0] == "text_threshold"
    assert "threshold" in reasons[5][1]
    assert "'one'" in reasons[5][1]
    assert reasons[6][0] == "bad_tier"
    assert "tier" in reasons[6][1]
    assert reasons[7][0] == "bad_direction"
    assert "direction" in reasons[7][1]
    assert report.imported == ["fap_or_better", "library", "no_conf"]
    assert report.new_kinds == ["library"]
    pack = load_pack(report.path)
    stds = standards_of(pack)
    assert stds.standard("fap_or_better").tiers == (4, 5)
    assert stds.standard("fap_or_better").threshold["confidence"] == "confirmed"
    no_conf = stds.standard("no_conf").threshold
    assert no_conf["confidence"] == "unverified"
    assert "row 9" in no_conf["note"]
    src = stds.standard("fap_or_better").threshold["source"]
    assert pack.sources[src]["document"] == "Decree No. 710, annex 1"


def test_missing_columns_refuse_the_table(tmp_path):
    path = _write(tmp_path, [{k: v for k, v in GOOD.items() if k != "unit"}])
    with pytest.raises(InputError) as err:
        read_table(path)
    assert err.value.field == "unit"
    assert "official.csv" in str(err.value)


def test_nothing_written_when_every_row_is_bad(tmp_path):
    path = _write(tmp_path, [{**GOOD, "threshold": "many"}])
    with pytest.raises(InputError):
        import_standards(path, load_pack("kz_srs"), "empty_pack", folder=tmp_path / "out")
    assert not (tmp_path / "out" / "empty_pack.yaml").exists()
