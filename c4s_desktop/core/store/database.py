"""Opening the local store: one SQLite file per data folder, migrated and checked.

Writers hold the data folder's lock for as long as the store is open; readers open the
database read-only and never take the lock, so ``c4s library list`` works beside the app.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import StoreError
from c4s_desktop.core.store import migrations
from c4s_desktop.core.store.backups import list_backups, make_backup
from c4s_desktop.core.store.lock import DataDirLock

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 5000


class Store:
    """An open data folder: its database (sqlite-utils) and, for writers, its lock."""

    def __init__(self, data_dir: DataDir, db: sqlite_utils.Database, lock: DataDirLock | None):
        self.data_dir = data_dir
        self.db = db
        self._lock = lock

    @property
    def writable(self) -> bool:
        return self._lock is not None

    @classmethod
    def open(cls, root: Path, *, write: bool = True) -> Store:
        """Open (creating it if needed) the data folder at ``root``.

        Raises :class:`DataDirBusyError` when another process writes to it, and
        :class:`StoreError` when the database is damaged or from a newer app.
        """
        # Imported here, not at module level: sqlite-utils pulls in dateutil and pluggy, and
        # the app opens the store on its worker thread while the window is being built.
        import sqlite_utils

        data_dir = DataDir(root)
        if not write and data_dir.database.is_file():
            conn = _connect(data_dir, read_only=True)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == len(migrations.MIGRATIONS):
                return cls(data_dir, sqlite_utils.Database(conn), None)
            conn.close()
        try:
            data_dir.create()
        except OSError as exc:
            raise StoreError("store.unwritable", data_dir=str(root), detail=exc.strerror) from exc
        lock = DataDirLock(data_dir.lock_file, root)
        lock.acquire()
        try:
            conn = _connect(data_dir, read_only=False)
            _migrate(conn, data_dir)
        except BaseException:
            lock.release()
            raise
        return cls(data_dir, sqlite_utils.Database(conn), lock)

    def close(self) -> None:
        """Close the database and release the lock."""
        with contextlib.suppress(sqlite3.Error):
            if self.writable:
                self.db.execute("PRAGMA optimize")
            self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One atomic write; a full disk becomes a :class:`StoreError` and nothing is kept."""
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.OperationalError as exc:
            if "full" in str(exc):
                raise StoreError("store.disk_full", path=str(self.data_dir.database)) from exc
            raise

    def backup(self, reason: str = "manual") -> Path:
        """Write a consistent copy of the database to ``backups/``."""
        return make_backup(self.db.conn, self.data_dir.backups, reason)


def _connect(data_dir: DataDir, *, read_only: bool) -> sqlite3.Connection:
    path = data_dir.database
    try:
        if read_only:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(path, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and _is_io_denied(exc):
            raise StoreError(
                "store.unwritable", data_dir=str(data_dir.root), detail=str(exc)
            ) from exc
        raise _corrupt(data_dir, str(exc)) from exc
    result = "; ".join(str(r[0]) for r in rows[:3])
    if result != "ok":
        conn.close()
        raise _corrupt(data_dir, result)
    return conn


def _is_io_denied(exc: sqlite3.OperationalError) -> bool:
    text = str(exc)
    return "unable to open" in text or "readonly" in text or "read-only" in text


def _corrupt(data_dir: DataDir, detail: str) -> StoreError:
    code = "store.corrupt" if list_backups(data_dir.backups) else "store.corrupt_no_backup"
    return StoreError(code, db=str(data_dir.database), detail=detail)


def _migrate(conn: sqlite3.Connection, data_dir: DataDir) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    target = len(migrations.MIGRATIONS)
    if version > target:
        conn.close()
        raise StoreError(
            "store.too_new", db=str(data_dir.database), found=version, known=target
        )
    if version == target:
        return
    if version > 0:
        make_backup(conn, data_dir.backups, f"before-schema{version + 1}")
    try:
        conn.execute("BEGIN IMMEDIATE")
        for number in range(version + 1, target + 1):
            for statement in _split_sql(migrations.MIGRATIONS[number - 1]):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version={target}")
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "full" in str(exc):
            raise StoreError("store.disk_full", path=str(data_dir.database)) from exc
        raise


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def is_disk_full(exc: OSError) -> bool:
    """True when an OS error means the disk (or quota) is full."""
    return exc.errno in (errno.ENOSPC, errno.EDQUOT)
