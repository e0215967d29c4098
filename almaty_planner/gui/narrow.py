"""Make a tab page fit a narrow dock (300 px and up, in English, Russian and Kazakh).

One place for what the Inputs tab does by construction, applied to the pages other tabs build: form
labels on rows of their own above their fields, long group titles as wrapped labels, labels wrapped,
combos shrunk to a few characters, progress bars giving way to the buttons beside them, check boxes and
radio buttons allowed to be narrower than their text (their text is then cut at the dock's edge, the
whole text in the tooltip, rather than the whole page being cut). The page never widens the dock.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

__all__ = ["fit_narrow"]

#: Characters a shrunk combo box still shows.
COMBO_CHARACTERS = 6


#: Width (px) a push button may shrink to when the row has no room for its whole text.
BUTTON_WIDTH = 48

#: Width (px) above which a group box's title moves into a wrapped label at the top of the group.
TITLE_WIDTH = 160


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


def fit_narrow(page: QWidget) -> None:
    """Re-lay ``page`` and all its children for a narrow dock (in place)."""
    for group in page.findChildren(QGroupBox):
        _title_to_label(group)
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
    for button in page.findChildren(QAbstractButton):
        if isinstance(button, (QCheckBox, QRadioButton)):
            if _ignore_width(button):
                button.setToolTip(button.toolTip() or button.text())
        elif isinstance(button, QPushButton) and button.minimumWidth() == 0:  # keeps its words while there is room
            button.setMinimumWidth(BUTTON_WIDTH)
            button.setToolTip(button.toolTip() or button.text())
    for bar in page.findChildren(QProgressBar):
        _ignore_width(bar)  # beside Run and Cancel: the bar gives way, the buttons keep their words


def _ignore_width(widget: QWidget) -> bool:
    """Let a layout make ``widget`` narrower than its hint (not when its width is fixed on purpose)."""
    policy = widget.sizePolicy()
    if policy.horizontalPolicy() == QSizePolicy.Policy.Fixed:
        return False
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    widget.setSizePolicy(policy)
    return True
