"""The deficit atlas: the print layout ``resources/layouts/deficit_atlas.qpt`` over districts, one page per
district (deficit map, legend, scale bar, north arrow, title, data credit, the units with the largest
deficit), exported to one PDF. Used by the Processing algorithm ``deficit_atlas`` and by the panel.

The template holds the page; this module fills in what depends on the data: the layers of the map,
the coverage layer of the atlas, the table's layer, columns, filter and order, and the texts (layout
variables ``deficit_title``, ``deficit_subtitle``, ``deficit_credit``, ``deficit_legend_title``,
``deficit_table_title``) in the chosen language.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsExpressionContextUtils,
    QgsLayoutExporter,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtXml import QDomDocument

from almaty_planner.core.errors import InputError, OutputError
from almaty_planner.core.i18n import tr
from almaty_planner.core.paths import plugin_version, resources_dir
from almaty_planner.core.safe_write import atomic_path

TEMPLATE = "deficit_atlas.qpt"
WORST_UNITS = 10


def template_path() -> Path:
    """The print layout template shipped with the plugin."""
    return resources_dir() / "layouts" / TEMPLATE


@dataclass
class AtlasTexts:
    """The words on every page, already in the chosen language."""

    title: str
    subtitle: str = ""
    credit: str = ""


def default_credit(lang: str | None = None) -> str:
    """The data credit of the pages: OpenStreetMap and the plugin's version."""
    return tr(
        "Map data © OpenStreetMap contributors (ODbL). Computed with almaty_planner {version}; norm values as in "
        "the report, unverified values are marked there.",
        lang=lang,
    ).format(version=plugin_version())


def _table_columns(layer: QgsVectorLayer, lang: str | None) -> list[tuple[str, str]]:
    """(expression, heading) of the worst-units table for the fields the result layer has."""
    names = set(layer.fields().names())
    columns = [('"unit_name"' if "unit_name" in names else "@id", tr("Unit", lang=lang))]
    if "green_deficit_ha" in names:
        columns.append(('format_number("green_deficit_ha", 1)', tr("Green area missing, ha", lang=lang)))
    elif "deficit" in names:
        columns.append(('format_number("deficit", 0)', tr("Deficit", lang=lang)))
    if "provision_pct" in names:
        columns.append(('format_number("provision_pct", 0)', tr("Provision, %", lang=lang)))
    if "within_norm_pct" in names:
        columns.append(('format_number("within_norm_pct", 0)', tr("Met within the norm, %", lang=lang)))
    if "pop_without_sewer" in names:
        columns.append(('format_number("pop_without_sewer", 0)', tr("Residents without sewerage", lang=lang)))
    return columns


def _sort_field(layer: QgsVectorLayer) -> str:
    """The field the worst units are ordered by (largest first)."""
    for name in ("deficit", "green_deficit_ha", "pop_without_sewer"):
        if name in layer.fields().names():
            return name
    return ""


