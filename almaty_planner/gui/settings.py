"""What the planner chose in the dock, remembered with the QGIS project (``QgsProject`` entries)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from almaty_planner.core.definitions import DEFAULT_METHOD

SCOPE = "almaty_planner"
PREFIX = "dock/"


@dataclass
class ServiceChoice:
    """The facility layer and its capacity field for one service (empty layer id: not checked)."""

    layer_id: str = ""
    capacity_field: str = ""


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
)


def write_settings(project: Any, settings: PanelSettings) -> None:
    """Write ``settings`` into ``project`` (saved with the .qgz; no disk access here)."""
    for name in _SCALARS:
        project.writeEntry(SCOPE, PREFIX + name, str(getattr(settings, name) or ""))
    project.writeEntry(SCOPE, PREFIX + "services", ",".join(settings.services))
    for service, choice in settings.services.items():
        project.writeEntry(SCOPE, f"{PREFIX}service/{service}/layer_id", choice.layer_id or "")
        project.writeEntry(SCOPE, f"{PREFIX}service/{service}/capacity_field", choice.capacity_field or "")


def _read(project: Any, key: str, default: str = "") -> str:
    """One text entry of the project (``default`` when absent)."""
    value, ok = project.readEntry(SCOPE, PREFIX + key, default)
    return value if ok else default


def read_settings(project: Any) -> PanelSettings:
    """The settings stored in ``project`` (defaults where nothing was stored)."""
    settings = PanelSettings()
    for name in _SCALARS:
        setattr(settings, name, _read(project, name, getattr(settings, name)))
    names = [s for s in _read(project, "services").split(",") if s]
    for service in dict.fromkeys(names):
        settings.services[service] = ServiceChoice(
            _read(project, f"service/{service}/layer_id"), _read(project, f"service/{service}/capacity_field")
        )
    if not settings.method:
        settings.method = DEFAULT_METHOD
    return settings
