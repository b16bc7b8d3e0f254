"""Restoring a backup: the replaced database is kept whole, with its log, for a rescue."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.store.backups import restore_backup
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
