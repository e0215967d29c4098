"""Algorithm ``deficit_atlas``: a PDF atlas of a deficit result, one page per district."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
    QgsVectorLayer,
)

from almaty_planner.core.errors import PlannerError
from almaty_planner.core.i18n import LANGUAGES, language, tr
from almaty_planner.processing_provider import params as prm
from almaty_planner.processing_provider.base import AlmatyAlgorithm


def result_style(layer: QgsVectorLayer) -> str:
    """The style kind of a result layer, from its fields."""
    names = set(layer.fields().names())
    if "green_deficit_ha" in names:
        return "green"
    if "pop_without_sewer" in names or "sanitation_gap_pct" in names:
        return "engineering_gap"
    if "load_pct" in names:
        return "provision_facilities"
    return "provision_units"


class DeficitAtlasAlgorithm(AlmatyAlgorithm):
    """The print layout of the plugin over districts: one page per district, exported to one PDF."""

    ALG_ID = "deficit_atlas"
    DISPLAY_NAME = "Deficit atlas (PDF, one page per district)"
    GROUP_ID = "reports"
    GROUP = "Reports"
    NEEDS = ()

    COVERAGE = "COVERAGE"
    COVERAGE_NAME_FIELD = "COVERAGE_NAME_FIELD"
    RESULTS = "RESULTS"
    FACILITIES = "FACILITIES"
    TITLE = "TITLE"
    WORST = "WORST"
    LANGUAGE = "LANGUAGE"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"

    def flags(self) -> Any:
        """Layouts are rendered on the main thread."""
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        """COVERAGE, COVERAGE_NAME_FIELD, RESULTS, FACILITIES, TITLE, WORST, LANGUAGE, OUTPUT."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.COVERAGE, self.tr("Pages: districts (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.COVERAGE_NAME_FIELD,
                self.tr("District name field (page titles)"),
                parentLayerParameterName=self.COVERAGE,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RESULTS,
                self.tr("Deficit result (provision, green space or sewerage and water per unit)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FACILITIES,
                self.tr("Facilities to show (optional)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.TITLE, self.tr("Title (empty: from the result)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.WORST,
                self.tr("Units listed per page (largest deficit first)"),
                type=QgsProcessingParameterNumber.Type.Integer,
                minValue=1,
                maxValue=40,
                defaultValue=10,
            )
        )
        self.addParameter(prm.static_enum(self.LANGUAGE, self.tr("Language"), list(LANGUAGES), language()))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Atlas (PDF)"), self.tr("PDF files (*.pdf)"), defaultValue=None
            )
        )

    def processAlgorithm(self, parameters: dict[str, Any], context: Any, feedback: Any) -> dict[str, Any]:
        """Copy the layers into a project of their own, style them, fill the template, export the pages."""
        from almaty_planner.atlas import AtlasTexts, build_atlas_layout, default_credit, export_atlas_pdf
        from almaty_planner.core.paths import resources_dir
        from almaty_planner.styles import apply_style

        lang = prm.enum_string(self, parameters, self.LANGUAGE, context) or language()
        coverage = self._layer(parameters, self.COVERAGE, context, feedback, tr("Districts", lang=lang))
        results = self._layer(parameters, self.RESULTS, context, feedback, "")
        facilities = None
        if parameters.get(self.FACILITIES) not in (None, ""):
            facilities = self._layer(parameters, self.FACILITIES, context, feedback, tr("Facilities", lang=lang))
        if coverage.featureCount() == 0:
            raise QgsProcessingException(tr("The districts layer has no features: the atlas would have no pages."))
        if "deficit" not in results.fields().names() and "meets_norm" not in results.fields().names():
            raise QgsProcessingException(
                tr("The layer {layer} is not a deficit result of this plugin (it has no field deficit).").format(
                    layer=results.name()
                )
            )
        feedback.setProgress(10)
        title = self.parameterAsString(parameters, self.TITLE, context).strip() or result_title(results, lang)
        results.setName(result_legend_name(results, lang) or title)
        apply_style(results, result_style(results))
        coverage.loadNamedStyle(str(resources_dir() / "styles" / "district_outline.qml"))
        layers = [coverage, results]
        if facilities is not None:
            kind = result_style(facilities)
            if kind == "provision_facilities":
                apply_style(facilities, kind)
            else:
                facilities.loadNamedStyle(str(resources_dir() / "styles" / "facility_points.qml"))
            layers.insert(0, facilities)
        name_field = prm.field_value(self, parameters, self.COVERAGE_NAME_FIELD, context)
        name_expression = f'"{name_field}"' if name_field else "$id"
        project = QgsProject()
        for layer in (results, coverage, *([facilities] if facilities is not None else [])):
            project.addMapLayer(layer)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        texts = AtlasTexts(title=title, subtitle=result_subtitle(results, lang), credit=default_credit(lang))
        with prm.planner_errors():
            try:
                layout = build_atlas_layout(
                    project,
                    coverage,
                    results,
                    layers,
                    name_expression=name_expression,
                    texts=texts,
                    lang=lang,
                    worst=self.parameterAsInt(parameters, self.WORST, context),
                )
                feedback.setProgress(30)
                pages = export_atlas_pdf(layout, path)
            finally:
                layout = None
                project.clear()
        feedback.pushInfo(tr("{n} pages written to {path}").format(n=pages, path=path))
        feedback.setProgress(100)
        return {self.OUTPUT: path, self.PAGES: pages}

    def _layer(self, parameters: dict[str, Any], name: str, context: Any, feedback: Any, title: str) -> QgsVectorLayer:
        """A memory copy of the source of parameter ``name`` (the inputs are never touched)."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        try:
            layer = source.materialize(QgsFeatureRequest(), feedback)
        except PlannerError as err:  # pragma: no cover - materialize raises no planner errors
            raise QgsProcessingException(str(err)) from None
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        layer.setName(title or source.sourceName())
        return layer


def result_title(layer: QgsVectorLayer, lang: str | None = None) -> str:
    """A title from the result's ``service`` and ``method`` fields (e.g. "Schools: within the radius")."""
    from almaty_planner.core.report import method_words, service_words

    feature = next(layer.getFeatures(), None)
    names = layer.fields().names()
    service = str(feature["service"]) if feature is not None and "service" in names else ""
    method = str(feature["method"]) if feature is not None and "method" in names else ""
    if not service:
        return layer.name() or tr("Deficit", lang=lang)
    text = service_words(service, lang)
    if method and method != "NULL":
        text = tr("{service}: {method}", lang=lang).format(service=text, method=method_words(method, lang))
    return text


