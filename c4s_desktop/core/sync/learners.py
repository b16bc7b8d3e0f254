"""Which learners this device syncs, and registering them with the server.

On the project's server a device may write and read only the learners registered through
it; registering a learner another device already registered links them here too, which is
how a learner who moved to another laptop gets their record back. A generic LRS has no
registration, so every local learner is pulled as is.
"""

from __future__ import annotations

import sqlite3
import uuid
from functools import partial

import requests

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import Learner, find_learner, learner_named
from c4s_desktop.core.learners.names import clean_name
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.access import StoreCall
from c4s_desktop.core.sync.resilient import send
from c4s_desktop.core.sync.retry import CancelToken, RetryPolicy
from c4s_desktop.core.sync.transport import Transport, check_status, json_body

REGISTER_BATCH = 200


def unregistered(store: Store) -> list[tuple[str, str]]:
    """(id, name) of the local learners not registered with the server yet."""
    rows = store.db.execute(
        "SELECT l.id, l.name FROM learners l LEFT JOIN sync_learners s ON s.learner_id = l.id "
        "WHERE s.registered_at IS NULL ORDER BY l.created_at, l.id").fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]


def register(db: StoreCall, transport: Transport, path: str, policy: RetryPolicy,
             cancel: CancelToken) -> int:
    """Register every unregistered learner at ``path``; return how many."""
    pending = db(unregistered)
    url = transport.server_url(path)
    for start in range(0, len(pending), REGISTER_BATCH):
        chunk = pending[start:start + REGISTER_BATCH]
        payload = {"learners": [{"id": i, "name": n} for i, n in chunk]}

        def attempt(body: object = payload) -> requests.Response:
            return transport.json_request("POST", url, body)

        ids = [learner_id for learner_id, _name in chunk]
        response = send(transport, policy, cancel, attempt,
                        accept=partial(_registered_reply, ids=ids))
        check_status(response, transport.creds.server)
        db(partial(mark_registered, learner_ids=ids))
    return len(pending)


def _registered_reply(response: requests.Response, ids: list[str]) -> bool:
    """The server's 200 names the learners it registered; any other 200 (a captive portal's
    page, a reply cut short) is asked again: marking them registered on it would have the
    server refuse their statements from then on."""
    body = json_body(response)
    registered = body.get("registered") if isinstance(body, dict) else None
    return (isinstance(registered, list)
            and {i.lower() for i in ids} <= {str(i).lower() for i in registered})


def mark_registered(store: Store, learner_ids: list[str]) -> None:
    """Note that the server knows these learners through this device."""
    now = utc_now_iso()
    with store.transaction() as db:
        for learner_id in learner_ids:
            db.execute(
                "INSERT INTO sync_learners (learner_id, registered_at) VALUES (?, ?) "
                "ON CONFLICT(learner_id) DO UPDATE SET registered_at = excluded.registered_at",
                [learner_id, now])


def pull_cursors(store: Store) -> list[tuple[str, str | None]]:
    """(learner id, last ``stored`` seen or None) for every local learner."""
    rows = store.db.execute(
        "SELECT l.id, s.pull_cursor FROM learners l "
        "LEFT JOIN sync_learners s ON s.learner_id = l.id ORDER BY l.created_at, l.id").fetchall()
    return [(str(r[0]), None if r[1] is None else str(r[1])) for r in rows]


def save_cursor(store: Store, learner_id: str, cursor: str) -> None:
    """Remember the newest ``stored`` pulled for a learner."""
    with store.transaction() as db:
        db.execute(
            "INSERT INTO sync_learners (learner_id, pull_cursor) VALUES (?, ?) "
            "ON CONFLICT(learner_id) DO UPDATE SET pull_cursor = excluded.pull_cursor",
            [learner_id, cursor])


def forget_server(store: Store) -> None:
    """Forget registrations and cursors (the device now syncs with another server)."""
    with store.transaction() as db:
        db.execute("DELETE FROM sync_learners")


def adopt_learner(store: Store, learner_id: str, name: str) -> Learner:
    """Add a learner who comes from another device, under their existing id.

    The next sync registers them here and pulls their record, so their progress comes back.
    """
    try:
        clean_id = str(uuid.UUID(learner_id))
    except ValueError as exc:
        raise InputError("learner.bad_id", learner=learner_id) from exc
    clean = clean_name(name)
    try:
        with store.transaction() as db:
            taken = learner_named(store, clean)
            if taken is not None:
                raise InputError("learner.exists", name=taken.name)
            db.execute("INSERT INTO learners (id, name, pin_hash, created_at, last_seen_at) "
                       "VALUES (?, ?, NULL, ?, NULL)", [clean_id, clean, utc_now_iso()])
    except sqlite3.IntegrityError as exc:
        raise InputError("learner.exists", name=clean) from exc
    return find_learner(store, clean_id)
