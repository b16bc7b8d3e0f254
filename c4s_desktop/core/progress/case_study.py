"""Answers to a case study's reflection prompts: the statement for one, and the latest of each.

An answer is a ``responded`` statement about the prompt (docs/xapi.md), so the answers travel
with the learner's record and nothing recorded is ever overwritten; while the learner is still
writing it is a draft, kept in place (``case_drafts.py``). What the learner sees again is the
latest answer to each prompt, read back from the statements and drafts, and matched to the
prompts as now installed by their text (``prompts.py``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from c4s_desktop.core.packs.manifest import Item
from c4s_desktop.core.progress.drafts import ITEM_DRAFTS_SQL
from c4s_desktop.core.progress.item_events import ItemRef
from c4s_desktop.core.progress.newest import LOCAL, newest
from c4s_desktop.core.progress.prompts import match_prompt
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import Statement, activity_iri, make_statement
from c4s_desktop.core.xapi.vocabulary import EXT_PACK_VERSION, EXT_PROMPTS, VERBS

PROMPT = "prompt"
DRAFT_ROWID = 2**63 - 1
"""Where a draft (``drafts``) stands among this computer's statements: after them all."""


def prompt_iri(pack_id: str, item_id: str, index: int) -> str:
    """The activity IRI of a case study's prompt ``index`` (from 0)."""
    return activity_iri(pack_id, item_id, PROMPT, str(index))


def answer_statement(learner_id: str, ref: ItemRef, index: int, text: str,
                     language: str | None = None) -> Statement:
    """A ``responded`` statement: the learner's answer ``text`` to prompt ``index`` (from 0).

    The object names the prompt's texts, so the answer stays with its prompt when an update
    rewords, drops or moves prompts; the context names the prompt count, and the case study,
    its lesson and the course as parent activities.
    """
    pack_id, item = ref.manifest.id, ref.item
    prompt = item.questions[index] if index < len(item.questions) else None
    return make_statement(
        learner_id, "responded", prompt_iri(pack_id, item.id, index), PROMPT,
        name=prompt,
        result={"response": text},
        parents=(activity_iri(pack_id, item.id), activity_iri(pack_id, ref.lesson.id),
                 activity_iri(pack_id)),
        extensions={EXT_PROMPTS: len(item.questions), EXT_PACK_VERSION: ref.manifest.version},
        language=language,
    )


@dataclass(frozen=True)
class CaseAnswers:
    """A learner's latest answers to a case study's prompts as now installed.

    ``current`` holds the answers to each current prompt, by its index (from 0); ``earlier``
    the answers given to an earlier wording of a prompt that has none now, by its index (a
    course update reworded the prompt in that place, keeping the number of prompts): shown
    apart, never in the answer box. An answer to a prompt the update dropped is in neither;
    its statement stays.
    """

    current: dict[int, str] = field(default_factory=dict)
    earlier: dict[int, str] = field(default_factory=dict)


def latest_answers(store: Store, learner_id: str, pack_id: str, item: Item) -> CaseAnswers:
    """The latest answer to each of ``item``'s prompts, matched by the prompt's text
    (:func:`~c4s_desktop.core.progress.prompts.match_prompt`), not by its place alone.

    "Latest" as :func:`~c4s_desktop.core.progress.newest.newest` says: this computer's answers
    in the order they were saved, whatever its clock said, a draft not yet recorded
    (:mod:`~c4s_desktop.core.progress.case_drafts`) last, and an answer synced from another
    device when its timestamp is later.
    """
    rows = store.db.execute(
        "SELECT rowid, origin, timestamp, activity, body FROM statements "
        "WHERE learner_id = ? AND pack_id = ? AND item_id = ? AND verb = ?",
        [learner_id, pack_id, item.id, VERBS["responded"]],
    ).fetchall()
    # A draft is newer than every statement of its prompt: recording it deletes it.
    rows += [(DRAFT_ROWID, LOCAL, timestamp, activity, body) for activity, timestamp, body
             in store.db.execute(ITEM_DRAFTS_SQL, [learner_id, pack_id, item.id]).fetchall()]
    prefix = prompt_iri(pack_id, item.id, 0)[:-1]
    matched: dict[int, list[tuple[int, str, str, str]]] = defaultdict(list)
    unmatched: dict[int, list[tuple[int, str, str, str]]] = defaultdict(list)
    for rowid, origin, timestamp, activity, body in rows:
        tail = str(activity)[len(prefix):] if str(activity).startswith(prefix) else ""
        if not tail.isdigit():
            continue
        statement = json.loads(body)
        name = (statement.get("object", {}).get("definition") or {}).get("name")
        count = ((statement.get("context") or {}).get("extensions") or {}).get(EXT_PROMPTS)
        index = match_prompt(name, int(tail), count, item.questions)
        save = (rowid, origin, timestamp, body)
        if index is not None:
            matched[index].append(save)
        elif count == len(item.questions):
            # Same number of prompts: the one in its place was reworded. With prompts added
            # or dropped, the place says nothing about which prompt it became.
            unmatched[int(tail)].append(save)
    current = _newest_responses(matched)
    earlier = {index: text for index, text in _newest_responses(unmatched).items()
               if index < len(item.questions) and index not in current and text.strip()}
    return CaseAnswers(current, earlier)


def _newest_responses(saves: dict[int, list[tuple[int, str, str, str]]]) -> dict[int, str]:
    """The response of the newest save of each prompt, by index."""
    answers: dict[int, str] = {}
    for index, rows in saves.items():
        body = newest(rows)
        response = (json.loads(body).get("result") or {}).get("response") if body else None
        if isinstance(response, str):
            answers[index] = response
    return answers
