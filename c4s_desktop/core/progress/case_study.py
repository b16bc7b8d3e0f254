"""Answers to a case study's reflection prompts: the statement for one, and the latest of each.

Every save of an answer is a ``responded`` statement about the prompt (docs/xapi.md), so the
answers travel with the learner's record and nothing typed is ever overwritten: what the
learner sees again is the latest answer to each prompt, read back from the statements.
"""

from __future__ import annotations

import json
from collections import defaultdict

from c4s_desktop.core.progress.item_events import ItemRef
from c4s_desktop.core.progress.newest import newest
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import Statement, activity_iri, make_statement
from c4s_desktop.core.xapi.vocabulary import EXT_PACK_VERSION, EXT_PROMPTS, VERBS

PROMPT = "prompt"


def prompt_iri(pack_id: str, item_id: str, index: int) -> str:
    """The activity IRI of a case study's prompt ``index`` (from 0)."""
    return activity_iri(pack_id, item_id, PROMPT, str(index))


def answer_statement(learner_id: str, ref: ItemRef, index: int, text: str,
                     language: str | None = None) -> Statement:
    """A ``responded`` statement: the learner's answer ``text`` to prompt ``index`` (from 0).

    The context names the prompt count, so the item is done once every prompt has an answer,
    and the case study, its lesson and the course as parent activities.
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


def latest_answers(store: Store, learner_id: str, pack_id: str, item_id: str) -> dict[int, str]:
    """The latest answer to each prompt of a case study, by prompt index (from 0).

    "Latest" as :func:`~c4s_desktop.core.progress.newest.newest` says: this computer's answers
    in the order they were saved, whatever its clock said, and an answer synced from another
    device when its timestamp is later.
    """
    rows = store.db.execute(
        "SELECT rowid, origin, timestamp, activity, body FROM statements "
        "WHERE learner_id = ? AND pack_id = ? AND item_id = ? AND verb = ?",
        [learner_id, pack_id, item_id, VERBS["responded"]],
    ).fetchall()
    prefix = prompt_iri(pack_id, item_id, 0)[:-1]
    by_prompt: dict[int, list[tuple[int, str, str, str]]] = defaultdict(list)
    for rowid, origin, timestamp, activity, body in rows:
        tail = str(activity)[len(prefix):] if str(activity).startswith(prefix) else ""
        if tail.isdigit():
            by_prompt[int(tail)].append((rowid, origin, timestamp, body))
    answers: dict[int, str] = {}
    for index, saves in by_prompt.items():
        body = newest(saves)
        response = (json.loads(body).get("result") or {}).get("response") if body else None
        if isinstance(response, str):
            answers[index] = response
    return answers
