"""The window's pack management: File → Add packs… and File → Remove pack… open their dialogs.

Each dialog is made once and reused, so a job finishing after it was closed still finds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.worker import StoreWorker

if TYPE_CHECKING:  # the dialogs (and the install pipeline) load when first opened
    from c4s_desktop.ui.packs_dialog import PacksDialog
    from c4s_desktop.ui.remove_dialog import RemovePackDialog


class PackManager(QObject):
    """Opens the pack dialogs over ``window`` and says when the library changed."""

    library_changed = Signal()

    def __init__(self, worker: StoreWorker, window: MainWindow, lang: str) -> None:
        super().__init__(window)
        self._worker = worker
        self._window = window
        self._lang = lang
        self.add_dialog: PacksDialog | None = None
        self.remove_dialog: RemovePackDialog | None = None
        window.add_packs_action.triggered.connect(self.open_add)
        window.remove_pack_action.triggered.connect(self.open_remove)

    def open_add(self) -> PacksDialog:
        """Show the "Add packs" dialog and scan the removable drives."""
        if self.add_dialog is None:
            from c4s_desktop.ui.packs_dialog import PacksDialog

            self.add_dialog = PacksDialog(self._worker, self._lang, self._window)
            self.add_dialog.library_changed.connect(self.library_changed)
        self.add_dialog.open()
        self.add_dialog.scan()
        return self.add_dialog

    def open_remove(self) -> RemovePackDialog:
        """Show the "Remove a pack" dialog with the installed packs."""
        if self.remove_dialog is None:
            from c4s_desktop.ui.remove_dialog import RemovePackDialog

            self.remove_dialog = RemovePackDialog(self._worker, self._lang, self._window)
            self.remove_dialog.library_changed.connect(self.library_changed)
        self.remove_dialog.open()
        self.remove_dialog.reload()
        return self.remove_dialog
