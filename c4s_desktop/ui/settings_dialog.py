"""Tools → Settings…: the interface language, saved in the data folder, used from the next start.

Course texts follow the interface language where a pack has it, else the pack's own default.
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

from c4s_desktop.core.store.meta import get_meta
from c4s_desktop.ui.launch import SUPPORTED_LANGUAGES
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.translations import LANGUAGE_NAMES, UI_LANGUAGE_KEY, save_language
from c4s_desktop.ui.worker import StoreWorker

WIDTH = 460


class SettingsDialog(QDialog):
    """The learner's settings: for now, the language of the interface and of the courses."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
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
        layout.addWidget(buttons)
        self.setMinimumWidth(WIDTH)

    def chosen_language(self) -> str:
        """The language code picked in the list."""
        return str(self.language.currentData())


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

    def open(self) -> None:
        """Read the saved language (a store job), then show the dialog with it."""
        self._worker.run(lambda store, _task: get_meta(store, UI_LANGUAGE_KEY),
                         on_done=self._show)

    def _show(self, saved: str | None) -> None:
        dialog = self.dialog = SettingsDialog(saved or self._running_lang, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._chosen(dialog.chosen_language(), saved))
        dialog.open()

    def _chosen(self, lang: str, saved: str | None) -> None:
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
