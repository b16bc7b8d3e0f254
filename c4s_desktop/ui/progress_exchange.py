"""File → Save my progress to a drive… and File → Load progress…: progress carried on a USB
stick between computers that never sync (see ``core/exchange``).

Saving takes the signed-in learner's record only: on a shared computer a learner carries
their own progress, not the others'. It writes the file on a thread of its own, reading the
statements through a read-only connection a block at a time (the store worker stays free
while a slow stick is written), with progress and Cancel once it takes over a second; a
cancelled save leaves no file. Loading merges a file saved anywhere (one learner's, or a
whole class's from ``c4s progress save``); it reads and checks the file on a thread of its
own, merges it as one store-worker job with progress and Cancel, and nothing of the file is
kept when it is damaged or the load is cancelled.
"""

from __future__ import annotations

import logging
import platform
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from c4s_desktop.core.errors import C4SError, CancelledError
from c4s_desktop.core.exchange.bundle_file import SUFFIX, default_name, read_bundle, write_bundle
from c4s_desktop.core.exchange.content import Bundle, collect
from c4s_desktop.core.exchange.merge import MergeReport, merge
from c4s_desktop.core.packs.discovery import removable_roots
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.credentials import load_credentials
from c4s_desktop.ui.errors import show_error
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.plain_text import plain_box
from c4s_desktop.ui.pool_job import PoolJob
from c4s_desktop.ui.session import Session
from c4s_desktop.ui.worker import StoreWorker, Task

log = logging.getLogger("c4s.ui")
STATUS_MS = 10_000
SAVE_WAIT_MS = 1000
"""How long a save runs before its progress dialog shows (most take a fraction of this)."""
LOAD_WAIT_MS = 500


