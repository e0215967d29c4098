"""The algorithms from the command line: qgis_process.bin in a fresh profile with the packaged plugin."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from tests.qgis.qgis_process import FreshProfile, build_zip

DATA = Path(__file__).resolve().parents[1] / "data"
GPKG = DATA / "planner_test.gpkg"


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> FreshProfile:
    """A fresh QGIS profile with the plugin ZIP unzipped and enabled."""
    plugin_zip = build_zip(tmp_path_factory.mktemp("dist"))
    return FreshProfile(tmp_path_factory.mktemp("profile"), plugin_zip)


def _features(path: str, key: str) -> dict:
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    return {f[key]: dict(zip(names, f.attributes())) for f in layer.getFeatures()}


@pytest.mark.slow
def test_provision_on_the_command_line(profile: FreshProfile, tmp_path: Path, qgis_app: object) -> None:
    """``qgis_process.bin run almaty_planner:provision -- UNITS=... OUTPUT=...`` writes the deficits."""
    from almaty_planner.core.norms import load_pack

    out = tmp_path / "школы.gpkg"
    result = profile.run_json(
        "almaty_planner:provision",
        UNITS=f"{GPKG}|layername=units",
        POPULATION_FIELD="pop",
        FACILITIES=f"{GPKG}|layername=schools",
        CAPACITY_FIELD="places",
        SERVICE="school",
        NORM_PACK="almaty_2040",
        METHOD="unit_balance",
        OUTPUT=str(out),
    )
    assert Path(result["results"]["OUTPUT"].split("|")[0]).resolve() == out.resolve()
    cover = {
        t.field: t.coverage_pct.value
        for t in load_pack("almaty_2040").service("school").demand_terms()
        if t.basis == "cohort"
    }
    demand_a = 600 * cover["pupils_1_9"] / 100 + 100 * cover["pupils_10_11"] / 100
    units = _features(str(out), "unit_id")
    assert units[1]["deficit"] == pytest.approx(max(0.0, demand_a - 500))
    assert units[1]["name"] == "Микрорайон Алатау-1"


@pytest.mark.slow
def test_every_algorithm_listed_and_dasymetric_runs(profile: FreshProfile, tmp_path: Path, qgis_app: object) -> None:
    """Every algorithm is listed; dasymetric_population runs with an enum passed by its id."""
    listing = profile.run("list").stdout
    for alg in (
        "provision",
        "green_space",
        "engineering_gap",
        "accessibility_2sfca",
        "excel_report",
        "dasymetric_population",
        "assign_tiers",
    ):
        assert f"almaty_planner:{alg}" in listing
    out = tmp_path / "buildings.gpkg"
    profile.run_json(
        "almaty_planner:dasymetric_population",
        UNITS=f"{GPKG}|layername=units",
        POPULATION_FIELD="pop",
        BUILDINGS=f"{GPKG}|layername=buildings",
        WEIGHT="footprint",
        OUTPUT=str(out),
    )
    buildings = _features(str(out), "bld_id")
    assert {k: v["population"] for k, v in buildings.items()} == pytest.approx(
        {101: 2500.0, 102: 2500.0, 201: 1000.0, 202: 1000.0, 203: 1000.0}
    )


@pytest.mark.slow
def test_bad_input_is_a_plain_error_on_the_command_line(profile: FreshProfile, tmp_path: Path) -> None:
    """A missing population field fails with a message naming the field (no Python traceback)."""
    with pytest.raises(AssertionError) as caught:
        profile.run(
            "run",
            "almaty_planner:green_space",
            "--",
            f"UNITS={GPKG}|layername=units",
            "POPULATION_FIELD=жители",
            f"FACILITIES={GPKG}|layername=parks",
            "NORM_PACK=almaty_2040",
            f"OUTPUT={tmp_path / 'x.gpkg'}",
        )
    message = str(caught.value)
    assert "жители" in message
    assert "Traceback" not in message
