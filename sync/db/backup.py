"""``c4s-sync backup`` and ``restore``: copies of the SQLite database and the blobs folder.

A backup is a folder like the data folder (``sync.sqlite`` and ``blobs/``), readable by its
owner only, made from a running server with SQLite's backup API (a consistent snapshot; the
server keeps writing meanwhile). A restore needs the server stopped: it checks the backup,
gives it a new instance id (``sync/db/instance.py``: the devices then send again what the
backup lacks), moves the database it replaces aside with its write-ahead log, and puts the
backup in place with one rename. PostgreSQL has its own tools (pg_dump, pg_restore); these
commands say so.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, func, select

from c4s_desktop.core.errors import DataDirBusyError, InputError, NotFoundError
from c4s_desktop.core.store.backups import fsync_dir_if_possible
from sync.config import DB_FILE, ServerConfig
from sync.db import schema
from sync.db.engine import SQLITE_BUSY_MS, Database
from sync.db.instance import Instance, renew_instance

try:
    import fcntl
except ImportError:  # Windows: a running server keeps the file open, so the rename fails
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = "serve.lock"
"""Locked (shared) by every server running on the folder, exclusively by a restore."""


@dataclass(frozen=True)
class Copied:
    """What a backup or a restore wrote."""

    database: Path
    statements: int
    instance: Instance
    blobs: int
    """Blob files copied (a restore copies only those the data folder lacks)."""
    replaced: Path | None = None
    """Where a restore moved the database it replaced (None when there was none)."""


@contextlib.contextmanager
def serving(data_dir: Path) -> Iterator[None]:
    """Mark the data folder as served for as long as the block runs (several servers may)."""
    with _locked(data_dir, exclusive=False):
        yield


def _sqlite_only(config: ServerConfig, command: str) -> None:
    if config.db_url is not None:
        url = Database(config.db_url).safe_url
        raise InputError(f"server.{command}_postgres", url=url, blobs=str(config.blobs_dir))


def backup(config: ServerConfig, dest: Path) -> Copied:
    """Copy the running (or stopped) server's database and blobs into the new folder
    ``dest``, created mode 0700 with the database file 0600."""
    _sqlite_only(config, "backup")
    source = config.data_dir / DB_FILE
    if not source.is_file():
        raise NotFoundError("server.backup_no_database", folder=str(config.data_dir))
    dest = dest.expanduser().absolute()
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise InputError("server.backup_exists", path=str(dest))
    dest.mkdir(mode=0o700, parents=True, exist_ok=True)
    dest.chmod(0o700)  # an empty folder given by its owner keeps no wider bits
    target = dest / DB_FILE
    _copy_database(source, target)
    instance, statements = _renew(target)
    blobs = _copy_blobs(config.blobs_dir, dest / "blobs") if config.blobs_dir.is_dir() else 0
    return Copied(target, statements, instance, blobs)


def restore(config: ServerConfig, source: Path) -> Copied:
    """Put the backup at ``source`` (a folder made by :func:`backup`, a stopped server's
    folder, or a lone ``sync.sqlite``) in place of the data folder's database, with a new
    instance id; refused while a server runs on the folder."""
    _sqlite_only(config, "restore")
    source = source.expanduser().absolute()
    backup_db = source / DB_FILE if source.is_dir() else source
    if not backup_db.is_file():
        raise NotFoundError("server.no_backup", path=str(source))
    folder = config.data_dir
    with _locked(folder, exclusive=True):
        live = folder / DB_FILE
        incoming = folder / f"{DB_FILE}.restoring"
        _remove_database(incoming)  # what a restore stopped half-way left
        try:
            _copy_database(backup_db, incoming, read_only=True)
            _check(incoming, source)
            instance, statements = _renew(incoming)
        except BaseException:
            _remove_database(incoming)
            raise
        replaced = _move_aside(live) if live.exists() else None
        # The live database's log went with it: a log left beside the new file would be
        # applied to pages it does not belong to ("database disk image is malformed").
        os.replace(incoming, live)
        fsync_dir_if_possible(folder)
        blobs_from = source / "blobs"
        blobs = _copy_blobs(blobs_from, config.blobs_dir) if blobs_from.is_dir() else 0
    return Copied(live, statements, instance, blobs, replaced)


def _copy_database(source: Path, target: Path, *, read_only: bool = False) -> None:
    """A consistent copy of ``source`` into the new file ``target`` (mode 0600)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    # Read-only for a backup being restored (it stays as it was); the live database is
    # opened as the server opens it, so a stopped server's log is read too.
    uri = f"file:{source}{'?mode=ro' if read_only else ''}"
    src = sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_MS / 1000)
    dst = sqlite3.connect(target)
    try:
        # One step: the whole copy is one read transaction, a snapshot the server's writes
        # (in WAL mode) neither block nor disturb.
        src.backup(dst)
    except sqlite3.DatabaseError as exc:
        raise InputError("server.not_a_backup", path=str(source), detail=str(exc)) from exc
    finally:
        dst.close()
        src.close()


