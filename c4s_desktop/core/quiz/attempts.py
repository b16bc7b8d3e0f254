"""Taking a quiz: start or resume an attempt, answer its questions, finish it.

Each step records its statements (``quiz_statements.py``) in one transaction with their
effect on the item's state (``progress/log.py``), so once a function returns, the step is on
disk (``synchronous=FULL``). The attempt's state is always read back from the statements
(``attempt_record.py``); the rules checked here are the quiz's ``max_attempts``, that a
finished attempt takes no more answers and that a question is answered once per attempt.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

from c4s_desktop.core.errors import InputError, PackError
from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.progress.item_events import ItemRef, record_item_events
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.quiz.attempt_record import Attempt, QuizRecord, load_attempt, load_record
from c4s_desktop.core.quiz.model import Quiz
from c4s_desktop.core.quiz.quiz_statements import (
    attempt_finished,
    attempt_resumed,
    attempt_started,
    attempt_suspended,
    question_answered,
)
from c4s_desktop.core.quiz.schema import parse_quiz
from c4s_desktop.core.quiz.scoring import QuestionScore, passed, score_question, score_quiz
from c4s_desktop.core.quiz.shuffle import Presentation, presentation_order
from c4s_desktop.core.store.database import Store


@dataclass(frozen=True)
class QuizTaker:
    """One learner taking one quiz item: everything a step needs to make its statements."""

    learner_id: str
    ref: ItemRef
    quiz: Quiz
    language: str | None = None

    @property
    def pack_id(self) -> str:
        return self.ref.manifest.id

    @property
    def item_id(self) -> str:
        return self.ref.item.id

    def presentation(self, attempt: Attempt) -> Presentation:
        """How ``attempt`` shows the quiz: the same every time it is opened."""
        key = f"{self.pack_id}/{self.item_id}"
        return presentation_order(self.quiz, self.learner_id, key, attempt.number)

    def record_of(self, store: Store) -> QuizRecord:
        """The learner's attempts at this quiz."""
        return load_record(store, self.learner_id, self.pack_id, self.item_id, self.quiz)


@dataclass(frozen=True)
class Finished:
    """A finished attempt, the whole record after it, and the pack's new item states."""

    attempt: Attempt
    record: QuizRecord
    states: dict[str, ItemState]


def read_quiz(files: PackFiles, ref: ItemRef) -> Quiz:
    """Read and parse the quiz file of the quiz item ``ref.item`` from the blob store.

    Raises ``PackError``: ``quiz.not_in_library`` when the file cannot be read, or the
    parser's ``quiz.not_json`` / ``quiz.invalid``.
    """
    path = ref.item.quiz or ""
    data = files.read_bytes(path) if path else None
    if data is None:
        raise PackError("quiz.not_in_library", path=path, pack=ref.manifest.id)
    return parse_quiz(data, path)


def start_attempt(store: Store, taker: QuizTaker) -> tuple[QuizRecord, dict[str, ItemState]]:
    """Start a new attempt; an unfinished one before it becomes abandoned.

    Raises ``InputError`` (``quiz.no_attempts_left``) when ``max_attempts`` are used.
    Returns the record with the new attempt in progress, and the pack's item states.
    """
    before = taker.record_of(store)
    limit = taker.ref.item.max_attempts
    if not before.can_start(limit):
        raise InputError("quiz.no_attempts_left", max=limit)
    number = max((a.number for a in before.attempts), default=0) + 1
    statement = attempt_started(taker.learner_id, taker.ref, str(uuid.uuid4()), number,
                                taker.language)
    states = record_item_events(store, taker.learner_id, taker.ref.manifest, [statement],
                                taker.language)
    return taker.record_of(store), states


def resume_attempt(store: Store, taker: QuizTaker, registration: str) -> QuizRecord:
    """Record that the learner came back to the unfinished attempt ``registration``."""
    attempt = _open_attempt(store, taker, registration)
    record(store, [attempt_resumed(taker.learner_id, taker.ref, registration, attempt.number,
                                   taker.language)])
    return taker.record_of(store)


def suspend_attempt(store: Store, taker: QuizTaker, registration: str) -> None:
    """Record that the learner left the unfinished attempt ``registration``."""
    attempt = _open_attempt(store, taker, registration)
    record(store, [attempt_suspended(taker.learner_id, taker.ref, registration, attempt.number,
                                     taker.language)])


def answer_question(store: Store, taker: QuizTaker, registration: str, number: int,
                    question_id: str, response: object) -> QuestionScore:
    """Score and record one answer of attempt ``registration`` (number ``number``).

    Returns once the answer is committed. Raises ``InputError``: ``quiz.bad_response`` for
    a response of the wrong shape, ``quiz.attempt_closed`` when the attempt is finished,
    ``quiz.already_answered`` when the question already has an answer in it.
    """
    question = next((q for q in taker.quiz.questions if q.id == question_id), None)
    if question is None:
        raise InputError("quiz.unknown_questions", questions=f"'{question_id}'")
    score = score_question(question, response)
    statement = question_answered(taker.learner_id, taker.ref, question, registration, number,
                                  response, score, taker.language)
    with store.transaction():
        # Read against the installed quiz: an answer given before an update changed the
        # question no longer counts, so the question takes a new one.
        held = load_attempt(store, taker.learner_id, registration, taker.quiz)
        if held is not None and held.finished_at is not None:
            raise InputError("quiz.attempt_closed")
        if held is not None and question_id in held.answers:
            raise InputError("quiz.already_answered", question=question_id)
        record(store, [statement])
    return score


def finish_attempt(store: Store, taker: QuizTaker, registration: str) -> Finished:
    """Score attempt ``registration`` (unanswered questions score 0) and record the end.

    Records ``passed`` or ``failed`` with the score and the time spent, and ``completed``
    when passed, with whatever lessons, modules or course that completes.
    """
    attempt = _open_attempt(store, taker, registration)
    # The attempt holds only answers that fit the installed quiz: one the pack changed
    # under the attempt scores 0 here, it never stops the attempt from ending.
    result = score_quiz(taker.quiz, attempt.answers)
    success = passed(result, taker.ref.item.pass_score or 0.0)
    duration = attempt.active_s
    if attempt.open_since is not None:
        duration += max(0.0, time.time() - attempt.open_since)
    statements = attempt_finished(taker.learner_id, taker.ref, registration, attempt.number,
                                  result, success, duration, taker.language)
    states = record_item_events(store, taker.learner_id, taker.ref.manifest, statements,
                                taker.language)
    after = taker.record_of(store)
    finished = after.attempt(registration)
    assert finished is not None
    return Finished(finished, after, states)


def _open_attempt(store: Store, taker: QuizTaker, registration: str) -> Attempt:
    attempt = load_attempt(store, taker.learner_id, registration, taker.quiz)
    if attempt is None or attempt.finished_at is not None:
        raise InputError("quiz.attempt_closed")
    return attempt


def open_quiz(store: Store, files: PackFiles, learner_id: str, ref: ItemRef,
              language: str | None = None) -> tuple[QuizTaker, QuizRecord]:
    """Read the quiz of ``ref.item`` and the learner's attempts at it (see :func:`read_quiz`)."""
    taker = QuizTaker(learner_id, ref, read_quiz(files, ref), language)
    return taker, taker.record_of(store)
