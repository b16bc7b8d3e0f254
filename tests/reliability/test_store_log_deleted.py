"""The database's ``-wal`` file deleted while the app runs, then the process killed: every
write made before and after the deletion is still there at the next open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta

# Writes, has its -wal file deleted (as a cleaning tool would), writes again, then dies with
# SIGKILL: no close, so nothing but the store's own reaction can save the log's pages.
CHILD = """
import os, signal, sys
from pathlib import Path
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import set_meta
data = Path(sys.argv[1])
store = Store.open(data)
set_meta(store, "before", "kept")
os.unlink(data / "c4s.sqlite-wal")
set_meta(store, "after", "kept")
set_meta(store, "later", "kept")
print(sorted(p.name for p in data.iterdir()), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_writes_survive_a_deleted_log_and_a_kill(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Store.open(data).close()
    run = subprocess.run([sys.executable, "-c", CHILD, str(data)], capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == -9, run.stderr
    assert "c4s.sqlite-wal" in run.stdout  # a new log, where the next process looks for it
    with Store.open(data) as store:
        assert [get_meta(store, key) for key in ("before", "after", "later")] == ["kept"] * 3
