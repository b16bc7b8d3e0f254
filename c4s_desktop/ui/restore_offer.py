"""The offer made at start when the database is damaged or lost and a backup exists.

A learner on a shared laptop after a power cut cannot be told to run ``c4s store restore``:
the app says what happened, says what restoring keeps and loses, and restores on a click
(off the UI thread), then starts again on the restored database.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import StoreError
from c4s_desktop.core.store.backups import list_backups, restore_in
from c4s_desktop.ui.errors import error_details, show_error
from c4s_desktop.ui.plain_text import plain_box
from c4s_desktop.ui.pool_job import PoolJob


class RestoreOffer(QObject):
    """Asks whether to put the newest backup in place; ``finished(restored)`` at the end."""

    finished = Signal(bool)

    def __init__(self, root: Path, exc: StoreError, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = DataDir(root)
        self.error: object = None
        """The restore's own failure, shown to the learner, if any (tests read it)."""
        backups = list_backups(self._data_dir.backups)  # a folder of a few files
        when = (datetime.fromtimestamp(backups[0].stat().st_mtime).strftime("%Y-%m-%d %H:%M")
                if backups else "")
        # Not the error's own sentence: it sends an admin to 'c4s store restore'.
        text = (self.tr("The database in {folder} is missing.") if exc.code == "store.missing"
                else self.tr("The database in {folder} is damaged.")).format(folder=root)
        box = self.box = plain_box(QMessageBox(
            QMessageBox.Icon.Critical, self.tr("C4S Desktop"), text,
            QMessageBox.StandardButton.NoButton))
        box.setInformativeText(self.tr(
            "The backup from {when} can take its place; a damaged file is kept for an "
            "administrator. What was recorded on this computer after that backup is lost, "
            "except what sync brings back from the server.").format(when=when))
        box.setDetailedText(error_details(exc))
        self.restore_button = box.addButton(self.tr("&Restore the backup"),
                                            QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.restore_button)
        box.setEscapeButton(self.quit_button)
        box.setAccessibleName(self.tr("Restore a backup"))
        box.finished.connect(self._answered)

    def open(self) -> None:
        """Show the question (non-blocking)."""
        self.box.open()

    def _answered(self, _result: int) -> None:
        if self.box.clickedButton() is not self.restore_button:
            self.finished.emit(False)
            return
        PoolJob(lambda _job: restore_in(self._data_dir), on_done=self._restored,
                on_error=self._failed, parent=self, thread_name="c4s-restore").start()

    def _restored(self, _done: object) -> None:
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        dialog = show_error(None, exc)
        dialog.finished.connect(lambda _result: self.finished.emit(False))
