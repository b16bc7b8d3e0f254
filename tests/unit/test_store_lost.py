"""A used data folder whose database went missing is refused, never started afresh: a fresh
database would hide every learner's progress and let the next install delete the files of
the packs it no longer knows."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import StoreError
from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import set_meta


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "c4s_desktop.cli", "--data-dir", str(data),
                           *args], capture_output=True, text=True, timeout=120)


def _blobs(data: Path) -> set[str]:
    return {sha for sha, _ in BlobStore(DataDir(data)).iter_blobs()}


def _remove_database(data: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        (data / f"c4s.sqlite{suffix}").unlink(missing_ok=True)


def test_a_missing_database_with_backups_is_refused_and_named(
    store: Store, data_dir: Path, folder_pack: Path, file_pack: Path
) -> None:
    install_pack(store, folder_pack)
    store.backup("manual")
    store.close()
    blobs = _blobs(data_dir)
    _remove_database(data_dir)
    for write in (False, True):
        with pytest.raises(StoreError) as caught:
            Store.open(data_dir, write=write)
        assert caught.value.code == "store.missing"
        assert "c4s store restore" in caught.value.message
        assert str(data_dir) in caught.value.message
    listed = _cli(data_dir, "library", "list")
    assert listed.returncode == 6
    assert listed.stderr.startswith(f"error: The database {data_dir / 'c4s.sqlite'} is missing")
    installed = _cli(data_dir, "library", "install", str(file_pack), "--allow-untrusted")
    assert installed.returncode == 6
    assert not (data_dir / "c4s.sqlite").exists()
    assert _blobs(data_dir) == blobs  # no collection ran against an empty database
    restored = _cli(data_dir, "store", "restore")
    assert restored.returncode == 0, restored.stderr
    assert "replaced" not in restored.stdout  # there was no database to keep
    verified = _cli(data_dir, "library", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_a_missing_database_with_only_pack_files_is_refused(
    store: Store, data_dir: Path, folder_pack: Path
) -> None:
    install_pack(store, folder_pack)
    store.close()
    (data_dir / "c4s.closed").unlink()
    _remove_database(data_dir)
    with pytest.raises(StoreError) as caught:
        Store.open(data_dir)
    assert caught.value.code == "store.missing_no_backup"
    assert not (data_dir / "c4s.sqlite").exists()


def test_an_empty_file_beside_a_log_is_refused(data_dir: Path) -> None:
    # SQLite deletes the log of a database file that is empty: what it holds would be lost.
    with Store.open(data_dir) as store:
        set_meta(store, "kept", "yes")
    conn = sqlite3.connect(data_dir / "c4s.sqlite")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO meta VALUES ('in-the-log', 'yes')")
    conn.commit()
    wal = (data_dir / "c4s.sqlite-wal").read_bytes()
    conn.close()
    for name in ("c4s.closed", "c4s.sqlite-shm"):
        (data_dir / name).unlink(missing_ok=True)
    (data_dir / "c4s.sqlite").write_bytes(b"")
    (data_dir / "c4s.sqlite-wal").write_bytes(wal)
    with pytest.raises(StoreError) as caught:
        Store.open(data_dir)
    assert caught.value.code == "store.corrupt_no_backup"
    assert (data_dir / "c4s.sqlite-wal").read_bytes() == wal


def test_an_unused_folder_still_starts_afresh(tmp_path: Path) -> None:
    root = tmp_path / "new"
    (root / "logs").mkdir(parents=True)  # a command that failed early logged there
    (root / "c4s.lock").write_text("123")
    with Store.open(root) as store:
        assert store.conn.execute("SELECT count(*) FROM packs").fetchone()[0] == 0
