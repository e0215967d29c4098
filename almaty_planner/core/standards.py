"""Regional standards of settlements: the checklist by tier, the sufficiency level, what to build.

The checklist is data: the ``standards`` section of a norm pack (schema in
``resources/norms/SCHEMA.md``). This module validates that section (every error names the file and
the key), checks every settlement against the standards of its tier and writes

* per settlement: ``tier, standards_applicable, standards_met, standards_no_data, sufficiency_pct,
  band`` (and the pack's id, edition and hash);
* per settlement and standard: ``settlement, standard_id, direction, status, value, threshold``
  with ``status`` one of ``met``, ``not_met``, ``not_applicable``, ``no_data``.

Both carry ``norms_used`` (the :class:`NormUse` records of the values the row used): the threshold
(and speed) of each standard that applies to the settlement's tier, the settlement radius where
objects were counted around a settlement point, and the band limits compared to place its level.

Check kinds: ``present`` (objects of a kind inside the settlement polygon, or within the pack's
``settlement_radius_m`` of a settlement point), ``within_reach`` (the nearest object of a kind within a
distance straight-line or along the roads, or within minutes at a speed; optionally an attribute
that replaces it, such as school transport), ``per_1000`` (capacity of the objects in the settlement
per 1000 residents), ``population_band`` (the object the settlement's population calls for; a
higher level serves a lower band) and ``attribute`` (a flag, share or count of the settlement layer).

No data is never counted as met or not met: ``sufficiency_pct`` = 100 x met / (met + not met),
counted (formula ``share``) or weighted by the standards' weights (formula ``weighted``). The official
formula of the "sufficiency level" is not published: both are our reading of it, and every output
says which one was used.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from almaty_planner.core.errors import Cancelled, InputError, NormPackError
from almaty_planner.core.i18n import tr
from almaty_planner.core.norms.model import NormUse, encode_uses, unique_uses

STATUSES = ("met", "not_met", "not_applicable", "no_data")
SERVICE_ID = "srs_sufficiency"  # the ``service`` of the settlements result (reports tell it by this)
CHECKS = ("present", "within_reach", "per_1000", "population_band", "attribute")
MODES = ("straight", "roads")
FORMULAS = ("share", "weighted")
OPERATORS = (">=", "<=", "==", ">", "<")
CONFIDENCES = ("confirmed", "secondary", "derived", "unverified")
STANDARD_UNITS = (
    "m",
    "km",
    "min",
    "km_per_h",
    "objects",
    "residents",
    "pct",
    "flag",
    "count",
    "places_per_1000",
    "visits_per_shift_per_1000",
    "beds_per_1000",
    "objects_per_1000",
)
SECTION_KEYS = (
    "note",
    "formula",
    "directions",
    "kinds",
    "bands",
    "settlement_radius_m",
    "reference_levels",
    "checklist",
)
STANDARD_KEYS = (
    "id",
    "title",
    "direction",
    "object",
    "check",
    "kind",
    "tiers",
    "min_population",
    "max_population",
    "mandatory",
    "weight",
    "threshold",
    "mode",
    "speed",
    "or_field",
    "field",
    "op",
    "levels",
    "note",
)
SOURCED_KEYS = ("value", "unit", "source", "clause", "edition", "confidence", "note")
BAND_KEYS = ("id", "title", "min_pct")
TIERS = (1, 2, 3, 4, 5)

SETTLEMENT_COLUMNS = (
    "settlement",
    "settlement_group",
    "residents_counted",
    "service",
    "tier",
    "standards_applicable",
    "standards_met",
    "standards_no_data",
    "sufficiency_pct",
    "band",
    "sufficiency_formula",
    "norm_pack",
    "norm_pack_edition",
    "norm_pack_hash",
    "norm_unverified",
    "norms_used",
)
DETAIL_COLUMNS = (
    "settlement",
    "settlement_name",
    "tier",
    "standard_id",
    "direction",
    "check",
    "mandatory",
    "weight",
    "status",
    "value",
    "threshold",
    "unit",
    "detail",
    "confidence",
    "norms_used",
)

ProgressFn = Callable[[float], bool]


# --------------------------------------------------------------------------------------------------
# The section: validation (messages name the file and the key)
# --------------------------------------------------------------------------------------------------
class _Check:
    """Validator of one ``standards`` section; every failure names the file and the key path."""

    def __init__(self, file: str | None) -> None:
        """Errors will name ``file``."""
        self.file = file

    def fail(self, key: str, message: str) -> None:
        """Raise NormPackError for ``key``."""
        raise NormPackError(message, file=self.file, key=key)

    def mapping(self, key: str, value: Any, allowed: Iterable[str] | None = None) -> dict[str, Any]:
        """A mapping (with only ``allowed`` keys when given)."""
        if not isinstance(value, dict):
            self.fail(key, tr("expected {expected}, got {got!r}").format(expected=tr("a mapping"), got=value))
        if allowed is not None:
            allowed = tuple(allowed)
            for k in value:
                if k not in allowed:
                    self.fail(
                        f"{key}.{k}", tr("unknown key; expected one of: {known}").format(known=", ".join(allowed))
                    )
        return dict(value)

    def text(self, key: str, value: Any) -> str:
        """A non-empty text."""
        if not isinstance(value, str) or not value.strip():
            self.fail(key, tr("expected {expected}, got {got!r}").format(expected=tr("a text"), got=value))
        return str(value).strip()

    def ident(self, key: str, value: Any) -> str:
        """A lower-case id."""
        text = self.text(key, value)
        if not (text[0].isalpha() and text.isascii() and all(c.islower() or c.isdigit() or c == "_" for c in text)):
            self.fail(
                key,
                tr("expected {expected}, got {got!r}").format(
                    expected=tr("an id of lower-case latin letters, digits and _"), got=value
                ),
            )
        return text

    def title(self, key: str, value: Any) -> dict[str, str]:
        """A text or ``{en, ru, kk}`` with at least ``en``."""
        if isinstance(value, str):
            return {"en": self.text(key, value)}
        raw = self.mapping(key, value, ("en", "ru", "kk"))
        if "en" not in raw:
            self.fail(f"{key}.en", tr("missing key; expected {expected}").format(expected=tr("a text")))
        return {k: self.text(f"{key}.{k}", v) for k, v in raw.items()}

    def number(self, key: str, value: Any, minimum: float | None = 0.0) -> float:
        """A finite number (>= ``minimum``)."""
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(float(value)):
            self.fail(key, tr("not a number: {got!r}; expected a number >= 0").format(got=value))
        if minimum is not None and value < minimum:
            self.fail(key, tr("negative value {got}; expected a number >= 0").format(got=value))
        return cast("float", value)

    def sourced(self, key: str, raw: Any, units: Sequence[str] = STANDARD_UNITS) -> dict[str, Any]:
        """A sourced value: value (number or list of numbers), unit, source, confidence, ..."""
        raw = self.mapping(key, raw, SOURCED_KEYS)
        if "value" not in raw:
            self.fail(f"{key}.value", tr("missing key; expected {expected}").format(expected=tr("a number >= 0")))
        value = raw["value"]
        if isinstance(value, list):
            if not value:
                self.fail(f"{key}.value", tr("missing value; expected {expected}").format(expected=tr("a number >= 0")))
            value = [self.number(f"{key}.value[{i}]", v) for i, v in enumerate(value)]
        else:
            value = self.number(f"{key}.value", value)
        unit = raw.get("unit")
        if unit not in units:
            self.fail(
                f"{key}.unit",
                tr("unknown unit {unit!r}; expected one of: {known}").format(unit=unit, known=", ".join(units)),
            )
        confidence = raw.get("confidence")
        if confidence not in CONFIDENCES:
            self.fail(
                f"{key}.confidence",
                tr("unknown confidence {got!r}; expected one of: {known}").format(
                    got=confidence, known=", ".join(CONFIDENCES)
                ),
            )
        out: dict[str, Any] = {
            "value": value,
            "unit": unit,
            "source": self.text(f"{key}.source", raw.get("source")),
            "confidence": confidence,
        }
        for opt in ("clause", "edition", "note"):
            if raw.get(opt) is not None:
                out[opt] = self.text(f"{key}.{opt}", str(raw[opt]))
        if confidence == "unverified" and not out.get("note"):
            self.fail(
                f"{key}.note",
                tr("missing key; expected {expected}").format(expected=tr("a note saying why the value is unverified")),
            )
        return out

    def tiers(self, key: str, value: Any) -> list[int]:
        """A tier or a list of tiers 1..5."""
        items = value if isinstance(value, list) else [value]
        for i, t in enumerate(items):
            if isinstance(t, bool) or t not in TIERS:
                self.fail(
                    f"{key}[{i}]" if isinstance(value, list) else key,
                    tr("expected {expected}, got {got!r}").format(expected=tr("a tier from 1 to 5"), got=t),
                )
        if not items:
            self.fail(key, tr("missing value; expected {expected}").format(expected=tr("a tier from 1 to 5")))
        return sorted({int(t) for t in items})

    def kinds(self, key: str, value: Any, known: Mapping[str, Any]) -> list[str]:
        """An object kind or a list of them, each declared in ``kinds``."""
        items = value if isinstance(value, list) else [value]
        if not items:
            self.fail(key, tr("missing value; expected {expected}").format(expected=tr("an object kind")))
        out = []
        for i, k in enumerate(items):
            where = f"{key}[{i}]" if isinstance(value, list) else key
            kind = self.ident(where, k)
            if kind not in known:
                self.fail(
                    where,
                    tr("unknown object kind {kind!r}; the section's kinds are: {known}").format(
                        kind=kind, known=", ".join(sorted(known))
                    ),
                )
            out.append(kind)
        return out

    def standard(self, key: str, raw: Any, section: Mapping[str, Any]) -> dict[str, Any]:
        """One standard of the checklist."""
        raw = self.mapping(key, raw, STANDARD_KEYS)
        for required in ("id", "direction", "check", "tiers"):
            if required not in raw:
                self.fail(f"{key}.{required}", tr("missing key; expected {expected}").format(expected=required))
        out: dict[str, Any] = {"id": self.ident(f"{key}.id", raw["id"])}
        direction = self.ident(f"{key}.direction", raw["direction"])
        if direction not in section["directions"]:
            self.fail(
                f"{key}.direction",
                tr("unknown direction {got!r}; expected one of: {known}").format(
                    got=direction, known=", ".join(section["directions"])
                ),
            )
        out["direction"] = direction
        check = raw["check"]
        if check not in CHECKS:
            self.fail(
                f"{key}.check",
                tr("unknown check {got!r}; expected one of: {known}").format(got=check, known=", ".join(CHECKS)),
            )
        out["check"] = check
        out["title"] = self.title(f"{key}.title", raw.get("title", out["id"]))
        if raw.get("object") is not None:
            out["object"] = self.text(f"{key}.object", raw["object"])
        out["tiers"] = self.tiers(f"{key}.tiers", raw["tiers"])
        for bound in ("min_population", "max_population"):
            if raw.get(bound) is not None:
                out[bound] = self.number(f"{key}.{bound}", raw[bound])
        if "min_population" in out and "max_population" in out and out["min_population"] >= out["max_population"]:
            self.fail(f"{key}.max_population", tr("expected max_population above min_population"))
        mandatory = raw.get("mandatory", True)
        if not isinstance(mandatory, bool):
            self.fail(
                f"{key}.mandatory", tr("expected {expected}, got {got!r}").format(expected="true/false", got=mandatory)
            )
        out["mandatory"] = mandatory
        out["weight"] = self.number(f"{key}.weight", raw.get("weight", 1))
        if out["weight"] <= 0:
            self.fail(
                f"{key}.weight",
                tr("expected {expected}, got {got!r}").format(expected=tr("a weight above 0"), got=out["weight"]),
            )
        if raw.get("note") is not None:
            out["note"] = self.text(f"{key}.note", raw["note"])
        if "threshold" not in raw:
            self.fail(f"{key}.threshold", tr("missing key; expected {expected}").format(expected=tr("a sourced value")))
        threshold = self.sourced(f"{key}.threshold", raw["threshold"])
        out["threshold"] = threshold
        if check != "population_band" and isinstance(threshold["value"], list):
            self.fail(
                f"{key}.threshold.value",
                tr("expected {expected}, got {got!r}").format(expected=tr("one number"), got=threshold["value"]),
            )
        if check in ("present", "within_reach", "per_1000"):
            if raw.get("kind") is None:
                self.fail(f"{key}.kind", tr("missing key; expected {expected}").format(expected=tr("an object kind")))
            out["kind"] = self.kinds(f"{key}.kind", raw["kind"], section["kinds"])
        wanted_units = {
            "present": ("objects",),
            "within_reach": ("m", "km", "min"),
            "per_1000": ("places_per_1000", "visits_per_shift_per_1000", "beds_per_1000", "objects_per_1000"),
            "population_band": ("residents",),
            "attribute": ("flag", "pct", "count", "m", "km", "min", "residents", "objects"),
        }[check]
        if threshold["unit"] not in wanted_units:
            self.fail(
                f"{key}.threshold.unit",
                tr("unknown unit {unit!r}; expected one of: {known}").format(
                    unit=threshold["unit"], known=", ".join(wanted_units)
                ),
            )
        if check == "within_reach":
            mode = raw.get("mode", "straight")
            if mode not in MODES:
                self.fail(
                    f"{key}.mode", tr("expected {expected}, got {got!r}").format(expected=", ".join(MODES), got=mode)
                )
            out["mode"] = mode
            if threshold["unit"] == "min":
                if raw.get("speed") is None:
                    self.fail(
                        f"{key}.speed",
                        tr("missing key; expected {expected}").format(expected=tr("a speed in km_per_h")),
                    )
                out["speed"] = self.sourced(f"{key}.speed", raw["speed"], ("km_per_h",))
                if not out["speed"]["value"] > 0:
                    self.fail(
                        f"{key}.speed.value",
                        tr("expected {expected}, got {got!r}").format(
                            expected=tr("a speed above 0"), got=out["speed"]["value"]
                        ),
                    )
            if raw.get("or_field") is not None:
                out["or_field"] = self.text(f"{key}.or_field", raw["or_field"])
        if check == "attribute":
            if raw.get("field") is None:
                self.fail(
                    f"{key}.field",
                    tr("missing key; expected {expected}").format(expected=tr("a field of the settlement layer")),
                )
            out["field"] = self.text(f"{key}.field", raw["field"])
            op = raw.get("op", ">=")
            if op not in OPERATORS:
                self.fail(
                    f"{key}.op", tr("expected {expected}, got {got!r}").format(expected=", ".join(OPERATORS), got=op)
                )
            out["op"] = op
        if check == "population_band":
            if raw.get("levels") is None:
                self.fail(
                    f"{key}.levels",
                    tr("missing key; expected {expected}").format(
                        expected=tr("a list of object kinds, lowest level first")
                    ),
                )
            levels = raw["levels"]
            if not isinstance(levels, list) or not levels:
                self.fail(
                    f"{key}.levels",
                    tr("expected {expected}, got {got!r}").format(
                        expected=tr("a list of object kinds, lowest level first"), got=levels
                    ),
                )
            out["levels"] = self.kinds(f"{key}.levels", levels, section["kinds"])
            bounds = threshold["value"] if isinstance(threshold["value"], list) else [threshold["value"]]
            if len(bounds) != len(out["levels"]):
                self.fail(
                    f"{key}.threshold.value",
                    tr("expected one upper population bound per level ({n}), got {got!r}").format(
                        n=len(out["levels"]), got=bounds
                    ),
                )
            if any(b >= a for a, b in zip(bounds[1:], bounds[:-1])):
                self.fail(
                    f"{key}.threshold.value",
                    tr("expected increasing population bounds, got {got!r}").format(got=bounds),
                )
            threshold["value"] = list(bounds)
        return out

    def section(self, raw: Any) -> dict[str, Any]:
        """The whole ``standards`` section."""
        raw = self.mapping("standards", raw, SECTION_KEYS)
        out: dict[str, Any] = {}
        if raw.get("note") is not None:
            out["note"] = self.text("standards.note", raw["note"])
        formula = raw.get("formula", "share")
        if formula not in FORMULAS:
            self.fail(
                "standards.formula",
                tr("expected {expected}, got {got!r}").format(expected=", ".join(FORMULAS), got=formula),
            )
        out["formula"] = formula
        for name in ("directions", "kinds"):
            items = self.mapping(f"standards.{name}", raw.get(name, {}))
            if not items:
                self.fail(
                    f"standards.{name}",
                    tr("missing key; expected {expected}").format(expected=tr("a mapping of ids to titles")),
                )
            out[name] = {
                self.ident(f"standards.{name}.{k}", k): self.title(f"standards.{name}.{k}", v) for k, v in items.items()
            }
        bands = raw.get("bands") or []
        if not isinstance(bands, list) or not bands:
            self.fail(
                "standards.bands",
                tr("missing key; expected {expected}").format(expected=tr("a list of bands, highest first")),
            )
        out["bands"] = []
        for i, braw in enumerate(bands):
            key = f"standards.bands[{i}]"
            b = self.mapping(key, braw, BAND_KEYS)
            if "id" not in b or "min_pct" not in b:
                self.fail(key, tr("missing key; expected {expected}").format(expected="id, min_pct"))
            band: dict[str, Any] = {
                "id": self.ident(f"{key}.id", b["id"]),
                "title": self.title(f"{key}.title", b.get("title", b["id"])),
            }
            band["min_pct"] = self.sourced(f"{key}.min_pct", b["min_pct"], ("pct",))
            if isinstance(band["min_pct"]["value"], list) or band["min_pct"]["value"] > 100:
                self.fail(
                    f"{key}.min_pct.value",
                    tr("expected {expected}, got {got!r}").format(
                        expected=tr("a percentage 0-100"), got=band["min_pct"]["value"]
                    ),
                )
            out["bands"].append(band)
        lows = [b["min_pct"]["value"] for b in out["bands"]]
        if any(b >= a for a, b in zip(lows, lows[1:])) or lows[-1] != 0:
            self.fail(
                "standards.bands",
                tr("expected bands from the highest min_pct down to a last band at 0, got {got!r}").format(got=lows),
            )
        if raw.get("settlement_radius_m") is not None:
            out["settlement_radius_m"] = self.sourced(
                "standards.settlement_radius_m", raw["settlement_radius_m"], ("m",)
            )
        refs = self.mapping("standards.reference_levels", raw.get("reference_levels") or {})
        out["reference_levels"] = {}
        for k, v in refs.items():
            out["reference_levels"][self.ident(f"standards.reference_levels.{k}", k)] = self.sourced(
                f"standards.reference_levels.{k}", v, ("pct",)
            )
        checklist = raw.get("checklist")
        if not isinstance(checklist, list) or not checklist:
            self.fail(
                "standards.checklist", tr("missing key; expected {expected}").format(expected=tr("a list of standards"))
            )
        out["checklist"] = []
        seen: set[str] = set()
        for i, sraw in enumerate(checklist):
            std = self.standard(f"standards.checklist[{i}]", sraw, out)
            if std["id"] in seen:
                self.fail(f"standards.checklist[{i}].id", tr("duplicate standard id {id!r}").format(id=std["id"]))
            seen.add(std["id"])
            out["checklist"].append(std)
        if "settlement_radius_m" not in out and any(
            s["check"] in ("present", "per_1000", "population_band") for s in out["checklist"]
        ):
            self.fail(
                "standards.settlement_radius_m",
                tr("missing key; expected {expected}").format(
                    expected=tr("the distance within which an object counts as in a settlement given as a point")
                ),
            )
        return out


def validate_section(raw: Any, file: str | None = None) -> dict[str, Any]:
    """Validate the raw ``standards`` section of a pack file and return it normalised."""
    return _Check(file).section(raw)


def sourced_values(section: Mapping[str, Any]) -> Iterable[tuple[str, Mapping[str, Any]]]:
    """Every sourced value of a validated section, with its key path."""
    for i, b in enumerate(section.get("bands", [])):
        yield f"standards.bands[{i}].min_pct", b["min_pct"]
    if section.get("settlement_radius_m"):
        yield "standards.settlement_radius_m", section["settlement_radius_m"]
    for k, v in (section.get("reference_levels") or {}).items():
        yield f"standards.reference_levels.{k}", v
    for i, s in enumerate(section.get("checklist", [])):
        yield f"standards.checklist[{i}].threshold", s["threshold"]
        if s.get("speed"):
            yield f"standards.checklist[{i}].speed", s["speed"]


def check_resolved(content: Mapping[str, Any], file: str | None) -> None:
    """Checks of a resolved pack: every value of the section cites a known source."""
    section = content.get("standards")
    if not section:
        return
    known = sorted(content.get("sources") or {})
    for where, value in sourced_values(section):
        if value["source"] not in known:
            raise NormPackError(
                tr("unknown source {source!r}; the pack's sources are: {known}").format(
                    source=value["source"], known=", ".join(known)
                ),
                file=file,
                key=f"{where}.source",
            )


# --------------------------------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------------------------------
def _pick(title: Mapping[str, str] | str | None, lang: str | None) -> str:
    """``title`` in ``lang`` (English when missing)."""
    if not title:
        return ""
    if isinstance(title, str):
        return title
    from almaty_planner.core.i18n import language

    return title.get(lang or language()) or title.get("en", "")


@dataclass(frozen=True)
class Standard:
    """One standard of the checklist (a validated entry of ``standards.checklist``)."""

    data: Mapping[str, Any]

    id = property(lambda self: self.data["id"])
    direction = property(lambda self: self.data["direction"])
    check = property(lambda self: self.data["check"])
    tiers = property(lambda self: tuple(self.data["tiers"]))
    mandatory = property(lambda self: bool(self.data.get("mandatory", True)))
    weight = property(lambda self: float(self.data.get("weight", 1)))
    threshold = property(lambda self: self.data["threshold"])
    kinds = property(lambda self: tuple(self.data.get("kind") or ()))

    def title(self, lang: str | None = None) -> str:
        """The standard's name."""
        return _pick(self.data.get("title"), lang) or self.id

    def applies_to_tier(self, tier: int) -> bool:
        """True when the standard is listed for ``tier``."""
        return int(tier) in self.tiers

    def in_population(self, population: float) -> bool:
        """True when ``population`` is inside ``[min_population, max_population)``."""
        lo = self.data.get("min_population")
        hi = self.data.get("max_population")
        return (lo is None or population >= lo) and (hi is None or population < hi)

    @property
    def is_unverified(self) -> bool:
        """True when the threshold (or speed) is not checked against the official text."""
        return (
            self.threshold["confidence"] == "unverified"
            or (self.data.get("speed") or {}).get("confidence") == "unverified"
        )


