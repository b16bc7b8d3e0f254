"""The local store on real SQLite files: pragmas, migrations, backups, damage, locking."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from c4s_desktop.core.errors import DataDirBusyError, StoreError
from c4s_desktop.core.store import migrations
from c4s_desktop.core.store.backups import list_backups, restore_backup
from c4s_desktop.core.store.database import Store


def test_new_store_has_layout_and_pragmas(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        conn = store.db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    for name in ("c4s.sqlite", "store", "backups", "logs"):
        assert (data_dir / name).exists(), name


def test_second_writer_is_refused_politely(data_dir: Path) -> None:
    with Store.open(data_dir):
        with pytest.raises(DataDirBusyError) as info:
            Store.open(data_dir)
        assert "in use" in info.value.message
        # a reader is still welcome
        reader = Store.open(data_dir, write=False)
        assert not reader.writable
        reader.close()
    Store.open(data_dir).close()


def test_second_process_is_refused(data_dir: Path) -> None:
    code = (
        "import sys; from pathlib import Path\n"
        "from c4s_desktop.core.store.database import Store\n"
        "from c4s_desktop.core.errors import DataDirBusyError\n"
        "try:\n    Store.open(Path(sys.argv[1]))\n"
        "except DataDirBusyError as e:\n    print(e.message); sys.exit(7)\n"
    )
    with Store.open(data_dir):
        proc = subprocess.run([sys.executable, "-c", code, str(data_dir)],
                              capture_output=True, text=True, timeout=60)
    assert proc.returncode == 7, proc.stderr
    assert "in use" in proc.stdout


def test_lock_is_released_when_a_process_dies(data_dir: Path) -> None:
    code = (
        "import os, sys; from pathlib import Path\n"
        "from c4s_desktop.core.store.database import Store\n"
        "Store.open(Path(sys.argv[1])); os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(data_dir)], check=True, timeout=60)
    Store.open(data_dir).close()


def test_database_from_newer_app_is_refused(data_dir: Path) -> None:
    Store.open(data_dir).close()
    conn = sqlite3.connect(data_dir / "c4s.sqlite")
    conn.execute(f"PRAGMA user_version={migrations.SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as info:
        Store.open(data_dir)
    assert info.value.code == "store.too_new"
    assert "newer C4S Desktop" in info.value.message


def test_migration_makes_a_backup_first(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(data_dir) as store, store.transaction() as db:
        db.table("meta").insert({"key": "learner-data", "value": "precious"})
    old_version = len(migrations.MIGRATIONS)
    extra = "CREATE TABLE extra (id INTEGER PRIMARY KEY)"
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, extra))
    with Store.open(data_dir) as store:
        assert store.db["extra"].exists()
        version = store.db.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == old_version + 1
    backups = list_backups(data_dir / "backups")
    assert len(backups) == 1 and f"before-schema{old_version + 1}" in backups[0].name
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old_version
    row = conn.execute("SELECT value FROM meta WHERE key='learner-data'").fetchone()
    assert row[0] == "precious"
    conn.close()


def _damage(db: Path) -> None:
    with open(db, "r+b") as fh:
        fh.seek(4096)  # page 2 onwards: the first table's b-tree
        fh.write(b"\xff" * 4096 * 3)


def test_damaged_database_names_the_recovery_and_restore_brings_data_back(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        with store.transaction() as db:
            for n in range(300):
                db["meta"].insert({"key": f"k{n}", "value": "x" * 50})
        store.backup("test")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(data_dir / "c4s.sqlite")
    with pytest.raises(StoreError) as info:
        Store.open(data_dir)
    assert info.value.code == "store.corrupt"
    assert "c4s store restore" in info.value.message
    restore_backup(data_dir / "c4s.sqlite", data_dir / "backups")
    with Store.open(data_dir) as store:
        assert store.db["meta"].count_where("key LIKE 'k%'") == 300
    assert list((data_dir / "backups").glob("damaged-*")), "the damaged file is kept"


def test_not_a_database_without_backup(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "c4s.sqlite").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError) as info:
        Store.open(data_dir)
    assert info.value.code == "store.corrupt_no_backup"


def test_failed_transaction_keeps_nothing(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        with pytest.raises(RuntimeError), store.transaction() as db:
            db["meta"].insert({"key": "half", "value": "written"})
            raise RuntimeError("power cut")
        assert store.db["meta"].count_where("key = 'half'") == 0


def _sqlite_memory_used() -> int | None:
    """Bytes SQLite's allocator holds in this process, when its library can be asked."""
    import ctypes

    try:
        lib = ctypes.CDLL("libsqlite3.so.0")  # the copy the sqlite3 module already loaded
    except OSError:
        return None
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return int(lib.sqlite3_memory_used())


