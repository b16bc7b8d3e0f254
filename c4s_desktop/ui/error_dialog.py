"""The dialog that shows an error: a plain sentence, OK, and "Copy details" for support."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.ui.plain_text import plain_label


class ErrorDialog(QDialog):
    """A plain sentence, an OK button and a "Copy details" button that keeps the dialog open."""

    def __init__(self, parent: QWidget | None, text: str, details: str) -> None:
        from PySide6.QtWidgets import QStyle  # a large type to create: only when shown

        super().__init__(parent)
        self.setWindowTitle(self.tr("C4S Desktop"))
        self.details = details
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.message = plain_label(text)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumWidth(360)
        self.message.setMaximumWidth(560)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setAccessibleName(self.tr("Copy the error details to the clipboard"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(icon, 0)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setAccessibleName(self.tr("Error"))
        self.setAccessibleDescription(text)

    def copy_details(self) -> None:
        """Put the details on the clipboard and say so on the button."""
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Details copied"))
