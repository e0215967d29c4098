"""The Regional Standards dock: layers, fields, norm pack and methods; Run through Processing; the
deficits as styled layers in one group, written to a GeoPackage; a sortable table, a bar chart, the
Excel report, the PDF atlas, the norms.

Pattern: ``QgsDockWidget`` -> ``QgsPanelWidgetStack`` -> ``QgsPanelWidget`` (each with a unique
``objectName``); widgets are built in code (``inputs_tab``, ``results_tab``); Qt only through
``qgis.PyQt``. The input layers are only read (Processing reads them); the results are new layers.

Another tab is added with :func:`register_tab` (a factory ``dock -> (widget, title)``, called for
every new dock) or :meth:`RegionalStandardsDock.add_tab`.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsApplication, QgsProcessingContext, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsDockWidget, QgsPanelWidget, QgsPanelWidgetStack
from qgis.PyQt.QtCore import QItemSelectionModel, Qt
from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from almaty_planner.core import definitions, norms
from almaty_planner.core.fields import FieldInfo, guess_field
from almaty_planner.core.i18n import language
from almaty_planner.gui import results_store, styling
from almaty_planner.gui.inputs_tab import METHODS, REACH_METHODS, InputsTab, method_label, service_label
from almaty_planner.gui.narrow import fit_narrow, stack_button_rows, wrap_group_titles
from almaty_planner.gui.norms_view import NormValuesPanel
from almaty_planner.gui.results_tab import ResultsTab
from almaty_planner.gui.runner import ChecksRun, CollectingFeedback, Job, JobResult
from almaty_planner.gui.settings import (
    PanelSettings,
    ResultRecord,
    ServiceChoice,
    read_results,
    read_settings,
    write_results,
    write_settings,
)
from almaty_planner.gui.units_model import FID_ROLE, rows_from_layer
from almaty_planner.toolbelt import profile_norms_dir, tr

LOGGER = logging.getLogger(__name__)
UNIT_KINDS = ("provision", "green_space", "engineering_gap")
__all__ = ["METHODS", "RegionalStandardsDock", "method_label", "register_tab", "service_label"]

TabFactory = Callable[["RegionalStandardsDock"], "tuple[QWidget, str]"]
_TAB_FACTORIES: list[TabFactory] = []


def register_tab(factory: TabFactory) -> None:
    """Add a tab to every dock created from now on: ``factory(dock)`` returns ``(widget, title)``."""
    if factory not in _TAB_FACTORIES:
        _TAB_FACTORIES.append(factory)


def norm_dirs() -> list[Path]:
    """Extra folders of norm packs: the active QGIS profile's ``almaty_planner/norms``."""
    return [profile_norms_dir()]


def installed_packs() -> dict[str, Any]:
    """Every norm pack the core finds (built-in, user folder, QGIS profile), by id."""
    return dict(norms.available_packs(norm_dirs()).packs)


def pack_warning(layer: Any) -> str:
    """Why a result's numbers may no longer follow its norm pack: the pack it names (``norm_pack``) is
    changed since the run (``norm_pack_hash`` differs) or is not installed here; empty otherwise (as the
    Excel report checks it)."""
    feature = next(layer.getFeatures(), None) if layer is not None else None
    names = set(layer.fields().names()) if feature is not None else set()
    if not {"norm_pack", "norm_pack_hash"} <= names:
        return ""
    pack_id, used = (str(feature[n] or "") for n in ("norm_pack", "norm_pack_hash"))
    if not pack_id or pack_id == "NULL":
        return ""
    return norms.pack_change(pack_id, "" if used == "NULL" else used, installed_packs().get(pack_id), language()) or ""


def pack_choices() -> list[tuple[str, str]]:
    """``(pack id, title)`` of every norm pack the core finds (built-in, user folder, QGIS profile)."""
    return [(pack_id, pack.title(language())) for pack_id, pack in installed_packs().items()]


def pack_file_of(pack_id: str) -> str:
    """The file of pack ``pack_id`` (empty when unknown), for algorithms that do not list it."""
    pack = installed_packs().get(pack_id) if pack_id else None
    return str(pack.file) if pack is not None else ""


def panel_services(packs: dict[str, Any]) -> dict[str, Any]:
    """Every facility service of the packs, in pack order, with the first pack that has it (for its label)."""
    out: dict[str, Any] = {}
    for pack in packs.values():
        for service in definitions.facility_services(pack):
            out.setdefault(service, pack)
    return out


def field_infos(layer: Any) -> list[FieldInfo]:
    """The fields of a layer as the core's field guess sees them (name and kind)."""
    infos = []
    for qfield in layer.fields() if layer is not None else []:
        kind = "numeric" if qfield.isNumeric() else "text" if qfield.typeName().lower() in _TEXT_TYPES else "other"
        infos.append(FieldInfo(qfield.name(), kind))
    return infos


_TEXT_TYPES = {"string", "text", "varchar", "char", "qstring", "character varying"}


def layer_source(layer: Any) -> str:
    """The file of a file-based layer (empty for memory and database layers)."""
    if layer is None:
        return ""
    if layer.providerType() in ("memory", "virtual"):
        return ""
    return layer.source().split("|")[0]


