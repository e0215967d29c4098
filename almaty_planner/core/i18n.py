"""Translations for the core (messages, report headers) without Qt.

The translations live in the same Qt Linguist sources as the GUI's: every ``i18n/<area>_<lang>.ts``
file (``lang`` is ``ru`` or ``kk``). The core reads them with the standard library, so the Excel
report and the error messages speak Russian and Kazakh in plain Python too. English is the source
language: a string without a translation is returned as written.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from functools import cache

from almaty_planner.core.paths import i18n_dir

LANGUAGES = ("en", "ru", "kk")
_state = threading.local()
_default = {"lang": "en"}


def set_language(lang: str) -> None:
    """Set the language of core messages for the whole process (``en``, ``ru`` or ``kk``)."""
    _default["lang"] = normalize_language(lang)


def language() -> str:
    """The current language of core messages."""
    return getattr(_state, "lang", None) or _default["lang"]


def normalize_language(lang: str | None) -> str:
    """Map a locale such as ``ru_RU`` or ``kk-KZ`` to ``ru`` / ``kk`` / ``en`` (the fallback)."""
    code = (lang or "en").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


@cache
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    """Read every ``*_<lang>.ts`` file into a ``{(context, source): translation}`` map."""
    catalog: dict[tuple[str, str], str] = {}
    folder = i18n_dir()
    for path in sorted(folder.glob(f"*_{lang}.ts")):
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None or not (node.text or "").strip():
                    continue
                if node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                catalog[(name, source)] = node.text or ""
    return catalog


def tr(text: str, context: str = "core", lang: str | None = None) -> str:
    """Translate ``text`` of ``context`` into ``lang`` (default: the current language).

    Translate the template first, then ``.format()`` it: ``tr("{n} schools").format(n=3)``.
    """
    lang = normalize_language(lang) if lang else language()
    if lang == "en":
        return text
    return _catalog(lang).get((context, text), text)
