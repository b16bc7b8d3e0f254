"""A learner's progress report, derived from statements alone, and rebuilt to the same result."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from c4s_desktop.core.learners import Learner, create_learner
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.item_events import (
    completed,
    exited,
    launched,
    record_item_events,
)
from c4s_desktop.core.progress.log import rebuild, record
from c4s_desktop.core.progress.report import build_report
from c4s_desktop.core.progress.timeline import ACTIVITY_CAP_S
from c4s_desktop.core.progress.video_events import watched_statement
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import Statement, activity_iri, make_statement
from c4s_desktop.core.xapi.vocabulary import EXT_PROMPTS
from tests.unit.conftest import ref

PACK = "org.example.test"
VIDEO_LENGTH = 12.5
START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def at(statement: Statement, second: float) -> Statement:
    """``statement`` dated ``second`` seconds after 2026-11-20 09:00:00 UTC."""
    moment = START + timedelta(seconds=second)
    statement["timestamp"] = moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return statement


def quiz_end(learner: str, item_id: str, scaled: float, passed: bool, attempt: str) -> Statement:
    return make_statement(learner, "passed" if passed else "failed", activity_iri(PACK, item_id),
                          "quiz", registration=attempt,
                          result={"score": {"scaled": scaled, "raw": scaled * 2, "min": 0,
                                            "max": 2}, "success": passed})


def answer_prompt(learner: str, index: int, text: str) -> Statement:
    return make_statement(learner, "responded", activity_iri(PACK, "case", "prompt", str(index)),
                          "prompt", result={"response": text}, extensions={EXT_PROMPTS: 2})


def learn_everything(store: Store, learner: Learner, manifest: Manifest,
                     skip: Collection[str] = ()) -> None:
    """Record a realistic session: videos in spans, texts read, sheets opened, quizzes
    failed then passed, case-study answers; all through the app's own recording calls."""
    clock = 0.0

    def send(item_id: str, *statements: Statement) -> None:
        nonlocal clock
        for statement in statements:
            clock += 30
            at(statement, clock)
        record_item_events(store, learner.id, manifest, list(statements))

    for _module, lesson, item in manifest.iter_items():
        if item.id in skip:
            continue
        r = ref(manifest, item.id)
        if item.type == "video":
            send(item.id, launched(learner.id, r))
            for start, end in ((0, 5), (4, 9), (9, VIDEO_LENGTH)):
                send(item.id, watched_statement(learner.id, PACK, item.id, start, end,
                                                VIDEO_LENGTH, "en", lesson.id))
        elif item.type == "quiz":
            send(item.id, launched(learner.id, r),
                 quiz_end(learner.id, item.id, 0.25, False, f"{item.id}-a1"))
            send(item.id, quiz_end(learner.id, item.id, 1.0, True, f"{item.id}-a2"))
        else:
            send(item.id, launched(learner.id, r), completed(learner.id, r))
    record(store, [at(answer_prompt(learner.id, 0, "A survey first."), clock + 40),
                   at(answer_prompt(learner.id, 1, "Benchmark two clusters."), clock + 50)])


def finished_at(store: Store, learner_id: str, item_id: str) -> str:
    """When the learner's first statement that finishes ``item_id`` (a ``completed`` or
    ``passed`` one) was made: with the course's last item, the course's completion date."""
    return str(store.db.execute(
        "SELECT min(timestamp) FROM statements WHERE learner_id = ? AND item_id = ? "
        "AND (verb LIKE '%/completed' OR verb LIKE '%/passed')",
        [learner_id, item_id]).fetchone()[0])


def derived_rows(store: Store) -> list[tuple[Any, ...]]:
    return store.db.execute(
        "SELECT learner_id, pack_id, item_id, started, done, detail FROM item_progress "
        "ORDER BY 1, 2, 3").fetchall()


def test_rebuilt_progress_equals_the_incrementally_recorded_one(store: Store,
                                                                manifest: Manifest) -> None:
    ana = create_learner(store, "Ana")
    ben = create_learner(store, "Ben")
    learn_everything(store, ana, manifest)
    learn_everything(store, ben, manifest, skip={"l2-quiz", "l1-sheet"})
    incremental = derived_rows(store)
    reports = [build_report(store, who, [manifest]) for who in (ana, ben)]
    assert len(incremental) == 9 + 7  # Ana: 8 items and the case study; Ben: 2 fewer
    store.db.execute("UPDATE item_progress SET done = 0, detail = ?",
                     ['{"attempts":[],"best_score":null,"length":null,"prompt_count":null,'
                      '"prompts":[],"watched":[]}'])
    assert build_report(store, ana, [manifest]) != reports[0]
    assert rebuild(store) == len(incremental)
    assert derived_rows(store) == incremental
    assert [build_report(store, who, [manifest]) for who in (ana, ben)] == reports


