"""Statements still growing, kept in place until they are recorded (table ``drafts``).

Some learner actions go on for minutes: an answer to a case-study prompt being written, a
video span being watched. Recording a statement at every save would store the action over and
over (audit M1: a class computer's database grew 2.4 KB a statement, most of it case-study
saves and 10-second video spans). Instead each save replaces the action's draft: the very
statement it would record, one per learner and activity (a prompt, a video). A draft is
recorded when the action ends or has gone on long enough, and one that a power cut or a killed
run left is recorded by the next writer: the app at its next start, or a ``c4s`` command
before it saves, sends or counts progress (:func:`record_left_drafts`, through
:mod:`last_run`). So nothing saved is lost, and the statements record actions, not saves.
Drafts are this computer's only and never sync.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlite_utils

from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.progress.item_events import record_item_events
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import Statement

ITEM_DRAFTS_SQL = ("SELECT activity, json_extract(body, '$.timestamp'), body FROM drafts "
                   "WHERE learner_id = ? AND pack_id = ? AND item_id = ?")
"""A learner's drafts about one item: (activity IRI, timestamp, statement JSON) each."""


def keep(db: sqlite_utils.Database, learner_id: str, pack_id: str, item_id: str,
         statement: Statement) -> None:
    """Make ``statement`` the draft of its activity for the learner (inside a transaction)."""
    db.execute("INSERT OR REPLACE INTO drafts (learner_id, activity, pack_id, item_id, body) "
               "VALUES (?, ?, ?, ?, ?)",
               [learner_id, statement["object"]["id"], pack_id, item_id, json.dumps(statement)])


def discard(db: sqlite_utils.Database, learner_id: str, pack_id: str, item_id: str) -> None:
    """Forget the learner's drafts about one item, unrecorded (inside a transaction): the
    action they kept turned out not to have happened (a video that cannot be played)."""
    db.execute("DELETE FROM drafts WHERE learner_id = ? AND pack_id = ? AND item_id = ?",
               [learner_id, pack_id, item_id])


def record_in_place(store: Store, learner_id: str, manifest: Manifest,
                    statements: Sequence[Statement], language: str | None = None,
                    ) -> dict[str, ItemState]:
    """Record ``statements`` about items of one pack, each replacing the learner's draft about
    its activity, with what they complete (``record_item_events``); one transaction."""
    with store.transaction():
        store.conn.executemany("DELETE FROM drafts WHERE learner_id = ? AND activity = ?",
                               [(learner_id, statement["object"]["id"])
                                for statement in statements])
        return record_item_events(store, learner_id, manifest, statements, language)


def take_item_drafts(store: Store, learner_id: str, pack_id: str, item_id: str,
                     ) -> list[Statement]:
    """The learner's drafts about one item, deleted (record them in the same transaction),
    oldest first."""
    return _take(store, _LEFT_SQL + " WHERE learner_id = ? AND pack_id = ? AND item_id = ?",
                 [learner_id, pack_id, item_id])


def record_left_drafts(store: Store) -> int:
    """Record every draft a power cut or a killed run left, as the statements they are; return
    how many.

    Run by :func:`~c4s_desktop.core.progress.last_run.settle_last_run` (the writer, at
    start), before :func:`~c4s_desktop.core.progress.session_end.end_cut_sessions`, so the
    ``exited`` that ends a cut session comes after the last action in it. Only item states
    are derived here: a lesson or course a draft completes gets its ``completed`` statement
    when the learner's progress is next loaded (``late_completions``).
    """
    with store.transaction():
        statements = _take(store, _LEFT_SQL, [])
        record(store, statements)
    return len(statements)


_LEFT_SQL = "SELECT learner_id, activity, body FROM drafts"


def _take(store: Store, sql: str, params: list[str]) -> list[Statement]:
    rows = store.db.execute(sql, params).fetchall()
    store.conn.executemany("DELETE FROM drafts WHERE learner_id = ? AND activity = ?",
                           [(learner_id, activity) for learner_id, activity, _body in rows])
    statements: list[Statement] = [json.loads(body) for _learner, _activity, body in rows]
    statements.sort(key=lambda statement: str(statement["timestamp"]))
    return statements
