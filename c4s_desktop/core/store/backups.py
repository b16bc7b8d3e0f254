"""Consistent copies of the database, made with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from c4s_desktop.core.clock import utc_stamp
from c4s_desktop.core.errors import StoreError

KEEP_BACKUPS = 10


def make_backup(conn: sqlite3.Connection, backups: Path, reason: str) -> Path:
    """Copy the open database to ``backups/`` and keep only the newest few copies."""
    backups.mkdir(parents=True, exist_ok=True)
    target = backups / f"c4s-{utc_stamp()}-{reason}.sqlite"
    tmp = target.with_suffix(".part")
    dest = sqlite3.connect(tmp)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    for old in list_backups(backups)[KEEP_BACKUPS:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def list_backups(backups: Path) -> list[Path]:
    """Backups, newest first."""
    if not backups.is_dir():
        return []
    return sorted(backups.glob("c4s-*.sqlite"), reverse=True)


def check_file(path: Path) -> str:
    """Run ``quick_check`` on a database file; return ``"ok"`` or what SQLite said."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    result = "; ".join(str(r[0]) for r in rows[:3])
    return "ok" if result == "ok" else result


def restore_backup(database: Path, backups: Path, backup: Path | None = None) -> Path:
    """Put a backup in place of ``database``; the damaged file is kept beside the backups.

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
    stamp = utc_stamp()
    for suffix in ("", "-wal", "-shm"):
        damaged = Path(f"{database}{suffix}")
        if damaged.exists():
            os.replace(damaged, backups / f"damaged-{stamp}{suffix or '.sqlite'}")
    tmp = database.with_suffix(".restoring")
    with open(backup, "rb") as src, open(tmp, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, database)
    _forget_pull_cursors(database)
    return backup


def _forget_pull_cursors(database: Path) -> None:
    """A restored database lacks what was recorded after its backup, and this device may have
    sent some of it to the server: its next pulls become first pulls, which bring this
    device's own statements back too (see ``core/sync/pull.py``)."""
    conn = sqlite3.connect(database)
    try:
        with conn:
            conn.execute("UPDATE sync_learners SET pull_cursor = NULL")
    except sqlite3.OperationalError:
        pass  # a backup from before sync existed has no cursors
    finally:
        conn.close()
