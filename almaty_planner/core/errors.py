"""Errors that reach a planner: each names the layer, the feature and the field concerned."""

from __future__ import annotations

from typing import Any


class PlannerError(Exception):
    """Base class of every error the product reports in plain words (never as a traceback)."""


class InputError(PlannerError):
    """Bad input data: the message names the layer, the feature (by id) and the field."""

    def __init__(
        self,
        message: str,
        *,
        layer: str | None = None,
        feature: Any = None,
        field: str | None = None,
    ) -> None:
        self.layer = layer
        self.feature = feature
        self.field = field
        parts = []
        if layer:
            parts.append(str(layer))
        if feature is not None:
            parts.append(f"#{feature}")
        if field:
            parts.append(f"[{field}]")
        prefix = " ".join(parts)
        super().__init__(f"{prefix}: {message}" if prefix else message)
        self.detail = message


class NormPackError(PlannerError):
    """A norm pack that cannot be used: names the file, the key and what was expected."""

    def __init__(self, message: str, *, file: str | None = None, key: str | None = None) -> None:
        self.file = file
        self.key = key
        where = ", ".join(p for p in (file, key) if p)
        super().__init__(f"{where}: {message}" if where else message)
        self.detail = message


class OutputError(PlannerError):
    """An output that could not be written (locked, read-only, missing folder); nothing was left."""


class Cancelled(PlannerError):  # noqa: N818 - "Cancelled" is what the user did, not an error
    """The user cancelled the calculation; nothing was written."""
