"""Backups: each written whole or not at all, the newest kept; restoring one keeps the
replaced database whole, with its log, for a rescue."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import CancelledError, StoreError
from c4s_desktop.core.store import backups
from c4s_desktop.core.store.backups import (
    KEEP_BACKUPS,
    check_file,
    list_backups,
    make_backup,
    restore_backup,
)
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.lock import DataDirLock
from c4s_desktop.core.store.meta import get_meta, set_meta

WRITE_TO_LOG_ONLY = """
import os, sys
from pathlib import Path
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import set_meta
store = Store.open(Path(sys.argv[1]))
set_meta(store, "in-the-log", "yes")
os._exit(0)  # no close, no checkpoint: the latest write lives in the -wal file alone
"""


def _restore(data: Path) -> Path:
    d = DataDir(data)
    with DataDirLock(d.lock_file, data):
        return restore_backup(d.database, d.backups)


def test_the_replaced_database_is_kept_with_its_log(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        set_meta(store, "which", "backup")
        store.backup("test")
        set_meta(store, "which", "old")
    subprocess.run([sys.executable, "-c", WRITE_TO_LOG_ONLY, str(data_dir)], check=True,
                   timeout=60)
    _restore(data_dir)
    with Store.open(data_dir) as store:  # the old log was not replayed into the backup
        assert get_meta(store, "which") == "backup"
        assert get_meta(store, "in-the-log") is None
    kept = sorted((data_dir / "backups").glob("damaged-*.sqlite"))
    assert len(kept) == 1
    assert kept[0].with_name(kept[0].name + "-wal").is_file()
    conn = sqlite3.connect(kept[0])  # SQLite finds the log by its name beside the file
    rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    conn.close()
    assert rows["which"] == "old" and rows["in-the-log"] == "yes"


def test_a_missing_database_is_restored(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        set_meta(store, "which", "backup")
        store.backup("test")
    for suffix in ("", "-wal", "-shm"):
        (data_dir / f"c4s.sqlite{suffix}").unlink(missing_ok=True)
    _restore(data_dir)
    with Store.open(data_dir) as store:
        assert get_meta(store, "which") == "backup"
    assert not list((data_dir / "backups").glob("damaged-*"))
    leftovers = [p.name for p in data_dir.iterdir() if p.name.startswith("c4s.sqlite.")]
    assert leftovers == []  # no copy waiting or half made


def _filled(data: Path, rows: int = 300) -> None:
    with Store.open(data) as store, store.transaction() as db:
        for n in range(rows):
            db["meta"].insert({"key": f"k{n}", "value": "x" * 100})


def _rot_unseen(db: Path) -> None:
    """Damage the last pages (which nothing at open reads), keeping the time a clean close
    noted: slow rot that only reading the whole file finds."""
    before = db.stat()
    with open(db, "r+b") as fh:
        fh.seek(before.st_size - 3 * 4096)
        fh.write(b"\xff" * 4096 * 3)
    os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_backup_is_whole_stands_alone_and_leaves_nothing_else(data_dir: Path) -> None:
    _filled(data_dir)
    with Store.open(data_dir) as store:
        made = store.backup("test")
    assert check_file(made) == "ok"
    conn = sqlite3.connect(f"file:{made}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # needs no log
    assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'k%'").fetchone()[0] == 300
    conn.close()
    assert [p.name for p in (data_dir / "backups").iterdir()] == [made.name]  # no -wal, -shm


def test_the_newest_backups_are_kept_and_the_new_one_always(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        made = [store.backup("test") for _ in range(KEEP_BACKUPS + 2)]
        kept = list_backups(data_dir / "backups")
        assert kept == list(reversed(made))[:KEEP_BACKUPS]
        # Backups named as if from the future (made while the clock was ahead) sort first;
        # one made now is kept all the same.
        for n, old in enumerate(kept):
            old.rename(old.with_name(f"c4s-2999010{n}T000000000000Z-test.sqlite"))
        newest = store.backup("test")
    kept = list_backups(data_dir / "backups")
    assert len(kept) == KEEP_BACKUPS and newest in kept


def test_big_backups_are_kept_within_the_budget_but_never_fewer_than_two(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _filled(data_dir, rows=300)
    with Store.open(data_dir) as store:
        size = store.backup("test").stat().st_size
        monkeypatch.setattr(backups, "BACKUPS_BUDGET", int(3.5 * size))
        made = [store.backup("test") for _ in range(4)]
        assert list_backups(data_dir / "backups") == list(reversed(made))[:3]
        monkeypatch.setattr(backups, "BACKUPS_BUDGET", 0)  # not even one fits: two stay
        newest = store.backup("test")
        assert list_backups(data_dir / "backups") == [newest, made[-1]]


def test_a_stopped_copy_leaves_the_backups_as_they_were(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _filled(data_dir, rows=3000)
    monkeypatch.setattr(backups, "STEP_PAGES", 1)  # a copy in many steps
    with Store.open(data_dir) as store:
        before = [store.backup("test") for _ in range(KEEP_BACKUPS)]
        (data_dir / "backups" / "c4s-20260101T000000000000Z-daily.part").write_bytes(b"half")
        asked: list[int] = []
        with pytest.raises(CancelledError):
            make_backup(store.conn, data_dir / "backups", "daily",
                        lambda: asked.append(1) or len(asked) > 1)
    assert list_backups(data_dir / "backups") == sorted(before, reverse=True)
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == [p.name for p in before]


def test_rot_the_copy_shows_drops_the_copy_and_keeps_the_older_backups(data_dir: Path) -> None:
    _filled(data_dir, rows=3000)
    with Store.open(data_dir) as store:
        good = store.backup("test")
    _rot_unseen(data_dir / "c4s.sqlite")
    with Store.open(data_dir) as store:  # the clean close vouches for the file: not checked
        assert not store.check_needed
        with pytest.raises(StoreError) as caught:
            store.backup("daily")
    assert caught.value.code == "store.corrupt"
    assert [p.name for p in (data_dir / "backups").iterdir()] == [good.name]
