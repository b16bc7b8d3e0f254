"""What can be wrong with a data folder's database, each told as the one sentence that fits.

SQLite answers a full disk, a read-only file, a file of another program and real damage with
errors that look alike ("disk I/O error", "attempt to write a readonly database"). Calling
them all damage is harmful: the damaged-database sentence suggests putting the file aside,
which throws a learner's progress away when nothing was wrong but the disk. So a database is
called damaged only on an integrity signal (SQLite's CORRUPT or NOTADB, or a failed
``quick_check``); every other failure gets a sentence that leaves the file alone.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import sqlite3

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import DataDirBusyError, StoreError
from c4s_desktop.core.store import clean_close, migrations
from c4s_desktop.core.store.backups import list_backups, restore_pending
from c4s_desktop.core.store.unwritable import unwritable

log = logging.getLogger("c4s.store")
log.addHandler(logging.NullHandler())  # no log set up (a reading command): say nothing on stderr

LOW_SPACE_BYTES = 1 << 20
"""Below this much free space an I/O error is taken for a full disk: SQLite reports a file it
cannot grow (the ``-shm`` index at open, the ``-wal`` log) as a plain I/O error, without the
operating system's reason."""

_DAMAGE = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
_DENIED = (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM)
_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF  # extended codes keep the primary one low


def _disk_is_full(data_dir: DataDir) -> bool:
    """True when the disk of the data folder has (almost) no free space left."""
    try:
        return shutil.disk_usage(data_dir.root).free < LOW_SPACE_BYTES
    except OSError:
        return False


def write_error(data_dir: DataDir, exc: sqlite3.Error) -> StoreError | None:
    """The sentence for a write SQLite refused because of the disk or permissions, else None."""
    code = _primary_code(exc)
    if code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and _disk_is_full(data_dir)):
        return StoreError("store.disk_full", path=str(data_dir.database))
    if code in _DENIED:
        return _write_refusal(data_dir) or StoreError(
            "store.unwritable", data_dir=str(data_dir.root), detail=str(exc))
    return None


def open_error(data_dir: DataDir, exc: sqlite3.Error) -> StoreError:
    """The sentence for an error SQLite gave while opening or reading the whole database."""
    code = _primary_code(exc)
    if code in _DAMAGE:
        return _damaged(data_dir, str(exc))
    known = write_error(data_dir, exc)
    if known is not None:
        return known
    if code in _BUSY:
        return DataDirBusyError("store.busy", data_dir=str(data_dir.root))
    return StoreError("store.unreadable", db=str(data_dir.database), detail=str(exc))


def _write_refusal(data_dir: DataDir) -> StoreError | None:
    """Why the database file cannot be opened for writing, in the operating system's words
    ("Permission denied" says more than SQLite's "attempt to write a readonly database");
    None when it can be, or is not there."""
    try:
        fd = os.open(data_dir.database, os.O_RDWR)
    except FileNotFoundError:
        return None
    except OSError as err:
        return unwritable(data_dir.root, err, data_dir.database.name)
    os.close(fd)
    return None


def refuse_read_only(data_dir: DataDir) -> None:
    """Raise when the database file cannot be written (its permissions, a read-only drive).

    SQLite would open it for reading only, without a word, and the first write would fail
    as something unexpected, after work that then cannot be saved.
    """
    refusal = _write_refusal(data_dir)
    if refusal is not None:
        raise refusal


def _damaged(data_dir: DataDir, detail: str) -> StoreError:
    """The damaged-database error, naming the restore when there is a backup to restore."""
    code = "store.corrupt" if list_backups(data_dir.backups) else "store.corrupt_no_backup"
    return StoreError(code, db=str(data_dir.database), detail=detail)


def raise_unless_ok(data_dir: DataDir, rows: list[tuple[object, ...]]) -> None:
    """Raise the damaged-database error unless ``quick_check`` answered ``ok``.

    The sentence names the first problem only (SQLite lists one per damaged cell, each on its
    own line); the whole list goes to the log for whoever rescues the file.
    """
    lines = [line for row in rows for line in str(row[0]).splitlines()]
    if lines == ["ok"]:
        return
    problems = [line for line in lines if line and not line.startswith("*** in database")]
    log.warning("quick_check of %s: %s", data_dir.database, " | ".join(problems))
    raise _damaged(data_dir, problems[0] if problems else "?")


_TABLE_STATEMENT = re.compile(
    r"\b(CREATE|DROP)\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?(\w+)", re.I
)


@functools.cache
def _tables_at(version: int) -> frozenset[str]:
    """The tables the migrations up to ``version`` leave (shadow tables of FTS aside)."""
    tables: set[str] = set()
    for script in migrations.MIGRATIONS[:version]:
        for match in _TABLE_STATEMENT.finditer(script):
            if match[1].upper() == "CREATE":
                tables.add(match[2])
            else:
                tables.discard(match[2])
    return frozenset(tables)


def refuse_foreign(data_dir: DataDir, conn: sqlite3.Connection) -> None:
    """Raise when the file is an SQLite database of another program (its schema is not one
    our migrations made), before anything is written to it."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(migrations.MIGRATIONS):
        return  # a newer app's schema: the caller says so
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    expected = _tables_at(version)
    if not expected <= present or (version == 0 and present):
        raise StoreError("store.foreign", db=str(data_dir.database), data_dir=str(data_dir.root))


def _used(data_dir: DataDir) -> bool:
    """True when the folder shows a database was here: a clean close was noted, something is
    in ``backups/`` or a pack's files are stored. A first start cut short leaves none."""
    if (data_dir.root / clean_close.MARK_NAME).exists():
        return True
    for folder, skip in ((data_dir.backups, ""), (data_dir.store, data_dir.staging.name)):
        try:
            if any(entry.name != skip for entry in folder.iterdir()):
                return True
        except OSError:
            continue
    return False


def refuse_lost(data_dir: DataDir) -> None:
    """Raise when the database is missing or empty in a folder that was used.

    SQLite would take either for a new database: every learner's progress would be gone
    without a word, and the next install would delete the other packs' files as unused.
    A restore waiting to finish (see :mod:`~c4s_desktop.core.store.backups`) is not a loss.
    """
    database = data_dir.database
    wal = database.with_name(database.name + "-wal")
    if restore_pending(database):
        return
    try:
        size = database.stat().st_size
    except FileNotFoundError:
        size = None
    except OSError:
        return  # the open that follows says why the file cannot be read
    try:
        logged = wal.stat().st_size > 0
    except OSError:
        logged = False
    if size or not (logged or _used(data_dir)):
        return
    if size is not None:
        raise _damaged(data_dir, "the file is empty")
    code = "store.missing" if list_backups(data_dir.backups) else "store.missing_no_backup"
    raise StoreError(code, db=str(database), data_dir=str(data_dir.root))


def database_expected(data_dir: DataDir) -> bool:
    """True when the folder holds a database (or a restore waiting to put one in place);
    False for a folder never used; raises when the database of a used folder is lost."""
    refuse_lost(data_dir)
    return data_dir.database.is_file() or restore_pending(data_dir.database)
