"""The progress event log: statements in, derived item states out, rebuildable, order-free."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from c4s_desktop.core.packs.manifest import Item
from c4s_desktop.core.progress.intervals import covered, format_segments, merge
from c4s_desktop.core.progress.log import item_state, item_states, rebuild, record
from c4s_desktop.core.progress.summary import item_done
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri, make_statement
from c4s_desktop.core.xapi.vocabulary import EXT_LENGTH, EXT_PROMPTS, EXT_SEGMENT

PACK = "org.example.test"
LEARNER = "0b0e4f3e-5d8f-4a43-9b36-1d1f5f0e2a11"


def watched(start: float, end: float, length: float = 100.0) -> dict:  # type: ignore[type-arg]
    return make_statement(
        LEARNER, "experienced", activity_iri(PACK, "video1"), "video",
        result={"extensions": {EXT_SEGMENT: format_segments([(start, end)])}},
        extensions={EXT_LENGTH: length},
    )


def test_intervals_merge_and_clip() -> None:
    assert merge([(5, 10), (0, 2), (9, 12), (2, 3)]) == [(0, 3), (5, 12)]
    assert covered([(0, 50), (40, 120)], length=100) == 100


def test_skipping_ahead_does_not_count_as_watching(store: Store) -> None:
    record(store, [watched(0, 30), watched(80, 100)])
    state = item_state(store, LEARNER, PACK, "video1")
    assert state.started and not state.done
    assert state.watched_seconds == 50
    record(store, [watched(25, 75)])
    state = item_state(store, LEARNER, PACK, "video1")
    assert state.watched_seconds == 95 and state.done


def test_video_is_done_only_from_90_percent(store: Store) -> None:
    record(store, [watched(0, 89.9)])
    assert not item_state(store, LEARNER, PACK, "video1").done
    record(store, [watched(89.9, 90.0)])
    assert item_state(store, LEARNER, PACK, "video1").done


def test_same_statement_twice_is_harmless(store: Store) -> None:
    s = watched(0, 40)
    record(store, [s])
    record(store, [s], origin="pulled")
    assert store.db.execute("SELECT count(*) FROM statements").fetchone()[0] == 1
    assert item_state(store, LEARNER, PACK, "video1").watched_seconds == 40


def test_case_study_done_when_every_prompt_answered(store: Store) -> None:
    item = activity_iri(PACK, "case1")

    def answer(k: int, text: str) -> dict:  # type: ignore[type-arg]
        return make_statement(LEARNER, "responded", f"{item}/prompt/{k}", "prompt",
                              result={"response": text}, extensions={EXT_PROMPTS: 2})

    # Done is judged against the installed item's prompts (summary.item_done).
    case = Item("case1", "case_study", {"en": "Case"}, questions=[{"en": "Q1"}, {"en": "Q2"}])
    record(store, [answer(0, "We would start with a survey."), answer(1, "   ")])
    assert not item_done(case, item_state(store, LEARNER, PACK, "case1"))
    record(store, [answer(1, "Benchmark against two clusters.")])
    assert item_done(case, item_state(store, LEARNER, PACK, "case1"))


def test_quiz_keeps_best_score_and_is_done_when_passed(store: Store) -> None:
    quiz = activity_iri(PACK, "quiz1")
    failed = make_statement(LEARNER, "failed", quiz, "quiz", registration="a1",
                            result={"score": {"scaled": 0.4}, "success": False})
    passed = make_statement(LEARNER, "passed", quiz, "quiz", registration="a2",
                            result={"score": {"scaled": 0.8}, "success": True})
    record(store, [failed])
    assert not item_state(store, LEARNER, PACK, "quiz1").done
    record(store, [passed, make_statement(LEARNER, "failed", quiz, "quiz", registration="a3",
                                          result={"score": {"scaled": 0.1}})])
    state = item_state(store, LEARNER, PACK, "quiz1")
    assert state.done and state.best_score == 0.8 and len(state.attempts) == 3


def test_completed_marks_documents_and_factsheets_done(store: Store) -> None:
    record(store, [make_statement(LEARNER, "launched", activity_iri(PACK, "doc1"), "document"),
                   make_statement(LEARNER, "completed", activity_iri(PACK, "sheet1"),
                                  "factsheet")])
    states = item_states(store, LEARNER, PACK)
    assert states["doc1"].started and not states["doc1"].done
    assert states["sheet1"].done


def test_rebuild_from_statements_alone_gives_the_same_states(store: Store) -> None:
    rng = random.Random(7)
    batch = [watched(a, a + rng.uniform(1, 20)) for a in (rng.uniform(0, 90) for _ in range(30))]
    for s in batch:
        record(store, [s])
    before = store.db.execute("SELECT learner_id, pack_id, item_id, started, done, detail "
                              "FROM item_progress ORDER BY 1, 2, 3").fetchall()
    assert rebuild(store) == 1
    after = store.db.execute("SELECT learner_id, pack_id, item_id, started, done, detail "
                             "FROM item_progress ORDER BY 1, 2, 3").fetchall()
    assert before == after


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 100), st.floats(0, 100)), min_size=1, max_size=12),
       st.randoms())
def test_order_of_arrival_does_not_matter(spans: list[tuple[float, float]],
                                          rng: random.Random) -> None:
    from c4s_desktop.core.progress.derive import ItemState, apply

    statements = [watched(a, b) for a, b in spans]
    forward = ItemState()
    for s in statements:
        forward = apply(forward, s)
    shuffled = statements[:]
    rng.shuffle(shuffled)
    backward = ItemState()
    for s in shuffled:
        backward = apply(backward, s)
    assert forward.done == backward.done
    assert abs(forward.watched_seconds - backward.watched_seconds) < 1e-6


def test_lesson_and_module_completions_are_not_item_states(store: Store) -> None:
    record(store, [
        make_statement(LEARNER, "completed", activity_iri(PACK, "lesson1"), "lesson"),
        make_statement(LEARNER, "completed", activity_iri(PACK, "module1"), "module"),
        make_statement(LEARNER, "completed", activity_iri(PACK, "sheet1"), "factsheet"),
    ])
    assert set(item_states(store, LEARNER, PACK)) == {"sheet1"}
    assert store.db.execute("SELECT count(*) FROM statements").fetchone()[0] == 3
