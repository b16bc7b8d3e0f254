"""One line saying how much disk the data folder uses and how much is free (a worker job)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from c4s_desktop.ui import pack_jobs
from c4s_desktop.ui.formatting import format_size
from c4s_desktop.ui.pack_jobs import Storage
from c4s_desktop.ui.worker import StoreWorker


class StorageLine(QLabel):
    """"Storage: the data folder uses …; … free on its disk.", measured off the UI thread."""

    def __init__(self, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.storage: Storage | None = None
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Storage"))
        self.setText(self.tr("Storage: measuring…"))

    def refresh(self) -> None:
        """Measure again in a store-worker job; the text changes when it is done."""
        self._worker.run(pack_jobs.storage, on_done=self._show)

    def _show(self, storage: Storage) -> None:
        self.storage = storage
        text = self.tr("Storage: the C4S data folder uses {used}; {free} free on its disk.")
        self.setText(text.format(used=format_size(storage.used), free=format_size(storage.free)))
        self.setAccessibleDescription(self.text())
