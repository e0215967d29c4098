"""Which field of a layer holds what: guessed from the field's name and type, never from its position.

A guess only proposes a field a planner would pick himself: ``capacity`` or ``мощность`` for the
capacity of facilities, ``population`` or ``население`` for residents, ``name_ru`` or ``name`` for the
unit names. Identifier-like fields (``fid``, ``id``, ``osm_id``, ``unit_id``, ``*_id``, ``code``) are
never proposed for a number, whatever their type: a sum of feature ids looks like a capacity. When no
field fits, the guess is ``None`` and the caller leaves the choice empty (the panel's Run then names
the field to choose). Pure Python: the panel and the tests use the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

NUMERIC = "numeric"
TEXT = "text"
OTHER = "other"

# Names in order of preference (compared case-insensitively, after the language suffix rules).
ROLE_NAMES: dict[str, tuple[str, ...]] = {
    "capacity": (
        "capacity",
        "design_capacity",
        "places",
        "seats",
        "student_places",
        "beds",
        "visits_per_shift",
        "мощность",
        "проектная_мощность",
        "мест",
        "места",
        "количество_мест",
        "койки",
        "сыйымдылығы",
        "қуаты",
        "орын",
        "capacity_places",
        "cap",
    ),
    "population": (
        "population",
        "pop",
        "residents",
        "inhabitants",
        "population_total",
        "население",
        "численность",
        "жители",
        "халық",
        "халық_саны",
        "тұрғындар",
    ),
    "residents": ("residents", "population", "pop", "inhabitants", "жители", "население", "тұрғындар", "халық"),
    "name": ("name", "title", "наименование", "название", "имя", "атауы", "аты", "label"),
    "tier": ("tier", "settlement_tier", "srs_tier", "уровень", "тип_нп", "деңгей"),
    "development": ("development", "development_type", "built_type", "застройка", "тип_застройки", "құрылыс"),
    "status": ("status", "state", "статус", "состояние", "мәртебе"),
    "year": (
        "year",
        "year_built",
        "year_open",
        "opening_year",
        "year_opened",
        "commissioning_year",
        "год",
        "год_ввода",
        "год_открытия",
        "жыл",
    ),
    "load": ("enrolled", "load", "pupils", "children", "contingent", "контингент", "учащихся", "оқушылар"),
    "shifts": ("shifts", "shift_count", "смены", "сменность", "ауысым"),
    "sewer": ("sewer_connected", "sewer", "sewerage", "канализация", "кәріз"),
    "water": ("water_connected", "water", "water_supply", "водоснабжение", "водопровод", "сумен_жабдықтау"),
}

# What type each role needs.
ROLE_TYPES: dict[str, tuple[str, ...]] = {
    "capacity": (NUMERIC,),
    "population": (NUMERIC,),
    "residents": (NUMERIC,),
    "name": (TEXT,),
    "tier": (NUMERIC, TEXT),
    "development": (TEXT,),
    "status": (TEXT,),
    "year": (NUMERIC,),
    "load": (NUMERIC,),
    "shifts": (NUMERIC,),
    "sewer": (NUMERIC,),
    "water": (NUMERIC,),
}

_ID_LIKE = re.compile(
    r"^(fid|ogc_fid|objectid|object_id|gid|id|uid|pk|key|code|osm_id|osm_way_id|osm_type|rowid|row_id|"
    r"feature_id|kod|код|номер|no|nr|num)$"
    r"|(^|_)(id|fid|uid|osm|code|kod|код)$"
    r"|^(id|fid|osm|code)_"
)
_LANG_SUFFIX = re.compile(r"^(?P<base>.+?)[_\-](?P<lang>en|ru|kk|kz)$")


@dataclass(frozen=True)
class FieldInfo:
    """A field as the guess sees it: its name and its kind (``numeric``, ``text`` or ``other``)."""

    name: str
    kind: str


def is_id_like(name: str) -> bool:
    """True for identifier-like names (``fid``, ``id``, ``osm_id``, ``unit_id``, ``district_osm_id``, ``code``)."""
    return bool(_ID_LIKE.search(name.strip().lower()))


def _normal(name: str) -> str:
    """Lower case, spaces and hyphens as underscores."""
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def _score(info: FieldInfo, names: Sequence[str], lang: str) -> tuple[int, int] | None:
    """(rank of the matched name, language preference) of a field, or None when its name does not fit."""
    name = _normal(info.name)
    language_rank = 1
    match = _LANG_SUFFIX.match(name)
    candidates = [(name, 1)]
    if match:
        suffix = "kk" if match.group("lang") == "kz" else match.group("lang")
        candidates.append((match.group("base"), 0 if suffix == lang else 2))
    best: tuple[int, int] | None = None
    for candidate, language_rank in candidates:
        for rank, wanted in enumerate(names):
            if candidate == wanted:
                score = (rank, language_rank)
                best = score if best is None or score < best else best
    return best


def guess_field(fields: Iterable[FieldInfo], role: str, lang: str = "en") -> str | None:
    """The field of ``fields`` that holds ``role`` (see ``ROLE_NAMES``), or None when none fits.

    Only a field whose name is one of the role's names (optionally with a language suffix such as
    ``name_ru``; the current language ``lang`` is preferred) and whose kind fits the role is proposed;
    identifier-like fields never are. Among several, the earlier name of ``ROLE_NAMES[role]`` wins.
    """
    if role not in ROLE_NAMES:
        raise KeyError(role)
    names = ROLE_NAMES[role]
    kinds = ROLE_TYPES[role]
    best: tuple[tuple[int, int], int, str] | None = None
    for position, info in enumerate(fields):
        if info.kind not in kinds or is_id_like(info.name):
            continue
        score = _score(info, names, lang)
        if score is None:
            continue
        entry = (score, position, info.name)
        if best is None or entry < best:
            best = entry
    return best[2] if best is not None else None


def guess_fields(fields: Sequence[FieldInfo], roles: Iterable[str], lang: str = "en") -> dict[str, str | None]:
    """``{role: field or None}`` for several roles of one layer."""
    return {role: guess_field(fields, role, lang) for role in roles}
