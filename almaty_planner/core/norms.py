"""Norm packs: the norms every check compares against, as data files a planner can read and change.

A pack is a YAML (or JSON) file under ``resources/norms/``, a user folder or a folder QGIS passes in.
Its schema is documented in ``resources/norms/SCHEMA.md``. In short: a pack names its id, title,
jurisdiction, edition and source documents, may name a ``parent`` whose content it overrides per
service and per key, and gives per service a capacity unit, demand terms and sourced values. A value
may have variants with ``when: {tier: [4, 5]}`` / ``when: {development: low_rise}``: the most specific
variant that matches wins (ties: the first listed), the variant without ``when`` is the default.

Nothing here is a norm value: every number comes from a pack file.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path
from typing import Any, NamedTuple, Union

import numpy as np
import yaml

from almaty_planner.core.definitions import CAPACITY_UNITS
from almaty_planner.core.errors import InputError, NormPackError
from almaty_planner.core.i18n import normalize_language, tr
from almaty_planner.core.paths import resources_dir

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
ENV_NORMS_DIR = "ALMATY_PLANNER_NORMS_DIR"
PACK_SUFFIXES = (".yaml", ".yml", ".json")

VALUE_UNITS = (
    *CAPACITY_UNITS,
    "m",
    "min",
    "pct",
    "ha",
    "pupils",
    "objects",
    "m2_per_resident",
    "m2_per_pupil",
    "m2_per_place",
    "places_per_1000",
    "visits_per_shift_per_1000",
    "beds_per_1000",
    "residents_per_1000",
)
CONFIDENCES = ("confirmed", "secondary", "derived", "unverified")
DEVELOPMENT_TYPES = ("multi_storey", "low_rise")
TIERS = (1, 2, 3, 4, 5)
BASES = ("per_1000", "cohort")

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
# Values
# --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SourcedValue:
    """One norm value with where it comes from and how sure we are of it."""

    value: Any
    unit: str
    source: str
    document: str
    clause: str
    edition: str
    confidence: str
    note: str = ""
    key: str = ""
    service: str = ""
    when: Mapping[str, Any] = dc_field(default_factory=dict)

    @property
    def is_unverified(self) -> bool:
        """True when the value has not been checked against the official text."""
        return self.confidence == "unverified"

    def describe(self) -> str:
        """``document, clause, edition`` as one line for reports."""
        return ", ".join(p for p in (self.document, self.clause, self.edition) if p)


@dataclass(frozen=True)
class DemandTerm:
    """One term of demand: ``per_1000`` (population x rate / 1000) or ``cohort`` (field x coverage %).

    Terms with the same ``option`` are summed; options are alternatives in order of preference
    (an option is usable when every cohort field it needs is in the units layer).
    """

    basis: str
    rate: SourcedValue | None = None
    field: str | None = None
    coverage_pct: SourcedValue | None = None
    option: str = ""
    when: Mapping[str, Any] = dc_field(default_factory=dict)
    note: str = ""

    def values(self) -> list[SourcedValue]:
        """The sourced values this term uses."""
        return [v for v in (self.rate, self.coverage_pct) if v is not None]


# --------------------------------------------------------------------------------------------------
# Norm use: the one record of a value a check used
# --------------------------------------------------------------------------------------------------
GIVEN_BY_USER = "given"
"""``source`` of a value the caller gave instead of the pack's (a parameter such as ``radius_m``)."""


