"""The table of units (name, deficit, provision %, met within the norm %, meets norm, demand, capacity) behind a
sorting proxy. The columns are in the order of importance: a narrow dock shows the first ones."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QBrush, QColor

from almaty_planner.toolbelt import tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FID_ROLE = Qt.ItemDataRole.UserRole + 2
DEFICIT_COLOUR = QColor(215, 48, 39)
SURPLUS_COLOUR = QColor(26, 152, 80)
NO_DATA_COLOUR = QColor(150, 150, 150)


@dataclass
class UnitRow:
    """One unit of a result layer, as the table shows it."""

    fid: int
    name: str
    demand: float | None
    capacity: float | None
    deficit: float | None
    provision_pct: float | None
    meets_norm: bool | None
    within_norm_pct: float | None = None


def _number(value: Any) -> float | None:
    """A float, or None for NULL / text / NaN."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _flag(value: Any) -> bool | None:
    """A yes/no field (bool, 0/1, "true"/"false"), or None for NULL."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "yes", "1", "t", "y"):
            return True
        if text in ("false", "no", "0", "f", "n"):
            return False
        return None
    number = _number(value)
    return None if number is None else bool(number)


def rows_from_layer(layer: Any) -> list[UnitRow]:
    """Read the standard result columns of every feature of a result layer."""
    names = set(layer.fields().names())

    def get(feature: Any, name: str) -> Any:
        return feature[name] if name in names else None

    rows = []
    for feature in layer.getFeatures():
        name = get(feature, "unit_name")
        rows.append(
            UnitRow(
                fid=feature.id(),
                name="" if name is None or (hasattr(name, "isNull") and name.isNull()) else str(name),
                demand=_number(get(feature, "demand")),
                capacity=_number(get(feature, "capacity")),
                deficit=_number(get(feature, "deficit")),
                provision_pct=_number(get(feature, "provision_pct")),
                meets_norm=_flag(get(feature, "meets_norm")),
                within_norm_pct=_number(get(feature, "within_norm_pct")),
            )
        )
    return rows


class UnitsTableModel(QAbstractTableModel):
    """Rows of :class:`UnitRow`; DisplayRole is formatted text, ``SORT_ROLE`` the raw value."""

    COLUMNS = ("name", "deficit", "provision_pct", "within_norm_pct", "meets_norm", "demand", "capacity")

    def __init__(self, parent: Any = None) -> None:
        """An empty table."""
        super().__init__(parent)
        self._rows: list[UnitRow] = []

    def headers(self) -> list[str]:
        """The translated column headers."""
        return [
            tr("Unit"),
            tr("Deficit"),
            tr("Provision, %"),
            tr("Met within the norm, %"),
            tr("Meets norm"),
            tr("Demand"),
            tr("Capacity"),
        ]

    def header_tips(self) -> list[str]:
        """What each column means (the header's tooltip)."""
        return [
            tr("The unit's name"),
            tr("Capacity missing to meet the norm, in the service's unit"),
            tr("Capacity of the unit's facilities against its demand (100 × capacity / demand)"),
            tr("Share of the demand met within the norm's radius (methods by distance)"),
            tr("Whether the unit meets the norm"),
            tr("Demand from the norm pack"),
            tr("Capacity of the facilities in the unit"),
        ]

    def has_values(self, column: str) -> bool:
        """True when some row has a value in ``column`` (empty columns are hidden)."""
        return any(getattr(r, column) is not None for r in self._rows)

    def set_rows(self, rows: list[UnitRow]) -> None:
        """Replace the content of the table."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[UnitRow]:
        """The rows in model order (not the sorted view order)."""
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of units (0 under a valid parent: a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column headers."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tips()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Formatted text, raw sort value, fid, alignment and the deficit colour."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        value = getattr(row, column)
        if role == FID_ROLE:
            return row.fid
        if role == SORT_ROLE:
            if column == "name":
                return row.name
            if column == "meets_norm":
                return -1 if value is None else int(value)
            return -math.inf if value is None else float(value)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "name":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in ("deficit", "meets_norm"):
            if row.meets_norm is None and row.deficit is None:
                return QBrush(NO_DATA_COLOUR)
            if (row.deficit or 0) > 0 or row.meets_norm is False:
                return QBrush(DEFICIT_COLOUR)
            return QBrush(SURPLUS_COLOUR)
        return None

    @staticmethod
    def _text(column: str, value: Any) -> str:
        """The text of one cell."""
        if column == "name":
            return value
        if column == "meets_norm":
            if value is None:
                return tr("no data")
            return tr("yes") if value else tr("no")
        if value is None:
            return "—"
        if column in ("provision_pct", "within_norm_pct"):
            return f"{value:,.1f}".replace(",", "\u202f")
        return f"{value:,.0f}".replace(",", "\u202f")


def sorting_proxy(model: UnitsTableModel, parent: Any = None) -> QSortFilterProxyModel:
    """A proxy that sorts numbers as numbers and names in the locale's order."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
