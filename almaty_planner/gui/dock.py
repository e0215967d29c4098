"""The Regional Standards dock: layers, fields, norm pack and method; Run through Processing; the
deficits as styled layers in one group, a sortable table, a bar chart, the Excel report, the norms.

Pattern: ``QgsDockWidget`` -> ``QgsPanelWidgetStack`` -> ``QgsPanelWidget`` (each with a unique
``objectName``); widgets are built in code; Qt only through ``qgis.PyQt``. The input layers are only
read (Processing reads them); the results are new layers.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsFieldProxyModel, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsFieldComboBox, QgsMapLayerComboBox, QgsPanelWidget, QgsPanelWidgetStack
from qgis.PyQt.QtCore import QItemSelectionModel, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from almaty_planner.core import definitions, norms
from almaty_planner.core.i18n import language
from almaty_planner.gui import styling
from almaty_planner.gui.chart import DeficitChart
from almaty_planner.gui.norms_view import NormValuesPanel
from almaty_planner.gui.runner import ChecksRun, Job, JobResult
from almaty_planner.gui.settings import PanelSettings, ServiceChoice, read_settings, write_settings
from almaty_planner.gui.units_model import FID_ROLE, UnitsTableModel, rows_from_layer, sorting_proxy
from almaty_planner.toolbelt import profile_norms_dir, tr

LOGGER = logging.getLogger(__name__)


def _qt(text: str) -> str:
    """Translate a label of ``core.definitions`` with Qt's translator (its compiled .qm)."""
    return tr(text, definitions.CONTEXT)


def service_label(service: str, pack: Any = None) -> str:
    """The translated name of a service as the panel shows it (with its capacity unit)."""
    return definitions.service_label(service, pack, translate=_qt)


def method_label(method: str) -> str:
    """The translated name of a method."""
    return definitions.method_label(method, translate=_qt)


def norm_dirs() -> list[Path]:
    """Extra folders of norm packs: the active QGIS profile's ``almaty_planner/norms``."""
    return [profile_norms_dir()]


def installed_packs() -> dict[str, Any]:
    """Every norm pack the core finds (built-in, user folder, QGIS profile), by id."""
    return dict(norms.available_packs(norm_dirs()).packs)


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


