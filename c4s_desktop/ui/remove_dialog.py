"""File → Remove pack…: choose an installed pack, confirm, remove it in a worker job.

The pack's files leave the store; the learners' progress stays, keyed by pack and item ids, so
installing the pack again brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.packs.library import InstalledPack
from c4s_desktop.core.packs.manifest import pick_text
from c4s_desktop.ui import pack_jobs
from c4s_desktop.ui.errors import show_error
from c4s_desktop.ui.formatting import format_size
from c4s_desktop.ui.plain_text import plain_box, plain_label
from c4s_desktop.ui.storage_line import StorageLine
from c4s_desktop.ui.trainer_confirm import confirm_by_trainer
from c4s_desktop.ui.worker import StoreWorker

DEFAULT_SIZE = QSize(560, 380)


class RemovePackDialog(QDialog):
    """The installed packs, a Remove button and the storage they use."""

    library_changed = Signal()
    """A pack was removed: the window should reload its library."""

    def __init__(self, worker: StoreWorker, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._lang = lang
        self._busy = False
        self._news = ""
        self.packs: list[InstalledPack] = []
        self._sizes: dict[str, tuple[int, int]] = {}
        """Each pack's files' bytes and the bytes removing it frees (files another pack uses
        stay)."""
        self.question: QDialog | None = None
        """The confirmation on screen, if any (tests answer it)."""
        self.setWindowTitle(self.tr("Remove a pack"))
        self.setAccessibleName(self.tr("Remove a pack"))
        self.resize(DEFAULT_SIZE)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Installed packs"))
        self.list.currentRowChanged.connect(self._update_buttons)
        # Enter reaches the dialog's default button (Remove…) by itself: taking it here as well
        # asked twice, or closed the dialog when Close had become the default.
        self.list.itemDoubleClicked.connect(lambda _item: self.confirm_removal())
        label = QLabel(self.tr("&Installed packs:"))
        label.setBuddy(self.list)
        note = QLabel(self.tr("Removing a pack deletes its files from this computer. The "
                              "learners' progress is kept and comes back if the pack is "
                              "installed again."))
        note.setWordWrap(True)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Status"))
        self.storage = StorageLine(worker.root)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = self.buttons.addButton(
            self.tr("&Remove…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen pack"))
        self.remove_button.clicked.connect(self.confirm_removal)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (label, self.list, note, self.status, self.storage, self.buttons):
            layout.addWidget(widget)
        self.remove_button.setDefault(True)  # once in the dialog, whose default it becomes
        self._update_buttons()

    def reload(self) -> None:
        """List the installed packs (a worker job) and measure the storage."""
        self.packs = []  # what was listed may be gone: nothing to choose until the list comes
        self._show_note(self.tr("Reading the installed packs…"))
        self._worker.run(pack_jobs.installed_packs, on_done=self._listed,
                         on_error=self._list_failed)
        self.storage.refresh()

    def _show_note(self, text: str) -> None:
        """``text`` in the list, in place of the packs (reading them, none installed)."""
        self.list.clear()
        note = QListWidgetItem(text)
        # Never chosen, but enabled: a disabled item's grey is too faint to read.
        note.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(note)
        self._update_buttons()

    def _title(self, pack: InstalledPack) -> str:
        return pick_text(pack.title, self._lang, pack.languages[0] if pack.languages else "")

    def _listed(self, listed: tuple[list[InstalledPack], dict[str, tuple[int, int]]]) -> None:
        packs, self._sizes = listed
        self.packs = packs
        self.list.clear()
        for pack in packs:
            text = self.tr("{title} — version {version} — {size}").format(
                title=self._title(pack), version=pack.version, size=format_size(pack.size))
            item = QListWidgetItem(text)
            item.setToolTip(pack.id)
            self.list.addItem(item)
        if packs:
            self.list.setCurrentRow(0)
        else:
            self._show_note(self.tr("No pack is installed."))
        self.status.setText(self._news)
        self._news = ""
        self._update_buttons()

    def confirm_removal(self) -> None:
        """Ask before removing the chosen pack; the answer arrives through a signal."""
        row = self.list.currentRow()
        if self._busy or not 0 <= row < len(self.packs):
            return
        pack = self.packs[row]
        box = plain_box(QMessageBox(QMessageBox.Icon.Question, self.tr("Remove a pack"),
                                    self.tr("Remove “{title}” from this computer?").format(
                                        title=self._title(pack)),
                                    QMessageBox.StandardButton.NoButton, self))
        size, frees = self._sizes.get(pack.id, (pack.size, pack.size))
        if frees < size:
            deleted = self.tr("Its files are deleted, except those another pack also uses: "
                              "{size} freed. The learners' progress is kept.")
        else:
            deleted = self.tr("Its files are deleted ({size}). The learners' progress is kept.")
        box.setInformativeText(deleted.format(size=format_size(frees)))
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAccessibleName(self.tr("Confirm removal"))

        def answered(_result: int) -> None:
            self.question = None
            if box.clickedButton() is remove:
                self._confirm_by_trainer(pack)
            box.deleteLater()

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _confirm_by_trainer(self, pack: InstalledPack) -> None:
        self._busy = True
        self._update_buttons()

        def answered(confirmed: bool) -> None:
            self.question = None
            if confirmed:
                self._remove(pack)
            else:
                self._busy = False
                self._update_buttons()

        confirm_by_trainer(self, self._worker, self.tr("Remove “{title}” from this computer."
                                                       ).format(title=self._title(pack)),
                           answered, self._show_question)

    def _show_question(self, dialog: QDialog) -> None:
        self.question = dialog

    def _remove(self, pack: InstalledPack) -> None:
        title = self._title(pack)
        self.status.setText(self.tr("Removing “{title}”…").format(title=title))
        self._worker.run(
            lambda store, task: pack_jobs.remove(store, task, pack.id),
            on_done=lambda freed: self._removed(title, freed),
            on_error=self._failed,
        )

    def _removed(self, title: str, freed: int) -> None:
        self._busy = False
        self._news = self.tr("Removed “{title}”; {size} freed.").format(
            title=title, size=format_size(freed))
        self.library_changed.emit()
        self.reload()

    def _list_failed(self, exc: BaseException) -> None:
        self.list.clear()  # it said the packs were being read
        self._news = ""  # shown with this error, not with a later list
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self.status.clear()
        show_error(self, exc)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(not self._busy
                                      and 0 <= self.list.currentRow() < len(self.packs))
        self.list.setEnabled(not self._busy)
