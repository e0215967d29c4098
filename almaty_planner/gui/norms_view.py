"""The norm pack's values with their sources, editable, saved as a new pack (``core.norms.save_pack``).

An edited value is no longer what its document says: the copy marks it ``unverified`` and notes the
value it replaced, so every result that uses it says so.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import Qgis
from qgis.gui import QgsPanelWidget
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from almaty_planner.core import definitions
from almaty_planner.core.errors import NormPackError
from almaty_planner.core.i18n import language
from almaty_planner.toolbelt import tr

LOGGER = logging.getLogger(__name__)
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
UNVERIFIED_COLOUR = QColor(200, 110, 0)


@dataclass
class ValueRow:
    """One value of a pack and where it sits in the pack's content (for editing)."""

    service: str
    key: str
    condition: str
    value: Any
    unit: str
    document: str
    clause: str
    edition: str
    confidence: str
    note: str
    path: tuple[Any, ...]


def _condition(when: Any) -> str:
    """``tier 4, 5; low_rise`` for a ``when`` mapping (empty for the default variant)."""
    parts = []
    for name, values in (when or {}).items():
        items = values if isinstance(values, (list, tuple)) else [values]
        parts.append(f"{name} {', '.join(str(v) for v in items)}")
    return "; ".join(parts)


def value_rows(pack: Any) -> list[ValueRow]:
    """Every value of ``pack`` (demand rates, coverages, keyed values and their variants) with sources."""
    content = pack.to_dict()
    sources = content.get("sources", {}) or {}
    rows: list[ValueRow] = []

    def add(service: str, key: str, raw: dict[str, Any], path: tuple[Any, ...], when: Any) -> None:
        source = sources.get(raw.get("source", ""), {}) or {}
        rows.append(
            ValueRow(
                service=service,
                key=key,
                condition=_condition(when),
                value=raw.get("value"),
                unit=str(raw.get("unit", "") or ""),
                document=str(source.get("document", "") or raw.get("source", "") or ""),
                clause=str(raw.get("clause", "") or ""),
                edition=str(raw.get("edition") or source.get("edition", "") or ""),
                confidence=str(raw.get("confidence", "") or ""),
                note=str(raw.get("note", "") or ""),
                path=(*path, "value"),
            )
        )

    for sid, service in content.get("services", {}).items():
        for i, term in enumerate(service.get("demand", []) or []):
            for name in ("rate", "coverage_pct"):
                if term.get(name):
                    key = "demand_rate" if name == "rate" else "coverage_pct"
                    if term.get("field"):
                        key = f"{key} ({term['field']})"
                    add(sid, key, term[name], ("services", sid, "demand", i, name), term.get("when"))
        for key, variants in sorted((service.get("values", {}) or {}).items()):
            for i, raw in enumerate(variants or []):
                add(sid, key, raw, ("services", sid, "values", key, i), raw.get("when"))
    return rows


def _get(content: Any, path: tuple[Any, ...]) -> Any:
    """The item at ``path`` in nested dicts/lists."""
    for step in path:
        content = content[step]
    return content


def apply_edits(content: dict[str, Any], edits: dict[tuple[Any, ...], float], when: str = "") -> dict[str, Any]:
    """A copy of ``content`` with the edited values set, each marked unverified with the value it replaced."""
    out = copy.deepcopy(content)
    stamp = when or dt.date.today().isoformat()
    for path, new in edits.items():
        holder = _get(out, path[:-1])
        old = holder.get("value")
        if old == new:
            continue
        holder["value"] = new
        holder["confidence"] = "unverified"
        note = tr("Edited in the Regional Standards panel on {date}; the source gives {old}.").format(
            date=stamp, old=old
        )
        holder["note"] = (str(holder.get("note") or "") + " " + note).strip()
    return out


COLUMNS = ("service", "key", "condition", "value", "unit", "document", "clause", "edition", "confidence", "note")


def _qt(text: str) -> str:
    """Translate a label of ``core.definitions`` with Qt's translator (its compiled .qm)."""
    return tr(text, definitions.CONTEXT)


def unit_words(unit: str) -> str:
    """A value's unit in words (``places_per_1000`` -> "places per 1000 residents"); the unit when unknown."""
    return definitions.value_unit_label(unit, translate=_qt)


def confidence_words(confidence: str) -> str:
    """How sure a value is, in words."""
    return definitions.confidence_label(confidence, translate=_qt)


def condition_words(condition: str) -> str:
    """``tier 4, 5; development low_rise`` in words."""
    if not condition:
        return tr("everywhere")
    parts = []
    for part in condition.split("; "):
        name, _sep, values = part.partition(" ")
        label = {"tier": tr("tier"), "development": tr("development")}.get(name, name)
        for development in definitions.DEVELOPMENT_TYPES:
            values = values.replace(development, definitions.development_label(development, translate=_qt))
        parts.append(f"{label} {values}".strip())
    return "; ".join(parts)


def shown_text(name: str, row: ValueRow) -> str:
    """The text of one cell: service, key, unit, condition and confidence in words, the rest as it is."""
    from almaty_planner.core.definitions import norm_key_words
    from almaty_planner.gui.inputs_tab import service_label

    raw = getattr(row, name)
    if name == "service":
        return service_label(row.service)
    if name == "key":
        return norm_key_words(row.key, language())
    if name == "unit":
        return unit_words(row.unit)
    if name == "condition":
        return condition_words(row.condition)
    if name == "confidence":
        return confidence_words(row.confidence)
    return "" if raw is None else str(raw)


