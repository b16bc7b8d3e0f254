"""The learner's language: Qt's own translations, the app's, and the locale for numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from c4s_desktop.core.resources import resources_dir
from c4s_desktop.ui.launch import SUPPORTED_LANGUAGES


def system_language() -> str:
    """The system's language when the app speaks it, else English."""
    lang = QLocale.system().name().split("_")[0]
    return lang if lang in SUPPORTED_LANGUAGES else "en"


def install_translators(app: QCoreApplication, lang: str) -> None:
    """Load the ``.qm`` files there are for ``lang`` and make it the locale for numbers."""
    QLocale.setDefault(QLocale(lang))
    folders = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("c4s", str(resources_dir() / "translations")),
    )
    for name, folder in folders:
        translator = QTranslator(app)
        if translator.load(f"{name}_{lang}", folder):
            app.installTranslator(translator)
