"""Opening the local store: one SQLite file per data folder, migrated and checked.

Writers hold the data folder's lock for as long as the store is open; readers open the
database read-only and never take the lock, so ``c4s library list`` works beside the app.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import DataDirBusyError, StoreError
from c4s_desktop.core.store import clean_close, migrations
from c4s_desktop.core.store.backups import finish_restore, make_backup, restore_pending
from c4s_desktop.core.store.failures import (
    open_error,
    raise_unless_ok,
    refuse_foreign,
    refuse_lost,
    refuse_read_only,
    write_error,
)
from c4s_desktop.core.store.lock import DataDirLock
from c4s_desktop.core.store.opening import Opening
from c4s_desktop.core.store.unwritable import unwritable

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 5000

log = logging.getLogger("c4s.store")


class Store:
    """An open data folder: its database and, for writers, its lock.

    Reads go through :attr:`conn` (plain ``sqlite3``) or :attr:`db` (sqlite-utils, for its
    table helpers). sqlite-utils costs a tenth of a second to import (it pulls in click,
    dateutil, pluggy and a scan of the installed packages' entry points), so :attr:`db` is
    made on first use: the app's start-up path reads through :attr:`conn` only.
    """

    def __init__(self, data_dir: DataDir, conn: sqlite3.Connection, lock: DataDirLock | None,
                 checked_at: float | None = None, *, keep_out: DataDirLock | None = None):
        self.data_dir = data_dir
        self.conn = conn
        self._lock = lock
        self._keep_out = keep_out  # a reader's hold on the lock, when it cannot share the file
        self.checked_at = checked_at
        """When the whole file was last found sound (epoch seconds), or None if not yet."""

    @property
    def check_needed(self) -> bool:
        """True until :meth:`check` has run, unless the last writer closed the file cleanly."""
        return self.checked_at is None

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """The same connection wrapped by sqlite-utils (imported on first use)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    @property
    def writable(self) -> bool:
        return self._lock is not None

    @classmethod
    def open(cls, root: Path, *, write: bool = True, check: bool = True,
             opening: Opening | None = None) -> Store:
        """Open (creating it if needed) the data folder at ``root``.

        Raises :class:`DataDirBusyError` when another process writes to it, and
        :class:`StoreError` when the database is damaged, missing from a folder that was used,
        not ours, from a newer app, or cannot be read or written (a full disk, permissions).

        ``check=False`` leaves out the whole-file check (it reads every page: tens of
        milliseconds on a big library), for a caller that runs :meth:`check` itself before
        relying on the data when :attr:`check_needed`, as the app's store worker does while
        the window is built. A schema migration is never run on an unchecked file. A writer
        skips the check when the last one closed this very file cleanly (see
        :mod:`~c4s_desktop.core.store.clean_close`).

        ``opening``, when given, is told each long step (the check, the copy kept before a
        schema change, the change) and can stop them from another thread: then
        :class:`CancelledError` is raised and the database is left as it was.
        """
        data_dir = DataDir(root)
        if not write and data_dir.database.is_file() and not restore_pending(data_dir.database):
            refuse_lost(data_dir)
            reader = cls._open_reader(data_dir, check=check)
            version = reader.conn.execute("PRAGMA user_version").fetchone()[0]
            if version == len(migrations.MIGRATIONS):
                return reader
            reader.close()
        try:
            data_dir.create()
        except OSError as exc:
            raise unwritable(root, exc) from exc
        lock = DataDirLock(data_dir.lock_file, root)
        lock.acquire()
        conn: sqlite3.Connection | None = None
        try:
            finish_restore(data_dir.database)  # one killed after its point of no return
            refuse_lost(data_dir)
            checked_at = clean_close.take(data_dir)
            if check and checked_at is None:
                conn = _connect(data_dir, read_only=False, check=True, opening=opening)
                checked_at = time.time()
            else:
                conn = _connect(data_dir, read_only=False, check=False)
            _migrate(conn, data_dir, checked=checked_at is not None, opening=opening)
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            raise
        return cls(data_dir, conn, lock, checked_at)

    @classmethod
    def _open_reader(cls, data_dir: DataDir, *, check: bool) -> Store:
        """Open for reading; on a full disk, read the file as it lies if no writer can change it.

        A reader of a database in WAL mode needs its ``-shm`` index, which SQLite cannot grow
        on a full disk. With the log empty and writers kept out (the reader holds their lock),
        the file alone is the whole database: SQLite may then read it "immutable", without
        the index, so listing what is installed or a learner's progress still works.
        """
        try:
            return cls(data_dir, _connect(data_dir, read_only=True, check=check), None)
        except StoreError as exc:
            if exc.code != "store.disk_full" or _log_holds_data(data_dir):
                raise
            full = exc
        keep_out = DataDirLock(data_dir.lock_file, data_dir.root, reader=True)
        try:
            keep_out.acquire()
        except StoreError:
            raise full from None  # a writer is at work: its log may change the file any time
        try:
            conn = _connect(data_dir, read_only=True, check=check, immutable=True)
        except BaseException:
            keep_out.release()
            raise
        return cls(data_dir, conn, None, keep_out=keep_out)

    def check(self, opening: Opening | None = None) -> None:
        """Read the whole database file; raise :class:`StoreError` when it is damaged (or
        when it cannot be read: a full disk, a failing drive, said as such), and
        :class:`CancelledError` when ``opening`` was stopped meanwhile."""
        _check(self.conn, self.data_dir, opening)
        self.checked_at = time.time()
        self.release_cache()  # it holds whatever pages the check read last, for nothing

    def release_cache(self) -> None:
        """Give back the memory of SQLite's page cache; it refills from the file as needed.

        For after a read whose pages are not wanted again soon (a whole-file check, the
        library's manifests, which the window then holds as bytes): the cache would otherwise
        keep up to ~2 MiB of them for the rest of the run.
        """
        self.conn.execute("PRAGMA shrink_memory")

    def close(self) -> None:
        """Close the database and release the lock."""
        closed = False
        with contextlib.suppress(sqlite3.Error):
            if self.writable:
                self.conn.execute("PRAGMA optimize")
            self.conn.close()
            closed = True
        if self._lock is not None:
            if closed and self.checked_at is not None:
                clean_close.leave(self.data_dir, self.checked_at)
            self._lock.release()
            self._lock = None
        if self._keep_out is not None:
            self._keep_out.release()
            self._keep_out = None

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
        """One atomic write; a full disk or a read-only file becomes a :class:`StoreError`,
        a write lock held by another connection for longer than the busy timeout a
        :class:`DataDirBusyError`, and nothing is kept.

        The write lock is taken first (``BEGIN IMMEDIATE``): a transaction that reads, then
        writes, would otherwise be refused at once while another connection writes, as
        SQLite does not wait to turn a read into a write. Nested, it is a savepoint."""
        try:
            if self.conn.in_transaction:
                with self.db.atomic():
                    yield self.db
            else:
                with self._immediate():
                    yield self.db
        except sqlite3.OperationalError as exc:
            error = write_error(self.data_dir, exc)
            if error is None and _is_busy(exc):
                error = DataDirBusyError("store.busy", data_dir=str(self.data_dir.root))
            if error is not None:
                raise error from exc
            raise

    @contextlib.contextmanager
    def _immediate(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")  # waits up to the busy timeout for the lock
        try:
            yield
        except BaseException:
            self.conn.rollback()  # a no-op when the error ended the transaction already
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.rollback()
            raise
        self._keep_log_linked()

    def _keep_log_linked(self) -> None:
        """Save what the ``-wal`` file holds into the database if that file was deleted.

        A cleaning tool or a person deleting "junk" files can remove it while the app runs;
        SQLite then goes on writing to the deleted file, and a power cut or a kill would lose
        every answer since the last checkpoint without a word. A stat after each commit
        (microseconds) notices; the checkpoint copies the deleted log's pages into the
        database, and leaving WAL mode and entering it again starts a new, visible log.
        """
        try:
            os.stat(_log_path(self.data_dir))
            return
        except FileNotFoundError:
            pass
        except OSError:
            return  # not ours to judge: the next write reports a disk that cannot be used
        log.warning("the database's -wal file was deleted while open; saving it into %s",
                    self.data_dir.database)
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if self.conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete":
                self.conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as exc:
            # Another connection holds the file: the checkpoint still ran or will run again
            # after the next commit, so each answer still reaches the database itself.
            log.warning("could not start a new -wal file: %s", exc)

    def backup(self, reason: str = "manual") -> Path:
        """Write a consistent copy of the database to ``backups/``."""
        return make_backup(self.conn, self.data_dir.backups, reason)


def _connect(
    data_dir: DataDir, *, read_only: bool, check: bool, immutable: bool = False,
    opening: Opening | None = None,
) -> sqlite3.Connection:
    path = data_dir.database
    if read_only:
        uri = _uri(path, mode="ro", immutable="1") if immutable else _uri(path, mode="ro")
    else:
        refuse_read_only(data_dir)
        _create_owner_only(path)
        uri = _uri(path, mode="rwc")
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise open_error(data_dir, exc) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Without the whole-file check, reading the schema still finds a file that is not a
        # database or whose first pages are damaged.
        if check:
            _check(conn, data_dir, opening)
        else:
            conn.execute("PRAGMA schema_version").fetchall()
        refuse_foreign(data_dir, conn)  # before WAL mode changes the file's header
        if not read_only:
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA recursive_triggers=ON")  # as sqlite-utils sets it
    except sqlite3.Error as exc:
        conn.close()
        raise open_error(data_dir, exc) from exc
    except BaseException:  # damage found, or the check stopped
        conn.close()
        raise
    return conn


def _create_owner_only(path: Path) -> None:
    """Create the database file 0600 if it is not there, so that it, and the log and index
    files SQLite gives its permissions, are not readable by other accounts whatever the umask."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{path.absolute().as_uri()}?{query}"


def _log_path(data_dir: DataDir) -> Path:
    return data_dir.database.with_name(data_dir.database.name + "-wal")


def _log_holds_data(data_dir: DataDir) -> bool:
    try:
        return _log_path(data_dir).stat().st_size > 0
    except FileNotFoundError:
        return False


def _check(conn: sqlite3.Connection, data_dir: DataDir, opening: Opening | None) -> None:
    """The whole-file check of ``conn``'s database; see :meth:`Store.check`."""
    if opening is None:
        opening = Opening()
    opening.report("check")
    with opening.interruptible(conn):
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            opening.raise_if_stopped()
            raise open_error(data_dir, exc) from exc
    raise_unless_ok(data_dir, rows)


def _migrate(conn: sqlite3.Connection, data_dir: DataDir, *, checked: bool,
             opening: Opening | None) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    target = len(migrations.MIGRATIONS)
    if version > target:
        raise StoreError(
            "store.too_new", db=str(data_dir.database), found=version, known=target
        )
    if version == target:
        return
    if opening is None:
        opening = Opening()
    if not checked and version > 0:
        _check(conn, data_dir, opening)
    if version > 0:
        opening.report("backup")
        make_backup(conn, data_dir.backups, f"before-schema{version + 1}",
                    cancel=opening.stopped,
                    progress=lambda done, total: opening.report("backup", done, total),
                    interruptible=opening.interruptible)
    opening.raise_if_stopped()
    opening.report("migrate")
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
            with opening.interruptible(conn):  # a stop up to the commit undoes it all
                for number in range(version + 1, target + 1):
                    for statement in _split_sql(migrations.MIGRATIONS[number - 1]):
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version={target}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as exc:
        error = write_error(data_dir, exc)
        if error is not None:
            raise error from exc
        raise


def _is_busy(exc: sqlite3.Error) -> bool:
    """True when SQLite gave up waiting for another connection's lock."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def is_disk_full(exc: OSError) -> bool:
    """True when an OS error means the disk (or quota) is full."""
    return exc.errno in (errno.ENOSPC, errno.EDQUOT)
