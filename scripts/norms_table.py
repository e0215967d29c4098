"""Print the markdown table of every value of every built-in norm pack, with its source.

Each pack lists the values it defines itself (a child pack's table shows only what it overrides or
adds; the rest comes from its parent, named in the pack's header). The table lives in docs/NORMS.md
only (the README links to it); a test keeps it current.

Usage:
  python scripts/norms_table.py                    # print to stdout
  python scripts/norms_table.py -o docs/NORMS.md   # write the file
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from almaty_planner.core.norms import (  # noqa: E402
    NormPack,
    available_packs,
    builtin_norms_dir,
    read_pack_file,
    validate_content,
)


def _cell(text: Any) -> str:
    """Markdown-safe table cell."""
    if isinstance(text, list):
        text = ", ".join(str(v) for v in text)
    return " ".join(str(text if text is not None else "").split()).replace("|", "\\|")


def _condition(when: dict[str, Any]) -> str:
    """``tier 4, 5; low_rise`` or ``default``."""
    parts = []
    if "tier" in when:
        parts.append("tier " + ", ".join(str(t) for t in when["tier"]))
    if "development" in when:
        parts.append(", ".join(when["development"]))
    return "; ".join(parts) or "default"


def _rows(pack: NormPack, own: dict[str, Any]) -> list[list[str]]:
    """One row per value the pack's own file defines."""
    rows = []
    for sid, svc in own["services"].items():
        for i, term in enumerate(svc.get("demand", [])):
            for name in ("rate", "coverage_pct"):
                if term.get(name):
                    label = f"demand {term.get('option') or i + 1}: " + (
                        "rate" if name == "rate" else f"{term.get('field')} x coverage"
                    )
                    rows.append(_row(pack, sid, label, term[name]))
        for key, variants in (svc.get("values") or {}).items():
            if variants is None:
                rows.append([sid, key, "removed", "", "", "", "", "", "", "inherited value removed"])
                continue
            for v in variants:
                rows.append(_row(pack, sid, key, v))
    return rows


def _row(pack: NormPack, service: str, key: str, v: dict[str, Any]) -> list[str]:
    """A table row for one sourced value."""
    src = pack.sources.get(v["source"], {})
    return [
        service,
        key,
        _condition(v.get("when", {})),
        _cell(v["value"]),
        v["unit"],
        _cell(src.get("document", v["source"])),
        _cell(v.get("clause", "")),
        _cell(v.get("edition") or src.get("edition", "")),
        v["confidence"],
        _cell(v.get("note", "")),
    ]


def _standards_rows(pack: NormPack, own: dict[str, Any]) -> list[str]:
    """The checklist of regional standards the pack's own file defines (section ``standards``)."""
    section = own.get("standards")
    if not section:
        return []
    out = [
        "Regional standards of settlements (section `standards`; sufficiency formula: "
        + f"`{section.get('formula', 'share')}`, our reading: the official formula is not published).",
        "",
        "| standard | direction | check | tiers | mandatory | weight | threshold | unit | document | clause "
        "| confidence | note |",
        "|" + "---|" * 12,
    ]
    for std in section["checklist"]:
        t = std["threshold"]
        src = pack.sources.get(t["source"], {})
        what = std.get("kind") or std.get("levels") or std.get("field") or ""
        out.append(
            "| "
            + " | ".join(
                [
                    f"`{std['id']}` ({_cell(what)})",
                    std["direction"],
                    std["check"],
                    ", ".join(str(x) for x in std["tiers"]),
                    "yes" if std.get("mandatory", True) else "no",
                    _cell(std.get("weight", 1)),
                    _cell(t["value"]),
                    t["unit"],
                    _cell(src.get("document", t["source"])),
                    _cell(t.get("clause", "")),
                    t["confidence"],
                    _cell(t.get("note", "")),
                ]
            )
            + " |"
        )
    out += ["", "Bands and reference levels:", ""]
    for band in section["bands"]:
        v = band["min_pct"]
        out.append(f"- band `{band['id']}`: from {_cell(v['value'])}% ({v['confidence']})")
    for key, v in (section.get("reference_levels") or {}).items():
        out.append(f"- `{key}`: {_cell(v['value'])}% ({_cell(v.get('clause', ''))}; {v['confidence']})")
    out.append("")
    return out


def render() -> str:
    """The whole markdown document."""
    found = available_packs()
    bad = [e for e in found.refused if e.file and Path(e.file).parent == builtin_norms_dir()]
    if bad:
        raise SystemExit("refused built-in packs: " + "; ".join(str(e) for e in bad))
    builtin = {p.id: p for p in found.packs.values() if p.file.parent == builtin_norms_dir()}
    order = sorted(builtin, key=lambda i: (len(builtin[i].chain), i))
    out = [
        "# Norm values of the built-in packs",
        "",
        "Generated by `scripts/norms_table.py` from `resources/norms/*.yaml`; do not edit by hand.",
        "Confidence: confirmed (checked against the text), secondary (secondary source), derived",
        "(computed from statistics), unverified (not checked: every result that uses it says so).",
        "Each pack lists the values it defines; the others come from its parent.",
        "",
    ]
    header = ["service", "key", "condition", "value", "unit", "document", "clause", "edition", "confidence", "note"]
    for pid in order:
        pack = builtin[pid]
        own = validate_content(read_pack_file(pack.file), pack.file)
        out += [
            f"## `{pack.id}`: {pack.title('en')}",
            "",
            f"- jurisdiction: {pack.jurisdiction}; edition: {pack.edition}; parent: `{pack.parent or '-'}`",
            f"- file: `resources/norms/{pack.file.name}`; content hash (sha256): `{pack.content_hash}`",
            "",
        ]
        if own.get("notes"):
            out += [_cell(own["notes"]), ""]
        out += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(r) + " |" for r in _rows(pack, own)]
        out.append("")
        tiers = own.get("tiers")
        if tiers:
            src = pack.sources.get(tiers.get("source", ""), {})
            out += [
                "Settlement tiers ("
                + ", ".join(p for p in (src.get("document", ""), tiers.get("clause", "")) if p)
                + f"; confidence: {tiers.get('confidence', '')}). {_cell(tiers.get('note', ''))}",
                "",
                "| tier | settlements | statuses (id: aliases) |",
                "|---|---|---|",
            ]
            statuses = tiers.get("statuses", {})
            for tier, title in sorted(tiers.get("levels", {}).items()):
                names = "; ".join(
                    f"`{s}`: " + ", ".join(spec["aliases"]) for s, spec in statuses.items() if spec["tier"] == tier
                )
                out.append(f"| {tier} | {_cell(title['en'])} | {_cell(names)} |")
            rules = tiers.get("population_rules") or []
            out += ["", f"Population rules: {len(rules)} (none are shipped: the thresholds are not available)."]
            out.append("")
        out += _standards_rows(pack, own)
        out += ["Sources:", ""]
        for key in sorted(own["sources"]):
            src = own["sources"][key]
            out.append(f"- `{key}`: {_cell(src['document'])} (edition {src['edition']})")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print or write the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    args = parser.parse_args(argv)
    text = render()
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