class RegionalStandardsPanel(QgsPanelWidget):
    """The main page of the dock: the tabs (Inputs, Results, and any registered tab)."""

    INPUT_WIDGETS = (
        "units_combo",
        "population_combo",
        "name_combo",
        "service_layers",
        "service_fields",
        "service_titles",
        "green_combo",
        "sewer_combo",
        "water_combo",
        "pack_combo",
        "values_button",
        "method_checks",
        "points_warning",
        "points_combo",
        "points_field_combo",
        "network_combo",
        "tier_combo",
        "development_combo",
        "radius_edit",
        "statuses_edit",
        "up_to_year_edit",
        "status_fields",
        "load_fields",
        "shifts_fields",
        "year_fields",
        "output_widget",
        "run_button",
        "cancel_button",
        "progress",
    )
    RESULT_WIDGETS = (
        "result_combo",
        "model",
        "proxy",
        "table",
        "chart",
        "note",
        "export_button",
        "atlas_layer",
        "atlas_name",
        "atlas_button",
    )

    def __init__(self, dock: RegionalStandardsDock) -> None:
        """Build the tabs in code."""
        super().__init__(dock)
        self.setObjectName("AlmatyPlannerRegionalStandardsPanel")
        self.setPanelTitle(tr("Regional Standards"))
        self.dock = dock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("AlmatyPlannerTabs")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.tabs)
        self.inputs = InputsTab()
        self.results = ResultsTab()
        self.add_tab(self.inputs, tr("Inputs"), fit=False)  # built narrow
        self.add_tab(self.results, tr("Results"), fit=False)
        for name in self.INPUT_WIDGETS:
            setattr(self, name, getattr(self.inputs, name))
        for name in self.RESULT_WIDGETS:
            setattr(self, name, getattr(self.results, name))

    def add_tab(self, widget: QWidget, title: str, fit: bool = True) -> int:
        """Add a page to the tabs; returns its index. A page's minimum width does not widen the dock (a
        wide page is cut at the dock's edge rather than pushing the Inputs and Results tabs out of it);
        with ``fit`` its rows are re-laid for a narrow dock first (:func:`narrow.fit_narrow`); without,
        its long group titles still wrap and its rows of buttons still stack when their texts do not fit
        side by side."""
        if fit:
            fit_narrow(widget)
        else:
            wrap_group_titles(widget)
            stack_button_rows(widget)
        policy = widget.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        widget.setSizePolicy(policy)
        return self.tabs.addTab(widget, title)


