"""Settlement tiers 1-5: from a field, from the status (Russian, Kazakh, ids), from population rules."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from almaty_planner.core import norms
from almaty_planner.core.errors import InputError, NormPackError
from almaty_planner.core.norms import load_pack
from almaty_planner.core.tiers import assign_tiers, normalize_status, status_table, tier_title


@pytest.fixture(autouse=True)
def _own_user_dir(tmp_path, monkeypatch):
    """An empty user folder for every test."""
    monkeypatch.setenv(norms.ENV_NORMS_DIR, str(tmp_path / "user_norms"))


@pytest.fixture(scope="module")
def srs():
    """The SRS pack, which holds the tier rules."""
    return load_pack("kz_srs")


def test_statuses_of_domain_md_map_to_their_tiers(srs):
    """The five tiers of DOMAIN.md section 1, by status id and by Russian/Kazakh name."""
    df = pd.DataFrame(
        {
            "name": ["Алматы", "Талдыкорган", "Текели", "Есик", "Каракемер", "Тірек", "Аул"],
            "status": [
                "город республиканского значения",
                "Город областного значения",
                "city_district",
                "Районный  центр",
                "центр сельского округа",
                "тірек ауыл",
                "Сельский населённый пункт",
            ],
        }
    )
    before = df.copy()
    tiers = assign_tiers(df, srs, status_field="status")
    assert tiers.tolist() == [1, 2, 3, 3, 4, 4, 5]
    assert tiers.dtype.kind == "i"
    pd.testing.assert_frame_equal(df, before)  # input untouched


def test_tier_field_wins_and_blanks_fall_back_to_status(srs):
    """A valid tier field is kept; empty cells take the tier of the status."""
    df = pd.DataFrame(
        {"tier": [2, None, "5", ""], "status": ["rural_settlement", "capital", "capital", "support_village"]},
        index=[10, 11, 12, 13],
    )
    tiers = assign_tiers(df, srs, tier_field="tier", status_field="status")
    assert tiers.to_dict() == {10: 2, 11: 1, 12: 5, 13: 4}


def test_tier_field_alone(srs):
    """Only a tier field: its values, as integers."""
    tiers = assign_tiers(pd.DataFrame({"t": [1.0, 3.0, 5.0]}), srs, tier_field="t")
    assert tiers.tolist() == [1, 3, 5]


@pytest.mark.parametrize("bad", [0, 6, 2.5, "второй"])
def test_bad_tier_value_names_the_feature(srs, bad):
    """A tier outside 1..5 is refused naming the layer, feature and field."""
    df = pd.DataFrame({"id": ["a", "b"], "tier": [1, bad]})
    with pytest.raises(InputError) as err:
        assign_tiers(df, srs, tier_field="tier", layer="settlements", id_field="id")
    assert err.value.layer == "settlements"
    assert err.value.feature == "b"
    assert err.value.field == "tier"
    assert "b" in str(err.value)


def test_unknown_status_is_refused(srs):
    """A status the pack does not know names the feature and lists the known statuses."""
    df = pd.DataFrame({"id": [1, 2], "status": ["capital", "мегаполис"]})
    with pytest.raises(InputError) as err:
        assign_tiers(df, srs, status_field="status", id_field="id")
    assert err.value.feature == 2
    assert "мегаполис" in str(err.value)
    assert "rural_settlement" in str(err.value)


def test_undecidable_tier_names_the_feature(srs):
    """No tier, no status and no rule: InputError naming the feature."""
    df = pd.DataFrame({"id": ["x", "y"], "status": ["capital", None], "pop": [1000, 50]})
    with pytest.raises(InputError) as err:
        assign_tiers(df, srs, status_field="status", population_field="pop", id_field="id")
    assert err.value.feature == "y"
    with pytest.raises(InputError):
        assign_tiers(df, srs)


def test_population_rules_are_data_a_user_adds(tmp_path, srs):
    """Population rules from a user pack: [min, max) bounds, optional statuses, first match wins."""
    # test numbers only: the SRS thresholds are not available, the built-in pack has no rules
    assert srs.tiers["population_rules"] == []
    user = {
        "id": "t_tiers",
        "title": "Test tiers",
        "jurisdiction": "Test",
        "edition": "1",
        "parent": "kz_srs",
        "sources": {},
        "services": {},
        "tiers": {
            "population_rules": [
                {"status": "rural_settlement", "min_population": 1000, "tier": 4},
                {"max_population": 100, "tier": 5},
            ]
        },
    }
    (tmp_path / "t.yaml").write_text(yaml.safe_dump(user), encoding="utf-8")
    pack = load_pack("t_tiers", extra_dirs=[tmp_path])
    df = pd.DataFrame(
        {
            "status": ["rural_settlement", "rural_settlement", "ауыл", None, "capital", None],
            "pop": [999, 1000, 5000, 99, 50, 100],
        }
    )
    tiers = assign_tiers(df.iloc[:5], pack, status_field="status", population_field="pop")
    # 999 < 1000: status -> 5; 1000 and 5000: rule 1 -> 4; 99 < 100 -> 5; capital of 50 -> rule 2 -> 5
    assert tiers.tolist() == [5, 4, 4, 5, 5]
    with pytest.raises(InputError) as err:  # 100 is not < 100 and there is no status
        assign_tiers(df, pack, status_field="status", population_field="pop")
    assert err.value.feature == 5


def test_negative_population_is_refused(srs):
    """A negative population is bad input, named by field."""
    df = pd.DataFrame({"status": ["capital"], "pop": [-5]})
    with pytest.raises(InputError) as err:
        assign_tiers(df, srs, status_field="status", population_field="pop")
    assert err.value.field == "pop"


def test_pack_without_tier_rules(tmp_path):
    """A pack without tier rules is a NormPackError naming the pack."""
    root = {
        "id": "t_notiers",
        "title": "No tiers",
        "jurisdiction": "Test",
        "edition": "1",
        "sources": {},
        "services": {},
    }
    (tmp_path / "n.yaml").write_text(yaml.safe_dump(root), encoding="utf-8")
    pack = load_pack("t_notiers", extra_dirs=[tmp_path])
    with pytest.raises(NormPackError, match="t_notiers"):
        assign_tiers(pd.DataFrame({"s": ["capital"]}), pack, status_field="s")


def test_tiers_are_inherited_and_titled():
    """Almaty's pack inherits the SRS tiers; titles exist in three languages."""
    pack = load_pack("almaty_2040")
    assert status_table(pack) == status_table(load_pack("kz_srs"))
    assert "Astana" in tier_title(pack, 1, "en")
    assert tier_title(pack, 5, "ru").startswith("Прочие")
    assert normalize_status("  Опорное   СЕЛО ") == "опорное село"
    assert Path(pack.file).name == "almaty_2040.yaml"
