"""Norm packs: the norms every check compares against, as data files a planner can read and change.

A pack is a YAML (or JSON) file under ``resources/norms/``, a user folder or a folder QGIS passes in.
Its schema is documented in ``resources/norms/SCHEMA.md``. In short: a pack names its id, title,
jurisdiction, edition and source documents, may name a ``parent`` whose content it overrides per
service and per key, and gives per service a capacity unit, demand terms and sourced values.

The package: :mod:`.model` (values, demand terms, services, a resolved pack, the record of a norm
value used), :mod:`.validation` (reading and checking one file), :mod:`.resolution` (a pack over its
parents) and :mod:`.storage` (finding, loading with a session cache, saving). Everything public is
importable from here: ``from almaty_planner.core.norms import load_pack, available_packs, save_pack``.

Nothing here is a norm value: every number comes from a pack file.
"""

from __future__ import annotations

from almaty_planner.core.definitions import CAPACITY_UNITS
from almaty_planner.core.norms.model import (
    BASES,
    CONFIDENCES,
    DEVELOPMENT_TYPES,
    GIVEN_BY_USER,
    SCHEMA_VERSION,
    TIERS,
    VALUE_UNITS,
    DemandTerm,
    NormPack,
    NormUsage,
    NormUse,
    ServiceNorm,
    SourcedValue,
    _matches,
    _pick_title,
    compute_demand,
    content_hash,
    decode_uses,
    encode_uses,
    pack_change,
    require_tier,
    select_option,
    unique_uses,
)
from almaty_planner.core.norms.resolution import _check_resolved, _merge, _resolve
from almaty_planner.core.norms.storage import (
    ENV_NORMS_DIR,
    AvailablePacks,
    _pack_files,
    _scan,
    available_packs,
    builtin_norms_dir,
    load_pack,
    pack_dirs,
    refresh_packs,
    save_pack,
    user_norms_dir,
)
from almaty_planner.core.norms.validation import (
    PACK_SUFFIXES,
    REQUIRED_TOP_KEYS,
    TOP_KEYS,
    _Checker,
    _plain,
    read_pack_file,
    validate_content,
)

__all__ = [
    "BASES",
    "CAPACITY_UNITS",
    "CONFIDENCES",
    "DEVELOPMENT_TYPES",
    "ENV_NORMS_DIR",
    "GIVEN_BY_USER",
    "PACK_SUFFIXES",
    "REQUIRED_TOP_KEYS",
    "SCHEMA_VERSION",
    "TIERS",
    "TOP_KEYS",
    "VALUE_UNITS",
    "AvailablePacks",
    "DemandTerm",
    "NormPack",
    "NormUsage",
    "NormUse",
    "ServiceNorm",
    "SourcedValue",
    "_Checker",
    "_check_resolved",
    "_matches",
    "_merge",
    "_pack_files",
    "_pick_title",
    "_plain",
    "_resolve",
    "_scan",
    "available_packs",
    "builtin_norms_dir",
    "compute_demand",
    "content_hash",
    "decode_uses",
    "encode_uses",
    "load_pack",
    "pack_change",
    "pack_dirs",
    "read_pack_file",
    "refresh_packs",
    "require_tier",
    "save_pack",
    "select_option",
    "unique_uses",
    "user_norms_dir",
    "validate_content",
]
