"""The list of algorithm classes of the provider (one module per algorithm)."""

from __future__ import annotations

from almaty_planner.processing_provider.alg_check_installation import CheckInstallationAlgorithm


def algorithm_classes() -> list[type]:
    """Every algorithm class, in toolbox order."""
    return [CheckInstallationAlgorithm]
