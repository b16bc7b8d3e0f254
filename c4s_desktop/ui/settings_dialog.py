"""Tools → Settings…: the dialog where the learner picks the interface language and theme."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.ui.launch import SUPPORTED_LANGUAGES
from c4s_desktop.ui.style import THEMES
from c4s_desktop.ui.translations import LANGUAGE_NAMES

WIDTH = 460


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
