"""What the Plan, Settlements and Where to build tabs share: their background run, results and choices that last.

:class:`TabResults` keeps one tab's last result as the Results tab keeps its own (``results_store``): the
layers are written into the results GeoPackage the Inputs tab names (default beside the project, with
its name and the date), read back from it with their styles saved in it, the map layers put in the
results group; the tables the tab shows (checklists, aggregates, year by year, the curve) are tables of
the same file. The project remembers which layers and tables they are (``settings.write_tab_results``),
so reopening it shows the same result in the tab.

:class:`ResultTab` is what a tab does with it (keep a new result, show the stored one, let go of it);
:class:`JobTab` is the Run / Cancel / progress part of a tab that runs one Processing algorithm in a
background task. :class:`TabChoices` keeps the choices of a tab's widgets with the project (the Plan and
Where to build tabs; the Settlements tab has its own ``SettlementsSettings``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qgis.core import Qgis, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
)

from almaty_planner.gui import results_store
from almaty_planner.gui.runner import ChecksRun, Job, JobResult
from almaty_planner.gui.settings import read_tab_choices, read_tab_results, write_tab_choices, write_tab_results
from almaty_planner.toolbelt import tr

LOGGER = logging.getLogger(__name__)


@dataclass
class Part:
    """One layer of a tab's result: its role in the tab, the layer the run made, its title and how it shows.

    ``on_map``: added to the results group (else a table the tab reads, not on the map); ``style``
    applied to the layer read back from the file (then saved in the file); ``visible``: ticked in the
    layer tree.
    """

    role: str
    layer: QgsVectorLayer
    title: str
    on_map: bool = True
    style: Callable[[QgsVectorLayer], None] | None = None
    visible: bool = True


class TabResults:
    """The last result of one tab, in the results GeoPackage and remembered in the project."""

    def __init__(self, dock: Any, name: str) -> None:
        """``name``: the tab's key in the project and the prefix of its tables in the file."""
        self.dock = dock
        self.name = name
        self.layers: dict[str, QgsVectorLayer] = {}  # role -> layer in the project (the results group)
        self.tables: dict[str, QgsVectorLayer] = {}  # role -> table read from the file (not on the map)
        self.values: dict[str, Any] = {}  # what the summary shows that no table holds

    @property
    def project(self) -> Any:
        """The dock's project."""
        return self.dock.project

    def table_of(self, role: str) -> str:
        """The GeoPackage table of ``role``: ``<tab>_<role>`` (the Results tab's are named by service)."""
        return results_store.table_name(f"{self.name}_{role}")

    def get(self, role: str) -> QgsVectorLayer | None:
        """The layer or table of ``role`` (None when there is none)."""
        layer = self.layers.get(role)
        return layer if layer is not None else self.tables.get(role)

    def path(self) -> str:
        """The results GeoPackage the Inputs tab names (its default beside the project)."""
        return str(self.dock.output_path(self.dock.current_settings()))

    def store(self, parts: list[Part], values: dict[str, Any] | None = None) -> str:
        """Replace the tab's previous result with ``parts``: written to the results file, read back, styled,
        the map layers at the top of the results group (in the order given); returns the file.

        Raises ``OutputError`` (the file cannot be written; the previous result is gone then, as the
        Results tab's run replaces its own).
        """
        path = self.path()
        self.remove()
        tables = {self.table_of(part.role): (part.layer, part.title) for part in parts}
        read = results_store.write_and_read(path, tables, self.project.transformContext())
        group = self.dock.results_group()
        for index, part in enumerate(parts):
            layer = read[self.table_of(part.role)]
            if not part.on_map:
                self.tables[part.role] = layer
                continue
            if part.style is not None:
                part.style(layer)
            results_store.save_style_in_file(layer, self.table_of(part.role))
            self.project.addMapLayer(layer, False)
            node = group.insertLayer(min(index, len(group.children())), layer)
            if node is not None:
                node.setItemVisibilityChecked(part.visible)
            self.layers[part.role] = layer
        group.setExpanded(True)
        self.values = dict(values or {})
        self._remember()
        return path

    def _remember(self) -> None:
        """Write which layers and tables the result is into the project."""
        record = {
            "layers": {role: layer.id() for role, layer in self.layers.items()},
            "tables": {role: self.table_of(role) for role in self.tables},
            "values": self.values,
        }
        write_tab_results(self.project, self.name, record if self.layers else {})

    def restore(self) -> bool:
        """Take the result stored in the project back (after it was read): its layers from the project, its
        tables from the file those layers read. False when there is none (or its layers are gone)."""
        self.forget()
        record = read_tab_results(self.project, self.name)
        for role, layer_id in dict(record.get("layers") or {}).items():
            layer = self.project.mapLayer(str(layer_id))
            if isinstance(layer, QgsVectorLayer) and layer.isValid():
                self.layers[str(role)] = layer
        if not self.layers:
            return False
        path = next(
            (results_store.file_of(layer) for layer in self.layers.values() if results_store.file_of(layer)), ""
        )
        for role, table in dict(record.get("tables") or {}).items():
            try:
                self.tables[str(role)] = results_store.load_layer(path, str(table), str(role))
            except Exception as error:  # a table removed from the file: the tab shows what is left
                LOGGER.warning("table %s of %s not read: %s", table, path, error)
        values = record.get("values")
        self.values = dict(values) if isinstance(values, dict) else {}
        return True

    def remove(self) -> None:
        """Take the tab's result layers out of the project and let go of its tables."""
        ids = [layer.id() for layer in self._alive()]
        self.forget()
        if ids:
            self.project.removeMapLayers(ids)

    def forget(self) -> None:
        """Let go of the result (the project was cleared, or a new result comes)."""
        self.layers = {}
        self.tables = {}
        self.values = {}

    def removed(self, layer_ids: list[str]) -> bool:
        """Forget the result when the planner removed one of its layers; True when it did."""
        gone = set(layer_ids)
        if not any(self._layer_id(layer) in gone for layer in self.layers.values()):
            return False
        self.forget()
        write_tab_results(self.project, self.name, {})
        return True

    def _alive(self) -> list[QgsVectorLayer]:
        """The tab's map layers still in the project."""
        return [layer for layer in self.layers.values() if self.project.mapLayer(self._layer_id(layer)) is not None]

    @staticmethod
    def _layer_id(layer: QgsVectorLayer) -> str:
        """The layer's id ('' when the layer was deleted already)."""
        try:
            return str(layer.id())
        except RuntimeError:
            return ""


