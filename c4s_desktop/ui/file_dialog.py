"""The app's file choosers: Qt's own dialog, with the two labels its translations miss."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def file_dialog(parent: QWidget | None, caption: str, directory: str = "",
                name_filter: str = "") -> QFileDialog:
    """A ``QFileDialog`` (the same arguments) whose "Look in" and "Files of type" labels are
    translated: Qt 6.11 gave them keyboard mnemonics, and its own French, Spanish and
    Hungarian translations still hold the texts without them, so they stayed English."""
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn,
                        QCoreApplication.translate("FileDialog", "&Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType,
                        QCoreApplication.translate("FileDialog", "Files of &type:"))
    return dialog
