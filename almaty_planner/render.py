"""Map pictures of results: a print layout with the map, a title, a legend, a scale bar, a north
arrow and the data credit, exported to PNG (used by the headless main job and the panel)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsSymbolLayerUtils,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

from almaty_planner.core.errors import OutputError
from almaty_planner.core.i18n import tr
from almaty_planner.core.safe_write import atomic_path

PAGE_W, PAGE_H = 297.0, 210.0  # A4 landscape, millimetres
MARGIN = 8.0
PANEL_W = 78.0  # legend column on the right


def _label(layout: QgsPrintLayout, text: str, x: float, y: float, w: float, h: float, size: int, bold: bool = False):
    """Add a text label at (x, y) mm of size (w, h) mm."""
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    item.setFont(font)
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(item)
    return item


def build_layout(
    project: QgsProject,
    layers: Sequence[QgsMapLayer],
    *,
    title: str,
    subtitle: str = "",
    credit: str = "",
    legend_layers: Sequence[QgsMapLayer] | None = None,
    extent: QgsRectangle | None = None,
) -> QgsPrintLayout:
    """A4 landscape layout: map on the left, title, legend, scale bar, north arrow and credit."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(title)
    map_w = PAGE_W - 2 * MARGIN - PANEL_W
    map_h = PAGE_H - 2 * MARGIN - 16
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(MARGIN, MARGIN + 14, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(map_w, map_h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.setLayers(list(layers))
    item.setCrs(layers[0].crs())
    if extent is None:
        layers[0].updateExtents()
    box = QgsRectangle(extent) if extent is not None else QgsRectangle(layers[0].extent())
    box.scale(1.04)
    item.setExtent(box)  # may change the item's size; restore it, then fit the extent into it
    item.attemptResize(QgsLayoutSize(map_w, map_h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.zoomToExtent(box)
    item.setFrameEnabled(True)
    item.setBackgroundColor(QColor("#f7f7f4"))

    _label(layout, title, MARGIN, MARGIN, PAGE_W - 2 * MARGIN, 8, 15, bold=True)
    if subtitle:
        _label(layout, subtitle, MARGIN, MARGIN + 7.5, PAGE_W - 2 * MARGIN, 6, 9)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in legend_layers if legend_layers is not None else layers:
        root.addLayer(layer)
    legend.setStyleFont(QgsLegendStyle.Style.Title, QFont("DejaVu Sans", 11, QFont.Weight.Bold))
    legend.setStyleFont(QgsLegendStyle.Style.SymbolLabel, QFont("DejaVu Sans", 8))
    legend.setStyleFont(QgsLegendStyle.Style.Subgroup, QFont("DejaVu Sans", 9, QFont.Weight.Bold))
    legend.setWrapString("|")
    legend.attemptMove(
        QgsLayoutPoint(PAGE_W - MARGIN - PANEL_W + 4, MARGIN + 14, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
    )
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)

    scale = QgsLayoutItemScaleBar(layout)
    layout.addLayoutItem(scale)
    scale.setLinkedMap(item)
    scale.applyDefaultSize()
    scale.setStyle("Single Box")
    scale.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scale.setUnitLabel(tr("km"))
    scale.setNumberOfSegmentsLeft(0)
    scale.setNumberOfSegments(4)
    scale.setUnitsPerSegment(2.0)
    scale.setFont(QFont("DejaVu Sans", 8))
    scale.attemptMove(QgsLayoutPoint(MARGIN + 4, PAGE_H - MARGIN - 16, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    scale.update()

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(QgsSymbolLayerUtils.svgSymbolNameToPath("arrows/NorthArrow_02.svg", QgsPathResolver()))
    arrow.attemptMove(QgsLayoutPoint(MARGIN + map_w - 14, MARGIN + 17, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    arrow.attemptResize(QgsLayoutSize(10, 14, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(arrow)

    if credit:
        _label(layout, credit, MARGIN, PAGE_H - MARGIN - 2, PAGE_W - 2 * MARGIN, 6, 7)
    return layout


def export_png(layout: QgsPrintLayout, path: Path, dpi: int = 150) -> Path:
    """Export the layout to ``path`` as PNG, whole or not at all (temporary file, then replace)."""
    path = Path(path)
    with atomic_path(path) as tmp:
        work = tmp.with_name(tmp.name + ".png")
        try:
            settings = QgsLayoutExporter.ImageExportSettings()
            settings.dpi = dpi
            settings.generateWorldFile = False
            settings.exportMetadata = False
            with _quiet_gdal():  # QGIS tries to georeference the PNG in place, which GDAL's PNG driver refuses
                result = QgsLayoutExporter(layout).exportToImage(str(work), settings)
            if result != QgsLayoutExporter.ExportResult.Success or not work.is_file():
                raise OutputError(tr("the map picture could not be written to {path}").format(path=path))
            os.replace(work, tmp)
        finally:
            for leftover in (work, work.with_name(work.name + ".aux.xml")):
                if leftover.exists():
                    leftover.unlink()
    return path


@contextmanager
def _quiet_gdal() -> Iterator[None]:
    """Silence GDAL's messages for the duration (when GDAL's Python bindings are present)."""
    try:
        from osgeo import gdal
    except ImportError:  # pragma: no cover - QGIS always ships them
        yield
        return
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()
