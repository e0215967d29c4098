"""Norm packs, resolution: a pack merged over its parents (per service and per value key), and the
checks that need the whole chain."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from almaty_planner.core.definitions import CAPACITY_UNITS
from almaty_planner.core.errors import NormPackError
from almaty_planner.core.i18n import tr
from almaty_planner.core.norms.model import NormPack
from almaty_planner.core.norms.validation import _Checker


# --------------------------------------------------------------------------------------------------
# Inheritance
# --------------------------------------------------------------------------------------------------
def _merge(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """Child over parent: per service and per value key; demand lists and tier sections replace whole."""
    out = copy.deepcopy(parent)
    for k in ("id", "title", "jurisdiction", "edition", "parent"):
        out[k] = copy.deepcopy(child[k])
    if "notes" in child:
        out["notes"] = child["notes"]
    else:
        out.pop("notes", None)
    out["sources"].update(copy.deepcopy(child["sources"]))
    if "tiers" in child:
        tiers = out.get("tiers") or {}
        tiers.update(copy.deepcopy(child["tiers"]))
        out["tiers"] = tiers
    if "standards" in child:  # a child's checklist replaces the parent's whole
        out["standards"] = copy.deepcopy(child["standards"])
    for sid, svc in child["services"].items():
        merged = out["services"].setdefault(sid, {})
        for k, v in svc.items():
            if k == "values":
                values = merged.setdefault("values", {})
                for vkey, variants in v.items():
                    if variants is None:
                        values.pop(vkey, None)
                    else:
                        values[vkey] = copy.deepcopy(variants)
            else:
                merged[k] = copy.deepcopy(v)
    return out


def _check_resolved(content: dict[str, Any], path: Path) -> None:
    """Checks that need the whole chain: capacity units, titles, known sources."""
    check = _Checker(path)
    known = sorted(content["sources"])
    for sid, svc in content["services"].items():
        key = f"services.{sid}"
        if "capacity_unit" not in svc:
            check.fail(
                f"{key}.capacity_unit",
                tr("missing key; expected {expected}").format(expected=", ".join(CAPACITY_UNITS)),
            )
        if "title" not in svc:
            check.fail(
                f"{key}.title",
                tr("missing key; expected {expected}").format(expected=tr("a text or a mapping en/ru/kk")),
            )
        svc.setdefault("demand", [])
        svc.setdefault("values", {})
        refs = [(f"{key}.values.{vk}[{i}]", v) for vk, vs in svc["values"].items() for i, v in enumerate(vs)]
        for i, term in enumerate(svc["demand"]):
            for name in ("rate", "coverage_pct"):
                if term.get(name):
                    refs.append((f"{key}.demand[{i}].{name}", term[name]))
        for where, v in refs:
            if v["source"] not in content["sources"]:
                check.fail(
                    f"{where}.source",
                    tr("unknown source {source!r}; the pack's sources are: {known}").format(
                        source=v["source"], known=", ".join(known)
                    ),
                )
    from almaty_planner.core.standards import check_resolved as check_standards

    check_standards(content, str(path))
    tiers = content.get("tiers")
    if tiers and tiers.get("source") and tiers["source"] not in content["sources"]:
        check.fail(
            "tiers.source",
            tr("unknown source {source!r}; the pack's sources are: {known}").format(
                source=tiers["source"], known=", ".join(known)
            ),
        )


def _resolve(pack_id: str, found: Mapping[str, tuple[Path, dict[str, Any]]]) -> NormPack:
    """Resolve ``pack_id`` through its parents; NormPackError for unknown parents and cycles."""
    chain: list[str] = []
    files: list[Path] = []
    current: str | None = pack_id
    while current is not None:
        if current in chain:
            cycle = " -> ".join([*chain[chain.index(current) :], current])
            raise NormPackError(
                tr("cycle of parents: {cycle}; expected a chain that ends at a pack without parent").format(
                    cycle=cycle
                ),
                file=str(files[0]),
                key="parent",
            )
        if current not in found:
            child_file = files[-1] if files else None
            raise NormPackError(
                tr("parent pack {parent!r} not found; expected one of: {known}").format(
                    parent=current, known=", ".join(sorted(found))
                ),
                file=str(child_file) if child_file else None,
                key="parent",
            )
        path, content = found[current]
        chain.append(current)
        files.append(path)
        current = content.get("parent")
    resolved: dict[str, Any] | None = None
    for pid in reversed(chain):
        content = found[pid][1]
        if resolved is None:
            resolved = copy.deepcopy(content)
        else:
            resolved = _merge(resolved, content)
    assert resolved is not None
    _check_resolved(resolved, files[0])
    return NormPack(resolved, chain, files)
