"""The Settlements tab of the Regional Standards panel: which settlements meet which standards.

The tab gathers the inputs of ``almaty_planner:srs_sufficiency``, runs it in the background through
Processing (the same algorithm as the toolbox), styles the settlements by band, and shows the
checklist of the chosen settlement, the aggregates and the ranked list of what to build. The Excel
monitoring workbook is written by ``almaty_planner:excel_report`` from the result layers. The layers
and tables are written into the results GeoPackage and shown again when the project is reopened
(``tab_results``).
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from qgis.core import Qgis, QgsFieldProxyModel, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from almaty_planner.core.i18n import language
from almaty_planner.gui.runner import ChecksRun, Job, JobResult
from almaty_planner.gui.settings import SettlementsSettings, read_settlements_settings, write_settlements_settings
from almaty_planner.gui.tab_results import Part, ResultTab, TabResults, release, run_row
from almaty_planner.toolbelt import tr

LOGGER = logging.getLogger(__name__)
STATUS_COLOURS = {"met": "#c6efce", "not_met": "#ffc7ce", "no_data": "#d9d9d9", "not_applicable": "#ffffff"}
TABLES = ("OUTPUT_DETAILS", "OUTPUT_AGGREGATES", "OUTPUT_ACTIONS", "OUTPUT_PLAN")
TABLE_ROLES = {"OUTPUT_DETAILS": "details", "OUTPUT_AGGREGATES": "aggregates", "OUTPUT_ACTIONS": "actions",
               "OUTPUT_PLAN": "plan"}  # fmt: skip


def status_text(status: str) -> str:
    """A status as the planner reads it."""
    return {
        "met": tr("met"),
        "not_met": tr("not met"),
        "no_data": tr("no data"),
        "not_applicable": tr("not applicable"),
    }.get(status, status)


def packs_with_standards() -> list[tuple[str, str]]:
    """(id, title) of every norm pack that has a checklist of regional standards."""
    try:
        from almaty_planner.core.norms import available_packs
        from almaty_planner.gui.dock import norm_dirs

        found = available_packs(norm_dirs()).packs
    except Exception as error:  # a broken pack folder must not take the panel down
        LOGGER.warning("norm packs could not be listed: %s", error)
        return []
    return [(pid, p.title(language())) for pid, p in sorted(found.items()) if p.to_dict().get("standards")]


def _features(layer: QgsVectorLayer | None) -> list[dict[str, Any]]:
    """Every feature of a table layer as a dict."""
    if layer is None:
        return []
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def _fill(
    table: QTableWidget, headers: list[str], rows: list[list[Any]], colours: list[str | None] | None = None
) -> None:
    """Put ``rows`` into ``table`` (read-only cells; numbers right-aligned)."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if isinstance(value, float) and value.is_integer():
                text = f"{int(value):,}"
            elif isinstance(value, float):
                text = f"{value:,.1f}" if abs(value) >= 100 else f"{value:.2f}".rstrip("0").rstrip(".")
            else:
                text = "" if value is None or str(value) == "NULL" else str(value)
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if isinstance(value, (int, float)):
                item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
            if colours and colours[i]:
                item.setBackground(QColor(colours[i]))
            table.setItem(i, j, item)
    table.resizeColumnsToContents()


