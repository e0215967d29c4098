"""Shared parameters and run helpers of the almaty_planner algorithms.

Parameter names are stable (scripts and models depend on them): UNITS, POPULATION_FIELD, FACILITIES,
CAPACITY_FIELD, SERVICE, NORM_PACK, METHOD, NETWORK, OUTPUT.

NORM_PACK, SERVICE and METHOD are enum parameters with *static strings*: the value a script passes
is the id itself, e.g. ``processing.run("almaty_planner:provision", {"NORM_PACK": "almaty_2040",
"SERVICE": "school", "METHOD": "catchment", ...})`` or on the command line
``qgis_process.bin run almaty_planner:provision -- SERVICE=school METHOD=catchment ...``.
NORM_PACK lists the packs shipped with the plugin and those in the user's profile folder
(``<profile>/almaty_planner/norms``); NORM_PACK_FILE (optional) takes any pack file instead.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
)

from almaty_planner import bridge
from almaty_planner.compat import parameter_as_strings
from almaty_planner.core import definitions
from almaty_planner.core.errors import InputError, PlannerError
from almaty_planner.core.i18n import tr
from almaty_planner.styles import attach_style

LOGGER = logging.getLogger(__name__)

UNITS = "UNITS"
POPULATION_FIELD = "POPULATION_FIELD"
FACILITIES = "FACILITIES"
CAPACITY_FIELD = "CAPACITY_FIELD"
SERVICE = "SERVICE"
NORM_PACK = "NORM_PACK"
NORM_PACK_FILE = "NORM_PACK_FILE"
METHOD = "METHOD"
NETWORK = "NETWORK"
OUTPUT = "OUTPUT"
UNIT_ID_FIELD = "UNIT_ID_FIELD"
UNIT_NAME_FIELD = "UNIT_NAME_FIELD"

METHODS = definitions.METHODS
DEFAULT_PACK = "almaty_2040"


# ----------------------------------------------------------------------------------- norm packs
def profile_dirs() -> list[Path]:
    """The user's pack folder in the active QGIS profile (``<profile>/almaty_planner/norms``)."""
    from almaty_planner.toolbelt import profile_norms_dir

    return [profile_norms_dir()]


def available() -> dict[str, Any]:
    """Every pack that loads, by id: shipped, the user folder and the QGIS profile folder.

    The core reads the pack files once per session and again when one is added, removed or changed
    (every algorithm instance, each run and each dialog, lists the packs); the provider's refresh
    reads them again. Refused files are logged by the core (they name the file and key).
    """
    from almaty_planner.core.norms import available_packs

    return dict(available_packs(profile_dirs()).packs)


def pack_ids() -> list[str]:
    """The choices of NORM_PACK (pack ids)."""
    return list(available())


def load_norm_pack(pack_id: str | None, pack_file: str | None = None) -> Any:
    """Load the chosen pack: the file given in NORM_PACK_FILE, else the pack ``pack_id``."""
    from almaty_planner.core.norms import load_pack

    if pack_file:
        return load_pack(Path(pack_file), profile_dirs())
    if not pack_id:
        raise QgsProcessingException(tr("Choose a norm pack (NORM_PACK) or give a pack file (NORM_PACK_FILE)."))
    known = available()
    if pack_id in known:
        return known[pack_id]
    return load_pack(pack_id, profile_dirs())


def service_ids() -> list[str]:
    """Every facility service (capacity in places, visits or beds) of every available pack (the choices
    of SERVICE), in pack order: a service added to a pack is offered with no code change."""
    services: list[str] = []
    for pack in available().values():
        for sid in definitions.facility_services(pack):
            if sid not in services:
                services.append(sid)
    return services


# ----------------------------------------------------------------------------------- parameters
def static_enum(name: str, description: str, options: list[str], default: str | None, optional: bool = False) -> Any:
    """An enum parameter whose value is the option text itself (``METHOD=catchment``)."""
    param = QgsProcessingParameterEnum(
        name, description, options=options, allowMultiple=False, defaultValue=default, optional=optional
    )
    param.setUsesStaticStrings(True)
    return param


def units_param(alg: Any) -> Any:
    """UNITS: polygons of districts, microdistricts or settlements."""
    return QgsProcessingParameterFeatureSource(
        UNITS, alg.tr("Planning units (districts, microdistricts)"), [QgsProcessing.SourceType.TypeVectorPolygon]
    )


