"""What a data folder does when the server's instance changes (a restore from a backup):
real stores, the instance as the server's About names it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.learners import mark_registered, save_cursor
from c4s_desktop.core.sync.outbox import mark_sent, waiting_count
from c4s_desktop.core.sync.server_instance import note_instance
from c4s_desktop.core.sync.transport import ServerInfo
from c4s_desktop.core.xapi.statements import activity_iri, make_statement

SERVER = "http://127.0.0.1:8765/"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Two learners, both registered and pulled; five statements, all sent."""
    s = Store.open(tmp_path / "laptop")
    ana, ben = create_learner(s, "Ana").id, create_learner(s, "Ben").id
    made = [make_statement(ana, "completed", activity_iri("org.example.test", f"i{n}"),
                           "document") for n in range(5)]
    record(s, made)
    mark_sent(s, [m["id"] for m in made])
    mark_registered(s, [ana, ben])
    save_cursor(s, ana, "2026-05-02T10:00:00.000000Z")
    save_cursor(s, ben, "first:2026-04-01T00:00:00.000000Z")
    yield s
    s.close()


def state(store: Store) -> tuple[int, list[tuple[object, ...]]]:
    rows = store.db.execute("SELECT l.name, s.registered_at IS NOT NULL, s.pull_cursor "
                            "FROM sync_learners s JOIN learners l ON l.id = s.learner_id "
                            "ORDER BY l.name").fetchall()
    return waiting_count(store), [tuple(r) for r in rows]


def test_first_contact_and_the_same_instance_change_nothing(store: Store) -> None:
    before = state(store)
    assert note_instance(store, SERVER, ServerInfo(instance="one")) == 0
    assert note_instance(store, SERVER, ServerInfo(instance="one")) == 0
    assert note_instance(store, SERVER, ServerInfo()) == 0  # a generic LRS names none
    assert state(store) == before == (0, [("Ana", 1, "2026-05-02T10:00:00.000000Z"),
                                          ("Ben", 1, "first:2026-04-01T00:00:00.000000Z")])


def test_another_instance_queues_everything_again_and_pulls_from_the_backup(
        store: Store) -> None:
    note_instance(store, SERVER, ServerInfo(instance="one"))
    restored = ServerInfo(instance="two", restored_through="2026-05-01T00:00:00.000000Z")
    assert note_instance(store, SERVER, restored) == 5
    assert state(store) == (5, [("Ana", 0, "2026-05-01T00:00:00.000000Z"),
                                ("Ben", 0, "first:2026-04-01T00:00:00.000000Z")])
    assert note_instance(store, SERVER, restored) == 0  # noticed once


def test_a_restore_from_nothing_pulls_from_the_start(store: Store) -> None:
    note_instance(store, SERVER, ServerInfo(instance="one"))
    assert note_instance(store, SERVER, ServerInfo(instance="fresh")) == 5
    cursors = [row[2] for row in state(store)[1]]
    assert cursors == ["1970-01-01T00:00:00.000Z", "first:1970-01-01T00:00:00.000Z"]


def test_another_server_is_a_first_contact(store: Store) -> None:
    note_instance(store, SERVER, ServerInfo(instance="one"))
    before = state(store)
    assert note_instance(store, "https://elsewhere.example/", ServerInfo(instance="x")) == 0
    assert state(store) == before
