"""A data folder one schema change behind the app, for tests of opening it (real files)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from c4s_desktop.core.store import backups, migrations
from c4s_desktop.core.store.database import Store


def step_behind(root: Path, rows: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fill the store at ``root`` with ``rows`` rows of 2 KB and close it cleanly, then give the
    app one more migration than the store has seen, and copies of 32-page steps."""
    with Store.open(root) as store, store.transaction() as db:
        db.table("pack_history").insert_all(
            {"pack_id": f"p{n}", "version": 1, "action": "install", "at": "x" * 2000}
            for n in range(rows))
    extra = "CREATE TABLE extra (id INTEGER PRIMARY KEY)"
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, extra))
    monkeypatch.setattr(backups, "STEP_PAGES", 32)


def schema_version(root: Path) -> int:
    """The schema version of the database in the data folder ``root``."""
    conn = sqlite3.connect(root / "c4s.sqlite")
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()
