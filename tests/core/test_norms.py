"""Norm packs: the built-in packs, inheritance, tier/development selection, saving, hashing, bad packs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

from almaty_planner.core import norms
from almaty_planner.core.errors import NormPackError
from almaty_planner.core.norms import (
    available_packs,
    compute_demand,
    load_pack,
    save_pack,
    user_norms_dir,
)

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "norms" / "bad"
BUILTIN = ("almaty_2040", "kz_planning_norms", "kz_srs")


@pytest.fixture(autouse=True)
def _own_user_dir(tmp_path, monkeypatch):
    """Every test gets an empty user folder (the real one of the machine is never read)."""
    monkeypatch.setenv(norms.ENV_NORMS_DIR, str(tmp_path / "user_norms"))


def _write(folder: Path, name: str, content: dict) -> Path:
    """Write ``content`` as YAML or JSON (by the name's suffix) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if name.endswith(".json"):
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    return path


def _val(value, source="doc", confidence="confirmed", unit="m", **extra):
    """A sourced value mapping for test packs."""
    return {"value": value, "unit": unit, "source": source, "confidence": confidence, **extra}


def _pack(pack_id, parent=None, services=None, **extra):
    """A minimal pack mapping for tests."""
    out = {
        "id": pack_id,
        "title": {"en": pack_id},
        "jurisdiction": "Test",
        "edition": "1",
        "parent": parent,
        "sources": {"doc": {"document": "Test document " + pack_id, "edition": "e-" + pack_id}},
        "services": services or {},
    }
    out.update(extra)
    return out


# ---------------------------------------------------------------------------------------------------
# Built-in packs
# ---------------------------------------------------------------------------------------------------
def test_builtin_packs_load_with_their_chains():
    """The three packs load, nothing is refused, and the parents are as documented."""
    found = available_packs()
    assert found.refused == []
    assert set(BUILTIN) <= set(found.packs)
    assert load_pack("almaty_2040").chain == ["almaty_2040", "kz_planning_norms", "kz_srs"]
    assert load_pack("kz_planning_norms").chain == ["kz_planning_norms", "kz_srs"]
    assert load_pack("kz_srs").chain == ["kz_srs"]
    assert load_pack("kz_srs").parent is None


@pytest.mark.parametrize("pack_id", BUILTIN)
def test_builtin_pack_has_the_seven_services_and_sourced_values(pack_id):
    """Each built-in pack has the seven services; every value names a known source and a confidence."""
    pack = load_pack(pack_id)
    assert {"school", "kindergarten", "polyclinic", "hospital", "green_space", "sewerage", "water"} <= set(
        pack.services
    )
    values = list(pack.all_values())
    assert values
    for v in values:
        assert v.document, v
        assert v.edition, v
        assert v.confidence in norms.CONFIDENCES
        if v.is_unverified:
            assert v.note, v
    for lang in ("en", "ru", "kk"):
        assert pack.title(lang)
        assert all(s.title(lang) for s in pack.services.values())
    assert re.fullmatch(r"[0-9a-f]{64}", pack.content_hash)


def test_almaty_values_are_those_of_domain_md():
    """Spot checks against DOMAIN.md section 3 (values typed here from the brief, not from the pack)."""
    pack = load_pack("almaty_2040")
    school = pack.service("school")
    assert school.capacity_unit == "places"
    assert school.value("radius_m").value == 500
    assert school.value("radius_m").confidence == "confirmed"
    assert school.value("radius_m", development="low_rise").value == 1000
    assert school.value("radius_m", development="low_rise").confidence == "secondary"
    assert school.value("typical_size").value == 1200
    assert school.value("class_size").value == 25
    assert school.value("overcrowded_class_size").value == 40
    rate = next(t for t in school.demand_terms() if t.basis == "per_1000").rate
    assert (rate.value, rate.confidence) == (148, "derived")
    kg = pack.service("kindergarten")
    assert kg.value("radius_m").value == 300
    assert kg.value("radius_m", development="low_rise").value == 500
    assert [t.rate.value for t in kg.demand_terms() if t.basis == "per_1000"] == [55]
    poly = pack.service("polyclinic")
    assert poly.capacity_unit == "visits_per_shift"
    assert poly.demand_terms()[0].rate.value == 18.15
    assert "Russian" in poly.demand_terms()[0].rate.note
    assert poly.value("typical_sizes").value == [200, 300, 500]
    assert poly.value("radius_m").value == 1000
    hospital = pack.service("hospital")
    assert hospital.capacity_unit == "beds"
    assert hospital.demand_terms()[0].rate.value == 13.54
    assert hospital.value("radius_m") is None
    green = pack.service("green_space")
    assert green.value("norm_m2_per_resident").value == 16.05
    assert green.value("baseline_m2_per_resident_2020").value == 6.9
    assert green.value("norm_residential_m2_per_resident").value == 6
    assert green.value("walk_radius_m") is None  # not in DOMAIN.md: the check asks the user
    for svc in ("sewerage", "water"):
        target = pack.service(svc).value("target_connected_pct")
        assert target.value == 100
        assert target.is_unverified


def test_srs_values_are_unverified():
    """Every value taken from an SRS document is marked unverified (the tables are not available)."""
    pack = load_pack("kz_srs")
    srs_docs = {"srs_order_2019", "srs_decree_2025", "mne_rules_2025"}
    from_srs = [v for v in pack.all_values() if v.source in srs_docs]
    assert from_srs
    assert all(v.is_unverified for v in from_srs)
    assert pack.tiers["confidence"] == "unverified"
    assert sorted(pack.tiers["levels"]) == [1, 2, 3, 4, 5]


def test_planning_pack_rules():
    """School places rule of SP RK 3.02-111-2012*, kindergarten sizes, polyclinic 60%, green by tier."""
    pack = load_pack("kz_planning_norms")
    terms = pack.service("school").demand_terms()
    assert [(t.field, t.coverage_pct.value) for t in terms] == [("pupils_1_9", 100), ("pupils_10_11", 75)]
    assert {t.coverage_pct.clause for t in terms} == {"p.4.1.7"}
    kg = pack.service("kindergarten")
    assert kg.value("typical_sizes").value == [50, 95, 140, 190, 280]
    assert kg.value("max_size").value == 500
    assert kg.value("radius_m", tier=5).value == 500
    assert kg.value("radius_m", tier=2).value == 300
    assert pack.service("polyclinic").value("visits_per_shift_pct_of_daily").value == 60
    assert pack.service("polyclinic").value("travel_time_min", tier=4).value == 30
    assert pack.service("polyclinic").value("travel_time_min", tier=1) is None
    green = pack.service("green_space")
    assert green.value("norm_m2_per_resident", tier=1).value == 10
    assert green.value("norm_m2_per_resident", tier=5).value == 12
    assert green.value("norm_m2_per_resident", tier=2) is None  # depends on city size, not on tier


def test_no_norm_value_in_code():
    """Distinctive norm values appear in the packs, never in the core's code."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "almaty_planner" / "core").rglob("*.py"))
    for number in ("16.05", "18.15", "13.54", "1200", "148", "99.7"):
        assert not re.search(rf"(?<![\w.]){re.escape(number)}(?![\w.])", code), number


# ---------------------------------------------------------------------------------------------------
# Inheritance and selection
# ---------------------------------------------------------------------------------------------------
def _family(folder: Path) -> None:
    """A root, a child and a grandchild pack in ``folder``."""
    _write(
        folder,
        "root.yaml",
        _pack(
            "t_root",
            services={
                "school": {
                    "title": {"en": "School", "ru": "Школа"},
                    "capacity_unit": "places",
                    "demand": [{"basis": "per_1000", "rate": _val(100, unit="places_per_1000")}],
                    "values": {"radius_m": _val(500), "class_size": _val(30, unit="pupils")},
                },
                "hospital": {"title": "Hospital", "capacity_unit": "beds", "values": {"radius_m": _val(9000)}},
            },
        ),
    )
    _write(
        folder,
        "child.yaml",
        _pack(
            "t_child",
            parent="t_root",
            services={
                "school": {"values": {"radius_m": _val(400, source="doc"), "typical_size": _val(900, unit="places")}},
                "hospital": {"values": {"radius_m": None}},
            },
        )
        | {"sources": {"doc": {"document": "Child document", "edition": "c1"}}},
    )
    _write(
        folder,
        "grandchild.yaml",
        _pack("t_grand", parent="t_child", services={"school": {"capacity_unit": "places", "values": {}}})
        | {"sources": {}},
    )


def test_child_overrides_parent_and_sees_the_rest(tmp_path):
    """Child values win per key; the parent's other keys and demand stay visible; null removes a key."""
    _family(tmp_path)
    child = load_pack("t_child", extra_dirs=[tmp_path])
    assert child.chain == ["t_child", "t_root"]
    school = child.service("school")
    assert school.value("radius_m").value == 400
    assert school.value("radius_m").document == "Child document"  # child's source overrides the same key
    assert school.value("class_size").value == 30
    assert school.value("typical_size").value == 900
    assert school.demand_terms()[0].rate.value == 100
    assert school.title("ru") == "Школа"
    assert child.service("hospital").value("radius_m") is None
    assert load_pack("t_root", extra_dirs=[tmp_path]).service("hospital").value("radius_m").value == 9000
    grand = load_pack("t_grand", extra_dirs=[tmp_path])
    assert grand.chain == ["t_grand", "t_child", "t_root"]
    assert grand.service("school").value("radius_m").value == 400
    assert grand.parent == "t_child"


def test_user_pack_over_builtin_almaty(tmp_path):
    """A user pack inherits the Almaty pack through the whole chain and adds a service without code."""
    found = available_packs(extra_dirs=[BAD])
    pack = found.packs["good_child"]
    assert pack.chain == ["good_child", "almaty_2040", "kz_planning_norms", "kz_srs"]
    assert pack.service("school").value("radius_m").value == 750
    assert pack.service("school").value("typical_size").value == 1200
    assert pack.service("sewerage").value("target_connected_pct").is_unverified
    library = pack.service("library")
    assert library.capacity_unit == "places"
    assert library.value("radius_m").value == 800


def test_value_selection_by_tier_and_development(tmp_path):
    """The most specific matching variant wins; ties go to the first listed; None when nothing matches."""
    variants = [
        _val(100),
        _val(200, when={"tier": [4, 5]}),
        _val(300, when={"development": "low_rise"}),
        _val(400, when={"tier": 5, "development": "low_rise"}),
        _val(500, when={"tier": [1]}),
    ]
    only_cond = [_val(7, when={"tier": [3]})]
    _write(
        tmp_path,
        "sel.yaml",
        _pack(
            "t_sel",
            services={
                "school": {
                    "title": "School",
                    "capacity_unit": "places",
                    "values": {"radius_m": variants, "travel_time_min": [{**only_cond[0], "unit": "min"}]},
                }
            },
        ),
    )
    svc = load_pack("t_sel", extra_dirs=[tmp_path]).service("school")
    expected = {
        (None, None): 100,
        (2, None): 100,
        (2, "multi_storey"): 100,
        (4, None): 200,
        (5, "multi_storey"): 200,
        (None, "low_rise"): 300,
        (2, "low_rise"): 300,
        (4, "low_rise"): 200,  # tier [4,5] and low_rise both match with one condition: first listed wins
        (5, "low_rise"): 400,  # two conditions beat one
        (1, None): 500,
        (1, "low_rise"): 300,  # tie between development (3rd) and tier 1 (5th): first listed
    }
    for (tier, dev), value in expected.items():
        assert svc.value("radius_m", tier=tier, development=dev).value == value, (tier, dev)
    assert svc.value("travel_time_min", tier=3).value == 7
    assert svc.value("travel_time_min", tier=2) is None
    assert svc.value("travel_time_min") is None
    assert svc.value("no_such_key") is None


def test_demand_options_and_compute(tmp_path):
    """Terms of one option are summed; the first option whose fields exist is used; per_1000 fallback."""
    pack = load_pack("almaty_2040")
    school = pack.service("school")
    units = pd.DataFrame({"pupils_1_9": [900.0, 0.0], "pupils_10_11": [200.0, 40.0], "pop": [10000.0, 2000.0]})
    with pack.track() as used:
        terms = school.choose_demand(units.columns)
    assert [t.field for t in terms] == ["pupils_1_9", "pupils_10_11"]
    demand = compute_demand(units, terms, units["pop"])
    assert demand.tolist() == [900 + 0.75 * 200, 0.75 * 40]
    assert {v.key for v in used.used} == {"coverage_pct"}
    fallback = school.choose_demand(["pop"])
    assert [t.basis for t in fallback] == ["per_1000"]
    assert compute_demand(units, fallback, units["pop"]).tolist() == [1480.0, 296.0]
    kg = pack.service("kindergarten")
    chosen = kg.choose_demand(["children_3_6"])
    assert compute_demand(pd.DataFrame({"children_3_6": [1000.0]}), chosen, 0)[0] == pytest.approx(997.0)
    with pytest.raises(NormPackError, match="children_2_6"):
        load_pack("kz_srs").service("kindergarten").choose_demand(["population"])


def test_demand_terms_filtered_by_tier(tmp_path):
    """Demand terms with conditions apply only where they match; the more specific option comes first."""
    services = {
        "kindergarten": {
            "title": "Kindergarten",
            "capacity_unit": "places",
            "demand": [
                {"basis": "per_1000", "option": "urban", "rate": _val(50, unit="places_per_1000")},
                {
                    "basis": "per_1000",
                    "option": "rural",
                    "rate": _val(70, unit="places_per_1000"),
                    "when": {"tier": [4, 5]},
                },
            ],
        }
    }
    _write(tmp_path, "dem.yaml", _pack("t_dem", services=services))
    svc = load_pack("t_dem", extra_dirs=[tmp_path]).service("kindergarten")
    assert [t.rate.value for t in svc.demand_terms(tier=1)] == [50]
    assert [t.rate.value for t in svc.demand_terms(tier=5)] == [70, 50]
    assert [t.rate.value for t in svc.choose_demand([], tier=5)] == [70]


def test_unverified_values_are_reported():
    """Values used inside ``track()`` are collected; the unverified ones give keys and warnings."""
    pack = load_pack("almaty_2040")
    with pack.track() as used:
        pack.service("school").value("radius_m")
        pack.service("school").value("overload_pct")
        pack.service("water").value("target_connected_pct")
    assert used.unverified_keys() == ["overload_pct", "target_connected_pct"]
    assert used.unverified_keys(qualified=True) == ["school.overload_pct", "water.target_connected_pct"]
    assert len(used.used) == 3
    warnings = used.warnings("en")
    assert len(warnings) == 2
    assert "overload_pct" in warnings[0]
    assert "Decree No. 710" in warnings[1]
    pack.service("water").value("target_connected_pct")  # outside the block: not recorded
    assert len(used.used) == 3
    with pack.track() as clean:
        pack.service("school").value("typical_size")
    assert clean.unverified_keys() == []


# ---------------------------------------------------------------------------------------------------
# Save, hash
# ---------------------------------------------------------------------------------------------------
def test_save_copy_under_new_id_and_load_it(tmp_path):
    """A copy saved under a new id loads with the same values; an edited copy has the edited value."""
    original = load_pack("almaty_2040")
    path = save_pack(original, "my_almaty")
    assert path.parent == user_norms_dir()
    copy = load_pack("my_almaty")
    assert copy.chain == ["my_almaty"]
    assert copy.parent is None
    assert copy.content_hash != original.content_hash  # the id is part of the content
    for sid, svc in original.services.items():
        for key in svc.keys:
            assert [v.value for v in copy.service(sid).variants(key)] == [v.value for v in svc.variants(key)]
    assert "almaty_2040" in copy.notes
    assert original.content_hash in copy.notes

    edited = original.to_dict()
    edited["services"]["school"]["values"]["radius_m"][0]["value"] = 450
    save_pack(edited, "my_almaty_450", folder=tmp_path / "profile", title={"en": "Almaty, 450 m"})
    mine = load_pack("my_almaty_450", extra_dirs=[tmp_path / "profile"])
    assert mine.service("school").value("radius_m").value == 450
    assert mine.title("en") == "Almaty, 450 m"
    assert original.service("school").value("radius_m").value == 500  # the original is untouched
    assert "my_almaty_450" in available_packs(extra_dirs=[tmp_path / "profile"]).packs


def test_save_refuses_taken_ids_and_bad_content(tmp_path):
    """Saving over a built-in id, or saving invalid content, is refused and writes nothing."""
    pack = load_pack("kz_planning_norms")
    with pytest.raises(NormPackError, match="already exists"):
        save_pack(pack, "almaty_2040", folder=tmp_path)
    bad = pack.to_dict()
    bad["services"]["school"]["values"]["radius_m"][0]["value"] = -1
    with pytest.raises(NormPackError) as err:
        save_pack(bad, "my_bad", folder=tmp_path)
    assert err.value.key == "services.school.values.radius_m[0].value"
    assert not list(tmp_path.glob("*.yaml"))
    save_pack(pack, "mine", folder=tmp_path)
    with pytest.raises(NormPackError, match="already exists"):
        save_pack(pack, "mine", folder=tmp_path)
    save_pack(pack, "mine", folder=tmp_path, overwrite=True)


def test_content_hash_follows_content_not_formatting(tmp_path):
    """Same content as YAML or JSON: same hash; one value changed: another hash; it covers the parents."""
    content = _pack(
        "t_hash",
        services={"school": {"title": "School", "capacity_unit": "places", "values": {"radius_m": _val(500)}}},
    )
    _write(tmp_path / "a", "p.yaml", content)
    _write(tmp_path / "b", "p.json", content)
    h_yaml = load_pack("t_hash", extra_dirs=[tmp_path / "a"]).content_hash
    h_json = load_pack("t_hash", extra_dirs=[tmp_path / "b"]).content_hash
    assert h_yaml == h_json
    content["services"]["school"]["values"]["radius_m"]["value"] = 501
    _write(tmp_path / "c", "p.yaml", content)
    assert load_pack("t_hash", extra_dirs=[tmp_path / "c"]).content_hash != h_yaml
    # a change in a parent changes the child's hash
    _write(tmp_path / "c", "child.yaml", _pack("t_hash_child", parent="t_hash") | {"sources": {}})
    _write(tmp_path / "a", "child.yaml", _pack("t_hash_child", parent="t_hash") | {"sources": {}})
    h1 = load_pack("t_hash_child", extra_dirs=[tmp_path / "a"]).content_hash
    h2 = load_pack("t_hash_child", extra_dirs=[tmp_path / "c"]).content_hash
    assert h1 != h2


def test_load_by_path_and_unknown_id(tmp_path):
    """A pack file can be loaded by its path; an unknown id lists the available ones."""
    pack = load_pack(BAD / "good_child.yaml")
    assert pack.id == "good_child"
    with pytest.raises(NormPackError, match="almaty_2040"):
        load_pack("no_such_pack")
    with pytest.raises(NormPackError, match="library"):
        load_pack("almaty_2040").service("library")


# ---------------------------------------------------------------------------------------------------
# Bad packs
# ---------------------------------------------------------------------------------------------------
BAD_CASES = [
    ("missing_key.yaml", "edition", "missing key"),
    ("negative.yaml", "services.school.values.radius_m.value", "negative value -500"),
    ("non_numeric.yaml", "services.school.values.radius_m.value", "not a number: 'five hundred'"),
    ("unknown_unit.yaml", "services.school.values.radius_m.unit", "unknown unit 'furlongs'"),
    ("duplicate_service.yaml", "school", "appears twice (line 13)"),
    ("unknown_parent.yaml", "parent", "'no_such_pack' not found"),
    ("cycle_a.yaml", "parent", "cycle of parents: bad_cycle_a -> bad_cycle_b -> bad_cycle_a"),
    ("cycle_b.yaml", "parent", "cycle of parents: bad_cycle_b -> bad_cycle_a -> bad_cycle_b"),
    ("unknown_source.yaml", "services.school.values.radius_m[0].source", "unknown source 'nowhere'"),
    ("unverified_without_note.yaml", "services.school.values.radius_m.note", "why the value is unverified"),
    ("duplicate_id.yaml", "id", "already defined"),
    ("new_service_without_unit.yaml", "services.library.capacity_unit", "places, visits_per_shift"),
]


def test_bad_packs_are_refused_and_the_others_stay_available():
    """Every bad file is refused with its file and key; the built-in and the good user pack still load."""
    found = available_packs(extra_dirs=[BAD])
    assert set(found.packs) == {*BUILTIN, "good_child"}
    refused = {Path(e.file).name: e for e in found.refused}
    assert set(refused) == {name for name, _, _ in BAD_CASES}
    for name, key, words in BAD_CASES:
        err = refused[name]
        assert err.key == key, (name, err)
        assert words in str(err), (name, str(err))
        assert str(err).startswith(str(BAD / name)), str(err)
    # the built-in almaty_2040 is kept, not the duplicate
    assert found.packs["almaty_2040"].file.parent == norms.builtin_norms_dir()


@pytest.mark.parametrize(("name", "key", "words"), BAD_CASES[:-2])
def test_loading_a_bad_pack_by_path_raises(name, key, words):
    """Loading a bad file directly raises the same error."""
    with pytest.raises(NormPackError) as err:
        load_pack(BAD / name)
    assert err.value.key == key
    assert words in str(err.value)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("12", "not a number: '12'"),
        (True, "not a number: True"),
        (float("nan"), "not a number"),
        ([1, -2], "negative value -2"),
    ],
)
def test_value_type_checks(tmp_path, value, message):
    """Text, booleans, NaN and negative members of a list are refused."""
    content = _pack(
        "t_bad", services={"school": {"title": "S", "capacity_unit": "places", "values": {"radius_m": _val(value)}}}
    )
    path = _write(tmp_path, "p.json", content)
    found = available_packs(extra_dirs=[tmp_path])
    assert [Path(e.file) for e in found.refused] == [path]
    assert message in str(found.refused[0])


