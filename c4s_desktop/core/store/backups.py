"""Consistent copies of the database, made with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from c4s_desktop.core.clock import utc_stamp
from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import CancelledError, StoreError
from c4s_desktop.core.store.lock import DataDirLock

Interruptible = Callable[[sqlite3.Connection], AbstractContextManager[None]]
"""Wraps a statement run on a connection so another thread can interrupt it (see
``Opening.interruptible``)."""

KEEP_BACKUPS = 7
"""Backups kept: the app makes at most one a day (see ``daily_backup``), so about the last
seven days the app was used, with any made by hand or before a schema change among them."""
MIN_BACKUPS = 2
"""Backups kept however big: the newest and the one before, should the newest hold damage."""
BACKUPS_BUDGET = 2 << 30
"""The most bytes the backups may take together (the newest :data:`MIN_BACKUPS` are kept even
if they take more): a class's year of work is a database of 1.6 GB, and seven copies of it
would take 11 GB of an old laptop's disk, where a small database keeps its week."""
STEP_PAGES = 1024
"""Pages copied between two looks at ``cancel`` (4 MiB: a few hundredths of a second on an old
disk), so a copy that must stop stops soon."""
FLUSH_EVERY_STEPS = 16
"""Steps between two flushes of the copy to disk (64 MiB). Left to the end, flushing a copy of
hundreds of megabytes held the writer's commits meanwhile for 150 ms (they share the disk's
journal); in slices, for 30 ms (``bench/backup_after_start.py``)."""


def make_backup(conn: sqlite3.Connection, backups: Path, reason: str,
                cancel: Callable[[], bool] | None = None,
                progress: Callable[[int, int], None] | None = None,
                interruptible: Interruptible | None = None) -> Path:
    """Copy the open database to ``backups/``, whole or not at all; then keep the newest few.

    The copy is made under a temporary name with SQLite's online backup API, checked, made
    durable and only then renamed, the rename made durable too: a power cut leaves either no
    new backup or a whole one, and a ``.part`` the next backup removes. Older backups are
    removed only once the new one is in place, so a failed copy never costs a good backup.
    ``cancel`` is asked between steps; when it answers True the copy is dropped and
    :class:`CancelledError` raised. ``progress`` is told ``(pages copied, pages)`` after each
    step, then ``(0, 0)`` while the copy is checked; ``interruptible``, when given, lets
    another thread interrupt that check (a whole-file read: minutes on a big database and an
    old disk), with :class:`CancelledError` too. A full disk raises ``store.disk_full``;
    damage the copy shows (rot the last check of the database did not see yet) raises the
    damaged-database error, and the copy is dropped.
    """
    backups.mkdir(parents=True, exist_ok=True)
    for leftover in backups.glob("c4s-*.part*"):  # a copy cut short by a kill or power cut
        leftover.unlink(missing_ok=True)
    target = backups / f"c4s-{utc_stamp()}-{reason}.sqlite"
    part = target.with_suffix(".part")
    try:
        _copy_database(conn, part, cancel, progress)
        if progress is not None:
            progress(0, 0)
        detail = check_file(part, interruptible)
        if detail != "ok":
            code = "store.corrupt" if list_backups(backups) else "store.corrupt_no_backup"
            raise StoreError(code, db=conn.execute("PRAGMA database_list").fetchone()[2],
                             detail=detail)
        _fsync_file(part)
        os.replace(part, target)
        fsync_dir_if_possible(backups)
    except BaseException as exc:
        for leftover in (part, _beside(part, "-journal")):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, OSError | sqlite3.Error) and _is_full(exc):
            raise StoreError("store.disk_full", path=str(backups)) from exc
        raise
    _prune(backups, target)
    return target


def _prune(backups: Path, target: Path) -> None:
    """Keep ``target`` and the newest others: :data:`KEEP_BACKUPS` in all, or fewer (never
    under :data:`MIN_BACKUPS`) where they would take more than :data:`BACKUPS_BUDGET`."""
    kept, total = 1, _size(target)
    for old in (path for path in list_backups(backups) if path != target):
        size = _size(old)
        if kept < KEEP_BACKUPS and (kept < MIN_BACKUPS or total + size <= BACKUPS_BUDGET):
            kept, total = kept + 1, total + size
            continue
        with contextlib.suppress(OSError):
            old.unlink()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def backup_beside_writer(database: Path, backups: Path, reason: str,
                         cancel: Callable[[], bool] | None = None) -> Path:
    """:func:`make_backup` of ``database`` through a read-only connection of its own.

    For a thread beside the store's writer, which goes on committing: a reader of a
    write-ahead-log database neither waits for the writer nor holds it up. The copy holds one
    read transaction from its first step to its last, so it is of one moment; without it,
    SQLite starts a stepwise copy over after every commit from another connection, and a copy
    that outlasts the few seconds between a learner's saves would never end.
    """
    conn = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True,
                           isolation_level=None)
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # the snapshot starts
        return make_backup(conn, backups, reason, cancel)
    finally:
        conn.close()


def _copy_database(conn: sqlite3.Connection, part: Path, cancel: Callable[[], bool] | None,
                   progress: Callable[[int, int], None] | None) -> None:
    steps = 0

    def step(_status: int, remaining: int, total: int) -> None:
        nonlocal steps
        if cancel is not None and cancel():
            raise CancelledError("op.cancelled")  # SQLite's backup is ended, then this raised
        if progress is not None:
            progress(total - remaining, total)
        steps += 1
        if steps % FLUSH_EVERY_STEPS == 0:
            _fsync_file(part)

    dest = sqlite3.connect(part)
    try:
        conn.backup(dest, pages=STEP_PAGES, progress=step)
        # The copy says "write-ahead log" as its source does; as a plain file it stands alone,
        # and reading it (the check below, a restore) leaves no log and index beside it.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def list_backups(backups: Path) -> list[Path]:
    """Backups, newest first."""
    if not backups.is_dir():
        return []
    return sorted(backups.glob("c4s-*.sqlite"), reverse=True)


