"""The whole-file check is skipped only after a clean close of this very file, within a week.

Damage is made where nothing at open reads it (the last pages, which hold ``pack_history``), so
only the whole-file check can find it. Restoring the file's modification time afterwards makes
the damage invisible to the mark, as slow bit rot would be: that is what shows whether the
check ran.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import StoreError
from c4s_desktop.core.store import clean_close
from c4s_desktop.core.store.database import Store

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


def _filled(data: Path) -> Path:
    with Store.open(data) as store, store.transaction() as db:
        for n in range(3000):
            db.table("pack_history").insert({"pack_id": f"p{n}", "version": 1,
                                             "action": "install", "at": "x" * 100})
    return data / "c4s.sqlite"


def _rot(db: Path, keep_time: bool = True) -> None:
    """Damage the last pages; with ``keep_time``, leave size and modification time as they were."""
    before = db.stat()
    with open(db, "r+b") as fh:
        fh.seek(before.st_size - 3 * PAGE)
        fh.write(b"\xff" * PAGE * 3)
    if keep_time:
        os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_clean_close_leaves_a_mark_that_the_next_open_takes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _filled(data)
    mark = data / clean_close.MARK_NAME
    assert mark.is_file()
    with Store.open(data) as store:
        assert not mark.exists()  # a crash from here on leaves no mark behind
        assert not store.check_needed
    assert mark.is_file()


def test_after_a_clean_close_the_check_is_skipped(tmp_path: Path) -> None:
    db = _filled(tmp_path / "data")
    _rot(db)
    with Store.open(tmp_path / "data") as store:  # rot the mark cannot see: opens unchecked
        assert not store.check_needed


def test_a_changed_file_is_checked(tmp_path: Path) -> None:
    db = _filled(tmp_path / "data")
    _rot(db, keep_time=False)  # a copy, a restore or a write from elsewhere
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "data")
    assert info.value.code.startswith("store.corrupt")


def test_a_copied_data_folder_is_checked_even_with_its_times_kept(tmp_path: Path) -> None:
    db = _filled(tmp_path / "data")
    _rot(db)  # rot the mark cannot see in the original ...
    shutil.copytree(tmp_path / "data", tmp_path / "copy")  # ... copied with times and the mark
    copied = tmp_path / "copy" / "c4s.sqlite"
    assert copied.stat().st_mtime_ns == db.stat().st_mtime_ns
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "copy")  # another file, whatever its times say: checked
    assert info.value.code.startswith("store.corrupt")


def test_a_killed_run_means_the_next_open_checks(tmp_path: Path) -> None:
    db = _filled(tmp_path / "data")
    killed = subprocess.run(
        [sys.executable, "-c",
         "import os, signal, sys\n"
         "from c4s_desktop.core.store.database import Store\n"
         "from pathlib import Path\n"
         "Store.open(Path(sys.argv[1]))\n"
         "os.kill(os.getpid(), signal.SIGKILL)\n",
         str(tmp_path / "data")],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert killed.returncode == -9
    assert not (tmp_path / "data" / clean_close.MARK_NAME).exists()
    _rot(db)
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "data")
    assert info.value.code.startswith("store.corrupt")


def test_the_file_is_checked_again_after_a_week(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _filled(data)
    in_eight_days = time.time() + 8 * 24 * 3600
    assert clean_close.take(DataDir(data), now=in_eight_days) is None
    _filled(data)
    assert clean_close.take(DataDir(data), now=time.time() + 6 * 24 * 3600) is not None


@pytest.mark.parametrize("mark", [
    "", "{", '{"size": 1}', '["x"]', '{"size": "a", "mtime_ns": 1, "checked_at": 1}'])
def test_an_unreadable_mark_means_the_check(tmp_path: Path, mark: str) -> None:
    db = _filled(tmp_path / "data")
    (tmp_path / "data" / clean_close.MARK_NAME).write_text(mark, "utf-8")
    _rot(db)
    with pytest.raises(StoreError):
        Store.open(tmp_path / "data")


def test_a_waiting_write_ahead_log_means_the_check(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = _filled(data)
    mark = json.loads((data / clean_close.MARK_NAME).read_text("utf-8"))
    (data / "c4s.sqlite-wal").write_bytes(b"\0" * 100)  # left by a writer that died
    assert clean_close.take(DataDir(data)) is None
    assert (db.stat().st_size, db.stat().st_mtime_ns) == (mark["size"], mark["mtime_ns"])


def test_a_store_never_checked_leaves_no_mark(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _filled(data)
    (data / clean_close.MARK_NAME).unlink()
    with Store.open(data, check=False) as store:
        assert store.check_needed
    assert not (data / clean_close.MARK_NAME).exists()
    with Store.open(data, check=False) as store:
        store.check()
        assert not store.check_needed
    assert (data / clean_close.MARK_NAME).exists()
