"""The Plan tab of the Regional Standards dock: deficits year by year, against the targets, and scenarios.

It reads the dock's inputs (units, population, names, the facility layer of the chosen service, the
norm pack and method), adds the years and the growth, and runs ``almaty_planner:deficit_trajectory``
through Processing in a background task. The results are temporal layers (QGIS's temporal controller
animates them); the year slider shows one year on the map; the chart draws the city's deficit per
year of every scenario with the targets; the table puts the scenarios side by side. The layers and the
city table are written into the results GeoPackage and shown again when the project is reopened
(``tab_results``).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from qgis.core import Qgis, QgsFeature, QgsFieldProxyModel, QgsVectorLayer
from qgis.gui import QgsFieldComboBox
from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPalette, QPen
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from almaty_planner.compat import FieldType, new_field
from almaty_planner.core import definitions
from almaty_planner.gui import styling
from almaty_planner.gui.runner import ChecksRun, Job, JobResult
from almaty_planner.gui.tab_results import JobTab, Part, TabChoices, TabResults, run_row
from almaty_planner.temporal import make_temporal
from almaty_planner.toolbelt import tr

LOGGER = logging.getLogger(__name__)
BASELINE = "baseline"
LINE_COLOURS = (QColor(215, 48, 39), QColor(69, 117, 180), QColor(26, 152, 80), QColor(128, 100, 162))


def parse_targets(text: str) -> dict[int, float]:
    """``2025: 7300; 2026: 5000`` (or ``2025=7300, 2026=5000``) as ``{year: target}``; ValueError if bad."""
    out: dict[int, float] = {}
    for part in text.replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        sep = ":" if ":" in part else "="
        year, _, value = part.partition(sep)
        try:
            y, v = int(year.strip()), float(value.strip().replace("\u202f", "").replace(" ", ""))
        except ValueError:
            raise ValueError(
                tr("Targets: write year: target, e.g. 2025: 7300; 2026: 5000 (got {part!r}).").format(part=part)
            ) from None
        if not 1900 <= y <= 2100:
            raise ValueError(tr("Targets: {year} is not a year from 1900 to 2100.").format(year=y))
        out[y] = v
    return out


def _number(value: float) -> str:
    """A whole number with thin spaces between thousands."""
    return f"{value:,.0f}".replace(",", "\u202f")


def nice_top(value: float) -> float:
    """The top of a value axis: 1, 2, 2.5 or 5 times a power of ten, at least ``value``."""
    import math

    power = 10.0 ** math.floor(math.log10(max(value, 1e-9)))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if step * power >= value:
            return step * power
    return 10.0 * power


def targets_layer(targets: dict[int, float]) -> QgsVectorLayer:
    """A memory table with fields year and target (the TARGETS input of the algorithm)."""
    layer = QgsVectorLayer("None", tr("Targets"), "memory")
    provider = layer.dataProvider()
    provider.addAttributes([new_field("year", FieldType.INT), new_field("target", FieldType.DOUBLE)])
    layer.updateFields()
    features = []
    for year, value in sorted(targets.items()):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([year, value])
        features.append(feature)
    provider.addFeatures(features)
    return layer


class TrajectoryChart(QWidget):
    """The city's deficit per year, one line per scenario, and the targets as dashed diamonds."""

    def __init__(self, parent: Any = None) -> None:
        """An empty chart."""
        super().__init__(parent)
        self.setObjectName("AlmatyPlannerTrajectoryChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(220)
        self._years: list[int] = []
        self._lines: dict[str, list[float]] = {}
        self._targets: dict[int, float] = {}
        self._year: int | None = None

    def set_data(self, years: list[int], lines: dict[str, list[float]], targets: dict[int, float]) -> None:
        """Years, deficit per year of each scenario, targets by year."""
        self._years, self._lines, self._targets = list(years), dict(lines), dict(targets)
        self.update()

    def set_year(self, year: int | None) -> None:
        """Mark the year shown on the map."""
        self._year = year
        self.update()

    def lines(self) -> dict[str, list[float]]:
        """The lines drawn (scenario -> deficit per year)."""
        return dict(self._lines)

    def sizeHint(self) -> QSize:
        """A chart of moderate height."""
        return QSize(300, 240)

    def _scale(self) -> tuple[QRectF, float]:
        """The plot area and the top of the value axis."""
        values = [v for line in self._lines.values() for v in line] + list(self._targets.values())
        top = nice_top(max([1.0, *values]))
        metrics = self.fontMetrics()
        h = metrics.height()
        left = metrics.horizontalAdvance(_number(top)) + 10.0
        area = QRectF(
            left, h * 2.0, max(self.width() - left - 24, 10), max(self.height() - h * 6.5, 10)
        )  # room for 2 legend lines
        return area, top

    def point(self, k: int, value: float) -> QPointF:
        """Widget coordinates of year index ``k`` at ``value``."""
        area, top = self._scale()
        n = max(len(self._years) - 1, 1)
        return QPointF(area.left() + area.width() * k / n, area.bottom() - area.height() * value / top)

    def paintEvent(self, event: Any) -> None:
        """Axes, year labels, one line per scenario, the targets and the legend."""
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            text = self.palette().color(QPalette.ColorRole.WindowText)
            painter.setPen(text)
            painter.drawText(
                QRectF(4, 2, self.width() - 8, painter.fontMetrics().height() + 2),
                Qt.AlignmentFlag.AlignLeft,
                tr("City deficit per year against the targets"),
            )
            if not self._years:
                painter.drawText(
                    QRectF(4, 24, self.width() - 8, 18), Qt.AlignmentFlag.AlignLeft, tr("No trajectory yet.")
                )
                return
            area, top = self._scale()
            painter.drawLine(area.bottomLeft(), area.bottomRight())
            painter.drawLine(area.bottomLeft(), area.topLeft())
            h = float(painter.fontMetrics().height())
            for frac in (0.0, 0.25, 0.5, 0.75, 1.0):
                y = area.bottom() - area.height() * frac
                painter.drawText(
                    QRectF(0, y - h / 2, area.left() - 6, h),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    _number(top * frac),
                )
            label = painter.fontMetrics().horizontalAdvance("2030") + 8.0  # a year label and a gap
            fit = max(1, int(area.width() // label))  # labels that fit side by side in the plot's width
            step = max(1, -(-len(self._years) // fit), len(self._years) // 8)
            last = len(self._years) - 1
            for k, year in enumerate(self._years):
                near_last = k != last and self.point(last, 0.0).x() - self.point(k, 0.0).x() < label
                if (k % step == 0 and not near_last) or k == last:  # the last year always, never overlapped
                    p = self.point(k, 0.0)
                    painter.drawText(
                        QRectF(p.x() - 30, area.bottom() + 3, 60, h * 1.5),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                        str(year),
                    )
            if self._year in self._years:
                k = self._years.index(self._year)
                painter.setPen(QPen(QColor(150, 150, 150), 1, Qt.PenStyle.DotLine))
                x = self.point(k, 0.0).x()
                painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            legend_y = area.bottom() + h * 2.0
            legend_x = area.left()
            for i, (name, values) in enumerate(self._lines.items()):
                colour = LINE_COLOURS[i % len(LINE_COLOURS)]
                painter.setPen(QPen(colour, 2))
                for k in range(1, len(values)):
                    painter.drawLine(self.point(k - 1, values[k - 1]), self.point(k, values[k]))
                for k, value in enumerate(values):
                    painter.drawEllipse(self.point(k, value), 2.5, 2.5)
                legend_x, legend_y = self._wrap(painter, legend_x, legend_y, area.left(), name)
                legend_x = self._legend(painter, legend_x, legend_y, colour, Qt.PenStyle.SolidLine, name, text)
            if self._targets:
                painter.setPen(QPen(QColor(0, 0, 0), 1.5, Qt.PenStyle.DashLine))
                known = [(self._years.index(y), v) for y, v in sorted(self._targets.items()) if y in self._years]
                for (k0, v0), (k1, v1) in zip(known, known[1:]):
                    painter.drawLine(self.point(k0, v0), self.point(k1, v1))
                for k, value in known:
                    p = self.point(k, value)
                    painter.drawLine(QPointF(p.x() - 3, p.y()), QPointF(p.x(), p.y() - 3))
                    painter.drawLine(QPointF(p.x(), p.y() - 3), QPointF(p.x() + 3, p.y()))
                    painter.drawLine(QPointF(p.x() + 3, p.y()), QPointF(p.x(), p.y() + 3))
                    painter.drawLine(QPointF(p.x(), p.y() + 3), QPointF(p.x() - 3, p.y()))
                legend_x, legend_y = self._wrap(painter, legend_x, legend_y, area.left(), tr("Target"))
                self._legend(painter, legend_x, legend_y, QColor(0, 0, 0), Qt.PenStyle.DashLine, tr("Target"), text)
        finally:
            painter.end()

    def _wrap(self, painter: QPainter, x: float, y: float, left: float, name: str) -> tuple[float, float]:
        """Where the legend entry ``name`` goes: at ``x`` when it fits in the width, else on the next line."""
        width = 28 + painter.fontMetrics().horizontalAdvance(name) + 8
        if x > left and x + width > self.width():
            return left, y + float(painter.fontMetrics().height())
        return x, y

    def _legend(
        self, painter: QPainter, x: float, y: float, colour: QColor, style: Any, name: str, text: QColor
    ) -> float:
        """One legend entry; returns the x of the next."""
        painter.setPen(QPen(colour, 2, style))
        h = float(painter.fontMetrics().height())
        painter.drawLine(QPointF(x, y + h / 2), QPointF(x + 16, y + h / 2))
        painter.setPen(text)
        width = painter.fontMetrics().horizontalAdvance(name) + 8
        painter.drawText(QRectF(x + 20, y, width, h), Qt.AlignmentFlag.AlignLeft, name)
        return x + 28 + width


def _style_trajectory(layer: QgsVectorLayer) -> None:
    """Deficit colours of a provision result, and the year as QGIS's time (the temporal controller)."""
    styling.style_result_layer(layer, "provision")
    make_temporal(layer)


class PlanTab(JobTab, QWidget):
    """Years, growth and targets; run the trajectory; the year slider, the chart and the scenarios."""

    def __init__(self, dock: Any) -> None:
        """Build the widgets; the dock gives the inputs, the message bar and the results group."""
        super().__init__(dock)
        self.setObjectName("AlmatyPlannerPlanTab")
        self.dock = dock
        self.run: ChecksRun | None = None
        self.layer: QgsVectorLayer | None = None
        self.units_layer: QgsVectorLayer | None = None
        self.city: dict[tuple[str, int], dict[str, Any]] = {}
        self.scenarios: list[str] = []
        self.stored = TabResults(dock, "plan")
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        box = QVBoxLayout(inner)

        inputs = QGroupBox(tr("Years and growth (units, facilities, norms and method: Inputs tab)"))
        form = QFormLayout(inputs)
        self.service_combo = QComboBox()
        self.service_combo.setObjectName("planService")
        self._watched: set[str] = set()  # services whose facility layer choice the field lists follow
        self.year_combo = self._field_combo("planYearField", numeric=True)
        self.status_combo = self._field_combo("planStatusField")
        self.close_combo = self._field_combo("planCloseYearField", numeric=True)
        self.scenario_combo = self._field_combo("planScenarioField")
        this_year = dt.date.today().year
        self.base_spin = self._year_spin("planBaseYear", this_year)
        self.from_spin = self._year_spin("planFromYear", this_year)
        self.to_spin = self._year_spin("planToYear", max(this_year, 2030))
        self.growth_spin = QDoubleSpinBox()
        self.growth_spin.setObjectName("planGrowth")
        self.growth_spin.setRange(-50.0, 50.0)
        self.growth_spin.setDecimals(2)
        self.growth_spin.setSuffix(" %")
        self.targets_edit = QLineEdit()
        self.targets_edit.setObjectName("planTargets")
        self.targets_edit.setPlaceholderText(tr("e.g. 2025: 7300; 2026: 5000"))
        form.addRow(tr("Service"), self.service_combo)
        form.addRow(tr("Commissioning year field"), self.year_combo)
        form.addRow(tr("Status field"), self.status_combo)
        form.addRow(tr("Closing year field"), self.close_combo)
        form.addRow(tr("Scenario field"), self.scenario_combo)
        form.addRow(tr("Year of the population figures"), self.base_spin)
        form.addRow(tr("From year"), self.from_spin)
        form.addRow(tr("To year"), self.to_spin)
        form.addRow(tr("Population growth a year"), self.growth_spin)
        form.addRow(tr("Targets (city deficit)"), self.targets_edit)
        box.addWidget(inputs)

        row, self.run_button, self.cancel_button, self.progress = run_row(
            tr("Run trajectory"), "planRun", "planCancel", "planProgress"
        )
        box.addLayout(row)

        shown = QGroupBox(tr("On the map"))
        grid = QFormLayout(shown)
        slider_row = QHBoxLayout()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("planYearSlider")
        self.slider.setEnabled(False)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setPageStep(1)
        self.year_label = QLabel("")
        self.year_label.setObjectName("planYearLabel")
        slider_row.addWidget(self.slider, 1)
        slider_row.addWidget(self.year_label)
        self.map_scenario = QComboBox()
        self.map_scenario.setObjectName("planMapScenario")
        self.animate_check = QCheckBox(tr("All years (animate with the temporal controller)"))
        self.animate_check.setObjectName("planAnimate")
        grid.addRow(tr("Year"), slider_row)
        grid.addRow(tr("Scenario"), self.map_scenario)
        grid.addRow(self.animate_check)
        box.addWidget(shown)

        self.chart = TrajectoryChart()
        box.addWidget(self.chart)
        self.table = QTableWidget()
        self.table.setObjectName("planScenarioTable")
        self.table.setMinimumHeight(150)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.table)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        box.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll)

        self.refresh_services()
        self.service_combo.currentIndexChanged.connect(self._service_changed)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.slider.valueChanged.connect(self.show_year)
        self.map_scenario.currentIndexChanged.connect(lambda *_: self.show_year(self.slider.value()))
        self.animate_check.toggled.connect(lambda *_: self.show_year(self.slider.value()))
        self._service_changed()
        self.choices = TabChoices(
            dock.project,
            "plan",
            {
                "service": self.service_combo,
                "year_field": self.year_combo,
                "status_field": self.status_combo,
                "close_year_field": self.close_combo,
                "scenario_field": self.scenario_combo,
                "base_year": self.base_spin,
                "from_year": self.from_spin,
                "to_year": self.to_spin,
                "growth_pct": self.growth_spin,
                "targets": self.targets_edit,
            },
        )

    # -- inputs -----------------------------------------------------------------------------------
    @staticmethod
    def _service_label(service: str) -> str:
        """The dock's name of the service."""
        from almaty_planner.gui.dock import service_label

        return service_label(service)

    def _field_combo(self, name: str, numeric: bool = False) -> QgsFieldComboBox:
        """An optional field of the facility layer."""
        combo = QgsFieldComboBox()
        combo.setObjectName(name)
        combo.setAllowEmptyFieldName(True)
        if numeric:
            combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        return combo

    @staticmethod
    def _year_spin(name: str, value: int) -> QSpinBox:
        """A year 1900-2100."""
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(1900, 2100)
        spin.setValue(value)
        return spin

    def refresh_services(self) -> None:
        """List the facility services of the chosen pack (all the packs' without a pack), as the Inputs tab shows.

        Called when the pack choice changes or the packs are listed again; the chosen service stays when
        the pack still has it.
        """
        layers = self.dock.panel.service_layers
        for service, combo in layers.items():  # the field lists follow the facility layer choices
            if service not in self._watched:
                combo.layerChanged.connect(self._service_changed)
                self._watched.add(service)
        chosen = getattr(self.dock, "chosen_pack", lambda: None)()
        offered = [s for s in definitions.facility_services(chosen) if s in layers] if chosen is not None else []
        services = offered or list(layers)
        current = self.service_combo.currentData()
        if [self.service_combo.itemData(i) for i in range(self.service_combo.count())] == services:
            return
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        for service in services:
            self.service_combo.addItem(self._service_label(service), service)
        index = self.service_combo.findData(current)
        self.service_combo.setCurrentIndex(max(index, 0))
        self.service_combo.blockSignals(False)
        if self.service_combo.currentData() != current:
            self._service_changed()

    def service(self) -> str:
        """The chosen service."""
        return str(self.service_combo.currentData() or next(iter(self.dock.panel.service_layers), ""))

    def _service_changed(self, *_args: Any) -> None:
        """Offer the fields of the chosen service's facility layer; pick the obvious ones."""
        layer = self.dock.panel.service_layers[self.service()].currentLayer()
        for combo, guesses in (
            (self.year_combo, ("year", "commissioning_year", "year_open")),
            (self.status_combo, ("status",)),
            (self.close_combo, ("close_year", "closing_year", "year_close")),
            (self.scenario_combo, ("scenario",)),
        ):
            combo.setLayer(layer)
            names = layer.fields().names() if layer is not None else []
            combo.setField(next((g for g in guesses if g in names), ""))

    def parameters(self) -> tuple[dict[str, Any], str, QgsVectorLayer | None]:
        """The algorithm's parameters, the pack file, and the targets layer; ValueError with what is missing."""
        dock = self.dock
        settings = dock.current_settings()
        service = self.service()
        choice = settings.services[service]
        problems = []
        if not settings.units_layer_id or not settings.population_field:
            problems.append(tr("Choose the units layer and its population field on the Inputs tab."))
        if not choice.layer_id or not choice.capacity_field:
            problems.append(
                tr("Choose the facility layer and capacity field of {service} on the Inputs tab.").format(
                    service=self._service_label(service)
                )
            )
        if not settings.norm_pack:
            problems.append(tr("Choose a norm pack on the Inputs tab."))
        if self.from_spin.value() > self.to_spin.value():
            problems.append(tr("The first year is after the last year."))
        targets = parse_targets(self.targets_edit.text())
        if problems:
            raise ValueError(" ".join(problems))
        from almaty_planner.gui.dock import pack_file_of

        params: dict[str, Any] = {
            "UNITS": settings.units_layer_id,
            "POPULATION_FIELD": settings.population_field,
            "UNIT_NAME_FIELD": settings.name_field or None,
            "FACILITIES": choice.layer_id,
            "CAPACITY_FIELD": choice.capacity_field,
            "SERVICE": service,
            "NORM_PACK": settings.norm_pack,
            "METHOD": settings.method,
            "YEAR_FIELD": self.year_combo.currentField() or None,
            "STATUS_FIELD": self.status_combo.currentField() or None,
            "CLOSE_YEAR_FIELD": self.close_combo.currentField() or None,
            "SCENARIO_FIELD": self.scenario_combo.currentField() or None,
            "BASE_YEAR": self.base_spin.value(),
            "FROM_YEAR": self.from_spin.value(),
            "TO_YEAR": self.to_spin.value(),
            "GROWTH_PCT": self.growth_spin.value() or None,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_UNITS": "TEMPORARY_OUTPUT",
            "OUTPUT_CITY": "TEMPORARY_OUTPUT",
        }
        target_layer = targets_layer(targets) if targets else None
        return params, pack_file_of(settings.norm_pack), target_layer

    # -- run --------------------------------------------------------------------------------------
    def start(self) -> None:
        """Run the trajectory in the background."""
        if self.running():
            return
        try:
            params, pack_file, target_layer = self.parameters()
        except ValueError as error:
            self.dock.message(str(error), Qgis.MessageLevel.Warning)
            return
        self._targets_layer = target_layer  # kept alive while the task reads it
        if target_layer is not None:
            params["TARGETS"] = target_layer
        title = tr("{service}: deficit by year").format(service=self._service_label(self.service()))
        job = Job(
            "deficit_trajectory",
            self.service(),
            params,
            title,
            pack_file=pack_file,
            extra_outputs={"OUTPUT_UNITS": "trajectory_units", "OUTPUT_CITY": "trajectory_city"},
        )
        self.start_job(job)

    def _finished(self, result: JobResult) -> None:
        """Write the trajectory to the results file, its layers into the results group; show it."""
        self._targets_layer = None  # read by the task, which is done
        if result.layer is None:
            self.dock.message(
                tr("{what}: {error}").format(what=result.job.title, error=" ".join(result.errors)),
                Qgis.MessageLevel.Critical,
            )
            return
        self.store_result(result.layer, result.extra_layers.get("OUTPUT_UNITS"), result.extra_layers.get("OUTPUT_CITY"))

    def store_result(
        self, layer: QgsVectorLayer, units: QgsVectorLayer | None = None, city: QgsVectorLayer | None = None
    ) -> None:
        """Write a finished trajectory's layers into the results GeoPackage, add them from it, show them."""
        parts = [Part("trajectory", layer, layer.name(), style=_style_trajectory)]
        if units is not None:
            title = tr("{name}: one column per year").format(name=layer.name())
            parts.append(Part("units", units, title, visible=False))
        if city is not None:
            parts.append(Part("city", city, "city", on_map=False))  # a table the tab reads, not on the map
        self.keep(parts)

    def clear_result(self) -> None:
        """An empty tab: no layer, no slider, no chart, no table."""
        self.layer = self.units_layer = None
        self.city = {}
        self.scenarios = []
        self.map_scenario.clear()
        self.slider.setEnabled(False)
        self.year_label.setText("")
        self.chart.set_data([], {}, {})
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.summary.setText("")

    def show_stored(self) -> None:
        """Slider, chart and scenario table from the stored trajectory (its layer and city table)."""
        layer = self.stored.layers.get("trajectory")
        if layer is None:
            self.clear_result()
            return
        self.layer = layer
        self.units_layer = self.stored.layers.get("units")
        layer.setSubsetString("")  # every year and scenario (a project keeps the year shown last)
        city = self.stored.get("city")
        self.city = {}
        for feature in city.getFeatures() if city is not None else []:
            row = dict(zip(city.fields().names(), feature.attributes()))
            self.city[(str(row["scenario"]), int(row["year"]))] = row
        years = sorted({int(f["year"]) for f in layer.getFeatures()})
        if not years:
            self.clear_result()
            return
        self.scenarios = list(dict.fromkeys(str(f["scenario"]) for f in layer.getFeatures()))
        self.map_scenario.blockSignals(True)
        self.map_scenario.clear()
        for name in self.scenarios:
            self.map_scenario.addItem(tr("baseline") if name == BASELINE else name, name)
        self.map_scenario.blockSignals(False)
        self.slider.blockSignals(True)
        self.slider.setRange(years[0], years[-1])
        self.slider.setValue(years[0])
        self.slider.setEnabled(True)
        self.slider.blockSignals(False)
        targets = {}
        lines: dict[str, list[float]] = {}
        for name in self.scenarios:
            label = tr("baseline") if name == BASELINE else name
            lines[label] = [float(self.city.get((name, y), {}).get("deficit") or 0.0) for y in years]
        for y in years:
            value = self.city.get((BASELINE, y), {}).get("target")
            if value is not None and value == value and str(value) != "NULL":
                targets[y] = float(value)
        self.chart.set_data(years, lines, targets)
        self._fill_table(years)
        self.show_year(years[0])
        from almaty_planner.gui.dock import pack_warning

        changed = pack_warning(layer)
        if changed:
            self.summary.setText(self.summary.text() + " " + changed)

    def _fill_table(self, years: list[int]) -> None:
        """Year by year: the baseline, every scenario and its change, and the target."""
        headers = [tr("Year"), tr("baseline")]
        for name in self.scenarios[1:]:
            headers += [name, tr("change")]
        headers.append(tr("Target"))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(years))
        self.table.setHorizontalHeaderLabels(headers)

        def cell(value: Any) -> QTableWidgetItem:
            text = (
                ""
                if value is None
                else (f"{value:,.0f}".replace(",", "\u202f") if isinstance(value, float) else str(value))
            )
            item = QTableWidgetItem(text)
            item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
            return item

        totals: dict[str, float] = {}
        for r, year in enumerate(years):
            base = float(self.city.get((BASELINE, year), {}).get("deficit") or 0.0)
            values: list[Any] = [year, base]
            for name in self.scenarios[1:]:
                value = float(self.city.get((name, year), {}).get("deficit") or 0.0)
                values += [value, value - base]
            target = self.city.get((BASELINE, year), {}).get("target")
            values.append(float(target) if target is not None and target == target and str(target) != "NULL" else None)
            for c, value in enumerate(values):
                self.table.setItem(r, c, cell(value))
        for name in self.scenarios:
            totals[name] = sum(float(self.city.get((name, y), {}).get("deficit") or 0.0) for y in years)
        parts = [
            tr("{scenario}: {total}").format(
                scenario=tr("baseline") if name == BASELINE else name, total=f"{total:,.0f}".replace(",", "\u202f")
            )
            for name, total in totals.items()
        ]
        self.summary.setText(tr("Deficit summed over units and years: {parts}").format(parts="; ".join(parts)))

    def show_year(self, year: int) -> None:
        """Show ``year`` of the chosen scenario on the map (or every year for the temporal controller)."""
        if self.layer is None:
            return
        scenario = self.map_scenario.currentData() or BASELINE
        quoted = str(scenario).replace("'", "''")
        subset = f"\"scenario\" = '{quoted}'"
        if not self.animate_check.isChecked():
            subset += f' AND "year" = {int(year)}'
        self.layer.setSubsetString(subset)
        self.layer.triggerRepaint()
        self.year_label.setText(str(year))
        self.chart.set_year(int(year))
        self.slider.setEnabled(not self.animate_check.isChecked())