class ProgressExchange(QObject):
    """Saves the learner's progress to a file and loads such files, over ``window``."""

    finished = Signal(object)
    """The saved file's path, the load's :class:`MergeReport`, or the exception that
    stopped either (a :class:`CancelledError` when the learner cancelled)."""
    progress_loaded = Signal()
    """A load added statements: progress shown anywhere may have changed."""

    def __init__(self, worker: StoreWorker, window: MainWindow, session: Session,
                 data_root: Path) -> None:
        super().__init__(window)
        self._worker = worker
        self._window = window
        self._session = session
        self._root = data_root
        self.file_dialog: QFileDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self._task: Task | None = None
        self._file_job: PoolJob | None = None
        """The thread writing or reading the file, while it runs."""
        self._cancelled = False

    # --- Saving ----------------------------------------------------------------------------

    def ask_where_to_save(self) -> QFileDialog | None:
        """Ask where to save the signed-in learner's progress (window-modal), then save it."""
        learner = self._session.learner
        if learner is None:
            return None
        name = default_name(learner.name, datetime.now())
        dialog = self._file_dialog(self.tr("Save my progress"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(SUFFIX.lstrip("."))
        dialog.selectFile(str(_start_folder() / name))
        dialog.fileSelected.connect(lambda chosen: self.save_to(Path(chosen)))
        dialog.open()
        return dialog

    def save_to(self, target: Path) -> None:
        """Save the signed-in learner's progress as ``target`` (the file work off the UI
        thread); :attr:`finished` tells how it went."""
        learner = self._session.learner
        if learner is None:
            return
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        saving = self.tr("Saving your progress…")
        self._window.statusBar().showMessage(saving)
        self._open_progress(saving, self.tr("Save my progress"), SAVE_WAIT_MS)
        # A store job first, queued behind those before it: the file then holds what the
        # learner did just before saving.
        self._task = self._worker.run(
            _nothing, on_done=lambda _none: self._write(learner.id, target),
            on_error=self._save_failed)

    def _write(self, learner_id: str, target: Path) -> None:
        self._task = None
        if self._cancelled:
            self._save_failed(CancelledError("op.cancelled"))
            return
        self._file_job = PoolJob(
            partial(_save, root=self._root, learner_id=learner_id, target=target),
            on_done=lambda _count: self._saved(target), on_error=self._save_failed,
            on_progress=self._show_progress, parent=self, thread_name="c4s-save").start()

    def _save_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, CancelledError):
            self._failed(exc)
            return
        self._close_progress()
        self._window.statusBar().showMessage(
            self.tr("Saving was cancelled; no file was saved."), STATUS_MS)
        self.finished.emit(exc)

    def _saved(self, target: Path) -> None:
        self._close_progress()
        self._window.statusBar().showMessage(
            self.tr("Your progress is saved in {file}.").format(file=target), STATUS_MS)
        box = self._box(
            self.tr("Your progress is saved in “{name}”.").format(name=target.name),
            self.tr("Take the drive to a computer with C4S Desktop and choose File → Load "
                    "progress… there. Your progress stays on this computer too."))
        box.setDetailedText(str(target))
        self.finished.emit(target)

    # --- Loading ---------------------------------------------------------------------------

    def ask_what_to_load(self) -> QFileDialog:
        """Ask which progress file to load (window-modal), then load it."""
        dialog = self._file_dialog(self.tr("Load progress"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setDirectory(str(_start_folder()))
        dialog.fileSelected.connect(lambda chosen: self.load_from(Path(chosen)))
        dialog.open()
        return dialog

    def load_from(self, path: Path) -> None:
        """Check the file at ``path`` on a thread, then merge it as a store job, with a
        progress dialog whose Cancel leaves everything as it was.

        A file can add learners, and records to any learner's progress, so on a computer
        with trainers one of them confirms first (see trainer_confirm).
        """
        from c4s_desktop.ui.trainer_confirm import confirm_by_trainer  # not needed at start

        reason = self.tr("Load the progress in “{name}”. It can add learners to this computer "
                         "and records to any learner's progress.").format(name=path.name)
        confirm_by_trainer(self._window, self._worker, reason,
                           lambda confirmed: self._load(path) if confirmed
                           else self._failed(CancelledError("op.cancelled")))

    def _load(self, path: Path) -> None:
        self._open_progress(
            self.tr("Loading the progress in “{name}”…").format(name=path.name),
            self.tr("Load progress"), LOAD_WAIT_MS)
        self._file_job = PoolJob(lambda job: read_bundle(path, job.cancel.is_set),
                                 on_done=self._merge, on_error=self._failed, parent=self,
                                 thread_name="c4s-load").start()

    def _cancel(self) -> None:
        self._cancelled = True
        if self._file_job is not None:
            self._file_job.cancel.set()
        if self._task is not None:
            self._task.cancel()

    def _merge(self, bundle: Bundle) -> None:
        if self._cancelled:
            self._failed(CancelledError("op.cancelled"))
            return
        self._task = self._worker.run(
            partial(_merge, root=self._root, bundle=bundle), on_done=self._loaded,
            on_error=self._failed, on_progress=self._show_progress)

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(total)
            self.progress_dialog.setValue(done)

    def _loaded(self, report: MergeReport) -> None:
        self._close_progress()
        if report.statements_new or report.learners_added:
            self.progress_loaded.emit()
        self._window.statusBar().showMessage(self.tr("Progress loaded."), STATUS_MS)
        self._box(*self._load_summary(report))
        self.finished.emit(report)

    def _load_summary(self, report: MergeReport) -> tuple[str, str]:
        if not report.statements_new and not report.learners_added:
            return (self.tr("Everything in this file was already on this computer."),
                    self.tr("Nothing was added."))
        lines = [self.tr("%Ln new record(s) of progress.", "", report.statements_new)]
        if report.learners_added:
            lines.append(self.tr("%Ln learner(s) new on this computer.", "",
                                 report.learners_added))
        lines += [self.tr("“{given}” is called “{here}” here, because another learner has "
                          "that name.").format(given=given, here=here)
                  for given, here in report.renamed]
        if report.not_installed:
            count = sum(n for _pack, n in report.not_installed)
            lines.append(self.tr(
                "%Ln record(s) are about courses not installed on this computer ({courses}); "
                "they count once those courses are added.", "", count).format(
                    courses=", ".join(pack for pack, _n in report.not_installed)))
        return self.tr("The progress is loaded."), "\n".join(lines)

    # --- Shared ----------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self._window.statusBar().clearMessage()
        if isinstance(exc, CancelledError):
            self._window.statusBar().showMessage(
                self.tr("Loading was cancelled; nothing was added."), STATUS_MS)
        else:
            show_error(self._window, exc)
        self.finished.emit(exc)

    def _close_progress(self) -> None:
        self._task = None
        self._file_job = None
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self._cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _open_progress(self, text: str, title: str, wait_ms: int) -> None:
        """A window-modal progress dialog with Cancel, shown once the work lasts ``wait_ms``."""
        self._cancelled = False
        self._task = None
        dialog = self.progress_dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0,
                                                        self._window)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(wait_ms)
        dialog.setValue(0)  # starts the wait now: before any value, Qt waits its own 4 s
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel)

    def _file_dialog(self, caption: str) -> QFileDialog:
        dialog = self.file_dialog = QFileDialog(self._window, caption)
        dialog.setNameFilter(self.tr("C4S progress files (*{suffix})").format(suffix=SUFFIX))
        return dialog

    def _box(self, text: str, info: str) -> QMessageBox:
        box = self.result_box = plain_box(QMessageBox(
            QMessageBox.Icon.Information, self.tr("C4S Desktop"), text,
            QMessageBox.StandardButton.Ok, self._window))
        box.setInformativeText(info)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()
        return box


def _start_folder() -> Path:
    """The first removable drive, where the file is going or coming from; else home."""
    roots = removable_roots()
    return roots[0] if roots else Path.home()


def _server(root: Path) -> str:
    """The xAPI endpoint this computer syncs with; "" when none (or its file is unreadable:
    carrying progress does not depend on sync)."""
    try:
        creds = load_credentials(root)
    except C4SError as exc:
        log.warning("sync settings unreadable, progress file made without them: %s", exc)
        return ""
    return creds.endpoint if creds else ""


def _nothing(store: Store, task: Task) -> None:
    """A store job that does nothing: when it ends, every job queued before it has ended."""


def _save(job: PoolJob, root: Path, learner_id: str, target: Path) -> int:
    """Write the learner's progress file through a read-only connection of this thread's
    own (WAL lets it read beside the store worker, which it never waits for)."""
    with Store.open(root, write=False, check=False) as store:
        chosen = collect(store, [learner_id], server=_server(root), device=platform.node())
        return write_bundle(chosen, target, progress=job.report, cancelled=job.cancel.is_set)


def _merge(store: Store, task: Task, root: Path, bundle: Bundle) -> MergeReport:
    return merge(store, bundle, _server(root), progress=task.report,
                 cancelled=task.is_cancelled)
