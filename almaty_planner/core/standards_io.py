"""The standards table: import a checklist of regional standards from CSV or Excel into a new pack, and export it.

One row per standard (or one row per standard and tier: rows of the same standard that differ only in
the tier are merged). Required columns: ``tier``, ``standard``, ``direction``, ``kind`` (the check
kind), ``threshold``, ``unit``, ``source``; optional: ``object`` (the object kind(s), or the field of an
``attribute`` standard; ``;``-separated for lists), ``title``, ``title_ru``, ``title_kk``, ``mandatory``,
``weight``, ``confidence``, ``clause``, ``edition``, ``note``, ``mode``, ``or_field``, ``op``,
``speed_kmh`` (with ``speed_source``, ``speed_confidence``, ``speed_note``), ``min_population``,
``max_population``. Every row is validated; a bad row is refused
with its number and the reason, the others are imported. A missing confidence is ``unverified``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from almaty_planner.core.errors import InputError, NormPackError, PlannerError
from almaty_planner.core.i18n import tr
from almaty_planner.core.standards import _Check

REQUIRED = ("tier", "standard", "direction", "kind", "threshold", "unit", "source")
OPTIONAL = (
    "object",
    "title",
    "title_ru",
    "title_kk",
    "mandatory",
    "weight",
    "confidence",
    "clause",
    "edition",
    "note",
    "mode",
    "or_field",
    "op",
    "speed_kmh",
    "speed_source",
    "speed_confidence",
    "speed_note",
    "min_population",
    "max_population",
    "document",
)
COLUMNS = (*REQUIRED, *OPTIONAL)
_SPLIT = re.compile(r"[;,]")


@dataclass
class Refusal:
    """A row of the table that was not imported, and why."""

    row: int
    standard: str
    reason: str

    def __str__(self) -> str:
        """``row 5 (school_3km): reason``."""
        return tr("row {row} ({standard}): {reason}").format(row=self.row, standard=self.standard, reason=self.reason)


@dataclass
class ImportReport:
    """What an import did: the pack written, the standards taken, the rows refused, kinds added."""

    path: Path | None
    pack_id: str
    imported: list[str] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    new_kinds: list[str] = field(default_factory=list)
    new_sources: list[str] = field(default_factory=list)


def read_table(path: Any) -> pd.DataFrame:
    """A CSV (UTF-8, comma or semicolon) or Excel table as text cells; PlannerError naming the file."""
    path = Path(path)
    if not path.is_file():
        raise PlannerError(tr("the file {path} does not exist").format(path=path))
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
            frame = pd.read_excel(path, dtype=str).fillna("")
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, sep=None, engine="python", encoding="utf-8-sig")
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise PlannerError(tr("{path}: the table cannot be read: {error}").format(path=path, error=exc)) from exc
    frame.columns = [str(c).strip().lower() for c in frame.columns]
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise InputError(
            tr("missing columns: {missing}; the table has: {present}").format(
                missing=", ".join(missing), present=", ".join(frame.columns)
            ),
            layer=path.name,
            field=missing[0],
        )
    return frame.apply(lambda col: col.astype(str).str.strip())


def _number(text: str, column: str) -> float:
    """A number cell (decimal comma allowed); ValueError naming the column when it is text."""
    try:
        value = float(text.replace(",", ".").replace(" ", ""))
    except ValueError:
        raise ValueError(tr("{column} is not a number: {value!r}").format(column=column, value=text)) from None
    return int(value) if value.is_integer() else value


def _row_standard(
    rec: dict[str, str], sources: dict[str, Any], new_sources: dict[str, dict[str, str]], file: str, row: int
) -> dict[str, Any]:
    """The raw standard (as in a pack file) of one row; ValueError with the reason when it is bad."""
    check = rec["kind"]
    if not rec["standard"]:
        raise ValueError(tr("no standard id"))
    tiers = [int(_number(t, "tier")) for t in _SPLIT.split(rec["tier"]) if t.strip()]
    if not tiers:
        raise ValueError(tr("no tier"))
    if check == "population_band":
        threshold_value: Any = [_number(t, "threshold") for t in re.split(r"[;|]", rec["threshold"]) if t.strip()]
    else:
        threshold_value = _number(rec["threshold"], "threshold")
    source = rec["source"]
    if not source:
        raise ValueError(tr("no source"))
    if source not in sources:
        key = next((k for k, v in new_sources.items() if v["document"] == source), None)
        if key is None:
            key = f"imported_{len(new_sources) + 1}"
            new_sources[key] = {"document": source, "edition": rec.get("edition") or "n/a"}
        source = key
    threshold: dict[str, Any] = {
        "value": threshold_value,
        "unit": rec["unit"],
        "source": source,
        "confidence": rec.get("confidence") or "unverified",
    }
    for opt in ("clause", "edition", "note"):
        if rec.get(opt):
            threshold[opt] = rec[opt]
    if threshold["confidence"] == "unverified" and not threshold.get("note"):
        threshold["note"] = tr("imported from {file}, row {row}; not checked against the official text").format(
            file=file, row=row
        )
    std: dict[str, Any] = {
        "id": rec["standard"],
        "direction": rec["direction"],
        "check": check,
        "tiers": tiers,
        "threshold": threshold,
    }
    titles = {k: rec.get(c) for k, c in (("en", "title"), ("ru", "title_ru"), ("kk", "title_kk")) if rec.get(c)}
    if titles:
        std["title"] = titles if "en" in titles else {"en": rec["standard"], **titles}
    objects = [o.strip() for o in re.split(r"[;|]", rec.get("object", "")) if o.strip()]
    if check in ("present", "within_reach", "per_1000"):
        std["kind"] = objects if len(objects) > 1 else (objects[0] if objects else None)
    elif check == "population_band":
        std["levels"] = objects
    elif check == "attribute":
        std["field"] = objects[0] if objects else None
    if rec.get("mandatory"):
        flag = rec["mandatory"].lower()
        if flag not in ("1", "0", "true", "false", "yes", "no", "да", "нет", "иә", "жоқ"):
            raise ValueError(tr("mandatory is not yes/no: {value!r}").format(value=rec["mandatory"]))
        std["mandatory"] = flag in ("1", "true", "yes", "да", "иә")
    if rec.get("weight"):
        std["weight"] = _number(rec["weight"], "weight")
    for col in ("min_population", "max_population"):
        if rec.get(col):
            std[col] = _number(rec[col], col)
    for col in ("mode", "or_field", "op"):
        if rec.get(col):
            std[col] = rec[col]
    if rec.get("speed_kmh"):
        speed_source = rec.get("speed_source") or source
        if speed_source not in sources and speed_source not in new_sources:
            key = next((k for k, v in new_sources.items() if v["document"] == speed_source), None)
            if key is None:
                key = f"imported_{len(new_sources) + 1}"
                new_sources[key] = {"document": speed_source, "edition": rec.get("edition") or "n/a"}
            speed_source = key
        std["speed"] = {
            "value": _number(rec["speed_kmh"], "speed_kmh"),
            "unit": "km_per_h",
            "source": speed_source,
            "confidence": rec.get("speed_confidence") or threshold["confidence"],
        }
        note = rec.get("speed_note") or (
            threshold.get("note", "") if std["speed"]["confidence"] == "unverified" else ""
        )
        if note:
            std["speed"]["note"] = note
    return std


def table_to_checklist(
    frame: pd.DataFrame, base_section: dict[str, Any], sources: dict[str, Any], file: str = "table"
) -> tuple[list[dict[str, Any]], list[Refusal], list[str], dict[str, dict[str, str]]]:
    """Validated standards of the table's rows, the refused rows, the object kinds added, new sources."""
    section = copy.deepcopy(base_section)
    new_sources: dict[str, dict[str, str]] = {}
    refused: list[Refusal] = []
    new_kinds: list[str] = []
    checklist: list[dict[str, Any]] = []
    seen: dict[str, tuple[int, dict[str, Any]]] = {}
    checker = _Check(file)
    for i, rec in enumerate(frame.to_dict("records")):
        row = i + 2  # the header is row 1
        rec = {k: str(v).strip() for k, v in rec.items()}
        sid = rec.get("standard", "")
        try:
            raw = _row_standard(rec, sources, new_sources, file, row)
            for kind in [raw.get("kind")] if isinstance(raw.get("kind"), str) else (raw.get("kind") or []):
                if kind and kind not in section["kinds"]:
                    section["kinds"][kind] = {"en": kind}
                    new_kinds.append(kind)
            for kind in raw.get("levels") or []:
                if kind not in section["kinds"]:
                    section["kinds"][kind] = {"en": kind}
                    new_kinds.append(kind)
            std = checker.standard(f"standards.checklist[{len(checklist)}]", raw, section)
        except (ValueError, NormPackError) as exc:
            reason = exc.detail if isinstance(exc, NormPackError) else str(exc)
            if isinstance(exc, NormPackError) and exc.key:
                reason = f"{exc.key.split('.', 2)[-1]}: {reason}"
            refused.append(Refusal(row, sid, reason))
            continue
        if sid in seen:
            first_row, first = seen[sid]
            other = {k: v for k, v in std.items() if k != "tiers"}
            if set(first["tiers"]) & set(std["tiers"]):
                refused.append(Refusal(row, sid, tr("duplicated standard (first in row {row})").format(row=first_row)))
            elif other != {k: v for k, v in first.items() if k != "tiers"}:
                refused.append(
                    Refusal(
                        row,
                        sid,
                        tr("the standard differs from row {row} in more than the tier; give it another id").format(
                            row=first_row
                        ),
                    )
                )
            else:
                first["tiers"] = sorted(set(first["tiers"]) | set(std["tiers"]))
            continue
        seen[sid] = (row, std)
        checklist.append(std)
    used_kinds = {k for s in checklist for k in (s.get("kind") or []) + (s.get("levels") or [])}
    new_kinds = [k for k in dict.fromkeys(new_kinds) if k in used_kinds]
    return checklist, refused, new_kinds, new_sources


