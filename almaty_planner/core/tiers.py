"""Settlement tiers 1-5 of the System of Regional Standards, from a field or from status and population.

The rules are data in the norm pack (section ``tiers`` of the SRS pack): the statuses that map to
each tier (with Russian and Kazakh aliases) and, optionally, population rules a user adds. Order:
1. a valid value in ``tier_field`` (1..5) is kept;
2. else the first population rule whose statuses (if any) and population bounds ``[min, max)`` match;
3. else the tier of the unit's status.
A unit whose tier cannot be decided is refused with an InputError naming the feature.
"""

from __future__ import annotations

from typing import Any, cast

import pandas as pd

from almaty_planner.core.errors import InputError, NormPackError
from almaty_planner.core.i18n import tr
from almaty_planner.core.norms import TIERS, NormPack
from almaty_planner.core.validation import _listing, feature_ids, numeric_field, require_field


def normalize_status(text: Any) -> str:
    """Lower-case, ``ё`` as ``е``, dashes/underscores/quotes as spaces, single spaces."""
    if text is None or (isinstance(text, float) and text != text):
        return ""
    out = str(text).strip().lower().replace("ё", "е")
    for ch in "_-–—\"'«»“”":
        out = out.replace(ch, " ")
    return " ".join(out.split())


def status_table(pack: NormPack) -> dict[str, int]:
    """Every known status spelling (id and aliases, normalised) -> tier, from the pack's tier rules."""
    rules = _rules(pack)
    table: dict[str, int] = {}
    for status, spec in (rules.get("statuses") or {}).items():
        for name in (status, *spec.get("aliases", [])):
            table[normalize_status(name)] = int(spec["tier"])
    return table


def _status_ids(pack: NormPack) -> dict[str, str]:
    """Every known status spelling (normalised) -> status id."""
    out: dict[str, str] = {}
    for status, spec in (_rules(pack).get("statuses") or {}).items():
        for name in (status, *spec.get("aliases", [])):
            out[normalize_status(name)] = status
    return out


def _rules(pack: NormPack) -> dict[str, Any]:
    """The pack's tier rules; NormPackError naming the pack when it has none."""
    rules = pack.tiers
    if not rules or not (rules.get("statuses") or rules.get("population_rules")):
        raise NormPackError(
            tr("norm pack {pack!r} has no settlement tier rules; expected a tiers section with statuses").format(
                pack=pack.id
            ),
            file=str(pack.file),
            key="tiers",
        )
    return cast("dict[str, Any]", rules)


def assign_tiers(
    df: pd.DataFrame,
    pack: NormPack,
    tier_field: str | None = None,
    status_field: str | None = None,
    population_field: str | None = None,
    *,
    layer: str = "units",
    id_field: str | None = None,
) -> pd.Series:
    """Tier (int 1..5) of every unit of ``df``, indexed like ``df``; the input is not modified."""
    if not (tier_field or status_field or population_field):
        raise InputError(tr("give a tier field, a status field or a population field"), layer=layer)
    ids = feature_ids(df, id_field)
    tiers = pd.Series(pd.NA, index=df.index, dtype="Int64")
    if tier_field:
        require_field(df, tier_field, layer)
        raw = df[tier_field]
        num = pd.to_numeric(raw, errors="coerce")
        given = raw.notna() & (raw.astype(str).str.strip() != "")
        bad = given & ~(num.isin(TIERS))
        if bad.any():
            raise InputError(
                tr("expected a tier from 1 to 5 in features {ids} (e.g. {value!r})").format(
                    ids=_listing(ids[bad]), value=raw[bad].iloc[0]
                ),
                layer=layer,
                feature=ids[bad].iloc[0],
                field=tier_field,
            )
        tiers = tiers.where(~given, num.where(given).astype("Int64"))
    todo = tiers.isna()
    if not todo.any():
        return tiers.astype(int).rename("tier")
    if not (status_field or population_field):
        raise InputError(
            tr("no tier in features {ids}; give a status or population field to assign it").format(
                ids=_listing(ids[todo])
            ),
            layer=layer,
            feature=ids[todo].iloc[0],
            field=tier_field,
        )
    rules = _rules(pack)
    table = status_table(pack)
    names = _status_ids(pack)
    statuses = pd.Series("", index=df.index)
    if status_field:
        require_field(df, status_field, layer)
        statuses = df[status_field].map(normalize_status)
        unknown = todo & (statuses != "") & ~statuses.isin(list(table))
        if unknown.any():
            known = ", ".join(sorted((rules.get("statuses") or {}).keys()))
            raise InputError(
                tr("unknown settlement status {value!r} in features {ids}; known statuses: {known}").format(
                    value=df[status_field][unknown].iloc[0], ids=_listing(ids[unknown]), known=known
                ),
                layer=layer,
                feature=ids[unknown].iloc[0],
                field=status_field,
            )
    population = None
    if population_field:
        population = numeric_field(df, population_field, layer, id_field, allow_null=True)
    for idx in df.index[todo]:
        status = statuses[idx]
        tier = None
        if population is not None and not pd.isna(population[idx]):
            pop = float(population[idx])
            for rule in rules.get("population_rules") or []:
                if rule.get("status") and names.get(status) not in rule["status"]:
                    continue
                if "min_population" in rule and pop < rule["min_population"]:
                    continue
                if "max_population" in rule and pop >= rule["max_population"]:
                    continue
                tier = int(rule["tier"])
                break
        if tier is None and status:
            tier = table.get(status)
        if tier is not None:
            tiers[idx] = tier
    left = tiers.isna()
    if left.any():
        fields = ", ".join(f for f in (tier_field, status_field, population_field) if f)
        raise InputError(
            tr(
                "the tier cannot be decided for features {ids}: no tier, known status or population rule in {fields}"
            ).format(ids=_listing(ids[left]), fields=fields),
            layer=layer,
            feature=ids[left].iloc[0],
            field=status_field or tier_field or population_field,
        )
    return tiers.astype(int).rename("tier")


def tier_title(pack: NormPack, tier: int, lang: str | None = None) -> str:
    """The name of ``tier`` in ``lang`` from the pack's tier rules (the number when it has none)."""
    levels = (pack.tiers or {}).get("levels") or {}
    title = levels.get(int(tier))
    if not title:
        return str(tier)
    from almaty_planner.core.norms import _pick_title

    return _pick_title(title, lang)