@dataclass(frozen=True)
class NormUse:
    """One norm value as a check used it: which value, for which tier and development, from where.

    Every check (provision, green space, engineering gap, ...) returns these records and writes them
    into its result table (field ``norms_used``, see :func:`encode_uses`); the Excel report lists them.
    ``field`` is the units' cohort field of a ``coverage_pct`` demand term (empty otherwise).
    ``source`` is the pack's source key, or :data:`GIVEN_BY_USER` for a value the caller gave.
    """

    service: str
    key: str
    value: Any
    unit: str = ""
    tier: Union[int, None] = None
    development: Union[str, None] = None
    document: str = ""
    clause: str = ""
    edition: str = ""
    confidence: str = ""
    unverified: bool = False
    note: str = ""
    source: str = ""
    field: str = ""

    @classmethod
    def of(
        cls,
        value: Any,
        tier: Union[int, None] = None,
        development: Union[str, None] = None,
        *,
        field: str = "",
        service: str | None = None,
        key: str | None = None,
    ) -> NormUse:
        """The record of a pack value used for ``tier`` and ``development`` (``service``/``key``: the value's own)."""

        def text(name: str) -> str:
            got = getattr(value, name, "")
            return "" if got is None else str(got)

        return cls(
            service=service if service is not None else text("service"),
            key=key if key is not None else text("key"),
            value=getattr(value, "value", None),
            unit=text("unit"),
            tier=None if tier is None else int(tier),
            development=None if development is None else str(development),
            document=text("document"),
            clause=text("clause"),
            edition=text("edition"),
            confidence=text("confidence"),
            unverified=bool(getattr(value, "is_unverified", False)),
            note=text("note"),
            source=text("source"),
            field=field,
        )

    @classmethod
    def given(cls, service: str, key: str, value: Any, unit: str = "") -> NormUse:
        """The record of a value the caller gave instead of the pack's."""
        return cls(
            service=service, key=key, value=value, unit=unit, document=tr("given by the user"), source=GIVEN_BY_USER
        )

    @property
    def is_unverified(self) -> bool:
        """True when the value has not been checked against the official text."""
        return self.unverified

    @property
    def identity(self) -> tuple[Any, ...]:
        """What makes two records the same use: service, key, cohort field, tier and development."""
        return (self.service, self.key, self.field, self.tier, self.development)

    def describe(self) -> str:
        """``document, clause, edition`` as one line for reports."""
        return ", ".join(p for p in (self.document, self.clause, self.edition) if p)

    def to_dict(self) -> dict[str, Any]:
        """The record as a mapping without empty parts (for the ``norms_used`` field)."""
        out: dict[str, Any] = {}
        for name in _USE_FIELDS:
            v = getattr(self, name)
            if v is None or v == "" or (name == "unverified" and not v):
                continue
            out[name] = v
        return out

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> NormUse:
        """A record from :meth:`to_dict` (unknown names are refused)."""
        unknown = set(raw) - set(_USE_FIELDS)
        if unknown or "service" not in raw or "key" not in raw:
            raise ValueError(f"not a norm use record: {dict(raw)!r}")
        return cls(**{k: raw[k] for k in _USE_FIELDS if k in raw})


_USE_FIELDS = (
    "service",
    "key",
    "field",
    "tier",
    "development",
    "value",
    "unit",
    "document",
    "clause",
    "edition",
    "confidence",
    "unverified",
    "note",
    "source",
)


def unique_uses(uses: Iterable[NormUse]) -> list[NormUse]:
    """``uses`` once each (the first of each :attr:`NormUse.identity`), in order."""
    seen: dict[tuple[Any, ...], NormUse] = {}
    for use in uses:
        seen.setdefault(use.identity, use)
    return list(seen.values())


def encode_uses(uses: Iterable[NormUse]) -> str:
    """The compact JSON text of the ``norms_used`` field of a result row."""
    return json.dumps([u.to_dict() for u in unique_uses(uses)], ensure_ascii=False, separators=(",", ":"), default=str)


def decode_uses(text: Any) -> list[NormUse]:
    """The records of a ``norms_used`` field (empty for an empty field); ValueError when it is not one."""
    if text is None or (isinstance(text, float) and text != text) or str(text).strip() in ("", "NULL"):
        return []
    data = json.loads(str(text))
    if not isinstance(data, list):
        raise ValueError("not a list of norm use records")
    return [NormUse.from_dict(item) for item in data]


