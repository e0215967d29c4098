"""Reading and writing layers from plain Python (GeoPackage through geopandas), whole or not at all."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from almaty_planner.core.safe_write import atomic_path


def gpkg_ready(table: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A copy whose columns every GeoPackage writer accepts: yes/no columns become 1/0 (null kept),
    other mixed object columns become text."""
    out = table.copy()
    geometry = out.geometry.name
    for column in out.columns:
        if column == geometry or out[column].dtype != object:
            continue
        values = out[column]
        present = values.dropna()
        if len(present) and present.map(lambda v: isinstance(v, (bool, np.bool_))).all():
            out[column] = values.map(lambda v: None if _null(v) else int(bool(v))).astype(float)
        elif len(present) and not present.map(lambda v: isinstance(v, str)).all():
            out[column] = values.map(lambda v: None if _null(v) else str(v))
    return out


def _null(value: object) -> bool:
    """True for None, NaN and pd.NA (scalars only)."""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def write_gpkg(path: str | Path, layers: Mapping[str, gpd.GeoDataFrame]) -> Path:
    """Write every layer into one GeoPackage at ``path``: a temporary file first, moved into place only
    when every layer is written (an existing file is replaced whole, or left as it was)."""
    with atomic_path(Path(path)) as tmp:
        work = tmp.with_name(tmp.name + ".gpkg")  # GDAL wants a .gpkg name and no empty file
        try:
            for name, table in layers.items():
                gpkg_ready(table).to_file(work, layer=name, driver="GPKG")
            os.replace(work, tmp)
        finally:
            if work.exists():
                work.unlink()
    return Path(path)
