"""The database failing underneath the server: a full disk, a lost connection, a lock held too
long, a damaged file.

None of these is a bug in the server, and none is mended by the request that met it, so the
web application answers them with 503 and ``Retry-After`` and the admin commands with one line
(:func:`storage_error`), and the log gets one line per cause a minute (:func:`log_failure`)
instead of a traceback per request: on a full disk the log is on that disk too.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time

from sqlalchemy.exc import DBAPIError

from c4s_desktop.core.errors import StoreError

log = logging.getLogger("c4s.sync")

LOG_EVERY_S = 60.0

# SQLite's primary result codes (an extended code keeps its primary in the low byte): BUSY,
# LOCKED, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB.
_SQLITE_CAUSES = {5: "locked", 6: "locked", 10: "io", 11: "damaged", 13: "full",
                  14: "unreachable", 26: "damaged"}
# PostgreSQL's SQLSTATE classes and codes; a lost connection has none (psycopg raises
# OperationalError without one).
_PG_CAUSES = {"53100": "full", "55P03": "locked", "40P01": "locked", "57P01": "unreachable",
              "57P02": "unreachable", "57P03": "unreachable"}
RETRY_AFTER_S = {"full": 60, "io": 60, "unreachable": 10, "locked": 5, "damaged": 300}
"""How long a client is asked to wait: a disk is freed or a file restored by a person, a
database restarts in seconds, a lock is released sooner."""


def failure_cause(exc: BaseException) -> str | None:
    """``full``, ``io`` (a disk full or failing), ``unreachable``, ``locked`` or ``damaged``
    when ``exc`` is the database failing underneath the server; None for anything else (a
    bug, a constraint)."""
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        return None if code is None else _SQLITE_CAUSES.get(code & 0xFF)
    import psycopg

    if not isinstance(orig, psycopg.Error):
        return None
    if orig.sqlstate:
        return _PG_CAUSES.get(orig.sqlstate) or (
            "unreachable" if orig.sqlstate.startswith("08") else None)
    # No SQLSTATE: no server answered (refused, reset, timed out).
    return "unreachable" if isinstance(orig, psycopg.OperationalError) else None


def storage_error(exc: BaseException, where: str) -> StoreError | None:
    """The one-line error for a database failing underneath the server at ``where`` (its
    file or safe URL), or None when ``exc`` is something else."""
    cause = failure_cause(exc)
    if cause is None:
        return None
    assert isinstance(exc, DBAPIError)
    detail = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else cause
    return StoreError(f"server.db_{cause}", url=where, detail=detail)


class _Once:
    """Remembers when each cause was last logged, for all threads of the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: dict[str, float] = {}
        self._muted: dict[str, int] = {}

    def due(self, cause: str, now: float) -> int | None:
        """None while ``cause`` was logged within :data:`LOG_EVERY_S`; else how many times
        it was kept quiet since."""
        with self._lock:
            if now - self._last.get(cause, -LOG_EVERY_S) < LOG_EVERY_S:
                self._muted[cause] = self._muted.get(cause, 0) + 1
                return None
            self._last[cause] = now
            return self._muted.pop(cause, 0)


_once = _Once()


def log_failure(error: StoreError, *, now: float | None = None) -> None:
    """Log ``error`` in one line, at most once a minute for its cause."""
    from sync.messages import explain

    muted = _once.due(error.code, time.monotonic() if now is None else now)
    if muted is None:
        return
    also = f" ({muted} more since the last such line)" if muted else ""
    log.error("%s%s", explain(error), also)
