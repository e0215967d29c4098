"""The small base class every almaty_planner algorithm stands on."""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from almaty_planner import deps
from almaty_planner.core.errors import PlannerError
from almaty_planner.core.gcpause import collector_held
from almaty_planner.core.i18n import language, tr
from almaty_planner.core.paths import resources_dir

LOGGER = logging.getLogger(__name__)

# the files a vector format writes next to the main file
_SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".qpj", ".sbn", ".sbx", "-wal", "-shm", "-journal", ".aux.xml")


def _file_of(value: Any, alg: Any, parameters: dict[str, Any], name: str, context: Any) -> Path | None:
    """The file an output parameter writes to, or None (memory layer, temporary output, database)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if value is None:
        return None
    text = str(value).strip()
    if not text or text == "TEMPORARY_OUTPUT" or text.startswith("memory:"):
        return None
    if text.startswith("ogr:"):
        return None  # a layer added to an existing database: the file holds other layers too
    if ":" in text.split("/")[0] and not re.match(r"^[A-Za-z]:[\\/]", text):
        return None  # a provider URI (postgres:, spatialite: ...), not a plain file
    if "|" in text:
        return None  # a layer of a multi-layer file, not a whole file
    return Path(text)


def _stat(path: Path) -> tuple[int, int, int] | None:
    """What tells whether a file was (re)written: inode, size, modification time; None if absent."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _check_destination(path: Path, label: str) -> None:
    """Refuse an output file that cannot be written, before anything is written."""
    folder = path.parent
    if not folder.is_dir():
        raise QgsProcessingException(
            tr("The result {output} cannot be written to {path}: the folder {folder} does not exist.").format(
                output=label, path=path, folder=folder
            )
        )
    if path.is_dir():
        raise QgsProcessingException(
            tr("The result {output} cannot be written to {path}: it is a folder.").format(output=label, path=path)
        )
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise QgsProcessingException(
            tr(
                "The result {output} cannot be written to {path}: the file or its folder is read-only; "
                "choose another place. Nothing was written."
            ).format(output=label, path=path)
        )


def _remove_written(path: Path) -> None:
    """Delete a result file (and the files its format keeps beside it) left by a failed run."""
    for candidate in (
        path,
        *(Path(str(path) + s) for s in _SIDECARS),
        *(path.with_suffix(s) for s in _SIDECARS if s.count(".") == 1 and s.startswith(".")),
    ):
        try:
            if candidate.is_file():
                candidate.unlink()
        except OSError as exc:  # pragma: no cover - e.g. held open on Windows
            LOGGER.warning("could not remove %s: %s", candidate, exc)


