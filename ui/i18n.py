"""Interface language. Chinese is the source language, so it needs no file; English loads
``resources/translations/mediation_desk_en.qm`` (built from the ``.ts`` with pyside6-lrelease)."""

from __future__ import annotations

import logging
from pathlib import Path

from ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = {"zh": "中文", "en": "English"}

_installed: list[QTranslator] = []


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"mediation_desk_{lang}.qm"


def install_language(app: QCoreApplication, lang: str) -> bool:
    """Switch the translators; returns False (and stays Chinese) if the language file is missing."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    # Qt's own dialogs (file pickers, context menus) in the same language, when Qt ships it.
    if qt_own.load(QLocale(QLocale.Language.Chinese if lang == "zh" else QLocale.Language.English), "qtbase",
                   "_", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if lang == "zh":
        return True
    ours = QTranslator(app)
    if not ours.load(str(qm_path(lang))):
        log.warning("translation %s not found; the interface stays in Chinese", qm_path(lang))
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    return True
