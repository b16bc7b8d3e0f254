"""The learner's language: Qt's own translations, the app's, and the locale for numbers.

The interface language is a setting of the data folder (``meta`` key ``ui_language``): the
system's language at first run when the app speaks it, else English; Settings changes it and
``--lang`` overrides it for one run. Course texts follow it, with each pack's fallback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from c4s_desktop.core.resources import resources_dir
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta, peek_meta, set_meta
from c4s_desktop.ui.launch import SUPPORTED_LANGUAGES

UI_LANGUAGE_KEY = "ui_language"
TRANSLATOR_NAME = "c4s-translator"
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "hu": "Magyar"}
"""Each language in its own words, as the Settings list shows it."""

QT_STRINGS_LACKING = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QShortcut", "PgDown"),
    QT_TRANSLATE_NOOP("QShortcut", "PgUp"),
)
"""Qt's own strings that its French, Spanish or Hungarian translations lack (Qt 6.11 changed
them), so its file choosers showed them in English; and the names of the page keys, which Qt
leaves in English in Hungarian, as "PgDown", where the app's Hungarian sentences say "Page
Down" (French and Spanish carry Qt's own names). The app's ``.ts`` files carry them under Qt's
contexts: the app's translator, installed after Qt's, answers Qt's own look-ups."""


def system_language() -> str:
    """The system's language when the app speaks it, else English."""
    lang = QLocale.system().name().split("_")[0]
    return lang if lang in SUPPORTED_LANGUAGES else "en"


def install_translators(app: QCoreApplication, lang: str) -> None:
    """Load the ``.qm`` files there are for ``lang`` (in place of those of another language)
    and make it the locale for numbers."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(QLocale(lang))
    folders = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("c4s", str(resources_dir() / "translations")),
    )
    for name, folder in folders:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(f"{name}_{lang}", folder):
            app.installTranslator(translator)
        else:
            translator.deleteLater()


def settled_language(store: Store, first_run: str) -> str:
    """The interface language of this data folder; at first run, ``first_run``, saved.

    Runs in the store worker (when the store opens).
    """
    stored = get_meta(store, UI_LANGUAGE_KEY)
    if stored is not None and stored in SUPPORTED_LANGUAGES:
        return stored
    set_meta(store, UI_LANGUAGE_KEY, first_run)
    return first_run


def peek_language(database: Path) -> str | None:
    """The interface language saved in ``database`` while the store is still being opened
    (read-only, at once; see :func:`peek_meta`), or None when it cannot be told yet."""
    stored = peek_meta(database, UI_LANGUAGE_KEY)
    return stored if stored in SUPPORTED_LANGUAGES else None


def save_language(store: Store, lang: str) -> None:
    """Make ``lang`` the interface language from the next start (a store job)."""
    if lang not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    set_meta(store, UI_LANGUAGE_KEY, lang)
