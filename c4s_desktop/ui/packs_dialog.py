"""File → Add packs…: find packs in a file, a folder or on removable drives, and install them.

Scanning, planning, copying and measuring are store-worker jobs; the dialog only shows their
results. Packs found are listed with their size and what installing would do; new packs and
updates are ticked, and "Install" runs them through :class:`InstallFlow`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.packs.discovery import Candidate
from c4s_desktop.ui import pack_jobs
from c4s_desktop.ui.errors import error_text, show_error
from c4s_desktop.ui.formatting import format_size
from c4s_desktop.ui.install_flow import InstallFlow
from c4s_desktop.ui.layouts import within_screen
from c4s_desktop.ui.pack_jobs import ScanResult
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.storage_line import StorageLine
from c4s_desktop.ui.worker import StoreWorker

PROGRESS_RANGE = 1000
TICKED = ("new", "update")
TICKABLE = ("new", "update", "installed")
COLUMNS = 4
DRIVE_ROWS = 3
ROW_PADDING = 12
DEFAULT_SIZE = QSize(860, 540)


def collapse_copies(
    candidates: list[Candidate],
) -> tuple[list[Candidate], dict[Path, list[Path]]]:
    """``candidates`` with one entry per pack version (the first), and each kept entry's
    other copies; broken packs, whose id is unknown, are all kept."""
    kept: dict[tuple[str, int], Candidate] = {}
    result: list[Candidate] = []
    copies: dict[Path, list[Path]] = {}
    for candidate in candidates:
        if candidate.status == "broken":
            result.append(candidate)
            continue
        first = kept.setdefault((candidate.pack_id, candidate.version), candidate)
        if first is candidate:
            result.append(candidate)
        else:
            copies.setdefault(first.path, []).append(candidate.path)
    return result, copies


class PacksDialog(QDialog):
    """Add packs from a file, a folder or a removable drive; see the storage they use."""

    library_changed = Signal()
    """A pack was installed: the window should reload its library."""

    def __init__(
        self,
        worker: StoreWorker,
        lang: str,
        parent: QWidget | None = None,
        scan_roots: list[Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._lang = lang
        self._scan_roots = scan_roots
        self._scanning = False
        self.candidates: list[Candidate] = []
        self._copies: dict[Path, list[Path]] = {}
        self.chooser: QFileDialog | None = None
        """The file or folder chooser on screen, if any."""
        self.flow = InstallFlow(worker, self, lang)
        self.setWindowTitle(self.tr("Add packs"))
        self.setAccessibleName(self.tr("Add packs"))
        self.resize(within_screen(DEFAULT_SIZE, self.screen()))

        self.file_button = QPushButton(self.tr("From a &file…"))
        self.file_button.setAccessibleName(self.tr("Add packs from a file"))
        self.file_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("From a f&older…"))
        self.folder_button.setAccessibleName(self.tr("Add packs from a folder"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.scan_button = QPushButton(self.tr("&Scan"))
        self.scan_button.setAccessibleName(self.tr("Scan the removable drives for packs"))
        self.scan_button.clicked.connect(self.scan)
        self.drives = QListWidget()
        self.drives.setAccessibleName(self.tr("Removable drives"))
        self.drives.setWordWrap(True)
        self.table = self._make_table()
        self.storage = StorageLine(worker.root)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Status"))
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_RANGE)
        self.progress.setAccessibleName(self.tr("Installation progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the installation"))
        self.cancel_button.clicked.connect(self.flow.cancel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.install_button = self.buttons.addButton(
            self.tr("&Install"), QDialogButtonBox.ButtonRole.ActionRole)
        self.install_button.setAccessibleName(self.tr("Install the ticked packs"))
        self.install_button.clicked.connect(self.install_checked)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        # Once in the dialog (the default belongs to it): else Enter opened the file chooser.
        self.install_button.setDefault(True)

        self.flow.status.connect(self.status.setText)
        self.flow.progress.connect(self._show_progress)
        self.flow.installed.connect(lambda _pack_id: self.library_changed.emit())
        self.flow.finished.connect(self._flow_finished)
        self._update_buttons()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, COLUMNS)
        table.setAccessibleName(self.tr("Packs found"))
        table.setHorizontalHeaderLabels(
            [self.tr("Pack"), self.tr("Version"), self.tr("Size"), self.tr("Status")])
        rows = table.verticalHeader()
        rows.hide()
        rows.setMinimumSectionSize(self.fontMetrics().height() + ROW_PADDING)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # wrapped reasons
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(self._update_buttons)
        return table

    def _lay_out(self) -> None:
        sources = QHBoxLayout()
        sources.addWidget(QLabel(self.tr("Add packs:")))
        sources.addWidget(self.file_button)
        sources.addWidget(self.folder_button)
        sources.addStretch(1)
        drives_label = QLabel(self.tr("&Removable drives:"))
        drives_label.setBuddy(self.drives)
        drives = QHBoxLayout()
        drives.addWidget(self.drives, 1)
        drives.addWidget(self.scan_button, 0, Qt.AlignmentFlag.AlignTop)
        found_label = QLabel(self.tr("&Packs found (ticked packs are installed):"))
        found_label.setBuddy(self.table)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(sources)
        layout.addWidget(drives_label)
        layout.addLayout(drives)
        layout.addWidget(found_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(running)
        layout.addWidget(self.storage)
        layout.addWidget(self.buttons)
        self.drives.setMaximumHeight(self.fontMetrics().height() * (DRIVE_ROWS + 1) + 8)

    # --- Finding packs ---------------------------------------------------------------------

    def set_scan_roots(self, roots: list[Path] | None) -> None:
        """Scan ``roots`` instead of the removable drives (None: the drives again)."""
        self._scan_roots = roots

    def scan(self) -> None:
        """Search the removable drives (or the scan roots) for packs, in a worker job."""
        self._scanning = True
        self._update_buttons()
        self.status.setText(self.tr("Looking for packs…"))
        roots = self._scan_roots
        self._worker.run(lambda store, task: pack_jobs.scan(store, task, roots),
                         on_done=self._scanned, on_error=self._job_failed)
        self.storage.refresh()

    def _scanned(self, result: ScanResult) -> None:
        self._scanning = False
        self.drives.clear()
        for root in result.roots:
            self.drives.addItem(str(root))
        if not result.roots:
            self.drives.addItem(self.tr("No removable drive found. Plug one in, then press "
                                        "Scan, or choose a file or folder."))
        self._merge(result.candidates)
        distinct = collapse_copies(result.candidates)[0]  # copies of one pack count once
        self.status.setText(self.tr("Found %n pack(s).", "", len(distinct)))
        self._update_buttons()

    def choose_files(self) -> None:
        """Ask for one or more .c4spack files; they are added to the list."""
        self._choose(QFileDialog.FileMode.ExistingFiles, self.tr("Choose pack files"))

    def choose_folder(self) -> None:
        """Ask for a folder: a pack folder, or a folder holding packs."""
        self._choose(QFileDialog.FileMode.Directory, self.tr("Choose a folder with packs"))

    def _choose(self, mode: QFileDialog.FileMode, caption: str) -> None:
        chooser = QFileDialog(self, caption)
        chooser.setFileMode(mode)
        if mode == QFileDialog.FileMode.Directory:
            chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            chooser.setNameFilters([self.tr("C4S packs (*.c4spack)"), self.tr("All files (*)")])
        chooser.filesSelected.connect(lambda files: self.add_paths([Path(f) for f in files]))
        chooser.finished.connect(lambda _result: self._chooser_closed(chooser))
        self.chooser = chooser
        chooser.open()

    def _chooser_closed(self, chooser: QFileDialog) -> None:
        if self.chooser is chooser:
            self.chooser = None
        chooser.deleteLater()

    def add_paths(self, paths: list[Path]) -> None:
        """Describe ``paths`` (files or folders) in a worker job and list what they hold."""
        self._scanning = True
        self._update_buttons()
        self._worker.run(lambda store, task: pack_jobs.describe_paths(store, task, paths),
                         on_done=self._described, on_error=self._job_failed)

    def _described(self, candidates: list[Candidate]) -> None:
        self._scanning = False
        self._merge(candidates)
        distinct = collapse_copies(candidates)[0]  # copies of one pack count once
        self.status.setText(self.tr("%n pack(s) found there.", "", len(distinct)) if distinct
                            else self.tr("No pack was found there."))
        self._update_buttons()

    def _job_failed(self, exc: BaseException) -> None:
        self._scanning = False
        self._update_buttons()
        show_error(self, exc)

    # --- The table -------------------------------------------------------------------------

    def _merge(self, found: list[Candidate]) -> None:
        """Add ``found`` to the list; a pack already listed (same path) is replaced.

        Copies of one version of one pack (a folder and a .c4spack file of it, say) make one
        row, the first listed; the others show in its tooltip. A pack keeps its tick unless
        it is new to the list, its status changed or another version of it came or changed:
        then new packs and updates are ticked, but of several versions only the newest.
        """
        checked = {c.path for c in self.checked_candidates()}
        before = {c.path: c.status for c in self.candidates}
        by_path = {c.path: c for c in self.candidates}
        by_path.update({c.path: c for c in found})
        self.candidates, self._copies = collapse_copies(list(by_path.values()))
        changed = {c.pack_id for c in self.candidates if before.get(c.path) != c.status}
        newest: dict[str, int] = {}
        for c in self.candidates:
            if c.status in TICKED:
                newest[c.pack_id] = max(newest.get(c.pack_id, 0), c.version)

        def ticked(candidate: Candidate) -> bool:
            if candidate.pack_id in changed:
                return candidate.status in TICKED and candidate.version == newest[candidate.pack_id]
            return candidate.path in checked

        self._fill(ticked)

    def _fill(self, ticked: Callable[[Candidate], bool]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.candidates))
        for row, candidate in enumerate(self.candidates):
            cells = [candidate.title_in(self._lang),
                     str(candidate.version) if candidate.version else "",
                     format_size(candidate.size) if candidate.size is not None else "",
                     self.status_text(candidate)]
            items = [QTableWidgetItem(text) for text in cells]
            for column, item in enumerate(items):
                item.setToolTip(self._where(candidate) if column == 0 else cells[column])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
            first = items[0]
            if candidate.status in TICKABLE:
                first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                state = Qt.CheckState.Checked if ticked(candidate) else Qt.CheckState.Unchecked
                first.setCheckState(state)
            first.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.status_text(candidate))
        self.table.blockSignals(False)
        self._update_buttons()

    def _where(self, candidate: Candidate) -> str:
        """Where ``candidate`` is, and its other copies if it has some."""
        copies = self._copies.get(candidate.path, [])
        if not copies:
            return str(candidate.path)
        return "\n".join([str(candidate.path), self.tr("Also found at:")]
                         + [str(path) for path in copies])

    def status_text(self, candidate: Candidate) -> str:
        """What installing ``candidate`` would do, in words."""
        if candidate.status == "new":
            return self.tr("New")
        if candidate.status == "update":
            return self.tr("Update from v{old} to v{new}").format(
                old=candidate.installed_version, new=candidate.version)
        if candidate.status == "installed":
            return self.tr("Already installed")
        if candidate.status == "older":
            return self.tr("Older than the installed v{old}").format(
                old=candidate.installed_version)
        # The reason is the error an install would show, in the same words and language.
        reason = error_text(candidate.error) if candidate.error is not None else ""
        return self.tr("Broken: {reason}").format(reason=reason)

    def checked_candidates(self) -> list[Candidate]:
        """The packs ticked for installing, in list order."""
        ticked = []
        for row, candidate in enumerate(self.candidates):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked and (
                item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            ):
                ticked.append(candidate)
        return ticked

    # --- Installing ------------------------------------------------------------------------

    def install_checked(self) -> None:
        """Install every ticked pack, one after the other."""
        chosen = self.checked_candidates()
        if chosen and not self.flow.busy:
            self.flow.start(chosen)
            self._update_buttons()

    def _show_progress(self, done: int, total: int) -> None:
        if total <= 0:  # no copy reports sizes yet (checking, asking): busy, and no sizes
            self.progress.setRange(0, 0)
            self.progress.setFormat("")
            return
        self.progress.setRange(0, PROGRESS_RANGE)
        self.progress.setValue(done * PROGRESS_RANGE // total)
        self.progress.setFormat(self.tr("{done} of {total}").format(
            done=format_size(done), total=format_size(total)))

    def _flow_finished(self) -> None:
        self._update_buttons()
        self.storage.refresh()
        paths = [c.path for c in self.candidates]
        paths += [copy for copies in self._copies.values() for copy in copies]
        self._worker.run(lambda store, task: pack_jobs.describe_paths(store, task, paths),
                         on_done=self._merge)

    def _update_buttons(self) -> None:
        busy = self.flow.busy
        for button in (self.file_button, self.folder_button, self.scan_button):
            button.setEnabled(not busy and not self._scanning)
        self.install_button.setEnabled(
            not busy and not self._scanning and bool(self.checked_candidates()))
        self.table.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def reject(self) -> None:
        """Close, unless an install runs: then Escape or Close cancels it first."""
        if self.flow.busy:
            self.flow.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window while installing cancels the install instead."""
        if self.flow.busy:
            self.flow.cancel()
            event.ignore()
            return
        super().closeEvent(event)