class NormUsage:
    """Collects the norm values a check used (as :class:`NormUse` records), in the order first used."""

    def __init__(self, pack: NormPack | None = None) -> None:
        """Start an empty record (for ``pack`` when given)."""
        self.pack = pack
        self._used: dict[tuple[Any, ...], NormUse] = {}

    def add(self, use: NormUse) -> NormUse:
        """Record ``use`` (a second use of the same value for the same tier and development is ignored)."""
        self._used.setdefault(use.identity, use)
        return use

    def record(
        self,
        item: Union[SourcedValue, DemandTerm, NormUse, Iterable[Any], None],
        tier: Union[int, None] = None,
        development: Union[str, None] = None,
    ) -> None:
        """Record a value, every value of a demand term, or of a list of them (None is ignored)."""
        if item is None:
            return
        if isinstance(item, NormUse):
            self.add(item)
        elif isinstance(item, SourcedValue):
            self.add(NormUse.of(item, tier, development))
        elif isinstance(item, DemandTerm):
            if item.rate is not None:
                self.add(NormUse.of(item.rate, tier, development))
            if item.coverage_pct is not None:
                self.add(NormUse.of(item.coverage_pct, tier, development, field=item.field or ""))
        else:
            for sub in item:
                self.record(sub, tier, development)

    @property
    def used(self) -> list[NormUse]:
        """Every value recorded, in the order first used."""
        return list(self._used.values())

    @property
    def unverified(self) -> list[NormUse]:
        """The recorded values marked unverified."""
        return [v for v in self._used.values() if v.unverified]

    def unverified_keys(self, qualified: bool = False) -> list[str]:
        """Sorted keys of unverified values used (``radius_m`` or, qualified, ``school.radius_m``)."""
        keys = {f"{v.service}.{v.key}" if qualified else v.key for v in self.unverified}
        return sorted(keys)

    def warnings(self, lang: str | None = None) -> list[str]:
        """One warning per unverified value used, in ``lang``."""
        out = []
        for v in self.unverified:
            out.append(
                tr("unverified norm value used: {service} {key} = {value} {unit} ({source}; {note})", lang=lang).format(
                    service=v.service, key=v.key, value=v.value, unit=v.unit, source=v.describe(), note=v.note
                )
            )
        return out


# --------------------------------------------------------------------------------------------------
# Service and pack
# --------------------------------------------------------------------------------------------------
def _matches(when: Mapping[str, Any], tier: int | None, development: str | None) -> bool:
    """True when every condition of ``when`` holds for ``tier`` and ``development``."""
    if "tier" in when and (tier is None or int(tier) not in when["tier"]):
        return False
    return not ("development" in when and (development is None or development not in when["development"]))


class ServiceNorm:
    """The norms of one service (school, kindergarten, ...) in a resolved pack."""

    def __init__(self, pack: NormPack, service_id: str, data: Mapping[str, Any]) -> None:
        """Wrap the resolved ``data`` of ``service_id`` in ``pack``."""
        self.pack = pack
        self.id = service_id
        self._data = data

    def __repr__(self) -> str:
        """Short description for logs."""
        return f"ServiceNorm({self.pack.id}:{self.id})"

    @property
    def capacity_unit(self) -> str:
        """``places``, ``visits_per_shift``, ``beds``, ``m2`` or ``residents``."""
        return self._data["capacity_unit"]

    @property
    def keys(self) -> list[str]:
        """The value keys this service defines."""
        return sorted(self._data.get("values", {}))

    @property
    def note(self) -> str:
        """The service's note, if any."""
        return self._data.get("note", "") or ""

    def title(self, lang: str | None = None) -> str:
        """The service's name in ``lang`` (en/ru/kk; English when missing)."""
        return _pick_title(self._data.get("title"), lang) or self.id

    def _sourced(self, key: str, raw: Mapping[str, Any]) -> SourcedValue:
        """Turn a resolved value mapping into a SourcedValue."""
        src = self.pack.sources.get(raw.get("source", ""), {})
        return SourcedValue(
            value=raw["value"],
            unit=raw["unit"],
            source=raw.get("source", ""),
            document=src.get("document", ""),
            clause=str(raw.get("clause", "") or ""),
            edition=str(raw.get("edition") or src.get("edition", "") or ""),
            confidence=raw["confidence"],
            note=raw.get("note", "") or "",
            key=key,
            service=self.id,
            when=copy.deepcopy(raw.get("when", {})),
        )

    def variants(self, key: str) -> list[SourcedValue]:
        """Every variant of ``key`` (default and conditional), in pack order."""
        return [self._sourced(key, raw) for raw in self._data.get("values", {}).get(key, [])]

    def value(self, key: str, tier: int | None = None, development: str | None = None) -> SourcedValue | None:
        """The value of ``key`` for ``tier`` and ``development`` (most specific variant), or None."""
        best: tuple[int, int] | None = None
        chosen = None
        for pos, raw in enumerate(self._data.get("values", {}).get(key, [])):
            when = raw.get("when", {})
            if not _matches(when, tier, development):
                continue
            rank = (len(when), -pos)
            if best is None or rank > best:
                best, chosen = rank, raw
        if chosen is None:
            return None
        result = self._sourced(key, chosen)
        self.pack._record(result, tier, development)
        return result

    def demand_terms(
        self, tier: int | None = None, development: str | None = None, *, record: bool = True
    ) -> list[DemandTerm]:
        """The demand terms that apply to ``tier``/``development``; options with more conditions first."""
        terms = []
        for pos, raw in enumerate(self._data.get("demand", [])):
            when = raw.get("when", {})
            if not _matches(when, tier, development):
                continue
            term = DemandTerm(
                basis=raw["basis"],
                rate=self._sourced("demand_rate", raw["rate"]) if raw.get("rate") else None,
                field=raw.get("field"),
                coverage_pct=self._sourced("coverage_pct", raw["coverage_pct"]) if raw.get("coverage_pct") else None,
                option=str(raw.get("option") or f"option_{pos + 1}"),
                when=copy.deepcopy(when),
                note=raw.get("note", "") or "",
            )
            terms.append(term)
        # stable: more specific options first, otherwise pack order
        spec: dict[str, int] = {}
        for t in terms:
            spec[t.option] = max(spec.get(t.option, 0), len(t.when))
        order = list(dict.fromkeys(t.option for t in terms))
        ranked = sorted(order, key=lambda o: (-spec[o], order.index(o)))
        terms = [t for o in ranked for t in terms if t.option == o]
        if record:
            for t in terms:
                self.pack._record(t, tier, development)
        return terms

    def choose_demand(
        self, columns: Iterable[str], tier: int | None = None, development: str | None = None
    ) -> list[DemandTerm]:
        """The terms of the first usable demand option given the units' ``columns`` (records them)."""
        terms = self.demand_terms(tier, development, record=False)
        group = select_option(terms, columns)
        if group is not None:
            self.pack._record(group, tier, development)
            return group
        needed = sorted({t.field for t in terms if t.field})
        raise NormPackError(
            tr("no demand basis of service {service} can be used: the units need one of the fields {fields}").format(
                service=self.id, fields=", ".join(needed) or "-"
            ),
            file=self.pack.id,
            key=f"services.{self.id}.demand",
        )


