"""When the app syncs: once after start, on a timer, and shortly after the learner's activity.

Never two runs at once: a request during a run is remembered and served when it ends. When
the server cannot be reached the timer backs off (5, 10, 20, 30 minutes), so an offline
laptop does not keep retrying. Quitting cancels the run at its next check.
"""

from __future__ import annotations

import logging
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
        self.job: PoolJob | None = None
        """The run in progress, if any."""
        self.progress: tuple[int, int] | None = None
        """The last ``(done, total)`` the run in progress reported, if any."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self.activity_timer = QTimer(self)
        self.activity_timer.setSingleShot(True)
        self.activity_timer.setInterval(activity_delay_ms)
        self.activity_timer.timeout.connect(self.sync_now)

    @property
    def running(self) -> bool:
        """True while a run is in progress."""
        return self.job is not None

    def start(self, delay_ms: int = FIRST_RUN_DELAY_MS) -> None:
        """Sync in ``delay_ms`` (the window is shown by then), then on the timer."""
        if not self._stopped:
            self.timer.start(delay_ms)

    def activity(self) -> None:
        """The learner did something worth sending: sync a little later."""
        if not self._stopped:
            self.activity_timer.start()

    def sync_now(self) -> None:
        """Start a run now, or right after the one in progress."""
        if self._stopped:
            return
        if self.job is not None:
            self._again = True
            return
        self.timer.stop()
        self.activity_timer.stop()
        work = partial(sync_jobs.run_sync, bridge=self.bridge, data_dir=self._data_dir,
                       config=self.config)
        self.progress = None
        self.job = PoolJob(lambda job: work(job), self._done, self._failed,
                           on_progress=self._progressed, parent=self)
        self.started.emit()
        self.job.start()

    def shutdown(self) -> None:
        """Stop the timers and ask the running job to stop (the app is quitting)."""
        self._stopped = True
        self.timer.stop()
        self.activity_timer.stop()
        if self.job is not None:
            self.job.cancel.set()

    def _progressed(self, done: int, total: int) -> None:
        self.progress = (done, total)
        self.progressed.emit(done, total)

    def _done(self, report: object) -> None:
        self.job = None
        self.progress = None
        self._failures = 0
        self.finished.emit(report, None)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.progress = None
        if isinstance(exc, CancelledError):
            return
        log.info("sync failed: %s", getattr(exc, "code", exc))
        self._failures = self._failures + 1 if is_offline(exc) else 0
        self.finished.emit(None, exc)
        self._next()

    def _next(self) -> None:
        if self._stopped:
            return
        if self._again and self._failures == 0:
            self._again = False
            self.sync_now()
            return
        self._again = False
        wait = min(MAX_INTERVAL_MS, self._interval_ms * 2 ** min(self._failures, 3))
        self.timer.start(wait)
