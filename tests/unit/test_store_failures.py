"""Each way a database can fail to open gets its own one-line sentence; only real damage is
called damage (a damaged-database sentence suggests putting the file aside)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from c4s_desktop.core.errors import StoreError
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta, set_meta
from c4s_desktop.core.store.unwritable import unwritable

PAGE = 4096


def _cli(data: Path, *args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, "-m", "c4s_desktop.cli", "--data-dir",
                           str(data), *args], capture_output=True, text=True, timeout=120)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _without_root_powers() -> tuple[str, ...]:
    """A command prefix under which file permissions apply, even to root."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions do not apply")
    return (setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner")


def test_a_read_only_database_is_unwritable_not_unexpected(
    data_dir: Path, folder_pack: Path
) -> None:
    with Store.open(data_dir) as store:
        set_meta(store, "kept", "yes")
    db = data_dir / "c4s.sqlite"
    db.chmod(0o444)
    try:
        before = _digest(db)
        proc = _cli(data_dir, "library", "install", str(folder_pack), "--allow-untrusted",
                    prefix=_without_root_powers())
    finally:
        db.chmod(0o644)
    assert proc.returncode == 6, proc.stderr
    assert proc.stderr.startswith("error: C4S Desktop cannot write to the data folder")
    assert "c4s.sqlite: Permission denied" in proc.stderr
    assert "unexpected" not in proc.stderr
    assert _digest(db) == before


OPEN_FOR_WRITING = """
import sys
from pathlib import Path
from c4s_desktop.core.errors import StoreError
from c4s_desktop.core.store.database import Store
try:
    Store.open(Path(sys.argv[1])).close()
except StoreError as exc:
    print(exc.code)
else:
    print("opened")
"""


def test_a_read_only_database_is_refused_at_open(data_dir: Path) -> None:
    # Before any work starts (a pack copied, a window built) that could not be saved.
    Store.open(data_dir).close()
    db = data_dir / "c4s.sqlite"
    db.chmod(0o444)
    try:
        proc = subprocess.run([*_without_root_powers(), sys.executable, "-c", OPEN_FOR_WRITING,
                               str(data_dir)], capture_output=True, text=True, timeout=60)
    finally:
        db.chmod(0o644)
    assert proc.stdout.strip() == "store.unwritable", proc.stderr


def test_a_write_sqlite_refuses_is_unwritable(data_dir: Path) -> None:
    # What settles the interface language at start does: one small write through meta.
    Store.open(data_dir).close()
    with Store.open(data_dir, write=False) as reader:  # its connection cannot write
        with pytest.raises(StoreError) as caught:
            set_meta(reader, "ui_language", "fr")
        assert caught.value.code == "store.unwritable"
        assert get_meta(reader, "ui_language") is None


def _rot_last_pages(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        fh.seek(size - 3 * PAGE + 100)
        fh.write(b"\x07" * 300)


def test_damage_is_told_in_one_line(data_dir: Path) -> None:
    with Store.open(data_dir) as store, store.transaction() as db:
        for n in range(3000):
            db.table("pack_history").insert({"pack_id": f"p{n}", "version": 1,
                                             "action": "install", "at": "x" * 100})
    _rot_last_pages(data_dir / "c4s.sqlite")
    proc = _cli(data_dir, "progress", "show", "--learner", "Ann")
    assert proc.returncode == 6
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert proc.stderr.startswith("error: The progress recorded on this computer cannot be read")
    assert " is damaged, and there is no backup of it." in proc.stderr
    assert "(detail: On tree page" in proc.stderr


@pytest.mark.parametrize("version, table", [(1, "learners"), (8, "notes"), (0, "notes")])
def test_a_foreign_sqlite_file_is_refused_untouched(
    data_dir: Path, version: int, table: str
) -> None:
    data_dir.mkdir()
    db = data_dir / "c4s.sqlite"
    conn = sqlite3.connect(db)
    conn.execute(f"CREATE TABLE {table} (x)")
    conn.execute(f"PRAGMA user_version={version}")
    conn.commit()
    conn.close()
    before = _digest(db)
    for write in (False, True):
        with pytest.raises(StoreError) as caught:
            Store.open(data_dir, write=write)
        assert caught.value.code == "store.foreign"
        assert "is not a C4S Desktop database" in caught.value.message
    assert _digest(db) == before
    assert not (data_dir / "backups").is_dir() or not any((data_dir / "backups").iterdir())


CANNOT_GROW = """
import json, resource, signal, sys
from pathlib import Path
from c4s_desktop.core.errors import StoreError
from c4s_desktop.core.store.database import Store
# Files may not grow past 8 KiB: SQLite cannot make the -shm index it reads through, and says
# "disk I/O error", as a failing or full disk makes it say. This disk has room to spare.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))
found = {}
for write in (False, True):
    try:
        Store.open(Path(sys.argv[1]), write=write).close()
        found[str(write)] = ["opened", "", ""]
    except StoreError as exc:
        found[str(write)] = [exc.code, exc.message, exc.technical]
print(json.dumps(found))
"""


def test_an_io_error_is_not_called_damage(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        set_meta(store, "kept", "yes")
    db = data_dir / "c4s.sqlite"
    before = _digest(db)
    proc = subprocess.run([sys.executable, "-c", CANNOT_GROW, str(data_dir)],
                          capture_output=True, text=True, timeout=60, check=True)
    for code, message, detail in json.loads(proc.stdout).values():
        assert code == "store.unreadable", message
        assert "could not be read; it was left as it is" in message
        assert detail == "disk I/O error"
        assert "damaged" not in message
    assert _digest(db) == before
    with Store.open(data_dir) as store:
        assert get_meta(store, "kept") == "yes"


def test_a_disk_turned_read_only_is_named_as_one_not_as_permissions(data_dir: Path) -> None:
    # Linux remounts a failing disk read-only; a real one needs a mount, so the OS's own error.
    failing = unwritable(data_dir, OSError(errno.EROFS, os.strerror(errno.EROFS)), "c4s.sqlite")
    assert failing.code == "store.read_only_disk"
    assert "failing" in failing.message and str(data_dir) in failing.message
    denied = unwritable(data_dir, OSError(errno.EACCES, os.strerror(errno.EACCES)))
    assert denied.code == "store.unwritable"
