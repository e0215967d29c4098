"""The one place that names the checks' methods, services and capacity units, and their labels.

Read by the provision engine, the Processing parameters (enum options), the panel, the Excel report
and the command line. Which services exist, and their titles, come from the chosen norm pack
(:func:`facility_services`, :func:`service_name`): a service added to a pack (a sports hall, a
library) is offered everywhere with no code change. The labels below are only the plural names and
unit words of the services the plugin knows, which read better in tables than a pack's singular title,
and the words of what a pack's values carry: their units, confidence and development types.

Labels are translated with the core's ``tr`` (context :data:`CONTEXT`, for the report and messages)
or with a translator the caller passes (the panel passes Qt's, so its compiled translations apply).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Optional

from almaty_planner.core.i18n import tr

CONTEXT = "definitions"
"""Translation context of every label defined here (``i18n/definitions_<lang>.ts``)."""

Translate = Optional[Callable[[str], str]]

# ------------------------------------------------------------------------------------------ methods
METHODS = ("unit_balance", "catchment", "assignment", "2sfca", "e2sfca")
"""Every method of the provision check, in the order offered."""
REACH_METHODS = ("catchment", "assignment", "2sfca", "e2sfca")
"""The methods that need a radius (or travel time): who reaches which facility."""
DEFAULT_METHOD = "unit_balance"

# ----------------------------------------------------------------------------------------- services
GREEN_SERVICE = "green_space"
ENGINEERING_SERVICE = "engineering_gap"
"""The service id of an engineering result table (it reads the pack's services below)."""
SEWERAGE_SERVICE = "sewerage"
WATER_SERVICE = "water"
ENGINEERING_SERVICES = (SEWERAGE_SERVICE, WATER_SERVICE)

# -------------------------------------------------------------------------------------- capacities
CAPACITY_UNITS = ("places", "visits_per_shift", "beds", "m2", "residents")
"""The capacity units a pack's service may have (SCHEMA.md)."""
FACILITY_UNITS = ("places", "visits_per_shift", "beds")
"""Capacity units of services provided by facilities (schools, clinics, halls): the provision check."""


class _Mark:
    """Marks label texts for translation where they are defined (``scripts/i18n_extract.py`` finds them)."""

    @staticmethod
    def translate(context: str, text: str) -> str:
        """``text`` unchanged; the label functions translate it when asked."""
        return text


_mark = _Mark()

_METHOD_LABELS = {
    "unit_balance": _mark.translate("definitions", "Balance within each unit"),
    "catchment": _mark.translate("definitions", "Within the normative radius"),
    "assignment": _mark.translate("definitions", "Assignment to the nearest free facility"),
    "2sfca": _mark.translate("definitions", "Two-step floating catchment (2SFCA)"),
    "e2sfca": _mark.translate("definitions", "Enhanced 2SFCA (distance decay)"),
}

_UNIT_LABELS = {
    "student_places": _mark.translate("definitions", "student places"),
    "places": _mark.translate("definitions", "places"),
    "visits_per_shift": _mark.translate("definitions", "visits per shift"),
    "beds": _mark.translate("definitions", "beds"),
    "m2": _mark.translate("definitions", "m²"),
    "residents": _mark.translate("definitions", "residents"),
    "units": _mark.translate("definitions", "units"),
}

# service -> (short plural name for sheets and lists, full title)
_SERVICE_NAMES = {
    "school": (_mark.translate("definitions", "Schools"), _mark.translate("definitions", "Schools")),
    "kindergarten": (
        _mark.translate("definitions", "Kindergartens"),
        _mark.translate("definitions", "Kindergartens"),
    ),
    "polyclinic": (_mark.translate("definitions", "Polyclinics"), _mark.translate("definitions", "Polyclinics")),
    "hospital": (_mark.translate("definitions", "Hospitals"), _mark.translate("definitions", "Hospitals")),
    GREEN_SERVICE: (
        _mark.translate("definitions", "Green space"),
        _mark.translate("definitions", "Public green space"),
    ),
    SEWERAGE_SERVICE: (_mark.translate("definitions", "Sewerage"), _mark.translate("definitions", "Sewerage")),
    WATER_SERVICE: (
        _mark.translate("definitions", "Water supply"),
        _mark.translate("definitions", "Water supply"),
    ),
    ENGINEERING_SERVICE: (
        _mark.translate("definitions", "Sewerage and water supply"),
        _mark.translate("definitions", "Sewerage and water supply"),
    ),
}

USUAL_UNITS = {
    "school": "places",
    "kindergarten": "places",
    "polyclinic": "visits_per_shift",
    "hospital": "beds",
    GREEN_SERVICE: "m2",
    SEWERAGE_SERVICE: "residents",
    WATER_SERVICE: "residents",
}
"""The capacity unit of the services the plugin knows, for labels of tables that do not say (the pack's
``capacity_unit`` wins wherever a pack is at hand)."""

_WITH_UNIT = _mark.translate("definitions", "{service} ({unit})")

# the units of a pack's values (SCHEMA.md) that are not capacity units
_VALUE_UNIT_LABELS = {
    "pct": _mark.translate("definitions", "%"),
    "m": _mark.translate("definitions", "m"),
    "km": _mark.translate("definitions", "km"),
    "min": _mark.translate("definitions", "min"),
    "ha": _mark.translate("definitions", "ha"),
    "km_per_h": _mark.translate("definitions", "km/h"),
    "pupils": _mark.translate("definitions", "pupils"),
    "objects": _mark.translate("definitions", "objects"),
    "flag": _mark.translate("definitions", "yes or no"),
    "m2_per_resident": _mark.translate("definitions", "m² per resident"),
    "m2_per_pupil": _mark.translate("definitions", "m² per pupil"),
    "m2_per_place": _mark.translate("definitions", "m² per place"),
    "places_per_1000": _mark.translate("definitions", "places per 1000 residents"),
    "visits_per_shift_per_1000": _mark.translate("definitions", "visits per shift per 1000 residents"),
    "beds_per_1000": _mark.translate("definitions", "beds per 1000 residents"),
    "residents_per_1000": _mark.translate("definitions", "per 1000 residents"),
    "residents_per_flat": _mark.translate("definitions", "residents per flat"),
    "per_flat": _mark.translate("definitions", "per flat"),
}

CONFIDENCES = ("confirmed", "secondary", "derived", "unverified")
"""How sure a norm value is (SCHEMA.md); only ``confirmed`` counts as verified."""
_CONFIDENCE_LABELS = {
    "confirmed": _mark.translate("definitions", "confirmed (official text)"),
    "secondary": _mark.translate("definitions", "secondary source"),
    "derived": _mark.translate("definitions", "derived from statistics"),
    "unverified": _mark.translate("definitions", "unverified"),
}
_CONFIDENCE_LETTERS = {"c": "confirmed", "s": "secondary", "d": "derived", "u": "unverified"}

DEVELOPMENT_TYPES = ("multi_storey", "low_rise")
"""The development types a pack's values may differ by."""
_DEVELOPMENT_LABELS = {
    "multi_storey": _mark.translate("definitions", "multi-storey"),
    "low_rise": _mark.translate("definitions", "low-rise"),
}


def _translator(lang: str | None, translate: Translate) -> Callable[[str], str]:
    """The function that translates a label text: the caller's, else the core's in ``lang``."""
    if translate is not None:
        return translate
    return lambda text: tr(text, context=CONTEXT, lang=lang)


def method_label(method: str, lang: str | None = None, translate: Translate = None) -> str:
    """The name of ``method`` as planners read it (the id itself for an unknown method)."""
    text = _METHOD_LABELS.get(method)
    return _translator(lang, translate)(text) if text else method


def unit_key(capacity_unit: str | None, service: str | None = None) -> str:
    """The label key of a capacity unit: a school's ``places`` are ``student_places``."""
    unit = capacity_unit or "units"
    return "student_places" if service == "school" and unit == "places" else unit


def capacity_unit_label(
    capacity_unit: str | None, service: str | None = None, lang: str | None = None, translate: Translate = None
) -> str:
    """The words of a capacity unit (``places`` -> places; a school's places -> student places)."""
    key = unit_key(capacity_unit, service)
    text = _UNIT_LABELS.get(key)
    return _translator(lang, translate)(text) if text else key


def value_unit_label(
    unit: str | None, service: str | None = None, lang: str | None = None, translate: Translate = None
) -> str:
    """The words of a norm value's unit (``places_per_1000`` -> places per 1000 residents; ``pct`` -> %);
    capacity units as :func:`capacity_unit_label`; the unit itself when unknown, empty for none."""
    unit = "" if unit is None else str(unit).strip()
    if not unit:
        return ""
    if unit in _UNIT_LABELS:
        return capacity_unit_label(unit, service, lang, translate)
    text = _VALUE_UNIT_LABELS.get(unit)
    return _translator(lang, translate)(text) if text else unit


def confidence_label(confidence: str | None, lang: str | None = None, translate: Translate = None) -> str:
    """How sure a norm value is, in words (``unverified`` -> unverified; the letters C, S, D, U too); the
    text itself when unknown."""
    raw = "" if confidence is None else str(confidence).strip()
    key = _CONFIDENCE_LETTERS.get(raw.lower(), raw.lower())
    text = _CONFIDENCE_LABELS.get(key)
    return _translator(lang, translate)(text) if text else raw


def development_label(development: str | None, lang: str | None = None, translate: Translate = None) -> str:
    """A development type in words (``low_rise`` -> low-rise); the text itself when unknown, empty for none."""
    raw = "" if development is None else str(development).strip()
    text = _DEVELOPMENT_LABELS.get(raw)
    return _translator(lang, translate)(text) if text else raw


def service_capacity_unit(pack: Any, service: str) -> str | None:
    """The capacity unit the pack gives ``service`` (None when the pack lacks the service)."""
    svc = _service_of(pack, service)
    return None if svc is None else str(svc.capacity_unit)


def _service_of(pack: Any, service: str) -> Any:
    """The pack's ServiceNorm of ``service``, or None."""
    services = getattr(pack, "services", None) if pack is not None else None
    if not services or service not in services:
        return None
    return services[service]


def service_name(
    service: str, pack: Any = None, lang: str | None = None, translate: Translate = None, *, full: bool = False
) -> str:
    """The plural name (``full``: the title) of ``service``; for a service the plugin does not know, the
    pack's title of it, else its id."""
    names = _SERVICE_NAMES.get(service)
    if names is not None:
        return _translator(lang, translate)(names[1] if full else names[0])
    svc = _service_of(pack, service)
    return svc.title(lang) if svc is not None else service


def service_label(service: str, pack: Any = None, lang: str | None = None, translate: Translate = None) -> str:
    """The panel's label of a service: its name with its capacity unit for facility services
    (``Schools (student places)``), the full title for the others."""
    unit = service_capacity_unit(pack, service) or USUAL_UNITS.get(service)
    if unit not in FACILITY_UNITS:
        return service_name(service, pack, lang, translate, full=True)
    words = capacity_unit_label(unit, service, lang, translate)
    return _translator(lang, translate)(_WITH_UNIT).format(
        service=service_name(service, pack, lang, translate), unit=words
    )


def facility_services(pack: Any) -> list[str]:
    """The services of ``pack`` that facilities provide (capacity in places, visits or beds), in pack order."""
    services = getattr(pack, "services", None) if pack is not None else None
    if not services:
        return []
    return [sid for sid, svc in services.items() if svc.capacity_unit in FACILITY_UNITS]


# ------------------------------------------------------------------------- words in running text
def method_words(method: str, lang: str | None = None) -> str:
    """A method id in words (``catchment`` -> "within the normative radius"), in ``lang``."""
    words = {
        "unit_balance": tr("balance within each unit", lang=lang),
        "catchment": tr("within the normative radius", lang=lang),
        "assignment": tr("assignment to the nearest facility with free capacity", lang=lang),
        "2sfca": tr("two-step floating catchment (2SFCA)", lang=lang),
        "e2sfca": tr("enhanced 2SFCA with distance decay", lang=lang),
    }
    return words.get(str(method), str(method))


def norm_key_words(key: str, lang: str | None = None) -> str:
    """A norm value's key in words (``overload_pct`` -> "overload threshold, %"); the key when unknown."""
    words = {
        "radius_m": tr("service radius, m", lang=lang),
        "travel_time_min": tr("travel time, min", lang=lang),
        "typical_size": tr("typical size of a new facility", lang=lang),
        "overload_pct": tr("overload threshold, %", lang=lang),
        "class_size": tr("pupils per class", lang=lang),
        "overcrowded_class_size": tr("overcrowded class from, pupils", lang=lang),
        "norm_m2_per_resident": tr("green area per resident, m²", lang=lang),
        "norm_residential_m2_per_resident": tr("green area per resident in residential districts, m²", lang=lang),
        "min_park_area_m2": tr("smallest park counted, m²", lang=lang),
        "walk_radius_m": tr("walking distance to a park, m", lang=lang),
        "target_connected_pct": tr("target share connected, %", lang=lang),
        "connection_distance_m": tr("connection distance, m", lang=lang),
        "demand_rate": tr("demand per 1000 residents", lang=lang),
        "demand:per_1000": tr("demand per 1000 residents", lang=lang),
        "coverage_pct": tr("coverage of the age group, %", lang=lang),
        "baseline_m2_per_resident_2020": tr("green area per resident in 2020 (baseline), m²", lang=lang),
        "feldsher_post_max_population": tr("feldsher-midwife post: residents at most", lang=lang),
        "medical_point_max_population": tr("medical point: residents at most", lang=lang),
        "max_size": tr("largest size of one facility", lang=lang),
        "norm_m2_per_resident_medium_city": tr("green area per resident, medium city, m²", lang=lang),
        "norm_m2_per_resident_small_city": tr("green area per resident, small city, m²", lang=lang),
        "norm_m2_per_resident_small_city_under_20k": tr(
            "green area per resident, small city under 20 thousand, m²", lang=lang
        ),
        "norm_residential_m2_per_resident_medium_city": tr(
            "green area per resident in residential districts, medium city, m²", lang=lang
        ),
        "plot_m2_per_place_up_to_100": tr("plot per place up to 100 places, m²", lang=lang),
        "plot_m2_per_place_above_100": tr("plot per place above 100 places, m²", lang=lang),
        "plot_m2_per_place_above_500": tr("plot per place above 500 places, m²", lang=lang),
        "short_stay_places_per_1000": tr("short-stay groups: places per 1000 residents", lang=lang),
        "short_stay_additional_places_per_1000": tr(
            "short-stay groups: additional places per 1000 residents", lang=lang
        ),
        "typical_site_ha": tr("typical site, ha", lang=lang),
        "typical_sizes": tr("typical sizes", lang=lang),
        "visits_per_shift_pct_of_daily": tr("visits per shift, % of the daily visits", lang=lang),
        "housing:household_size": tr("residents per new flat", lang=lang),
        "housing:demand_per_flat": tr("demand per new flat", lang=lang),
    }
    key = str(key).strip()
    if key in words:
        return words[key]
    for prefix, template in (
        ("plot_m2_per_pupil_", tr("plot per pupil for {field} pupils, m²", lang=lang)),
        ("demand:", tr("coverage of {field}, %", lang=lang)),
        ("coverage_pct (", tr("coverage of {field}, %", lang=lang)),
        ("demand_rate (", tr("demand per 1000 residents ({field})", lang=lang)),
    ):
        if key.startswith(prefix):
            rest = key[len(prefix) :].rstrip(")")
            return template.format(field=rest.replace("_", "-") if prefix.startswith("plot") else rest)
    return key


def norm_keys_in_words(keys: str, lang: str | None = None) -> str:
    """A comma-separated list of norm keys (``norm_unverified``) in words, separated by semicolons (the words
    may hold commas: "overload threshold, %")."""
    return "; ".join(norm_key_words(k, lang) for k in str(keys).split(",") if k.strip())


def service_words(service: str, lang: str | None = None, pack: Any = None) -> str:
    """The full name of a service (``school`` -> "Schools"), in ``lang``; the pack's title, else the id,
    for a service the plugin does not know."""
    return service_name(str(service), pack, lang, full=True)


def result_kind(service: str) -> str:
    """The kind of result table a service gives: ``green``, ``engineering`` or ``provision``."""
    if service == GREEN_SERVICE:
        return "green"
    if service == ENGINEERING_SERVICE:
        return "engineering"
    return "provision"


__all__ = [
    "CAPACITY_UNITS",
    "CONFIDENCES",
    "CONTEXT",
    "DEFAULT_METHOD",
    "DEVELOPMENT_TYPES",
    "ENGINEERING_SERVICE",
    "ENGINEERING_SERVICES",
    "FACILITY_UNITS",
    "GREEN_SERVICE",
    "METHODS",
    "REACH_METHODS",
    "SEWERAGE_SERVICE",
    "USUAL_UNITS",
    "WATER_SERVICE",
    "capacity_unit_label",
    "confidence_label",
    "development_label",
    "facility_services",
    "method_label",
    "method_words",
    "norm_key_words",
    "norm_keys_in_words",
    "result_kind",
    "service_capacity_unit",
    "service_label",
    "service_name",
    "service_words",
    "unit_key",
    "value_unit_label",
]
