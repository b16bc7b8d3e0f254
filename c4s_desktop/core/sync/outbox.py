"""The outbox: local statements not yet delivered, and the ones set aside as refused.

A statement is waiting while it was made here or loaded from a progress file (``origin``
``'local'`` or ``'usb'``), ``sent_at`` is NULL and it is not in
``sync_rejects``. Delivery sets ``sent_at``; a refusal only adds a ``sync_rejects`` row with
the server's reason, so the statement itself is never changed or dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.store.database import Store

_WAITING = (
    "FROM statements WHERE sent_at IS NULL AND origin IN ('local', 'usb') "
    "AND id NOT IN (SELECT statement_id FROM sync_rejects)"
)


@dataclass(frozen=True)
class Pending:
    """One waiting statement: its id and its JSON exactly as stored."""

    id: str
    body: bytes
    stored_at: str


@dataclass(frozen=True)
class Reject:
    """A statement the server refused, and why (for an administrator to look at)."""

    statement_id: str
    status: int
    reason: str
    at: str
    learner_id: str
    verb: str
    activity: str


def waiting_count(store: Store) -> int:
    """How many statements wait to be sent."""
    return int(store.conn.execute(f"SELECT count(*) {_WAITING}").fetchone()[0])


def newest_row(store: Store) -> int:
    """Where the statements recorded from now on begin (see :func:`recorded_after`)."""
    return int(store.conn.execute("SELECT coalesce(max(rowid), 0) FROM statements").fetchone()[0])


def recorded_after(store: Store, row: int) -> int:
    """How many statements bound for the outbox were recorded after ``row`` (a
    :func:`newest_row`), sent since or not.

    Cheap however long the outbox is: statements are never deleted (nor the database
    vacuumed), so a new one's rowid is past every older one's, and the search reads only the
    rows recorded since.
    """
    return int(store.conn.execute(
        "SELECT count(*) FROM statements WHERE rowid > ? AND origin IN ('local', 'usb')",
        [row]).fetchone()[0])


def next_batch(store: Store, max_count: int, max_bytes: int,
               after: Pending | None = None) -> list[Pending]:
    """The oldest waiting statements (after ``after``), at most ``max_count`` of them and
    about ``max_bytes``.

    The first statement is always included, whatever its size, so one large statement
    cannot block the outbox (the server then answers 413 and it is set aside).
    """
    where = ""
    params: list[object] = [max_count]
    if after is not None:
        where = "AND (stored_at, id) > (?, ?) "
        params = [after.stored_at, after.id, max_count]
    rows = store.conn.execute(
        f"SELECT id, body, stored_at {_WAITING} {where}ORDER BY stored_at, id LIMIT ?", params
    ).fetchall()
    batch: list[Pending] = []
    size = 2
    for statement_id, body, stored_at in rows:
        data = body.encode("utf-8")
        size += len(data) + 1
        if batch and size > max_bytes:
            break
        batch.append(Pending(statement_id, data, stored_at))
    return batch


def mark_sent(store: Store, ids: list[str]) -> None:
    """Note that the server holds these statements."""
    now = utc_now_iso()
    with store.transaction() as db:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            db.execute(f"UPDATE statements SET sent_at = ? WHERE id IN ({marks})", [now, *chunk])


def set_aside(store: Store, statement_id: str, status: int, reason: str) -> None:
    """Keep a refused statement out of the outbox, with the server's reason."""
    with store.transaction() as db:
        db.execute(
            "INSERT OR REPLACE INTO sync_rejects (statement_id, status, reason, at) "
            "VALUES (?, ?, ?, ?)", [statement_id, status, reason, utc_now_iso()])


def list_rejects(store: Store) -> list[Reject]:
    """Every statement set aside, oldest refusal first."""
    rows = store.conn.execute(
        "SELECT r.statement_id, r.status, r.reason, r.at, s.learner_id, s.verb, s.activity "
        "FROM sync_rejects r JOIN statements s ON s.id = r.statement_id ORDER BY r.at, r.rowid"
    ).fetchall()
    return [Reject(*row) for row in rows]


def retry_rejects(store: Store) -> int:
    """Put every statement set aside back in the outbox (after the server was fixed)."""
    with store.transaction() as db:
        return int(db.execute("DELETE FROM sync_rejects").rowcount)
