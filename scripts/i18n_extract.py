"""List every translatable string of the plugin and check the Russian and Kazakh translations.

Finds ``tr("...")`` calls (the core's ``almaty_planner.core.i18n.tr``, context ``core`` unless given;
the GUI's ``almaty_planner.toolbelt.tr``, context ``AlmatyPlanner``), ``self.tr("...")`` in Qt classes
(context: ``AlmatyAlgorithm`` for algorithms, else the class name) and
``QCoreApplication.translate("Context", "...")``.

Usage:
  python scripts/i18n_extract.py --check            # exit 1 and list what is untranslated
  python scripts/i18n_extract.py --write AREA       # add the untranslated strings to i18n/AREA_<lang>.ts
                                                    # as unfinished entries, for a translator
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "almaty_planner"
LANGS = ("ru", "kk")
EXTRA_SOURCES = (ROOT / "scripts" / "run_demo.py",)  # the main job's report and map texts


def _const(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _tr_context(tree: ast.Module) -> str | None:
    """Default context of a bare ``tr(...)`` in this module, from where ``tr`` is imported."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and any(a.name == "tr" for a in node.names):
            if node.module == "almaty_planner.core.i18n":
                return "core"
            if node.module == "almaty_planner.toolbelt":
                return "AlmatyPlanner"
    return None


def extract() -> dict[tuple[str, str], list[str]]:
    """``{(context, source): [file:line, ...]}`` for every translatable string in the package."""
    found: dict[tuple[str, str], list[str]] = {}
    for path in [*sorted(PACKAGE.rglob("*.py")), *EXTRA_SOURCES]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        default = _tr_context(tree)
        where = path.relative_to(ROOT).as_posix()
        classes: list[tuple[ast.ClassDef, set[int]]] = []
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            classes.append((cls, {id(n) for n in ast.walk(cls)}))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            context = source = None
            if isinstance(func, ast.Name) and func.id == "tr" and default and node.args:
                source = _const(node.args[0])
                context = default
                if len(node.args) > 1 and _const(node.args[1]):
                    context = _const(node.args[1])
                for kw in node.keywords:
                    if kw.arg == "context" and _const(kw.value):
                        context = _const(kw.value)
            elif (
                isinstance(func, ast.Attribute)
                and func.attr == "tr"
                and isinstance(func.value, ast.Name)
                and func.value.id == "i18n"
                and node.args
            ):  # almaty_planner.core.i18n imported as a module
                source = _const(node.args[0])
                context = "core"
                for kw in node.keywords:
                    if kw.arg == "context" and _const(kw.value):
                        context = _const(kw.value)
            elif isinstance(func, ast.Attribute) and func.attr == "tr" and node.args:
                if isinstance(func.value, ast.Name) and func.value.id == "self":
                    source = _const(node.args[0])
                    owner = [c for c, ids in classes if id(node) in ids]
                    cls = owner[-1] if owner else None
                    bases = {getattr(b, "id", getattr(b, "attr", "")) for b in cls.bases} if cls else set()
                    is_alg = cls is not None and (
                        "AlmatyAlgorithm" in bases or cls.name.endswith("Algorithm") or cls.name == "AlmatyAlgorithm"
                    )
                    context = "AlmatyAlgorithm" if is_alg else (cls.name if cls else None)
            elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2:
                context, source = _const(node.args[0]), _const(node.args[1])
            if context and source:
                found.setdefault((context, source), []).append(f"{where}:{node.lineno}")
    return found


def translations(lang: str) -> dict[tuple[str, str], str]:
    """Finished translations of ``lang`` from every i18n/*_<lang>.ts."""
    out: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "i18n").glob(f"*_{lang}.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if (node.text or "").strip():
                    out[(name, message.findtext("source") or "")] = node.text or ""
    return out


def missing(lang: str) -> dict[tuple[str, str], list[str]]:
    """Strings of the code without a finished ``lang`` translation."""
    done = translations(lang)
    return {key: where for key, where in extract().items() if key not in done}


def write_unfinished(area: str) -> None:
    """Append the untranslated strings to i18n/<area>_<lang>.ts as unfinished entries."""
    for lang in LANGS:
        todo = missing(lang)
        path = ROOT / "i18n" / f"{area}_{lang}.ts"
        if path.is_file():
            root = ET.parse(path).getroot()
        else:
            root = ET.Element("TS", version="2.1", language=lang)
        present = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
        contexts = {c.findtext("name"): c for c in root.iter("context")}
        for (context, source), where in sorted(todo.items()):
            if (context, source) in present:
                continue
            ctx = contexts.get(context)
            if ctx is None:
                ctx = ET.SubElement(root, "context")
                ET.SubElement(ctx, "name").text = context
                contexts[context] = ctx
            msg = ET.SubElement(ctx, "message")
            file, line = where[0].rsplit(":", 1)
            ET.SubElement(msg, "location", filename=f"../{file}", line=line)
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation", type="unfinished")
        ET.indent(root)
        path.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n",
            encoding="utf-8",
        )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="list untranslated strings; exit 1 if any")
    parser.add_argument("--write", metavar="AREA", help="add untranslated strings to i18n/AREA_<lang>.ts")
    args = parser.parse_args(argv)
    if args.write:
        write_unfinished(args.write)
        return 0
    status = 0
    for lang in LANGS:
        todo = missing(lang)
        for (context, source), where in sorted(todo.items()):
            sys.stdout.write(f"{lang}\t{context}\t{source!r}\t{where[0]}\n")
        if todo and args.check:
            status = 1
    total = len(extract())
    counts = ", ".join(f"{lang} {len(missing(lang))}" for lang in LANGS)
    sys.stdout.write(f"{total} strings; untranslated: {counts}\n")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
