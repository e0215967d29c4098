"""The Results tab of the dock: which result (service and method), the units table, the deficit chart, the
note on how it was computed, and the exports (Excel report, PDF atlas over districts).

The table keeps its important columns visible in a narrow dock: columns are shown in the order of
importance (unit, deficit, provision, met within the norm, meets norm, demand, capacity) as long as
they fit; the others come back when the dock is widened.
"""

from __future__ import annotations

from typing import Any

from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from almaty_planner.gui.chart import DeficitChart
from almaty_planner.gui.units_model import UnitsTableModel, sorting_proxy
from almaty_planner.toolbelt import tr

NAME_MIN = 70
NAME_MAX = 170
NUMBER_MAX = 110


class UnitsTable(QTableView):
    """The units table: shows as many columns as fit, by importance."""

    def __init__(self, model: UnitsTableModel, parent: Any = None) -> None:
        """A sortable, read-only table over ``model`` (through a sorting proxy)."""
        super().__init__(parent)
        self.units_model = model
        self.setObjectName("unitsTable")
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(30)

    def fit_columns(self) -> None:
        """Size every column to its content (the name between NAME_MIN and NAME_MAX) and hide the
        least important ones that do not fit the visible width; empty columns are hidden."""
        model = self.units_model
        available = max(self.viewport().width(), 1)
        header = self.horizontalHeader()
        used = 0
        full = False
        for column, name in enumerate(model.COLUMNS):
            if name != "name" and not model.has_values(name):
                self.setColumnHidden(column, True)
                continue
            self.setColumnHidden(column, False)
            self.resizeColumnToContents(column)
            width = header.sectionSize(column)
            if name == "name":
                width = max(NAME_MIN, min(NAME_MAX, width, available // 2))
                self.setColumnWidth(column, width)
            elif width > NUMBER_MAX:  # a long header is elided (its tooltip says it all), the numbers fit
                width = NUMBER_MAX
                self.setColumnWidth(column, width)
            if column > 0 and (full or used + width > available):
                full = True  # the less important columns after the first that does not fit stay hidden
                self.setColumnHidden(column, True)
                continue
            used += width
        # give the spare width to the name column
        spare = available - used
        if spare > 0 and not self.isColumnHidden(0):
            self.setColumnWidth(0, header.sectionSize(0) + spare)

    def visible_columns(self) -> list[str]:
        """The names of the columns shown."""
        return [n for c, n in enumerate(self.units_model.COLUMNS) if not self.isColumnHidden(c)]

    def resizeEvent(self, event: Any) -> None:
        """Refit the columns to the new width."""
        super().resizeEvent(event)
        self.fit_columns()


class ResultsTab(QWidget):
    """Every result widget; the dock fills them."""

    def __init__(self, parent: Any = None) -> None:
        """Build the page."""
        super().__init__(parent)
        self.setObjectName("AlmatyPlannerResultsTab")
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        show = QLabel(tr("Show"))
        row.addWidget(show)
        self.result_combo = QComboBox()
        self.result_combo.setObjectName("resultChoice")
        self.result_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.result_combo.setMinimumContentsLength(8)
        self.result_combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        row.addWidget(self.result_combo, 1)
        box.addLayout(row)
        self.model = UnitsTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = UnitsTable(self.model)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        box.addWidget(self.table, 3)
        self.chart = DeficitChart()
        box.addWidget(self.chart, 2)
        self.note = QLabel()
        self.note.setObjectName("resultNote")
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.note)

        exports = QGroupBox(tr("Reports"))
        form = QFormLayout(exports)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.export_button = QPushButton(tr("Export Excel report…"))
        self.export_button.setObjectName("exportExcel")
        self.export_button.setEnabled(False)
        form.addRow(self.export_button)
        self.atlas_layer = QgsMapLayerComboBox()
        self.atlas_layer.setObjectName("atlasPages")
        self.atlas_layer.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.atlas_layer.setAllowEmptyLayer(True)
        self.atlas_layer.setLayer(None)
        self.atlas_layer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.atlas_name = QgsFieldComboBox()
        self.atlas_name.setObjectName("atlasPageName")
        self.atlas_name.setAllowEmptyFieldName(True)
        self.atlas_name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.atlas_layer.layerChanged.connect(self.atlas_name.setLayer)
        pages = QLabel(tr("Atlas pages (districts) and their names"))
        pages.setWordWrap(True)
        form.addRow(pages)
        form.addRow(self.atlas_layer)
        form.addRow(self.atlas_name)
        self.atlas_button = QPushButton(tr("Export PDF atlas…"))
        self.atlas_button.setObjectName("exportAtlas")
        self.atlas_button.setEnabled(False)
        form.addRow(self.atlas_button)
        box.addWidget(exports)
