"""Fixtures for the sync tests: real data folders with learners and statements to send."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.engine import SyncConfig
from c4s_desktop.core.sync.retry import RetryPolicy
from c4s_desktop.core.sync.transport import TransportConfig
from c4s_desktop.core.xapi.statements import activity_iri, make_statement

PACK = "org.example.test"


def fast_config(**overrides: Any) -> SyncConfig:
    """Real retries and backoff, with waits shrunk to milliseconds (configuration, not mocks)."""
    retry = RetryPolicy(base=0.005, max_wait=0.05, max_attempts=overrides.pop("attempts", 8))
    transport = TransportConfig(connect_timeout=5.0, read_timeout=overrides.pop("read", 30.0))
    return SyncConfig(transport=transport, retry=retry, **overrides)


def completions(learner_id: str, count: int, prefix: str = "item") -> list[dict[str, Any]]:
    """``count`` statements saying the learner completed items ``prefix0``, ``prefix1``..."""
    return [make_statement(learner_id, "completed", activity_iri(PACK, f"{prefix}{n}"),
                           "document") for n in range(count)]


def open_store(root: Path) -> Store:
    return Store.open(root)


@pytest.fixture
def device(tmp_path: Path) -> Iterator[Store]:
    """A data folder with one learner, Ana."""
    s = Store.open(tmp_path / "device")
    create_learner(s, "Ana")
    yield s
    s.close()


def learner_id(store: Store, name: str = "Ana") -> str:
    return str(store.db.execute("SELECT id FROM learners WHERE name = ?", [name]).fetchone()[0])


def add_statements(store: Store, count: int, name: str = "Ana", prefix: str = "item"
                   ) -> list[dict[str, Any]]:
    statements = completions(learner_id(store, name), count, prefix)
    record(store, statements)
    return statements
