"""The Inputs tab of the dock: units, facilities, green space, sewerage and water, norms and methods; an
"Advanced" section with every other input the algorithms take; where the results are written; Run.

Built for a narrow dock (300 px and up, in English, Russian and Kazakh): labels sit above their
fields, combos shrink to a few characters, the page scrolls vertically and never horizontally.
"""

from __future__ import annotations

from typing import Any

from qgis.core import QgsFieldProxyModel, QgsMapLayerProxyModel
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from almaty_planner.core import definitions
from almaty_planner.gui.tab_results import run_row
from almaty_planner.toolbelt import tr

METHODS = definitions.METHODS
REACH_METHODS = definitions.REACH_METHODS
WARNING_STYLE = "color: #9c4a00;"


def _qt(text: str) -> str:
    """Translate a label of ``core.definitions`` with Qt's translator (its compiled .qm)."""
    return tr(text, definitions.CONTEXT)


def service_label(service: str, pack: Any = None) -> str:
    """The translated name of a service as the panel shows it (with its capacity unit)."""
    return definitions.service_label(service, pack, translate=_qt)


def method_label(method: str) -> str:
    """The translated name of a method."""
    return definitions.method_label(method, translate=_qt)


def _form(parent: QWidget) -> QFormLayout:
    """A form whose labels sit above their fields (fits a narrow dock in every language)."""
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setContentsMargins(6, 6, 6, 6)
    return form


def _add_row(form: QFormLayout, text: str, field: Any) -> None:
    """A label on a row of its own (the whole width, wrapped), then its field under it."""
    form.addRow(_label(text))
    form.addRow(field)