def _check(database: Path, source: Path) -> None:
    """Refuse a copy that is damaged or not a c4s-sync database."""
    conn = sqlite3.connect(database)
    try:
        problem = str(conn.execute("PRAGMA quick_check").fetchone()[0])
        if problem == "ok":
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not {"schema_version", "meta", "statements"} <= names:
                problem = "it has no c4s-sync tables"
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    finally:
        conn.close()
    if problem != "ok":
        raise InputError("server.not_a_backup", path=str(source), detail=problem)


def _renew(database: Path) -> tuple[Instance, int]:
    """Give the copy a new instance id; return it and how many statements the copy holds.

    A backup gets one as well as a restore: whatever way it is put back (even copied by
    hand), the devices see another id and send again what it lacks."""
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.begin() as conn:
            instance = renew_instance(conn)
            count = int(conn.execute(select(func.count()).select_from(schema.statements))
                        .scalar_one())
    finally:
        engine.dispose()
    return instance, count


def _move_aside(live: Path) -> Path:
    """Keep the database being replaced (and its log) under a dated name, in case what it
    held since the backup is wanted after all; return that name."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = live.with_name(f"{DB_FILE}.replaced-{stamp}")
    log = live.with_name(f"{DB_FILE}-wal")
    if log.exists():
        os.replace(log, kept.with_name(f"{kept.name}-wal"))
    with contextlib.suppress(FileNotFoundError):
        live.with_name(f"{DB_FILE}-shm").unlink()  # an index of the log, rebuilt on open
    try:
        os.link(live, kept)  # the live name stays until the backup's rename replaces it
    except OSError:
        shutil.copyfile(live, kept)
    return kept


def _remove_database(path: Path) -> None:
    for name in (path, path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        with contextlib.suppress(FileNotFoundError):
            name.unlink()


def _copy_blobs(source: Path, target: Path) -> int:
    """Copy the blob files ``target`` lacks (a blob's name is its SHA-256, so one already
    there is the same file); return how many were copied."""
    copied = 0
    for path in source.rglob("*"):
        if not path.is_file() or path.name.endswith(".part"):
            continue
        dest = target / path.relative_to(source)
        if dest.exists():
            continue
        dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        part = dest.with_name(dest.name + ".part")
        shutil.copyfile(path, part)
        os.replace(part, dest)
        copied += 1
    return copied


@contextlib.contextmanager
def _locked(folder: Path, *, exclusive: bool) -> Iterator[None]:
    """Hold the folder's lock file: shared while serving, exclusive (or refused at once with
    :class:`DataDirBusyError`) while restoring."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if fcntl is None:
        yield
        return
    fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB if exclusive else fcntl.LOCK_SH)
        except BlockingIOError as exc:
            raise DataDirBusyError("server.running", folder=str(folder)) from exc
        yield
    finally:
        os.close(fd)