def outputs_whole_or_not_at_all(process: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """Wrap ``processAlgorithm``: every file destination is checked before the run (a read-only or
    missing folder refuses the run before the first output is written), and when the run fails or is
    cancelled at any point (reading, computing, writing) every output file it wrote is removed, and the
    user gets one plain message (never a traceback)."""

    @functools.wraps(process)
    def run(self: Any, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        files: dict[Path, tuple[int, int, int] | None] = {}
        for definition in self.destinationParameterDefinitions():
            if not isinstance(
                definition,
                (
                    QgsProcessingParameterFeatureSink,
                    QgsProcessingParameterVectorDestination,
                    QgsProcessingParameterFileDestination,
                ),
            ):
                continue
            name = definition.name()
            value = parameters.get(name)
            path = _file_of(value, self, parameters, name, context)
            if path is None:
                continue
            path = path.expanduser().absolute()
            _check_destination(path, definition.description() or name)
            files[path] = _stat(path)
        try:
            with collector_held():
                return process(self, parameters, context, feedback)
        except BaseException as err:
            for path, before in files.items():
                if _stat(path) != before:
                    _remove_written(path)
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled. No result was written.")) from None
            if isinstance(err, PlannerError):
                raise QgsProcessingException(str(err)) from None
            if isinstance(err, QgsProcessingException) and type(err) is not QgsProcessingException:
                raise QgsProcessingException(str(err)) from None  # a subclass would reach the log as a traceback
            raise

    run.__wrapped_outputs__ = True  # type: ignore[attr-defined]
    return run


class AlmatyAlgorithm(QgsProcessingAlgorithm):
    """Shared behaviour: translation context, group, icon, help text from files, dependency gate.

    Subclasses set ``ALG_ID``, ``DISPLAY_NAME``, ``GROUP_ID``/``GROUP`` and ``NEEDS`` (parts of
    ``deps.PARTS``), and implement ``initAlgorithm`` and ``processAlgorithm``. They keep no per-run
    state on ``self``: batch runs and threads reuse instances.
    """

    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = "checks"
    GROUP = "Provision checks"
    NEEDS: tuple[str, ...] = ("engine",)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Give every algorithm's ``processAlgorithm`` the whole-or-nothing outputs and plain cancel."""
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "__wrapped_outputs__", False):
            cls.processAlgorithm = outputs_whole_or_not_at_all(process)  # type: ignore[method-assign]

    def tr(self, text: str) -> str:
        """Translate with the fixed context of all algorithms."""
        return QCoreApplication.translate("AlmatyAlgorithm", text)

    def createInstance(self) -> AlmatyAlgorithm:
        """A fresh instance of the same algorithm."""
        return type(self)()

    def name(self) -> str:
        """The stable id (part of ``almaty_planner:<id>``)."""
        return self.ALG_ID

    def displayName(self) -> str:
        """The translated name shown in the toolbox."""
        return self.tr(self.DISPLAY_NAME)

    def group(self) -> str:
        """The translated group name."""
        return self.tr(self.GROUP)

    def groupId(self) -> str:
        """The stable group id."""
        return self.GROUP_ID

    def icon(self) -> QIcon:
        """The plugin icon."""
        return QIcon(str(resources_dir() / "icons" / "icon.svg"))

    def shortHelpString(self) -> str:
        """Help text from ``resources/help/<lang>/<id>.html`` (falls back to English)."""
        for lang in (language(), "en"):
            path = resources_dir() / "help" / lang / f"{self.ALG_ID}.html"
            if path.is_file():
                return path.read_text(encoding="utf-8")
        return ""

    def canExecute(self) -> tuple[bool, str]:
        """False, with what to install, when a package this algorithm needs is missing."""
        problems = deps.check()
        blocked = set(deps.disabled_parts(problems)).intersection(self.NEEDS)
        if blocked:
            return False, deps.report(problems)
        return True, ""

    def checkParameterValues(self, parameters: dict[str, Any], context: Any) -> tuple[bool, str]:
        """Processing's checks, except that SERVICE may name a service that only the pack given in
        NORM_PACK_FILE defines (SERVICE lists the services of the installed packs)."""
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            return ok, message
        service = parameters.get("SERVICE")
        pack_file = parameters.get("NORM_PACK_FILE")
        definition = self.parameterDefinition("SERVICE")
        if definition is None or not isinstance(service, str) or not service or not pack_file:
            return ok, message
        if service in definition.options():
            return ok, message
        trial = dict(parameters)
        trial["SERVICE"] = definition.options()[0] if definition.options() else None
        ok, message = super().checkParameterValues(trial, context)
        if not ok:
            return ok, message
        from almaty_planner.processing_provider import params as prm

        try:
            pack = prm.load_norm_pack(None, str(pack_file))
        except PlannerError as err:
            return False, str(err)
        if service not in pack.services:
            return False, tr("The norm pack {file} has no service {service}; it has: {services}.").format(
                file=pack_file, service=service, services=", ".join(pack.services)
            )
        return True, ""

    def flags(self) -> Any:
        """Standard flags; algorithms are safe to run in a background thread."""
        return super().flags()
