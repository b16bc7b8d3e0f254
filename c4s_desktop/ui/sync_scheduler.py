"""When the app syncs: once after start, on a timer, and shortly after the learner's activity.

Never two runs at once: a request during a run is remembered and served when it ends. When
the server cannot be reached the timer backs off (5, 10, 20, 30 minutes), so an offline
laptop does not keep retrying. Quitting cancels the run at once.

The learner may stop a run (:meth:`SyncScheduler.stop`), on a metered link say. The run ends
at once, a batch on its way included, and what is not sent stays queued. Automatic runs
(the timer, activity) then pause until the learner asks for one (:meth:`SyncScheduler.sync_now`)
or the app starts again: who stopped a sync to save their data does not want it back a minute
later because they answered a question. The pause lives in memory only, so a restart (another
day, maybe another network) syncs as usual. A stop too late to cut anything (the run had sent
everything) changes nothing: the run finished, and says so.
"""

from __future__ import annotations

import logging
import threading
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import CancelledError, SyncError
from c4s_desktop.ui import sync_jobs
from c4s_desktop.ui.pool_job import PoolJob
from c4s_desktop.ui.store_bridge import StoreBridge
from c4s_desktop.ui.worker import StoreWorker

if TYPE_CHECKING:
    from c4s_desktop.core.sync.engine import SyncConfig

log = logging.getLogger("c4s.ui")

INTERVAL_MS = 5 * 60_000
MAX_INTERVAL_MS = 30 * 60_000
ACTIVITY_DELAY_MS = 20_000
"""A statement recorded is sent this long after the last activity (a burst goes in one run)."""
FIRST_RUN_DELAY_MS = 3_000
"""The first run waits this long after start: the window is painted and answers the learner
first (loading the network code holds the interpreter's lock for a tenth of a second)."""
OFFLINE_CODES = ("sync.unreachable", "sync.server_error", "sync.server_unavailable",
                 "sync.web_page")


def is_offline(exc: BaseException | None) -> bool:
    """True for the errors that mean "the server is not there now" (not "fix something")."""
    return isinstance(exc, SyncError) and exc.code in OFFLINE_CODES


class SyncScheduler(QObject):
    """Starts sync runs in the background and says when they start and end."""

    started = Signal()
    finished = Signal(object, object)
    """``(report or None, error or None)``; both None: the data folder is not set up."""
    progressed = Signal(int, int)
    """``(done, total)`` of the run in progress, a few times a second once it has lasted a
    second (see :mod:`c4s_desktop.core.sync.progress`); also in :attr:`progress`."""
    stopping = Signal()
    """The learner asked the run in progress to stop; ``finished`` follows when it has."""

    def __init__(self, worker: StoreWorker, data_dir: DataDir, parent: QObject | None = None,
                 *, interval_ms: int = INTERVAL_MS, activity_delay_ms: int = ACTIVITY_DELAY_MS,
                 config: SyncConfig | None = None) -> None:
        super().__init__(parent)
        self.bridge = StoreBridge(worker, self)
        self._data_dir = data_dir
        self.config = config
        """The run settings (None: :func:`~c4s_desktop.ui.sync_jobs.app_sync_config`);
        tests shrink the waits here."""
        self._interval_ms = interval_ms
        self._failures = 0
        self._again = False
        self._stopped = False
        self._stop: threading.Event | None = None
        self.paused = False
        """True once the learner stopped a run: no automatic run until :meth:`sync_now`."""
        self.job: PoolJob | None = None
        """The run in progress, if any."""
        self.progress: tuple[int, int] | None = None
        """The last ``(done, total)`` the run in progress reported, if any."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._automatic)
        self.activity_timer = QTimer(self)
        self.activity_timer.setSingleShot(True)
        self.activity_timer.setInterval(activity_delay_ms)
        self.activity_timer.timeout.connect(self._automatic)

    @property
    def running(self) -> bool:
        """True while a run is in progress."""
        return self.job is not None

    @property
    def stop_requested(self) -> bool:
        """True while the run in progress was asked to stop and has not ended yet."""
        return self._stop is not None and self._stop.is_set() and self.job is not None

    def start(self, delay_ms: int = FIRST_RUN_DELAY_MS) -> None:
        """Sync in ``delay_ms`` (the window is shown by then), then on the timer."""
        if not self._stopped and not self.paused:
            self.timer.start(delay_ms)

    def activity(self) -> None:
        """The learner did something worth sending: sync a little later."""
        if not self._stopped and not self.paused:
            self.activity_timer.start()

    def sync_now(self) -> None:
        """Start a run now, or right after the one in progress (someone asked for it: this
        also ends the pause that :meth:`stop` began)."""
        if self._stopped:
            return
        self.paused = False
        if self.job is not None:
            self._again = True
            return
        self.timer.stop()
        self.activity_timer.stop()
        # The learner's stop gets its own event: the store bridge keeps job.cancel (quitting)
        # alone, so that a stop still marks sent a batch the server has just acknowledged.
        self._stop = threading.Event()
        work = partial(sync_jobs.run_sync, bridge=self.bridge, data_dir=self._data_dir,
                       config=self.config, stop=self._stop)
        self.progress = None
        self.job = PoolJob(lambda job: work(job), self._done, self._failed,
                           on_progress=self._progressed, parent=self)
        self.started.emit()
        self.job.start()

    def stop(self) -> None:
        """The learner stops the run in progress: it ends at once (nothing queued is lost: a
        batch on its way goes again with the next run), and automatic runs pause until
        :meth:`sync_now` (or the next start of the app)."""
        if self._stopped or self.job is None or self._stop is None or self._stop.is_set():
            return
        self.paused = True
        self._again = False
        self.timer.stop()
        self.activity_timer.stop()
        self._stop.set()
        self.stopping.emit()

    def shutdown(self) -> None:
        """Stop the timers and ask the running job to stop (the app is quitting)."""
        self._stopped = True
        self.timer.stop()
        self.activity_timer.stop()
        if self.job is not None:
            self.job.cancel.set()
        if self._stop is not None:
            self._stop.set()

    def _automatic(self) -> None:
        """A timer fired: sync, unless the learner stopped sync since it was started."""
        if not self.paused:
            self.sync_now()

    def _progressed(self, done: int, total: int) -> None:
        self.progress = (done, total)
        self.progressed.emit(done, total)

    def _done(self, report: object) -> None:
        self._ended()
        self._failures = 0
        # A stop that came too late to cut anything: the run finished, so nothing is paused
        # (only this run's stop can have paused sync while it ran).
        self.paused = False
        self.finished.emit(report, None)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._ended()
        if isinstance(exc, CancelledError):
            if self._stopped:
                return  # the app is quitting: nobody is left to tell
            self.finished.emit(None, exc)  # the learner stopped it
            self._next()  # a "Sync now" pressed while it was stopping still runs
            return
        log.info("sync failed: %s", getattr(exc, "code", exc))
        self._failures = self._failures + 1 if is_offline(exc) else 0
        self.finished.emit(None, exc)
        self._next()

    def _ended(self) -> None:
        self.job = None
        self.progress = None

    def _next(self) -> None:
        if self._stopped or self.paused:
            return
        if self._again and self._failures == 0:
            self._again = False
            self.sync_now()
            return
        self._again = False
        wait = min(MAX_INTERVAL_MS, self._interval_ms * 2 ** min(self._failures, 3))
        self.timer.start(wait)