class ResultTab:
    """A tab whose last result lasts (:class:`TabResults` in ``stored``): keep a new result, show the stored
    one again, let go of it. The tab defines ``show_stored`` (fill its widgets from ``stored``) and
    ``clear_result`` (empty them)."""

    dock: Any
    stored: TabResults

    def show_stored(self) -> None:
        """Fill the tab from ``stored`` (each tab its own)."""
        raise NotImplementedError

    def clear_result(self) -> None:
        """Empty the tab's result widgets (each tab its own)."""
        raise NotImplementedError

    def keep(self, parts: list[Part], values: dict[str, Any] | None = None) -> bool:
        """Store a new result and show it; when the file cannot be written, say so and show nothing."""
        try:
            self.stored.store(parts, values)
        except Exception as error:  # a file that cannot be written: nothing half-done is shown
            self.clear_result()
            self.dock.message(
                tr("The results were not written: {error}").format(error=error), Qgis.MessageLevel.Critical
            )
            return False
        self.show_stored()
        return True

    def restore_result(self) -> None:
        """Show the result stored with the project (after it was read), or nothing."""
        if self.stored.restore():
            self.show_stored()
        else:
            self.clear_result()

    def forget_result(self, layer_ids: list[str] | None = None) -> None:
        """The project was cleared (``None``) or layers removed: let go of the result when it is gone."""
        if layer_ids is None:
            self.stored.forget()
        elif not self.stored.removed(layer_ids):
            return
        self.clear_result()


def run_row(run_text: str, run_name: str, cancel_name: str, progress_name: str) -> tuple[Any, Any, Any, Any]:
    """The row of a tab that runs something: its Run button (``run_text``), a Cancel button (disabled
    until a run starts) and a progress bar taking the rest of the row, with their object names.
    Returns the row and the three widgets."""
    row = QHBoxLayout()
    run = QPushButton(run_text)
    run.setObjectName(run_name)
    cancel = QPushButton(tr("Cancel"))
    cancel.setObjectName(cancel_name)
    cancel.setEnabled(False)
    progress = QProgressBar()
    progress.setObjectName(progress_name)
    progress.setRange(0, 100)
    row.addWidget(run)
    row.addWidget(cancel)
    row.addWidget(progress, 1)
    return row, run, cancel, progress