def result_legend_name(layer: QgsVectorLayer, lang: str | None = None) -> str:
    """The short name of the result in the legend: the service."""
    from almaty_planner.core.report import service_words

    feature = next(layer.getFeatures(), None)
    if feature is None or "service" not in layer.fields().names():
        return ""
    return service_words(str(feature["service"]), lang)


def result_subtitle(layer: QgsVectorLayer, lang: str | None = None) -> str:
    """Which norm pack and edition, and whether residents were placed at one point per unit."""
    feature = next(layer.getFeatures(), None)
    names = layer.fields().names()
    if feature is None:
        return ""

    def value(name: str) -> str:
        raw = feature[name] if name in names else None
        return "" if raw in (None, "") or str(raw) == "NULL" else str(raw)

    text = tr("Norm pack {pack}, edition {edition}.", lang=lang).format(
        pack=value("norm_pack"), edition=value("norm_pack_edition")
    )
    if value("residents_at") == "unit_point":
        text += " " + tr("No population points: each unit's residents count as one point inside it.", lang=lang)
    if value("norm_unverified"):
        from almaty_planner.core.report import norm_keys_in_words

        keys = norm_keys_in_words(value("norm_unverified"), lang)
        text += " " + tr("Unverified norm values used: {keys}.", lang=lang).format(keys=keys)
    return text
