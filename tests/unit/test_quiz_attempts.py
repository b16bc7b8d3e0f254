"""Quiz attempts: started, answered, left and resumed, finished; all read back from statements."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.log import item_states, rebuild
from c4s_desktop.core.quiz.attempt_record import ABANDONED, FINISHED, IN_PROGRESS, fold
from c4s_desktop.core.quiz.attempts import (
    QuizTaker,
    answer_question,
    finish_attempt,
    resume_attempt,
    start_attempt,
    suspend_attempt,
)
from c4s_desktop.core.quiz.quiz_statements import decode_response, encode_response, iso_duration
from c4s_desktop.core.quiz.schema import parse_quiz
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri
from c4s_desktop.core.xapi.validate import check_statement
from c4s_desktop.core.xapi.vocabulary import ACTIVITY_TYPES, EXT_ATTEMPT, VERBS
from tests import packkit
from tests.unit.conftest import ref

PACK = "org.example.test"
ALL_TYPES: dict[str, Any] = {
    "shuffle": True,
    "questions": [
        {"id": "s", "type": "single", "prompt": {"en": "S"}, "answer": "b",
         "choices": [{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}]},
        {"id": "m", "type": "multiple", "prompt": {"en": "M"}, "answer": ["a", "c"],
         "choices": [{"id": k, "text": {"en": k}} for k in "abc"]},
        {"id": "t", "type": "true_false", "prompt": {"en": "T"}, "answer": False},
        {"id": "n", "type": "numeric", "prompt": {"en": "N"}, "answer": 2.5},
        {"id": "x", "type": "text", "prompt": {"en": "X"}, "answers": ["Zoë [,] b"]},
        {"id": "p", "type": "matching", "prompt": {"en": "P"},
         "pairs": [{"left": {"en": f"L{i}"}, "right": {"en": f"R{i}"}} for i in range(3)]},
        {"id": "o", "type": "ordering", "prompt": {"en": "O"},
         "items": [{"en": f"I{i}"} for i in range(4)]},
    ],
}


def taker(store: Store, manifest: Manifest, **item_changes: Any) -> QuizTaker:
    learner = create_learner(store, "Ana").id
    item_ref = ref(manifest, "l1-quiz")
    item_ref = replace(item_ref, item=replace(item_ref.item, **item_changes))
    quiz = parse_quiz(json.dumps(packkit.QUIZ).encode(), "l1/quiz.json")
    return QuizTaker(learner, item_ref, quiz, "en")


def bodies(store: Store, verb: str) -> list[dict[str, Any]]:
    rows = store.db.execute("SELECT body FROM statements WHERE verb = ? ORDER BY timestamp",
                            [VERBS[verb]]).fetchall()
    return [json.loads(body) for (body,) in rows]


def test_responses_round_trip_through_the_xapi_format() -> None:
    quiz = parse_quiz(json.dumps(ALL_TYPES).encode(), "quiz.json")
    responses: dict[str, object] = {"s": "b", "m": ["c", "a"], "t": False, "n": 2.5,
                                    "x": "Zoë [,] b", "p": [2, 0, 1], "o": [3, 1, 0, 2]}
    encoded = {q.id: encode_response(q, responses[q.id]) for q in quiz.questions}
    assert encoded["m"] == "c[,]a" and encoded["p"] == "0[.]2[,]1[.]0[,]2[.]1"
    assert encoded["o"] == "3[,]1[,]0[,]2" and encoded["t"] == "false"
    for question in quiz.questions:
        assert decode_response(question, encoded[question.id]) == responses[question.id]
    numeric = next(q for q in quiz.questions if q.id == "n")
    assert decode_response(numeric, "NaN") is None


def test_an_attempt_records_xapi_statements_and_passes(store: Store, manifest: Manifest) -> None:
    t = taker(store, manifest)
    record, states = start_attempt(store, t)
    assert states["l1-quiz"].started and not states["l1-quiz"].done
    attempt = record.current
    assert attempt is not None and attempt.number == 1 and attempt.status == IN_PROGRESS
    score = answer_question(store, t, attempt.registration, 1, "q1", "b")
    assert score.correct and score.score == 1.0
    assert not answer_question(store, t, attempt.registration, 1, "q2", False).correct
    finished = finish_attempt(store, t, attempt.registration)
    assert finished.attempt.status == FINISHED and finished.attempt.passed
    assert finished.attempt.scaled == 0.5 and finished.attempt.answers == {"q1": "b", "q2": False}
    assert finished.states["l1-quiz"].done

    answered = bodies(store, "answered")
    assert [s["object"]["id"] for s in answered] == [
        activity_iri(PACK, "l1-quiz", "q1"), activity_iri(PACK, "l1-quiz", "q2")]
    first = answered[0]
    assert first["object"]["definition"]["type"] == ACTIVITY_TYPES["question"]
    assert first["object"]["definition"]["interactionType"] == "choice"
    assert first["result"] == {"response": "b", "success": True,
                               "score": {"raw": 1.0, "min": 0, "max": 1.0}}
    assert first["context"]["registration"] == attempt.registration
    assert first["context"]["extensions"][EXT_ATTEMPT] == 1
    assert first["timestamp"].endswith("Z") and len(first["timestamp"]) == 24
    (passed,) = bodies(store, "passed")
    assert passed["result"]["score"] == {"scaled": 0.5, "raw": 1.0, "min": 0, "max": 2.0}
    assert passed["result"]["success"] is True and passed["result"]["duration"].startswith("PT")
    assert passed["object"]["definition"]["type"] == ACTIVITY_TYPES["quiz"]
    completed = {s["object"]["id"] for s in bodies(store, "completed")}
    assert activity_iri(PACK, "l1-quiz") in completed
    for statement in (first, passed):
        assert statement["actor"]["account"]["name"] == t.learner_id
    assert rebuild(store) > 0
    assert item_states(store, t.learner_id, PACK)["l1-quiz"].best_score == 0.5


def test_a_failed_attempt_is_not_completed_and_answers_are_checked(
        store: Store, manifest: Manifest) -> None:
    t = taker(store, manifest)
    record, _states = start_attempt(store, t)
    attempt = record.current
    assert attempt is not None
    registration = attempt.registration
    answer_question(store, t, registration, 1, "q1", "a")
    with pytest.raises(InputError) as twice:
        answer_question(store, t, registration, 1, "q1", "b")
    assert twice.value.code == "quiz.already_answered"
    with pytest.raises(InputError) as shape:
        answer_question(store, t, registration, 1, "q2", "yes")
    assert shape.value.code == "quiz.bad_response"
    finished = finish_attempt(store, t, registration)
    assert finished.attempt.passed is False and finished.attempt.scaled == 0.0
    assert not finished.states["l1-quiz"].done
    assert bodies(store, "failed") and not bodies(store, "completed")
    with pytest.raises(InputError) as closed:
        answer_question(store, t, registration, 1, "q2", True)
    assert closed.value.code == "quiz.attempt_closed"
    assert len(bodies(store, "answered")) == 1


def test_leaving_and_resuming_keeps_answers_and_the_same_order(
        store: Store, manifest: Manifest) -> None:
    t = taker(store, manifest)
    record, _states = start_attempt(store, t)
    attempt = record.current
    assert attempt is not None
    shown = t.presentation(attempt)
    answer_question(store, t, attempt.registration, 1, "q2", True)
    suspend_attempt(store, t, attempt.registration)
    again = t.record_of(store).current
    assert again is not None and again.registration == attempt.registration
    assert again.answers == {"q2": True} and again.correct == {"q2": True}
    assert again.open_since is None
    resumed = resume_attempt(store, t, attempt.registration).current
    assert resumed is not None and resumed.open_since is not None
    assert t.presentation(resumed) == shown
    assert [s["context"]["registration"] for s in bodies(store, "suspended")] == [
        attempt.registration]


def test_leaving_and_coming_back_quickly_keeps_the_order_of_the_two(
        store: Store, manifest: Manifest) -> None:
    # Both statements often fall in the same millisecond here; their order must still hold.
    t = taker(store, manifest)
    attempt = start_attempt(store, t)[0].current
    assert attempt is not None
    for _ in range(40):
        suspend_attempt(store, t, attempt.registration)
        left = t.record_of(store).current
        assert left is not None and left.open_since is None
        back = resume_attempt(store, t, attempt.registration).current
        assert back is not None and back.open_since is not None
    stamps = [s["timestamp"] for s in bodies(store, "suspended") + bodies(store, "resumed")]
    assert len(set(stamps)) == 80


def test_max_attempts_count_abandoned_ones(store: Store, manifest: Manifest) -> None:
    t = taker(store, manifest, max_attempts=2)
    first, _ = start_attempt(store, t)
    second, _ = start_attempt(store, t)
    assert [a.status for a in second.attempts] == [ABANDONED, IN_PROGRESS]
    assert [a.number for a in second.attempts] == [1, 2] and second.used == 2
    with pytest.raises(InputError) as refused:
        start_attempt(store, t)
    assert refused.value.code == "quiz.no_attempts_left"
    assert "2 attempts" in refused.value.message
    current = second.current
    assert current is not None and current.registration != (first.current or current).registration
    finish_attempt(store, t, current.registration)
    record = t.record_of(store)
    assert [a.status for a in record.attempts] == [ABANDONED, FINISHED]
    assert not record.can_start(2) and record.can_start(None)


def test_fold_ignores_foreign_statements_and_counts_active_time() -> None:
    quiz = parse_quiz(json.dumps(packkit.QUIZ).encode(), "quiz.json")

    def statement(verb: str, at: str, **extra: Any) -> dict[str, Any]:
        return {"verb": {"id": VERBS[verb]}, "timestamp": at,
                "object": {"id": activity_iri(PACK, "l1-quiz", "q1")},
                "context": {"registration": "r1", "extensions": {EXT_ATTEMPT: 4}}, **extra}

    statements = [
        {"verb": {"id": VERBS["launched"]}, "timestamp": "2026-01-01T10:00:00.000Z",
         "object": {"id": activity_iri(PACK, "l1-quiz")}, "context": {}},
        statement("attempted", "2026-01-01T10:00:00.000Z"),
        statement("answered", "2026-01-01T10:00:30.000Z",
                  result={"response": "a", "success": False}),
        statement("resumed", "2026-01-01T11:00:00.000Z"),  # killed before: counts to 10:00:30
        statement("suspended", "2026-01-01T11:00:10.000Z"),
    ]
    record = fold(statements, quiz)
    (attempt,) = record.attempts
    assert attempt.number == 4 and attempt.answers == {"q1": "a"}
    assert attempt.active_s == pytest.approx(40.0) and attempt.open_since is None
    assert iso_duration(3725.5) == "PT1H2M5.5S" and iso_duration(0) == "PT0S"


def test_every_quiz_statement_is_valid_xapi(store: Store, manifest: Manifest) -> None:
    t = taker(store, manifest)
    record, _states = start_attempt(store, t)
    attempt = record.current
    assert attempt is not None
    answer_question(store, t, attempt.registration, 1, "q1", "b")
    suspend_attempt(store, t, attempt.registration)
    resume_attempt(store, t, attempt.registration)
    answer_question(store, t, attempt.registration, 1, "q2", True)
    finish_attempt(store, t, attempt.registration)
    rows = store.db.execute("SELECT body FROM statements").fetchall()
    assert len(rows) >= 7
    for (body,) in rows:
        check_statement(json.loads(body))
