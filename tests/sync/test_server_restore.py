"""The server restored from a backup: the real client sends again what the backup lacks.

Real ``c4s-sync`` in a child process on 127.0.0.1, real data folders, ``c4s-sync backup``
while it serves and ``c4s-sync restore`` once it is stopped, as docs/server.md says.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from c4s_desktop.core.errors import SyncError
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.engine import SyncEngine
from c4s_desktop.core.sync.enroll import enroll_device
from c4s_desktop.core.sync.status import sync_status
from tests.sync.conftest import add_statements, fast_config
from tests.sync.realserver import ServerProcess


def laptop(server: ServerProcess, root: Path) -> Store:
    """A data folder with one learner, enrolled with ``server``."""
    store = Store.open(root)
    create_learner(store, "Ana")
    enroll_device(store, root, server.url, server.enroll_code(root.name))
    return store


def sync(store: Store) -> int:
    """One run; how many statements it sent."""
    return SyncEngine(store, config=fast_config()).run_once().sent


def test_clients_send_again_what_a_restored_server_lost(tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "server") as server:
        a, b = laptop(server, tmp_path / "a"), laptop(server, tmp_path / "b")
        add_statements(a, 50)
        add_statements(b, 40)
        assert sync(a) == 50 and sync(b) == 40
        server.admin("backup", str(tmp_path / "backup"))
        add_statements(a, 30, prefix="after")
        add_statements(b, 20, prefix="after")
        assert sync(a) == 30 and sync(b) == 20
        # Enrolled after the backup: the restored server does not know these two.
        late = laptop(server, tmp_path / "late")
        later = laptop(server, tmp_path / "later")
        add_statements(late, 15)
        add_statements(later, 12)
        assert sync(late) == 15 and sync(later) == 12
        everything = set(server.statement_ids())
        assert len(everything) == 50 + 40 + 30 + 20 + 15 + 12

        port = server.url.rstrip("/").rsplit(":", 1)[1]
        assert server.stop() == 0
        server.admin("restore", str(tmp_path / "backup"))
        server.args = ("--port", port)  # the laptops know the server by its address
        server.start()
        assert len(server.statement_ids()) == 90

        report = SyncEngine(a, config=fast_config()).run_once()
        assert report.requeued == 80 and report.sent == 80 and report.waiting == 0
        assert sync(b) == 60
        assert sync(a) == 0 and sync(b) == 0  # queued again once, not on every run

        # The late laptop runs before it is enrolled again: refused, but its statements
        # are queued again all the same, and go once it is enrolled.
        with pytest.raises(SyncError) as caught:
            SyncEngine(late, config=fast_config()).run_once()
        assert caught.value.code == "sync.unauthorized"
        assert sync_status(late, late.data_dir.root).waiting == 15
        enroll_device(late, late.data_dir.root, server.url, server.enroll_code("late again"))
        assert sync(late) == 15
        # The other is enrolled again before its next run: that run still notices.
        enroll_device(later, later.data_dir.root, server.url, server.enroll_code("later 2"))
        assert sync(later) == 12

        assert set(server.statement_ids()) == everything
        assert len(server.statement_ids()) == len(everything)
        for store in (a, b, late, later):
            store.close()


def test_a_new_setup_only_records_the_servers_instance(tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "server") as server:
        server.admin("mark-restored")  # an instance the new laptop never saw before
        store = laptop(server, tmp_path / "new")
        try:
            add_statements(store, 7)
            report = SyncEngine(store, config=fast_config()).run_once()
            assert report.requeued == 0 and report.sent == 7
            assert sync(store) == 0
        finally:
            store.close()
