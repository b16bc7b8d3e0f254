"""The store worker: one QThread that owns the writable store (ARCHITECTURE decision 6).

Jobs are callables ``job(store, task)`` run one at a time, in the order submitted. Their
results, errors and progress come back to the UI thread through queued signals, where the
callbacks given to :meth:`StoreWorker.run` are called. A long job checks ``task.cancelled``
(or passes ``task.is_cancelled`` to core as its ``cancel`` callback) and reports progress
with ``task.report(done, total)``.
"""

from __future__ import annotations

import itertools
import queue
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal

from c4s_desktop.core.errors import CancelledError, StoreError
from c4s_desktop.core.packs.trust import seed_default_trust
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.opening import Opening

T = TypeVar("T")
Job = Callable[[Store, "Task"], T]
PROGRESS_STEPS = 1000


class Task:
    """One submitted job: cancel it from the UI thread, report progress from the worker."""

    _ids = itertools.count(1)

    def __init__(
        self, job: Job[Any], report_to: Callable[[int, object, object], None] | None = None
    ) -> None:
        self.id = next(self._ids)
        self.job = job
        self._cancel = threading.Event()
        self._report_to = report_to
        self._last_step = -1

    def cancel(self) -> None:
        """Ask the job to stop at its next check (thread-safe)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def is_cancelled(self) -> bool:
        """The same as :attr:`cancelled`, as a callable for core's ``cancel`` parameters."""
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """Report progress (worker thread); only a visible change reaches the UI."""
        step = PROGRESS_STEPS if total <= 0 else min(PROGRESS_STEPS, done * PROGRESS_STEPS // total)
        if step != self._last_step and self._report_to is not None:
            self._last_step = step
            self._report_to(self.id, done, total)


@dataclass
class _Callbacks(Generic[T]):
    on_done: Callable[[T], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int], None] | None


_STOP = object()


class _WriterThread(QThread):
    """Opens the store, then runs jobs from a queue until told to stop; closes the store."""

    def __init__(
        self, owner: StoreWorker, root: Path, on_open: Callable[[Store], object] | None,
        backup_at_close: bool,
    ) -> None:
        super().__init__()
        self.setObjectName("c4s-store-writer")
        self._owner = owner
        self._root = root
        self._on_open = on_open
        self._backup_at_close = backup_at_close
        self.jobs: queue.SimpleQueue[Task | object] = queue.SimpleQueue()
        self.opening = Opening(owner.open_progress.emit)
        """The open and the whole-file check after it: their steps, and their stop."""

    def run(self) -> None:
        owner = self._owner
        try:
            # The whole-file check waits until the UI has its answer (below).
            store = Store.open(self._root, write=True, check=False, opening=self.opening)
        except Exception as exc:
            owner.open_failed.emit(exc)
            return
        try:
            seed_default_trust(store)
            if self._on_open is not None:
                owner.open_result = self._on_open(store)
        except Exception as exc:
            if isinstance(exc, sqlite3.DatabaseError):
                exc = _damage_or(store, exc)
            store.close()
            owner.open_failed.emit(exc)
            return
        owner.opened.emit()
        try:
            # Runs while the UI builds the window (SQLite lets go of the GIL), before any job:
            # a damaged database is reported like one found at open, and nothing touches it.
            # Not needed when the last run closed this very file cleanly (see clean_close).
            if store.check_needed:
                store.check(self.opening)
        except (StoreError, CancelledError) as exc:
            store.close()
            owner.open_failed.emit(exc)
            return
        try:
            while (task := self.jobs.get()) is not _STOP:
                assert isinstance(task, Task)
                try:
                    result = task.job(store, task)
                except Exception as exc:
                    owner.job_failed.emit(task.id, exc)
                else:
                    owner.job_done.emit(task.id, result)
            if self._backup_at_close:
                # Imported here, not at start (timed); at_close never raises.
                from c4s_desktop.core.store.daily_backup import at_close

                at_close(store)
        finally:
            store.close()


def _damage_or(store: Store, exc: Exception) -> Exception:
    """The damage the whole-file check finds, else ``exc`` itself."""
    try:
        store.check()
    except StoreError as damage:
        return damage
    return exc