def select_option(terms: Sequence[Any], columns: Iterable[str]) -> list[Any] | None:
    """The terms of the first demand option whose cohort fields are all in ``columns`` (None if none is).

    Terms with the same ``option`` are summed; options are alternatives in the order given (the order
    of :meth:`ServiceNorm.demand_terms`: more specific options first, then the pack's order).
    """
    have = set(columns)
    for option in dict.fromkeys(getattr(t, "option", "") for t in terms):
        group = [t for t in terms if getattr(t, "option", "") == option]
        if all(t.basis == "per_1000" or t.field in have for t in group):
            return group
    return None


def compute_demand(units: Any, terms: Iterable[DemandTerm], population: Any) -> Any:
    """Demand per unit: sum of ``population * rate / 1000`` and ``units[field] * coverage / 100``.

    ``population`` is a number or a pandas Series aligned with ``units``; cohort fields are read as
    numbers (use ``validation.numeric_field`` beforehand to refuse bad values with a clear message).
    """
    total: Any = 0.0
    for term in terms:
        if term.basis == "per_1000":
            total = total + population * float(term.rate.value) / 1000.0
        else:
            total = total + np.asarray(units[term.field], dtype=float) * float(term.coverage_pct.value) / 100.0
    return total


def _pick_title(title: Any, lang: str | None) -> str:
    """The text of a ``{en, ru, kk}`` title for ``lang`` (English, then any, as fallback)."""
    if title is None:
        return ""
    if isinstance(title, str):
        return title
    code = normalize_language(lang) if lang else None
    if code is None:
        from almaty_planner.core.i18n import language

        code = language()
    return title.get(code) or title.get("en") or next(iter(title.values()), "")