def check_file(path: Path, interruptible: Interruptible | None = None) -> str:
    """Run ``quick_check`` on a database file; return ``"ok"`` or what SQLite said.

    Inside ``interruptible(connection)`` when given, which turns an interruption from another
    thread into :class:`CancelledError`.
    """
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            with contextlib.nullcontext() if interruptible is None else interruptible(conn):
                rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows[:3])
    return "ok" if result == "ok" else result


@dataclass(frozen=True)
class Restored:
    """What :func:`restore_in` did."""

    backup: Path
    replaced: bool
    """A database was there, and was kept in ``backups/``."""


def restore_in(data_dir: DataDir, backup: Path | None = None) -> Restored:
    """Put ``backup`` (else the newest backup) in place of ``data_dir``'s database, holding
    the folder's lock: what ``c4s store restore`` and the app's offer after damage do."""
    data_dir.create()
    with DataDirLock(data_dir.lock_file, data_dir.root):
        replaced = data_dir.database.is_file()
        used = restore_backup(data_dir.database, data_dir.backups, backup)
    return Restored(used, replaced)


def restore_backup(database: Path, backups: Path, backup: Path | None = None) -> Path:
    """Put a backup in place of ``database``; the damaged file is kept beside the backups.

    A kill at any moment leaves either the old database (with its log) or the backup in
    place, never neither: the backup is copied beside the database and made durable, the
    old files are kept in ``backups/`` (hard links, so a full disk does not stop a rescue),
    and only then is the copy renamed to :func:`restored_path`, the point of no return.
    :func:`finish_restore` (here, or at the next open after a kill) puts it in place.

    The caller must hold the data folder's lock.
    """
    if backup is None:
        candidates = list_backups(backups)
        if not candidates:
            raise StoreError("store.no_backup", backups=str(backups))
        backup = candidates[0]
    if not backup.is_file():
        raise StoreError("store.backup_missing", backup=str(backup))
    detail = check_file(backup)
    if detail != "ok":
        raise StoreError("store.backup_corrupt", backup=str(backup), detail=detail)
    finish_restore(database)  # one killed earlier: its copy goes in first, then is replaced
    part = _beside(database, ".restore-part")
    try:
        _copy_durably(backup, part)
        _forget_pull_cursors(part)
        _fsync_file(part)
        stamp = utc_stamp()
        for suffix in ("", "-wal", "-journal"):
            old = _beside(database, suffix)
            if old.exists():
                # Named as SQLite pairs a database with its logs, for whoever rescues it.
                _keep(old, backups / f"damaged-{stamp}.sqlite{suffix}")
        fsync_dir_if_possible(backups)
    except (OSError, sqlite3.Error) as exc:
        part.unlink(missing_ok=True)
        if _is_full(exc):
            raise StoreError("store.disk_full", path=str(database)) from exc
        raise
    os.replace(part, restored_path(database))
    fsync_dir_if_possible(database.parent)
    finish_restore(database)
    return backup


def restored_path(database: Path) -> Path:
    """Where a restored copy waits, whole and durable, to replace ``database``."""
    return _beside(database, ".restored")


def restore_pending(database: Path) -> bool:
    """True when a restore was cut short after its point of no return."""
    return restored_path(database).is_file()


def finish_restore(database: Path) -> None:
    """Put a waiting restored copy in place of ``database``; drop a half-made one.

    Safe to repeat after a kill at any step. The old logs go before the new file arrives:
    SQLite would replay them into whatever database file it finds beside them. The caller must
    hold the data folder's lock.
    """
    for leftover in (".restore-part", ".restore-part-journal"):
        _beside(database, leftover).unlink(missing_ok=True)
    ready = restored_path(database)
    if not ready.is_file():
        return
    for suffix in ("-wal", "-shm", "-journal"):
        _beside(database, suffix).unlink(missing_ok=True)
    os.replace(ready, database)
    fsync_dir_if_possible(database.parent)


def _is_full(exc: OSError | sqlite3.Error) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL


def _beside(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


def _copy_durably(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def _keep(path: Path, target: Path) -> None:
    """Keep ``path`` as ``target``: a hard link (no space needed), else a copy."""
    try:
        os.link(path, target)
    except OSError:  # a file system without hard links (FAT on a USB stick)
        _copy_durably(path, target)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _forget_pull_cursors(database: Path) -> None:
    """A restored database lacks what was recorded after its backup, and this device may have
    sent some of it to the server: its next pulls become first pulls, which bring this
    device's own statements back too (see ``core/sync/pull.py``)."""
    conn = sqlite3.connect(database)
    try:
        # Rollback journal: the change lands in the file itself, with no log left beside it.
        conn.execute("PRAGMA journal_mode=DELETE")
        with conn:
            conn.execute("UPDATE sync_learners SET pull_cursor = NULL")
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc):  # a backup from before sync has no cursors
            raise
    finally:
        conn.close()


def fsync_dir_if_possible(folder: Path) -> None:
    """Make the renames in ``folder`` survive a power cut where the system allows it: some
    file systems refuse to sync a folder (and Windows cannot open one); a rename is still
    atomic there, so a backup or a restore goes on."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
