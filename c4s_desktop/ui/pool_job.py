"""Work off the UI thread that needs no store job (network requests, walking the data folder):
one background thread per job, results back on the UI thread.

The thread is a daemon: a request stalled on a half-dead server (its timeout can be a
minute) never holds up quitting the app. The job polls its :attr:`PoolJob.cancel` event
(a :class:`~c4s_desktop.core.sync.retry.CancelToken`) between requests; its store work
goes through :class:`~c4s_desktop.ui.store_bridge.StoreBridge`, so nothing is left half
written when the thread is abandoned at exit (the store worker is stopped first).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("c4s.ui")

Work = Callable[["PoolJob"], Any]


class PoolJob(QObject):
    """``work(job)`` on a background thread; ``on_done``/``on_error`` run on the UI thread."""

    _done = Signal(object)
    _failed = Signal(object)
    _progress = Signal(object, object)

    def __init__(self, work: Work, on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 on_progress: Callable[[int, int], None] | None = None,
                 parent: QObject | None = None, thread_name: str = "c4s-net") -> None:
        super().__init__(parent)
        self._thread_name = thread_name
        self.cancel = threading.Event()
        """Set to ask the work to stop at its next check."""
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self.running = False
        # This object lives on the UI thread: signals emitted from the job's thread are
        # queued to these methods, which call the callbacks there.
        self._done.connect(self._deliver_done)
        self._failed.connect(self._deliver_error)
        self._progress.connect(self._deliver_progress)

    def start(self) -> PoolJob:
        """Start the work on its own daemon thread."""
        self.running = True
        threading.Thread(target=self._run, name=self._thread_name, daemon=True).start()
        return self

    def report(self, done: int, total: int) -> None:
        """Report progress from the job's thread."""
        with contextlib.suppress(RuntimeError):  # the app is gone
            self._progress.emit(done, total)

    def _run(self) -> None:
        try:
            result = self._work(self)
        except BaseException as exc:  # delivered to the UI thread
            self._emit(self._failed, exc)
        else:
            self._emit(self._done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            log.info("background job ended after its owner was deleted")

    def _deliver_done(self, result: object) -> None:
        self.running = False
        if self._on_done is not None:
            self._on_done(result)
        self.deleteLater()

    def _deliver_error(self, exc: BaseException) -> None:
        self.running = False
        if self._on_error is not None:
            self._on_error(exc)
        else:
            log.warning("background job failed: %r", exc)
        self.deleteLater()

    def _deliver_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)