class RegionalStandardsPanel(QgsPanelWidget):
    """The main page of the dock: inputs, run, results."""

    def __init__(self, dock: RegionalStandardsDock) -> None:
        """Build every widget in code."""
        super().__init__(dock)
        self.setObjectName("AlmatyPlannerRegionalStandardsPanel")
        self.setPanelTitle(tr("Regional Standards"))
        self.dock = dock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("AlmatyPlannerTabs")
        layout.addWidget(self.tabs)
        self._build_inputs()
        self._build_results()

    # -- inputs -----------------------------------------------------------------------------------
    def _build_inputs(self) -> None:
        """The Inputs tab: units, services, green space, sewerage, norms, method, run."""
        page = QWidget()
        outer = QVBoxLayout(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        box = QVBoxLayout(inner)

        units = QGroupBox(tr("Units (districts or microdistricts)"))
        form = QFormLayout(units)
        self.units_combo = QgsMapLayerComboBox()
        self.units_combo.setObjectName("unitsLayer")
        self.units_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.units_combo.setAllowEmptyLayer(True)
        self.population_combo = QgsFieldComboBox()
        self.population_combo.setObjectName("populationField")
        self.population_combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        self.name_combo = QgsFieldComboBox()
        self.name_combo.setObjectName("nameField")
        self.name_combo.setAllowEmptyFieldName(True)
        form.addRow(tr("Layer"), self.units_combo)
        form.addRow(tr("Population field"), self.population_combo)
        form.addRow(tr("Name field"), self.name_combo)
        box.addWidget(units)

        services = QGroupBox(tr("Facilities and their capacity"))
        self.services_grid = QGridLayout(services)
        self.services_grid.addWidget(QLabel(tr("Facility layer")), 0, 0)
        self.services_grid.addWidget(QLabel(tr("Capacity field")), 0, 1)
        self.service_layers: dict[str, QgsMapLayerComboBox] = {}
        self.service_fields: dict[str, QgsFieldComboBox] = {}
        self.service_titles: dict[str, QLabel] = {}
        self.services_grid.setColumnStretch(0, 3)
        self.services_grid.setColumnStretch(1, 2)
        box.addWidget(services)

        other = QGroupBox(tr("Green space, sewerage and water supply"))
        form = QFormLayout(other)
        self.green_combo = QgsMapLayerComboBox()
        self.green_combo.setObjectName("greenLayer")
        self.green_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.green_combo.setAllowEmptyLayer(True)
        self.green_combo.setLayer(None)
        self.sewer_combo = QgsFieldComboBox()
        self.sewer_combo.setObjectName("sewerField")
        self.sewer_combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        self.sewer_combo.setAllowEmptyFieldName(True)
        self.water_combo = QgsFieldComboBox()
        self.water_combo.setObjectName("waterField")
        self.water_combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        self.water_combo.setAllowEmptyFieldName(True)
        form.addRow(tr("Public green areas"), self.green_combo)
        form.addRow(tr("Residents with sewerage"), self.sewer_combo)
        form.addRow(tr("Residents with water supply"), self.water_combo)
        box.addWidget(other)

        norms_box = QGroupBox(tr("Norms and method"))
        form = QFormLayout(norms_box)
        pack_row = QHBoxLayout()
        self.pack_combo = QComboBox()
        self.pack_combo.setObjectName("normPack")
        self.values_button = QPushButton(tr("Values…"))
        self.values_button.setObjectName("normValues")
        self.values_button.setToolTip(tr("Show the norm values with their sources; edit and save as a new pack"))
        pack_row.addWidget(self.pack_combo, 1)
        pack_row.addWidget(self.values_button)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("method")
        for method in definitions.METHODS:
            self.method_combo.addItem(method_label(method), method)
        form.addRow(tr("Norm pack"), pack_row)
        form.addRow(tr("Method"), self.method_combo)
        box.addWidget(norms_box)
        box.addStretch(1)
        for combo in inner.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)

        run_row = QHBoxLayout()
        self.run_button = QPushButton(tr("Run"))
        self.run_button.setObjectName("run")
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        outer.addLayout(run_row)
        self.tabs.addTab(page, tr("Inputs"))

    def add_service(self, service: str, pack: Any) -> bool:
        """A row (label, facility layer, capacity field) for ``service``; False when it is there already."""
        if service in self.service_layers:
            return False
        row = len(self.service_layers)
        layer_combo = QgsMapLayerComboBox()
        layer_combo.setObjectName(f"facilities_{service}")
        layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PointLayer | QgsMapLayerProxyModel.Filter.PolygonLayer)
        layer_combo.setAllowEmptyLayer(True)
        layer_combo.setLayer(None)
        field_combo = QgsFieldComboBox()
        field_combo.setObjectName(f"capacity_{service}")
        field_combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        layer_combo.layerChanged.connect(field_combo.setLayer)
        for combo in (layer_combo, field_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        title = QLabel(service_label(service, pack))
        title.setObjectName(f"service_{service}")
        self.services_grid.addWidget(title, 1 + 2 * row, 0, 1, 2)
        self.services_grid.addWidget(layer_combo, 2 + 2 * row, 0)
        self.services_grid.addWidget(field_combo, 2 + 2 * row, 1)
        self.service_layers[service] = layer_combo
        self.service_fields[service] = field_combo
        self.service_titles[service] = title
        return True

    def show_services(self, offered: list[str]) -> None:
        """Show the rows of the ``offered`` services (those of the chosen pack), hide the others."""
        for service, combo in self.service_layers.items():
            visible = service in offered
            for widget in (self.service_titles[service], combo, self.service_fields[service]):
                widget.setVisible(visible)

    # -- results ----------------------------------------------------------------------------------
    def _build_results(self) -> None:
        """The Results tab: which result, the units table, the chart, the Excel export."""
        page = QWidget()
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Show")))
        self.result_combo = QComboBox()
        self.result_combo.setObjectName("resultChoice")
        row.addWidget(self.result_combo, 1)
        box.addLayout(row)
        self.model = UnitsTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("unitsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        box.addWidget(self.table, 3)
        self.chart = DeficitChart()
        box.addWidget(self.chart, 2)
        self.note = QLabel()
        self.note.setObjectName("resultNote")
        self.note.setWordWrap(True)
        box.addWidget(self.note)
        self.export_button = QPushButton(tr("Export Excel report…"))
        self.export_button.setObjectName("exportExcel")
        self.export_button.setEnabled(False)
        box.addWidget(self.export_button)
        self.tabs.addTab(page, tr("Results"))


class RegionalStandardsDock(QgsDockWidget):
    """The dock the plugin's "Regional Standards panel" action shows and hides."""

    GROUP_NAME = "Regional Standards results"

    def __init__(self, iface: Any, parent: Any = None) -> None:
        """Build the panel stack, fill the choices from the current project and listen to it."""
        super().__init__(tr("Regional Standards"), parent or iface.mainWindow())
        self.setObjectName("AlmatyPlannerRegionalStandardsDock")
        self.setMinimumWidth(420)
        self.iface = iface
        self.layer_services: dict[str, str] = {}
        self.project = QgsProject.instance()
        self.run: ChecksRun | None = None
        self.result_layers: dict[str, QgsVectorLayer] = {}
        self.packs: dict[str, Any] = {}
        self._loading = False
        self.stack = QgsPanelWidgetStack(self)
        self.stack.setObjectName("AlmatyPlannerPanelStack")
        self.panel = RegionalStandardsPanel(self)
        self.stack.setMainPanel(self.panel)
        self.setWidget(self.stack)
        self._fill_packs()  # the packs' services first: the Plan tab offers them too
        from almaty_planner.gui.plan_tab import PlanTab

        self.plan = PlanTab(self)
        self.panel.tabs.addTab(self.plan, tr("Plan"))
        from almaty_planner.gui.settlements_tab import SettlementsTab

        self.settlements = SettlementsTab(self)
        self.panel.tabs.addTab(self.settlements, tr("Settlements"))
        from almaty_planner.gui.placement_tab import PlacementTab

        self.placement = PlacementTab(self)
        self.panel.tabs.addTab(self.placement, tr("Where to build"))
        self._connect()
        self.load_settings()

    # -- wiring -----------------------------------------------------------------------------------
    def _connect(self) -> None:
        """Connect the widgets (no connections live in .ui files) and the project's signals."""
        p = self.panel
        p.units_combo.layerChanged.connect(self._units_changed)
        for combo in (p.population_combo, p.name_combo, p.sewer_combo, p.water_combo):
            combo.fieldChanged.connect(self.save_settings)
        p.green_combo.layerChanged.connect(self.save_settings)
        p.pack_combo.currentIndexChanged.connect(self._pack_changed)
        p.method_combo.currentIndexChanged.connect(self.save_settings)
        p.run_button.clicked.connect(self.start_run)
        p.cancel_button.clicked.connect(self.cancel_run)
        p.result_combo.currentIndexChanged.connect(self._show_result)
        p.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        p.table.clicked.connect(lambda index: self._row_chosen(index, None))
        p.export_button.clicked.connect(self.export_report)
        p.values_button.clicked.connect(self.open_norm_values)
        self.project.readProject.connect(self._project_read)
        self.project.cleared.connect(self._project_cleared)
        self.project.layersWillBeRemoved.connect(self._layers_removed)

    def cleanup(self) -> None:
        """Stop a running check and let go of the project's signals (called by the plugin's unload)."""
        if self.run is not None and self.run.is_running():
            self.run.cancel()
        self.plan.cleanup()
        self.settlements.cleanup()
        self.placement.cleanup()
        for signal, slot in (
            (self.project.readProject, self._project_read),
            (self.project.cleared, self._project_cleared),
            (self.project.layersWillBeRemoved, self._layers_removed),
        ):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)

    def message(self, text: str, level: Any = Qgis.MessageLevel.Warning, duration: int = 8) -> None:
        """Tell the planner something in the QGIS message bar (plain words, never a traceback)."""
        self.iface.messageBar().pushMessage(tr("Regional Standards"), text, level=level, duration=duration)

    # -- settings ---------------------------------------------------------------------------------
    def _fill_packs(self) -> None:
        """List the norm packs the core finds, and a row for every facility service they have."""
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
            if p.add_service(service, pack):
                p.service_layers[service].layerChanged.connect(self.save_settings)
                p.service_fields[service].fieldChanged.connect(self.save_settings)
        self._show_pack_services()

    def chosen_pack(self) -> Any:
        """The norm pack chosen in the panel (None when none is)."""
        pack_id = self.panel.pack_combo.currentData()
        return self.packs.get(pack_id) if pack_id else None

    def _show_pack_services(self) -> None:
        """Show the service rows of the chosen pack (every row when no pack is chosen)."""
        pack = self.chosen_pack()
        offered = definitions.facility_services(pack) if pack is not None else list(self.panel.service_layers)
        self.panel.show_services(offered)

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

    def _units_changed(self, layer: Any) -> None:
        """Point the field choosers at the units layer."""
        p = self.panel
        for combo in (p.population_combo, p.name_combo, p.sewer_combo, p.water_combo):
            combo.setLayer(layer)
        if layer is not None and not self._loading:
            for guess_combo, guesses in (
                (p.population_combo, ("population", "pop", "население", "халық")),
                (p.name_combo, ("name", "name_ru", "name_kk", "название", "атауы")),
            ):
                names = {n.lower(): n for n in layer.fields().names()}
                for guess in guesses:
                    if guess in names:
                        guess_combo.setField(names[guess])
                        break
        self.save_settings()

    def current_settings(self) -> PanelSettings:
        """What the widgets show now."""
        p = self.panel
        units = p.units_combo.currentLayer()
        green = p.green_combo.currentLayer()
        settings = PanelSettings(
            units_layer_id=units.id() if units else "",
            population_field=p.population_combo.currentField() if units else "",
            name_field=p.name_combo.currentField() if units else "",
            green_layer_id=green.id() if green else "",
            sewer_field=p.sewer_combo.currentField() if units else "",
            water_field=p.water_combo.currentField() if units else "",
            norm_pack=p.pack_combo.currentData() or "",
            method=p.method_combo.currentData() or definitions.DEFAULT_METHOD,
        )
        for service in p.service_layers:
            layer = p.service_layers[service].currentLayer()
            settings.services[service] = ServiceChoice(
                layer.id() if layer else "", p.service_fields[service].currentField() if layer else ""
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
            units = self.project.mapLayer(settings.units_layer_id) if settings.units_layer_id else None
            p.units_combo.setLayer(units)
            self._units_changed(units)
            if units is not None:
                p.population_combo.setField(settings.population_field)
                p.name_combo.setField(settings.name_field)
                p.sewer_combo.setField(settings.sewer_field)
                p.water_combo.setField(settings.water_field)
            for service in p.service_layers:
                choice = settings.service(service)
                layer = self.project.mapLayer(choice.layer_id) if choice.layer_id else None
                p.service_layers[service].setLayer(layer)
                p.service_fields[service].setLayer(layer)
                if layer is not None:
                    p.service_fields[service].setField(choice.capacity_field)
            p.green_combo.setLayer(self.project.mapLayer(settings.green_layer_id) if settings.green_layer_id else None)
            if settings.norm_pack:
                index = p.pack_combo.findData(settings.norm_pack)
                if index >= 0:
                    p.pack_combo.setCurrentIndex(index)
            self._show_pack_services()
            index = p.method_combo.findData(settings.method)
            p.method_combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False

    def _project_read(self, *_args: Any) -> None:
        """A project was opened: show its choices."""
        self.result_layers = {}
        self._refresh_results()
        self.load_settings()

    def _project_cleared(self) -> None:
        """The project was closed: forget results."""
        if self.run is not None and self.run.is_running():
            self.run.cancel()
        self.result_layers = {}
        self._refresh_results()

    def _layers_removed(self, layer_ids: list[str]) -> None:
        """Forget result layers the planner removed."""
        gone = set(layer_ids)
        kept = {k: v for k, v in self.result_layers.items() if v is not None and v.id() not in gone}
        if len(kept) != len(self.result_layers):
            self.result_layers = kept
            self._refresh_results()

    # -- run --------------------------------------------------------------------------------------
    def validate(self, settings: PanelSettings) -> list[str]:
        """Plain-words problems that stop a run (empty when the run can start)."""
        problems: list[str] = []
        units = self.project.mapLayer(settings.units_layer_id) if settings.units_layer_id else None
        if units is None:
            return [tr("Choose the units layer (districts or microdistricts) first.")]
        fields = set(units.fields().names())
        if not settings.population_field:
            problems.append(tr("Choose the population field of the layer {layer}.").format(layer=units.name()))
        elif settings.population_field not in fields:
            problems.append(
                tr("The layer {layer} has no field {field}.").format(
                    layer=units.name(), field=settings.population_field
                )
            )
        for service in self.offered(settings):
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
        if not self.jobs(settings) and not problems:
            problems.append(tr("Choose a facility layer for at least one service, or green areas."))
        if not settings.norm_pack:
            problems.append(tr("Choose a norm pack."))
        return problems

    def offered(self, settings: PanelSettings) -> list[str]:
        """The configured services that the chosen pack has (the rows on show)."""
        pack = self.packs.get(settings.norm_pack)
        have = definitions.facility_services(pack) if pack is not None else None
        return [s for s in settings.configured_services() if have is None or s in have]

    def jobs(self, settings: PanelSettings) -> list[Job]:
        """One Processing run per configured service, plus green space and sewerage/water when chosen."""
        common = {
            "UNITS": settings.units_layer_id,
            "POPULATION_FIELD": settings.population_field,
            "UNIT_NAME_FIELD": settings.name_field or None,
            "NORM_PACK": settings.norm_pack,
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        pack_file = pack_file_of(settings.norm_pack)
        jobs = []
        for service in self.offered(settings):
            choice = settings.services[service]
            parameters = dict(
                common,
                FACILITIES=choice.layer_id,
                CAPACITY_FIELD=choice.capacity_field,
                SERVICE=service,
                METHOD=settings.method,
            )
            parameters["FACILITIES_OUTPUT"] = "TEMPORARY_OUTPUT"
            jobs.append(
                Job(
                    "provision",
                    service,
                    parameters,
                    self.label(service),
                    pack_file=pack_file,
                    extra_outputs={"FACILITIES_OUTPUT": "provision_facilities"},
                )
            )
        if settings.green_layer_id:
            parameters = dict(common, FACILITIES=settings.green_layer_id)
            title = self.label(definitions.GREEN_SERVICE)
            jobs.append(Job("green_space", "green_space", parameters, title, pack_file=pack_file))
        if settings.sewer_field or settings.water_field:
            parameters = dict(
                common,
                SEWER_FIELD=settings.sewer_field or None,
                WATER_FIELD=settings.water_field or None,
                SEWER_MODE="count",
                WATER_MODE="count",
            )
            title = self.label(definitions.ENGINEERING_SERVICE)
            jobs.append(Job("engineering_gap", "engineering_gap", parameters, title, pack_file=pack_file))
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
        self.run = ChecksRun(self.jobs(settings), self.project, self)
        self.run.progressChanged.connect(lambda value: self.panel.progress.setValue(round(value)))
        self.run.jobFinished.connect(self._job_finished)
        self.run.finished.connect(self._run_finished)
        self.panel.run_button.setEnabled(False)
        self.panel.cancel_button.setEnabled(True)
        self.panel.progress.setValue(0)
        self._new_results: dict[str, QgsVectorLayer] = {}
        self._new_extra: list[QgsVectorLayer] = []
        self._extra_services: dict[str, str] = {}
        self.run.start()

    def cancel_run(self) -> None:
        """Cancel the running checks."""
        if self.run is not None:
            self.run.cancel()

    def _job_finished(self, result: JobResult) -> None:
        """Style a finished result layer and keep it; report a failed one."""
        if result.layer is None:
            self.message(
                tr("{what}: {error}").format(what=result.job.title, error=" ".join(result.errors)),
                Qgis.MessageLevel.Critical,
            )
            return
        styling.style_result_layer(result.layer, result.job.kind)
        self._new_results[result.job.service] = result.layer
        for name, layer in result.extra_layers.items():
            kind = result.job.extra_outputs[name]
            if kind == "provision_facilities":
                layer.setName(tr("{service}: load of facilities").format(service=result.job.title))
            styling.style_result_layer(layer, kind)
            self._new_extra.append(layer)
            self._extra_services[layer.id()] = result.job.service

    def _run_finished(self, ok: bool, results: list[JobResult]) -> None:
        """Put the new result layers in the results group, fill the table, re-enable Run."""
        self.panel.run_button.setEnabled(True)
        self.panel.cancel_button.setEnabled(False)
        self.panel.progress.setValue(100 if ok else self.panel.progress.value())
        if self._new_results:
            self.layer_services = {layer.id(): service for service, layer in self._new_results.items()}
            self.layer_services.update(self._extra_services)
            self._add_to_group([*self._new_results.values(), *self._new_extra])
            self.result_layers = dict(self._new_results)
            self._refresh_results()
            self.panel.tabs.setCurrentIndex(1)
        if ok:
            count = len(self._new_results) + len(self._new_extra)
            self.message(tr("The checks are done: {n} result layers.").format(n=count), Qgis.MessageLevel.Success, 5)

    def results_group(self, create: bool = True) -> Any:
        """The layer-tree group holding the results (created at the top when missing)."""
        root = self.project.layerTreeRoot()
        name = tr("Regional Standards results")
        group = root.findGroup(name)
        if group is None and create:
            group = root.insertGroup(0, name)
        return group

    def _add_to_group(self, layers: list[QgsVectorLayer]) -> None:
        """Replace the layers of the previous run in the results group with the new ones."""
        group = self.results_group()
        old = [node.layerId() for node in group.findLayers()]
        if old:
            self.project.removeMapLayers(old)
        for layer in layers:
            self.project.addMapLayer(layer, False)
            group.addLayer(layer)
        group.setExpanded(True)

    # -- results ----------------------------------------------------------------------------------
    def _refresh_results(self) -> None:
        """List the result layers in the result chooser and show the first."""
        p = self.panel
        current = p.result_combo.currentData()
        p.result_combo.blockSignals(True)
        p.result_combo.clear()
        for service, layer in self.result_layers.items():
            if layer is not None and "deficit" in layer.fields().names():
                p.result_combo.addItem(self.label(service), service)
        index = p.result_combo.findData(current) if current else -1
        p.result_combo.setCurrentIndex(max(index, 0) if p.result_combo.count() else -1)
        p.result_combo.blockSignals(False)
        p.export_button.setEnabled(bool(self.result_layers))
        self._show_result()

    def show_service_layers(self, service: str) -> None:
        """Show the result layers of ``service`` on the map and hide the other results (they overlap)."""
        group = self.results_group(create=False)
        if group is None:
            return
        for node in group.findLayers():
            node.setItemVisibilityChecked(self.layer_services.get(node.layerId()) == service)

    def current_result_layer(self) -> QgsVectorLayer | None:
        """The result layer the table shows."""
        service = self.panel.result_combo.currentData()
        return self.result_layers.get(service) if service else None

    def _show_result(self, *_args: Any) -> None:
        """Fill the table and the chart from the chosen result layer."""
        p = self.panel
        layer = self.current_result_layer()
        rows = rows_from_layer(layer) if layer is not None else []
        p.model.set_rows(rows)
        p.chart.set_values([(r.name, r.deficit) for r in rows])
        if p.result_combo.currentData():
            self.show_service_layers(p.result_combo.currentData())
        p.note.setText(self._note(layer))

    def _note(self, layer: QgsVectorLayer | None) -> str:
        """The line under the chart: which pack and method, and the unverified values used."""
        if layer is None:
            return ""
        feature = next(layer.getFeatures(), None)
        if feature is None:
            return ""
        names = set(layer.fields().names())

        def value(name: str) -> str:
            return str(feature[name]) if name in names and feature[name] not in (None, "") else ""

        text = tr("Norm pack {pack} {edition}; method: {method}.").format(
            pack=value("norm_pack"), edition=value("norm_pack_edition"), method=method_label(value("method"))
        )
        unverified = value("norm_unverified")
        if unverified and unverified != "NULL":
            text += " " + tr("Unverified norm values used: {keys}.").format(keys=unverified)
        pack_id = value("norm_pack")
        if pack_id:
            changed = norms.pack_change(pack_id, value("norm_pack_hash"), self.packs.get(pack_id))
            if changed:
                text += " " + changed
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

    # -- report and norms -------------------------------------------------------------------------
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

    def open_norm_values(self) -> NormValuesPanel | None:
        """Open the chosen norm pack's values and sources as a page of the panel stack."""
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
        page = NormValuesPanel(pack, self.message, norm_dirs(), self)
        page.packSaved.connect(self._pack_saved)
        self.stack.showPanel(page)
        return page

    def _pack_saved(self, pack_id: str) -> None:
        """List the new pack (and any service it adds) and choose it."""
        self._fill_packs()
        index = self.panel.pack_combo.findData(pack_id)
        if index >= 0:
            self.panel.pack_combo.setCurrentIndex(index)
