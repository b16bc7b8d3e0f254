"""What opening the store tells while it works, and how another thread stops it.

Opening is quick unless the store must be checked whole (after a power cut, once a week) or
this version of the app changes its schema, which first copies the whole database aside: on a
class's year of work (1.6 GB) and an old disk, minutes. The app's store worker opens on a
thread of its own; an :class:`Opening` carries the steps to the window and a stop back.

A stop is seen between steps of the copy, and inside a whole-file check (of the database or of
the copy) or a migration, which SQLite can interrupt (``sqlite3.Connection.interrupt`` from
another thread); an interrupted migration is rolled back whole. A stopped opening raises
:class:`CancelledError` and leaves the database as it was: the next start does the step again.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from typing import Literal

from c4s_desktop.core.errors import CancelledError

Stage = Literal["check", "backup", "migrate"]
"""``check``: the whole-file check; ``backup``: the copy kept before a schema change (``done``
and ``total`` in pages; both 0 while the copy itself is checked); ``migrate``: the change."""

StageProgress = Callable[[Stage, int, int], None]
"""Told ``(stage, done, total)`` as opening goes; ``total`` is 0 when unknown."""


class Opening:
    """The link between a store being opened and whoever waits for it on another thread."""

    def __init__(self, progress: StageProgress | None = None) -> None:
        self._progress = progress
        self._stop = threading.Event()
        self._guard = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def report(self, stage: Stage, done: int = 0, total: int = 0) -> None:
        """Tell the waiting side what opening does now."""
        if self._progress is not None:
            self._progress(stage, done, total)

    def stop(self) -> None:
        """Ask opening to stop as soon as it can (from any thread)."""
        self._stop.set()
        with self._guard:
            if self._conn is not None:
                self._conn.interrupt()

    def stopped(self) -> bool:
        """True once :meth:`stop` was called."""
        return self._stop.is_set()

    def raise_if_stopped(self) -> None:
        """Raise :class:`CancelledError` if :meth:`stop` was called."""
        if self._stop.is_set():
            raise CancelledError("op.cancelled")

    @contextlib.contextmanager
    def interruptible(self, conn: sqlite3.Connection) -> Iterator[None]:
        """While inside, :meth:`stop` interrupts the statement ``conn`` runs; the interruption
        surfaces as :class:`CancelledError`."""
        with self._guard:
            self._conn = conn
        try:
            self.raise_if_stopped()
            yield
            # SQLite forgets an interruption that comes before its statement starts.
            self.raise_if_stopped()
        except sqlite3.OperationalError as exc:
            if self._stop.is_set():
                raise CancelledError("op.cancelled") from exc
            raise
        finally:
            with self._guard:
                self._conn = None
