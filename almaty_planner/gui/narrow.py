"""Make a tab page fit a narrow dock (300 px and up, in English, Russian and Kazakh).

One place for what the Inputs tab does by construction, applied to the pages other tabs build: form
labels on rows of their own above their fields, long group titles as wrapped labels, labels wrapped,
combos shrunk to a few characters, progress bars giving way to the buttons beside them, rows of push
buttons that have no room for their whole text side by side stacked one above the other (re-decided on
every resize: side by side again in a wide dock), long check box texts in a wrapped label beside the box
(a click on the label toggles the box), short check boxes and radio buttons allowed to be narrower than
their text (their text is then cut at the dock's edge, the whole text in the tooltip, rather than the
whole page being cut). The page never widens the dock.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

__all__ = ["fit_narrow", "stack_button_rows", "wrap_group_titles"]

#: Characters a shrunk combo box still shows.
COMBO_CHARACTERS = 6


#: Width (px) a push button may shrink to when the row has no room for its whole text.
BUTTON_WIDTH = 48

#: Width (px) above which a group box's title moves into a wrapped label at the top of the group.
TITLE_WIDTH = 160

#: Width (px) above which a check box's text moves into a wrapped label beside the box.
CHECK_TEXT_WIDTH = 160


def _title_to_label(group: QGroupBox) -> None:
    """A group box's long title (a group box is never narrower than its title) as a wrapped label."""
    title = group.title()
    layout = group.layout()
    if not title or group.fontMetrics().horizontalAdvance(title) <= TITLE_WIDTH:
        return
    label = QLabel(title)
    label.setWordWrap(True)
    label.setMinimumWidth(40)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    if isinstance(layout, QFormLayout):
        layout.insertRow(0, label)
    elif isinstance(layout, QBoxLayout):
        layout.insertWidget(0, label)
    else:
        return
    group.setTitle("")
    group.setToolTip(group.toolTip() or title)


def wrap_group_titles(page: QWidget) -> None:
    """Every group box title of ``page`` too long for a narrow dock becomes a wrapped label at the top
    of its group (a title is drawn on one line and cut at the dock's edge otherwise)."""
    for group in page.findChildren(QGroupBox):
        _title_to_label(group)


def fit_narrow(page: QWidget) -> None:
    """Re-lay ``page`` and all its children for a narrow dock (in place)."""
    wrap_group_titles(page)
    for form in page.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for label in page.findChildren(QLabel):
        if label.pixmap() is None or label.pixmap().isNull():
            label.setWordWrap(True)
            label.setMinimumWidth(min(label.minimumWidth(), 40))
    for combo in page.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
        _ignore_width(combo)  # a combo filled before (long items) keeps a cached wide minimum
    for check in page.findChildren(QCheckBox):
        _check_text_to_label(check)
    for button in page.findChildren(QAbstractButton):
        if isinstance(button, (QCheckBox, QRadioButton)):
            if _ignore_width(button):
                button.setToolTip(button.toolTip() or button.text())
        elif isinstance(button, QPushButton) and button.minimumWidth() == 0:  # keeps its words while there is room
            button.setMinimumWidth(BUTTON_WIDTH)
            button.setToolTip(button.toolTip() or button.text())
    for bar in page.findChildren(QProgressBar):
        _ignore_width(bar)  # beside Run and Cancel: the bar gives way, the buttons keep their words
    stack_button_rows(page)


def _ignore_width(widget: QWidget) -> bool:
    """Let a layout make ``widget`` narrower than its hint (not when its width is fixed on purpose)."""
    policy = widget.sizePolicy()
    if policy.horizontalPolicy() == QSizePolicy.Policy.Fixed:
        return False
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    widget.setSizePolicy(policy)
    return True


class _CheckLabel(QObject):
    """Keeps a check box's wrapped label in step with the box: a click on the label toggles the box
    (when enabled), the label is enabled, shown and hidden with the box."""

    def __init__(self, check: QCheckBox, label: QLabel) -> None:
        super().__init__(check)
        self.check = check
        self.label = label
        label.installEventFilter(self)
        check.installEventFilter(self)

    def eventFilter(self, watched: QObject | None, event: QEvent | None) -> bool:
        """Forward clicks on the label; follow the box's enabled state and visibility."""
        if event is None:
            return False
        kind = event.type()
        if watched is self.label and kind == QEvent.Type.MouseButtonRelease:
            if self.check.isEnabled():
                self.check.click()
            return True
        if watched is self.check:
            if kind == QEvent.Type.EnabledChange:
                self.label.setEnabled(self.check.isEnabled())
            elif kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
                self.label.setVisible(not self.check.isHidden())
        return False


