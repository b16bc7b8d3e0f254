"""Damaging a real SQLite file the way a failing disk or a bad copy does, for tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def zero_middle_half(database: Path) -> None:
    """Zero the middle half of ``database`` once its WAL is in it (so that the damage is what
    SQLite reads next)."""
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = database.stat().st_size
    with open(database, "r+b") as file:
        file.seek(size // 4)
        file.write(bytes(size // 2))
