"""The field types of compat.py: the form the running QGIS expects, and fields that round-trip."""

from __future__ import annotations

import warnings

from qgis.core import Qgis, QgsField

from almaty_planner import compat
from almaty_planner.compat import FieldType, field_type, new_field


def test_field_type_form_follows_qgis() -> None:
    """QMetaType.Type from QGIS 3.38 on (the QVariant.Type constructor is deprecated there), else QVariant.Type."""
    assert compat.FIELD_TYPES_ARE_METATYPES is (Qgis.QGIS_VERSION_INT >= 33800)


def test_new_fields_have_their_type_and_no_deprecated_call() -> None:
    """Each FieldType makes a field of that type, without a deprecation warning from QGIS."""
    kinds = {
        "INT": "integer",
        "INT64": "integer64",
        "DOUBLE": "double",
        "BOOL": "boolean",
        "STRING": "string",
        "DATE": "date",
        "DATETIME": "datetime",
    }
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        for name, type_name in kinds.items():
            ftype = getattr(FieldType, name)
            field = new_field(name.lower(), ftype, type_name)
            assert field_type(field) == ftype, name
            assert field_type(QgsField(field)) == ftype, name
    assert FieldType.INT64 in compat.INTEGER_TYPES
    assert FieldType.DOUBLE in compat.REAL_TYPES
    assert FieldType.DOUBLE not in compat.INTEGER_TYPES