def build_atlas_layout(
    project: QgsProject,
    coverage: QgsVectorLayer,
    results: QgsVectorLayer,
    map_layers: Sequence[QgsVectorLayer],
    *,
    name_expression: str,
    texts: AtlasTexts,
    lang: str | None = None,
    worst: int = WORST_UNITS,
) -> QgsPrintLayout:
    """The template loaded into ``project``: atlas over ``coverage``, map of ``map_layers`` (top first),
    table of the ``worst`` units of ``results`` inside the page's district."""
    document = QDomDocument()
    if not document.setContent(template_path().read_text(encoding="utf-8")):
        raise OutputError(tr("the print layout template {path} cannot be read").format(path=template_path()))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise OutputError(tr("the print layout template {path} cannot be read").format(path=template_path()))
    layout.setName(texts.title)
    for name, value in (
        ("deficit_title", texts.title),
        ("deficit_subtitle", texts.subtitle),
        ("deficit_credit", texts.credit),
        ("deficit_legend_title", tr("Legend", lang=lang)),
        ("deficit_table_title", tr("Units with the largest deficit", lang=lang)),
    ):
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)

    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setPageNameExpression(name_expression)
    atlas.setSortFeatures(True)
    atlas.setSortExpression(name_expression)
    atlas.setEnabled(True)

    item_map = layout.itemById("map")
    if not isinstance(item_map, QgsLayoutItemMap):
        raise OutputError(tr("the print layout template has no map item 'map'"))
    item_map.setCrs(coverage.crs())
    item_map.setLayers(list(map_layers))
    item_map.setKeepLayerSet(True)
    item_map.setAtlasDriven(True)
    item_map.zoomToExtent(coverage.extent())
    size = QgsLayoutSize(item_map.sizeWithUnits())
    # The atlas fits each district by resizing the map item to the district's shape: keep the template's
    # size (the map then shows a little more around the district instead of running over the credit).
    atlas.featureChanged.connect(lambda *_args, item=item_map, size=size: _keep_size(item, size))

    legend = layout.itemById("legend")
    if isinstance(legend, QgsLayoutItemLegend):
        legend.setTitle(tr("Legend", lang=lang))
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in map_layers:
            root.addLayer(layer)
        legend.setLinkedMap(item_map)

    table = _worst_table(layout)
    if table is not None:
        table.setVectorLayer(results)
        table.setMaximumNumberOfFeatures(worst)
        columns = []
        wanted = _table_columns(results, lang)
        number_width = min(21.0, 63.0 / max(1, len(wanted) - 1))
        for expression, heading in wanted:
            column = QgsLayoutTableColumn(heading)
            column.setWidth(
                84.0 - number_width * (len(wanted) - 1) - 2.0 if expression == '"unit_name"' else number_width
            )
            column.setAttribute(expression)
            column.setHAlignment(
                Qt.AlignmentFlag.AlignLeft if expression == '"unit_name"' else Qt.AlignmentFlag.AlignRight
            )
            columns.append(column)
        table.setColumns(columns)
        atlas_geometry = "@atlas_geometry"
        if results.crs() != coverage.crs():
            atlas_geometry = f"transform(@atlas_geometry, '{coverage.crs().authid()}', '{results.crs().authid()}')"
        sort = _sort_field(results)
        table.setFilterFeatures(True)
        table.setFeatureFilter(
            f"intersects(point_on_surface($geometry), {atlas_geometry})" + (f' AND "{sort}" > 0' if sort else "")
        )
        if sort:
            _sort_table(table, sort)
        table.setEmptyTableMessage(tr("No unit with a deficit.", lang=lang))
        table.refresh()
    return layout


def _keep_size(item: QgsLayoutItemMap, size: QgsLayoutSize) -> None:
    """Give the map item its template size back and fit the district's extent into it."""
    extent = item.extent()
    item.attemptResize(size)
    item.zoomToExtent(extent)


def _worst_table(layout: QgsPrintLayout) -> QgsLayoutItemAttributeTable | None:
    """The attribute table of the template (its frame has the id ``worst_units``)."""
    for multi in layout.multiFrames():
        if isinstance(multi, QgsLayoutItemAttributeTable):
            return multi
    return None


def _sort_table(table: QgsLayoutItemAttributeTable, field: str) -> None:
    """Order the table by ``field``, largest first (QGIS >= 3.14 sort columns)."""
    from qgis.core import QgsLayoutTableColumn as Column

    column = Column()
    column.setAttribute(f'"{field}"')
    column.setSortOrder(Qt.SortOrder.DescendingOrder)
    table.setSortColumns([column])


def export_atlas_pdf(
    layout: QgsPrintLayout, path: Path | str, dpi: int = 150, canceled: Callable[[], bool] | None = None
) -> int:
    """Export every atlas page into one PDF at ``path``, whole or not at all; return the number of pages."""
    path = Path(path)
    atlas = layout.atlas()
    if atlas.coverageLayer() is None or atlas.coverageLayer().featureCount() == 0:
        raise InputError(tr("the atlas has no pages: the districts layer is empty"))
    with atomic_path(path) as tmp:
        work = tmp.with_name(tmp.name + ".pdf")  # the exporter wants a .pdf name
        try:
            settings = QgsLayoutExporter.PdfExportSettings()
            settings.dpi = dpi
            settings.rasterizeWholeImage = False
            # Text as text (searchable, selectable): QGIS 3.44 draws layout labels as outlines otherwise.
            settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
            result, error = QgsLayoutExporter.exportToPdf(atlas, str(work), settings)
            if result != QgsLayoutExporter.ExportResult.Success or not work.is_file():
                raise OutputError(
                    tr("the atlas could not be written to {path}: {error}").format(path=path, error=error)
                )
            os.replace(work, tmp)
        finally:
            if work.exists():
                work.unlink()
    if canceled is not None and canceled():
        return 0
    return atlas.count()
