"""Field guessing: by name and type, never an id-like field, nothing when nothing fits."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

from almaty_planner.core.fields import FieldInfo, guess_field, guess_fields, is_id_like
from almaty_planner.core.paths import resources_dir

DEMO = resources_dir() / "demo" / "almaty_demo.gpkg"


def demo_fields(layer: str) -> list[FieldInfo]:
    """The fields of a demo layer as QGIS lists them: ``fid`` (the GeoPackage key, integer) first."""
    frame = gpd.read_file(DEMO, layer=layer, rows=1)
    fields = [FieldInfo("fid", "numeric")]
    for name, dtype in frame.dtypes.items():
        if name == frame.geometry.name:
            continue
        kind = "numeric" if pd.api.types.is_numeric_dtype(dtype) else "text"
        fields.append(FieldInfo(str(name), kind))
    return fields


@pytest.mark.parametrize(
    ("layer", "role", "expected"),
    [
        ("schools", "capacity", "capacity"),
        ("kindergartens", "capacity", "capacity"),
        ("polyclinics", "capacity", "capacity"),
        ("hospitals", "capacity", "capacity"),
        ("schools", "load", "enrolled"),
        ("schools", "shifts", "shifts"),
        ("schools", "status", "status"),
        ("schools", "year", "year"),
        ("districts", "population", "population"),
        ("districts", "tier", "tier"),
        ("microdistricts", "population", "population"),
        ("microdistricts", "name", "name"),
        ("microdistricts", "development", "development"),
        ("buildings", "residents", "residents"),
        ("buildings", "sewer", "sewer_connected"),
        ("buildings", "water", "water_connected"),
        ("parks", "capacity", None),
        ("roads", "population", None),
    ],
)
def test_guesses_on_the_demo_layers(layer: str, role: str, expected: str | None) -> None:
    """The demo layers' fields are found by name; where none fits, nothing is proposed."""
    assert guess_field(demo_fields(layer), role) == expected


def test_district_names_in_the_chosen_language() -> None:
    """name_en / name_ru / name_kk: the one of the current language, English otherwise."""
    fields = demo_fields("districts")
    assert guess_field(fields, "name", "ru") == "name_ru"
    assert guess_field(fields, "name", "kk") == "name_kk"
    assert guess_field(fields, "name", "en") == "name_en"


def test_never_fid_or_an_id_even_when_it_is_the_only_number() -> None:
    """A layer whose only numbers are ids gets no capacity guess (a sum of ids looks like a capacity)."""
    fields = [FieldInfo("fid", "numeric"), FieldInfo("osm_id", "numeric"), FieldInfo("label", "text")]
    assert guess_field(fields, "capacity") is None
    assert guess_field(fields, "population") is None
    for name in ("fid", "id", "ID", "osm_id", "unit_id", "district_osm_id", "OBJECTID", "code", "capacity_id"):
        assert is_id_like(name), name
    for name in ("capacity", "population", "name_ru", "places", "residents", "width"):
        assert not is_id_like(name), name


def test_type_must_fit() -> None:
    """A text field named capacity is no capacity; a numeric field named name is no name."""
    fields = [FieldInfo("capacity", "text"), FieldInfo("name", "numeric"), FieldInfo("places", "numeric")]
    assert guess_field(fields, "capacity") == "places"
    assert guess_field(fields, "name") is None


def test_russian_and_kazakh_names_and_preference_order() -> None:
    """Мощность / население / наименование are found; capacity is preferred to beds when both exist."""
    fields = [FieldInfo("Наименование", "text"), FieldInfo("Население", "numeric"), FieldInfo("Мощность", "numeric")]
    assert guess_fields(fields, ("name", "population", "capacity")) == {
        "name": "Наименование",
        "population": "Население",
        "capacity": "Мощность",
    }
    assert guess_field([FieldInfo("beds", "numeric"), FieldInfo("capacity", "numeric")], "capacity") == "capacity"
    assert guess_field([FieldInfo("Халық саны", "numeric")], "population") == "Халық саны"


def test_unknown_role_is_an_error() -> None:
    """A role the guess does not know is a programming error, not an empty guess."""
    with pytest.raises(KeyError):
        guess_field([], "colour")