class NormPack:
    """A resolved norm pack: its own content merged over its parents'."""

    def __init__(self, content: dict[str, Any], chain: list[str], files: list[Path]) -> None:
        """Wrap resolved ``content``; ``chain`` is the ids from this pack to the root, ``files`` their files."""
        self._content = content
        self.chain = list(chain)
        self.files = list(files)
        self._local = threading.local()
        self.content_hash = content_hash(content)
        self._services = {sid: ServiceNorm(self, sid, data) for sid, data in content["services"].items()}

    def __repr__(self) -> str:
        """Short description for logs."""
        return f"NormPack({self.id} {self.edition} {self.content_hash[:12]})"

    id = property(lambda self: self._content["id"], doc="The pack id.")
    edition = property(lambda self: self._content["edition"], doc="The pack's edition (date or label).")
    jurisdiction = property(lambda self: self._content["jurisdiction"], doc="Where the pack applies.")
    parent = property(lambda self: self._content.get("parent"), doc="The parent pack id, or None.")
    sources = property(lambda self: self._content["sources"], doc="Source documents by key.")
    tiers = property(lambda self: self._content.get("tiers"), doc="Settlement tier rules (or None).")
    notes = property(lambda self: self._content.get("notes", ""), doc="Free notes of the pack.")

    @property
    def file(self) -> Path:
        """The file of this pack (not of its parents)."""
        return self.files[0]

    @property
    def services(self) -> dict[str, ServiceNorm]:
        """Every service of the resolved pack, by id."""
        return dict(self._services)

    def title(self, lang: str | None = None) -> str:
        """The pack's title in ``lang`` (en/ru/kk; English when missing)."""
        return _pick_title(self._content.get("title"), lang) or self.id

    def service(self, service_id: str) -> ServiceNorm:
        """The norms of ``service_id``; NormPackError naming the pack when it has none."""
        try:
            return self._services[service_id]
        except KeyError:
            raise NormPackError(
                tr("service {service!r} is not in norm pack {pack!r} (it has: {known})").format(
                    service=service_id, pack=self.id, known=", ".join(sorted(self._services))
                ),
                file=str(self.file),
                key=f"services.{service_id}",
            ) from None

    def to_dict(self) -> dict[str, Any]:
        """A deep copy of the resolved content (edit it and pass it to ``save_pack``)."""
        return copy.deepcopy(self._content)

    def all_values(self) -> Iterator[SourcedValue]:
        """Every value of every service, variants and demand terms included (for tables)."""
        for sid, svc in self._services.items():
            for raw in self._content["services"][sid].get("demand", []):
                for name in ("rate", "coverage_pct"):
                    if raw.get(name):
                        yield svc._sourced("demand_rate" if name == "rate" else "coverage_pct", raw[name])
            for key in svc.keys:
                yield from svc.variants(key)

    # -- usage tracking ---------------------------------------------------------------------------
    def _trackers(self) -> list[NormUsage]:
        """The usage records open in this thread."""
        if not hasattr(self._local, "stack"):
            self._local.stack = []
        return self._local.stack

    def _record(self, item: Any, tier: int | None = None, development: str | None = None) -> None:
        """Give a resolved value (or demand term) for ``tier``/``development`` to every open usage record."""
        for usage in self._trackers():
            usage.record(item, tier, development)

    @contextmanager
    def track(self) -> Iterator[NormUsage]:
        """``with pack.track() as used:`` records every value this thread resolves from the pack."""
        usage = NormUsage(self)
        stack = self._trackers()
        stack.append(usage)
        try:
            yield usage
        finally:
            stack.remove(usage)


def pack_change(pack_id: str, used_hash: str, installed: Any, lang: str | None = None) -> str | None:
    """A warning when the results of pack ``pack_id`` (hash ``used_hash``) were computed with other norms
    than the pack ``installed`` now (a NormPack, or None when no such pack is installed); None when equal."""
    if installed is None:
        return tr(
            "The norm pack {pack} of the results is not installed here: the norm values cannot be compared with "
            "a pack file.",
            lang=lang,
        ).format(pack=pack_id)
    now = str(getattr(installed, "content_hash", "") or "")
    if used_hash and now and used_hash != now:
        return tr(
            "The norm pack {pack} was changed after the results were computed (hash {then} in the results, "
            "{now} installed now): the results do not follow the pack as it is; run the checks again.",
            lang=lang,
        ).format(pack=pack_id, then=used_hash[:12], now=now[:12])
    return None


def content_hash(content: Mapping[str, Any]) -> str:
    """sha256 (hex) of the canonical JSON of a resolved pack."""
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


