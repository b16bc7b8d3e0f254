"""Tools → Settings…: the interface language and the colour theme, saved in the data folder.

A new language is used from the next start; course texts follow it where a pack has it, else
the pack's own default. A new theme (System, Light or Dark) applies at once. The dialog itself
(``settings_dialog``) and the restart question load when Settings is first opened.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta, set_meta
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.style import THEMES, theme_keeper
from c4s_desktop.ui.translations import LANGUAGE_NAMES, UI_LANGUAGE_KEY, save_language
from c4s_desktop.ui.worker import StoreWorker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from c4s_desktop.ui.settings_dialog import SettingsDialog

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
        from c4s_desktop.ui.settings_dialog import SettingsDialog

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
        from PySide6.QtWidgets import QMessageBox

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
