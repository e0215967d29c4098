"""The one place where QGIS 3.22 ... 4 (Qt 5 and Qt 6) differ for the plugin: the types of fields.

QGIS 3.38 and later (and so QGIS 4 on Qt 6, where ``QVariant.Type`` no longer exists) describe a
field's type with ``QMetaType.Type``: ``QgsField(name, QMetaType.Type.Double)``, and
``field.type()`` returns a ``QMetaType.Type`` (the ``QVariant.Type`` constructor is deprecated).
QGIS 3.22 ... 3.36 know only ``QVariant.Type``. Both enums give the same numbers on Qt 5, so a layer
written by one QGIS reads the same in the other. Which one is used is decided by a feature test
(what ``QgsField.type()`` returns), not by a version number.
"""

from __future__ import annotations

from typing import Any

from qgis.core import QgsField
from qgis.PyQt.QtCore import QMetaType

FIELD_TYPES_ARE_METATYPES = isinstance(QgsField().type(), QMetaType.Type)

if FIELD_TYPES_ARE_METATYPES:
    _Type: Any = QMetaType.Type
else:  # QGIS < 3.38, always on Qt 5
    from qgis.PyQt.QtCore import QVariant

    _Type = QVariant.Type


class FieldType:
    """The field types the plugin reads and writes, in the form the running QGIS expects."""

    INT = _Type.Int
    UINT = _Type.UInt
    INT64 = _Type.LongLong
    UINT64 = _Type.ULongLong
    DOUBLE = _Type.Double
    BOOL = _Type.Bool
    STRING = _Type.QString if FIELD_TYPES_ARE_METATYPES else _Type.String
    DATE = _Type.QDate if FIELD_TYPES_ARE_METATYPES else _Type.Date
    TIME = _Type.QTime if FIELD_TYPES_ARE_METATYPES else _Type.Time
    DATETIME = _Type.QDateTime if FIELD_TYPES_ARE_METATYPES else _Type.DateTime


INTEGER_TYPES = frozenset({FieldType.INT, FieldType.UINT, FieldType.INT64, FieldType.UINT64})
REAL_TYPES = frozenset({FieldType.DOUBLE})


def field_type(field: QgsField) -> Any:
    """The type of ``field`` as a :class:`FieldType` value."""
    return field.type()


def new_field(name: str, ftype: Any, type_name: str = "", length: int = 0, precision: int = 0) -> QgsField:
    """A ``QgsField`` of :class:`FieldType` ``ftype``."""
    return QgsField(name, ftype, type_name, length, precision)


def parameter_as_strings(alg: Any, parameters: dict[str, Any], name: str, context: Any) -> list[str]:
    """The field names of a multiple field parameter (``parameterAsStrings`` from QGIS 3.32 on,
    ``parameterAsFields``, deprecated since, before)."""
    if hasattr(alg, "parameterAsStrings"):
        return list(alg.parameterAsStrings(parameters, name, context))
    return list(alg.parameterAsFields(parameters, name, context))
