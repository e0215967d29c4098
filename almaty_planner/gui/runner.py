"""Runs the checks of the dock through Processing, one ``QgsProcessingAlgRunnerTask`` after another.

The panel and the Processing toolbox compute exactly the same thing: the dock only gathers the
parameters, hands them to the ``almaty_planner`` algorithms in a background task and collects the
result layers. Progress covers all jobs; Cancel stops the running task and drops the rest.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from almaty_planner.toolbelt import tr

LOGGER = logging.getLogger(__name__)
PROVIDER = "almaty_planner"


@dataclass
class Job:
    """One algorithm run: which check, for which service, with which parameters."""

    kind: str
    service: str
    parameters: dict[str, Any]
    title: str
    alg_id: str = ""
    pack_file: str = ""
    extra_outputs: dict[str, str] = field(default_factory=dict)
    output_is_layer: bool = True
    method: str = ""
    inputs: dict[str, Any] = field(default_factory=dict)  # what the run read, for the report

    @property
    def key(self) -> str:
        """``service`` or ``service:method``: one result of the run."""
        return f"{self.service}:{self.method}" if self.method else self.service

    def algorithm_id(self) -> str:
        """``almaty_planner:<kind>`` unless another id was given."""
        return self.alg_id or f"{PROVIDER}:{self.kind}"


@dataclass
class JobResult:
    """What one job produced: its layer (None when it failed) and the errors reported."""

    job: Job
    layer: QgsVectorLayer | None
    errors: list[str] = field(default_factory=list)
    outputs: dict[str, Any] = field(default_factory=dict)
    extra_layers: dict[str, QgsVectorLayer] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


class CollectingFeedback(QgsProcessingFeedback):
    """Processing feedback that keeps the error messages for the message bar."""

    def __init__(self) -> None:
        """No errors yet."""
        super().__init__()
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:
        """Keep the warning (the panel shows the check's warnings under its result)."""
        if warning:
            self.warnings.append(str(warning))
        super().pushWarning(warning)

    def reportError(self, error: str, fatalError: bool = False) -> None:
        """Keep the message (and log it as Processing does)."""
        if error:
            self.errors.append(str(error))
        super().reportError(error, fatalError)


def _enum_value(algorithm: Any, definition: QgsProcessingParameterEnum, name: str, value: str) -> Any:
    """The value to pass for ``value`` in an enum: the text itself (static strings) or its index."""
    options = [str(o) for o in definition.options()]
    static = hasattr(definition, "usesStaticStrings") and definition.usesStaticStrings()
    if value in options:
        return value if static else options.index(value)
    lowered = [o.lower() for o in options]
    if value.lower() in lowered:
        return options[lowered.index(value.lower())] if static else lowered.index(value.lower())
    raise ValueError(
        tr("The algorithm {alg} has no option {value} for {name}.").format(alg=algorithm.id(), value=value, name=name)
    )


def adapt_parameters(algorithm: Any, values: dict[str, Any], pack_file: str = "") -> dict[str, Any]:
    """Keep the parameters the algorithm defines; enum text as the algorithm expects it.

    A norm pack the algorithm does not list (e.g. one saved after QGIS started) is passed as its file
    in NORM_PACK_FILE when the algorithm has that parameter.
    """
    adapted: dict[str, Any] = {}
    for name, value in values.items():
        definition = algorithm.parameterDefinition(name)
        if definition is None or value is None:
            continue
        if isinstance(definition, QgsProcessingParameterEnum) and isinstance(value, str):
            try:
                value = _enum_value(algorithm, definition, name, value)
            except ValueError:
                if name == "NORM_PACK" and pack_file and algorithm.parameterDefinition("NORM_PACK_FILE") is not None:
                    adapted["NORM_PACK_FILE"] = pack_file
                    continue
                raise
        adapted[name] = value
    return adapted


class ChecksRun(QObject):
    """A queue of :class:`Job` run one after another in the QGIS task manager."""

    progressChanged = pyqtSignal(float)
    jobFinished = pyqtSignal(object)
    finished = pyqtSignal(bool, list)

    def __init__(self, jobs: list[Job], project: Any, parent: Any = None) -> None:
        """Jobs to run against ``project`` (the layers are looked up there)."""
        super().__init__(parent)
        self.jobs = list(jobs)
        self.project = project
        self.results: list[JobResult] = []
        self.task: QgsProcessingAlgRunnerTask | None = None
        self._context: QgsProcessingContext | None = None
        self._feedback: CollectingFeedback | None = None
        self._index = -1
        self._canceled = False
        self._running = False

    def is_running(self) -> bool:
        """True between :meth:`start` and ``finished``."""
        return self._running

    def start(self) -> None:
        """Start the first job."""
        self._running = True
        self._index = -1
        self._next()

    def cancel(self) -> None:
        """Stop the running task; the remaining jobs are not started."""
        self._canceled = True
        if self.task is not None:
            self.task.cancel()

    def _next(self) -> None:
        """Start the next job, or report the end."""
        self._index += 1
        if self._canceled or self._index >= len(self.jobs):
            self._finish()
            return
        job = self.jobs[self._index]
        registry = QgsApplication.processingRegistry()
        algorithm = registry.createAlgorithmById(job.algorithm_id())
        if algorithm is None:
            self._record(
                JobResult(
                    job,
                    None,
                    [tr("The algorithm {alg} is not installed; the check was not run.").format(alg=job.algorithm_id())],
                )
            )
            self._next()
            return
        try:
            parameters = adapt_parameters(algorithm, job.parameters, job.pack_file)
        except ValueError as error:
            self._record(JobResult(job, None, [str(error)]))
            self._next()
            return
        context = QgsProcessingContext()
        context.setProject(self.project)
        feedback = CollectingFeedback()
        feedback.progressChanged.connect(self._on_progress)
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        task.executed.connect(lambda ok, outputs, job=job: self._on_executed(job, ok, outputs))
        self._context, self._feedback, self.task = context, feedback, task
        LOGGER.info("running %s on %s", job.algorithm_id(), job.title)
        QgsApplication.taskManager().addTask(task)

    def _on_progress(self, value: float) -> None:
        """Overall progress in percent over all jobs."""
        if self.jobs:
            self.progressChanged.emit((max(self._index, 0) + value / 100.0) / len(self.jobs) * 100.0)

    def _on_executed(self, job: Job, ok: bool, outputs: dict[str, Any]) -> None:
        """Take the result layer out of the finished task, then go on."""
        feedback, context = self._feedback, self._context
        errors = list(feedback.errors) if feedback is not None else []
        layer = None
        if ok and not job.output_is_layer:
            pass
        elif ok and context is not None:
            layer = self._result_layer(outputs.get("OUTPUT"), context, job.title)
            if layer is None:
                errors.append(tr("The check of {what} produced no layer.").format(what=job.title))
        elif not errors:
            if self._canceled or (feedback is not None and feedback.isCanceled()):
                errors.append(tr("Canceled."))
            else:
                errors.append(tr("The check of {what} failed; see the Processing log.").format(what=job.title))
        extra = {}
        if layer is not None and context is not None:
            for name in job.extra_outputs:
                extra_layer = self._result_layer(outputs.get(name), context, f"{job.title}: {name}")
                if extra_layer is not None:
                    extra[name] = extra_layer
        warnings = list(feedback.warnings) if feedback is not None else []
        self._record(JobResult(job, layer, errors, dict(outputs or {}), extra, warnings))
        self.task = None
        self._next()

    @staticmethod
    def _result_layer(value: Any, context: QgsProcessingContext, title: str) -> QgsVectorLayer | None:
        """The layer behind an OUTPUT value: a temporary layer taken from the context, or a file."""
        if isinstance(value, QgsMapLayer):
            return value
        if not value:
            return None
        layer = context.takeResultLayer(str(value))
        if layer is None:
            layer = QgsProcessingUtils.mapLayerFromString(str(value), context, allowLoadingNewLayers=True)
            if layer is not None and layer.id() in context.temporaryLayerStore().mapLayers():
                layer = context.takeResultLayer(layer.id())
        if layer is None:
            candidate = QgsVectorLayer(str(value), title, "ogr")
            layer = candidate if candidate.isValid() else None
        if layer is not None:
            layer.setName(title)
        return layer

    def _record(self, result: JobResult) -> None:
        """Keep a job's result and tell the dock."""
        self.results.append(result)
        self.jobFinished.emit(result)

    def _finish(self) -> None:
        """Report the end of the run."""
        self._running = False
        self._context = self._feedback = None
        ok = not self._canceled and all(
            r.layer is not None or (not r.job.output_is_layer and not r.errors) for r in self.results
        )
        self.finished.emit(ok, self.results)
