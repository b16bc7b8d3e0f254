"""Recording statements and the item states they change, in one transaction each.

Every write goes through :func:`record`, so a statement and its effect are committed (with
``synchronous=FULL``, so fsynced) together or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.progress import open_items
from c4s_desktop.core.progress.derive import ItemState, apply
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import parse_activity_iri
from c4s_desktop.core.xapi.vocabulary import ACTIVITY_TYPES

CONTAINER_TYPES = {ACTIVITY_TYPES[k] for k in ("course", "module", "lesson")}

if TYPE_CHECKING:
    import sqlite_utils

@dataclass(frozen=True)
class ItemKey:
    """Whose progress on which item."""

    learner_id: str
    pack_id: str
    item_id: str


def _key(statement: dict[str, Any]) -> ItemKey | None:
    """The item a statement is about; None for the course, a module or a lesson."""
    learner = statement["actor"]["account"]["name"]
    pack_id, item_id = parse_activity_iri(statement["object"]["id"])
    if not pack_id or item_id is None:
        return None
    kind = statement["object"].get("definition", {}).get("type")
    if kind in CONTAINER_TYPES:
        return None
    return ItemKey(learner, pack_id, item_id)


def _load(db: sqlite_utils.Database, key: ItemKey) -> ItemState:
    row = db.execute(
        "SELECT started, done, detail FROM item_progress "
        "WHERE learner_id = ? AND pack_id = ? AND item_id = ?",
        [key.learner_id, key.pack_id, key.item_id],
    ).fetchone()
    return ItemState() if row is None else ItemState.from_row(*row)


def _save(db: sqlite_utils.Database, key: ItemKey, state: ItemState) -> None:
    db.execute(
        "INSERT OR REPLACE INTO item_progress "
        "(learner_id, pack_id, item_id, started, done, detail, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [key.learner_id, key.pack_id, key.item_id, int(state.started), int(state.done),
         state.to_json(), utc_now_iso()],
    )


def _insert(db: sqlite_utils.Database, statement: dict[str, Any], origin: str) -> bool:
    """Store a statement once; False when a statement with its id is already held."""
    pack_id, item_id = parse_activity_iri(statement["object"]["id"])
    cursor = db.execute(
        "INSERT OR IGNORE INTO statements (id, learner_id, verb, activity, pack_id, item_id, "
        "timestamp, stored_at, origin, sent_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [statement["id"], statement["actor"]["account"]["name"], statement["verb"]["id"],
         statement["object"]["id"], pack_id, item_id, statement["timestamp"], utc_now_iso(),
         origin, None, json.dumps(statement, ensure_ascii=False, separators=(",", ":"))],
    )
    return cursor.rowcount == 1


def record(store: Store, statements: Iterable[dict[str, Any]], origin: str = "local",
           ) -> dict[ItemKey, ItemState]:
    """Store statements and fold them into item states, all in one transaction.

    A statement already held is skipped (sync may deliver it twice). A local statement also
    keeps its learner's open item (:mod:`open_items`). Returns the new state of every item
    touched.
    """
    touched: dict[ItemKey, ItemState] = {}
    with store.transaction() as db:
        for statement in statements:
            if not _insert(db, statement, origin):
                continue
            key = _key(statement)
            if origin == "local":  # only this computer's sessions can be left open here
                open_items.note(db, statement, key is not None)
            if key is None:
                continue
            state = touched.get(key) or _load(db, key)
            touched[key] = apply(state, statement)
        for key, state in touched.items():
            _save(db, key, state)
    return touched


def item_state(store: Store, learner_id: str, pack_id: str, item_id: str) -> ItemState:
    """The derived state of one item for one learner."""
    return _load(store.db, ItemKey(learner_id, pack_id, item_id))


def item_states(store: Store, learner_id: str, pack_id: str) -> dict[str, ItemState]:
    """Every item state of a learner in one pack, by item id."""
    rows = store.db.execute(
        "SELECT item_id, started, done, detail FROM item_progress "
        "WHERE learner_id = ? AND pack_id = ?", [learner_id, pack_id]).fetchall()
    return {row[0]: ItemState.from_row(row[1], row[2], row[3]) for row in rows}


def rebuild(store: Store) -> int:
    """Recompute every item state from the statements alone; return how many items."""
    states: dict[ItemKey, ItemState] = {}
    rows = store.db.execute("SELECT body FROM statements ORDER BY timestamp, id")
    for (body,) in rows.fetchall():
        statement = json.loads(body)
        key = _key(statement)
        if key is not None:
            states[key] = apply(states.get(key, ItemState()), statement)
    with store.transaction() as db:
        db.execute("DELETE FROM item_progress")
        for key, state in states.items():
            _save(db, key, state)
    return len(states)