def _table() -> QTableWidget:
    """A read-only, sortable table."""
    table = QTableWidget()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class SettlementsTab(ResultTab, QWidget):
    """Inputs, run and results of the regional standards of settlements."""

    def __init__(self, dock: Any) -> None:
        """Build the widgets; ``dock`` gives the message bar and the results group."""
        super().__init__()
        self.setObjectName("AlmatyPlannerSettlementsTab")
        self.dock = dock
        self.project = QgsProject.instance()
        self.run: ChecksRun | None = None
        self.layer: QgsVectorLayer | None = None
        self.tables: dict[str, QgsVectorLayer] = {}
        self.details: list[dict[str, Any]] = []
        self.stored = TabResults(dock, "settlements")
        self._loading = False
        outer = QVBoxLayout(self)
        self.inner_tabs = QTabWidget()
        self.inner_tabs.setObjectName("settlementsInnerTabs")
        outer.addWidget(self.inner_tabs, 1)
        self._build_inputs()
        self._build_results()
        self._connect()
        self.load_settings()

    # -- widgets ----------------------------------------------------------------------------------
    def _build_inputs(self) -> None:
        """Settlements, objects, standards, run."""
        page = QWidget()
        box = QVBoxLayout(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        col = QVBoxLayout(inner)
        group = QGroupBox(tr("Settlements (points or polygons)"))
        form = QFormLayout(group)
        self.settlements_combo = QgsMapLayerComboBox()
        self.settlements_combo.setObjectName("settlementsLayer")
        self.settlements_combo.setFilters(
            QgsMapLayerProxyModel.Filter.PointLayer | QgsMapLayerProxyModel.Filter.PolygonLayer
        )
        self.settlements_combo.setAllowEmptyLayer(True)
        self.settlements_combo.setLayer(None)
        self.population_combo = QgsFieldComboBox()
        self.population_combo.setObjectName("settlementsPopulation")
        self.population_combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        self.field_combos: dict[str, QgsFieldComboBox] = {}
        form.addRow(tr("Layer"), self.settlements_combo)
        form.addRow(tr("Population field"), self.population_combo)
        for key, label in (
            ("TIER_FIELD", tr("Tier field (1-5)")),
            ("STATUS_FIELD", tr("Status field")),
            ("SETTLEMENT_ID_FIELD", tr("Id field")),
            ("SETTLEMENT_NAME_FIELD", tr("Name field")),
            ("GROUP_FIELD", tr("District or region field")),
        ):
            combo = QgsFieldComboBox()
            combo.setObjectName(f"settlements_{key}")
            combo.setAllowEmptyFieldName(True)
            self.field_combos[key] = combo
            form.addRow(label, combo)
        col.addWidget(group)

        group = QGroupBox(tr("Objects"))
        form = QFormLayout(group)
        self.objects_list = QListWidget()
        self.objects_list.setObjectName("objectLayers")
        self.objects_list.setMaximumHeight(110)
        self.kind_edit = QLineEdit("kind")
        self.kind_edit.setObjectName("kindField")
        self.capacity_edit = QLineEdit()
        self.capacity_edit.setObjectName("capacityField")
        self.capacity_edit.setPlaceholderText(tr("optional, for standards per 1000 residents"))
        self.roads_combo = QgsMapLayerComboBox()
        self.roads_combo.setObjectName("roadsLayer")
        self.roads_combo.setFilters(QgsMapLayerProxyModel.Filter.LineLayer)
        self.roads_combo.setAllowEmptyLayer(True)
        self.roads_combo.setLayer(None)
        form.addRow(tr("Object layers"), self.objects_list)
        form.addRow(tr("Kind field"), self.kind_edit)
        form.addRow(tr("Capacity field"), self.capacity_edit)
        form.addRow(tr("Roads"), self.roads_combo)
        col.addWidget(group)

        group = QGroupBox(tr("Standards"))
        form = QFormLayout(group)
        self.pack_combo = QComboBox()
        self.pack_combo.setObjectName("standardsPack")
        self.formula_combo = QComboBox()
        self.formula_combo.setObjectName("formula")
        for value, label in (
            ("pack", tr("as the pack says")),
            ("share", tr("share of applicable standards")),
            ("weighted", tr("weighted by the standards' weights")),
        ):
            self.formula_combo.addItem(label, value)
        self.target_spin = QDoubleSpinBox()
        self.target_spin.setObjectName("targetLevel")
        self.target_spin.setRange(0.0, 100.0)
        self.target_spin.setValue(70.0)
        self.target_spin.setSuffix(" %")
        form.addRow(tr("Norm pack"), self.pack_combo)
        form.addRow(tr("Sufficiency formula"), self.formula_combo)
        form.addRow(tr("Target level"), self.target_spin)
        col.addWidget(group)
        col.addStretch(1)
        scroll.setWidget(inner)
        box.addWidget(scroll, 1)
        row, self.run_button, self.cancel_button, self.progress = run_row(
            tr("Run"), "runSettlements", "cancelSettlements", "settlementsProgress"
        )
        box.addLayout(row)
        self.inner_tabs.addTab(page, tr("Inputs"))
        self.fill_packs()
        self.fill_object_layers()

    def _build_results(self) -> None:
        """The level, the checklist of the chosen settlement, aggregates, what to build, the workbook."""
        page = QWidget()
        box = QVBoxLayout(page)
        self.summary = QLabel(tr("Run the check to see the settlements' sufficiency."))
        self.summary.setObjectName("settlementsSummary")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Settlement")))
        self.settlement_combo = QComboBox()
        self.settlement_combo.setObjectName("settlementChoice")
        row.addWidget(self.settlement_combo, 1)
        box.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        self.checklist = _table()
        self.checklist.setObjectName("checklistTable")
        self.aggregates = _table()
        self.aggregates.setObjectName("aggregatesTable")
        self.build_table = _table()
        self.build_table.setObjectName("whatToBuildTable")
        for widget, title in (
            (self.checklist, tr("Checklist of the settlement")),
            (self.aggregates, tr("Aggregates")),
            (self.build_table, tr("What to build (ranked by residents served)")),
        ):
            holder = QWidget()
            inner = QVBoxLayout(holder)
            inner.setContentsMargins(0, 0, 0, 0)
            label = QLabel(f"<b>{title}</b>")
            inner.addWidget(label)
            inner.addWidget(widget)
            split.addWidget(holder)
        box.addWidget(split, 1)
        self.plan_label = QLabel()
        self.plan_label.setObjectName("planNote")
        self.plan_label.setWordWrap(True)
        box.addWidget(self.plan_label)
        self.workbook_button = QPushButton(tr("Export monitoring workbook…"))
        self.workbook_button.setObjectName("exportWorkbook")
        self.workbook_button.setEnabled(False)
        box.addWidget(self.workbook_button)
        self.inner_tabs.addTab(page, tr("Results"))

    def _connect(self) -> None:
        """Signals of the widgets and of the project."""
        self.settlements_combo.layerChanged.connect(self._settlements_changed)
        self.settlements_combo.layerChanged.connect(self.save_settings)
        self.run_button.clicked.connect(self.start_run)
        self.cancel_button.clicked.connect(self.cancel_run)
        self.settlement_combo.currentIndexChanged.connect(self._settlement_chosen)
        self.workbook_button.clicked.connect(self.export_workbook)
        self.project.layersAdded.connect(self.fill_object_layers)
        self.project.layersRemoved.connect(self.fill_object_layers)
        self.project.readProject.connect(self.load_settings)
        for combo in (self.population_combo, *self.field_combos.values()):
            combo.fieldChanged.connect(self.save_settings)
        self.roads_combo.layerChanged.connect(self.save_settings)
        self.objects_list.itemChanged.connect(self.save_settings)
        for edit in (self.kind_edit, self.capacity_edit):
            edit.editingFinished.connect(self.save_settings)
        for choice in (self.pack_combo, self.formula_combo):
            choice.currentIndexChanged.connect(self.save_settings)
        self.target_spin.valueChanged.connect(self.save_settings)

    def cleanup(self) -> None:
        """Stop a running check and disconnect from the project (the dock's cleanup calls it)."""
        if self.run is not None and self.run.is_running():
            self.run.cancel()
        for signal, slot in (
            (self.project.layersAdded, self.fill_object_layers),
            (self.project.layersRemoved, self.fill_object_layers),
            (self.project.readProject, self.load_settings),
        ):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)

    # -- settings ---------------------------------------------------------------------------------
    def current_settings(self) -> SettlementsSettings:
        """What the widgets show now."""
        layer = self.settlements_combo.currentLayer()
        roads = self.roads_combo.currentLayer()
        return SettlementsSettings(
            settlements_layer_id=layer.id() if layer is not None else "",
            population_field=self.population_combo.currentField() if layer is not None else "",
            fields={key: combo.currentField() for key, combo in self.field_combos.items()} if layer is not None else {},
            object_layer_ids=self.object_layer_ids(),
            kind_field=self.kind_edit.text().strip() or "kind",
            capacity_field=self.capacity_edit.text().strip(),
            roads_layer_id=roads.id() if roads is not None else "",
            norm_pack=self.pack_combo.currentData() or "",
            formula=self.formula_combo.currentData() or "pack",
            target_pct=float(self.target_spin.value()),
        )

    def save_settings(self, *_args: Any) -> None:
        """Remember the choices in the project (saved with it, as the Inputs tab's)."""
        if not self._loading:
            write_settlements_settings(self.project, self.current_settings())

    def load_settings(self, *_args: Any) -> None:
        """Show the choices stored in the project (layers no longer in it are left empty)."""
        settings = read_settlements_settings(self.project)
        self._loading = True
        try:
            self.fill_object_layers()
            layer = self.project.mapLayer(settings.settlements_layer_id) if settings.settlements_layer_id else None
            self.settlements_combo.setLayer(layer)
            self._settlements_changed(layer)
            if layer is not None:
                self.population_combo.setField(settings.population_field)
                for key, combo in self.field_combos.items():
                    combo.setField(settings.fields.get(key, ""))
            self.set_object_layers(
                [lyr for lyr in map(self.project.mapLayer, settings.object_layer_ids) if lyr is not None]
            )
            self.kind_edit.setText(settings.kind_field)
            self.capacity_edit.setText(settings.capacity_field)
            roads = self.project.mapLayer(settings.roads_layer_id) if settings.roads_layer_id else None
            self.roads_combo.setLayer(roads)
            if settings.norm_pack:
                index = self.pack_combo.findData(settings.norm_pack)
                if index >= 0:
                    self.pack_combo.setCurrentIndex(index)
            self.formula_combo.setCurrentIndex(max(self.formula_combo.findData(settings.formula), 0))
            self.target_spin.setValue(settings.target_pct)
        finally:
            self._loading = False

    # -- choices ----------------------------------------------------------------------------------
    def fill_packs(self) -> None:
        """The packs that have a checklist; kz_srs first when present."""
        self.pack_combo.clear()
        packs = packs_with_standards()
        packs.sort(key=lambda p: (p[0] != "kz_srs", p[0]))
        for pid, title in packs:
            self.pack_combo.addItem(f"{title} ({pid})", pid)

    def fill_object_layers(self, *_args: Any) -> None:
        """Every point or polygon layer of the project as a checkable object layer (checks kept)."""
        checked = set(self.object_layer_ids())
        self.objects_list.blockSignals(True)
        self.objects_list.clear()
        for layer in self.project.mapLayers().values():
            if not isinstance(layer, QgsVectorLayer):
                continue
            kind = QgsWkbTypes.displayString(layer.wkbType())
            if "Point" not in kind and "Polygon" not in kind:
                continue
            item = QListWidgetItem(layer.name())
            item.setData(Qt.ItemDataRole.UserRole, layer.id())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if layer.id() in checked else Qt.CheckState.Unchecked)
            self.objects_list.addItem(item)
        self.objects_list.blockSignals(False)

    def object_layer_ids(self) -> list[str]:
        """The ids of the checked object layers."""
        out = []
        for i in range(self.objects_list.count()):
            item = self.objects_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_object_layers(self, layers: list[QgsVectorLayer]) -> None:
        """Check exactly ``layers`` in the object list."""
        wanted = {layer.id() for layer in layers}
        for i in range(self.objects_list.count()):
            item = self.objects_list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _settlements_changed(self, layer: Any) -> None:
        """Point the field choices at the settlement layer and guess nothing but exact names."""
        self.population_combo.setLayer(layer)
        for combo in self.field_combos.values():
            combo.setLayer(layer)
            combo.setField("")
        if layer is None:
            return
        names = layer.fields().names()
        for key, candidates in (
            ("TIER_FIELD", ("tier",)),
            ("STATUS_FIELD", ("status",)),
            ("SETTLEMENT_NAME_FIELD", ("name", "name_ru", "name_kk")),
        ):
            match = next((c for c in candidates if c in names), "")
            self.field_combos[key].setField(match)
        self.population_combo.setField("population" if "population" in names else "")

    # -- run --------------------------------------------------------------------------------------
    def parameters(self) -> dict[str, Any] | None:
        """The algorithm's parameters from the widgets, or None (with a message) when something is missing."""
        layer = self.settlements_combo.currentLayer()
        problems = []
        if layer is None:
            problems.append(tr("Choose the settlements layer."))
        if not self.population_combo.currentField():
            problems.append(tr("Choose the population field of the settlements."))
        if not (self.field_combos["TIER_FIELD"].currentField() or self.field_combos["STATUS_FIELD"].currentField()):
            problems.append(tr("Choose the tier field or the status field of the settlements."))
        if self.pack_combo.currentData() is None:
            problems.append(tr("No norm pack with a checklist of regional standards is available."))
        if problems:
            self.dock.message(" ".join(problems), Qgis.MessageLevel.Warning)
            return None
        params: dict[str, Any] = {
            "SETTLEMENTS": layer.id(),
            "POPULATION_FIELD": self.population_combo.currentField(),
            "OBJECTS": self.object_layer_ids(),
            "KIND_FIELD": self.kind_edit.text().strip() or "kind",
            "NORM_PACK": self.pack_combo.currentData(),
            "FORMULA": self.formula_combo.currentData(),
            "TARGET_PCT": float(self.target_spin.value()),
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        for key, combo in self.field_combos.items():
            if combo.currentField():
                params[key] = combo.currentField()
        if self.capacity_edit.text().strip():
            params["CAPACITY_FIELD"] = self.capacity_edit.text().strip()
        if self.roads_combo.currentLayer() is not None:
            params["ROADS"] = self.roads_combo.currentLayer().id()
        for name in TABLES:
            params[name] = "TEMPORARY_OUTPUT"
        return params

    def start_run(self) -> None:
        """Run srs_sufficiency in the background."""
        if self.run is not None and self.run.is_running():
            return
        params = self.parameters()
        if params is None:
            return
        from almaty_planner.gui.dock import pack_file_of

        job = Job(
            kind="srs_sufficiency",
            service="settlements",
            parameters=params,
            title=tr("Regional standards of settlements"),
            pack_file=pack_file_of(str(params["NORM_PACK"])),
            extra_outputs=dict.fromkeys(TABLES, "table"),
        )
        self.run = ChecksRun([job], self.project, self)
        self.run.progressChanged.connect(lambda value: self.progress.setValue(round(value)))
        self.run.finished.connect(self._run_finished)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.run.start()

    def cancel_run(self) -> None:
        """Cancel the running check."""
        if self.run is not None:
            self.run.cancel()

    def _run_finished(self, ok: bool, results: list[JobResult]) -> None:
        """Write the settlements and tables to the results file, add them from it, fill the results."""
        try:
            self._take_result(results)
        finally:
            release(self.run)

    def _take_result(self, results: list[JobResult]) -> None:
        """Style and add the settlements, keep the tables, fill the results."""
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        result = results[0] if results else None
        if result is None or result.layer is None:
            errors = " ".join(result.errors) if result is not None else ""
            self.dock.message(tr("Regional standards: {error}").format(error=errors), Qgis.MessageLevel.Critical)
            return
        self.progress.setValue(100)
        from almaty_planner import styles

        name_field = self.field_combos["SETTLEMENT_NAME_FIELD"].currentField() or None
        parts = [
            Part(
                "sufficiency",
                result.layer,
                tr("Settlements: sufficiency"),
                style=lambda layer: styles.apply_style(layer, "srs_settlements", name_field),
            )
        ]
        for name, role in TABLE_ROLES.items():
            table = result.extra_layers.get(name)
            if table is not None:
                title = tr("Settlements: checklist") if role == "details" else role
                parts.append(Part(role, table, title, on_map=role == "details"))
        if not self.keep(parts):
            return
        self.inner_tabs.setCurrentIndex(1)
        self.dock.message(tr("The regional standards check is done."), Qgis.MessageLevel.Success, 5)

    def clear_result(self) -> None:
        """An empty Results page: no layer, no tables, the workbook disabled."""
        self.layer = None
        self.tables = {}
        self.details = []
        self._title_cache = ({}, {})
        self.summary.setText(tr("Run the check to see the settlements' sufficiency."))
        self.settlement_combo.clear()
        for table in (self.checklist, self.aggregates, self.build_table):
            table.clear()
            table.setRowCount(0)
            table.setColumnCount(0)
        self.plan_label.setText("")
        self.workbook_button.setEnabled(False)

    # -- results ----------------------------------------------------------------------------------
    def show_stored(self) -> None:
        """Summary, settlement choice, aggregates, what to build and the plan, from the result layers."""
        layer = self.layer = self.stored.layers.get("sufficiency")
        if layer is None:
            self.clear_result()
            return
        self.tables = {name: t for name, role in TABLE_ROLES.items() if (t := self.stored.get(role)) is not None}
        self.details = _features(self.tables.get("OUTPUT_DETAILS"))
        self._title_cache = self._titles()
        aggregates = _features(self.tables.get("OUTPUT_AGGREGATES"))
        actions = _features(self.tables.get("OUTPUT_ACTIONS"))
        plan = _features(self.tables.get("OUTPUT_PLAN"))
        settlements = sorted(
            _features(layer),
            key=lambda f: (
                f.get("sufficiency_pct") is None or str(f.get("sufficiency_pct")) == "NULL",
                f.get("sufficiency_pct") or 0,
            ),
        )
        self.settlement_combo.blockSignals(True)
        self.settlement_combo.clear()
        names = {d["settlement"]: d.get("settlement_name") for d in self.details}
        for f in settlements:
            sid = f.get("settlement")
            pct = f.get("sufficiency_pct")
            pct_text = "-" if pct is None or str(pct) == "NULL" else f"{float(pct):.1f}%"
            self.settlement_combo.addItem(f"{names.get(sid, sid)} — {pct_text}", sid)
        self.settlement_combo.blockSignals(False)
        if aggregates:
            all_row = aggregates[0]
            formula = all_row.get("sufficiency_formula")
            self.summary.setText(
                tr(
                    "{n} settlements: mean sufficiency {mean}%, by population {weighted}% (formula {formula}: our "
                    "reading, the official formula is not published)."
                ).format(
                    n=all_row.get("settlements"),
                    mean=_pct(all_row.get("mean_sufficiency_pct")),
                    weighted=_pct(all_row.get("population_weighted_pct")),
                    formula=formula,
                )
            )
        from almaty_planner.gui.dock import pack_warning

        changed = pack_warning(layer)
        if changed:
            self.summary.setText(self.summary.text() + " " + changed)
        band_cols = [k for k in (aggregates[0] if aggregates else {}) if k.startswith("band_")]
        _fill(
            self.aggregates,
            [tr("Group"), tr("Settlements"), tr("Residents"), tr("Mean, %"), tr("By population, %"), *band_cols],
            [
                [a.get("group"), a.get("settlements"), a.get("residents"), a.get("mean_sufficiency_pct"),
                 a.get("population_weighted_pct"), *[a.get(c) for c in band_cols]]
                for a in aggregates
            ],
        )  # fmt: skip
        _fill(
            self.build_table,
            [
                tr("Rank"),
                tr("Settlement"),
                tr("Build or provide"),
                tr("Standard"),
                tr("Residents served"),
                tr("Level gain, points"),
            ],
            [
                [a.get("rank"), a.get("settlement_name"), a.get("build"), a.get("standard_id"),
                 a.get("residents_served"), a.get("level_gain_points")]
                for a in actions[:200]
            ],
        )  # fmt: skip
        if plan:
            last = plan[-1]
            text = tr(
                "{n} objects bring the level to {level}% (target {target}%); chosen greedily, not proven the shortest."
            )
            self.plan_label.setText(
                text.format(n=len(plan), level=_pct(last.get("level_after_pct")), target=_pct(last.get("target_pct")))
            )
        else:
            self.plan_label.setText(tr("No object is needed to reach the target, or none can raise the level."))
        self.workbook_button.setEnabled(True)
        self._settlement_chosen()

    def _titles(self) -> tuple[dict[str, str], dict[str, str]]:
        """Titles of the standards and directions of the pack used (ids when it cannot be read)."""
        features = _features(self.layer) if self.layer is not None else []
        pack_id = features[0].get("norm_pack") if features else None
        try:
            from almaty_planner.core.norms import load_pack
            from almaty_planner.core.standards import standards_of
            from almaty_planner.gui.dock import norm_dirs

            stds = standards_of(load_pack(str(pack_id), norm_dirs()))
        except Exception:  # a pack removed since the run: show the ids
            return {}, {}
        lang = language()
        return (
            {st.id: st.title(lang) for st in stds.standards},
            {d: stds.direction_title(d, lang) for d in stds.directions},
        )

    def _settlement_chosen(self, *_args: Any) -> None:
        """The checklist of the chosen settlement; select it on the map."""
        sid = self.settlement_combo.currentData()
        rows = [d for d in self.details if d.get("settlement") == sid]
        titles, directions = self._title_cache if getattr(self, "_title_cache", None) else ({}, {})
        _fill(
            self.checklist,
            [tr("Standard"), tr("Direction"), tr("Status"), tr("Value"), tr("Threshold"), tr("Unit"), tr("Detail")],
            [
                [titles.get(str(d.get("standard_id")), d.get("standard_id")),
                 directions.get(str(d.get("direction")), d.get("direction")),
                 status_text(str(d.get("status"))), d.get("value"),
                 d.get("threshold"), d.get("unit"), d.get("detail")]
                for d in rows
            ],
            [STATUS_COLOURS.get(str(d.get("status"))) for d in rows],
        )  # fmt: skip
        if self.layer is not None and sid is not None:
            ids = [f.id() for f in self.layer.getFeatures() if f["settlement"] == sid]
            self.layer.selectByIds(ids)

    def export_workbook(self) -> None:
        """Ask for a file and write the monitoring workbook with excel_report."""
        path, _ = QFileDialog.getSaveFileName(self, tr("Monitoring workbook"), "", tr("Excel workbook (*.xlsx)"))
        if path:
            self.write_workbook(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def write_workbook(self, path: str) -> ChecksRun | None:
        """Run excel_report on the settlements and their checklist (in the background)."""
        details = self.tables.get("OUTPUT_DETAILS")
        if self.layer is None or details is None:
            return None
        job = Job(
            kind="excel_report",
            service="settlements_report",
            parameters={"INPUTS": [self.layer, details], "LANGUAGE": language(), "OUTPUT": path},
            title=tr("Monitoring workbook"),
            output_is_layer=False,
        )
        run = ChecksRun([job], self.project, self)
        run.finished.connect(lambda ok, results: self._workbook_written(ok, results, path))
        self._report_run = run
        run.start()
        return run

    def _workbook_written(self, ok: bool, results: list[JobResult], path: str) -> None:
        """Tell the planner where the workbook is, or why it failed."""
        if ok:
            self.dock.message(tr("Wrote {path}").format(path=path), Qgis.MessageLevel.Success, 5)
        else:
            errors = " ".join(e for r in results for e in r.errors)
            self.dock.message(
                tr("The workbook was not written: {error}").format(error=errors), Qgis.MessageLevel.Critical
            )


def _pct(value: Any) -> str:
    """A percentage with one decimal, or a dash."""
    if value is None or str(value) == "NULL":
        return "-"
    return f"{float(value):.1f}"
