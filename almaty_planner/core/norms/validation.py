"""Norm packs, loading and validation: a pack file read safely (no duplicate keys) and checked key by
key; every error names the file and the key path (``services.school.values.radius_m[1].value``)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Union, cast

import yaml

from almaty_planner.core.definitions import CAPACITY_UNITS
from almaty_planner.core.errors import NormPackError
from almaty_planner.core.i18n import tr
from almaty_planner.core.norms.model import (
    BASES,
    CONFIDENCES,
    DEVELOPMENT_TYPES,
    SCHEMA_VERSION,
    TIERS,
    VALUE_UNITS,
)
from almaty_planner.core.safe_yaml import PackLoader, PackYAMLError, load_yaml, read_pack_text

PACK_SUFFIXES = (".yaml", ".yml", ".json")
TOP_KEYS = (
    "schema_version",
    "id",
    "title",
    "jurisdiction",
    "edition",
    "parent",
    "sources",
    "tiers",
    "services",
    "standards",
    "notes",
)
REQUIRED_TOP_KEYS = ("id", "title", "jurisdiction", "edition", "sources", "services")
SOURCE_KEYS = ("document", "edition", "url", "note")
SERVICE_KEYS = ("title", "capacity_unit", "demand", "values", "note")
VALUE_KEYS = ("value", "unit", "source", "clause", "edition", "confidence", "note", "when")
TERM_KEYS = ("basis", "rate", "field", "coverage_pct", "option", "when", "note")
WHEN_KEYS = ("tier", "development")
TIERS_KEYS = ("source", "clause", "confidence", "note", "levels", "statuses", "population_rules")
RULE_KEYS = ("status", "min_population", "max_population", "tier", "note")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


# --------------------------------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------------------------------
class _DuplicateKeyError(Exception):
    """A key that appears twice in one mapping of a pack file."""

    def __init__(self, key: Any, line: int) -> None:
        """Remember the key and its line."""
        super().__init__(key)
        self.key = key
        self.line = line


class _StrictSafeLoader(PackLoader):
    """PyYAML's SafeLoader (no object construction) that refuses aliases, deep nesting and duplicate keys."""


def _strict_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    """Construct a mapping like SafeLoader, refusing a key that appears twice."""
    loader.flatten_mapping(node)
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise _DuplicateKeyError(key, key_node.start_mark.line + 1)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_StrictSafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _strict_mapping)


def _json_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook`` that refuses duplicate keys."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKeyError(key, 0)
        out[key] = value
    return out


def read_pack_file(path: Union[str, Path]) -> dict[str, Any]:
    """Parse a pack file (YAML safely, or JSON) without validating it; NormPackError when unreadable."""
    path = Path(path)
    text = read_pack_text(path)  # size limit before parsing
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text, object_pairs_hook=_json_pairs)
        else:
            data = load_yaml(text, _StrictSafeLoader)
    except _DuplicateKeyError as dup:
        where = tr(" (line {line})").format(line=dup.line) if dup.line else ""
        raise NormPackError(
            tr("the key appears twice{where}; each key (and each service) may appear only once").format(where=where),
            file=str(path),
            key=str(dup.key),
        ) from None
    except PackYAMLError as exc:
        raise NormPackError(str(exc), file=str(path)) from None
    except RecursionError:
        raise NormPackError(tr("nested too deeply"), file=str(path)) from None
    except (yaml.YAMLError, ValueError) as exc:
        raise NormPackError(tr("not valid YAML or JSON: {error}").format(error=exc), file=str(path)) from None
    if not isinstance(data, dict):
        raise NormPackError(
            tr("expected {expected}, got {got}").format(expected=tr("a mapping of keys"), got=type(data).__name__),
            file=str(path),
        )
    return cast("dict[str, Any]", _plain(data))


def _plain(obj: Any) -> Any:
    """Dates (YAML parses ``2023-05-03``) become ISO strings; keys become strings except tier numbers."""
    import datetime as _dt

    if isinstance(obj, dict):
        return {
            (k if isinstance(k, (int, str)) and not isinstance(k, bool) else str(k)): _plain(v) for k, v in obj.items()
        }
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    if isinstance(obj, (_dt.date, _dt.datetime)):
        return obj.isoformat()
    return obj