def import_standards(
    table: Any,
    base_pack: Any,
    new_id: str,
    *,
    folder: Any = None,
    title: str | None = None,
    overwrite: bool = False,
    extra_dirs: Sequence[Any] | None = None,
) -> ImportReport:
    """Read the standards table into a new user pack ``new_id`` (a standalone copy of ``base_pack``
    whose checklist is the table's); refuse bad rows one by one and write nothing when none is left."""
    from almaty_planner.core.norms import save_pack

    path = Path(table)
    frame = read_table(path)
    content = base_pack.to_dict()
    base_section = content.get("standards")
    if not base_section:
        raise NormPackError(
            tr("norm pack {pack!r} has no standards section; expected a checklist of regional standards").format(
                pack=content.get("id", "")
            ),
            key="standards",
        )
    checklist, refused, new_kinds, new_sources = table_to_checklist(frame, base_section, content["sources"], path.name)
    report = ImportReport(None, new_id, [s["id"] for s in checklist], refused, new_kinds, sorted(new_sources))
    if not checklist:
        raise InputError(
            tr("no row of the table could be imported: {reasons}").format(
                reasons="; ".join(str(r) for r in refused[:5])
            ),
            layer=path.name,
        )
    section = copy.deepcopy(base_section)
    for kind in new_kinds:
        section["kinds"][kind] = {"en": kind}
    section["checklist"] = checklist
    section["note"] = tr("checklist imported from {file}; directions, kinds and bands of {pack}").format(
        file=path.name, pack=content["id"]
    )
    content["sources"].update(new_sources)
    content["standards"] = section
    report.path = save_pack(
        content,
        new_id,
        folder=folder,
        title=title or tr("{pack} with the standards of {file}").format(pack=content["id"], file=path.name),
        overwrite=overwrite,
        extra_dirs=extra_dirs,
    )
    return report