class NormValuesPanel(QgsPanelWidget):
    """A page of the dock's panel stack: the values of one pack; edit; save as a new pack."""

    packSaved = pyqtSignal(str)

    def __init__(self, pack: Any, message: Any, extra_dirs: list[Path] | None = None, parent: Any = None) -> None:
        """Show ``pack``; ``message(text, level)`` reports to the message bar; packs go to ``extra_dirs[0]``."""
        super().__init__(parent)
        self.setObjectName("AlmatyPlannerNormValuesPanel")
        self.setPanelTitle(tr("Norm values: {pack}").format(pack=pack.title(language())))
        self.pack = pack
        self.message = message
        self.extra_dirs = list(extra_dirs or [])
        self.rows = value_rows(pack)
        layout = QVBoxLayout(self)
        header = QLabel(
            tr("{title} — edition {edition}. Orange: not checked against the official text.").format(
                title=pack.title(language()), edition=pack.edition
            )
        )
        header.setWordWrap(True)
        layout.addWidget(header)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                tr("Service"),
                tr("Norm"),
                tr("Where it applies"),
                tr("Value"),
                tr("Unit"),
                tr("Document"),
                tr("Clause"),
                tr("Edition"),
                tr("Confidence"),
                tr("Note"),
            ]
        )
        for row in self.rows:
            self.model.appendRow(self._items(row))
        self.table = QTableView()
        self.table.setObjectName("normValuesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setMaximumSectionSize(220)  # long documents scroll, not the whole page
        self.table.setWordWrap(True)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 110))
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.id_edit = QLineEdit()
        self.id_edit.setObjectName("newPackId")
        self.id_edit.setPlaceholderText(tr("e.g. {example}").format(example=f"{pack.id}_local"))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("newPackTitle")
        form.addRow(tr("New pack id"), self.id_edit)
        form.addRow(tr("New pack title"), self.title_edit)
        layout.addLayout(form)
        self.save_button = QPushButton(tr("Save as new pack"))
        self.save_button.setObjectName("saveNewPack")
        self.save_button.clicked.connect(self.save_as_new)
        layout.addWidget(self.save_button)

    def _items(self, row: ValueRow) -> list[QStandardItem]:
        """The cells of one row; only scalar numbers are editable."""
        items = []
        for name in COLUMNS:
            item = QStandardItem(shown_text(name, row))
            item.setToolTip(str(getattr(row, name) or ""))
            editable = name == "value" and isinstance(row.value, (int, float)) and not isinstance(row.value, bool)
            item.setEditable(editable)
            if name == "value":
                item.setData(row.path, PATH_ROLE)
                item.setData(
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), Qt.ItemDataRole.TextAlignmentRole
                )
            if row.confidence == "unverified":
                item.setForeground(QBrush(UNVERIFIED_COLOUR))
            items.append(item)
        bold = QFont()
        bold.setBold(True)
        items[COLUMNS.index("value")].setFont(bold)
        return items

    def edits(self) -> dict[tuple[Any, ...], float]:
        """The values the planner changed, by path; text that is not a number raises ValueError."""
        changed: dict[tuple[Any, ...], float] = {}
        column = COLUMNS.index("value")
        for r, row in enumerate(self.rows):
            item = self.model.item(r, column)
            if not item.isEditable():
                continue
            text = item.text().strip().replace(",", ".").replace("\u202f", "").replace(" ", "")
            try:
                number = float(text)
            except ValueError:
                raise ValueError(
                    tr("{service} {key}: {text!r} is not a number.").format(
                        service=row.service, key=row.key, text=item.text()
                    )
                ) from None
            if number != float(row.value):
                changed[row.path] = int(number) if number.is_integer() and isinstance(row.value, int) else number
        return changed

    def set_value(self, service: str, key: str, value: float, condition: str = "") -> None:
        """Type ``value`` into the row of ``service``/``key``/``condition`` (as a planner would)."""
        column = COLUMNS.index("value")
        for r, row in enumerate(self.rows):
            if row.service == service and row.key == key and row.condition == condition:
                self.model.item(r, column).setText(str(value))
                return
        raise KeyError(f"{service}.{key}")

    def save_as_new(self) -> Path | None:
        """Write the pack with the edits under the new id; report the outcome in the message bar."""
        from almaty_planner.core.norms import save_pack

        new_id = self.id_edit.text().strip()
        if not new_id:
            self.message(tr("Type an id for the new pack (small Latin letters, digits, _)."), Qgis.MessageLevel.Warning)
            return None
        try:
            content = apply_edits(self.pack.to_dict(), self.edits())
            content["notes"] = (str(content.get("notes") or "") + "\n").lstrip() + tr(
                "Copied from {pack} {edition} sha256:{hash}."
            ).format(pack=self.pack.id, edition=self.pack.edition, hash=self.pack.content_hash)
            title = self.title_edit.text().strip() or None
            folder = self.extra_dirs[0] if self.extra_dirs else None
            path = save_pack(content, new_id, folder=folder, title=title, extra_dirs=self.extra_dirs)
        except (ValueError, NormPackError) as error:
            self.message(str(error), Qgis.MessageLevel.Critical)
            return None
        self.message(
            tr("Norm pack {pack} saved to {path}.").format(pack=new_id, path=str(path)), Qgis.MessageLevel.Success
        )
        self.packSaved.emit(new_id)
        return path
