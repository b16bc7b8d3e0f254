"""Tools → Settings…: the interface language and the colour theme, saved in the data folder.

A new language is used from the next start; course texts follow it where a pack has it, else
the pack's own default. A new theme (System, Light or Dark) applies at once.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta, set_meta
from c4s_desktop.ui.launch import SUPPORTED_LANGUAGES
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.style import THEMES, theme_keeper
from c4s_desktop.ui.translations import LANGUAGE_NAMES, UI_LANGUAGE_KEY, save_language
from c4s_desktop.ui.worker import StoreWorker

WIDTH = 460
THEME_KEY = "ui_theme"


def saved_theme(store: Store) -> str:
    """The theme saved in the data folder (``"system"`` when none is); a store job."""
    value = get_meta(store, THEME_KEY)
    return value if value in THEMES else "system"


def save_theme(store: Store, choice: str) -> None:
    """Save the theme ``choice`` (``system``, ``light`` or ``dark``); a store job."""
    if choice not in THEMES:
        raise ValueError(f"unknown theme {choice!r}")
    set_meta(store, THEME_KEY, choice)


def use_theme(choice: str) -> None:
    """Show the app in the theme ``choice`` now (when the app's look is managed at all: an
    app started by ``c4s-desktop`` is; a bare window in a test keeps Qt's own look)."""
    keeper = theme_keeper()
    if keeper is not None:
        keeper.set_choice(choice)


class SettingsDialog(QDialog):
    """The learner's settings: the language of the interface and courses, the colour theme."""

    def __init__(self, lang: str, parent: QWidget | None = None, theme: str = "system") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("settings-language")
        self.language.setAccessibleName(self.tr("Interface language"))
        for code in SUPPORTED_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Interface &language:"), self.language)
        self.theme = QComboBox()
        self.theme.setObjectName("settings-theme")
        self.theme.setAccessibleName(self.tr("Colour theme"))
        names = {"system": self.tr("Same as the system"), "light": self.tr("Light"),
                 "dark": self.tr("Dark")}
        for code in THEMES:
            self.theme.addItem(names[code], code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        note = QLabel(self.tr(
            "Courses are shown in this language when they have it, otherwise in their own "
            "language. The new language is used once C4S Desktop restarts."
        ))
        note.setObjectName("hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        theme_form = QFormLayout()
        theme_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        theme_form.addRow(self.tr("Colour &theme:"), self.theme)
        layout.addLayout(theme_form)
        layout.addWidget(buttons)
        self.setMinimumWidth(WIDTH)

    def chosen_language(self) -> str:
        """The language code picked in the list."""
        return str(self.language.currentData())

    def chosen_theme(self) -> str:
        """The theme code picked in the list: ``system``, ``light`` or ``dark``."""
        return str(self.theme.currentData())


class SettingsFlow(QObject):
    """Opens the Settings dialog from the window's menu, saves a new language, offers a restart."""

    restart_requested = Signal()
    """The learner wants the app started again now (to use the new language)."""

    def __init__(self, worker: StoreWorker, window: MainWindow, running_lang: str) -> None:
        super().__init__(window)
        self._worker = worker
        self._window = window
        self._running_lang = running_lang
        self.dialog: SettingsDialog | None = None
        self.question: QMessageBox | None = None
        window.settings_action.triggered.connect(self.open)
        worker.run(lambda store, _task: saved_theme(store), on_done=use_theme)

    def open(self) -> None:
        """Read the saved language and theme (a store job), then show the dialog with them."""
        self._worker.run(
            lambda store, _task: (get_meta(store, UI_LANGUAGE_KEY), saved_theme(store)),
            on_done=self._show)

    def _show(self, saved: tuple[str | None, str]) -> None:
        saved_lang, theme = saved
        dialog = self.dialog = SettingsDialog(saved_lang or self._running_lang, self._window,
                                              theme)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._chosen(dialog.chosen_language(), saved_lang,
                                                     dialog.chosen_theme(), theme))
        dialog.open()

    def _chosen(self, lang: str, saved: str | None, theme: str, old_theme: str) -> None:
        if theme != old_theme:
            use_theme(theme)
            self._worker.run(lambda store, _task: save_theme(store, theme))
        if lang == saved:
            return
        self._worker.run(lambda store, _task: save_language(store, lang),
                         on_done=partial(self._saved, lang))

    def _saved(self, lang: str, _result: None) -> None:
        if lang == self._running_lang:
            return
        box = self.question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restart C4S Desktop?"),
            self.tr("From its next start, C4S Desktop will use this language: {language}. "
                    "Restart it now?").format(language=LANGUAGE_NAMES[lang]),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole))
        box.setObjectName("restart-question")
        box.finished.connect(
            lambda _result: self.restart_requested.emit() if box.clickedButton() is restart
            else None
        )
        box.open()
