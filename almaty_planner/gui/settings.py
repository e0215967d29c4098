"""What the planner chose in the dock, remembered with the QGIS project (``QgsProject`` entries)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from almaty_planner.core.definitions import DEFAULT_METHOD

SCOPE = "almaty_planner"
PREFIX = "dock/"
DEFAULT_STATUSES = "existing"


@dataclass
class ServiceChoice:
    """The facility layer and its fields for one service (empty layer id: not checked)."""

    layer_id: str = ""
    capacity_field: str = ""
    status_field: str = ""
    load_field: str = ""
    shifts_field: str = ""
    year_field: str = ""  # the facilities' commissioning year (with PanelSettings.up_to_year)


@dataclass
class PanelSettings:
    """Every choice of the dock, in plain values (layer ids and field names)."""

    units_layer_id: str = ""
    population_field: str = ""
    name_field: str = ""
    services: dict[str, ServiceChoice] = field(default_factory=dict)  # the services of the packs, by id
    green_layer_id: str = ""
    sewer_field: str = ""
    water_field: str = ""
    norm_pack: str = ""
    method: str = DEFAULT_METHOD
    methods: list[str] = field(default_factory=list)
    points_layer_id: str = ""
    points_field: str = ""
    network_layer_id: str = ""
    tier_field: str = ""
    development_field: str = ""
    radius_m: str = ""
    statuses: str = DEFAULT_STATUSES
    up_to_year: str = ""  # count facilities commissioned up to this year; empty: all
    output_path: str = ""

    def __post_init__(self) -> None:
        """``methods`` defaults to ``[method]``; ``method`` is always the first of ``methods``."""
        if not self.methods:
            self.methods = [self.method or DEFAULT_METHOD]
        self.method = self.methods[0]

    def service(self, name: str) -> ServiceChoice:
        """The choice for ``name`` (created empty when absent)."""
        return self.services.setdefault(name, ServiceChoice())

    def configured_services(self) -> list[str]:
        """Services whose facility layer is set, in the panel's order."""
        return [name for name, choice in self.services.items() if choice.layer_id]


_SCALARS = (
    "units_layer_id",
    "population_field",
    "name_field",
    "green_layer_id",
    "sewer_field",
    "water_field",
    "norm_pack",
    "method",
    "points_layer_id",
    "points_field",
    "network_layer_id",
    "tier_field",
    "development_field",
    "radius_m",
    "statuses",
    "up_to_year",
    "output_path",
)
_SERVICE_FIELDS = ("layer_id", "capacity_field", "status_field", "load_field", "shifts_field", "year_field")


def write_settings(project: Any, settings: PanelSettings) -> None:
    """Write ``settings`` into ``project`` (saved with the .qgz; no disk access here)."""
    for name in _SCALARS:
        project.writeEntry(SCOPE, PREFIX + name, str(getattr(settings, name) or ""))
    project.writeEntry(SCOPE, PREFIX + "methods", ",".join(settings.methods))
    project.writeEntry(SCOPE, PREFIX + "services", ",".join(settings.services))
    for service, choice in settings.services.items():
        for name in _SERVICE_FIELDS:
            project.writeEntry(SCOPE, f"{PREFIX}service/{service}/{name}", getattr(choice, name) or "")


def _read(project: Any, key: str, default: str = "") -> str:
    """One text entry of the project (``default`` when absent)."""
    value, ok = project.readEntry(SCOPE, PREFIX + key, default)
    return value if ok else default


def read_settings(project: Any) -> PanelSettings:
    """The settings stored in ``project`` (defaults where nothing was stored)."""
    settings = PanelSettings()
    for name in _SCALARS:
        setattr(settings, name, _read(project, name, getattr(settings, name)))
    methods = [m for m in _read(project, "methods").split(",") if m]
    settings.methods = methods or [settings.method or DEFAULT_METHOD]
    settings.method = settings.methods[0]
    names = [s for s in _read(project, "services").split(",") if s]
    for service in dict.fromkeys(names):
        settings.services[service] = ServiceChoice(
            *(_read(project, f"service/{service}/{name}") for name in _SERVICE_FIELDS)
        )
    return settings


# ----------------------------------------------------------------------------------- results
RESULTS_KEY = "results"


@dataclass
class ResultRecord:
    """A result layer of the last run: which layer, for which service and method, of which kind."""

    layer_id: str
    service: str
    method: str
    kind: str  # provision, provision_facilities, green_space, engineering_gap
    title: str = ""

    @property
    def key(self) -> str:
        """``service`` or ``service:method`` (what the results chooser lists)."""
        return f"{self.service}:{self.method}" if self.method else self.service


