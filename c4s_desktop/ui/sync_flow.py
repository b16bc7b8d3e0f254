"""Sync in the window: the status-bar button, its details, the setup dialog and the scheduler.

The status is read in store-worker jobs (quick counts); runs and enrollment happen on
background threads (see :mod:`c4s_desktop.ui.sync_scheduler`). A long run can be stopped from
the status bar's Stop or the details' Stop sync; screen readers hear of runs that matter to
the learner (:mod:`c4s_desktop.ui.sync_announcer`).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.sync.progress import RECEIVING
from c4s_desktop.ui import sync_jobs
from c4s_desktop.ui.errors import error_text
from c4s_desktop.ui.pool_job import PoolJob
from c4s_desktop.ui.sync_announcer import SyncAnnouncer
from c4s_desktop.ui.sync_jobs import StatusSnapshot
from c4s_desktop.ui.sync_scheduler import SyncScheduler
from c4s_desktop.ui.sync_setup_dialog import SyncSetupDialog
from c4s_desktop.ui.sync_status import SyncDetailsDialog, SyncStatusButton, state_of
from c4s_desktop.ui.sync_stop import SyncStopButton
from c4s_desktop.ui.worker import StoreWorker


class SyncFlow(QObject):
    """Puts sync in ``window``'s status bar and runs it in the background."""

    progress_pulled = Signal()
    """A run brought back progress made on another computer: the views should reload it."""
    enrolled = Signal()
    """This computer was just connected to a server (what needs one can try again)."""

    def __init__(self, worker: StoreWorker, window: QMainWindow, data_dir: DataDir,
                 scheduler: SyncScheduler | None = None) -> None:
        super().__init__(window)
        self._worker = worker
        self._window = window
        self._data_dir = data_dir
        self.scheduler = scheduler or SyncScheduler(worker, data_dir, self)
        self.scheduler.setParent(self)
        self.button = SyncStatusButton()
        self.stop_button = SyncStopButton()
        window.statusBar().addPermanentWidget(self.button)
        window.statusBar().addPermanentWidget(self.stop_button)
        self.button.clicked.connect(self.open_details)
        self.stop_button.clicked.connect(self.stop)
        self.announcer = SyncAnnouncer(self.button)
        self.snapshot: StatusSnapshot | None = None
        self.waiting = 0
        """The statements waiting to be sent, as last told: by a status read, or by the push
        of the run in progress (``total - done``, what it has left), whichever came last."""
        self.details: SyncDetailsDialog | None = None
        self.setup: SyncSetupDialog | None = None
        self._shut_down = False
        self.scheduler.started.connect(self.announcer.started)
        self.scheduler.started.connect(self._show)
        self.scheduler.progressed.connect(self._progressed)
        self.scheduler.stopping.connect(self.announcer.stopping)
        self.scheduler.stopping.connect(self._show)
        self.scheduler.finished.connect(self._run_finished)

    def start(self, automatic: bool = True) -> None:
        """Show the status; with ``automatic``, sync now and then on the scheduler's timer."""
        self.refresh()
        if automatic:
            self.scheduler.start()

    def refresh(self) -> None:
        """Read the status again (a store-worker job) and show it."""
        self._worker.run(sync_jobs.read_status, on_done=self._status_read)

    def activity(self) -> None:
        """A statement was recorded: count it as waiting, and sync a little later."""
        self.refresh()
        self.scheduler.activity()

    def sync_now(self) -> None:
        """Sync at once (or right after the run in progress)."""
        self.scheduler.sync_now()

    def stop(self) -> None:
        """Stop the run in progress at once; automatic runs wait until "Sync now" or the next
        start (see :meth:`SyncScheduler.stop`)."""
        self.scheduler.stop()

    def _sync_asked(self) -> None:
        self.announcer.asked()  # the learner waits to hear that it started
        self.sync_now()

    def shutdown(self) -> None:
        """Stop the timers and the running sync (the app is quitting)."""
        self._shut_down = True
        self.scheduler.shutdown()

    def _run_finished(self, report: object, error: BaseException | None) -> None:
        if self._shut_down:
            return  # a run that ended after the app began quitting: the store worker is gone
        if getattr(report, "pulled", 0):
            self.progress_pulled.emit()
        # Told once what is left is counted: "Sync stopped: 1,200 statements waiting".
        self._worker.run(sync_jobs.read_status,
                         on_done=partial(self._status_after_run, error=error))

    def _status_after_run(self, snapshot: StatusSnapshot, error: BaseException | None) -> None:
        self._status_read(snapshot)
        self.announcer.ended(snapshot, error)

    def _progressed(self, done: int, total: int) -> None:
        if total != RECEIVING:
            # Fresher than the count read before: the push marked statements sent since (and
            # counts those recorded since it began). Whichever comes last is the freshest: a
            # read that ran before a batch was marked (store jobs run one at a time) reaches
            # this thread before that batch's report.
            self.waiting = max(0, total - done)
        self.announcer.progressed((done, total))
        self._show()

    def _status_read(self, snapshot: StatusSnapshot) -> None:
        self.snapshot = snapshot
        # A statement recorded during a run is read here (activity), while its batch waits.
        self.waiting = snapshot.status.waiting
        self._show()

    def _show(self) -> None:
        if self.snapshot is None:
            return
        scheduler = self.scheduler
        syncing, progress = scheduler.running, scheduler.progress
        stopping, paused = scheduler.stop_requested, scheduler.paused and not syncing
        self.button.show_status(self.snapshot, syncing, progress, stopping=stopping,
                                paused=paused)
        self.stop_button.show_run(syncing and progress is not None, stopping, self.button)
        if self.details is not None and self.details.isVisible():
            self.details.show_status(self.snapshot, state_of(self.snapshot, syncing, paused),
                                     progress, waiting=self.waiting, stopping=stopping)

    # --- Dialogs ---------------------------------------------------------------------------

    def open_details(self) -> SyncDetailsDialog:
        """Show the details of the sync state (made once, reused)."""
        if self.details is None:
            self.details = SyncDetailsDialog(self._window)
            self.details.sync_requested.connect(self._sync_asked)
            self.details.stop_requested.connect(self.stop)
            self.details.setup_requested.connect(self.open_setup)
            self.details.retry_requested.connect(self._retry_rejects)
        self.details.open()
        self._show()
        self.refresh()
        return self.details

    def open_setup(self, asked_from: QWidget | None = None) -> SyncSetupDialog:
        """Ask for a server and an enrollment code, then enroll (a background job).

        ``asked_from``: the dialog the learner asked from, which must own the setup (a
        window-modal dialog blocks every window but its own children); else the details, else
        the main window.
        """
        owner = asked_from or self.details or self._window
        if self.setup is None:
            server = self.snapshot.status.server if self.snapshot else None
            accepted = self.snapshot.status.plain_http_accepted if self.snapshot else ""
            self.setup = SyncSetupDialog(owner, server or "", accepted)
            self.setup.connect_requested.connect(self._enroll)
        elif self.setup.parent() is not owner:
            self.setup.setParent(owner, self.setup.windowFlags())
        self.setup.open()
        return self.setup

    def _enroll(self, server: str, code: str) -> None:
        from c4s_desktop.ui.trainer_confirm import confirm_by_trainer  # not needed at start

        assert self.setup is not None
        # Every learner's progress goes to the server: on a computer with trainers, one
        # of them confirms.
        confirm_by_trainer(self.setup, self._worker,
                           self.tr("Connect this computer to the sync server {server}.").format(
                               server=server),
                           partial(self._trainer_answered, server, code))

    def _trainer_answered(self, server: str, code: str, confirmed: bool) -> None:
        if not confirmed:
            if self.setup is not None:
                self.setup.show_result(self.tr("Not connected: no trainer confirmed it."))
            return
        work = partial(sync_jobs.enroll, bridge=self.scheduler.bridge, data_dir=self._data_dir,
                       server=server, code=code, name=None)
        PoolJob(lambda job: work(job), self._enrolled, self._enroll_failed, parent=self).start()

    def _enrolled(self, _server: str) -> None:
        if self.setup is not None:
            self.setup.show_result(None)
        self.refresh()
        self.sync_now()
        self.enrolled.emit()

    def _enroll_failed(self, exc: BaseException) -> None:
        if self.setup is not None:
            self.setup.show_result(error_text(exc))

    def _retry_rejects(self) -> None:
        self._worker.run(sync_jobs.retry_rejects, on_done=lambda _n: self.sync_now())