class _StrictSafeLoader(yaml.SafeLoader):
    """PyYAML's SafeLoader (no object construction) that refuses duplicate keys."""


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
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NormPackError(tr("cannot read the file: {error}").format(error=exc), file=str(path)) from None
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text, object_pairs_hook=_json_pairs)
        else:
            data = yaml.load(text, Loader=_StrictSafeLoader)
    except _DuplicateKeyError as dup:
        where = tr(" (line {line})").format(line=dup.line) if dup.line else ""
        raise NormPackError(
            tr("the key appears twice{where}; each key (and each service) may appear only once").format(where=where),
            file=str(path),
            key=str(dup.key),
        ) from None
    except (yaml.YAMLError, ValueError) as exc:
        raise NormPackError(tr("not valid YAML or JSON: {error}").format(error=exc), file=str(path)) from None
    if not isinstance(data, dict):
        raise NormPackError(
            tr("expected {expected}, got {got}").format(expected=tr("a mapping of keys"), got=type(data).__name__),
            file=str(path),
        )
    return _plain(data)


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
        return self.expect(key, value, str, tr("a text"))

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
        return value

    def number(self, key: str, value: Any) -> float | int | list[float | int]:
        """A number >= 0, or a list of them."""
        if isinstance(value, list) and value:
            return [self.number(f"{key}[{i}]", v) for i, v in enumerate(value)]
        if value is None:
            self.fail(key, tr("missing value; expected {expected}").format(expected=tr("a number >= 0")))
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(key, tr("not a number: {got!r}; expected a number >= 0").format(got=value))
        if value != value or value in (float("inf"), float("-inf")):
            self.fail(key, tr("not a number: {got!r}; expected a number >= 0").format(got=value))
        if value < 0:
            self.fail(key, tr("negative value {got}; expected a number >= 0").format(got=value))
        return value

    def unit(self, key: str, value: Any, allowed: tuple[str, ...]) -> str:
        """A unit from ``allowed``."""
        if value is None:
            self.fail(key, tr("missing key; expected {expected}").format(expected=tr("a unit")))
        if value not in allowed:
            self.fail(
                key, tr("unknown unit {unit!r}; expected one of: {known}").format(unit=value, known=", ".join(allowed))
            )
        return value

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
        return value

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


# --------------------------------------------------------------------------------------------------
# Finding and loading packs
# --------------------------------------------------------------------------------------------------
def builtin_norms_dir() -> Path:
    """The folder of the packs shipped with the plugin."""
    return resources_dir() / "norms"


def user_norms_dir() -> Path:
    """The user's pack folder: $ALMATY_PLANNER_NORMS_DIR, else a per-user data folder (not created)."""
    env = os.environ.get(ENV_NORMS_DIR)
    if env:
        return Path(env).expanduser()
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "almaty_planner" / "norms"


def pack_dirs(extra_dirs: Iterable[Union[str, Path]] | None = None) -> list[Path]:
    """Folders searched for packs: built-in, the user folder, then ``extra_dirs`` (e.g. QGIS profile)."""
    dirs = [builtin_norms_dir(), user_norms_dir()]
    for d in extra_dirs or ():
        dirs.append(Path(d))
    unique: list[Path] = []
    for d in dirs:
        if d not in unique:
            unique.append(d)
    return unique


def _pack_files(dirs: Iterable[Path]) -> list[Path]:
    """Pack files in ``dirs`` (not recursive), in folder order then name order."""
    files = []
    for d in dirs:
        if d.is_dir():
            files.extend(sorted(p for p in d.iterdir() if p.is_file() and p.suffix.lower() in PACK_SUFFIXES))
    return files


class AvailablePacks(NamedTuple):
    """The packs that load, by id, and the files refused with their errors."""

    packs: dict[str, NormPack]
    refused: list[NormPackError]


def _scan(dirs: list[Path]) -> tuple[dict[str, tuple[Path, dict[str, Any]]], list[NormPackError]]:
    """Read and validate every file; map id -> (file, content); duplicates and bad files refused."""
    found: dict[str, tuple[Path, dict[str, Any]]] = {}
    refused: list[NormPackError] = []
    for path in _pack_files(dirs):
        try:
            content = validate_content(read_pack_file(path), path)
        except NormPackError as exc:
            refused.append(exc)
            continue
        if content["id"] in found:
            refused.append(
                NormPackError(
                    tr("pack id {pack_id!r} is already defined in {other}").format(
                        pack_id=content["id"], other=found[content["id"]][0]
                    ),
                    file=str(path),
                    key="id",
                )
            )
            continue
        found[content["id"]] = (path, content)
    return found, refused


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


def available_packs(extra_dirs: Iterable[Union[str, Path]] | None = None) -> AvailablePacks:
    """Every pack that loads (by id) and, separately, every refused file with its error."""
    found, refused = _scan(pack_dirs(extra_dirs))
    packs: dict[str, NormPack] = {}
    for pack_id in sorted(found):
        try:
            packs[pack_id] = _resolve(pack_id, found)
        except NormPackError as exc:
            if exc.file is None:
                exc = NormPackError(exc.detail, file=str(found[pack_id][0]), key=exc.key)
            refused.append(exc)
    for exc in refused:
        log.warning("norm pack refused: %s", exc)
    return AvailablePacks(packs, refused)


