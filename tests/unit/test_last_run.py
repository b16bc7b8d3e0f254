"""Settling what a cut run left, as the app's start and ``c4s`` do it: the drafts first, then
the sessions' ends, after them; once."""

from __future__ import annotations

import json

from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.case_drafts import save_answers
from c4s_desktop.core.progress.case_study import answer_statement
from c4s_desktop.core.progress.item_events import launched, record_item_events
from c4s_desktop.core.progress.last_run import Settled, draft_count, left_over, settle_last_run
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import VERBS
from tests.unit.conftest import ref
from tests.unit.test_case_study_answers import manifest  # noqa: F401


def test_a_cut_sessions_end_comes_after_the_draft_it_left(
        store: Store, manifest: Manifest) -> None:  # noqa: F811
    assert not left_over(store) and settle_last_run(store) == Settled(0, 0)
    ana = create_learner(store, "Ana")
    case = ref(manifest, "case")
    opened = launched(ana.id, case)
    opened["timestamp"] = "2025-11-20T09:00:00.000Z"
    record_item_events(store, ana.id, manifest, [opened])
    draft = answer_statement(ana.id, case, 0, "typed before the cut")
    draft["timestamp"] = "2025-11-20T09:05:00.000Z"  # five minutes of writing
    save_answers(store, ana.id, manifest, "case", [], [draft])
    assert left_over(store) and draft_count(store) == 1

    assert settle_last_run(store) == Settled(drafts=1, sessions=1)
    rows = store.db.execute("SELECT verb, body FROM statements ORDER BY timestamp").fetchall()
    assert [verb for verb, _ in rows] == [VERBS["launched"], VERBS["responded"],
                                          VERBS["exited"]]
    assert json.loads(rows[1][1])["id"] == draft["id"]
    # Ended just after the last action, the draft, not after the opening: the five minutes
    # of writing count.
    assert json.loads(rows[2][1])["timestamp"] == "2025-11-20T09:05:00.001Z"
    assert not left_over(store) and settle_last_run(store) == Settled(0, 0)
