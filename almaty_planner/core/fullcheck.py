"""The whole check of a territory in one call: every facility service, green space and the sewerage
and water gap, for one units layer, with one norm pack.

This is what the headless main job (``scripts/demo``) and the command line (``python -m
almaty_planner.cli``) run; the Processing algorithms and the panel run the same core functions one
service at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Optional

import geopandas as gpd
import pandas as pd

from almaty_planner.core.engineering import compute_engineering_gap
from almaty_planner.core.errors import Cancelled, NormPackError
from almaty_planner.core.green import compute_green_space
from almaty_planner.core.i18n import tr
from almaty_planner.core.norms import NormUse
from almaty_planner.core.provision import compute_provision

log = logging.getLogger(__name__)

Progress = Optional[Callable[[float], bool]]  # Python 3.9 (QGIS 3.22 on Windows)


@dataclass
class FacilityInput:
    """A facility layer and the fields that describe it."""

    layer: gpd.GeoDataFrame
    capacity_field: str
    id_field: str | None = None
    load_field: str | None = None
    status_field: str | None = None
    include_statuses: Sequence[str] = ("existing",)


@dataclass
class CheckSetup:
    """Everything the whole check reads. Layers may be in any CRS (they are projected together)."""

    units: gpd.GeoDataFrame
    population_field: str
    unit_id_field: str | None = None
    unit_name_field: str | None = None
    development_field: str | None = None
    tier_field: str | None = None
    facilities: dict[str, FacilityInput] = field(default_factory=dict)
    points: gpd.GeoDataFrame | None = None
    points_population_field: str | None = None
    network: gpd.GeoDataFrame | None = None
    green: gpd.GeoDataFrame | None = None
    green_category_field: str | None = None
    public_categories: Iterable[str] | None = None
    buildings: gpd.GeoDataFrame | None = None
    residents_field: str | None = None
    sewer_field: str | None = None
    water_field: str | None = None


@dataclass
class CheckResult:
    """One result table of the whole check."""

    name: str
    service: str
    method: str
    units: gpd.GeoDataFrame
    totals: dict[str, Any]
    facilities: gpd.GeoDataFrame | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    uses: list[NormUse] = field(default_factory=list)
    """The norm values the check used (also in the table's field ``norms_used``)."""


@dataclass
class FullCheck:
    """All result tables of the whole check, in the order they were computed."""

    results: list[CheckResult] = field(default_factory=list)

    def get(self, service: str, method: str | None = None) -> CheckResult:
        """The result of ``service`` (and ``method``); KeyError when it was not computed."""
        for result in self.results:
            if result.service == service and (method is None or result.method == method):
                return result
        raise KeyError(f"{service}/{method}")

    @property
    def warnings(self) -> list[str]:
        """Every warning of every table, once, in order."""
        seen: dict[str, None] = {}
        for result in self.results:
            for text in result.warnings:
                seen.setdefault(text, None)
        return list(seen)

    def tables(self, methods: Iterable[str] | None = None) -> list[pd.DataFrame]:
        """The unit tables (for the Excel report), optionally only those of some methods."""
        wanted = set(methods) if methods is not None else None
        return [r.units for r in self.results if wanted is None or r.method in wanted or r.facilities is None]


def _step(progress: Progress, start: float, width: float) -> Progress:
    """A progress callback mapping 0..1 of one step onto ``start``..``start+width`` of the whole."""
    if progress is None:
        return None
    return lambda fraction: progress(start + width * max(0.0, min(1.0, fraction)))


def run_full_check(
    setup: CheckSetup,
    pack: Any,
    *,
    methods: Sequence[str] = ("unit_balance",),
    progress: Progress = None,
    label: str = "",
) -> FullCheck:
    """Run every service of ``setup`` with each of ``methods``, then green space and the engineering gap.

    ``progress(fraction)`` is called with 0..1 and may return True to cancel. ``label`` prefixes the
    result names (e.g. ``districts``).
    """
    steps: list[tuple[str, str]] = []
    skipped: list[str] = []
    for service in setup.facilities:
        for method in methods:
            if method == "unit_balance" or _has_reach_norm(pack, service):
                steps.append((service, method))
            else:
                skipped.append(
                    tr("{service}: {method} skipped, the norm pack gives no radius or travel time").format(
                        service=service, method=method
                    )
                )
    if setup.green is not None:
        steps.append(("green_space", "area_per_resident"))
    if setup.buildings is not None or setup.sewer_field or setup.water_field:
        steps.append(("engineering_gap", "residents_connected"))
    out = FullCheck()
    width = 1.0 / max(1, len(steps))
    prefix = f"{label}_" if label else ""
    for i, (service, method) in enumerate(steps):
        report = _step(progress, i * width, width)
        if report is not None and report(0.0):
            raise Cancelled(tr("the calculation was cancelled"))
        log.info("%s: %s (%s)", label or "check", service, method)
        if service == "green_space":
            green = compute_green_space(
                setup.units,
                setup.green,
                pack,
                population_field=setup.population_field,
                unit_id_field=setup.unit_id_field,
                unit_name_field=setup.unit_name_field,
                category_field=setup.green_category_field,
                public_categories=setup.public_categories,
                accessibility=False,
                progress=report,
            )
            out.results.append(
                CheckResult(
                    f"{prefix}green_space",
                    service,
                    method,
                    green.units,
                    green.totals,
                    None,
                    green.meta,
                    green.warnings,
                    green.uses,
                )
            )
        elif service == "engineering_gap":
            gap = compute_engineering_gap(
                setup.units,
                pack,
                population_field=setup.population_field,
                unit_id_field=setup.unit_id_field,
                unit_name_field=setup.unit_name_field,
                buildings=setup.buildings,
                residents_field=setup.residents_field,
                sewer_field=setup.sewer_field,
                water_field=setup.water_field,
                progress=report,
            )
            out.results.append(
                CheckResult(
                    f"{prefix}engineering_gap",
                    service,
                    method,
                    gap.units,
                    gap.totals,
                    None,
                    gap.meta,
                    gap.warnings,
                    gap.uses,
                )
            )
        else:
            fac = setup.facilities[service]
            prov = compute_provision(
                setup.units,
                fac.layer,
                pack,
                service,
                method,
                population_field=setup.population_field,
                capacity_field=fac.capacity_field,
                unit_id_field=setup.unit_id_field,
                unit_name_field=setup.unit_name_field,
                facility_id_field=fac.id_field,
                load_field=fac.load_field,
                status_field=fac.status_field,
                include_statuses=fac.include_statuses,
                points=setup.points,
                points_population_field=setup.points_population_field,
                network=setup.network if method != "unit_balance" else None,
                tier_field=setup.tier_field,
                development_field=setup.development_field,
                progress=report,
            )
            out.results.append(
                CheckResult(
                    f"{prefix}{service}_{method}",
                    service,
                    method,
                    prov.units,
                    prov.totals,
                    prov.facilities,
                    prov.meta,
                    prov.warnings,
                    prov.norms_used,
                )
            )
    if skipped and out.results:
        out.results[0].warnings.extend(skipped)
    if progress is not None:
        progress(1.0)
    return out


def _has_reach_norm(pack: Any, service: str) -> bool:
    """True when the pack has a radius or travel time for ``service`` (for any tier or development)."""
    try:
        svc = pack.service(service)
    except NormPackError:  # the engine reports an unknown service itself
        return True
    return bool(svc.variants("radius_m") or svc.variants("travel_time_min"))


def norm_rows(pack: Any, services: Iterable[str]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Every norm value of ``services`` in ``pack`` as rows, and each service's capacity unit.

    A listing of what a pack holds. The Excel report does not use it: its norms sheet lists the values
    the checks used (``norms_used`` of the result tables).
    """
    rows: list[dict[str, Any]] = []
    units: dict[str, str] = {}
    for service_id in services:
        if service_id not in pack.services:
            continue
        svc = pack.services[service_id]
        units[service_id] = svc.capacity_unit
        for key in svc.keys:
            for value in svc.variants(key):
                rows.append(
                    {
                        "pack": pack.id,
                        "edition": pack.edition,
                        "hash": pack.content_hash,
                        "service": service_id,
                        "key": key,
                        "value": value.value,
                        "unit": value.unit,
                        "document": value.document,
                        "clause": value.clause,
                        "confidence": value.confidence,
                        "note": value.note,
                        "is_unverified": value.is_unverified,
                    }
                )
    return rows, units


def describe_totals(check: FullCheck) -> list[str]:
    """City-level figures of a whole check, one line each, in the core's current language."""
    lines: list[str] = []
    for result in check.results:
        t = result.totals
        if result.service == "green_space":
            lines.append(
                tr("green space: {m2:,.0f} m2 for {pop:,.0f} residents = {per:.2f} m2 per resident").format(
                    m2=t.get("green_m2", 0.0), pop=t.get("population", 0.0), per=t.get("green_m2_per_resident") or 0.0
                )
            )
        elif result.service == "engineering_gap":
            lines.append(
                tr(
                    "sanitation gap: {sewer:,.0f} residents without sewerage ({sewer_pct:.1f}%), "
                    "{water:,.0f} without water ({water_pct:.1f}%)"
                ).format(
                    sewer=t.get("pop_without_sewer", 0.0),
                    sewer_pct=t.get("sanitation_gap_pct") or 0.0,
                    water=t.get("pop_without_water", 0.0),
                    water_pct=t.get("water_gap_pct") or 0.0,
                )
            )
        else:
            unit = result.meta.get("capacity_unit", "")
            line = tr(
                "{service} ({method}): demand {demand:,.0f}, capacity {capacity:,.0f} {unit}; "
                "city balance {balance:+,.0f}; sum of unit deficits {deficit:,.0f}"
            ).format(
                service=result.service,
                method=result.method,
                demand=t.get("demand", 0.0),
                capacity=t.get("capacity", 0.0),
                unit=unit,
                balance=t.get("capacity", 0.0) - t.get("demand", 0.0),
                deficit=t.get("deficit", 0.0),
            )
            if result.method != "unit_balance" and "uncovered_pop" in t:
                line += tr("; residents outside the norm's reach: {n:,.0f}").format(n=t.get("uncovered_pop", 0.0))
            lines.append(line)
    return lines