def checklist_table(pack: Any) -> pd.DataFrame:
    """The pack's checklist as the standards table (one row per standard; tiers as ``3,4,5``)."""
    from almaty_planner.core.standards import standards_of

    stds = standards_of(pack)
    rows = []
    for std in stds.standards:
        d = std.data
        t = d["threshold"]
        src = stds.sources.get(t["source"], {})
        if d["check"] == "population_band":
            obj = ";".join(d["levels"])
            value = ";".join(_text(v) for v in t["value"])
        else:
            obj = ";".join(d.get("kind") or []) if d["check"] != "attribute" else d["field"]
            value = _text(t["value"])
        title = d.get("title") or {}
        rows.append(
            {
                "tier": ",".join(str(x) for x in d["tiers"]),
                "standard": d["id"],
                "direction": d["direction"],
                "kind": d["check"],
                "object": obj,
                "threshold": value,
                "unit": t["unit"],
                "source": t["source"],
                "document": src.get("document", ""),
                "title": title.get("en", ""),
                "title_ru": title.get("ru", ""),
                "title_kk": title.get("kk", ""),
                "mandatory": "yes" if d.get("mandatory", True) else "no",
                "weight": _text(d.get("weight", 1)),
                "confidence": t["confidence"],
                "clause": t.get("clause", ""),
                "edition": t.get("edition", ""),
                "note": t.get("note", ""),
                "mode": d.get("mode", ""),
                "or_field": d.get("or_field", ""),
                "op": d.get("op", ""),
                "speed_kmh": _text(d["speed"]["value"]) if d.get("speed") else "",
                "speed_source": d["speed"]["source"] if d.get("speed") else "",
                "speed_confidence": d["speed"]["confidence"] if d.get("speed") else "",
                "speed_note": d["speed"].get("note", "") if d.get("speed") else "",
                "min_population": _text(d["min_population"]) if "min_population" in d else "",
                "max_population": _text(d["max_population"]) if "max_population" in d else "",
            }
        )
    return pd.DataFrame(rows, columns=list(COLUMNS))


def _text(value: Any) -> str:
    """A number as text without a needless ``.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def export_standards(pack: Any, path: Any) -> Path:
    """Write the pack's checklist as a CSV (UTF-8 with BOM, for Excel) or an Excel table, whole or not at all."""
    from almaty_planner.core.safe_write import write_atomically

    table = checklist_table(pack)
    target = Path(path)
    if target.suffix.lower() == ".xlsx":
        return write_atomically(target, lambda tmp: table.to_excel(tmp, index=False, engine="openpyxl"))
    return write_atomically(target, lambda tmp: table.to_csv(tmp, index=False, encoding="utf-8-sig"))
