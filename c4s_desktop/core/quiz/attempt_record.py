"""A learner's attempts at one quiz, folded from the statements alone.

No table holds attempt state: each attempt is the set of statements sharing its
``registration``, so an attempt is as durable as its statements and syncs with them. An
attempt is *finished* once ``passed`` or ``failed``; an unfinished attempt is *in progress*
while no other attempt started after it, else *abandoned* (it stays in the record, shown as
unfinished).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from c4s_desktop.core.quiz.model import Quiz
from c4s_desktop.core.quiz.quiz_statements import held_response
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import EXT_ATTEMPT, VERB_NAMES

IN_PROGRESS = "in_progress"
FINISHED = "finished"
ABANDONED = "abandoned"


@dataclass
class Attempt:
    """One attempt: its answers so far and, once finished, its score."""

    registration: str
    number: int = 0
    started_at: str = ""
    answers: dict[str, object] = field(default_factory=dict)
    """Response by question id, in the order answered: only responses that still answer the
    installed question, so every one of them can be scored."""
    outdated: set[str] = field(default_factory=set)
    """Questions answered only before a pack update changed them: not in ``answers``, so the
    learner answers them again (a finished attempt's review says so)."""
    correct: dict[str, bool] = field(default_factory=dict)
    finished_at: str | None = None
    score: float | None = None
    max_score: float | None = None
    scaled: float | None = None
    passed: bool | None = None
    active_s: float = 0.0
    """Seconds spent in the attempt: from start or resume to suspension, last answer or end."""
    open_since: float | None = None
    """When the span still running began (seconds since the epoch); None when none runs."""
    status: str = IN_PROGRESS


@dataclass(frozen=True)
class QuizRecord:
    """Every attempt of one learner at one quiz, oldest first."""

    attempts: tuple[Attempt, ...] = ()

    @property
    def current(self) -> Attempt | None:
        """The attempt in progress (the one to resume), if any."""
        return next((a for a in self.attempts if a.status == IN_PROGRESS), None)

    @property
    def used(self) -> int:
        """How many attempts were started (finished, abandoned or in progress)."""
        return len(self.attempts)

    @property
    def best(self) -> float | None:
        """The best scaled score of a finished attempt."""
        scores = [a.scaled for a in self.attempts if a.scaled is not None]
        return max(scores) if scores else None

    @property
    def passed(self) -> bool:
        """True once any attempt passed."""
        return any(a.passed for a in self.attempts)

    def attempt(self, registration: str) -> Attempt | None:
        """The attempt with this registration."""
        return next((a for a in self.attempts if a.registration == registration), None)

    def can_start(self, max_attempts: int | None) -> bool:
        """Whether a new attempt may start: ``max_attempts`` (None: unlimited) not yet used."""
        return max_attempts is None or self.used < max_attempts


def load_record(store: Store, learner_id: str, pack_id: str, item_id: str,
                quiz: Quiz) -> QuizRecord:
    """The learner's attempts at the quiz ``item_id``, from its statements."""
    rows = store.db.execute(
        "SELECT body FROM statements WHERE learner_id = ? AND pack_id = ? AND item_id = ? "
        "ORDER BY timestamp, stored_at", [learner_id, pack_id, item_id]).fetchall()
    return fold([json.loads(body) for (body,) in rows], quiz)


def load_attempt(store: Store, learner_id: str, registration: str, quiz: Quiz) -> Attempt | None:
    """One attempt of the learner, from its statements alone (its status is not known)."""
    rows = store.db.execute(
        "SELECT body FROM statements INDEXED BY statements_registration "
        "WHERE json_extract(body, '$.context.registration') = ? AND learner_id = ? "
        "ORDER BY timestamp, stored_at", [registration, learner_id]).fetchall()
    return fold([json.loads(body) for (body,) in rows], quiz).attempt(registration)


def fold(statements: list[dict[str, Any]], quiz: Quiz) -> QuizRecord:
    """The attempts that ``statements`` (about one quiz, in time order) describe.

    Answers are read against the installed ``quiz``: one to a question it no longer has, or
    that no longer answers its question (see ``held_response``), is left out of the attempt's
    answers; its statement stays in the log.
    """
    questions = {question.id: question for question in quiz.questions}
    attempts: dict[str, Attempt] = {}
    clocks: dict[str, _Clock] = {}
    for statement in statements:
        context = statement.get("context") or {}
        registration = context.get("registration")
        if not isinstance(registration, str):
            continue
        attempt = attempts.setdefault(registration, Attempt(registration))
        clock = clocks.setdefault(registration, _Clock())
        number = (context.get("extensions") or {}).get(EXT_ATTEMPT)
        if isinstance(number, int) and not attempt.number:
            attempt.number = number
        verb = VERB_NAMES.get(statement.get("verb", {}).get("id", ""), "")
        at = str(statement.get("timestamp", ""))
        result = statement.get("result") or {}
        if verb == "attempted":
            attempt.started_at = attempt.started_at or at
            clock.open(at)
        elif verb == "resumed":
            clock.open(at)
        elif verb == "suspended":
            clock.close(at)
        elif verb == "answered":
            question = questions.get(str(statement["object"]["id"]).rsplit("/", 1)[-1])
            response = None if question is None else held_response(question, statement)
            if question is not None and response is not None:
                attempt.answers.pop(question.id, None)
                attempt.answers[question.id] = response
                attempt.correct[question.id] = result.get("success") is True
                attempt.outdated.discard(question.id)
            elif question is not None and question.id not in attempt.answers:
                attempt.outdated.add(question.id)
            clock.touch(at)
        elif verb in ("passed", "failed") and attempt.finished_at is None:
            score = result.get("score") or {}
            attempt.finished_at = at
            attempt.passed = verb == "passed"
            attempt.score = _number(score.get("raw"))
            attempt.max_score = _number(score.get("max"))
            attempt.scaled = _number(score.get("scaled"))
            clock.close(at)
        attempt.started_at = attempt.started_at or at
    for registration, attempt in attempts.items():
        attempt.active_s = clocks[registration].total
        attempt.open_since = clocks[registration].running_since
    ordered = sorted(attempts.values(), key=lambda a: (a.started_at, a.number))
    for index, attempt in enumerate(ordered):
        if attempt.finished_at is not None:
            attempt.status = FINISHED
        elif index < len(ordered) - 1:
            attempt.status = ABANDONED
    return QuizRecord(tuple(ordered))


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _seconds(stamp: str) -> float | None:
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


class _Clock:
    """Adds up the active spans of an attempt from its statements' timestamps."""

    def __init__(self) -> None:
        self.total = 0.0
        self._open: float | None = None
        self._last: float | None = None

    def open(self, at: str) -> None:
        self.close_at(self._last)  # killed without a suspension: count up to its last answer
        self._open = self._last = _seconds(at)

    def touch(self, at: str) -> None:
        if self._open is not None:
            self._last = _seconds(at)

    def close(self, at: str) -> None:
        self.close_at(_seconds(at))

    def close_at(self, end: float | None) -> None:
        if self._open is not None and end is not None:
            self.total += max(0.0, end - self._open)
        self._open = self._last = None

    @property
    def running_since(self) -> float | None:
        """When the span still open began; None when none is open."""
        return self._open