class StoreWorker(QObject):
    """The UI thread's handle on the writer thread."""

    opened = Signal()
    open_failed = Signal(object)
    open_progress = Signal(str, int, int)
    """A long step of opening, and of the whole-file check after it (see
    :class:`~c4s_desktop.core.store.opening.Opening`): ``(stage, done, total)``."""
    unhandled_error = Signal(object)
    idle = Signal()
    # Emitted from the writer thread, delivered queued to this object in the UI thread.
    job_done = Signal(int, object)
    job_failed = Signal(int, object)
    job_progress = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: _WriterThread | None = None
        self._root: Path | None = None
        self.open_result: object = None
        """What ``on_open`` returned (set before :attr:`opened` is emitted)."""
        self._tasks: dict[int, tuple[Task, _Callbacks[Any]]] = {}
        queued = Qt.ConnectionType.QueuedConnection
        self.job_done.connect(self._deliver_done, queued)
        self.job_failed.connect(self._deliver_error, queued)
        self.job_progress.connect(self._deliver_progress, queued)

    def start(self, root: Path, on_open: Callable[[Store], object] | None = None, *,
              backup_at_close: bool = False) -> None:
        """Start the writer thread, which opens the store at ``root`` (see :attr:`opened`).

        ``on_open(store)``, when given, runs in the writer thread once the store is open, before
        any job; its result is :attr:`open_result` and its failure, :attr:`open_failed`. With
        ``backup_at_close``, :meth:`stop` makes the day's backup when one is due, after the
        last job (see :mod:`~c4s_desktop.core.store.daily_backup`).
        """
        if self._thread is not None:
            raise RuntimeError("the store worker is already started")
        self._root = root
        self._thread = _WriterThread(self, root, on_open, backup_at_close)
        self._thread.start()

    @property
    def root(self) -> Path:
        """The data folder the worker was started on."""
        if self._root is None:
            raise RuntimeError("the store worker is not started")
        return self._root

    @property
    def running(self) -> bool:
        """True from :meth:`start` until :meth:`stop`: jobs may be queued."""
        return self._thread is not None

    @property
    def busy(self) -> bool:
        """True while a submitted job has not yet delivered its result."""
        return bool(self._tasks)

    def run(
        self,
        job: Job[T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """Queue ``job(store, task)``; callbacks run in the UI thread. Returns the task.

        Without ``on_error``, a failure is emitted as :attr:`unhandled_error`.
        """
        if self._thread is None:
            raise RuntimeError("start the store worker before running jobs")
        task = Task(job, self.job_progress.emit)
        self._tasks[task.id] = (task, _Callbacks(on_done, on_error, on_progress))
        self._thread.jobs.put(task)
        return task

    def stop_opening(self) -> None:
        """Stop opening the store, and the whole-file check after it, as soon as they can:
        :attr:`open_failed` then gets a :class:`CancelledError`."""
        if self._thread is not None:
            self._thread.opening.stop()

    def stop(self) -> None:
        """Cancel every queued job, let the running one finish, back up if asked at
        :meth:`start` (for at most ``CLOSE_BUDGET_S``), close the store, join."""
        thread = self._thread
        if thread is None:
            return
        thread.opening.stop()  # a window closed during a long check does not wait for it
        for task, _callbacks in self._tasks.values():
            task.cancel()
        thread.jobs.put(_STOP)
        thread.wait()
        self._thread = None
        self._tasks.clear()

    def _finish(self, task_id: int) -> _Callbacks[Any] | None:
        entry = self._tasks.pop(task_id, None)
        return None if entry is None else entry[1]

    def _after(self) -> None:
        if not self._tasks:
            self.idle.emit()

    def _deliver_done(self, task_id: int, result: object) -> None:
        callbacks = self._finish(task_id)
        if callbacks is not None and callbacks.on_done is not None:
            callbacks.on_done(result)
        self._after()

    def _deliver_error(self, task_id: int, exc: BaseException) -> None:
        callbacks = self._finish(task_id)
        if callbacks is not None and callbacks.on_error is not None:
            callbacks.on_error(exc)
        elif callbacks is not None:
            self.unhandled_error.emit(exc)
        self._after()

    def _deliver_progress(self, task_id: int, done: int, total: int) -> None:
        entry = self._tasks.get(task_id)
        if entry is not None and entry[1].on_progress is not None:
            entry[1].on_progress(done, total)
