"""A small horizontal bar chart of deficits by unit, painted with QPainter (no plotting library)."""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPalette
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from almaty_planner.toolbelt import tr

BAR_COLOUR = QColor(215, 48, 39)
MAX_BARS = 12
ROW_HEIGHT = 18
MARGIN = 4


class DeficitChart(QWidget):
    """Bars of the largest deficits, longest first; units without a deficit are not drawn."""

    def __init__(self, parent: Any = None) -> None:
        """An empty chart."""
        super().__init__(parent)
        self._items: list[tuple[str, float]] = []
        self._hidden = 0
        self._unit = ""
        self.setObjectName("AlmatyPlannerDeficitChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(60)

    def set_values(self, values: list[tuple[str, float | None]], unit: str = "") -> None:
        """Show ``(unit name, deficit)`` pairs; ``None`` and values <= 0 are left out."""
        positive = [(name, float(v)) for name, v in values if v is not None and float(v) > 0]
        positive.sort(key=lambda item: -item[1])
        self._items = positive[:MAX_BARS]
        self._hidden = max(0, len(positive) - MAX_BARS)
        self._unit = unit
        self.updateGeometry()
        self.update()

    def items(self) -> list[tuple[str, float]]:
        """The bars drawn, longest first."""
        return list(self._items)

    def sizeHint(self) -> QSize:
        """Tall enough for every bar."""
        return QSize(260, max(60, MARGIN * 2 + ROW_HEIGHT * (len(self._items) + 1)))

    def bar_rects(self) -> list[QRectF]:
        """The rectangles of the bars in widget coordinates (what ``paintEvent`` fills)."""
        if not self._items:
            return []
        label_w = min(self.width() * 0.4, 140.0)
        value_w = 70.0
        span = max(self.width() - label_w - value_w - MARGIN * 3, 10.0)
        top = self._items[0][1]
        rects = []
        for i, (_name, value) in enumerate(self._items):
            y = MARGIN + ROW_HEIGHT * (i + 1)
            rects.append(QRectF(label_w + MARGIN * 2, y + 3, span * value / top, ROW_HEIGHT - 6))
        return rects

    def paintEvent(self, event: Any) -> None:
        """Draw the title, the bars, the unit names and the values."""
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            text_colour = self.palette().color(QPalette.ColorRole.WindowText)
            painter.setPen(text_colour)
            title = tr("Deficit by unit")
            if self._unit:
                title = tr("Deficit by unit ({unit})").format(unit=self._unit)
            painter.drawText(
                QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, ROW_HEIGHT), Qt.AlignmentFlag.AlignLeft, title
            )
            if not self._items:
                painter.drawText(
                    QRectF(MARGIN, MARGIN + ROW_HEIGHT, self.width() - 2 * MARGIN, ROW_HEIGHT),
                    Qt.AlignmentFlag.AlignLeft,
                    tr("No unit has a deficit."),
                )
                return
            label_w = min(self.width() * 0.4, 140.0)
            metrics = painter.fontMetrics()
            for (name, value), rect in zip(self._items, self.bar_rects()):
                y = rect.top() - 3
                label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(label_w))
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(MARGIN, y, label_w, ROW_HEIGHT),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
                painter.fillRect(rect, BAR_COLOUR)
                painter.drawText(
                    QRectF(rect.right() + MARGIN, y, 80, ROW_HEIGHT),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    f"{value:,.0f}".replace(",", "\u202f"),
                )
        finally:
            painter.end()
