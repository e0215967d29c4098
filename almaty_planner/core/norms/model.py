"""Norm packs, the model: sourced values, demand terms, a service's norms, a resolved pack, and the
one record of a norm value a check used (:class:`NormUse`).

A value may have variants with ``when: {tier: [4, 5]}`` / ``when: {development: low_rise}``: the most
specific variant that matches wins (ties: the first listed), the variant without ``when`` is the
default. Nothing here is a norm value: every number comes from a pack file.
"""

from __future__ import annotations

import copy
import hashlib
import json
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path
from typing import Any, Union, cast

import numpy as np

from almaty_planner.core.definitions import CAPACITY_UNITS
from almaty_planner.core.errors import InputError, NormPackError
from almaty_planner.core.i18n import normalize_language, tr

SCHEMA_VERSION = 1

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
        return cast("str", self._data["capacity_unit"])

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
            total = total + population * float(cast(SourcedValue, term.rate).value) / 1000.0
        else:
            cover = float(cast(SourcedValue, term.coverage_pct).value)
            total = total + np.asarray(units[term.field], dtype=float) * cover / 100.0
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
        return cast("list[NormUsage]", self._local.stack)

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
