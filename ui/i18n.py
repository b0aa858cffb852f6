"""Translations: our .qm from resources/translations plus Qt's own (dialog buttons), switched at runtime."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: the package's folder of .qm files (importlib.resources: the same from a checkout, a wheel or a frozen build)
TRANSLATIONS = files("resources").joinpath("translations")

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> bool:
    """Replace the installed translators with those for ``lang``; True if ours loaded (always for English)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English))
    if lang == "en":
        return True
    ours = QTranslator(app)
    loaded = ours.load(f"coopdesk_{lang}", str(TRANSLATIONS))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