def test_json_duplicate_key_and_bad_when(tmp_path):
    """Duplicate keys in JSON and unknown conditions are refused with the key."""
    (tmp_path / "dup.json").write_text('{"id": "a", "id": "b"}', encoding="utf-8")
    content = _pack(
        "t_when",
        services={
            "school": {"title": "S", "capacity_unit": "places", "values": {"radius_m": _val(1, when={"tier": 6})}}
        },
    )
    _write(tmp_path, "when.yaml", content)
    errors = {Path(e.file).name: e for e in available_packs(extra_dirs=[tmp_path]).refused}
    assert errors["dup.json"].key == "id"
    assert errors["when.yaml"].key == "services.school.values.radius_m.when.tier[0]"


def test_messages_are_translated():
    """Refusal messages have Russian and Kazakh translations."""
    from almaty_planner.core.i18n import tr

    template = "negative value {got}; expected a number >= 0"
    assert tr(template, lang="ru") != template
    assert tr(template, lang="kk") != template
    assert tr(template, lang="ru") != tr(template, lang="kk")


def test_norms_doc_is_up_to_date():
    """docs/NORMS.md is the output of scripts/norms_table.py for the packs as they are."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("norms_table", ROOT / "scripts" / "norms_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module.render()
    assert text == (ROOT / "docs" / "NORMS.md").read_text(encoding="utf-8")
    for number in ("16.05", "18.15", "13.54", "148", "1200", "99.7"):
        assert f"| {number} |" in text, number


def test_readme_links_to_the_norms_table_and_does_not_copy_it() -> None:
    """The table of norm values lives in docs/NORMS.md only; the README links to it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/NORMS.md)" in readme
    assert "| service | key | condition | value |" not in readme
    assert "<!-- norms:start -->" not in readme
