"""The columns every result table shares, so that reports, styles and panels read any check alike."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

import pandas as pd

from almaty_planner.core.i18n import tr
from almaty_planner.core.norms import NormUse, encode_uses

STANDARD_COLUMNS = (
    "unit_name",
    "service",
    "method",
    "norm_pack",
    "norm_pack_edition",
    "norm_pack_hash",
    "norm_unverified",
    "norms_used",
)

PROVISION_COLUMNS = (
    "population",
    "demand",
    "capacity",
    "provision_pct",
    "deficit",
    "surplus",
    "objects_needed",
    "covered_pop",
    "uncovered_pop",
    "meets_norm",
)
REACH_COLUMNS = ("within_norm_pct", "residents_at")
ASSIGNMENT_COLUMNS = ("served_within_norm", "served_beyond_norm", "unserved")
ACCESS_COLUMNS = ("access_ratio",)
FACILITY_COLUMNS = ("load", "load_pct", "overloaded")
GREEN_COLUMNS = (
    "population",
    "green_m2",
    "green_m2_per_resident",
    "norm_m2_per_resident",
    "norm_residential_m2_per_resident",
    "green_deficit_ha",
    "meets_norm",
    "demand",
    "capacity",
    "deficit",
    "provision_pct",
)
ENGINEERING_COLUMNS = (
    "population",
    "pop_without_sewer",
    "sanitation_gap_pct",
    "pop_without_water",
    "water_gap_pct",
    "sewer_meets_norm",
    "water_meets_norm",
    "meets_norm",
)


def keep_inputs(
    units: pd.DataFrame, output_columns: Iterable[str], keep: Iterable[str] = ()
) -> tuple[pd.DataFrame, list[str]]:
    """Copy ``units`` and rename input fields that clash with output fields to ``<name>_in``.

    Fields listed in ``keep`` (e.g. the population field when it is called ``population``) stay as
    they are. Returns the copy and the warnings to report. The input frame is never modified.
    """
    out = units.copy()
    warnings: list[str] = []
    keep = set(keep)
    geometry = getattr(units, "_geometry_column_name", None)
    clashes = [c for c in out.columns if c in set(output_columns) | set(STANDARD_COLUMNS) and c not in keep]
    renames: dict[str, str] = {}
    for name in clashes:
        if name == geometry:
            continue
        new = f"{name}_in"
        while new in out.columns or new in renames.values():
            new += "_"
        renames[name] = new
        warnings.append(
            tr("input field {old} has the name of a result field and was kept as {new}").format(old=name, new=new)
        )
    if renames:
        out = out.rename(columns=renames)
    return out, warnings


def unit_names(units: pd.DataFrame, name_field: str | None, id_field: str | None) -> pd.Series:
    """The text that reports show for each unit: the name field, else the id, else the feature index."""
    for field in (name_field, id_field):
        if field and field in units.columns:
            values = units[field]
            return values.where(values.notna(), pd.Series(units.index, index=units.index)).astype(str)
    return pd.Series([str(i) for i in units.index], index=units.index)


def stamp(
    table: pd.DataFrame,
    *,
    service: str,
    method: str,
    pack: Any,
    unverified_keys: Iterable[str] = (),
    uses: Sequence[NormUse] | Sequence[Sequence[NormUse]] | None = None,
) -> pd.DataFrame:
    """Write the standard columns that say which check, method and norm pack produced ``table``.

    ``uses``: the norm values used, the same for every row, or one list per row (the values of that
    row's tier and development); written as compact JSON into ``norms_used`` (see ``norms.encode_uses``).
    """
    table["service"] = service
    table["method"] = method
    table["norm_pack"] = getattr(pack, "id", "") if pack is not None else ""
    table["norm_pack_edition"] = str(getattr(pack, "edition", "") or "") if pack is not None else ""
    table["norm_pack_hash"] = getattr(pack, "content_hash", "") if pack is not None else ""
    table["norm_unverified"] = ",".join(sorted(set(unverified_keys)))
    rows = list(uses or [])
    if rows and all(isinstance(r, NormUse) for r in rows):
        table["norms_used"] = encode_uses(cast("list[NormUse]", rows))
    elif rows:
        if len(rows) != len(table):
            raise ValueError("one list of norm uses per row expected")
        cache: dict[tuple[int, ...], str] = {}
        texts = []
        for r in cast("list[Sequence[NormUse]]", rows):
            # rows of the same tier and development hold the same records, often in separate lists;
            # the records stay alive in ``rows``, so their ids identify them
            key = tuple(map(id, r))
            if key not in cache:
                cache[key] = encode_uses(r)
            texts.append(cache[key])
        table["norms_used"] = texts
    else:
        table["norms_used"] = encode_uses([])
    return table