def population_param(alg: Any, parent: str = UNITS, optional: bool = False) -> Any:
    """POPULATION_FIELD: the residents of each unit."""
    return QgsProcessingParameterField(
        POPULATION_FIELD,
        alg.tr("Population field"),
        parentLayerParameterName=parent,
        type=QgsProcessingParameterField.DataType.Numeric,
        optional=optional,
    )


def id_name_params(alg: Any) -> list[Any]:
    """UNIT_ID_FIELD and UNIT_NAME_FIELD (optional, advanced): what reports and messages call a unit."""
    params = [
        QgsProcessingParameterField(
            UNIT_ID_FIELD, alg.tr("Unit id field (unique)"), parentLayerParameterName=UNITS, optional=True
        ),
        QgsProcessingParameterField(
            UNIT_NAME_FIELD,
            alg.tr("Unit name field"),
            parentLayerParameterName=UNITS,
            type=QgsProcessingParameterField.DataType.String,
            optional=True,
        ),
    ]
    for param in params:
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return params


def norm_pack_params(alg: Any) -> list[Any]:
    """NORM_PACK (choice by id) and NORM_PACK_FILE (optional pack file, overrides NORM_PACK)."""
    ids = pack_ids()
    default = DEFAULT_PACK if DEFAULT_PACK in ids else (ids[0] if ids else None)
    pack = static_enum(NORM_PACK, alg.tr("Norm pack"), ids, default, optional=not ids)
    pack_file = QgsProcessingParameterFile(
        NORM_PACK_FILE,
        alg.tr("Norm pack file (YAML, instead of the choice above)"),
        behavior=QgsProcessingParameterFile.Behavior.File,
        extension="yaml",
        optional=True,
    )
    pack_file.setFlags(pack_file.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return [pack, pack_file]


def method_param(alg: Any, default: str = definitions.DEFAULT_METHOD, methods: tuple[str, ...] = METHODS) -> Any:
    """METHOD: one of ``core.definitions.METHODS`` (passed by id)."""
    return static_enum(METHOD, alg.tr("Method"), list(methods), default)


def service_param(alg: Any, default: str = "school") -> Any:
    """SERVICE: a service of the chosen pack, passed by id (``SERVICE=school``)."""
    ids = service_ids()
    return static_enum(SERVICE, alg.tr("Service"), ids, default if default in ids else (ids[0] if ids else None))


def sink_param(alg: Any, name: str = OUTPUT, description: str | None = None, optional: bool = False) -> Any:
    """A feature sink for a result layer."""
    return QgsProcessingParameterFeatureSink(
        name,
        description or alg.tr("Result"),
        QgsProcessing.SourceType.TypeVectorAnyGeometry,
        optional=optional,
        createByDefault=not optional,
    )


# ----------------------------------------------------------------------------------- run helpers
def read_source(
    alg: Any,
    parameters: dict[str, Any],
    name: str,
    context: Any,
    feedback: Any = None,
    fields: list[str | None] | None = None,
) -> tuple:
    """The feature source of parameter ``name``, its layer name and its GeoDataFrame (None if not given).

    ``fields``: the only fields the check reads from a layer whose features are not written back (the
    names of field parameters; None entries are left out); the others never cross over from QGIS, and
    the layer's QGIS geometries are not kept for an output."""
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        if parameters.get(name) in (None, ""):
            return None, "", None
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    label = source.sourceName() or name
    try:
        wanted = None if fields is None else [f for f in fields if f]
        # the QGIS geometries are kept for the output only where features are written back
        frame = bridge.source_to_gdf(source, label, feedback, keep_geometries=fields is None, fields=wanted)
        return source, label, frame
    except bridge.Canceled as err:  # a subclass of QgsProcessingException reaches the log as a traceback
        raise QgsProcessingException(str(err)) from None


def field_value(alg: Any, parameters: dict[str, Any], name: str, context: Any) -> str | None:
    """A field parameter as one field name (None when empty)."""
    if name not in parameters or parameters.get(name) in (None, "", []):
        return None
    fields = parameter_as_strings(alg, parameters, name, context)
    return fields[0] if fields else None


def add_advanced(alg: Any, params: list[Any]) -> None:
    """Add ``params`` to ``alg`` under the dialog's "Advanced parameters"."""
    for param in params:
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        alg.addParameter(param)


def number_value(alg: Any, parameters: dict[str, Any], name: str, context: Any) -> float | None:
    """An optional number parameter (None when empty)."""
    if parameters.get(name) in (None, ""):
        return None
    return alg.parameterAsDouble(parameters, name, context)


def enum_string(alg: Any, parameters: dict[str, Any], name: str, context: Any) -> str:
    """The id chosen in a static-string enum parameter."""
    return alg.parameterAsEnumString(parameters, name, context)


def service_value(alg: Any, parameters: dict[str, Any], context: Any) -> str:
    """SERVICE: an installed pack's service, or one that only the pack file NORM_PACK_FILE defines
    (checked against that pack by the algorithm's checkParameterValues)."""
    raw = parameters.get(SERVICE)
    if isinstance(raw, str) and raw and parameters.get(NORM_PACK_FILE):
        definition = alg.parameterDefinition(SERVICE)
        if definition is not None and raw not in definition.options():
            return raw
    return enum_string(alg, parameters, SERVICE, context)


def progress_callback(feedback: Any, start: float = 0.0, end: float = 100.0) -> Callable[[float], bool]:
    """A core progress callback moving ``feedback`` from ``start`` to ``end`` percent.

    The core reports fractions 0-1 and stops with ``Cancelled`` when the callback returns True, which it
    does once the user pressed Cancel.
    """

    def report(fraction: float) -> bool:
        if feedback is None:
            return False
        if feedback.isCanceled():
            return True
        pct = 100.0 * float(fraction)
        feedback.setProgress(start + (end - start) * max(0.0, min(100.0, pct)) / 100.0)
        return False

    return report


def check_canceled(feedback: Any) -> None:
    """Stop when the user pressed Cancel."""
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled. No result was written."))


def planner_message(err: PlannerError, layer_names: dict[str, str]) -> str:
    """The core's message with the core's layer key replaced by the user's layer name."""
    if isinstance(err, InputError) and err.layer:
        layer = layer_names.get(str(err.layer), str(err.layer))
        if layer != err.layer:
            layer = tr("layer {name}").format(name=layer)
        parts = [layer]
        if err.feature is not None:
            parts.append(tr("feature {id}").format(id=err.feature))
        if err.field:
            parts.append(tr("field {field}").format(field=err.field))
        return ", ".join(parts) + ": " + str(err.detail)
    return str(err)


@contextlib.contextmanager
def planner_errors(layer_names: dict[str, str] | None = None) -> Iterator[None]:
    """Turn the core's PlannerError into a QgsProcessingException with the same plain message."""
    try:
        yield
    except PlannerError as err:
        raise QgsProcessingException(planner_message(err, layer_names or {})) from None


def push_warnings(feedback: Any, warnings: list[str]) -> None:
    """Report the core's warnings in the Processing log."""
    if feedback is None:
        return
    for text in warnings:
        feedback.pushWarning(str(text))


class _CancelOnly:
    """A feedback for writing one layer: passes Cancel on, keeps the algorithm's progress as it is."""

    def __init__(self, feedback: Any) -> None:
        self._feedback = feedback

    def isCanceled(self) -> bool:
        """True once the user pressed Cancel."""
        return self._feedback is not None and self._feedback.isCanceled()

    def setProgress(self, value: float) -> None:
        """Writing is the last step of a run: its own progress is not shown."""


def write_output(
    alg: Any,
    parameters: dict[str, Any],
    name: str,
    context: Any,
    gdf: Any,
    source: Any,
    feedback: Any,
    style: str | None = None,
) -> str:
    """Write ``gdf`` into the sink ``name`` with ``source``'s fields first, its geometry type and CRS."""
    fields = bridge.output_fields(gdf, source.fields() if source is not None else None)
    wkb_type = source.wkbType() if source is not None else 0
    qcrs = source.sourceCrs() if source is not None else bridge.qgis_crs(getattr(gdf, "crs", None))
    sink, dest_id = alg.parameterAsSink(parameters, name, context, fields, wkb_type, qcrs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    crs = bridge.crs_of(source) if source is not None else getattr(gdf, "crs", None)
    try:
        bridge.write_features(
            sink,
            gdf,
            fields,
            wkb_type=wkb_type,
            crs=crs,
            feedback=_CancelOnly(feedback),
            layer_name=name,
            source=source,
        )
    except bridge.Canceled as err:
        del sink  # closes the file, which the algorithm's wrapper then removes
        raise QgsProcessingException(str(err)) from None
    except BaseException:
        del sink
        raise
    del sink  # the file is complete and closed before the next output is written
    if style:
        attach_style(context, dest_id, style)
    return dest_id
