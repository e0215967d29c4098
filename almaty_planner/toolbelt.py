"""Qt-side helpers: translation, the QGIS message log, plugin settings folders."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, ClassVar

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from almaty_planner.core import i18n as core_i18n
from almaty_planner.core.paths import i18n_dir

PLUGIN_NAME = "Almaty Planner"
CONTEXT = "AlmatyPlanner"
LOGGER_NAME = "almaty_planner"


def tr(text: str, context: str = CONTEXT) -> str:
    """Translate a GUI string (fixed context); format after translating."""
    return QCoreApplication.translate(context, text)


def qgis_language() -> str:
    """The QGIS interface language reduced to ``en``, ``ru`` or ``kk``."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "en_US", type=str)
    else:
        locale = QgsApplication.locale() or "en_US"
    return core_i18n.normalize_language(locale)


class Translation:
    """Installs the plugin's .qm translator for the QGIS language, and removes it again."""

    def __init__(self) -> None:
        self.translator: QTranslator | None = None

    def install(self) -> str:
        """Load ``almaty_planner_<lang>.qm`` if present; tell the core the same language."""
        lang = qgis_language()
        core_i18n.set_language(lang)
        qm = i18n_dir() / f"almaty_planner_{lang}.qm"
        if lang != "en" and qm.is_file():
            translator = QTranslator()
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
                self.translator = translator
        return lang

    def remove(self) -> None:
        """Uninstall the translator (on plugin unload)."""
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None


class QgisLogHandler(logging.Handler):
    """Routes the package's log records to the QGIS message log, tab "Almaty Planner"."""

    LEVELS: ClassVar[dict[int, Any]] = {
        logging.DEBUG: Qgis.MessageLevel.Info,
        logging.INFO: Qgis.MessageLevel.Info,
        logging.WARNING: Qgis.MessageLevel.Warning,
        logging.ERROR: Qgis.MessageLevel.Critical,
        logging.CRITICAL: Qgis.MessageLevel.Critical,
    }

    def emit(self, record: logging.LogRecord) -> None:
        """Write one record to the message log."""
        level = self.LEVELS.get(record.levelno, Qgis.MessageLevel.Info)
        QgsMessageLog.logMessage(self.format(record), PLUGIN_NAME, level)


def attach_log_handler() -> logging.Handler:
    """Attach (once) the QGIS message-log handler to the package logger and return it."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in logger.handlers:
        if isinstance(handler, QgisLogHandler):
            return handler
    handler = QgisLogHandler()
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def detach_log_handler(handler: logging.Handler | None) -> None:
    """Remove the handler attached by :func:`attach_log_handler`."""
    if handler is not None:
        logging.getLogger(LOGGER_NAME).removeHandler(handler)


def profile_norms_dir() -> Path:
    """The user's own norm packs in the active QGIS profile: ``<profile>/almaty_planner/norms``."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "almaty_planner" / "norms"
