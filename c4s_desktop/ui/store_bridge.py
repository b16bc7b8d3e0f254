"""The store, for core code that runs on a pool thread: its SQL runs on the store worker.

Core's sync code interleaves HTTP (seconds, or minutes of backoff when offline) with short
store reads and writes. Running a whole sync as one store-worker job would hold the only
writer for the length of those network waits, and every progress record of the learner
would queue behind it. Opening a second connection would break the "one writer" rule
(ARCHITECTURE decision 6). So that code runs on a background thread and reaches the store
through this bridge: :meth:`StoreBridge.call` runs one step ``fn(store)`` as a store-worker
job and waits for its result (core's ``store_call``, see ``core/sync/access.py``). Each step
is one job, so a transaction never spans a network wait.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.worker import StoreWorker, Task

T = TypeVar("T")
POLL_S = 0.1


class StoreBridge(QObject):
    """Hands store-worker jobs from pool threads to the worker (through the UI thread)."""

    _submit = Signal(object)

    def __init__(self, worker: StoreWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        # Queued: the worker's bookkeeping belongs to the UI thread.
        self._submit.connect(self._queue_job, Qt.ConnectionType.QueuedConnection)

    def _queue_job(self, job: Callable[[Store, Task], None]) -> None:
        with contextlib.suppress(RuntimeError):  # the worker already stopped: job is dropped
            self._worker.run(job, on_error=lambda _exc: None)

    def caller(self, cancel: Any) -> Callable[[Callable[[Store], T]], T]:
        """``call`` bound to ``cancel``: a core ``StoreCall`` (the sync engine's store access)."""

        def call(step: Callable[[Store], T], /) -> T:
            return self.call(step, cancel)

        return call

    def call(self, fn: Callable[[Store], T], cancel: Any) -> T:
        """Run ``fn(store)`` on the writer thread and wait for its result (pool thread).

        Raises :class:`CancelledError` when ``cancel`` is set before the job started (the
        app is quitting and the worker may never run it).
        """
        future: Future[T] = Future()

        def job(store: Store, _task: Task) -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn(store))
            except BaseException as exc:  # handed to the waiting thread
                future.set_exception(exc)

        self._submit.emit(job)
        return _wait(future, cancel)


def _wait(future: Future[T], cancel: Any) -> T:
    while True:
        try:
            return future.result(timeout=POLL_S)
        except FutureTimeout:
            if cancel.is_set() and future.cancel():
                raise CancelledError("op.cancelled") from None