def test_completion_scores_next_step_and_completion_date(store: Store,
                                                          manifest: Manifest) -> None:
    ana = create_learner(store, "Ana")
    learn_everything(store, ana, manifest, skip={"l2-quiz"})
    course = build_report(store, ana, [manifest]).courses[0]
    assert course.completion == pytest.approx(7 / 8)
    assert not course.complete and course.completed_at is None
    lessons = course.modules[0].lessons
    assert [(lesson.done, lesson.total) for lesson in lessons] == [(4, 4), (3, 4)]
    assert course.next_step is not None and course.next_step.item_id == "l2-quiz"
    quizzes = {quiz.item_id: quiz for quiz in course.quizzes}
    assert [(a.scaled, a.passed) for a in quizzes["l1-quiz"].attempts] == [(0.25, False),
                                                                           (1.0, True)]
    assert quizzes["l1-quiz"].best == 1.0 and quizzes["l2-quiz"].attempts == ()
    assert course.modules[0].score == 1.0  # the one quiz attempted, at its best

    record_item_events(store, ana.id, manifest, [
        at(quiz_end(ana.id, "l2-quiz", 0.5, True, "late"), 3600)])
    course = build_report(store, ana, [manifest]).courses[0]
    assert course.complete and course.next_step is None
    assert course.modules[0].score == pytest.approx(0.75)
    assert course.completed_at == finished_at(store, ana.id, "l2-quiz")  # the last item done


def test_time_spent_counts_watched_spans_and_capped_activity(store: Store,
                                                             manifest: Manifest) -> None:
    ana = create_learner(store, "Ana")
    text, sheet = ref(manifest, "l1-text"), ref(manifest, "l1-sheet")
    quiz = activity_iri(PACK, "l1-quiz")
    record(store, [
        at(launched(ana.id, text), 0),                  # reading: 200 s until the next action
        at(completed(ana.id, text), 200),               # then away for an hour: capped
        at(launched(ana.id, ref(manifest, "l1-video")), 200 + 3600),  # video time is spans
        at(watched_statement(ana.id, PACK, "l1-video", 0, 10, VIDEO_LENGTH, "en"), 3815),
        at(watched_statement(ana.id, PACK, "l1-video", 5, 10, VIDEO_LENGTH, "en"), 3830),
        at(launched(ana.id, sheet), 3840),              # 60 s until the quiz starts
        at(make_statement(ana.id, "attempted", quiz, "quiz", registration="r"), 3900),
        at(make_statement(ana.id, "suspended", quiz, "quiz", registration="r"), 4000),
        at(make_statement(ana.id, "resumed", quiz, "quiz", registration="r"), 4300),
        at(quiz_end(ana.id, "l1-quiz", 0.5, True, "r"), 4330),  # the last: no known end
    ])  # the quiz: 100 s, then paused (nothing), then 30 s
    report = build_report(store, ana, [manifest])
    assert report.time_spent_s == pytest.approx(200 + ACTIVITY_CAP_S + 10 + 5 + 60 + 100 + 30)
    assert report.statement_count == 10


def test_a_finished_quiz_counts_no_time_until_the_next_session(store: Store,
                                                               manifest: Manifest) -> None:
    ana = create_learner(store, "Ana")
    quiz = activity_iri(PACK, "l1-quiz")
    record(store, [
        at(make_statement(ana.id, "attempted", quiz, "quiz", registration="a"), 0),
        at(quiz_end(ana.id, "l1-quiz", 1.0, True, "a"), 40),        # 40 s on the quiz
        at(make_statement(ana.id, "attempted", quiz, "quiz", registration="b"), 40 + 420),
        at(quiz_end(ana.id, "l1-quiz", 0.5, False, "b"), 40 + 420 + 25),  # 25 s, 7 min later
    ])
    assert build_report(store, ana, [manifest]).time_spent_s == pytest.approx(40 + 25)


def test_statements_of_other_learners_and_removed_packs_do_not_count(
        store: Store, manifest: Manifest) -> None:
    ana, ben = create_learner(store, "Ana"), create_learner(store, "Ben")
    record(store, [
        at(launched(ben.id, ref(manifest, "l1-text")), 0),
        at(completed(ben.id, ref(manifest, "l1-text")), 100),
        at(make_statement(ana.id, "launched", activity_iri("gone.pack", "x"), "document"), 0),
        at(make_statement(ana.id, "completed", activity_iri("gone.pack", "x"), "document"), 50),
    ])
    report = build_report(store, ana, [manifest])
    assert report.time_spent_s == 0 and report.courses[0].completion == 0
    assert report.courses[0].next_step is not None
    assert report.courses[0].next_step.item_id == "l1-video"


def test_time_stops_where_the_session_left_the_item(store: Store, manifest: Manifest) -> None:
    ana = create_learner(store, "Ana")
    text, sheet = ref(manifest, "l1-text"), ref(manifest, "l1-sheet")
    record(store, [
        at(launched(ana.id, text), 0),
        at(exited(ana.id, text), 30),             # the app closed after 30 s of reading
        at(launched(ana.id, sheet), 30 + 3600),   # the next day's session
        at(exited(ana.id, sheet), 30 + 3600 + 45),
    ])
    assert build_report(store, ana, [manifest]).time_spent_s == pytest.approx(30 + 45)
