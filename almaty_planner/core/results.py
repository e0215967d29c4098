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

    Names are compared ignoring case (``Population`` clashes with ``population``: a GeoPackage, a
    Shapefile and most databases treat them as one column), the same rule for every output format.
    Fields listed in ``keep`` (e.g. the population field when it is called ``population``) stay as
    they are. Returns the copy and the warnings to report. The input frame is never modified.
    """
    out = units.copy()
    warnings: list[str] = []
    keep = set(keep)
    geometry = getattr(units, "_geometry_column_name", None)
    reserved = {str(c).casefold() for c in (*output_columns, *STANDARD_COLUMNS)}
    clashes = [c for c in out.columns if str(c).casefold() in reserved and c not in keep]
    taken = {str(c).casefold() for c in out.columns} | reserved
    renames: dict[str, str] = {}
    for name in clashes:
        if name == geometry:
            continue
        new = f"{name}_in"
        while new.casefold() in taken:
            new += "_"
        taken.add(new.casefold())
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
        first = rows[0]
        if all(r is first for r in rows):  # one list for all rows (one tier and development)
            table["norms_used"] = [encode_uses(cast("Sequence[NormUse]", first))] * len(rows)
            return table
        cache: dict[tuple[int, ...], str] = {}
        by_list: dict[int, str] = {}
        for r in {id(r): r for r in cast("list[Sequence[NormUse]]", rows)}.values():
            # rows of the same tier and development hold the same records, often in the same list,
            # else in separate lists; lists and records stay alive in ``rows``, so their ids identify them
            key = tuple(map(id, r))
            if key not in cache:
                cache[key] = encode_uses(r)
            by_list[id(r)] = cache[key]
        table["norms_used"] = [by_list[id(r)] for r in rows]
    else:
        table["norms_used"] = encode_uses([])
    return table


# Every result field, in the order the checks write them (the order decides how a Shapefile cuts names).
RESULT_FIELD_ORDER = tuple(
    dict.fromkeys(
        (
            "unit_name",
            *PROVISION_COLUMNS,
            *ASSIGNMENT_COLUMNS,
            *ACCESS_COLUMNS,
            *FACILITY_COLUMNS,
            *GREEN_COLUMNS,
            *ENGINEERING_COLUMNS,
            "service",
            "method",
            *STANDARD_COLUMNS[3:],
        )
    )
)
SHAPEFILE_NAME_LENGTH = 10


def _shapefile_names(names: Iterable[str]) -> dict[str, str]:
    """The names the Shapefile driver (OGR) gives ``names`` written in this order: cut to 10
    characters, a clash becoming the first 8 characters and ``_1`` .. ``_9``, then ``10`` .. ``99``."""
    used: set[str] = set()
    out: dict[str, str] = {}
    for name in names:
        cut = name[:SHAPEFILE_NAME_LENGTH]
        n = 1
        while cut.casefold() in used and n < 100:
            cut = f"{name[:8]}_{n}" if n < 10 else f"{name[:8]}{n:02d}"
            n += 1
        used.add(cut.casefold())
        out[name] = cut
    return out


def _looks_like_hash(values: pd.Series) -> bool:
    """True when every non-empty value is a sha256 hex digest (the norm pack hash)."""
    texts = [str(v).strip() for v in values.dropna().tolist() if str(v).strip()]
    return bool(texts) and all(len(t) == 64 and all(c in "0123456789abcdef" for c in t.lower()) for t in texts)


def restore_shapefile_names(
    table: pd.DataFrame, layer: str = "", lang: str | None = None
) -> tuple[pd.DataFrame, list[str]]:
    """Give the result fields of a table read from a Shapefile (names cut to 10 characters, e.g.
    ``norm_pac_1``) their full names again (``norm_pack_hash``), so that reports read the norm pack
    stamps and the unverified-norm keys. A table with its full names is returned unchanged.

    Raises InputError when the cut names cannot be told apart for sure (the pack's hash is then not
    where it should be): the message says to save the results as GeoPackage.
    """
    from almaty_planner.core.errors import InputError

    present = {str(c) for c in table.columns}
    long_names = [n for n in RESULT_FIELD_ORDER if len(n) > SHAPEFILE_NAME_LENGTH]
    if any(n in present for n in long_names):
        return table, []
    cut = _shapefile_names(RESULT_FIELD_ORDER)
    renames = {cut[n]: n for n in long_names if cut[n] in present and n not in present}
    if not renames:
        return table, []
    out = table.rename(columns=renames)
    if "norm_pack_hash" in out.columns and not _looks_like_hash(out["norm_pack_hash"]):
        if "norm_pack_edition" in out.columns and _looks_like_hash(out["norm_pack_edition"]):
            out = out.rename(columns={"norm_pack_hash": "norm_pack_edition", "norm_pack_edition": "norm_pack_hash"})
        elif out["norm_pack_hash"].notna().any():
            raise InputError(
                tr(
                    "the field names of this result layer were cut to 10 characters (a Shapefile) and its norm "
                    "pack fields cannot be told apart; save the results as GeoPackage and make the report again"
                ),
                layer=layer or None,
            )
    listing = ", ".join(f"{old} = {new}" for old, new in renames.items())
    warning = tr("{layer}: field names cut to 10 characters (a Shapefile) were read as: {listing}", lang=lang).format(
        layer=layer or tr("result layer", lang=lang), listing=listing
    )
    return out, [warning]
