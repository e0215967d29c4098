"""Every user-visible string has a Russian and a Kazakh translation that formats like the English."""

from __future__ import annotations

import importlib.util
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("ru", "kk")


def _extractor():
    spec = importlib.util.spec_from_file_location("i18n_extract", ROOT / "scripts" / "i18n_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fields(text: str) -> set[str]:
    """The replacement fields of a format string (``{n:,.0f}`` -> ``n``)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated(lang: str) -> None:
    """scripts/i18n_extract.py finds no string of the code without a finished translation."""
    missing = _extractor().missing(lang)
    assert not missing, "\n".join(f"{ctx}: {src!r} ({where[0]})" for (ctx, src), where in sorted(missing.items()))


@pytest.mark.parametrize("path", sorted((ROOT / "i18n").glob("*.ts")), ids=lambda p: p.name)
def test_translations_keep_the_placeholders(path: Path) -> None:
    """A translation uses exactly the {fields} of its source, so .format() cannot fail or lose a value."""
    bad = []
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = (node.text or "") if node is not None else ""
        if not text or "{" not in source + text:
            continue
        if _fields(source) != _fields(text):
            bad.append((source, text))
    assert not bad, bad


def test_language_of_each_file_matches_its_name() -> None:
    """i18n/<area>_<lang>.ts declares language <lang>."""
    for path in (ROOT / "i18n").glob("*.ts"):
        lang = re.sub(r".*_", "", path.stem)
        assert ET.parse(path).getroot().get("language", "").startswith(lang), path.name
