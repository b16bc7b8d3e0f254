"""A server that answers 503 (here: its database file damaged under it, as a failing disk
leaves it) is told to the learner as "try later", with their progress kept, after a bounded
number of waits: the real ``c4s-sync`` on loopback and the real sync engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from c4s_desktop.core.errors import SyncError
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.engine import SyncEngine
from c4s_desktop.core.sync.enroll import enroll_device
from c4s_desktop.core.sync.status import sync_status
from c4s_desktop.ui.sync_scheduler import is_offline
from tests.damaged_sqlite import zero_middle_half
from tests.sync.conftest import add_statements, fast_config
from tests.sync.realserver import ServerProcess


def test_a_503_says_try_later_and_keeps_the_progress(tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "server") as server:
        store = Store.open(tmp_path / "laptop")
        try:
            create_learner(store, "Ana")
            enroll_device(store, store.data_dir.root, server.url, server.enroll_code("laptop"))
            add_statements(store, 2000)
            assert SyncEngine(store, config=fast_config()).run_once().waiting == 0
            zero_middle_half(server.data_dir / "sync.sqlite")
            add_statements(store, 50, prefix="later")
            with pytest.raises(SyncError) as caught:
                SyncEngine(store, config=fast_config()).run_once()
            assert caught.value.code == "sync.server_unavailable"
            assert is_offline(caught.value)
            assert sync_status(store, store.data_dir.root).waiting == 50
        finally:
            store.close()
