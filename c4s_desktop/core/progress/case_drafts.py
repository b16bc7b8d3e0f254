"""Case-study answers still being written: drafts (``drafts.py``) until the learner is done.

Every save of an answer used to be a ``responded`` statement holding the whole text, a save
every few seconds of typing: a long answer was stored dozens of times over, 42 % of a class
computer's database after a year (audit M1). Now a save while the learner is still writing
replaces the prompt's draft. The drafts become statements when the learner leaves the case
study, another learner signs in or the app closes, after :data:`RECORD_EVERY_S` of writing,
and at the next start after a power cut. A prompt's first answer is recorded at once, as it
may be the one that finishes the case study. The answers shown are the newest of statements
and drafts (``case_study.latest_answers``).
"""

from __future__ import annotations

from collections.abc import Sequence

from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress import drafts as kept
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import Statement

RECORD_EVERY_S = 300.0
"""The longest a draft stays unrecorded while the learner keeps writing. Under the 10-minute
cap on the time one statement counts (``timeline.ACTIVITY_CAP_S``), so time spent writing
counts in full."""


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
            kept.keep(db, learner_id, manifest.id, item_id, draft)
        statements = list(answers)
        if finish:
            replaced = {answer["object"]["id"] for answer in answers}
            statements += [draft for draft in kept.take_item_drafts(store, learner_id,
                                                                    manifest.id, item_id)
                           if draft["object"]["id"] not in replaced]
        if not statements:
            return None
        return kept.record_in_place(store, learner_id, manifest, statements, language)