def load_pack(pack_id: Union[str, Path], extra_dirs: Iterable[Union[str, Path]] | None = None) -> NormPack:
    """Load the pack ``pack_id`` (or the pack file at that path) with its parents resolved."""
    dirs = pack_dirs(extra_dirs)
    candidate = Path(str(pack_id))
    if candidate.suffix.lower() in PACK_SUFFIXES and candidate.is_file():
        content = validate_content(read_pack_file(candidate), candidate)
        found, _ = _scan([*dirs, candidate.parent])
        found = {k: v for k, v in found.items() if k != content["id"]}
        found[content["id"]] = (candidate, content)
        return _resolve(content["id"], found)
    found, refused = _scan(dirs)
    if pack_id not in found:
        for exc in refused:
            if exc.file and Path(exc.file).stem == pack_id:
                raise exc
        raise NormPackError(
            tr("norm pack {pack_id!r} not found; available packs: {known}").format(
                pack_id=str(pack_id), known=", ".join(sorted(found))
            ),
            key="id",
        )
    return _resolve(str(pack_id), found)


def save_pack(
    pack: Union[NormPack, Mapping[str, Any]],
    new_id: str,
    *,
    folder: Union[str, Path] | None = None,
    title: Union[str, Mapping[str, str], None] = None,
    edition: str | None = None,
    overwrite: bool = False,
    extra_dirs: Iterable[Union[str, Path]] | None = None,
) -> Path:
    """Write ``pack`` (a NormPack or an edited ``to_dict()``) as a standalone pack ``new_id``.

    The copy has no parent (it holds the whole resolved content) and records what it was copied
    from in its notes. Written to ``folder`` (default ``user_norms_dir()``) as ``<new_id>.yaml``;
    refused when the content is not valid or the id is taken (unless ``overwrite`` for a user file).
    """
    content = pack.to_dict() if isinstance(pack, NormPack) else copy.deepcopy(dict(pack))
    origin = f"{pack.id} {pack.edition} sha256:{pack.content_hash}" if isinstance(pack, NormPack) else ""
    folder = Path(folder) if folder is not None else user_norms_dir()
    target = folder / f"{new_id}.yaml"
    content["id"] = new_id
    content["parent"] = None
    content.pop("schema_version", None)
    if title is not None:
        content["title"] = title
    if edition is not None:
        content["edition"] = edition
    if origin:
        previous = content.get("notes") or ""
        content["notes"] = (previous + "\n" if previous else "") + f"Copied from {origin}."
    content = {"schema_version": SCHEMA_VERSION, **content}
    checked = validate_content(_plain(json.loads(json.dumps(content, default=str))), target)
    _check_resolved(copy.deepcopy(checked), target)
    found, _ = _scan([*pack_dirs(extra_dirs), folder])
    if new_id in found and not (overwrite and found[new_id][0].resolve() == target.resolve()):
        raise NormPackError(
            tr("a pack with id {pack_id!r} already exists ({file}); choose another id").format(
                pack_id=new_id, file=found[new_id][0]
            ),
            file=str(target),
            key="id",
        )
    folder.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(_for_yaml(content), allow_unicode=True, sort_keys=False, width=110)
    tmp = target.with_suffix(".yaml.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    log.info("norm pack %s saved to %s", new_id, target)
    return target


def _for_yaml(obj: Any) -> Any:
    """Drop empty defaults and None so the written file reads like a hand-written one."""
    if isinstance(obj, dict):
        return {k: _for_yaml(v) for k, v in obj.items() if (v is not None and v != {}) or k in ("sources", "services")}
    if isinstance(obj, list):
        return [_for_yaml(v) for v in obj]
    return obj


def require_tier(tier: Any, *, layer: str | None = None, feature: Any = None, field: str | None = None) -> int:
    """A tier 1..5 as int, or InputError naming the feature."""
    try:
        value = int(tier)
    except (TypeError, ValueError):
        value = None
    if value not in TIERS or (isinstance(tier, float) and tier != value):
        raise InputError(
            tr("expected {expected}, got {got!r}").format(expected=tr("a tier from 1 to 5"), got=tier),
            layer=layer,
            feature=feature,
            field=field,
        )
    return value
