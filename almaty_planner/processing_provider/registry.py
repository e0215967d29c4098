"""The list of algorithm classes of the provider (one module per algorithm)."""

from __future__ import annotations

import logging

from almaty_planner.processing_provider.alg_check_installation import CheckInstallationAlgorithm

LOGGER = logging.getLogger(__name__)

# (module, class) of every algorithm after check_installation, in toolbox order. Imported lazily so
# that one module that cannot be imported (a missing package) does not take the provider down.
ALGORITHMS = (
    ("alg_provision", "ProvisionAlgorithm"),
    ("alg_accessibility_2sfca", "Accessibility2SfcaAlgorithm"),
    ("alg_green_space", "GreenSpaceAlgorithm"),
    ("alg_engineering_gap", "EngineeringGapAlgorithm"),
    ("alg_excel_report", "ExcelReportAlgorithm"),
    ("alg_deficit_atlas", "DeficitAtlasAlgorithm"),
    ("alg_dasymetric_population", "DasymetricPopulationAlgorithm"),
    ("alg_assign_tiers", "AssignTiersAlgorithm"),
    ("alg_facility_placement", "FacilityPlacementAlgorithm"),
    ("alg_deficit_trajectory", "DeficitTrajectoryAlgorithm"),
    ("alg_srs_sufficiency", "SrsSufficiencyAlgorithm"),
    ("alg_import_standards", "ImportStandardsAlgorithm"),
    ("alg_export_standards", "ExportStandardsAlgorithm"),
)


def algorithm_classes() -> list[type]:
    """Every algorithm class, in toolbox order (a module that fails to import is logged and skipped)."""
    import importlib

    classes: list[type] = [CheckInstallationAlgorithm]
    for module, name in ALGORITHMS:
        try:
            mod = importlib.import_module(f"almaty_planner.processing_provider.{module}")
            classes.append(getattr(mod, name))
        except (ImportError, AttributeError) as err:
            LOGGER.warning("algorithm %s not loaded: %s", module, err)
    return classes
