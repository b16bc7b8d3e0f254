"""One line saying how much disk the data folder uses and how much is free."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from c4s_desktop.ui import disk_use
from c4s_desktop.ui.disk_use import Storage
from c4s_desktop.ui.formatting import format_size

log = logging.getLogger("c4s.ui")


class StorageLine(QLabel):
    """"Storage: the data folder uses …; … free on its disk.", measured off the UI thread."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._root = root
        self.storage: Storage | None = None
        self.setWordWrap(True)
        # No accessible name: a label's name is all a screen reader gets of it, and a fixed
        # one would hide the figures.
        self.setText(self.tr("Storage: measuring…"))

    def refresh(self) -> None:
        """Measure again on a background thread; the text changes when it is done."""
        disk_use.measure(self._root, self._show, self._failed, parent=self)

    def _show(self, storage: Storage) -> None:
        self.storage = storage
        text = self.tr("Storage: the C4S data folder uses {used}; {free} free on its disk.")
        self.setText(text.format(used=format_size(storage.used), free=format_size(storage.free)))

    def _failed(self, exc: BaseException) -> None:
        # The figure is a courtesy: a disk that cannot say its free space leaves the line as is.
        log.warning("could not measure the data folder: %r", exc)
