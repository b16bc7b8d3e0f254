"""The right-hand page before a lesson is chosen: a welcome, or the demo course installing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from c4s_desktop.ui.layouts import centered_column
from c4s_desktop.ui.plain_text import plain_label

PROGRESS_RANGE = 1000
COLUMN_WIDTH = 520


class HomePage(QWidget):
    """A message, and while something installs a progress bar with a Cancel button."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Welcome to C4S Desktop"))
        self.heading.setObjectName("home-heading")
        self.message = plain_label()
        self.message.setWordWrap(True)
        for label in (self.heading, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_RANGE)
        self.progress.setAccessibleName(self.tr("Installation progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the installation"))
        self.cancel_button.clicked.connect(self._cancel)
        inner = centered_column(self, [self.heading, self.message, self.progress], COLUMN_WIDTH)
        inner.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.show_message(self.tr("Opening your library…"))

    def show_message(self, text: str) -> None:
        """Show ``text`` alone (no progress bar)."""
        self.message.setText(text)
        self.progress.hide()
        self.cancel_button.hide()

    def show_installing(self, text: str) -> None:
        """Show ``text`` with an empty progress bar and an enabled Cancel button."""
        self.message.setText(text)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.cancel_button.setFocus()

    def set_progress(self, done: int, total: int) -> None:
        """Move the bar to ``done`` of ``total``."""
        value = PROGRESS_RANGE if total <= 0 else done * PROGRESS_RANGE // total
        self.progress.setValue(value)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()
