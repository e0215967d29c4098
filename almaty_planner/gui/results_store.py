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
        if not _fid_fits(layer):  # e.g. the units' fid repeated once per year: GDAL keeps it as a field then
            options.layerOptions = [f"FID={FID_COLUMN}"]
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


FID_COLUMN = "gpkg_fid"


def _fid_fits(layer: QgsVectorLayer) -> bool:
    """True unless ``layer`` has a field ``fid`` that cannot be the GeoPackage's feature id (GDAL takes a
    field of that name as the id: it must be a whole number, set and different in every feature)."""
    names = [name.lower() for name in layer.fields().names()]
    if "fid" not in names:
        return True
    index = names.index("fid")
    if not layer.fields().at(index).isNumeric():
        return False
    values = [feature.attributes()[index] for feature in layer.getFeatures()]
    if any(v is None or str(v) == "NULL" or float(v) != int(v) for v in values):
        return False
    return len(set(values)) == len(values)


def load_layer(path: str, table: str, title: str) -> QgsVectorLayer:
    """The table ``table`` of the GeoPackage ``path`` as a layer named ``title``."""
    layer = QgsVectorLayer(f"{path}|layername={table}", title, "ogr")
    if not layer.isValid():
        raise OutputError(tr("The layer {table} cannot be read from {path}.").format(table=table, path=path))
    return layer


def write_and_read(
    path: str, layers: dict[str, tuple[QgsVectorLayer, str]], transform_context: Any
) -> dict[str, QgsVectorLayer]:
    """Write ``{table: (layer, title)}`` into the GeoPackage ``path`` (:func:`write_layers`) and read each
    table back as a layer named ``title``: the layers the project then refers to."""
    write_layers(path, {table: layer for table, (layer, _title) in layers.items()}, transform_context)
    return {table: load_layer(path, table, title) for table, (_layer, title) in layers.items()}


def file_of(layer: QgsVectorLayer | None) -> str:
    """The file a GeoPackage layer reads (empty for other layers)."""
    if layer is None or layer.providerType() != "ogr":
        return ""
    return layer.source().split("|")[0]


def save_style_in_file(layer: QgsVectorLayer, name: str) -> None:
    """Store the layer's style in its GeoPackage as the default style (others who open it see it too)."""
    name = name[:30]
    listed = layer.listStylesInDatabase()
    if listed and listed[0] > 0:  # QGIS 3.22 asks in a dialog before it overwrites a style: remove it first
        for style_id, style_name in zip(listed[1], listed[2]):
            if style_name == name:
                layer.deleteStyleFromDatabase(style_id)
    layer.saveStyleToDatabase(name, tr("Style of the Regional Standards panel"), True, "")
