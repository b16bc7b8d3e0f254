"""Small named facts about a data folder (flags, settings), kept in the ``meta`` table."""

from __future__ import annotations

from c4s_desktop.core.store.database import Store


def get_meta(store: Store, key: str) -> str | None:
    """The value stored under ``key``, or None."""
    row = store.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def set_meta(store: Store, key: str, value: str) -> None:
    """Store ``value`` under ``key`` (replacing what was there), in its own transaction."""
    with store.transaction() as db:
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])