def test_releasing_the_cache_gives_its_memory_back(data_dir: Path) -> None:
    if _sqlite_memory_used() is None:
        pytest.skip("needs SQLite as a shared library")
    with Store.open(data_dir) as store, store.transaction() as db:
        db["filler"].insert_all({"body": bytes(4000)} for _ in range(400))
    with Store.open(data_dir) as store:
        before = _sqlite_memory_used()
        assert len(store.conn.execute("SELECT body FROM filler").fetchall()) == 400
        filled = _sqlite_memory_used()
        store.release_cache()
        released = _sqlite_memory_used()
        assert before is not None and filled is not None and released is not None
        assert filled - before > 1_000_000, "reading 1.6 MB filled the page cache"
        assert filled - released > 1_000_000


def test_a_lock_that_cannot_be_written_is_a_plain_error(data_dir: Path) -> None:
    # What a read-only drive does to a data folder that already exists: the lock file cannot
    # be opened for writing (a folder in its place gives the same refusal, even to root).
    with Store.open(data_dir):
        pass
    lock = data_dir / "c4s.lock"
    lock.unlink(missing_ok=True)
    lock.mkdir()
    with pytest.raises(StoreError) as caught:
        Store.open(data_dir)
    assert caught.value.code == "store.unwritable"
    assert caught.value.params["data_dir"] == str(data_dir) and caught.value.params["detail"]


def test_an_emptied_database_is_damaged_not_new(data_dir: Path) -> None:
    with Store.open(data_dir):
        pass
    (data_dir / "c4s.sqlite").write_bytes(b"")  # what a failing disk or a bad copy leaves
    for write in (True, False):
        with pytest.raises(StoreError) as caught:
            Store.open(data_dir, write=write)
        assert caught.value.code == "store.corrupt_no_backup"
        assert "empty" in caught.value.technical
    assert (data_dir / "c4s.sqlite").stat().st_size == 0  # left as found, for a rescue


def test_an_empty_file_from_a_first_start_cut_short_opens_as_new(tmp_path: Path) -> None:
    root = tmp_path / "fresh"
    root.mkdir()
    (root / "c4s.sqlite").write_bytes(b"")
    with Store.open(root) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] > 0


def test_a_new_data_folder_and_its_database_are_the_owners_only(tmp_path: Path) -> None:
    """They hold PIN hashes and progress: other accounts of the computer read none of it,
    whatever the umask; a folder that exists keeps its permissions."""
    old = os.umask(0o022)
    try:
        with Store.open(tmp_path / "new") as store:
            root = store.data_dir.root
            assert stat.S_IMODE(root.stat().st_mode) == 0o700
            for name in ("c4s.sqlite", "c4s.sqlite-wal", "c4s.sqlite-shm"):
                assert stat.S_IMODE((root / name).stat().st_mode) == 0o600, name
        shared = tmp_path / "shared"
        shared.mkdir(mode=0o775)
        with Store.open(shared):
            pass
        assert stat.S_IMODE(shared.stat().st_mode) == 0o755  # 0775 under the umask, kept
    finally:
        os.umask(old)
