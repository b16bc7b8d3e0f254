"""The small window shown while a slow opening of the data folder keeps the main one away.

The main window waits for the store: its language is a setting in it. Opening is quick, except
the first start of a version that changes the database (a copy is kept first, then the change)
and a whole-file check: on a class's year of work and an old disk, minutes with nothing on the
screen. After a second (``controller.SLOW_OPEN_MS``) this window says which step runs, shows
the copy's progress, and offers Quit; the step stops cleanly and runs again at the next start.
Loaded only then, never on a normal start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QProgressBar, QPushButton, QVBoxLayout, QWidget

from c4s_desktop.ui.icons import icon
from c4s_desktop.ui.plain_text import plain_label

PROGRESS_RANGE = 1000
TEXT_WIDTH = 440


def stage_text(stage: str) -> str:
    """What a learner is told of an opening ``stage`` (see ``core.store.opening.Stage``)."""
    if stage == "check":
        return QCoreApplication.translate(
            "OpeningDialog", "Checking your data for damage, as C4S Desktop does after a "
            "power cut and once a week.")
    if stage == "backup":
        return QCoreApplication.translate(
            "OpeningDialog", "Keeping a copy of your data before this version of C4S Desktop "
            "updates it.")
    if stage == "migrate":
        return QCoreApplication.translate(
            "OpeningDialog", "Updating your data for this version of C4S Desktop.")
    return QCoreApplication.translate("OpeningDialog", "Opening your data…")


def reassurance() -> str:
    """The sentence under each step: why it may take long, and that nothing is lost."""
    return QCoreApplication.translate(
        "OpeningDialog", "This can take a few minutes on an older computer. Nothing you have "
        "done will be lost.")


class OpeningDialog(QDialog):
    """A step's sentence, a progress bar and Quit; ``quit_requested`` when Quit is pressed
    (or the window closed), after which it says that it is stopping."""

    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("C4S Desktop"))
        self.setWindowIcon(icon("app"))
        self.step = plain_label()
        self.note = plain_label(reassurance())
        for label in (self.step, self.note):
            label.setWordWrap(True)
            label.setFixedWidth(TEXT_WIDTH)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of this step"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self._quit)
        layout = QVBoxLayout(self)
        for widget in (self.step, self.progress, self.note):
            layout.addWidget(widget)
        layout.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignRight)
        self.stopping = False
        self.show_stage("", 0, 0)

    def show_stage(self, stage: str, done: int, total: int) -> None:
        """Say what ``stage`` does; a bar at ``done`` of ``total``, or a busy one at 0 total."""
        if self.stopping:
            return
        self.step.setText(stage_text(stage))
        if total > 0:
            self.progress.setRange(0, PROGRESS_RANGE)
            self.progress.setValue(done * PROGRESS_RANGE // total)
        else:
            self.progress.setRange(0, 0)  # a busy bar: the step's length is not known

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window asks to quit; the window stays until the step has stopped."""
        event.ignore()
        self._quit()

    def reject(self) -> None:
        """Esc asks to quit, as Quit does."""
        self._quit()

    def _quit(self) -> None:
        if self.stopping:
            return
        self.stopping = True
        self.quit_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.step.setText(self.tr(
            "Stopping. C4S Desktop closes as soon as this step has stopped; it starts the step "
            "again next time."))
        self.quit_requested.emit()

    def finish(self) -> None:
        """Close for good: the data folder is open, or opening has ended."""
        self.done(0)