def write_results(project: Any, records: list[ResultRecord]) -> None:
    """Remember the result layers of the last run in ``project`` (restored when it is read again)."""
    project.writeEntry(SCOPE, PREFIX + RESULTS_KEY, json.dumps([asdict(r) for r in records], ensure_ascii=False))


def read_results(project: Any) -> list[ResultRecord]:
    """The result layers stored in ``project`` (empty when none or unreadable)."""
    raw = _read(project, RESULTS_KEY)
    try:
        items = json.loads(raw) if raw else []
        return [ResultRecord(**item) for item in items if isinstance(item, dict)]
    except (ValueError, TypeError):
        return []


SETTLEMENTS_PREFIX = "settlements/"


@dataclass
class SettlementsSettings:
    """Every choice of the Settlements tab, in plain values (layer ids, field names, numbers)."""

    settlements_layer_id: str = ""
    population_field: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # TIER_FIELD, STATUS_FIELD, ... -> field name
    object_layer_ids: list[str] = field(default_factory=list)
    kind_field: str = "kind"
    capacity_field: str = ""
    roads_layer_id: str = ""
    norm_pack: str = ""
    formula: str = "pack"
    target_pct: float = 70.0


SETTLEMENT_FIELDS = ("TIER_FIELD", "STATUS_FIELD", "SETTLEMENT_ID_FIELD", "SETTLEMENT_NAME_FIELD", "GROUP_FIELD")
_SETTLEMENT_SCALARS = (
    "settlements_layer_id",
    "population_field",
    "kind_field",
    "capacity_field",
    "roads_layer_id",
    "norm_pack",
    "formula",
)


def write_settlements_settings(project: Any, settings: SettlementsSettings) -> None:
    """Write the Settlements tab's ``settings`` into ``project`` (saved with the .qgz)."""
    key = SETTLEMENTS_PREFIX
    for name in _SETTLEMENT_SCALARS:
        project.writeEntry(SCOPE, PREFIX + key + name, str(getattr(settings, name) or ""))
    for name in SETTLEMENT_FIELDS:
        project.writeEntry(SCOPE, PREFIX + key + "field/" + name, settings.fields.get(name, "") or "")
    project.writeEntry(SCOPE, PREFIX + key + "objects", ",".join(settings.object_layer_ids))
    project.writeEntry(SCOPE, PREFIX + key + "target_pct", repr(float(settings.target_pct)))


def read_settlements_settings(project: Any) -> SettlementsSettings:
    """The Settlements tab's settings stored in ``project`` (defaults where nothing was stored)."""
    settings = SettlementsSettings()
    key = SETTLEMENTS_PREFIX
    for name in _SETTLEMENT_SCALARS:
        setattr(settings, name, _read(project, key + name, getattr(settings, name)))
    settings.fields = {name: _read(project, key + "field/" + name) for name in SETTLEMENT_FIELDS}
    settings.object_layer_ids = [i for i in _read(project, key + "objects").split(",") if i]
    try:
        settings.target_pct = float(_read(project, key + "target_pct", "70"))
    except ValueError:
        settings.target_pct = 70.0
    settings.kind_field = settings.kind_field or "kind"
    settings.formula = settings.formula or "pack"
    return settings


# ----------------------------------------------------------------------------------- other tabs' results
TAB_RESULTS_PREFIX = "tab_results/"


def write_tab_results(project: Any, tab: str, record: dict[str, Any]) -> None:
    """Remember the last result of the tab ``tab`` (Plan, Settlements, Where to build) in ``project``:
    its layer ids, its GeoPackage tables and the values its summary shows (JSON; empty: none)."""
    text = json.dumps(record, ensure_ascii=False) if record else ""
    project.writeEntry(SCOPE, PREFIX + TAB_RESULTS_PREFIX + tab, text)


def read_tab_results(project: Any, tab: str) -> dict[str, Any]:
    """The last result of the tab ``tab`` stored in ``project`` (empty when none or unreadable)."""
    raw = _read(project, TAB_RESULTS_PREFIX + tab)
    try:
        record = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return record if isinstance(record, dict) else {}


TAB_CHOICES_PREFIX = "tab_choices/"


def write_tab_choices(project: Any, tab: str, choices: dict[str, Any]) -> None:
    """Remember the choices of the tab ``tab`` (Plan, Where to build) in ``project``: plain values by the
    name of their widget (JSON)."""
    project.writeEntry(SCOPE, PREFIX + TAB_CHOICES_PREFIX + tab, json.dumps(choices, ensure_ascii=False))


def read_tab_choices(project: Any, tab: str) -> dict[str, Any]:
    """The choices of the tab ``tab`` stored in ``project`` (empty when none or unreadable)."""
    raw = _read(project, TAB_CHOICES_PREFIX + tab)
    try:
        choices = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return choices if isinstance(choices, dict) else {}