@dataclass
class StandardsSet:
    """The validated ``standards`` section of a pack, with the pack's id, edition and hash."""

    section: dict[str, Any]
    pack_id: str = ""
    pack_edition: str = ""
    pack_hash: str = ""
    sources: dict[str, Any] = field(default_factory=dict)

    @property
    def standards(self) -> list[Standard]:
        """The checklist in pack order."""
        return [Standard(s) for s in self.section["checklist"]]

    @property
    def kinds(self) -> dict[str, dict[str, str]]:
        """Object kinds known to the checklist (id -> title)."""
        return dict(self.section["kinds"])

    @property
    def directions(self) -> dict[str, dict[str, str]]:
        """Directions (id -> title)."""
        return dict(self.section["directions"])

    @property
    def formula(self) -> str:
        """The pack's default sufficiency formula."""
        return str(self.section.get("formula", "share"))

    def standard(self, standard_id: str) -> Standard:
        """One standard by id."""
        for s in self.standards:
            if s.id == standard_id:
                return s
        raise KeyError(standard_id)

    def band_of(self, pct: float | None) -> str | None:
        """The band id of a sufficiency percentage (None when there is no percentage)."""
        if pct is None or (isinstance(pct, float) and math.isnan(pct)):
            return None
        for b in self.section["bands"]:
            if pct >= b["min_pct"]["value"]:
                return str(b["id"])
        return str(self.section["bands"][-1]["id"])

    def band_title(self, band_id: str, lang: str | None = None) -> str:
        """Title of a band."""
        for b in self.section["bands"]:
            if b["id"] == band_id:
                return _pick(b["title"], lang)
        return band_id

    def kind_title(self, kind: str, lang: str | None = None) -> str:
        """Title of an object kind."""
        return _pick(self.section["kinds"].get(kind), lang) or kind

    def direction_title(self, direction: str, lang: str | None = None) -> str:
        """Title of a direction."""
        return _pick(self.section["directions"].get(direction), lang) or direction

    def reference_level(self, key: str) -> float | None:
        """A reference level (e.g. ``national_2025``) in %, or None."""
        ref = (self.section.get("reference_levels") or {}).get(key)
        return float(ref["value"]) if ref else None

    def settlement_radius(self) -> float | None:
        """Metres within which an object counts as in a settlement given as a point."""
        value = self.section.get("settlement_radius_m")
        return float(value["value"]) if value else None

    def use(self, key: str, value: Mapping[str, Any]) -> NormUse:
        """The record of the sourced ``value`` at ``key`` (a path of :func:`sourced_values`) as used."""
        src = self.sources.get(value["source"], {})
        return NormUse(
            service=SERVICE_ID,
            key=key,
            value=list(value["value"]) if isinstance(value["value"], list) else value["value"],
            unit=str(value["unit"]),
            document=str(src.get("document", value["source"])),
            clause=str(value.get("clause", "")),
            edition=str(value.get("edition") or src.get("edition", "")),
            confidence=str(value["confidence"]),
            unverified=value["confidence"] == "unverified",
            note=str(value.get("note", "")),
            source=str(value["source"]),
        )

    def band_uses(self, pct: float | None) -> list[NormUse]:
        """The band limits compared to place ``pct`` in its band (from the highest down to its own)."""
        if pct is None or (isinstance(pct, float) and math.isnan(pct)):
            return []
        out = []
        for i, b in enumerate(self.section["bands"]):
            out.append(self.use(f"standards.bands[{i}].min_pct", b["min_pct"]))
            if pct >= b["min_pct"]["value"]:
                break
        return out

    def reference_uses(self, *keys: str) -> list[NormUse]:
        """The records of the reference levels ``keys`` the pack has."""
        refs = self.section.get("reference_levels") or {}
        return [self.use(f"standards.reference_levels.{k}", refs[k]) for k in keys if k in refs]

    def used_rows(self, tables: Sequence[pd.DataFrame], lang: str | None = None) -> list[dict[str, Any]]:
        """The norm values the result ``tables`` say they used (``norms_used``), in the columns of :meth:`norm_rows`.

        Plus the reference levels the summary compares with (:meth:`SrsRun.describe`), when the pack has both.
        """
        from almaty_planner.core.report import used_norm_rows

        uses = [
            NormUse(
                **{k: r[k] for k in ("service", "key", "value", "unit", "document", "clause", "confidence")},
                edition=r["document_edition"],
                note=r["note"],
            )
            for r in used_norm_rows(list(tables))
        ]
        refs = ("national_2025", "national_target_2028")
        if all(k in (self.section.get("reference_levels") or {}) for k in refs):
            uses.extend(self.reference_uses(*refs))
        order = {where: i for i, (where, _v) in enumerate(sourced_values(self.section))}
        uses.sort(key=lambda u: order.get(u.key, len(order)))
        rows = []
        for u in unique_uses(uses):
            row: dict[str, Any] = {
                "key": u.key,
                "value": ", ".join(_fmt(x) for x in u.value) if isinstance(u.value, list) else _fmt(u.value),
                "unit": u.unit,
                "document": u.document,
                "clause": u.clause,
                "edition": u.edition,
                "confidence": u.confidence,
                "note": u.note,
            }
            if u.key.startswith("standards.checklist["):
                idx = int(u.key.split("[")[1].split("]")[0])
                row["standard_id"] = self.standards[idx].id
                row["title"] = self.standards[idx].title(lang)
            rows.append(row)
        return rows

    def norm_rows(self, lang: str | None = None) -> list[dict[str, Any]]:
        """Every sourced value of the section as rows for a table (document, clause, confidence ...)."""
        rows = []
        for where, v in sourced_values(self.section):
            src = self.sources.get(v["source"], {})
            rows.append(
                {
                    "key": where,
                    "value": ", ".join(_fmt(x) for x in v["value"])
                    if isinstance(v["value"], list)
                    else _fmt(v["value"]),
                    "unit": v["unit"],
                    "document": src.get("document", v["source"]),
                    "clause": v.get("clause", ""),
                    "edition": v.get("edition") or src.get("edition", ""),
                    "confidence": v["confidence"],
                    "note": v.get("note", ""),
                }
            )
        for row in rows:
            if row["key"].startswith("standards.checklist["):
                idx = int(row["key"].split("[")[1].split("]")[0])
                std = self.standards[idx]
                row["standard_id"] = std.id
                row["title"] = std.title(lang)
        return rows