class JobTab(ResultTab):
    """Run, Cancel and progress of a tab that runs one algorithm in a background task.

    The tab has ``dock``, ``run_button``, ``cancel_button`` and ``progress`` and defines ``_finished``
    (called with the job's result).
    """

    run: ChecksRun | None
    choices: TabChoices
    run_button: Any
    cancel_button: Any
    progress: Any

    def start_job(self, job: Job) -> None:
        """Run ``job`` in the background: Run disabled, Cancel enabled, progress shown; the choices saved."""
        self.choices.save()
        self.run = ChecksRun([job], self.dock.project, self)
        self.run.progressChanged.connect(lambda value: self.progress.setValue(round(value)))
        self.run.jobFinished.connect(self._finished)
        self.run.finished.connect(self._run_done)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.run.start()

    def running(self) -> bool:
        """True while the tab's run is going."""
        return self.run is not None and self.run.is_running()

    def cancel(self) -> None:
        """Cancel the running job."""
        if self.run is not None:
            self.run.cancel()

    def cleanup(self) -> None:
        """Stop a running job (the dock's cleanup calls this)."""
        if self.running():
            with contextlib.suppress(RuntimeError):
                self.run.cancel()  # type: ignore[union-attr]

    def _run_done(self, ok: bool, _results: list[JobResult]) -> None:
        """Re-enable Run; let go of the run's own layers (the tab shows those read from the file)."""
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if ok:
            self.progress.setValue(100)
        release(self.run)


def release(run: ChecksRun | None) -> None:
    """Drop a finished run's result layers (temporary layers the run made and nothing else holds: left to
    Python's clean-up they could outlive QGIS itself)."""
    if run is not None and not run.is_running():
        run.results.clear()


class TabChoices:
    """The values of a tab's input widgets, saved with the project as they change and shown again when it is
    read (widgets set in the order given: a layer before its fields)."""

    def __init__(self, project: Any, name: str, widgets: dict[str, Any]) -> None:
        """``widgets``: by the name the project keeps them under."""
        self.project = project
        self.name = name
        self.widgets = dict(widgets)
        self._loading = True  # nothing is saved before the stored values are first shown (:meth:`load`)
        for widget in self.widgets.values():
            _changed_signal(widget).connect(self.save)

    def values(self) -> dict[str, Any]:
        """What the widgets show now."""
        return {name: _value(widget) for name, widget in self.widgets.items()}

    def save(self, *_args: Any) -> None:
        """Write the values into the project (not while they are being loaded)."""
        if not self._loading:
            write_tab_choices(self.project, self.name, self.values())

    def hold(self) -> None:
        """Save nothing until the next :meth:`load` (the dock fills the other choices of a project first)."""
        self._loading = True

    def load(self) -> None:
        """Show the values stored in the project (a widget whose value is not stored stays as it is)."""
        stored = read_tab_choices(self.project, self.name)
        self._loading = True
        try:
            for name, widget in self.widgets.items():
                if name in stored:
                    _set_value(widget, stored[name], self.project)
        finally:
            self._loading = False


def _changed_signal(widget: Any) -> Any:
    """The signal a widget sends when the planner changes its value."""
    if isinstance(widget, QgsMapLayerComboBox):
        return widget.layerChanged
    if isinstance(widget, QgsFieldComboBox):
        return widget.fieldChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QLineEdit):
        return widget.editingFinished
    return widget.valueChanged  # spin boxes


def _value(widget: Any) -> Any:
    """A widget's value as plain JSON (layer id, field name, item data, number, text, flag)."""
    if isinstance(widget, QgsMapLayerComboBox):
        layer = widget.currentLayer()
        return layer.id() if layer is not None else ""
    if isinstance(widget, QgsFieldComboBox):
        return widget.currentField()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QAbstractSpinBox):
        return widget.value()
    raise TypeError(f"no value for {type(widget).__name__}")


def _set_value(widget: Any, value: Any, project: Any) -> None:
    """Show ``value`` in ``widget`` (a layer no longer in the project, or an item no longer offered, is left)."""
    if isinstance(widget, QgsMapLayerComboBox):
        layer = project.mapLayer(str(value)) if value else None
        if layer is not None or not value:
            widget.setLayer(layer)
    elif isinstance(widget, QgsFieldComboBox):
        widget.setField(str(value or ""))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        widget.setValue(type(widget.value())(value))
