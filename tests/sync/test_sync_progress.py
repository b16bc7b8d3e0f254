"""A long sync says how far it is, and stops between batches when cancelled, losing nothing:
the engine against the real ``c4s-sync`` server on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.engine import SyncEngine
from c4s_desktop.core.sync.enroll import enroll_device
from c4s_desktop.core.sync.learners import adopt_learner
from c4s_desktop.core.sync.outbox import waiting_count
from c4s_desktop.core.sync.progress import RECEIVING, ProgressPace
from tests.sync.conftest import add_statements, fast_config, learner_id
from tests.sync.realserver import ServerProcess

EVERY_REPORT = ProgressPace(quiet=0.0, every=0.0)
"""No pacing: every report the engine makes is heard (the pace has its own unit test)."""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    with ServerProcess(tmp_path_factory.mktemp("server")) as running:
        yield running


@pytest.fixture
def laptop(tmp_path: Path, server: ServerProcess) -> Iterator[Store]:
    """An enrolled data folder with one learner, Ana."""
    store = Store.open(tmp_path / "laptop")
    create_learner(store, "Ana")
    enroll_device(store, store.data_dir.root, server.url, server.enroll_code("laptop"))
    yield store
    store.close()


def sent_ids(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute(
        "SELECT id FROM statements WHERE sent_at IS NOT NULL").fetchall()}


def test_a_push_of_several_batches_reports_what_is_sent_of_the_total(
        laptop: Store, server: ServerProcess) -> None:
    add_statements(laptop, 450)
    heard: list[tuple[int, int]] = []
    config = fast_config(batch_count=100, pace=EVERY_REPORT)
    report = SyncEngine(laptop, config=config).run_once(
        progress=lambda done, total: heard.append((done, total)))
    assert report.sent == 450 and report.waiting == 0
    assert heard == [(0, 450), (100, 450), (200, 450), (300, 450), (400, 450), (450, 450)]


def test_a_pull_reports_what_arrived_so_far(
        tmp_path: Path, laptop: Store, server: ServerProcess) -> None:
    add_statements(laptop, 250)
    SyncEngine(laptop, config=fast_config()).run_once()
    with Store.open(tmp_path / "classroom") as other:
        adopt_learner(other, learner_id(laptop), "Ana")
        enroll_device(other, other.data_dir.root, server.url, server.enroll_code("classroom"))
        heard: list[tuple[int, int]] = []
        config = fast_config(pull_page=100, pace=EVERY_REPORT)
        report = SyncEngine(other, config=config).run_once(
            progress=lambda done, total: heard.append((done, total)))
    assert report.pulled == 250
    assert heard[:3] == [(100, RECEIVING), (200, RECEIVING), (250, RECEIVING)]
    # The later pull may see some again (after Consistent-Through): the count goes on.
    counts = [done for done, total in heard if total == RECEIVING]
    assert len(counts) == len(heard) and counts == sorted(set(counts))
    assert counts[-1] == report.received


def test_cancel_stops_between_batches_and_a_later_run_sends_the_rest(
        laptop: Store, server: ServerProcess) -> None:
    """What the server acknowledged is marked sent, the rest still waits: none is lost."""
    statements = add_statements(laptop, 500)
    cancel = threading.Event()
    heard: list[int] = []

    def progress(done: int, _total: int) -> None:
        heard.append(done)
        if done >= 200:
            cancel.set()  # as quitting the app does, while batches are still to go

    config = fast_config(batch_count=100, pace=EVERY_REPORT)
    with pytest.raises(CancelledError):
        SyncEngine(laptop, config=config).run_once(cancel, progress=progress)
    marked = sent_ids(laptop)
    assert len(marked) == heard[-1] and 200 <= len(marked) < 500
    assert marked <= set(server.statement_ids())
    assert waiting_count(laptop) == 500 - len(marked)

    report = SyncEngine(laptop, config=fast_config(batch_count=100)).run_once()
    assert report.sent == 500 - len(marked) and report.waiting == 0
    held = server.statement_ids()
    assert {s["id"] for s in statements} <= set(held)
    assert len(held) == len(set(held))  # each once, whatever crossed twice
