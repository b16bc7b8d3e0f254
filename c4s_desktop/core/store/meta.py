"""Small named facts about a data folder (flags, settings), kept in the ``meta`` table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from c4s_desktop.core.store.database import Store

PEEK_TIMEOUT_S = 0.2
"""How long :func:`peek_meta` waits for a database another connection is writing."""


def get_meta(store: Store, key: str) -> str | None:
    """The value stored under ``key``, or None."""
    row = store.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def set_meta(store: Store, key: str, value: str) -> None:
    """Store ``value`` under ``key`` (replacing what was there), in its own transaction."""
    with store.transaction() as db:
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])


def peek_meta(database: Path, key: str) -> str | None:
    """The value under ``key`` read through a connection of its own, read-only, or None when
    it cannot be read at once (no file yet, locked, damaged, an older layout).

    For what must be known while the store is still being opened on another thread (the
    interface language of the window that says why opening takes long): it never writes,
    never waits long, and never raises.
    """
    try:
        conn = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True,
                               timeout=PEEK_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return None if row is None else str(row[0])
