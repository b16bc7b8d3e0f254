"""File → Get packs…: the packs the organisation's server offers, downloaded and installed here.

The catalog and the downloads run on background threads; the install is a store-worker job
running the same pipeline as a USB install (see :mod:`c4s_desktop.ui.catalog_jobs`).
Closing the dialog does not stop a download: it goes on in the background and the dialog
shows it again when reopened.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import CancelledError, SyncError
from c4s_desktop.core.packs.manifest import pick_text
from c4s_desktop.core.sync.credentials import is_set_up
from c4s_desktop.ui import catalog_jobs
from c4s_desktop.ui.announce import announce
from c4s_desktop.ui.errors import error_text
from c4s_desktop.ui.formatting import format_size
from c4s_desktop.ui.layouts import within_screen
from c4s_desktop.ui.pack_jobs import PlanSummary, TrustQuestion
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.pool_job import PoolJob
from c4s_desktop.ui.store_bridge import StoreBridge
from c4s_desktop.ui.trainer_confirm import confirm_by_trainer
from c4s_desktop.ui.trust_prompt import ask_trust, trust_reason
from c4s_desktop.ui.update_prompt import ask_update
from c4s_desktop.ui.worker import StoreWorker, Task

if TYPE_CHECKING:
    from c4s_desktop.core.packs.install import InstallResult
    from c4s_desktop.core.sync.catalog import CatalogPack
    from c4s_desktop.core.sync.downloads import DownloadControl
    from c4s_desktop.core.sync.pack_download import PackDownload

PROGRESS_RANGE = 1000
DEFAULT_SIZE = QSize(900, 480)
DEFAULT_CAP_KB = 500
MAX_CAP_KB = 1_000_000


class GetPacksDialog(QDialog):
    """Lists the server's catalog; downloads (pausable) and installs one pack at a time."""

    library_changed = Signal()
    """A pack was installed: the window should reload its library."""
    setup_requested = Signal()
    """This computer has no sync server yet and the learner asked to set one up."""

    def __init__(self, worker: StoreWorker, data_dir: DataDir, lang: str,
                 parent: QWidget | None = None, *, can_set_up: bool = False) -> None:
        super().__init__(parent)
        self._can_set_up = can_set_up
        self._worker = worker
        self.data_dir = data_dir
        self._lang = lang
        self._bridge = StoreBridge(worker, self)
        self.packs: list[CatalogPack] = []
        self.control: DownloadControl | None = None
        self.current: CatalogPack | None = None
        """The pack being downloaded, paused or installed."""
        self.phase = "idle"
        """``idle``, ``loading``, ``downloading``, ``paused``, ``installing``."""
        self.job: PoolJob | None = None
        self.install_task: Task | None = None
        self.question: QDialog | None = None
        """The question on screen (an administrator's trust confirmation, a trainer's PIN or
        an update's preview), if any (tests answer it)."""
        self._confirmed = ""
        """The manifest (SHA-256) allowed to install untrusted, once a trainer confirmed."""
        self._trust_key = ""
        self._update_confirmed = False
        self._announce = True
        self.setWindowTitle(self.tr("Get packs"))
        self.setAccessibleName(self.tr("Get packs"))
        self.resize(within_screen(DEFAULT_SIZE, self.screen()))
        self.table = self._make_table()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleDescription(self.tr("Status"))
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_RANGE)
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.download_button = QPushButton(self.tr("&Download"))
        self.download_button.clicked.connect(self.download_selected)
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.clicked.connect(self.pause_or_resume)
        self.cancel_button = QPushButton(self.tr("&Cancel download"))
        self.cancel_button.clicked.connect(self.cancel_download)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.setup_button = QPushButton(self.tr("&Set up sync…"))
        self.setup_button.clicked.connect(self.setup_requested)
        self.setup_button.hide()  # until the catalog says this computer has no server
        self.cap = QCheckBox(self.tr("&Limit the download speed to"))
        self.cap.setToolTip(self.tr("For shared or metered connections; kept for next time."))
        self.cap_rate = QSpinBox()
        self.cap_rate.setRange(10, MAX_CAP_KB)
        self.cap_rate.setSingleStep(100)
        self.cap_rate.setValue(DEFAULT_CAP_KB)
        self.cap_rate.setSuffix(self.tr(" kB/s"))
        self.cap_rate.setAccessibleName(self.tr("Download speed limit, kilobytes per second"))
        for widget in (self.cap, self.cap_rate):
            widget.setEnabled(False)  # until the saved cap is shown
        self.cap.toggled.connect(self._cap_changed)
        self.cap_rate.editingFinished.connect(self._cap_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._update_buttons()
        self._worker.run(catalog_jobs.rate_limit, on_done=self._show_cap)

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 6)
        table.setHorizontalHeaderLabels([self.tr("Pack"), self.tr("Version"), self.tr("Size"),
                                         self.tr("Languages"), self.tr("Publisher"),
                                         self.tr("State")])
        table.setAccessibleName(self.tr("Packs offered by the server"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        # A long title wraps onto more lines, and its row grows to show them all.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _lay_out(self) -> None:
        label = QLabel(self.tr("&Packs offered by your organisation's server:"))
        label.setBuddy(self.table)
        actions = QHBoxLayout()
        for button in (self.download_button, self.pause_button, self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.setup_button)
        actions.addWidget(self.refresh_button)
        cap = QHBoxLayout()
        cap.addWidget(self.cap)
        cap.addWidget(self.cap_rate)
        cap.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(cap)
        layout.addWidget(self.buttons)

    # --- The catalog -----------------------------------------------------------------------

    def refresh(self, announce: bool = True) -> None:
        """Read the catalog again (background); ``announce``: say so in the status line.

        Without a sync server the catalog cannot be read: that is said, and the setup
        offered, at once, with no job and no "reading" line before it.
        """
        if self.phase == "loading":
            return
        if not is_set_up(self.data_dir.root):
            self._list_failed(SyncError("sync.not_set_up"))
            return
        if self.phase == "idle":
            self.phase = "loading"
        self._announce = announce
        if announce and self.phase == "loading":  # a download's own status line stays
            self.status.setText(self.tr("Reading the catalog from the server…"))
        self._update_buttons()
        work = partial(catalog_jobs.fetch_catalog, bridge=self._bridge, data_dir=self.data_dir)
        PoolJob(lambda job: work(job), self._listed, self._list_failed, parent=self).start()

    def _listed(self, packs: list[CatalogPack]) -> None:
        if self.phase == "loading":
            self.phase = "idle"
        self.setup_button.hide()
        self.packs = packs
        self._fill()
        if self.phase == "idle" and self._announce:
            self._tell(self.tr("The server offers %n pack(s).", "", len(packs)))
        self._update_buttons()

    def _list_failed(self, exc: BaseException) -> None:
        if self.phase == "loading":
            self.phase = "idle"
        self.setup_button.setVisible(self._can_set_up and isinstance(exc, SyncError)
                                     and exc.code == "sync.not_set_up")
        self._tell(error_text(exc), error=True)
        self._update_buttons()

    def state_text(self, pack: CatalogPack) -> str:
        """New, update or installed, in words."""
        if pack.installed_version is None:
            return self.tr("New")
        if pack.installed_version < pack.version:
            return self.tr("Update from v{old} to v{new}").format(old=pack.installed_version,
                                                                  new=pack.version)
        return self.tr("Installed")

    def title_of(self, pack: CatalogPack) -> str:
        """The pack's title in the UI language (else its first language, else its id)."""
        default = pack.languages[0] if pack.languages else self._lang
        return pick_text(pack.title, self._lang, default) or pack.id

    def _fill(self) -> None:
        selected = self.selected_pack()
        self.table.setRowCount(len(self.packs))
        for row, pack in enumerate(self.packs):
            cells = [self.title_of(pack), str(pack.version), format_size(pack.size),
                     ", ".join(pack.languages), pack.publisher_name, self.state_text(pack)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{text}\n{pack.id}" if column == 0 else text)
                self.table.setItem(row, column, item)
            if selected is not None and pack.id == selected.id:
                self.table.selectRow(row)
        if self.selected_pack() is None and self.packs:
            wanted = next((r for r, p in enumerate(self.packs) if p.can_download), 0)
            self.table.selectRow(wanted)

    def selected_pack(self) -> CatalogPack | None:
        """The pack of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.packs):
            return None
        return self.packs[rows[0].row()]

    # --- Downloading -----------------------------------------------------------------------

    def download_selected(self) -> None:
        """Download and install the selected pack (new or updated)."""
        pack = self.selected_pack()
        if pack is None or not pack.can_download or self.phase not in ("idle", "loading"):
            return
        # Already loaded by the catalog's background job (a row is listed), so cheap here.
        from c4s_desktop.core.sync.downloads import DownloadControl

        self.current = pack
        self.control = DownloadControl()
        self._confirmed = ""
        self._trust_key = ""
        self._update_confirmed = False
        self._start_download()

    def _start_download(self) -> None:
        assert self.current is not None and self.control is not None
        self.phase = "downloading"
        self.status.setText(self.tr("Downloading “{title}”…").format(
            title=self.title_of(self.current)))
        rate = self.cap_rate.value() * 1000 if self.cap.isChecked() else None
        work = partial(catalog_jobs.download, bridge=self._bridge, data_dir=self.data_dir,
                       pack_id=self.current.id, control=self.control, rate=rate,
                       lang=self._lang, confirmed=self._confirmed,
                       update_confirmed=self._update_confirmed)
        self.job = PoolJob(lambda job: work(job), self._downloaded, self._download_failed,
                           self._show_progress, parent=self).start()
        self._update_buttons()

    def pause_or_resume(self) -> None:
        """Pause the download (what arrived is kept), or resume it where it stopped."""
        if self.phase == "downloading" and self.control is not None:
            self.control.pause()
            self.status.setText(self.tr("Pausing…"))
        elif self.phase == "paused" and self.control is not None:
            self.control.resume()
            self._start_download()

    def cancel_download(self) -> None:
        """Stop the download or install and delete what arrived."""
        if self.phase == "downloading" and self.control is not None:
            self.control.cancel()
            self.status.setText(self.tr("Cancelling…"))
        elif self.phase == "paused":
            PoolJob(partial(catalog_jobs.discard, data_dir=self.data_dir), parent=self).start()
            self._finish(self.tr("Download cancelled."))
        elif self.phase == "installing" and self.install_task is not None:
            self.install_task.cancel()

    def _show_progress(self, done: int, total: int) -> None:
        value = PROGRESS_RANGE if total <= 0 else done * PROGRESS_RANGE // total
        self.progress.setValue(value)
        self.progress.setFormat(self.tr("{done} of {total}").format(
            done=format_size(done), total=format_size(max(total, 0))))

    def _downloaded(self, outcome: PackDownload | TrustQuestion | PlanSummary) -> None:
        self.job = None
        assert self.current is not None
        if isinstance(outcome, TrustQuestion):
            self.question = ask_trust(self, self.title_of(self.current), outcome,
                                      partial(self._trust_answered, outcome))
            return
        if isinstance(outcome, PlanSummary):
            self.status.setText(self.tr("“{title}” has an update: see what it changes.").format(
                title=self.title_of(self.current)))
            self.question = ask_update(self, self.title_of(self.current), outcome,
                                       self._update_answered, download=True)
            return
        pack, trust_key = outcome, self._trust_key
        self.phase = "installing"
        self._tell(self.tr("Installing “{title}”…").format(title=self.title_of(self.current)))
        self.install_task = self._worker.run(
            lambda store, task: catalog_jobs.install(store, task, pack, trust_key),
            on_done=self._installed, on_error=self._install_failed,
            on_progress=self._show_progress)
        self._update_buttons()

    def _trust_answered(self, question: TrustQuestion, install: bool, trust: bool) -> None:
        self.question = None
        if not install or self.current is None:
            self._finish(self.tr("Skipped; nothing was downloaded."))
            return
        confirm_by_trainer(self, self._worker,
                           trust_reason(self.title_of(self.current), question, trust),
                           partial(self._trainer_answered, question, question.key if trust else ""),
                           self._show_question)

    def _show_question(self, dialog: QDialog) -> None:
        self.question = dialog

    def _trainer_answered(self, question: TrustQuestion, trust_key: str, confirmed: bool
                          ) -> None:
        self.question = None
        if not confirmed or self.current is None:
            self._finish(self.tr("Skipped; nothing was downloaded."))
            return
        # Trusted once the pack is installed: a skipped update or a failure trusts nothing.
        self._trust_key = trust_key
        self._confirmed = question.manifest_sha256
        self._start_download()

    def _update_answered(self, update: bool) -> None:
        self.question = None
        if not update or self.current is None:
            self._finish(self.tr("Skipped; nothing was downloaded."))
            return
        self._update_confirmed = True
        self._start_download()

    def _download_failed(self, exc: BaseException) -> None:
        self.job = None
        if isinstance(exc, CancelledError) and exc.code == "download.paused":
            self.phase = "paused"
            self._tell(self.tr("Paused. Resume to continue where the download stopped."))
            self._update_buttons()
        elif isinstance(exc, CancelledError):
            self._finish(self.tr("Download cancelled."))
        else:
            self._finish(error_text(exc), error=True)

    def _installed(self, result: InstallResult) -> None:
        self.install_task = None
        title = self.title_of(self.current) if self.current else result.pack_id
        if result.previous_version is not None:
            text = self.tr("“{title}” was updated to version {version}.")
        else:
            text = self.tr("“{title}” was installed.")
        self._finish(text.format(title=title, version=result.version))
        self.library_changed.emit()
        self.refresh(announce=False)  # the new states; the sentence above stays

    def _install_failed(self, exc: BaseException) -> None:
        self.install_task = None
        if isinstance(exc, CancelledError):
            self._finish(self.tr("Cancelled; the pack was not installed."))
        else:
            self._finish(error_text(exc), error=True)

    def _finish(self, text: str, *, error: bool = False) -> None:
        self.phase = "idle"
        self.current = None
        self.control = None
        self._tell(text, error=error)
        self._update_buttons()

    def _tell(self, text: str, *, error: bool = False) -> None:
        """Show ``text`` on the status line and have screen readers say it (at once for an
        ``error``): a step ended, which the focus does not show. Lines of a step under way
        ("Downloading…", the progress) are only shown."""
        self.status.setText(text)
        announce(self.status, text, assertive=error)

    def _update_buttons(self) -> None:
        running = self.phase in ("downloading", "paused", "installing")
        pack = self.selected_pack()
        self.download_button.setEnabled(not running and pack is not None and pack.can_download)
        self.download_button.setText(self._download_label(pack))
        self.pause_button.setVisible(running)
        self.pause_button.setEnabled(self.phase in ("downloading", "paused"))
        self.pause_button.setText(self.tr("&Resume") if self.phase == "paused"
                                  else self.tr("&Pause"))
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        self.refresh_button.setEnabled(self.phase == "idle")

    def _download_label(self, pack: CatalogPack | None) -> str:
        # A greyed "Update" on a pack already up to date read as "an update that can't be had".
        if pack is None or pack.installed_version is None:
            return self.tr("&Download")
        return self.tr("&Update") if pack.can_download else self.tr("Installed")

    # --- The speed cap ---------------------------------------------------------------------

    def _show_cap(self, rate: int | None) -> None:
        self.cap.blockSignals(True)
        self.cap.setChecked(rate is not None)
        if rate is not None:
            self.cap_rate.setValue(max(10, rate // 1000))
        self.cap.blockSignals(False)
        for widget in (self.cap, self.cap_rate):
            widget.setEnabled(True)

    def _cap_changed(self) -> None:
        rate = self.cap_rate.value() * 1000 if self.cap.isChecked() else None
        self._worker.run(lambda store, task: catalog_jobs.save_rate_limit(store, task, rate))

    def shutdown(self) -> None:
        """The app is quitting: pause a running download (the next one resumes it)."""
        if self.control is not None:
            self.control.pause()
