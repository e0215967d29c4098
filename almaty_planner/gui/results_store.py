"""Results that last: the run's layers written into a GeoPackage the planner chooses, with their styles.

A new file is written whole or not at all (beside the target, then moved onto it); an existing file is
updated one table at a time, each table whole or not at all, its other tables kept. The layers are then
read back from the file, so the project refers to the file and reopening the project shows the same
results.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any

from qgis.core import QgsProject, QgsVectorFileWriter, QgsVectorLayer

from almaty_planner.core.errors import OutputError
from almaty_planner.toolbelt import tr

RUN_PROPERTY = "almaty_planner/run"


def default_output(project: QgsProject, today: dt.date | None = None) -> str:
    """``<project folder>/<project name>_results_<date>.gpkg``; the home folder for an unsaved project."""
    day = (today or dt.date.today()).isoformat()
    path = project.fileName()
    if path:
        project_file = Path(path)
        return str(project_file.with_name(f"{project_file.stem}_results_{day}.gpkg"))
    return str(Path.home() / f"regional_standards_results_{day}.gpkg")


def table_name(text: str) -> str:
    """A GeoPackage table name from ``school:catchment`` style keys."""
    cleaned = "".join(c if c.isalnum() or c == "_" else "_" for c in text.lower())
    return cleaned.strip("_") or "result"


def write_layers(path: str, layers: dict[str, QgsVectorLayer], transform_context: Any) -> None:
    """Write ``{table: layer}`` into the GeoPackage ``path`` (tables of the same name are replaced).

    A new file is written beside the target and moved onto it when every table is in (whole or not at
    all). An existing file is updated in place, one table at a time, each in its own transaction (a
    GeoPackage open in QGIS cannot be replaced safely: SQLite keeps its journal beside it); its other
    tables are kept.
    """
    target = Path(path).expanduser().absolute()
    if target.suffix.lower() != ".gpkg":
        raise OutputError(tr("The results file must be a GeoPackage (.gpkg): {path}").format(path=target))
    if not target.parent.is_dir():
        raise OutputError(tr("The folder {folder} does not exist.").format(folder=target.parent))
    if target.exists():
        _write_tables(target, target, layers, transform_context)
        return
    fd, name = tempfile.mkstemp(prefix=f".~{target.stem}.", suffix=".gpkg", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()
    try:
        _write_tables(tmp, target, layers, transform_context)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise OutputError(
                tr("Cannot replace {path}: the file is open in another program or read-only ({reason}).").format(
                    path=target, reason=exc.strerror or exc
                )
            ) from exc
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            if leftover.exists():
                leftover.unlink()


def _write_tables(file: Path, target: Path, layers: dict[str, QgsVectorLayer], transform_context: Any) -> None:
    """Write every layer as a table of the GeoPackage ``file`` (``target`` names it in messages)."""
    for table, layer in layers.items():
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.fileEncoding = "UTF-8"
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if file.exists()
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(file), transform_context, options)
        if result[0] != QgsVectorFileWriter.WriterError.NoError:
            raise OutputError(
                tr("The layer {layer} could not be written to {path}: {error}").format(
                    layer=layer.name(), path=target, error=result[1]
                )
            )


def load_layer(path: str, table: str, title: str) -> QgsVectorLayer:
    """The table ``table`` of the GeoPackage ``path`` as a layer named ``title``."""
    layer = QgsVectorLayer(f"{path}|layername={table}", title, "ogr")
    if not layer.isValid():
        raise OutputError(tr("The layer {table} cannot be read from {path}.").format(table=table, path=path))
    return layer


def save_style_in_file(layer: QgsVectorLayer, name: str) -> None:
    """Store the layer's style in its GeoPackage as the default style (others who open it see it too)."""
    name = name[:30]
    listed = layer.listStylesInDatabase()
    if listed and listed[0] > 0:  # QGIS 3.22 asks in a dialog before it overwrites a style: remove it first
        for style_id, style_name in zip(listed[1], listed[2]):
            if style_name == name:
                layer.deleteStyleFromDatabase(style_id)
    layer.saveStyleToDatabase(name, tr("Style of the Regional Standards panel"), True, "")
