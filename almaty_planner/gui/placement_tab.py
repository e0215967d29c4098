"""The "Where to build" tab of the Regional Standards dock: sites for new facilities that close the most deficit.

It reads the dock's inputs (units, population, names, the facility layer and capacity field of the
chosen service, the norm pack), adds the candidate sites, the number of new facilities and the method,
and runs ``almaty_planner:facility_placement`` through Processing in a background task. The chosen
sites and the units before/after go into the results group; the chart draws the deficit after N new
facilities; the summary says how the answer was found (optimality and gap for ``exact``). The layers
and the curve are written into the results GeoPackage and shown again when the project is reopened
(``tab_results``).
"""

from __future__ import annotations

import logging
from typing import Any

from qgis.core import (
    Qgis,
    QgsFieldProxyModel,
    QgsMapLayerProxyModel,
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPalette, QPen
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from almaty_planner.gui.runner import ChecksRun, Job, JobResult
from almaty_planner.gui.tab_results import JobTab, Part, TabChoices, TabResults, run_row
from almaty_planner.toolbelt import tr

LOGGER = logging.getLogger(__name__)
METHODS = ("greedy", "exact")
SUMMARY_OUTPUTS = ("DEFICIT_BEFORE", "DEFICIT_AFTER", "SITES_CHOSEN", "STATUS", "GAP")


def _number(value: float) -> str:
    """A whole number with thin spaces between thousands."""
    return f"{value:,.0f}".replace(",", "\u202f")


class CurveChart(QWidget):
    """The deficit within the norm after N new facilities (diminishing returns)."""

    def __init__(self, parent: Any = None) -> None:
        """An empty chart."""
        super().__init__(parent)
        self.setObjectName("AlmatyPlannerPlacementCurve")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(200)
        self.values: list[float] = []

    def set_values(self, values: list[float]) -> None:
        """The deficit after 0, 1, 2, ... new facilities."""
        self.values = [float(v) for v in values]
        self.update()

    def sizeHint(self) -> QSize:
        """A chart of a useful height."""
        return QSize(320, 220)

    def paintEvent(self, event: Any) -> None:
        """Axes, the line and its end values."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        top_text = _number(max(self.values)) if self.values else "0"
        left = max(56.0, painter.fontMetrics().horizontalAdvance(top_text) + 10.0)  # room for the top value
        rect = QRectF(self.rect()).adjusted(left, 14, -12, -30)
        if len(self.values) < 2 or rect.width() <= 0 or rect.height() <= 0:
            painter.setPen(text)
            painter.drawText(
                QRectF(self.rect()),
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                tr("Run to see the curve"),
            )
            painter.end()
            return
        top = max(self.values) or 1.0
        n = len(self.values) - 1

        def point(k: int, value: float) -> QPointF:
            return QPointF(rect.left() + rect.width() * k / n, rect.bottom() - rect.height() * value / top)

        painter.setPen(QPen(text, 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.topLeft())
        painter.drawText(QRectF(0, rect.top() - 8, left - 4, 16), int(Qt.AlignmentFlag.AlignRight), _number(top))
        painter.drawText(QRectF(0, rect.bottom() - 8, left - 4, 16), int(Qt.AlignmentFlag.AlignRight), "0")
        painter.drawText(
            QRectF(0, rect.bottom() + 4, self.width(), 16),
            int(Qt.AlignmentFlag.AlignCenter),
            tr("new facilities: 0 ... {n}").format(n=n),
        )
        painter.setPen(QPen(QColor(215, 48, 39), 2))
        for k in range(n):
            painter.drawLine(point(k, self.values[k]), point(k + 1, self.values[k + 1]))
        painter.end()


def style_units(layer: QgsVectorLayer) -> None:
    """Units shaded by the deficit left after the new sites (white: none, darker red: more)."""
    values = sorted(float(f["deficit_after"] or 0.0) for f in layer.getFeatures())
    positive = [v for v in values if v > 0]
    root = QgsRuleBasedRenderer.Rule(None)
    none = QgsSymbol.defaultSymbol(layer.geometryType())
    none.setColor(QColor(240, 240, 240))
    root.appendChild(QgsRuleBasedRenderer.Rule(none, 0, 0, '"deficit_after" <= 0', tr("No deficit left")))
    if positive:
        cuts = [positive[int(len(positive) * q) - 1] for q in (0.25, 0.5, 0.75)] + [positive[-1]]
        shades = (QColor(252, 187, 161), QColor(251, 106, 74), QColor(222, 45, 38), QColor(165, 15, 21))
        low = 0.0
        for cut, colour in zip(cuts, shades):
            symbol = QgsSymbol.defaultSymbol(layer.geometryType())
            symbol.setColor(colour)
            expression = f'"deficit_after" > {low!r} AND "deficit_after" <= {cut!r}'
            label = tr("Deficit left {low} - {high}").format(low=_number(low), high=_number(cut))
            root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
            low = cut
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.setOpacity(0.8)
    layer.triggerRepaint()


def style_sites(layer: QgsVectorLayer) -> None:
    """Chosen sites in green, labelled with their rank."""
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor(26, 152, 80))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = "rank"
    text = QgsTextFormat()
    text.setSize(10)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()


class PlacementTab(JobTab, QWidget):
    """Where to build: candidate sites, number of new facilities, method; chosen sites on the map."""

    def __init__(self, dock: Any) -> None:
        """Build the widgets; the dock gives the inputs, the message bar and the results group."""
        super().__init__(dock)
        self.setObjectName("AlmatyPlannerPlacementTab")
        self.dock = dock
        self.run: ChecksRun | None = None
        self.layers: list[QgsVectorLayer] = []
        self.outputs: dict[str, Any] = {}
        self.stored = TabResults(dock, "placement")
        box = QVBoxLayout(self)
        inputs = QGroupBox(tr("New facilities"))
        inputs.setToolTip(
            tr("Units, population, population points, existing facilities and the norm pack come from the Inputs tab.")
        )
        form = QFormLayout(inputs)
        self.service_combo = QComboBox()
        self.service_combo.setObjectName("placementService")
        from almaty_planner.gui.dock import service_label

        for service in self.dock.panel.service_layers:  # the facility services of the packs
            self.service_combo.addItem(service_label(service), service)
        self.candidates_combo = QgsMapLayerComboBox()
        self.candidates_combo.setObjectName("placementCandidates")
        self.candidates_combo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.candidates_combo.setAllowEmptyLayer(True)
        self.candidates_combo.setLayer(None)
        self.capacity_combo = QgsFieldComboBox()
        self.capacity_combo.setObjectName("placementCapacityField")
        self.capacity_combo.setAllowEmptyFieldName(True)
        self.capacity_combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("placementCount")
        self.count_spin.setRange(1, 10_000)
        self.count_spin.setValue(10)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("placementMethod")
        self.method_combo.addItem(tr("greedy with swaps (fast)"), "greedy")
        self.method_combo.addItem(tr("exact (mixed-integer program, time limit)"), "exact")
        self.time_spin = QDoubleSpinBox()
        self.time_spin.setObjectName("placementTimeLimit")
        self.time_spin.setRange(1.0, 3600.0)
        self.time_spin.setValue(60.0)
        self.time_spin.setSuffix(tr(" s"))
        self.radius_spin = QDoubleSpinBox()
        self.radius_spin.setObjectName("placementRadius")
        self.radius_spin.setRange(0.0, 100_000.0)
        self.radius_spin.setDecimals(0)
        self.radius_spin.setSpecialValueText(tr("the pack's radius"))
        self.radius_spin.setSuffix(tr(" m"))
        form.addRow(tr("Service"), self.service_combo)
        form.addRow(tr("Candidate sites"), self.candidates_combo)
        self.capacity_combo.setToolTip(tr("Empty: the norm pack's typical size of the service."))
        form.addRow(tr("Capacity field"), self.capacity_combo)
        form.addRow(tr("How many"), self.count_spin)
        form.addRow(tr("Method"), self.method_combo)
        form.addRow(tr("Time limit"), self.time_spin)
        form.addRow(tr("Radius"), self.radius_spin)
        box.addWidget(inputs)
        row, self.run_button, self.cancel_button, self.progress = run_row(
            tr("Where to build"), "placementRun", "placementCancel", "placementProgress"
        )
        box.addLayout(row)
        self.chart = CurveChart()
        box.addWidget(self.chart)
        self.summary = QLabel()
        self.summary.setObjectName("placementSummary")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        box.addStretch(1)
        self.candidates_combo.layerChanged.connect(self.capacity_combo.setLayer)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.choices = TabChoices(
            dock.project,
            "placement",
            {
                "service": self.service_combo,
                "candidates": self.candidates_combo,
                "candidate_capacity_field": self.capacity_combo,
                "count": self.count_spin,
                "method": self.method_combo,
                "time_limit_s": self.time_spin,
                "radius_m": self.radius_spin,
            },
        )

    def service(self) -> str:
        """The chosen service."""
        return str(self.service_combo.currentData() or next(iter(self.dock.panel.service_layers), ""))

    def parameters(self) -> tuple[dict[str, Any], str]:
        """The algorithm's parameters and the pack file; ValueError with what is missing."""
        from almaty_planner.gui.dock import pack_file_of, service_label

        settings = self.dock.current_settings()
        service = self.service()
        choice = settings.services[service]
        problems = []
        if not settings.units_layer_id or not settings.population_field:
            problems.append(tr("Choose the units layer and its population field on the Inputs tab."))
        if not choice.layer_id or not choice.capacity_field:
            problems.append(
                tr("Choose the facility layer and capacity field of {service} on the Inputs tab.").format(
                    service=service_label(service)
                )
            )
        if not settings.norm_pack:
            problems.append(tr("Choose a norm pack on the Inputs tab."))
        candidates = self.candidates_combo.currentLayer()
        if candidates is None:
            problems.append(tr("Choose the layer of candidate sites."))
        if problems:
            raise ValueError(" ".join(problems))
        params: dict[str, Any] = {
            "UNITS": settings.units_layer_id,
            "POPULATION_FIELD": settings.population_field,
            "UNIT_NAME_FIELD": settings.name_field or None,
            "POPULATION_POINTS": settings.points_layer_id or None,
            "POINTS_POPULATION_FIELD": settings.points_field or None,
            "FACILITIES": choice.layer_id,
            "CAPACITY_FIELD": choice.capacity_field,
            "CANDIDATES": candidates.id(),
            "CANDIDATE_CAPACITY_FIELD": self.capacity_combo.currentField() or None,
            "COUNT": self.count_spin.value(),
            "SERVICE": service,
            "NORM_PACK": settings.norm_pack,
            "PLACEMENT_METHOD": self.method_combo.currentData(),
            "TIME_LIMIT_S": self.time_spin.value(),
            "RADIUS_M": self.radius_spin.value() or None,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_UNITS": "TEMPORARY_OUTPUT",
            "OUTPUT_CURVE": "TEMPORARY_OUTPUT",
        }
        return params, pack_file_of(settings.norm_pack)

    def start(self) -> None:
        """Run the placement in the background."""
        if self.running():
            return
        try:
            params, pack_file = self.parameters()
        except ValueError as error:
            self.dock.message(str(error), Qgis.MessageLevel.Warning)
            return
        from almaty_planner.gui.dock import service_label

        title = tr("{service}: where to build").format(service=service_label(self.service()))
        job = Job(
            "facility_placement",
            self.service(),
            params,
            title,
            pack_file=pack_file,
            extra_outputs={"OUTPUT_UNITS": "placement_units", "OUTPUT_CURVE": "placement_curve"},
        )
        self.start_job(job)

    def _finished(self, result: JobResult) -> None:
        """Chosen sites and units into the results file and group; the curve and the summary."""
        if result.layer is None:
            self.dock.message(
                tr("{what}: {error}").format(what=result.job.title, error=" ".join(result.errors)),
                Qgis.MessageLevel.Critical,
            )
            return
        parts = [Part("sites", result.layer, result.job.title, style=style_sites)]
        units = result.extra_layers.get("OUTPUT_UNITS")
        if units is not None:
            title = tr("{name}: units before and after").format(name=result.job.title)
            parts.append(Part("units", units, title, style=style_units))
        curve = result.extra_layers.get("OUTPUT_CURVE")
        if curve is not None:
            parts.append(Part("curve", curve, "curve", on_map=False))  # a table the tab reads, not on the map
        values = {name: _plain(result.outputs.get(name)) for name in SUMMARY_OUTPUTS}
        self.keep(parts, values)

    def clear_result(self) -> None:
        """An empty tab: no layers, no curve, no summary."""
        self.layers = []
        self.outputs = {}
        self.chart.set_values([])
        self.summary.setText("")

    def show_stored(self) -> None:
        """The curve and the summary from the stored placement (its layers, curve table and outputs)."""
        stored = self.stored
        self.layers = [layer for layer in (stored.layers.get("sites"), stored.layers.get("units")) if layer is not None]
        curve = stored.get("curve")
        rows = sorted(
            ((int(f["new_facilities"]), float(f["deficit_after"])) for f in curve.getFeatures()) if curve else ()
        )
        self.chart.set_values([value for _n, value in rows])
        self.outputs = dict(stored.values)
        status = str(self.outputs.get("STATUS") or "")
        gap = self.outputs.get("GAP")
        text = tr("Deficit within the norm {before} -> {after} with {n} new sites. {status}").format(
            before=_number(float(self.outputs.get("DEFICIT_BEFORE") or 0.0)),
            after=_number(float(self.outputs.get("DEFICIT_AFTER") or 0.0)),
            n=int(self.outputs.get("SITES_CHOSEN") or 0),
            status=status,
        )
        if gap is not None and str(gap) != "NULL":
            text += " " + tr("Gap to the bound: {gap:.3%}.").format(gap=float(gap))
        from almaty_planner.gui.dock import pack_warning

        changed = pack_warning(stored.layers.get("units", stored.layers.get("sites")))
        self.summary.setText(text + (" " + changed if changed else ""))


def _plain(value: Any) -> Any:
    """An output value as JSON keeps it (numbers and text; NULL and others as None)."""
    if isinstance(value, (int, float, str)) and not isinstance(value, bool) and str(value) != "NULL":
        return value
    return None