def _check_text_to_label(check: QCheckBox) -> None:
    """A check box's long text (a check box cannot wrap) as a wrapped label beside the box."""
    text = check.text()
    parent = check.parentWidget()
    layout = parent.layout() if parent is not None else None
    if not text or layout is None or check.fontMetrics().horizontalAdvance(text) <= CHECK_TEXT_WIDTH:
        return
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setObjectName(f"{check.objectName()}Label" if check.objectName() else "")
    label.setWordWrap(True)
    label.setMinimumWidth(40)
    label.setToolTip(check.toolTip())
    label.setEnabled(check.isEnabled())
    label.setVisible(not check.isHidden())
    label.setCursor(Qt.CursorShape.PointingHandCursor)
    hidden = check.isHidden()
    if layout.replaceWidget(check, holder) is None:
        holder.deleteLater()
        return
    check.setText("")
    check.setSizePolicy(QSizePolicy.Policy.Fixed, check.sizePolicy().verticalPolicy())  # the box keeps its width
    check.setAccessibleName(text)
    check.setToolTip(check.toolTip() or text)
    row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    check.setVisible(not hidden)
    label.setVisible(not hidden)
    _CheckLabel(check, label)


class _RowStacker(QObject):
    """Lays rows of push buttons side by side while their whole texts fit, one above the other when not,
    and breaks a button's text over two lines when even a row of its own is narrower than it; decided
    again whenever a widget holding such a row or button is resized."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.rows: list[QBoxLayout] = []
        self.buttons: list[tuple[QPushButton, QLayout, str]] = []
        self.watched: set[int] = set()
        self._pending = False

    def _watch(self, layout: QLayout) -> None:
        holder = layout.parentWidget()
        if holder is not None and id(holder) not in self.watched:
            self.watched.add(id(holder))
            holder.installEventFilter(self)

    def add(self, row: QBoxLayout) -> None:
        """Watch ``row`` (a horizontal box layout holding push buttons)."""
        self.rows.append(row)
        self._watch(row)

    def add_button(self, button: QPushButton, layout: QLayout) -> None:
        """Watch ``button`` (a push button with words, in ``layout``)."""
        self.buttons.append((button, layout, button.text()))
        self._watch(layout)

    def eventFilter(self, watched: QObject | None, event: QEvent | None) -> bool:
        """On a resize, re-decide once the layouts have their new geometry."""
        if event is not None and event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.update)
        return False

    def update(self) -> None:
        """Stack each row whose buttons' whole texts do not fit its width, unstack it when they do; break
        the text of a button wider than its row over two lines."""
        self._pending = False
        stacked: set[int] = set()
        for row in self.rows:
            width = row.geometry().width()
            if width <= 0:
                continue
            wanted = QBoxLayout.Direction.TopToBottom if _row_width(row) > width else QBoxLayout.Direction.LeftToRight
            if row.direction() != wanted:
                row.setDirection(wanted)
            if wanted == QBoxLayout.Direction.TopToBottom:
                stacked.add(id(row))
        for button, layout, text in self.buttons:
            width = layout.geometry().width()
            if width <= 0:
                continue
            margins = layout.contentsMargins()
            room = width - margins.left() - margins.right()
            in_row = isinstance(layout, QBoxLayout) and layout.direction() == QBoxLayout.Direction.LeftToRight
            if in_row and id(layout) not in stacked:
                shown = text  # side by side: the row fits every whole text
            else:
                shown = text if _one_line_width(button, text) <= room else _two_lines(text)
            if button.text() != shown:
                button.setText(shown)


def _one_line_width(button: QPushButton, text: str) -> int:
    """Width of ``button``'s size hint with ``text`` on one line."""
    metrics = button.fontMetrics()
    current = max((metrics.horizontalAdvance(line) for line in button.text().split("\n")), default=0)
    return button.sizeHint().width() - current + metrics.horizontalAdvance(text)


def _two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle (unchanged without a space)."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:middle] + "\n" + text[middle + 1 :]


def _row_width(row: QBoxLayout) -> int:
    """Width the row needs side by side: each push button its one-line size hint, anything else its
    minimum."""
    margins = row.contentsMargins()
    spacing = max(row.spacing(), 0)
    widths = []
    for index in range(row.count()):
        item = row.itemAt(index)
        if item is None or item.isEmpty():
            continue
        widget = item.widget()
        if isinstance(widget, QPushButton):
            widths.append(_one_line_width(widget, widget.text().replace("\n", " ")))
        elif item.spacerItem() is None:
            widths.append(item.minimumSize().width())
    return sum(widths) + spacing * max(len(widths) - 1, 0) + margins.left() + margins.right()


def stack_button_rows(page: QWidget) -> None:
    """Let every horizontal row of ``page`` that holds push buttons beside other widgets stack its items
    one above the other when their whole texts do not fit side by side, and a push button's words go
    over two lines when it is wider than the page (in place; done once a page)."""
    if page.property("almatyRowsStacked"):
        return
    page.setProperty("almatyRowsStacked", True)
    stacker = _RowStacker(page)
    top = page.layout()
    layouts = ([top] if top is not None else []) + [x for x in page.findChildren(QLayout) if x is not top]
    for layout in layouts:
        buttons = []
        shown = 0
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None or item.spacerItem() is not None:
                continue
            shown += 1
            widget = item.widget()
            if isinstance(widget, QPushButton) and " " in widget.text():
                buttons.append(widget)
            elif isinstance(widget, QPushButton):
                buttons.append(None)
        horizontal = isinstance(layout, QBoxLayout) and layout.direction() == QBoxLayout.Direction.LeftToRight
        if horizontal and buttons and shown >= 2:
            stacker.add(layout)
        for button in buttons:
            if button is not None:
                stacker.add_button(button, layout)