def _label(text: str) -> QLabel:
    """A label that wraps instead of widening the dock."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setMinimumWidth(40)
    return label


def _layer_combo(name: str, filters: Any, allow_empty: bool = True) -> QgsMapLayerComboBox:
    """A layer chooser (empty allowed, nothing chosen)."""
    combo = QgsMapLayerComboBox()
    combo.setObjectName(name)
    combo.setFilters(filters)
    combo.setAllowEmptyLayer(allow_empty)
    if allow_empty:
        combo.setLayer(None)
    return combo


def _field_combo(name: str, filters: Any = None) -> QgsFieldComboBox:
    """A field chooser that may stay empty (then Run names the field to choose)."""
    combo = QgsFieldComboBox()
    combo.setObjectName(name)
    if filters is not None:
        combo.setFilters(filters)
    combo.setAllowEmptyFieldName(True)
    return combo


class InputsTab(QWidget):
    """Every input widget; the dock reads and writes them (no logic here beyond layout)."""

    def __init__(self, parent: Any = None) -> None:
        """Build the page."""
        super().__init__(parent)
        self.setObjectName("AlmatyPlannerInputsTab")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("inputsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("inputsPage")
        inner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(inner)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self._units_group())
        box.addWidget(self._services_group())
        box.addWidget(self._other_group())
        box.addWidget(self._norms_group())
        box.addWidget(self._advanced_group())
        box.addWidget(self._output_group())
        box.addStretch(1)
        for combo in inner.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.scroll.setWidget(inner)
        outer.addWidget(self.scroll, 1)
        outer.addLayout(self._run_row())

    # -- groups -----------------------------------------------------------------------------------
    def _units_group(self) -> QGroupBox:
        """Units layer, population and name fields."""
        group = QGroupBox(tr("Units (districts or microdistricts)"))
        form = _form(group)
        self.units_combo = _layer_combo("unitsLayer", QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.population_combo = _field_combo("populationField", QgsFieldProxyModel.Filter.Numeric)
        self.name_combo = _field_combo("nameField")
        _add_row(form, tr("Layer"), self.units_combo)
        _add_row(form, tr("Population field"), self.population_combo)
        _add_row(form, tr("Name field"), self.name_combo)
        return group

    def _services_group(self) -> QGroupBox:
        """One facility layer and capacity field per service of the packs (rows added by :meth:`add_service`)."""
        group = QGroupBox(tr("Facilities and their capacity"))
        self.services_form = _form(group)
        self.service_layers: dict[str, QgsMapLayerComboBox] = {}
        self.service_fields: dict[str, QgsFieldComboBox] = {}
        self.service_titles: dict[str, QLabel] = {}
        self._service_widgets: dict[str, list[QWidget]] = {}
        return group

    def add_service(self, service: str, title: str) -> bool:
        """Rows for ``service``: facility layer and capacity field, and its status, load, shifts and year fields
        under Advanced; False when the service has its rows already."""
        if service in self.service_layers:
            return False
        layer_combo = _layer_combo(
            f"facilities_{service}",
            QgsMapLayerProxyModel.Filter.PointLayer | QgsMapLayerProxyModel.Filter.PolygonLayer,
        )
        field_combo = _field_combo(f"capacity_{service}", QgsFieldProxyModel.Filter.Numeric)
        field_combo.setToolTip(tr("Capacity field"))
        row = QWidget()
        row_layout = QVBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(2)
        row_layout.addWidget(layer_combo)
        capacity = QHBoxLayout()
        capacity.addWidget(_label(tr("Capacity field")), 1)
        capacity.addWidget(field_combo, 2)
        row_layout.addLayout(capacity)
        label = _label(title)
        label.setObjectName(f"service_{service}")
        self.services_form.addRow(label)
        self.services_form.addRow(row)
        status = _field_combo(f"status_{service}")
        load = _field_combo(f"load_{service}", QgsFieldProxyModel.Filter.Numeric)
        shifts = _field_combo(f"shifts_{service}", QgsFieldProxyModel.Filter.Numeric)
        year = _field_combo(f"year_{service}", QgsFieldProxyModel.Filter.Numeric)
        advanced = QWidget()
        grid = _form(advanced)
        grid.setContentsMargins(0, 0, 0, 0)
        _add_row(grid, tr("Status field"), status)
        _add_row(grid, tr("Actual load field (e.g. pupils enrolled)"), load)
        _add_row(grid, tr("Shifts field"), shifts)
        _add_row(grid, tr("Commissioning year field (empty value: counted)"), year)
        advanced_label = _label(title)
        self.advanced_form.addRow(advanced_label)
        self.advanced_form.addRow(advanced)
        for combo in (layer_combo, field_combo, status, load, shifts, year):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.service_layers[service] = layer_combo
        self.service_fields[service] = field_combo
        self.service_titles[service] = label
        self.status_fields[service] = status
        self.load_fields[service] = load
        self.shifts_fields[service] = shifts
        self.year_fields[service] = year
        self._service_widgets[service] = [label, row, advanced_label, advanced]
        return True

    def show_services(self, offered: list[str]) -> None:
        """Show the rows of the ``offered`` services (those of the chosen pack), hide the others."""
        for service, widgets in self._service_widgets.items():
            for widget in widgets:
                widget.setVisible(service in offered)

    def _other_group(self) -> QGroupBox:
        """Green areas; residents with sewerage and water (fields of the units)."""
        group = QGroupBox(tr("Green space, sewerage and water supply"))
        form = _form(group)
        self.green_combo = _layer_combo("greenLayer", QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.sewer_combo = _field_combo("sewerField", QgsFieldProxyModel.Filter.Numeric)
        self.water_combo = _field_combo("waterField", QgsFieldProxyModel.Filter.Numeric)
        _add_row(form, tr("Public green areas"), self.green_combo)
        _add_row(form, tr("Residents with sewerage"), self.sewer_combo)
        _add_row(form, tr("Residents with water supply"), self.water_combo)
        return group

    def _norms_group(self) -> QGroupBox:
        """Norm pack (with its values) and the methods, several at once."""
        group = QGroupBox(tr("Norms and method"))
        form = _form(group)
        pack_row = QHBoxLayout()
        self.pack_combo = QComboBox()
        self.pack_combo.setObjectName("normPack")
        self.values_button = QPushButton(tr("Values…"))
        self.values_button.setObjectName("normValues")
        self.values_button.setToolTip(tr("Show the norm values with their sources; edit and save as a new pack"))
        self.values_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        pack_row.addWidget(self.pack_combo, 1)
        pack_row.addWidget(self.values_button)
        _add_row(form, tr("Norm pack"), pack_row)
        methods = QWidget()
        methods.setObjectName("methods")
        methods_box = QVBoxLayout(methods)
        methods_box.setContentsMargins(0, 0, 0, 0)
        methods_box.setSpacing(1)
        self.method_checks: dict[str, QCheckBox] = {}
        for method in METHODS:
            check = QCheckBox(method_label(method))
            check.setObjectName(f"method_{method}")
            check.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            check.setToolTip(method_label(method))
            methods_box.addWidget(check)
            self.method_checks[method] = check
        self.method_checks["unit_balance"].setChecked(True)
        _add_row(form, tr("Methods (one result each)"), methods)
        self.points_warning = _label("")
        self.points_warning.setObjectName("pointsWarning")
        self.points_warning.setStyleSheet(WARNING_STYLE)
        self.points_warning.setVisible(False)
        form.addRow(self.points_warning)
        return group

    def _advanced_group(self) -> QgsCollapsibleGroupBox:
        """Population points, street network, tier and development, statuses and loads, radius."""
        group = QgsCollapsibleGroupBox(tr("Advanced"))
        group.setObjectName("advanced")
        group.setCollapsed(True)
        form = _form(group)
        self.points_combo = _layer_combo(
            "populationPoints", QgsMapLayerProxyModel.Filter.PointLayer | QgsMapLayerProxyModel.Filter.PolygonLayer
        )
        self.points_field_combo = _field_combo("pointsPopulationField", QgsFieldProxyModel.Filter.Numeric)
        self.network_combo = _layer_combo("streetNetwork", QgsMapLayerProxyModel.Filter.LineLayer)
        self.tier_combo = _field_combo("tierField")
        self.development_combo = _field_combo("developmentField", QgsFieldProxyModel.Filter.String)
        self.radius_edit = QLineEdit()
        self.radius_edit.setObjectName("radiusOverride")
        self.radius_edit.setPlaceholderText(tr("the pack's radius"))
        self.statuses_edit = QLineEdit()
        self.statuses_edit.setObjectName("statuses")
        self.statuses_edit.setPlaceholderText("existing")
        _add_row(form, tr("Population points or buildings (where the residents live)"), self.points_combo)
        _add_row(form, tr("Residents field of the points"), self.points_field_combo)
        _add_row(form, tr("Street network (distances along streets)"), self.network_combo)
        _add_row(form, tr("Settlement tier field (1-5)"), self.tier_combo)
        _add_row(form, tr("Development type field (multi_storey, low_rise)"), self.development_combo)
        _add_row(form, tr("Radius in metres (empty: the pack's radius)"), self.radius_edit)
        _add_row(form, tr("Facility statuses counted (comma-separated)"), self.statuses_edit)
        self.up_to_year_edit = QLineEdit()
        self.up_to_year_edit.setObjectName("upToYear")
        self.up_to_year_edit.setPlaceholderText(tr("all years"))
        _add_row(
            form,
            tr("Count facilities commissioned up to this year (empty: all; needs the commissioning year field)"),
            self.up_to_year_edit,
        )
        self.status_fields: dict[str, QgsFieldComboBox] = {}
        self.load_fields: dict[str, QgsFieldComboBox] = {}
        self.shifts_fields: dict[str, QgsFieldComboBox] = {}
        self.year_fields: dict[str, QgsFieldComboBox] = {}
        self.advanced_form = form
        return group

    def _output_group(self) -> QGroupBox:
        """The GeoPackage the results are written to (kept with the project)."""
        group = QGroupBox(tr("Results file"))
        form = _form(group)
        self.output_widget = QgsFileWidget()
        self.output_widget.setObjectName("outputGeoPackage")
        self.output_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output_widget.setConfirmOverwrite(False)
        self.output_widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        _add_row(form, tr("GeoPackage of the results (with their styles)"), self.output_widget)
        return group

    def _run_row(self) -> QHBoxLayout:
        """Run, Cancel and the progress bar under the scrolling page."""
        row, self.run_button, self.cancel_button, self.progress = run_row(tr("Run"), "run", "cancel", "progress")
        row.setContentsMargins(4, 2, 4, 4)
        self.progress.setValue(0)
        self.progress.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return row

    # -- values -----------------------------------------------------------------------------------
    def methods(self) -> list[str]:
        """The methods ticked, in the panel's order."""
        return [m for m, check in self.method_checks.items() if check.isChecked()]

    def set_methods(self, methods: list[str]) -> None:
        """Tick exactly ``methods``."""
        for method, check in self.method_checks.items():
            check.setChecked(method in methods)