# --------------------------------------------------------------------------------------------------
# Validation of one file
# --------------------------------------------------------------------------------------------------
class _Checker:
    """Validates the raw content of one pack file; every error names the file and the key path."""

    def __init__(self, path: Path) -> None:
        """Check the file at ``path``."""
        self.file = str(path)

    def fail(self, key: str, message: str) -> None:
        """Raise a NormPackError for ``key``."""
        raise NormPackError(message, file=self.file, key=key)

    def expect(self, key: str, value: Any, kind: type | tuple[type, ...], expected: str) -> Any:
        """Refuse ``value`` unless it is of ``kind``."""
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
            self.fail(key, tr("expected {expected}, got {got!r}").format(expected=expected, got=value))
        return value

    def known_keys(self, key: str, mapping: Mapping[str, Any], allowed: Iterable[str]) -> None:
        """Refuse keys not in ``allowed`` (typos would otherwise be ignored silently)."""
        allowed = tuple(allowed)
        for k in mapping:
            if k not in allowed:
                self.fail(
                    f"{key}.{k}" if key else str(k),
                    tr("unknown key; expected one of: {known}").format(known=", ".join(allowed)),
                )

    def text(self, key: str, value: Any) -> str:
        """A non-empty text."""
        if value is None or (isinstance(value, str) and not value.strip()):
            self.fail(key, tr("missing value; expected {expected}").format(expected=tr("a text")))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        return cast("str", self.expect(key, value, str, tr("a text")))

    def title(self, key: str, value: Any) -> dict[str, str]:
        """A title: text, or a mapping en/ru/kk of texts with ``en``."""
        if isinstance(value, str) and value.strip():
            return {"en": value}
        self.expect(key, value, dict, tr("a text or a mapping en/ru/kk"))
        self.known_keys(key, value, ("en", "ru", "kk"))
        if "en" not in value:
            self.fail(f"{key}.en", tr("missing key; expected {expected}").format(expected=tr("the English title")))
        return {k: self.text(f"{key}.{k}", v) for k, v in value.items()}

    def ident(self, key: str, value: Any) -> str:
        """An id: lower-case letters, digits and ``_``, starting with a letter."""
        if value is None:
            self.fail(key, tr("missing value; expected {expected}").format(expected=tr("an id")))
        if not isinstance(value, str) or not _ID_RE.match(value):
            self.fail(
                key,
                tr("expected {expected}, got {got!r}").format(
                    expected=tr("an id of lower-case latin letters, digits and _"), got=value
                ),
            )
        return cast("str", value)

    def number(self, key: str, value: Any) -> float | int | list[float | int]:
        """A number >= 0, or a list of them."""
        if isinstance(value, list) and value:
            return [cast("float | int", self.number(f"{key}[{i}]", v)) for i, v in enumerate(value)]
        if value is None:
            self.fail(key, tr("missing value; expected {expected}").format(expected=tr("a number >= 0")))
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(key, tr("not a number: {got!r}; expected a number >= 0").format(got=value))
        if value != value or value in (float("inf"), float("-inf")):
            self.fail(key, tr("not a number: {got!r}; expected a number >= 0").format(got=value))
        if value < 0:
            self.fail(key, tr("negative value {got}; expected a number >= 0").format(got=value))
        return cast("float | int | list[float | int]", value)

    def unit(self, key: str, value: Any, allowed: tuple[str, ...]) -> str:
        """A unit from ``allowed``."""
        if value is None:
            self.fail(key, tr("missing key; expected {expected}").format(expected=tr("a unit")))
        if value not in allowed:
            self.fail(
                key, tr("unknown unit {unit!r}; expected one of: {known}").format(unit=value, known=", ".join(allowed))
            )
        return cast("str", value)

    def confidence(self, key: str, value: Any) -> str:
        """One of the four confidence levels."""
        if value is None:
            self.fail(key, tr("missing key; expected {expected}").format(expected=", ".join(CONFIDENCES)))
        if value not in CONFIDENCES:
            self.fail(
                key,
                tr("unknown confidence {got!r}; expected one of: {known}").format(
                    got=value, known=", ".join(CONFIDENCES)
                ),
            )
        return cast("str", value)

    def when(self, key: str, value: Any) -> dict[str, list[Any]]:
        """Conditions ``tier`` (1..5 or a list) and ``development`` (multi_storey/low_rise or a list)."""
        self.expect(key, value, dict, tr("a mapping with tier and/or development"))
        self.known_keys(key, value, WHEN_KEYS)
        out: dict[str, list[Any]] = {}
        if "tier" in value:
            tiers = value["tier"] if isinstance(value["tier"], list) else [value["tier"]]
            for i, t in enumerate(tiers):
                if isinstance(t, bool) or t not in TIERS:
                    self.fail(
                        f"{key}.tier[{i}]",
                        tr("expected {expected}, got {got!r}").format(expected=tr("a tier from 1 to 5"), got=t),
                    )
            out["tier"] = sorted(set(tiers))
        if "development" in value:
            devs = value["development"] if isinstance(value["development"], list) else [value["development"]]
            for i, d in enumerate(devs):
                if d not in DEVELOPMENT_TYPES:
                    self.fail(
                        f"{key}.development[{i}]",
                        tr("expected {expected}, got {got!r}").format(expected=", ".join(DEVELOPMENT_TYPES), got=d),
                    )
            out["development"] = sorted(set(devs))
        return out

    def sourced(self, key: str, raw: Any, units: tuple[str, ...] = VALUE_UNITS) -> dict[str, Any]:
        """One sourced value mapping."""
        self.expect(key, raw, dict, tr("a mapping with value, unit, source, confidence"))
        self.known_keys(key, raw, VALUE_KEYS)
        if "value" not in raw:
            self.fail(f"{key}.value", tr("missing key; expected {expected}").format(expected=tr("a number >= 0")))
        out: dict[str, Any] = {
            "value": self.number(f"{key}.value", raw["value"]),
            "unit": self.unit(f"{key}.unit", raw.get("unit"), units),
            "source": self.text(f"{key}.source", raw.get("source")),
            "confidence": self.confidence(f"{key}.confidence", raw.get("confidence")),
        }
        for opt in ("clause", "edition", "note"):
            if raw.get(opt) is not None:
                out[opt] = self.text(f"{key}.{opt}", raw[opt])
        if out["confidence"] == "unverified" and not out.get("note"):
            self.fail(
                f"{key}.note",
                tr("missing key; expected {expected}").format(expected=tr("a note saying why the value is unverified")),
            )
        if raw.get("when") is not None:
            out["when"] = self.when(f"{key}.when", raw["when"])
        return out

    def term(self, key: str, raw: Any) -> dict[str, Any]:
        """One demand term."""
        self.expect(key, raw, dict, tr("a mapping with basis and rate, or basis, field and coverage_pct"))
        self.known_keys(key, raw, TERM_KEYS)
        basis = raw.get("basis")
        if basis not in BASES:
            self.fail(
                f"{key}.basis", tr("expected {expected}, got {got!r}").format(expected=", ".join(BASES), got=basis)
            )
        out: dict[str, Any] = {"basis": basis}
        if basis == "per_1000":
            if "rate" not in raw:
                self.fail(f"{key}.rate", tr("missing key; expected {expected}").format(expected=tr("a rate per 1000")))
            out["rate"] = self.sourced(f"{key}.rate", raw["rate"])
        else:
            if "field" not in raw or "coverage_pct" not in raw:
                missing = "field" if "field" not in raw else "coverage_pct"
                self.fail(
                    f"{key}.{missing}",
                    tr("missing key; expected {expected}").format(expected=tr("a cohort field and a coverage %")),
                )
            out["field"] = self.text(f"{key}.field", raw["field"])
            out["coverage_pct"] = self.sourced(f"{key}.coverage_pct", raw["coverage_pct"], ("pct",))
        if raw.get("option") is not None:
            out["option"] = self.text(f"{key}.option", raw["option"])
        if raw.get("note") is not None:
            out["note"] = self.text(f"{key}.note", raw["note"])
        if raw.get("when") is not None:
            out["when"] = self.when(f"{key}.when", raw["when"])
        return out

    def variants(self, key: str, raw: Any) -> list[dict[str, Any]]:
        """A value: one mapping, or a list of variants; no two variants with the same conditions."""
        items = raw if isinstance(raw, list) else [raw]
        if not items:
            self.fail(
                key, tr("missing value; expected {expected}").format(expected=tr("a value or a list of variants"))
            )
        out = [self.sourced(f"{key}[{i}]" if isinstance(raw, list) else key, v) for i, v in enumerate(items)]
        seen: dict[str, int] = {}
        for i, v in enumerate(out):
            sig = json.dumps(v.get("when", {}), sort_keys=True)
            if sig in seen:
                self.fail(
                    f"{key}[{i}].when",
                    tr("two variants with the same conditions {when}; expected different conditions").format(when=sig),
                )
            seen[sig] = i
        return out

    def service(self, key: str, raw: Any) -> dict[str, Any]:
        """One service of a pack file (fields may be left to the parent)."""
        self.expect(key, raw, dict, tr("a mapping with capacity_unit, demand and values"))
        self.known_keys(key, raw, SERVICE_KEYS)
        out: dict[str, Any] = {}
        if "title" in raw:
            out["title"] = self.title(f"{key}.title", raw["title"])
        if "capacity_unit" in raw:
            out["capacity_unit"] = self.unit(f"{key}.capacity_unit", raw["capacity_unit"], CAPACITY_UNITS)
        if "note" in raw and raw["note"] is not None:
            out["note"] = self.text(f"{key}.note", raw["note"])
        if "demand" in raw:
            demand = raw["demand"] if raw["demand"] is not None else []
            self.expect(f"{key}.demand", demand, list, tr("a list of demand terms"))
            out["demand"] = [self.term(f"{key}.demand[{i}]", t) for i, t in enumerate(demand)]
        if "values" in raw:
            values = raw["values"] if raw["values"] is not None else {}
            self.expect(f"{key}.values", values, dict, tr("a mapping of value keys"))
            out["values"] = {}
            for vkey, vraw in values.items():
                self.ident(f"{key}.values.{vkey}", vkey)
                # null removes a value inherited from the parent
                out["values"][vkey] = None if vraw is None else self.variants(f"{key}.values.{vkey}", vraw)
        return out

    def tiers(self, key: str, raw: Any) -> dict[str, Any]:
        """The settlement tier rules."""
        self.expect(key, raw, dict, tr("a mapping with levels, statuses and population_rules"))
        self.known_keys(key, raw, TIERS_KEYS)
        out: dict[str, Any] = {}
        for opt in ("source", "clause", "note"):
            if raw.get(opt) is not None:
                out[opt] = self.text(f"{key}.{opt}", raw[opt])
        if "confidence" in raw:
            out["confidence"] = self.confidence(f"{key}.confidence", raw["confidence"])
        if "levels" in raw:
            levels = self.expect(f"{key}.levels", raw["levels"], dict, tr("a mapping of tiers 1-5"))
            out["levels"] = {}
            for t, title in levels.items():
                t = int(t) if isinstance(t, str) and t.isdigit() else t
                if isinstance(t, bool) or t not in TIERS:
                    self.fail(
                        f"{key}.levels.{t}",
                        tr("expected {expected}, got {got!r}").format(expected=tr("a tier from 1 to 5"), got=t),
                    )
                out["levels"][t] = self.title(f"{key}.levels.{t}", title)
        if "statuses" in raw:
            statuses = self.expect(f"{key}.statuses", raw["statuses"], dict, tr("a mapping of status to tier"))
            out["statuses"] = {}
            for status, spec in statuses.items():
                skey = f"{key}.statuses.{status}"
                self.ident(skey, status)
                if isinstance(spec, int) and not isinstance(spec, bool):
                    spec = {"tier": spec}
                self.expect(skey, spec, dict, tr("a tier, or a mapping with tier and aliases"))
                self.known_keys(skey, spec, ("tier", "aliases", "title", "note"))
                tier = spec.get("tier")
                if isinstance(tier, bool) or tier not in TIERS:
                    self.fail(
                        f"{skey}.tier",
                        tr("expected {expected}, got {got!r}").format(expected=tr("a tier from 1 to 5"), got=tier),
                    )
                aliases = spec.get("aliases", [])
                self.expect(f"{skey}.aliases", aliases, list, tr("a list of texts"))
                entry: dict[str, Any] = {"tier": tier, "aliases": [self.text(f"{skey}.aliases", a) for a in aliases]}
                if spec.get("title") is not None:
                    entry["title"] = self.title(f"{skey}.title", spec["title"])
                if spec.get("note") is not None:
                    entry["note"] = self.text(f"{skey}.note", spec["note"])
                out["statuses"][status] = entry
        if "population_rules" in raw:
            rules = raw["population_rules"] if raw["population_rules"] is not None else []
            self.expect(f"{key}.population_rules", rules, list, tr("a list of rules"))
            out["population_rules"] = [self.rule(f"{key}.population_rules[{i}]", r) for i, r in enumerate(rules)]
        return out

    def rule(self, key: str, raw: Any) -> dict[str, Any]:
        """A population rule: optional statuses, population bounds [min, max) and the tier."""
        self.expect(key, raw, dict, tr("a mapping with tier and min_population and/or max_population"))
        self.known_keys(key, raw, RULE_KEYS)
        tier = raw.get("tier")
        if isinstance(tier, bool) or tier not in TIERS:
            self.fail(
                f"{key}.tier",
                tr("expected {expected}, got {got!r}").format(expected=tr("a tier from 1 to 5"), got=tier),
            )
        if raw.get("min_population") is None and raw.get("max_population") is None:
            self.fail(
                f"{key}.min_population",
                tr("missing key; expected {expected}").format(expected=tr("min_population and/or max_population")),
            )
        out: dict[str, Any] = {"tier": tier}
        for bound in ("min_population", "max_population"):
            if raw.get(bound) is not None:
                out[bound] = self.number(f"{key}.{bound}", raw[bound])
        if raw.get("status") is not None:
            status = raw["status"] if isinstance(raw["status"], list) else [raw["status"]]
            out["status"] = [self.ident(f"{key}.status", s) for s in status]
        if raw.get("note") is not None:
            out["note"] = self.text(f"{key}.note", raw["note"])
        return out

    def pack(self, raw: dict[str, Any]) -> dict[str, Any]:
        """The whole file."""
        self.known_keys("", raw, TOP_KEYS)
        for k in REQUIRED_TOP_KEYS:
            if k not in raw:
                self.fail(k, tr("missing key; expected {expected}").format(expected=_describe_top(k)))
        version = raw.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            self.fail(
                "schema_version",
                tr("expected {expected}, got {got!r}").format(expected=str(SCHEMA_VERSION), got=version),
            )
        out: dict[str, Any] = {
            "id": self.ident("id", raw["id"]),
            "title": self.title("title", raw["title"]),
            "jurisdiction": self.text("jurisdiction", raw["jurisdiction"]),
            "edition": self.text("edition", raw["edition"]),
            "parent": None if raw.get("parent") is None else self.ident("parent", raw["parent"]),
        }
        if raw.get("notes") is not None:
            out["notes"] = self.text("notes", raw["notes"])
        sources = raw["sources"] if raw["sources"] is not None else {}
        self.expect("sources", sources, dict, tr("a mapping of source keys to documents"))
        out["sources"] = {}
        for skey, src in sources.items():
            self.ident(f"sources.{skey}", skey)
            self.expect(f"sources.{skey}", src, dict, tr("a mapping with document and edition"))
            self.known_keys(f"sources.{skey}", src, SOURCE_KEYS)
            entry = {
                "document": self.text(f"sources.{skey}.document", src.get("document")),
                "edition": self.text(f"sources.{skey}.edition", src.get("edition")),
            }
            for opt in ("url", "note"):
                if src.get(opt) is not None:
                    entry[opt] = self.text(f"sources.{skey}.{opt}", src[opt])
            out["sources"][skey] = entry
        services = raw["services"] if raw["services"] is not None else {}
        self.expect("services", services, dict, tr("a mapping of service ids"))
        out["services"] = {}
        for sid, sraw in services.items():
            self.ident(f"services.{sid}", sid)
            out["services"][sid] = self.service(f"services.{sid}", sraw)
        if raw.get("tiers") is not None:
            out["tiers"] = self.tiers("tiers", raw["tiers"])
        if raw.get("standards") is not None:  # the checklist of regional standards: core/standards.py validates it
            from almaty_planner.core.standards import validate_section

            out["standards"] = validate_section(raw["standards"], self.file)
        return out


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    """``kind`` as a tuple of types."""
    return kind if isinstance(kind, tuple) else (kind,)


def _describe_top(key: str) -> str:
    """What a top-level key should hold (for messages)."""
    return {
        "id": tr("an id"),
        "title": tr("a text or a mapping en/ru/kk"),
        "jurisdiction": tr("a text"),
        "edition": tr("a text"),
        "sources": tr("a mapping of source keys to documents"),
        "services": tr("a mapping of service ids"),
    }.get(key, key)


def validate_content(raw: dict[str, Any], path: Union[str, Path]) -> dict[str, Any]:
    """Validate the raw content of one pack file and return it normalised; NormPackError if bad."""
    return _Checker(Path(path)).pack(raw)