def _fmt(value: Any) -> str:
    """A number without a needless ``.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def standards_of(pack: Any) -> StandardsSet:
    """The ``standards`` section of a loaded norm pack; NormPackError naming the pack when it has none."""
    content = pack.to_dict() if hasattr(pack, "to_dict") else dict(pack)
    section = content.get("standards")
    if not section:
        raise NormPackError(
            tr("norm pack {pack!r} has no standards section; expected a checklist of regional standards").format(
                pack=content.get("id", "")
            ),
            file=str(getattr(pack, "file", "") or "") or None,
            key="standards",
        )
    return StandardsSet(
        section=section,
        pack_id=str(content.get("id", "")),
        pack_edition=str(content.get("edition", "")),
        pack_hash=str(getattr(pack, "content_hash", "") or ""),
        sources=dict(content.get("sources") or {}),
    )


# --------------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------------
@dataclass
class SettlementInputs:
    """What the check needs: settlements (points or polygons, metric CRS) and objects (any geometry)."""

    settlements: Any
    population_field: str
    objects: Any
    kind_field: str
    tier_field: str | None = None
    status_field: str | None = None
    id_field: str | None = None
    name_field: str | None = None
    group_field: str | None = None
    capacity_field: str | None = None
    roads: Any = None
    layer: str = "settlements"
    objects_layer: str = "objects"


@dataclass
class SufficiencyResult:
    """Per settlement, per settlement and standard, aggregates, and the warnings to report."""

    settlements: Any
    details: pd.DataFrame
    formula: str
    standards: StandardsSet
    warnings: list[str] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)

    def aggregates(self, group_field: str | None = None, lang: str | None = None) -> pd.DataFrame:
        """Settlements by band, mean sufficiency (plain and by population) per group and overall."""
        return aggregate(self, group_field, lang)

    def standard_shares(self, group_field: str | None = None) -> pd.DataFrame:
        """For each standard, the share of residents in settlements that meet it (per group and overall)."""
        return standard_shares(self, group_field)


def _check_progress(progress: ProgressFn | None, fraction: float) -> None:
    """Report ``fraction``; stop with Cancelled when the callback says so."""
    if progress is not None and progress(fraction):
        raise Cancelled(tr("cancelled"))


def _ids(df: pd.DataFrame, id_field: str | None, layer: str) -> pd.Series:
    """The settlement ids (the id field, unique and filled; else the feature ids)."""
    if id_field:
        from almaty_planner.core.validation import require_unique_ids

        require_unique_ids(df, id_field, layer)
        return df[id_field]
    return pd.Series(df.index, index=df.index)


def _object_kinds(objects: Any, kind_field: str, known: Mapping[str, Any], layer: str) -> pd.Series:
    """The kind of every object, refusing empty and unknown kinds (naming the feature and field)."""
    from almaty_planner.core.validation import require_field

    require_field(objects, kind_field, layer)
    kinds = objects[kind_field]
    empty = kinds.isna() | (kinds.astype(str).str.strip() == "")
    if empty.any():
        first = objects.index[empty][0]
        raise InputError(tr("no object kind"), layer=layer, feature=first, field=kind_field)
    text = kinds.astype(str).str.strip()
    unknown = ~text.isin(list(known))
    if unknown.any():
        first = objects.index[unknown][0]
        raise InputError(
            tr("object kind {kind!r} is not known to any standard; known kinds: {known}").format(
                kind=text[first], known=", ".join(sorted(known))
            ),
            layer=layer,
            feature=first,
            field=kind_field,
        )
    return text


def _is_polygon(geoms: Any) -> NDArray[Any]:
    """True for polygon settlements."""
    return np.asarray(geoms.geom_type.isin(["Polygon", "MultiPolygon"]), dtype=bool)


# --------------------------------------------------------------------------------------------------
# Measurements
# --------------------------------------------------------------------------------------------------
class _Measure:
    """Distances and counts between settlements and objects, computed once per kind and mode."""

    def __init__(self, inputs: SettlementInputs, kinds: pd.Series, radius: float | None) -> None:
        """Prepare coordinates (metric CRS expected), polygon flags and the road graph (when given)."""
        from almaty_planner.core.geo import point_coords

        self.inputs = inputs
        self.kinds = kinds
        self.radius = radius
        self.s_xy = point_coords(inputs.settlements)
        self.o_xy = point_coords(inputs.objects) if len(inputs.objects) else np.empty((0, 2))
        self.polygon = _is_polygon(inputs.settlements.geometry)
        self._inside: dict[str, list[NDArray[Any]]] = {}
        self._nearest: dict[tuple[str, ...], NDArray[Any]] = {}
        self.graph = None
        if inputs.roads is not None and len(inputs.roads):
            from almaty_planner.core.reach import build_graph

            self.graph = build_graph(inputs.roads.geometry, layer="roads")

    def objects_of(self, kinds: Sequence[str]) -> NDArray[Any]:
        """Row positions of the objects of ``kinds``."""
        return np.nonzero(self.kinds.isin(list(kinds)).to_numpy())[0]

    def inside(self, kinds: Sequence[str]) -> list[NDArray[Any]]:
        """Per settlement, the objects of ``kinds`` in it (in its polygon, or within the radius of its point)."""
        key = ",".join(sorted(kinds))
        if key in self._inside:
            return self._inside[key]
        from almaty_planner.core.geo import points_in_polygons
        from almaty_planner.core.reach import straight_pairs

        objs = self.objects_of(kinds)
        n = len(self.s_xy)
        out: list[list[int]] = [[] for _ in range(n)]
        if len(objs):
            poly_pos = np.nonzero(self.polygon)[0]
            if len(poly_pos):
                geoms = list(self.inputs.settlements.geometry.iloc[poly_pos])
                # an object may lie in several overlapping polygons: test each polygon
                for k, pos in enumerate(poly_pos):
                    hit = points_in_polygons(self.o_xy[objs], [geoms[k]])
                    out[pos].extend(objs[hit == 0].tolist())
            point_pos = np.nonzero(~self.polygon)[0]
            if len(point_pos) and self.radius is not None:
                pairs = straight_pairs(self.s_xy[point_pos], self.o_xy[objs], self.radius)
                for p, f in zip(pairs.point, pairs.facility):
                    out[point_pos[p]].append(int(objs[f]))
        result = [np.array(sorted(set(v)), dtype=np.int64) for v in out]
        self._inside[key] = result
        return result

    def nearest(self, kinds: Sequence[str], mode: str, limit_m: float) -> NDArray[Any]:
        """Distance (m) from each settlement to its nearest object of ``kinds`` (inf beyond ``limit_m``)."""
        key = (mode, f"{limit_m:.3f}", *sorted(kinds))
        if key in self._nearest:
            return self._nearest[key]
        from almaty_planner.core.reach import nearest_distance, network_pairs, straight_pairs

        objs = self.objects_of(kinds)
        n = len(self.s_xy)
        if not len(objs):
            out = np.full(n, np.inf)
        elif mode == "roads":
            assert self.graph is not None
            pairs = network_pairs(self.graph, self.s_xy, self.o_xy[objs], limit_m)
            out = nearest_distance(pairs, n)
        else:
            pairs = straight_pairs(self.s_xy, self.o_xy[objs], limit_m)
            out = nearest_distance(pairs, n)
        # an object inside a settlement polygon is at distance 0
        poly = np.nonzero(self.polygon)[0]
        if len(poly) and len(objs):
            inside = self.inside(kinds)
            for pos in poly:
                if len(inside[pos]):
                    out[pos] = 0.0
        self._nearest[key] = out
        return out

    def between(self, mode: str, limit_m: float) -> Any:
        """Settlement-to-settlement pairs within ``limit_m`` (for what a new object would serve)."""
        from almaty_planner.core.reach import network_pairs, straight_pairs

        if mode == "roads" and self.graph is not None:
            return network_pairs(self.graph, self.s_xy, self.s_xy, limit_m)
        return straight_pairs(self.s_xy, self.s_xy, limit_m)


def _to_metres(value: float, unit: str, std: Standard) -> float:
    """A reach threshold in metres (minutes at the standard's speed)."""
    if unit == "km":
        return float(value) * 1000.0
    if unit == "min":
        return float(value) * float(std.data["speed"]["value"]) * 1000.0 / 60.0
    return float(value)


def _from_metres(dist: float, unit: str, std: Standard) -> float:
    """A distance in metres in the threshold's unit."""
    if unit == "km":
        return dist / 1000.0
    if unit == "min":
        return dist / (float(std.data["speed"]["value"]) * 1000.0 / 60.0)
    return dist


def _flag(value: Any) -> bool | None:
    """A yes/no attribute: 1/0, true/false, yes/no, да/нет, иә/жоқ; None when empty or unreadable."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value) != 0
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "y", "да", "иә", "ия", "бар"):
        return True
    if text in ("0", "false", "no", "n", "нет", "жоқ"):
        return False
    return None


def _compare(value: float, op: str, threshold: float) -> bool:
    """``value op threshold``."""
    return {
        ">=": value >= threshold,
        "<=": value <= threshold,
        "==": value == threshold,
        ">": value > threshold,
        "<": value < threshold,
    }[op]


def population_level(bounds: Sequence[float], population: float) -> int | None:
    """The level (0-based) a population calls for: level i serves ``bounds[i-1] < population <= bounds[i]``."""
    for i, upper in enumerate(bounds):
        if population <= upper:
            return i
    return None


# --------------------------------------------------------------------------------------------------
# The check
# --------------------------------------------------------------------------------------------------
def check_settlements(
    inputs: SettlementInputs,
    pack: Any,
    *,
    formula: str | None = None,
    lang: str | None = None,
    progress: ProgressFn | None = None,
) -> SufficiencyResult:
    """Check every settlement against the standards of its tier; inputs are never modified.

    Settlements, objects and roads may be in any CRS: distances are measured in one metric CRS.
    """
    from almaty_planner.core.results import keep_inputs
    from almaty_planner.core.tiers import assign_tiers
    from almaty_planner.core.validation import numeric_field, require_not_empty

    stds = standards_of(pack)
    formula = formula or stds.formula
    if formula not in FORMULAS:
        raise InputError(
            tr("unknown formula {formula}; use one of {known}").format(formula=formula, known=", ".join(FORMULAS))
        )
    layer = inputs.layer
    settlements = inputs.settlements
    require_not_empty(settlements, layer)
    ids = _ids(settlements, inputs.id_field, layer)
    population = numeric_field(settlements, inputs.population_field, layer, inputs.id_field)
    tiers = assign_tiers(
        settlements,
        pack,
        tier_field=inputs.tier_field,
        status_field=inputs.status_field,
        population_field=inputs.population_field if not (inputs.tier_field or inputs.status_field) else None,
        layer=layer,
        id_field=inputs.id_field,
    )
    names = (
        settlements[inputs.name_field].astype(str)
        if inputs.name_field and inputs.name_field in settlements.columns
        else ids.astype(str)
    )
    objects = inputs.objects
    kinds = (
        _object_kinds(objects, inputs.kind_field, stds.kinds, inputs.objects_layer)
        if len(objects)
        else pd.Series([], dtype=str)
    )
    warnings: list[str] = []
    present_kinds = set(kinds.unique())
    radius = stds.settlement_radius()
    is_polygon = _is_polygon(settlements.geometry)
    points = int((~is_polygon).sum())
    if points and radius is not None:
        warnings.append(
            tr(
                "{n} settlements are points: an object within {radius} m of the point counts as in the settlement"
            ).format(n=points, radius=_fmt(radius))
        )
    from almaty_planner.core.geo import to_metric

    layers = {"settlements": settlements}
    if len(objects):
        layers["objects"] = objects
    if inputs.roads is not None and len(inputs.roads):
        layers["roads"] = inputs.roads
    metric = to_metric(layers)
    warnings.extend(metric.warnings)
    projected = copy.copy(inputs)
    projected.settlements = metric.layers["settlements"]
    projected.objects = metric.layers.get("objects", objects)
    projected.roads = metric.layers.get("roads")
    measure = _Measure(projected, kinds.reset_index(drop=True), radius)
    capacity = None
    if inputs.capacity_field:
        capacity = numeric_field(objects, inputs.capacity_field, inputs.objects_layer, allow_null=True).to_numpy()
    unverified: set[str] = set()
    rows: list[dict[str, Any]] = []
    standards = stds.standards
    warned: set[str] = set()
    columns = set(settlements.columns)
    uses_of: list[list[NormUse]] = [[] for _ in range(len(settlements))]
    for k, std in enumerate(standards):
        _check_progress(progress, 0.9 * k / max(1, len(standards)))
        unit = std.threshold["unit"]
        threshold_value = std.threshold["value"]
        reason_no_data = None
        needed = set(std.kinds) | set(std.data.get("levels") or [])
        if std.check in ("present", "within_reach", "per_1000", "population_band") and not (needed & present_kinds):
            reason_no_data = tr("no object of kind {kinds} in the object layers").format(
                kinds=", ".join(sorted(needed))
            )
        if std.check == "within_reach" and std.data.get("mode") == "roads" and measure.graph is None:
            reason_no_data = tr("the standard is measured along the roads and no roads layer was given")
        if std.check == "per_1000" and capacity is None:
            reason_no_data = tr("the standard needs the capacity of objects and no capacity field was given")
        if std.check == "attribute" and std.data["field"] not in columns:
            reason_no_data = tr("the settlement layer has no field {field}").format(field=std.data["field"])
        if reason_no_data and std.id not in warned:
            warned.add(std.id)
            warnings.append(
                tr("standard {id}: {reason}; counted as no data, not as unmet").format(id=std.id, reason=reason_no_data)
            )
        if std.check == "within_reach" and std.data.get("or_field") and std.data["or_field"] not in columns:
            warnings.append(
                tr("standard {id}: the settlement layer has no field {field}; only the distance is checked").format(
                    id=std.id, field=std.data["or_field"]
                )
            )
        applicable = [pos for pos in range(len(settlements)) if std.applies_to_tier(int(tiers.iloc[pos]))]
        if not applicable:
            continue
        if std.is_unverified:
            unverified.add(std.id)
        measured = _measure_standard(std, measure, settlements, population, capacity, applicable, reason_no_data)
        std_uses = [stds.use(f"standards.checklist[{k}].threshold", std.threshold)]
        if std.check == "within_reach" and std.threshold["unit"] == "min" and std.data.get("speed"):
            std_uses.append(stds.use(f"standards.checklist[{k}].speed", std.data["speed"]))
        radius_uses = (
            [stds.use("standards.settlement_radius_m", stds.section["settlement_radius_m"])]
            if radius is not None and std.check in ("present", "per_1000", "population_band")
            else []
        )
        for pos in applicable:
            status, value, detail = measured[pos]
            # the radius counts only for a settlement given as a point whose objects were counted
            counted = status in ("met", "not_met") and not is_polygon[pos]
            row_uses = std_uses + (radius_uses if counted else [])
            uses_of[pos].extend(row_uses)
            rows.append(
                {
                    "settlement": ids.iloc[pos],
                    "settlement_name": names.iloc[pos],
                    "tier": int(tiers.iloc[pos]),
                    "standard_id": std.id,
                    "direction": std.direction,
                    "check": std.check,
                    "mandatory": int(std.mandatory),
                    "weight": std.weight,
                    "status": status,
                    "value": value,
                    "threshold": _threshold_of(std, population.iloc[pos]),
                    "unit": unit if std.check != "population_band" else "level",
                    "detail": detail,
                    "confidence": std.threshold["confidence"],
                    "norms_used": encode_uses(row_uses),
                }
            )
        del threshold_value
    details = pd.DataFrame(rows, columns=list(DETAIL_COLUMNS))
    # an input tier field called tier is the tier itself (a valid tier is kept as given)
    out, keep_warnings = keep_inputs(
        settlements, SETTLEMENT_COLUMNS, keep=[inputs.tier_field] if inputs.tier_field == "tier" else []
    )
    warnings.extend(keep_warnings)
    summary = _summarise(details, ids, formula)
    out["settlement"] = ids.to_numpy()
    group = inputs.group_field
    out["settlement_group"] = (
        settlements[group].astype(str).to_numpy() if group and group in settlements.columns else None
    )
    out["residents_counted"] = population.to_numpy()
    out["service"] = SERVICE_ID
    out["tier"] = tiers.astype("int64").to_numpy()
    for col in ("standards_applicable", "standards_met", "standards_no_data"):
        out[col] = summary[col].to_numpy()
    exact = [None if p is None or pd.isna(p) else float(p) for p in summary["sufficiency_pct"]]
    out["sufficiency_pct"] = [None if p is None else round(p, 2) for p in exact]
    out["band"] = [stds.band_of(p) for p in exact]
    out["sufficiency_formula"] = formula
    out["norm_pack"] = stds.pack_id
    out["norm_pack_edition"] = stds.pack_edition
    out["norm_pack_hash"] = stds.pack_hash
    out["norm_unverified"] = ",".join(sorted(unverified))
    out["norms_used"] = [encode_uses(unique_uses(u + stds.band_uses(p))) for u, p in zip(uses_of, exact)]
    if unverified:
        warnings.append(
            tr("thresholds not verified against the official text were used: {keys}").format(
                keys=", ".join(sorted(unverified))
            )
        )
    warnings.append(formula_note(formula))
    _check_progress(progress, 1.0)
    result = SufficiencyResult(out, details, formula, stds, warnings, sorted(unverified))
    result.population = population  # type: ignore[attr-defined]
    result.exact_pct = exact  # type: ignore[attr-defined]
    result.ids = ids  # type: ignore[attr-defined]
    result.measure = measure  # type: ignore[attr-defined]
    return result


def combine_objects(layers: Sequence[Any], kind_field: str, capacity_field: str | None = None) -> Any:
    """Several object layers as one (kind, capacity, layer name and feature id kept), in the first layer's CRS.

    ``layers`` holds ``(name, GeoDataFrame)`` pairs; a layer without ``kind_field`` is refused.
    """
    import geopandas as gpd

    from almaty_planner.core.validation import require_field

    parts = []
    crs = None
    for name, gdf in layers:
        require_field(gdf, kind_field, name)
        if crs is None:
            crs = gdf.crs
        frame = gpd.GeoDataFrame(
            {
                kind_field: gdf[kind_field].to_numpy(),
                "object_layer": name,
                "object_fid": list(gdf.index),
            },
            geometry=list(gdf.geometry),
            crs=gdf.crs,
        )
        if capacity_field:
            frame[capacity_field] = gdf[capacity_field].to_numpy() if capacity_field in gdf.columns else np.nan
        if crs is not None and frame.crs is not None and frame.crs != crs:
            frame = frame.to_crs(crs)
        parts.append(frame)
    if not parts:
        return gpd.GeoDataFrame({kind_field: []}, geometry=[], crs=None)
    out = pd.concat(parts, ignore_index=True)
    return gpd.GeoDataFrame(out, geometry="geometry", crs=crs)


def formula_note(formula: str) -> str:
    """What the sufficiency level means in this output (our reading; the official formula is not published)."""
    if formula == "weighted":
        return tr(
            "sufficiency = 100 x weight of standards met / weight of standards met or not met (weighted); "
            "the official formula is not published, this is our reading of it; no data is left out"
        )
    return tr(
        "sufficiency = 100 x standards met / standards met or not met (share of applicable standards); "
        "the official formula is not published, this is our reading of it; no data is left out"
    )


def _threshold_of(std: Standard, population: float) -> float | None:
    """The threshold shown in the details (for a population band: the level required, 1-based)."""
    if std.check == "population_band":
        level = population_level(std.threshold["value"], float(population))
        return None if level is None else float(level + 1)
    return float(std.threshold["value"])


def _measure_standard(
    std: Standard,
    measure: _Measure,
    settlements: Any,
    population: pd.Series,
    capacity: NDArray[Any] | None,
    positions: Sequence[int],
    no_data: str | None,
) -> dict[int, tuple[str, float | None, str]]:
    """``{position: (status, value, detail)}`` of ``std`` for the settlements at ``positions``."""
    out: dict[int, tuple[str, float | None, str]] = {}
    for pos in positions:
        if not std.in_population(float(population.iloc[pos])):
            out[pos] = ("not_applicable", None, tr("population outside the standard's band"))
    todo = [p for p in positions if p not in out]
    if no_data:
        for pos in todo:
            out[pos] = ("no_data", None, no_data)
        return out
    value = std.threshold["value"]
    unit = std.threshold["unit"]
    if std.check == "present":
        inside = measure.inside(std.kinds)
        for pos in todo:
            n = float(len(inside[pos]))
            out[pos] = ("met" if n >= float(value) else "not_met", n, "")
    elif std.check == "within_reach":
        limit = _to_metres(float(value), unit, std)
        dist = measure.nearest(std.kinds, std.data.get("mode", "straight"), limit)
        or_field = std.data.get("or_field")
        for pos in todo:
            d = float(dist[pos])
            shown = None if not math.isfinite(d) else round(_from_metres(d, unit, std), 3)
            if d <= limit:
                out[pos] = ("met", shown, "")
                continue
            alt = _flag(settlements[or_field].iloc[pos]) if or_field and or_field in settlements.columns else None
            if alt is True:
                out[pos] = ("met", shown, tr("met by {field}").format(field=or_field))
            elif alt is None and or_field and or_field in settlements.columns:
                out[pos] = (
                    "no_data",
                    shown,
                    tr("no object within reach and no value in {field}").format(field=or_field),
                )
            else:
                out[pos] = (
                    "not_met",
                    shown,
                    tr("nearest beyond the limit") if shown is not None else tr("none within the limit"),
                )
    elif std.check == "per_1000":
        inside = measure.inside(std.kinds)
        assert capacity is not None
        for pos in todo:
            pop = float(population.iloc[pos])
            caps = capacity[inside[pos]] if len(inside[pos]) else np.empty(0)
            if np.isnan(caps).any():
                out[pos] = ("no_data", None, tr("an object in the settlement has no capacity"))
            elif pop <= 0:
                out[pos] = ("not_applicable", None, tr("no residents"))
            else:
                rate = round(float(caps.sum()) / pop * 1000.0, 3)
                out[pos] = ("met" if rate >= float(value) else "not_met", rate, "")
    elif std.check == "population_band":
        levels = list(std.data["levels"])
        sets = [measure.inside([k]) for k in levels]
        for pos in todo:
            need = population_level(value, float(population.iloc[pos]))
            if need is None:
                out[pos] = ("not_applicable", None, tr("population above the largest band"))
                continue
            have = max((i for i in range(len(levels)) if len(sets[i][pos])), default=-1)
            detail = tr("needs {need}; highest present: {have}").format(
                need=levels[need], have=levels[have] if have >= 0 else "-"
            )
            out[pos] = ("met" if have >= need else "not_met", float(have + 1), detail)
    elif std.check == "attribute":
        fname = std.data["field"]
        for pos in todo:
            raw = settlements[fname].iloc[pos]
            if unit == "flag":
                flag = _flag(raw)
                if flag is None:
                    out[pos] = ("no_data", None, tr("no value in {field}").format(field=fname))
                else:
                    num = 1.0 if flag else 0.0
                    out[pos] = ("met" if _compare(num, std.data["op"], float(value)) else "not_met", num, "")
                continue
            num_value = pd.to_numeric(pd.Series([raw]), errors="coerce").iloc[0]
            if pd.isna(num_value):
                if raw is not None and not (isinstance(raw, float) and math.isnan(raw)) and str(raw).strip():
                    raise InputError(
                        tr("not a number: {got!r}").format(got=raw),
                        layer="settlements",
                        feature=settlements.index[pos],
                        field=fname,
                    )
                out[pos] = ("no_data", None, tr("no value in {field}").format(field=fname))
            else:
                num = float(num_value)
                out[pos] = ("met" if _compare(num, std.data["op"], float(value)) else "not_met", num, "")
    return out


def _summarise(details: pd.DataFrame, ids: pd.Series, formula: str) -> pd.DataFrame:
    """Per settlement: applicable, met, no data, sufficiency % (None when nothing could be decided).

    The same counts as :func:`_counts` for each settlement, in one grouped pass.
    """
    status = details["status"].astype(str)
    weight = details["weight"].astype(float) if formula == "weighted" else pd.Series(1.0, index=details.index)
    frame = pd.DataFrame(
        {
            "settlement": details["settlement"].to_numpy(),
            "applicable": (status != "not_applicable").astype(int).to_numpy(),
            "met": (status == "met").astype(int).to_numpy(),
            "no_data": (status == "no_data").astype(int).to_numpy(),
            "met_w": weight.where(status == "met", 0.0).to_numpy(),
            "decided_w": weight.where(status.isin(["met", "not_met"]), 0.0).to_numpy(),
        }
    )
    sums = frame.groupby("settlement", sort=False).sum()
    out = sums.reindex(list(ids)).fillna(0.0)
    pct = [100.0 * m / d if d > 0 else None for m, d in zip(out["met_w"], out["decided_w"])]
    return pd.DataFrame(
        {
            "standards_applicable": out["applicable"].astype(int).to_numpy(),
            "standards_met": out["met"].astype(int).to_numpy(),
            "standards_no_data": out["no_data"].astype(int).to_numpy(),
            "sufficiency_pct": pct,
        }
    )


def _counts(g: pd.DataFrame, formula: str) -> dict[str, Any]:
    """Counts and sufficiency of one settlement's detail rows."""
    applicable = g[g["status"] != "not_applicable"]
    met = applicable["status"] == "met"
    decided = applicable["status"].isin(["met", "not_met"])
    w = applicable["weight"].astype(float) if formula == "weighted" else pd.Series(1.0, index=applicable.index)
    denom = float(w[decided].sum())
    pct = 100.0 * float(w[met].sum()) / denom if denom > 0 else None
    return {
        "standards_applicable": len(applicable),
        "standards_met": int(met.sum()),
        "standards_no_data": int((applicable["status"] == "no_data").sum()),
        "sufficiency_pct": pct,
    }


# --------------------------------------------------------------------------------------------------
# Aggregates
# --------------------------------------------------------------------------------------------------
def _groups(result: SufficiencyResult, group_field: str | None) -> list[tuple[str, NDArray[Any]]]:
    """(group label, row positions) for every group and for the whole input."""
    n = len(result.settlements)
    out = [(tr("all settlements"), np.arange(n))]
    if group_field:
        if group_field not in result.settlements.columns:
            raise InputError(tr("field not found"), layer="settlements", field=group_field)
        values = result.settlements[group_field].astype(str).to_numpy()
        for g in sorted(set(values)):
            out.append((g, np.nonzero(values == g)[0]))
    return out


def level_of(pcts: Sequence[float | None], populations: Sequence[float] | None = None) -> float | None:
    """Mean sufficiency over settlements with a percentage (weighted by population when given)."""
    values = np.array([np.nan if p is None else float(p) for p in pcts], dtype=float)
    ok = ~np.isnan(values)
    if not ok.any():
        return None
    if populations is None:
        return float(values[ok].mean())
    w = np.asarray(populations, dtype=float)[ok]
    return float((values[ok] * w).sum() / w.sum()) if w.sum() > 0 else None


def aggregate(result: SufficiencyResult, group_field: str | None = None, lang: str | None = None) -> pd.DataFrame:
    """One row per group (and the whole input): settlements, residents, by band, mean levels."""
    s = result.settlements
    pop = np.asarray(result.population, dtype=float)  # type: ignore[attr-defined, type-var]
    pct = np.array(result.exact_pct, dtype=object)  # type: ignore[attr-defined, type-var]
    bands = [b["id"] for b in result.standards.section["bands"]]
    rows = []
    for label, pos in _groups(result, group_field):
        row: dict[str, Any] = {
            "group": label,
            "settlements": len(pos),
            "residents": float(pop[pos].sum()),
            "mean_sufficiency_pct": _round(level_of(list(pct[pos]))),
            "population_weighted_pct": _round(level_of(list(pct[pos]), list(pop[pos]))),
        }
        band_values = s["band"].to_numpy(dtype=object)[pos]
        for b in bands:
            row[f"band_{b}"] = int(sum(1 for v in band_values if v == b))
        row["band_none"] = int(sum(1 for v in band_values if v is None))
        row["sufficiency_formula"] = result.formula
        rows.append(row)
    return pd.DataFrame(rows)


def _round(value: float | None, nd: int = 2) -> float | None:
    """Round, keeping None."""
    return None if value is None else round(float(value), nd)


def standard_shares(result: SufficiencyResult, group_field: str | None = None) -> pd.DataFrame:
    """Per group and standard: residents where it applies with data, residents who meet it, and the share."""
    d = result.details
    pop = pd.Series(np.asarray(result.population, dtype=float), index=result.ids.to_numpy())  # type: ignore[attr-defined, type-var]
    groups = _groups(result, group_field)
    ids = result.ids.to_numpy()  # type: ignore[attr-defined]
    rows = []
    for label, pos in groups:
        members = set(ids[pos].tolist())
        sub = d[d["settlement"].isin(members)]
        for std in result.standards.standards:
            g = sub[(sub["standard_id"] == std.id) & sub["status"].isin(["met", "not_met"])]
            if not len(g):
                continue
            res = float(pop.loc[g["settlement"]].sum())
            met = float(pop.loc[g.loc[g["status"] == "met", "settlement"]].sum())
            rows.append(
                {
                    "group": label,
                    "standard_id": std.id,
                    "direction": std.direction,
                    "settlements_checked": len(g),
                    "settlements_met": int((g["status"] == "met").sum()),
                    "residents_checked": res,
                    "residents_met": met,
                    "residents_met_pct": round(100.0 * met / res, 2) if res > 0 else None,
                }
            )
    return pd.DataFrame(
        rows,
        columns=[
            "group",
            "standard_id",
            "direction",
            "settlements_checked",
            "settlements_met",
            "residents_checked",
            "residents_met",
            "residents_met_pct",
        ],
    )


# --------------------------------------------------------------------------------------------------
# What to build
# --------------------------------------------------------------------------------------------------
@dataclass
class Action:
    """One object to build (or attribute to provide) in a settlement, and the unmet standards it meets."""

    settlement: Any
    settlement_name: str
    kind: str
    standard_id: str
    fixes: list[tuple[Any, str]]  # (settlement id, standard id) that become met
    residents_served: float = 0.0
    level_gain: float = 0.0


def _candidate_actions(result: SufficiencyResult) -> list[Action]:
    """Every action that turns an unmet standard of a settlement into met (one object, one place)."""
    d = result.details
    s = result.settlements
    ids = result.ids  # type: ignore[attr-defined]
    pop = pd.Series(np.asarray(result.population, dtype=float), index=ids.to_numpy())  # type: ignore[attr-defined, type-var]
    names = dict(zip(d["settlement"], d["settlement_name"]))
    pos_of = {sid: i for i, sid in enumerate(ids.tolist())}
    measure: _Measure = result.measure  # type: ignore[attr-defined]
    actions: list[Action] = []
    unmet = d[d["status"] == "not_met"]
    for std in result.standards.standards:
        rows = unmet[unmet["standard_id"] == std.id]
        if not len(rows):
            continue
        if std.check == "within_reach":
            limit = _to_metres(float(std.threshold["value"]), std.threshold["unit"], std)
            mode = std.data.get("mode", "straight")
            # along roads without the road graph (a result read back from its tables): only the settlement itself
            pairs = measure.between(mode, limit) if mode != "roads" or measure.graph is not None else None
            unmet_ids = set(rows["settlement"].tolist())
            reach: dict[int, list[int]] = {}
            for a, b in zip(pairs.point, pairs.facility) if pairs is not None else ():
                reach.setdefault(int(b), []).append(int(a))
            for sid in rows["settlement"]:
                here = pos_of[sid]
                fixes = sorted(
                    {(ids.iloc[p], std.id) for p in reach.get(here, [here]) if ids.iloc[p] in unmet_ids}, key=str
                )
                if (sid, std.id) not in fixes:
                    fixes.append((sid, std.id))
                actions.append(Action(sid, names.get(sid, str(sid)), std.kinds[0], std.id, fixes))
        elif std.check == "population_band":
            levels = list(std.data["levels"])
            for sid in rows["settlement"]:
                need = population_level(std.threshold["value"], float(pop.loc[sid]))
                if need is None:
                    continue
                actions.append(Action(sid, names.get(sid, str(sid)), levels[need], std.id, [(sid, std.id)]))
        elif std.check in ("present", "per_1000"):
            for sid in rows["settlement"]:
                actions.append(Action(sid, names.get(sid, str(sid)), std.kinds[0], std.id, [(sid, std.id)]))
        elif std.check == "attribute":
            for sid in rows["settlement"]:
                actions.append(Action(sid, names.get(sid, str(sid)), std.data["field"], std.id, [(sid, std.id)]))
    del s
    return actions


class _Level:
    """The aggregate level (mean sufficiency over settlements) and how actions change it.

    A settlement's percentage is 100 x met weight / decided weight; turning one of its unmet standards
    into met adds 100 x that standard's weight / its decided weight (the decided weight does not
    change), so the effect of any set of fixes is a sum: no table is recomputed.
    """

    def __init__(self, result: SufficiencyResult, positions: NDArray[Any] | None = None) -> None:
        """Level over the settlements at ``positions`` (default: all)."""
        d = result.details
        ids = result.ids.tolist()  # type: ignore[attr-defined]
        keep = set(ids if positions is None else [ids[p] for p in positions])
        weighted = result.formula == "weighted"
        self.decided: dict[Any, float] = {}
        self.met: dict[Any, float] = {}
        self.unmet: dict[Any, dict[str, float]] = {}
        sub = d[d["settlement"].isin(keep)]
        for sid, std, status, weight in zip(sub["settlement"], sub["standard_id"], sub["status"], sub["weight"]):
            w = float(weight) if weighted else 1.0
            if status in ("met", "not_met"):
                self.decided[sid] = self.decided.get(sid, 0.0) + w
            if status == "met":
                self.met[sid] = self.met.get(sid, 0.0) + w
            elif status == "not_met":
                self.unmet.setdefault(sid, {})[std] = w
        self.pct = {sid: 100.0 * self.met.get(sid, 0.0) / dec for sid, dec in self.decided.items() if dec > 0}
        self.total = float(sum(self.pct.values()))
        self.count = len(self.pct)

    def level(self) -> float | None:
        """Mean sufficiency over the settlements with a percentage."""
        return self.total / self.count if self.count else None

    def open_fixes(self, fixes: Iterable[tuple[Any, str]]) -> list[tuple[Any, str]]:
        """The fixes that are still unmet here (each once)."""
        seen: set[tuple[Any, str]] = set()
        out = []
        for fix in fixes:
            sid, std = fix
            if fix not in seen and std in self.unmet.get(sid, {}):
                seen.add(fix)
                out.append(fix)
        return out

    def gain(self, fixes: Iterable[tuple[Any, str]]) -> float:
        """Sum of the percentage points the open ``fixes`` add to their settlements."""
        return float(sum(100.0 * self.unmet[sid][std] / self.decided[sid] for sid, std in self.open_fixes(fixes)))

    def with_fixes(self, fixes: Iterable[tuple[Any, str]]) -> tuple[float | None, dict[Any, float | None]]:
        """The level after ``fixes`` become met, and the new percentages of the settlements changed."""
        changed: dict[Any, float | None] = {}
        for sid, std in self.open_fixes(fixes):
            base = changed.get(sid, self.pct[sid])
            changed[sid] = float(base or 0.0) + 100.0 * self.unmet[sid][std] / self.decided[sid]
        if not self.count:
            return None, changed
        delta = sum(float(v or 0.0) - self.pct[sid] for sid, v in changed.items())
        return (self.total + delta) / self.count, changed

    def apply(self, fixes: Iterable[tuple[Any, str]]) -> None:
        """Make ``fixes`` met."""
        for sid, std in self.open_fixes(fixes):
            add = 100.0 * self.unmet[sid].pop(std) / self.decided[sid]
            self.pct[sid] += add
            self.total += add


def rank_actions(result: SufficiencyResult, group_field: str | None = None) -> pd.DataFrame:
    """Every candidate object, ranked by residents served per object (then by the level gain).

    ``residents_served``: residents of the settlements whose unmet standard the object meets;
    ``level_gain_points``: how much the group's level (mean sufficiency over its settlements; the
    whole input when no group field) rises, in percentage points, if only this object is built.
    """
    pop = pd.Series(np.asarray(result.population, dtype=float), index=result.ids.to_numpy())  # type: ignore[attr-defined, type-var]
    actions = _candidate_actions(result)
    groups = None
    if group_field and group_field in result.settlements.columns:
        groups = pd.Series(result.settlements[group_field].astype(str).to_numpy(), index=result.ids.to_numpy())  # type: ignore[attr-defined]
    levels: dict[str, _Level] = {}
    rows = []
    for a in actions:
        g = str(groups.loc[a.settlement]) if groups is not None else tr("all settlements")
        if g not in levels:
            if groups is not None:
                members = np.nonzero(groups.to_numpy() == g)[0]
                levels[g] = _Level(result, members)
            else:
                levels[g] = _Level(result)
        lv = levels[g]
        before = lv.level() or 0.0
        after, _ = lv.with_fixes(a.fixes)
        served = float(sum(pop.loc[sid] for sid in {f[0] for f in a.fixes}))
        rows.append(
            {
                "settlement": a.settlement,
                "settlement_name": a.settlement_name,
                "group": g,
                "build": a.kind,
                "standard_id": a.standard_id,
                "settlements_served": len({f[0] for f in a.fixes}),
                "residents_served": served,
                "level_gain_points": round((after or 0.0) - before, 3),
            }
        )
    table = pd.DataFrame(
        rows,
        columns=[
            "settlement",
            "settlement_name",
            "group",
            "build",
            "standard_id",
            "settlements_served",
            "residents_served",
            "level_gain_points",
        ],
    )
    if len(table):
        table["_key"] = table["settlement"].astype(str)
        table = table.sort_values(
            ["residents_served", "level_gain_points", "_key", "standard_id"],
            ascending=[False, False, True, True],
            kind="stable",
        ).drop(columns="_key")
        table.insert(0, "rank", np.arange(1, len(table) + 1))
    else:
        table.insert(0, "rank", pd.Series(dtype="int64"))
    return table.reset_index(drop=True)


def plan_to_target(result: SufficiencyResult, target_pct: float, *, max_objects: int = 10_000) -> pd.DataFrame:
    """A short list of objects that brings the level (mean sufficiency over all settlements) to ``target_pct``.

    Greedy: at each step the object that raises the level most is chosen (ties: more residents served,
    then settlement and standard order); the list is not proven to be the shortest. Each row carries
    the level reached so far and ``method`` = ``greedy``.
    """
    import heapq

    pop = dict(zip(result.ids.tolist(), np.asarray(result.population, dtype=float)))  # type: ignore[attr-defined, type-var]
    level = _Level(result)
    actions = _candidate_actions(result)
    start = level.level()
    rows = []
    current = start if start is not None else 0.0

    def key(i: int) -> tuple[float, float, int]:
        fixes = level.open_fixes(actions[i].fixes)
        gain = level.gain(fixes) / level.count if level.count else 0.0
        return gain, float(sum(pop[sid] for sid in {f[0] for f in fixes})), -i

    # Lazy greedy: an object's gain and residents only fall as others are built, so a stored key is an
    # upper bound; the top of the heap, recomputed, is the best when it still beats the next stored key.
    heap = [(-k[0], -k[1], -k[2]) for k in (key(i) for i in range(len(actions)))]
    heapq.heapify(heap)
    step = 0
    while current < target_pct - 1e-9 and heap and step < max_objects:
        _, _, i = heapq.heappop(heap)
        fresh = key(i)
        if heap and (fresh[0], fresh[1], fresh[2]) < (-heap[0][0], -heap[0][1], -heap[0][2]):
            heapq.heappush(heap, (-fresh[0], -fresh[1], -fresh[2]))
            continue
        if fresh[0] <= 1e-12:
            break
        a = actions[i]
        fixes = level.open_fixes(a.fixes)
        after, _ = level.with_fixes(fixes)
        level.apply(fixes)
        step += 1
        served = {f[0] for f in fixes}
        rows.append(
            {
                "step": step,
                "settlement": a.settlement,
                "settlement_name": a.settlement_name,
                "build": a.kind,
                "standard_id": a.standard_id,
                "settlements_served": len(served),
                "residents_served": float(sum(pop[sid] for sid in served)),
                "level_before_pct": round(current, 3),
                "level_after_pct": round(after or 0.0, 3),
                "target_pct": float(target_pct),
                "reached": bool((after or 0.0) >= target_pct - 1e-9),
                "method": "greedy",
            }
        )
        current = after or 0.0
    return pd.DataFrame(
        rows,
        columns=[
            "step",
            "settlement",
            "settlement_name",
            "build",
            "standard_id",
            "settlements_served",
            "residents_served",
            "level_before_pct",
            "level_after_pct",
            "target_pct",
            "reached",
            "method",
        ],
    )


def greedy_note() -> str:
    """What the plan to a target is (and is not)."""
    return tr(
        "the list of objects is chosen greedily (each step the object that raises the level most); "
        "it is short but not proven to be the shortest"
    )


def copy_section(section: Mapping[str, Any]) -> dict[str, Any]:
    """A deep copy of a section (for import/export)."""
    return copy.deepcopy(dict(section))


# --------------------------------------------------------------------------------------------------
# One run: the check and every table derived from it (command line, demo, workbook, panel)
# --------------------------------------------------------------------------------------------------
@dataclass
class SrsRun:
    """A check with its aggregates, standard shares, ranked objects and the plan to a target."""

    result: SufficiencyResult
    aggregates: pd.DataFrame
    shares: pd.DataFrame
    actions: pd.DataFrame
    plan: pd.DataFrame
    target_pct: float
    group_field: str | None = None

    def describe(self, lang: str | None = None) -> list[str]:
        """Lines for a terminal: the level next to the published national figures, and the plan."""
        all_row = self.aggregates.iloc[0]
        stds = self.result.standards
        bands = ", ".join(
            f"{stds.band_title(b['id'], lang)}: {int(all_row.get('band_' + b['id'], 0))}" for b in stds.section["bands"]
        )
        lines = [
            tr("{n} settlements, {pop} residents: mean sufficiency {mean}% (by population {weighted}%)").format(
                n=int(all_row["settlements"]),
                pop=f"{all_row['residents']:,.0f}",
                mean=_pct_text(all_row["mean_sufficiency_pct"]),
                weighted=_pct_text(all_row["population_weighted_pct"]),
            ),
            tr("settlements by band: {bands}; without a level (no data): {none}").format(
                bands=bands, none=int(all_row["band_none"])
            ),
        ]
        national = stds.reference_level("national_2025")
        target = stds.reference_level("national_target_2028")
        if national is not None and target is not None:
            lines.append(
                tr(
                    "published: national sufficiency level {national}% (2025), target {target}% by 2028 "
                    "(formula not published; not directly comparable)"
                ).format(national=_fmt(national), target=_fmt(target))
            )
        lines.append(formula_note(self.result.formula))
        if len(self.actions):
            top = self.actions.iloc[0]
            lines.append(
                tr("first object to build: {kind} in {name} serves {residents} residents (+{gain} points)").format(
                    kind=stds.kind_title(str(top["build"]), lang),
                    name=top["settlement_name"],
                    residents=f"{top['residents_served']:,.0f}",
                    gain=f"{top['level_gain_points']:.2f}",
                )
            )
        level = self.aggregates.iloc[0]["mean_sufficiency_pct"]
        if not len(self.plan) and level is not None and not pd.isna(level) and float(level) >= self.target_pct:
            lines.append(
                tr("the level is already at or above the target {target}%").format(target=_fmt(self.target_pct))
            )
        if len(self.plan):
            reached = bool(self.plan["reached"].iloc[-1])
            text = (
                tr("{n} objects bring the level to {level}% (target {target}%)")
                if reached
                else tr("{n} objects bring the level to {level}%; the target {target}% is not reached")
            )
            lines.append(
                text.format(
                    n=len(self.plan),
                    level=f"{self.plan['level_after_pct'].iloc[-1]:.1f}",
                    target=_fmt(self.target_pct),
                )
            )
            lines.append(greedy_note())
        if self.result.unverified:
            lines.append(
                tr("thresholds not verified against the official text were used: {keys}").format(
                    keys=", ".join(self.result.unverified)
                )
            )
        return lines


def _pct_text(value: Any) -> str:
    """A percentage with one decimal, or a dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    return f"{float(value):.1f}"


def run_from_frames(
    settlements: Any,
    objects: Sequence[tuple[str, Any]],
    pack: Any,
    *,
    population_field: str,
    kind_field: str = "kind",
    tier_field: str | None = None,
    status_field: str | None = None,
    id_field: str | None = None,
    name_field: str | None = None,
    group_field: str | None = None,
    capacity_field: str | None = None,
    roads: Any = None,
    formula: str | None = None,
    target_pct: float = 70.0,
    progress: ProgressFn | None = None,
) -> SrsRun:
    """The whole check from data frames: settlements, ``(name, objects)`` layers, optional roads."""
    combined = combine_objects(objects, kind_field, capacity_field)
    inputs = SettlementInputs(
        settlements=settlements,
        population_field=population_field,
        objects=combined,
        kind_field=kind_field,
        tier_field=tier_field,
        status_field=status_field,
        id_field=id_field,
        name_field=name_field,
        group_field=group_field,
        capacity_field=capacity_field,
        roads=roads,
    )
    result = check_settlements(inputs, pack, formula=formula, progress=progress)
    return SrsRun(
        result=result,
        aggregates=result.aggregates(group_field),
        shares=result.standard_shares(group_field),
        actions=rank_actions(result, group_field),
        plan=plan_to_target(result, target_pct),
        target_pct=float(target_pct),
        group_field=group_field,
    )


def write_result_gpkg(path: Any, run: SrsRun) -> Any:
    """The settlements and every table into one GeoPackage (whole or not at all)."""
    import geopandas as gpd

    from almaty_planner.core.layers_io import write_gpkg

    def table(frame: pd.DataFrame) -> Any:
        return gpd.GeoDataFrame(
            frame.reset_index(drop=True), geometry=[None] * len(frame), crs=run.result.settlements.crs
        )

    return write_gpkg(
        path,
        {
            "srs_settlements": run.result.settlements,
            "srs_details": table(run.result.details),
            "srs_aggregates": table(run.aggregates),
            "srs_standard_shares": table(run.shares),
            "srs_what_to_build": table(run.actions),
            "srs_plan": table(run.plan),
        },
    )


def run_from_tables(
    settlements: Any,
    details: pd.DataFrame,
    pack: Any = None,
    *,
    target_pct: float | None = None,
    extra_dirs: Sequence[Any] | None = None,
) -> SrsRun:
    """A run rebuilt from its result tables (the settlements layer and the checklist), e.g. for a report.

    The pack is the one the settlements name (``norm_pack``) unless given; the target is the pack's
    ``national_target_2028`` reference level, else 70%. Objects are not needed: what a new object would
    serve is measured between the settlements (straight line; along roads only the settlement itself).
    """
    import geopandas as gpd

    from almaty_planner.core.geo import to_metric

    needed = ("settlement", "residents_counted", "sufficiency_formula", "norm_pack")
    for col in needed:
        if col not in settlements.columns:
            raise InputError(
                tr("not a result of srs_sufficiency: the field {field} is missing").format(field=col),
                layer="settlements",
                field=col,
            )
    for col in ("settlement", "standard_id", "status"):
        if col not in details.columns:
            raise InputError(
                tr("not a checklist of srs_sufficiency: the field {field} is missing").format(field=col),
                layer="details",
                field=col,
            )
    if pack is None:
        from almaty_planner.core.norms import load_pack

        pack = load_pack(str(settlements["norm_pack"].iloc[0]), extra_dirs)
    stds = standards_of(pack)
    formula = str(settlements["sufficiency_formula"].iloc[0])
    frame = settlements.reset_index(drop=True)
    ids = pd.Series(frame["settlement"].to_numpy(), index=frame.index)
    # ids read back from a layer may have changed type (text in one table, integer in the other)
    key = {str(v): v for v in ids}
    d = pd.DataFrame(details).copy()
    d["settlement"] = [key.get(str(v), v) for v in d["settlement"]]
    keep = [c for c in DETAIL_COLUMNS if c in d.columns]
    d = d[keep].reset_index(drop=True)
    population = pd.Series(pd.to_numeric(frame["residents_counted"], errors="coerce").to_numpy(), index=frame.index)
    summary = _summarise(d, ids, formula)
    exact = [None if p is None or pd.isna(p) else float(p) for p in summary["sufficiency_pct"]]
    unverified = sorted(
        {k for v in frame.get("norm_unverified", pd.Series(dtype=str)).dropna() for k in str(v).split(",") if k}
    )
    metric = to_metric({"settlements": gpd.GeoDataFrame(frame, geometry=frame.geometry.name, crs=settlements.crs)})
    inputs = SettlementInputs(
        settlements=metric.layers["settlements"],
        population_field="residents_counted",
        objects=gpd.GeoDataFrame({"kind": []}, geometry=[], crs=metric.crs),
        kind_field="kind",
    )
    result = SufficiencyResult(frame, d, formula, stds, [formula_note(formula)], unverified)
    result.population = population  # type: ignore[attr-defined]
    result.exact_pct = exact  # type: ignore[attr-defined]
    result.ids = ids  # type: ignore[attr-defined]
    result.measure = _Measure(inputs, pd.Series([], dtype=str), stds.settlement_radius())  # type: ignore[attr-defined]
    group_field = "settlement_group" if frame["settlement_group"].notna().any() else None
    if target_pct is None:
        target_pct = stds.reference_level("national_target_2028") or 70.0
    return SrsRun(
        result=result,
        aggregates=result.aggregates(group_field),
        shares=result.standard_shares(group_field),
        actions=rank_actions(result, group_field),
        plan=plan_to_target(result, float(target_pct)),
        target_pct=float(target_pct),
        group_field=group_field,
    )
