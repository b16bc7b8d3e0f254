"""``c4s store restore`` killed at every step: the next open finds the old database (with its
log) or the backup, whole, and never a missing one that would start afresh."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.store.backups import restore_backup
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.lock import DataDirLock
from c4s_desktop.core.store.meta import get_meta, set_meta

# Runs what ``c4s store restore`` runs in a child that kills itself with SIGKILL just before
# or just after its n-th change of a name in the file system (the steps a crash can fall
# between). The command's own parser and imports are left out: a second a run, fifty runs.
CHILD = """
import os, signal, sys
from pathlib import Path
data, when, n = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
seen = 0
def step(call):
    def run(*args, **kwargs):
        global seen
        seen += 1
        if seen == n and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        try:
            return call(*args, **kwargs)
        finally:  # even when it failed (a file already gone)
            if seen == n and when == "after":
                os.kill(os.getpid(), signal.SIGKILL)
    return run
for name in ("replace", "rename", "link", "unlink", "remove"):
    setattr(os, name, step(getattr(os, name)))
from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.store.backups import restore_backup
from c4s_desktop.core.store.lock import DataDirLock
with DataDirLock(DataDir(data).lock_file, data):
    restore_backup(DataDir(data).database, DataDir(data).backups)
"""


def _restore(data: Path) -> None:
    with DataDirLock(DataDir(data).lock_file, data):
        restore_backup(DataDir(data).database, DataDir(data).backups)

WRITE_TO_LOG_ONLY = """
import os, sys
from pathlib import Path
from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.store.backups import restore_backup
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.lock import DataDirLock
from c4s_desktop.core.store.meta import set_meta
store = Store.open(Path(sys.argv[1]))
set_meta(store, "in-the-log", "yes")
os._exit(0)  # no close, no checkpoint: the latest write lives in the -wal file alone
"""


def _template(tmp_path: Path) -> Path:
    data = tmp_path / "template"
    with Store.open(data) as store:
        set_meta(store, "which", "backup")
        store.backup("test")
        set_meta(store, "which", "old")
    subprocess.run([sys.executable, "-c", WRITE_TO_LOG_ONLY, str(data)], check=True, timeout=60)
    assert (data / "c4s.sqlite-wal").stat().st_size > 0
    return data


def _state(data: Path, *, write: bool) -> tuple[str | None, str | None]:
    with Store.open(data, write=write) as store:
        return get_meta(store, "which"), get_meta(store, "in-the-log")


OLD = ("old", "yes")
NEW = ("backup", None)


@pytest.mark.parametrize("when", ["before", "after"])
def test_restore_killed_at_any_step_leaves_old_or_new(tmp_path: Path, when: str) -> None:
    template = _template(tmp_path)
    n = 0
    while True:
        n += 1
        assert n < 50, "the restore never finished"
        data = tmp_path / f"{when}-{n}"
        shutil.copytree(template, data)
        proc = subprocess.run([sys.executable, "-c", CHILD, str(data), when, str(n)],
                              capture_output=True, text=True, timeout=120)
        finished = proc.returncode == 0
        assert finished or proc.returncode == -9, proc.stderr
        state = _state(data, write=False)
        assert state in (OLD, NEW), f"killed {when} step {n}: {state}"
        assert _state(data, write=True) == state
        if finished:
            assert state == NEW
            break
        _restore(data)
        assert _state(data, write=True) == NEW
    assert n > 5, n  # the kills fell between real steps