class RegionalStandardsDock(QgsDockWidget):
    """The dock the plugin's "Regional Standards panel" action shows and hides."""

    GROUP_NAME = "Regional Standards results"

    def __init__(self, iface: Any, parent: Any = None) -> None:
        """Build the panel stack, fill the choices from the current project and listen to it."""
        super().__init__(tr("Regional Standards"), parent or iface.mainWindow())
        self.setObjectName("AlmatyPlannerRegionalStandardsDock")
        self.iface = iface
        self.project = QgsProject.instance()
        self.run: ChecksRun | None = None
        self.records: list[ResultRecord] = []
        self.result_layers: dict[str, QgsVectorLayer] = {}
        self.layer_services: dict[str, str] = {}
        self._hidden_inputs: list[str] = []
        self._values_page: NormValuesPanel | None = None
        self._loading = False
        self._group_signal: Any = None
        self.stack = QgsPanelWidgetStack(self)
        self.stack.setObjectName("AlmatyPlannerPanelStack")
        self.panel = RegionalStandardsPanel(self)
        self.stack.setMainPanel(self.panel)
        self.setWidget(self.stack)
        self.packs: dict[str, Any] = {}
        self._fill_packs()  # the packs' services first: the Plan and Where to build tabs offer them too
        from almaty_planner.gui.plan_tab import PlanTab

        self.plan = PlanTab(self)
        self.add_tab(self.plan, tr("Plan"))
        from almaty_planner.gui.settlements_tab import SettlementsTab

        self.settlements = SettlementsTab(self)
        self.add_tab(self.settlements, tr("Settlements"))
        from almaty_planner.gui.placement_tab import PlacementTab

        self.placement = PlacementTab(self)
        self.add_tab(self.placement, tr("Where to build"))
        self._connect()
        self.load_settings()
        for factory in list(_TAB_FACTORIES):
            try:
                widget, title = factory(self)
                self.add_tab(widget, title)
            except Exception as error:  # a broken extra tab must not take the panel down
                LOGGER.warning("tab %s not added: %s", factory, error)
        self._restore_results()
        self._restore_tabs()

    def result_tabs(self) -> list[Any]:
        """The tabs whose last result lasts with the project beside the Results tab's."""
        return [self.plan, self.settlements, self.placement]

    def _restore_tabs(self) -> None:
        """Each result tab shows the choices and the result stored with the project (or nothing)."""
        for tab in (self.plan, self.placement):  # the Settlements tab reads its own SettlementsSettings
            tab.choices.load()
        for tab in self.result_tabs():
            tab.restore_result()

    def add_tab(self, widget: QWidget, title: str, fit: bool = True) -> int:
        """Add a tab to the panel (for the other pages of the plugin, re-laid for a narrow dock unless
        ``fit`` is false); returns its index."""
        return self.panel.add_tab(widget, title, fit)

    # -- wiring -----------------------------------------------------------------------------------
    def _connect(self) -> None:
        """Connect the widgets (no connections live in .ui files) and the project's signals."""
        p = self.panel
        p.units_combo.layerChanged.connect(self._units_changed)
        for combo in (
            p.population_combo,
            p.name_combo,
            p.sewer_combo,
            p.water_combo,
            p.points_field_combo,
            p.tier_combo,
            p.development_combo,
        ):
            combo.fieldChanged.connect(self.save_settings)
        p.points_combo.layerChanged.connect(self._points_changed)
        for combo in (p.green_combo, p.network_combo):
            combo.layerChanged.connect(self.save_settings)
        for check in p.method_checks.values():
            check.toggled.connect(self._methods_changed)
        p.radius_edit.editingFinished.connect(self.save_settings)
        p.statuses_edit.editingFinished.connect(self.save_settings)
        p.up_to_year_edit.editingFinished.connect(self.save_settings)
        p.output_widget.fileChanged.connect(self.save_settings)
        p.pack_combo.currentIndexChanged.connect(self._pack_changed)
        p.run_button.clicked.connect(self.start_run)
        p.cancel_button.clicked.connect(self.cancel_run)
        p.result_combo.currentIndexChanged.connect(self._show_result)
        p.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        p.table.clicked.connect(lambda index: self._row_chosen(index, None))
        p.export_button.clicked.connect(self.export_report)
        p.atlas_button.clicked.connect(self.export_atlas)
        p.values_button.clicked.connect(self.open_norm_values)
        self.project.readProject.connect(self._project_read)
        self.project.cleared.connect(self._project_cleared)
        self.project.layersWillBeRemoved.connect(self._layers_removed)

    def cleanup(self) -> None:
        """Stop a running check and let go of the project's signals (called by the plugin's unload)."""
        if self.run is not None and self.run.is_running():
            self.run.cancel()
        for tab in self.result_tabs():
            tab.cleanup()
            tab.forget_result()  # the tables read from the results file go with the dock
        for signal, slot in (
            (self.project.readProject, self._project_read),
            (self.project.cleared, self._project_cleared),
            (self.project.layersWillBeRemoved, self._layers_removed),
        ):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self._watch_group(None)

    def message(self, text: str, level: Any = Qgis.MessageLevel.Warning, duration: int = 8) -> None:
        """Tell the planner something in the QGIS message bar (plain words, never a traceback)."""
        self.iface.messageBar().pushMessage(tr("Regional Standards"), text, level=level, duration=duration)

    # -- settings ---------------------------------------------------------------------------------
    def _fill_packs(self) -> None:
        """List the norm packs the core finds, and rows for every facility service they have."""
        combo = self.panel.pack_combo
        current = combo.currentData()
        self.packs = installed_packs()
        combo.blockSignals(True)
        combo.clear()
        for pack_id, pack in self.packs.items():
            combo.addItem(pack.title(language()), pack_id)
            combo.setItemData(combo.count() - 1, pack_id, Qt.ItemDataRole.ToolTipRole)
        if current:
            index = combo.findData(current)
            if index >= 0:
                combo.setCurrentIndex(index)
        combo.blockSignals(False)
        p = self.panel
        for service, pack in panel_services(self.packs).items():
            if p.inputs.add_service(service, service_label(service, pack)):
                p.service_layers[service].setProperty("service", service)
                p.service_layers[service].layerChanged.connect(self._facility_layer_chosen)
                for combos in (p.service_fields, p.status_fields, p.load_fields, p.shifts_fields, p.year_fields):
                    combos[service].fieldChanged.connect(self.save_settings)
        self._show_pack_services()

    def chosen_pack(self) -> Any:
        """The norm pack chosen in the panel (None when none is)."""
        pack_id = self.panel.pack_combo.currentData()
        return self.packs.get(pack_id) if pack_id else None

    def _show_pack_services(self) -> None:
        """Show the service rows of the chosen pack (every row when no pack is chosen)."""
        pack = self.chosen_pack()
        offered = definitions.facility_services(pack) if pack is not None else list(self.panel.service_layers)
        self.panel.inputs.show_services(offered)
        if hasattr(self, "plan"):  # the Plan tab is built after the packs are first listed
            self.plan.refresh_services()

    def _pack_changed(self, *_args: Any) -> None:
        """Another pack: show its services, remember the choice."""
        self._show_pack_services()
        self.save_settings()

    def label(self, service: str) -> str:
        """The panel's name of ``service`` (the chosen pack's, for a service the plugin does not know)."""
        pack = self.chosen_pack()
        if pack is None or service not in pack.services:
            pack = panel_services(self.packs).get(service)
        return service_label(service, pack)

    @staticmethod
    def _guess(combo: Any, layer: Any, role: str) -> None:
        """Choose the field that fits ``role`` by name and type; leave the choice empty when none fits."""
        combo.setField(guess_field(field_infos(layer), role, language()) or "")

    def _units_changed(self, layer: Any) -> None:
        """Point the field choosers at the units layer and guess its fields (never an id)."""
        p = self.panel
        combos = (p.population_combo, p.name_combo, p.sewer_combo, p.water_combo, p.tier_combo, p.development_combo)
        for combo in combos:
            combo.setLayer(layer)
        if layer is not None and not self._loading:
            roles = ("population", "name", "sewer", "water", "tier", "development")
            for combo, role in zip(combos, roles):
                self._guess(combo, layer, role)
            if p.atlas_layer.currentLayer() is None:
                pages = self._district_layer() or layer
                p.atlas_layer.setLayer(pages)
                self._guess(p.atlas_name, pages, "name")
        self.save_settings()

    def _district_layer(self) -> Any:
        """A polygon layer named as districts (not microdistricts), for the atlas pages; None when none."""
        for layer in self.project.mapLayers().values():
            name = layer.name().lower()
            if (
                not isinstance(layer, QgsVectorLayer)
                or layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry
            ):
                continue
            if any(w in name for w in ("micro", "микро", "шағын")):
                continue
            if any(w in name for w in ("district", "район", "аудан")):
                return layer
        return None

    def _facility_layer_chosen(self, layer: Any) -> None:
        """A facility layer was chosen (the sender says for which service)."""
        service = self.sender().property("service") if self.sender() is not None else None
        if service:
            self._facilities_changed(str(service), layer)

    def _facilities_changed(self, service: str, layer: Any) -> None:
        """Point the service's field choosers at its layer and guess capacity, status, load, shifts and year."""
        p = self.panel
        combos = (
            p.service_fields[service],
            p.status_fields[service],
            p.load_fields[service],
            p.shifts_fields[service],
            p.year_fields[service],
        )
        for combo in combos:
            combo.setLayer(layer)
        if layer is not None and not self._loading:
            for combo, role in zip(combos, ("capacity", "status", "load", "shifts", "year")):
                self._guess(combo, layer, role)
        self.save_settings()

    def _points_changed(self, layer: Any) -> None:
        """Point the residents field at the population points and guess it."""
        self.panel.points_field_combo.setLayer(layer)
        if layer is not None and not self._loading:
            self._guess(self.panel.points_field_combo, layer, "residents")
        self._methods_changed()

    def _methods_changed(self, *_args: Any) -> None:
        """Say on the panel when a method by distance runs without population points."""
        p = self.panel
        reach = [m for m in p.inputs.methods() if m in REACH_METHODS]
        missing = bool(reach) and p.points_combo.currentLayer() is None
        p.points_warning.setText(
            tr(
                "Without population points (Advanced) each unit's residents count as one point inside it; "
                "units larger than the norm's radius are refused. Give buildings for {methods}."
            ).format(methods=", ".join(method_label(m) for m in reach))
            if missing
            else ""
        )
        p.points_warning.setVisible(missing)
        self.save_settings()

    def current_settings(self) -> PanelSettings:
        """What the widgets show now."""
        p = self.panel
        units = p.units_combo.currentLayer()
        green = p.green_combo.currentLayer()
        points = p.points_combo.currentLayer()
        network = p.network_combo.currentLayer()
        methods = p.inputs.methods()
        settings = PanelSettings(
            units_layer_id=units.id() if units else "",
            population_field=p.population_combo.currentField() if units else "",
            name_field=p.name_combo.currentField() if units else "",
            green_layer_id=green.id() if green else "",
            sewer_field=p.sewer_combo.currentField() if units else "",
            water_field=p.water_combo.currentField() if units else "",
            norm_pack=p.pack_combo.currentData() or "",
            method=methods[0] if methods else "",
            methods=list(methods),
            points_layer_id=points.id() if points else "",
            points_field=p.points_field_combo.currentField() if points else "",
            network_layer_id=network.id() if network else "",
            tier_field=p.tier_combo.currentField() if units else "",
            development_field=p.development_combo.currentField() if units else "",
            radius_m=p.radius_edit.text().strip(),
            statuses=p.statuses_edit.text().strip(),
            up_to_year=p.up_to_year_edit.text().strip(),
            output_path=p.output_widget.filePath().strip(),
        )
        if not methods:
            settings.methods = []
            settings.method = ""
        for service in list(p.service_layers):
            layer = p.service_layers[service].currentLayer()
            settings.services[service] = ServiceChoice(
                layer.id() if layer else "",
                p.service_fields[service].currentField() if layer else "",
                p.status_fields[service].currentField() if layer else "",
                p.load_fields[service].currentField() if layer else "",
                p.shifts_fields[service].currentField() if layer else "",
                p.year_fields[service].currentField() if layer else "",
            )
        return settings

    def save_settings(self, *_args: Any) -> None:
        """Remember the choices in the project (saved with it)."""
        if not self._loading:
            write_settings(self.project, self.current_settings())

    def load_settings(self) -> None:
        """Show the choices stored in the project."""
        settings = read_settings(self.project)
        p = self.panel
        self._loading = True
        try:

            def layer_of(layer_id: str) -> Any:
                return self.project.mapLayer(layer_id) if layer_id else None

            units = layer_of(settings.units_layer_id)
            p.units_combo.setLayer(units)
            self._units_changed(units)
            if units is not None:
                p.population_combo.setField(settings.population_field)
                p.name_combo.setField(settings.name_field)
                p.sewer_combo.setField(settings.sewer_field)
                p.water_combo.setField(settings.water_field)
                p.tier_combo.setField(settings.tier_field)
                p.development_combo.setField(settings.development_field)
            for service in list(p.service_layers):
                choice = settings.service(service)
                layer = layer_of(choice.layer_id)
                p.service_layers[service].setLayer(layer)
                self._facilities_changed(service, layer)
                if layer is not None:
                    p.service_fields[service].setField(choice.capacity_field)
                    p.status_fields[service].setField(choice.status_field)
                    p.load_fields[service].setField(choice.load_field)
                    p.shifts_fields[service].setField(choice.shifts_field)
                    p.year_fields[service].setField(choice.year_field)
            p.green_combo.setLayer(layer_of(settings.green_layer_id))
            points = layer_of(settings.points_layer_id)
            p.points_combo.setLayer(points)
            p.points_field_combo.setLayer(points)
            if points is not None:
                p.points_field_combo.setField(settings.points_field)
            p.network_combo.setLayer(layer_of(settings.network_layer_id))
            p.radius_edit.setText(settings.radius_m)
            p.statuses_edit.setText(settings.statuses)
            p.up_to_year_edit.setText(settings.up_to_year)
            p.output_widget.setFilePath(settings.output_path)
            if settings.norm_pack:
                index = p.pack_combo.findData(settings.norm_pack)
                if index >= 0:
                    p.pack_combo.setCurrentIndex(index)
            p.inputs.set_methods(settings.methods)
            self._methods_changed()
        finally:
            self._loading = False

    def _project_read(self, *_args: Any) -> None:
        """A project was opened: show its choices and its results."""
        for tab in (self.plan, self.placement):
            tab.choices.hold()  # the Inputs tab's choices change their lists first: nothing saved before
        self.load_settings()
        self._restore_results()
        self._restore_tabs()

    def _project_cleared(self) -> None:
        """The project was closed: forget results."""
        if self.run is not None and self.run.is_running():
            self.run.cancel()
        for tab in self.result_tabs():
            tab.forget_result()
        self.records = []
        self.result_layers = {}
        self._hidden_inputs = []
        self._watch_group(None)
        self._refresh_results()

    def _layers_removed(self, layer_ids: list[str]) -> None:
        """Forget result layers the planner removed."""
        for tab in self.result_tabs():
            tab.forget_result(list(layer_ids))
        gone = set(layer_ids)
        kept = [r for r in self.records if r.layer_id not in gone]
        if len(kept) != len(self.records):
            self._set_records(kept)

    # -- run --------------------------------------------------------------------------------------
    def output_path(self, settings: PanelSettings) -> str:
        """The GeoPackage of the results: the planner's choice, else beside the project with its name and date."""
        path = settings.output_path or results_store.default_output(self.project)
        return path if path.lower().endswith(".gpkg") else path + ".gpkg"

    def validate(self, settings: PanelSettings) -> list[str]:
        """Plain-words problems that stop a run (empty when the run can start)."""
        problems: list[str] = []
        units = self.project.mapLayer(settings.units_layer_id) if settings.units_layer_id else None
        if units is None:
            return [tr("Choose the units layer (districts or microdistricts) first.")]
        fields = set(units.fields().names())
        if not settings.population_field:
            problems.append(tr("Choose the population field of the layer {layer}.").format(layer=units.name()))
        for name in (settings.population_field, settings.tier_field, settings.development_field):
            if name and name not in fields:
                problems.append(tr("The layer {layer} has no field {field}.").format(layer=units.name(), field=name))
        for service in settings.configured_services():
            choice = settings.services[service]
            layer = self.project.mapLayer(choice.layer_id)
            if layer is None:
                problems.append(
                    tr("The facility layer of {service} is no longer in the project.").format(
                        service=self.label(service)
                    )
                )
                continue
            if not choice.capacity_field:
                problems.append(
                    tr("Choose the capacity field of {layer} ({service}).").format(
                        layer=layer.name(), service=self.label(service)
                    )
                )
            elif choice.capacity_field not in layer.fields().names():
                problems.append(
                    tr("The layer {layer} has no field {field}.").format(
                        layer=layer.name(), field=choice.capacity_field
                    )
                )
        if settings.configured_services() and not settings.methods:
            problems.append(tr("Tick at least one method."))
        if settings.points_layer_id:
            points = self.project.mapLayer(settings.points_layer_id)
            if points is None:
                problems.append(tr("The population points layer is no longer in the project."))
            elif not settings.points_field:
                problems.append(
                    tr("Choose the residents field of the population points {layer}.").format(layer=points.name())
                )
        if settings.radius_m:
            try:
                if float(settings.radius_m.replace(",", ".")) <= 0:
                    raise ValueError
            except ValueError:
                problems.append(
                    tr("The radius must be a number of metres above 0, not {text}.").format(text=settings.radius_m)
                )
        if settings.up_to_year:
            if not settings.up_to_year.isdigit() or not 1900 <= int(settings.up_to_year) <= 2100:
                problems.append(
                    tr("The year up to which facilities count must be a year from 1900 to 2100, not {text}.").format(
                        text=settings.up_to_year
                    )
                )
            for service in settings.configured_services():
                if not settings.services[service].year_field:
                    problems.append(
                        tr(
                            "Choose the commissioning year field of {service} (Advanced), or leave the year up to "
                            "which facilities count empty."
                        ).format(service=self.label(service))
                    )
        if not self.jobs(settings) and not problems:
            problems.append(tr("Choose a facility layer for at least one service, or green areas."))
        if not settings.norm_pack:
            problems.append(tr("Choose a norm pack."))
        folder = Path(self.output_path(settings)).expanduser().parent
        if not folder.is_dir():
            problems.append(tr("The folder {folder} of the results file does not exist.").format(folder=folder))
        return problems

    def _inputs_of(self, settings: PanelSettings, service: str | None = None) -> dict[str, Any]:
        """What a job reads, in words for the report: layer names, files and fields."""

        def describe(layer_id: str) -> dict[str, str]:
            layer = self.project.mapLayer(layer_id) if layer_id else None
            return {"name": layer.name(), "path": layer_source(layer)} if layer is not None else {}

        info: dict[str, Any] = {
            "units": describe(settings.units_layer_id),
            "population_field": settings.population_field,
            "name_field": settings.name_field,
            "norm_pack": settings.norm_pack,
        }
        if service in settings.services:
            choice = settings.services[service]
            info["facilities"] = describe(choice.layer_id)
            info["capacity_field"] = choice.capacity_field
            for name in ("status_field", "load_field", "shifts_field", "year_field"):
                if getattr(choice, name):
                    info[name] = getattr(choice, name)
        for key, layer_id in (("points", settings.points_layer_id), ("network", settings.network_layer_id)):
            if layer_id:
                info[key] = describe(layer_id)
        if settings.points_field:
            info["points_field"] = settings.points_field
        for name in ("tier_field", "development_field", "radius_m", "sewer_field", "water_field", "up_to_year"):
            if getattr(settings, name):
                info[name] = getattr(settings, name)
        if service == "green_space":
            info["green"] = describe(settings.green_layer_id)
        return info

    def jobs(self, settings: PanelSettings) -> list[Job]:
        """One Processing run per configured service and method, plus green space and sewerage/water."""
        common = {
            "UNITS": settings.units_layer_id,
            "POPULATION_FIELD": settings.population_field,
            "UNIT_NAME_FIELD": settings.name_field or None,
            "NORM_PACK": settings.norm_pack,
            "TIER_FIELD": settings.tier_field or None,
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        pack_file = pack_file_of(settings.norm_pack)
        radius = settings.radius_m.replace(",", ".") if settings.radius_m else None
        jobs = []
        for service in settings.configured_services():
            choice = settings.services[service]
            for method in settings.methods:
                parameters = dict(
                    common,
                    FACILITIES=choice.layer_id,
                    CAPACITY_FIELD=choice.capacity_field,
                    SERVICE=service,
                    METHOD=method,
                    DEVELOPMENT_FIELD=settings.development_field or None,
                    STATUS_FIELD=choice.status_field or None,
                    INCLUDE_STATUSES=settings.statuses or "existing",
                    LOAD_FIELD=choice.load_field or None,
                    SHIFTS_FIELD=choice.shifts_field or None,
                    YEAR_FIELD=choice.year_field or None,
                    UP_TO_YEAR=int(settings.up_to_year) if settings.up_to_year.isdigit() else None,
                    FACILITIES_OUTPUT="TEMPORARY_OUTPUT",
                )
                if method in REACH_METHODS:
                    parameters.update(
                        POPULATION_POINTS=settings.points_layer_id or None,
                        POINTS_POPULATION_FIELD=settings.points_field or None,
                        NETWORK=settings.network_layer_id or None,
                        RADIUS_M=float(radius) if radius else None,
                    )
                title = tr("{service}: {method}").format(service=self.label(service), method=method_label(method))
                jobs.append(
                    Job(
                        "provision",
                        service,
                        parameters,
                        title,
                        pack_file=pack_file,
                        extra_outputs={"FACILITIES_OUTPUT": "provision_facilities"},
                        method=method,
                        inputs=self._inputs_of(settings, service),
                    )
                )
        if settings.green_layer_id:
            parameters = dict(common, FACILITIES=settings.green_layer_id)
            title = self.label(definitions.GREEN_SERVICE)
            jobs.append(
                Job(
                    "green_space",
                    "green_space",
                    parameters,
                    title,
                    pack_file=pack_file,
                    inputs=self._inputs_of(settings, "green_space"),
                )
            )
        if settings.sewer_field or settings.water_field:
            parameters = dict(
                common,
                SEWER_FIELD=settings.sewer_field or None,
                WATER_FIELD=settings.water_field or None,
                SEWER_MODE="count",
                WATER_MODE="count",
            )
            title = self.label(definitions.ENGINEERING_SERVICE)
            jobs.append(
                Job(
                    "engineering_gap",
                    "engineering_gap",
                    parameters,
                    title,
                    pack_file=pack_file,
                    inputs=self._inputs_of(settings),
                )
            )
        return jobs

    def start_run(self) -> None:
        """Check the choices, then run every check in the background."""
        if self.run is not None and self.run.is_running():
            return
        settings = self.current_settings()
        problems = self.validate(settings)
        if problems:
            self.message(" ".join(problems), Qgis.MessageLevel.Warning)
            return
        write_settings(self.project, settings)
        self._run_output = self.output_path(settings)
        self.run = ChecksRun(self.jobs(settings), self.project, self)
        self.run.progressChanged.connect(lambda value: self.panel.progress.setValue(round(value)))
        self.run.jobFinished.connect(self._job_finished)
        self.run.finished.connect(self._run_finished)
        self.panel.run_button.setEnabled(False)
        self.panel.cancel_button.setEnabled(True)
        self.panel.progress.setValue(0)
        self._new: list[tuple[ResultRecord, QgsVectorLayer, dict[str, Any]]] = []
        self._warnings: dict[str, list[str]] = {}
        self.run.start()

    def cancel_run(self) -> None:
        """Cancel the running checks."""
        if self.run is not None:
            self.run.cancel()

    def _job_finished(self, result: JobResult) -> None:
        """Keep a finished result layer (and its facility loads); report a failed one."""
        job = result.job
        if result.layer is None:
            self.message(
                tr("{what}: {error}").format(what=job.title, error=" ".join(result.errors)), Qgis.MessageLevel.Critical
            )
            return
        self._warnings[job.key] = list(result.warnings)
        record = ResultRecord("", job.service, job.method, job.kind, job.title)
        self._new.append((record, result.layer, job.inputs))
        for name, layer in result.extra_layers.items():
            kind = job.extra_outputs[name]
            title = tr("{what}: load of facilities").format(what=job.title)
            self._new.append((ResultRecord("", job.service, job.method, kind, title), layer, job.inputs))

    def _run_finished(self, ok: bool, results: list[JobResult]) -> None:
        """Write the new results to the GeoPackage, add them to the results group, fill the table."""
        p = self.panel
        p.run_button.setEnabled(True)
        p.cancel_button.setEnabled(False)
        p.progress.setValue(100 if ok else p.progress.value())
        if not self._new:
            return
        try:
            records = self._store(self._run_output, self._new)
        except Exception as error:  # a file that cannot be written: say so, keep nothing half-done
            self.message(tr("The results were not written: {error}").format(error=error), Qgis.MessageLevel.Critical)
            return
        self._set_records(records)
        p.tabs.setCurrentIndex(1)
        if ok:
            self.message(
                tr("The checks are done: {n} result layers in {path}.").format(n=len(records), path=self._run_output),
                Qgis.MessageLevel.Success,
                5,
            )

    def _store(self, path: str, new: list[tuple[ResultRecord, QgsVectorLayer, dict[str, Any]]]) -> list[ResultRecord]:
        """Replace the previous results: write the new layers into ``path``, load them back styled."""
        group = self.results_group()
        old = [r.layer_id for r in self.records if self.project.mapLayer(r.layer_id) is not None]
        if old:
            self.project.removeMapLayers(old)
        tables = {}
        for record, layer, _inputs in new:
            suffix = "_facilities" if record.kind == "provision_facilities" else ""
            tables[results_store.table_name(record.key + suffix)] = layer
        read = results_store.write_and_read(
            path,
            {table: (layer, record.title) for table, (record, layer, _inputs) in zip(tables, new)},
            self.project.transformContext(),
        )
        records = []
        for (record, _layer, inputs), table in zip(new, tables):
            layer = read[table]
            styling.style_result_layer(layer, record.kind)
            results_store.save_style_in_file(layer, table)
            layer.setCustomProperty(results_store.RUN_PROPERTY, json.dumps(inputs, ensure_ascii=False))
            self.project.addMapLayer(layer, False)
            group.addLayer(layer)
            record.layer_id = layer.id()
            records.append(record)
        group.setExpanded(True)
        write_results(self.project, records)
        return records

    def results_group(self, create: bool = True) -> Any:
        """The layer-tree group holding the results (created at the top when missing)."""
        root = self.project.layerTreeRoot()
        name = tr("Regional Standards results")
        group = root.findGroup(name)
        if group is None and create:
            group = root.insertGroup(0, name)
        return group

    # -- results ----------------------------------------------------------------------------------
    def _restore_results(self) -> None:
        """Take the results of the last run back from the project (after it was read)."""
        records = [r for r in read_results(self.project) if self.project.mapLayer(r.layer_id) is not None]
        self._set_records(records)

    def _set_records(self, records: list[ResultRecord]) -> None:
        """Use ``records`` as the current results: chooser, table, chart, inputs hidden."""
        self.records = list(records)
        self.layer_services = {r.layer_id: r.key for r in self.records}
        self.result_layers = {r.key: self.project.mapLayer(r.layer_id) for r in self.records if r.kind in UNIT_KINDS}
        self._refresh_results()
        self._watch_group(self.results_group(create=False) if self.records else None)

    def _refresh_results(self) -> None:
        """List the unit results in the result chooser and show the first (or the one shown before)."""
        p = self.panel
        current = p.result_combo.currentData()
        p.result_combo.blockSignals(True)
        p.result_combo.clear()
        for record in self.records:
            layer = self.result_layers.get(record.key)
            if record.kind in UNIT_KINDS and layer is not None:
                p.result_combo.addItem(record.title or self.label(record.service), record.key)
                p.result_combo.setItemData(p.result_combo.count() - 1, record.title, Qt.ItemDataRole.ToolTipRole)
        index = p.result_combo.findData(current) if current else -1
        p.result_combo.setCurrentIndex(max(index, 0) if p.result_combo.count() else -1)
        p.result_combo.blockSignals(False)
        has = bool(self.result_layers)
        p.export_button.setEnabled(has)
        p.atlas_button.setEnabled(has)
        self._show_result()

    def show_service_layers(self, key: str) -> None:
        """Show the result layers of ``key`` (a service and method) on the map and hide the other results."""
        group = self.results_group(create=False)
        if group is None:
            return
        for node in group.findLayers():
            node.setItemVisibilityChecked(self.layer_services.get(node.layerId()) == key)

    def _watch_group(self, group: Any) -> None:
        """Hide the input layers under the results while the results group is shown; show them again after."""
        if self._group_signal is not None:
            with contextlib.suppress(TypeError, RuntimeError):
                self._group_signal.visibilityChanged.disconnect(self._group_visibility)
            self._group_signal = None
        if group is None:
            self._show_inputs()
            return
        self._group_signal = group
        group.visibilityChanged.connect(self._group_visibility)
        self._group_visibility(group)

    def _input_layer_ids(self) -> list[str]:
        """The layers the results cover: units, facilities, green areas, population points."""
        settings = read_settings(self.project)
        ids = [settings.units_layer_id, settings.green_layer_id, settings.points_layer_id]
        ids += [c.layer_id for c in settings.services.values()]
        return [i for i in dict.fromkeys(ids) if i]

    def _group_visibility(self, node: Any) -> None:
        """The results group was ticked or unticked."""
        if node is not None and node.itemVisibilityChecked():
            root = self.project.layerTreeRoot()
            for layer_id in self._input_layer_ids():
                found = root.findLayer(layer_id)
                if found is not None and found.itemVisibilityChecked():
                    found.setItemVisibilityChecked(False)
                    self._hidden_inputs.append(layer_id)
        else:
            self._show_inputs()

    def _show_inputs(self) -> None:
        """Show again the input layers the results hid."""
        root = self.project.layerTreeRoot()
        for layer_id in self._hidden_inputs:
            found = root.findLayer(layer_id)
            if found is not None:
                found.setItemVisibilityChecked(True)
        self._hidden_inputs = []

    def current_result_layer(self) -> QgsVectorLayer | None:
        """The result layer the table shows."""
        key = self.panel.result_combo.currentData()
        return self.result_layers.get(key) if key else None

    def _show_result(self, *_args: Any) -> None:
        """Fill the table and the chart from the chosen result layer."""
        p = self.panel
        layer = self.current_result_layer()
        rows = rows_from_layer(layer) if layer is not None else []
        p.model.set_rows(rows)
        p.table.fit_columns()
        p.chart.set_values([(r.name, r.deficit) for r in rows])
        p.chart.setVisible(layer is not None)
        if p.result_combo.currentData():
            self.show_service_layers(p.result_combo.currentData())
        p.note.setText(self._note(layer))

    def _note(self, layer: QgsVectorLayer | None) -> str:
        """The lines under the chart: pack and method, one point per unit, unverified values, warnings."""
        if layer is None:
            return ""
        feature = next(layer.getFeatures(), None)
        if feature is None:
            return ""
        names = set(layer.fields().names())

        def value(name: str) -> str:
            raw = feature[name] if name in names else None
            return "" if raw in (None, "") or str(raw) == "NULL" else str(raw)

        from almaty_planner.core.definitions import norm_keys_in_words

        method = value("method")
        text = tr("Norm pack {pack} {edition}; method: {method}.").format(
            pack=value("norm_pack"),
            edition=value("norm_pack_edition"),
            method=method_label(method) if method else "—",
        )
        if "within_norm_pct" in names:
            text += " " + tr(
                "Provision, % = capacity / demand; met within the norm, % = demand served within the radius."
            )
        if value("residents_at") == "unit_point":
            text += " " + tr(
                "No population points: each unit's residents count as one point inside it; give buildings "
                "(Advanced) for a finer result."
            )
        changed = pack_warning(layer)
        if changed:
            text += " " + changed
        unverified = value("norm_unverified")
        if unverified:
            text += " " + tr("Unverified norm values used: {keys}.").format(
                keys=norm_keys_in_words(unverified, language())
            )
        return text

    def _row_chosen(self, current: Any, _previous: Any = None) -> None:
        """Select the unit of the clicked row in the result layer and zoom the map to it."""
        layer = self.current_result_layer()
        if layer is None or current is None or not current.isValid():
            return
        fid = self.panel.proxy.data(current.siblingAtColumn(0), FID_ROLE)
        if fid is None:
            return
        layer.selectByIds([int(fid)])
        canvas = self.iface.mapCanvas()
        if canvas is not None:
            canvas.zoomToFeatureIds(layer, [int(fid)])
            canvas.refresh()

    def select_row(self, row: int) -> None:
        """Select the ``row``-th row of the sorted table (as a click does)."""
        index = self.panel.proxy.index(row, 0)
        self.panel.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    # -- report, atlas and norms ------------------------------------------------------------------
    def export_report(self) -> None:
        """Ask for a file name and write the Excel deficit report of the current results."""
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export Excel report"), "", tr("Excel workbook (*.xlsx)"))
        if path:
            self.write_report(path)

    def write_report(self, path: str) -> ChecksRun | None:
        """Write the Excel report of the current result layers to ``path`` through ``almaty_planner:excel_report``."""
        layers = [layer for layer in self.result_layers.values() if layer is not None]
        if not layers:
            self.message(tr("Run the checks first: there are no results to report."), Qgis.MessageLevel.Warning)
            return None
        if self.run is not None and self.run.is_running():
            self.message(tr("Wait until the running check ends."), Qgis.MessageLevel.Info)
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        parameters = {"INPUTS": [layer.id() for layer in layers], "LANGUAGE": language(), "OUTPUT": path}
        job = Job("excel_report", "excel_report", parameters, tr("Excel report"), output_is_layer=False)
        self.run = ChecksRun([job], self.project, self)
        self.run.progressChanged.connect(lambda value: self.panel.progress.setValue(round(value)))
        self.run.finished.connect(self._report_finished)
        self.panel.export_button.setEnabled(False)
        self.run.start()
        return self.run

    def _report_finished(self, ok: bool, results: list[JobResult]) -> None:
        """Say where the report is, or why it is not."""
        self.panel.export_button.setEnabled(bool(self.result_layers))
        result = results[0] if results else None
        if ok and result is not None:
            written = str(result.outputs.get("OUTPUT", ""))
            self.message(tr("Excel report written: {path}").format(path=written), Qgis.MessageLevel.Success, 10)
        else:
            errors = " ".join(result.errors) if result is not None else ""
            self.message(
                tr("The Excel report was not written: {error}").format(error=errors), Qgis.MessageLevel.Critical
            )

    def export_atlas(self) -> None:
        """Ask for a file name and write the PDF atlas of the shown result over the chosen districts."""
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export PDF atlas"), "", tr("PDF files (*.pdf)"))
        if path:
            self.write_atlas(path)

    def write_atlas(self, path: str) -> int:
        """The PDF atlas through ``almaty_planner:deficit_atlas`` (on the main thread: layouts render there);
        returns the number of pages (0 when it was not written)."""
        p = self.panel
        layer = self.current_result_layer()
        coverage = p.atlas_layer.currentLayer()
        if layer is None:
            self.message(tr("Run the checks first: there are no results to report."), Qgis.MessageLevel.Warning)
            return 0
        if coverage is None:
            self.message(tr("Choose the layer of the atlas pages (districts)."), Qgis.MessageLevel.Warning)
            return 0
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        key = p.result_combo.currentData()
        facilities = next(
            (
                self.project.mapLayer(r.layer_id)
                for r in self.records
                if r.key == key and r.kind == "provision_facilities"
            ),
            None,
        )
        parameters = {
            "COVERAGE": coverage,
            "COVERAGE_NAME_FIELD": p.atlas_name.currentField() or None,
            "RESULTS": layer,
            "FACILITIES": facilities,
            "TITLE": p.result_combo.currentText(),
            "LANGUAGE": language(),
            "OUTPUT": path,
        }
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("almaty_planner:deficit_atlas")
        if algorithm is None:
            self.message(tr("The algorithm {alg} is not installed.").format(alg="almaty_planner:deficit_atlas"))
            return 0
        context = QgsProcessingContext()
        context.setProject(self.project)
        feedback = CollectingFeedback()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outputs, ok = algorithm.run({k: v for k, v in parameters.items() if v is not None}, context, feedback)
        finally:
            QApplication.restoreOverrideCursor()
        if not ok:
            self.message(
                tr("The PDF atlas was not written: {error}").format(error=" ".join(feedback.errors)),
                Qgis.MessageLevel.Critical,
            )
            return 0
        pages = int(outputs.get("PAGES", 0))
        self.message(
            tr("PDF atlas written ({n} pages): {path}").format(n=pages, path=outputs.get("OUTPUT", path)),
            Qgis.MessageLevel.Success,
            10,
        )
        return pages

    def open_norm_values(self) -> NormValuesPanel | None:
        """Open the chosen norm pack's values and sources as a page of the panel stack (kept alive here)."""
        pack_id = self.panel.pack_combo.currentData()
        if not pack_id:
            self.message(tr("Choose a norm pack."), Qgis.MessageLevel.Warning)
            return None
        from almaty_planner.core.errors import NormPackError
        from almaty_planner.core.norms import load_pack

        try:
            pack = load_pack(pack_id, norm_dirs())
        except NormPackError as error:
            self.message(str(error), Qgis.MessageLevel.Critical)
            return None
        page = NormValuesPanel(pack, self.message, norm_dirs(), self.stack)
        page.packSaved.connect(self._pack_saved)
        page.panelAccepted.connect(self._values_closed)
        self._values_page = page  # the stack holds no reference: without this the page is destroyed at once
        self.stack.showPanel(page)
        return page

    def _values_closed(self, *_args: Any) -> None:
        """The values page was closed (Back): let it go."""
        self._values_page = None

    def _pack_saved(self, pack_id: str) -> None:
        """List the new pack and choose it."""
        self._fill_packs()
        index = self.panel.pack_combo.findData(pack_id)
        if index >= 0:
            self.panel.pack_combo.setCurrentIndex(index)
