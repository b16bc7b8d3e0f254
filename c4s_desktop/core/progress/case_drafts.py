"""Case-study answers still being written: kept in place, recorded as statements when done.

Every save of an answer used to be a ``responded`` statement holding the whole text, a save
every few seconds of typing: a long answer was stored dozens of times over, 42 % of a class
computer's database after a year (audit M1). Now a save while the learner is still writing
replaces the prompt's draft in ``case_drafts``: the ``responded`` statement it would record,
made ready. The drafts become statements when the learner leaves the case study, another
learner signs in or the app closes, after :data:`RECORD_EVERY_S` of writing, and at the next
start after a power cut (:func:`record_left_drafts`). A prompt's first answer is recorded at
once, as it may be the one that finishes the case study.

So what is typed is stored within seconds, as before, and the statements record answers, not
keystrokes. Drafts are this computer's only and never sync; the answers shown are the newest
of statements and drafts (``case_study.latest_answers``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.progress.item_events import record_item_events
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import Statement

RECORD_EVERY_S = 300.0
"""The longest a draft stays unrecorded while the learner keeps writing. Under the 10-minute
cap on the time one statement counts (``timeline.ACTIVITY_CAP_S``), so time spent writing
counts in full."""

DRAFTS_SQL = ("SELECT activity, json_extract(body, '$.timestamp'), body FROM case_drafts "
              "WHERE learner_id = ? AND pack_id = ? AND item_id = ?")
"""A learner's drafts about one case study: (prompt activity IRI, timestamp, statement JSON)."""


def save_answers(store: Store, learner_id: str, manifest: Manifest, item_id: str,
                 answers: Sequence[Statement], drafts: Sequence[Statement], *,
                 finish: bool = False, language: str | None = None,
                 ) -> dict[str, ItemState] | None:
    """Keep ``drafts`` in place of the prompts' earlier drafts and record ``answers`` (each
    replacing its prompt's draft), with what they complete; with ``finish``, record the case
    study's remaining drafts too. One transaction.

    Returns the learner's new item states in the pack when statements were recorded, None
    when only drafts were kept.
    """
    with store.transaction() as db:
        for draft in drafts:
            db.execute(
                "INSERT OR REPLACE INTO case_drafts (learner_id, activity, pack_id, item_id, "
                "body) VALUES (?, ?, ?, ?, ?)",
                [learner_id, draft["object"]["id"], manifest.id, item_id, json.dumps(draft)])
        statements = list(answers)
        for answer in answers:
            db.execute("DELETE FROM case_drafts WHERE learner_id = ? AND activity = ?",
                       [learner_id, answer["object"]["id"]])
        if finish:
            statements += _take(store, _ITEM_SQL, [learner_id, manifest.id, item_id])
        if not statements:
            return None
        return record_item_events(store, learner_id, manifest, statements, language)


def record_left_drafts(store: Store) -> int:
    """Record every draft a power cut or a killed run left, as the statements they are; return
    how many.

    Run at start, before :func:`~c4s_desktop.core.progress.session_end.end_cut_sessions`, so
    the ``exited`` that ends a cut session comes after the last answer typed in it. No lesson
    or course is completed here: a prompt's first answer, the only save that can finish a case
    study, was recorded when it was typed.
    """
    with store.transaction():
        drafts = _take(store, _LEFT_SQL, [])
        record(store, drafts)
    return len(drafts)


_LEFT_SQL = "SELECT learner_id, activity, body FROM case_drafts"
_ITEM_SQL = _LEFT_SQL + " WHERE learner_id = ? AND pack_id = ? AND item_id = ?"


def _take(store: Store, sql: str, params: list[str]) -> list[Statement]:
    """The drafts ``sql`` selects, deleted, oldest first."""
    rows = store.db.execute(sql, params).fetchall()
    store.conn.executemany("DELETE FROM case_drafts WHERE learner_id = ? AND activity = ?",
                         [(learner_id, activity) for learner_id, activity, _body in rows])
    drafts: list[Statement] = [json.loads(body) for _learner, _activity, body in rows]
    drafts.sort(key=lambda statement: str(statement["timestamp"]))
    return drafts
