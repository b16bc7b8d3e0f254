"""The sync engine against the real ``c4s-sync`` server on PostgreSQL (two server processes
on one database), as on SQLite in ``test_real_server.py``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.progress.log import item_state
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.engine import SyncEngine
from c4s_desktop.core.sync.enroll import enroll_device
from c4s_desktop.core.sync.learners import adopt_learner
from tests.server.conftest import PgSchema, postgres_url
from tests.sync.conftest import PACK, add_statements, fast_config, learner_id
from tests.sync.realserver import ServerProcess


@pytest.fixture
def schema() -> Iterator[PgSchema]:
    made = PgSchema(postgres_url()).create()
    try:
        yield made
    finally:
        made.drop()


def held_ids(schema: PgSchema) -> list[str]:
    """Every statement id the server's PostgreSQL schema holds, one entry per row."""
    engine = sqlalchemy.create_engine(schema.url.replace("postgresql://",
                                                         "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return [row[0] for row in conn.execute(sqlalchemy.text("SELECT id FROM statements"))]
    finally:
        engine.dispose()


def test_two_server_processes_on_postgresql_serve_two_laptops(
        tmp_path: Path, schema: PgSchema) -> None:
    """Laptop A pushes through one server process; laptop B, where the same learner carries
    on, pulls it all through another process on the same database."""
    first = ServerProcess(tmp_path / "server-1", db=schema.url)
    second = ServerProcess(tmp_path / "server-2", db=schema.url)
    with first, second:
        old = Store.open(tmp_path / "old-laptop")
        new = Store.open(tmp_path / "new-laptop")
        try:
            create_learner(old, "Ana")
            enroll_device(old, old.data_dir.root, first.url, first.enroll_code("old"))
            ana = learner_id(old)
            sent = add_statements(old, 700)
            pushed = SyncEngine(old, config=fast_config()).run_once()
            assert pushed.sent == 700 and pushed.waiting == 0

            adopt_learner(new, ana, "Ana")
            enroll_device(new, new.data_dir.root, second.url, second.enroll_code("new"))
            pulled = SyncEngine(new, config=fast_config(pull_page=250)).run_once()
            assert pulled.pulled == 700
            assert all(item_state(new, ana, PACK, f"item{n}").done for n in range(700))

            ids = held_ids(schema)
            assert sorted(ids) == sorted(s["id"] for s in sent)  # each exactly once
        finally:
            old.close()
            new.close()
