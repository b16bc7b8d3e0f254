"""Scoring: the points a learner's answers earn, by the rules of the pack contract.

A *response* is the plain JSON value stored for one question:

- ``single``: a choice id; ``multiple``: a list of distinct choice ids;
- ``true_false``: a bool; ``numeric``: a number; ``text``: a string;
- ``matching``: a list whose i-th entry is the index (in the quiz file's ``pairs``) of the
  right side the learner matched to the i-th left side;
- ``ordering``: the indices (in the quiz file's ``items``) in the learner's order.

No response, or ``None``, means the question was not answered: it scores 0. A response of
any other shape raises ``InputError`` with code ``quiz.bad_response``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.loose_text import normalise_text
from c4s_desktop.core.packs.jsonshape import describe
from c4s_desktop.core.packs.paths import printable
from c4s_desktop.core.quiz.model import Question, Quiz

EPSILON = 1e-9
"""Slack for float error: in numeric tolerances (relative to the answer) and pass scores."""


@dataclass(frozen=True)
class QuestionScore:
    """The points one question earned out of its maximum; ``correct`` when fully right."""

    score: float
    max: float
    correct: bool


@dataclass(frozen=True)
class QuizScore:
    """The points of every question (by id, in quiz order) and of the whole quiz."""

    questions: dict[str, QuestionScore]
    score: float
    max: float
    ratio: float


def score_question(question: Question, response: object) -> QuestionScore:
    """Score one response to ``question``; ``None`` scores 0.

    Raises ``InputError`` (``quiz.bad_response``) when the response has the wrong shape.
    """
    if response is None:
        return QuestionScore(0.0, question.points, False)
    fraction = _BY_TYPE[question.type](question, response)
    return QuestionScore(question.points * fraction, question.points, fraction == 1.0)


def score_quiz(quiz: Quiz, responses: Mapping[str, object]) -> QuizScore:
    """Score every question of ``quiz``; a question with no response scores 0.

    Raises ``InputError``: ``quiz.unknown_questions`` when ``responses`` names a question
    the quiz does not have, ``quiz.bad_response`` when a response has the wrong shape.
    """
    known = {question.id for question in quiz.questions}
    unknown = [key for key in responses if key not in known]
    if unknown:
        names = ", ".join(f"'{printable(key)}'" for key in unknown)
        raise InputError("quiz.unknown_questions", questions=names)
    scores = {q.id: score_question(q, responses.get(q.id)) for q in quiz.questions}
    total = math.fsum(s.score for s in scores.values())
    maximum = math.fsum(s.max for s in scores.values())
    return QuizScore(scores, total, maximum, total / maximum)


def passed(quiz_score: QuizScore, pass_score: float) -> bool:
    """Whether the quiz is passed: its ratio reaches ``pass_score`` (0 to 1), float error aside."""
    return quiz_score.ratio >= pass_score - EPSILON


def _bad(question: Question, expected: str, got: str) -> InputError:
    return InputError("quiz.bad_response", question=question.id, expected=expected, got=got)


def _entries(question: Question, response: object, expected: str) -> list[object]:
    if not isinstance(response, list | tuple):
        raise _bad(question, expected, describe(response))
    return list(response)


def _indices(question: Question, response: object, count: int, expected: str) -> list[int]:
    """A list of exactly ``count`` integers, each from 0 to ``count - 1``."""
    entries = _entries(question, response, expected)
    if len(entries) != count:
        raise _bad(question, expected, f"a list of {len(entries)} entries")
    indices: list[int] = []
    for entry in entries:
        if isinstance(entry, bool) or not isinstance(entry, int) or not 0 <= entry < count:
            raise _bad(question, expected, f"a list holding {describe(entry)}")
        indices.append(entry)
    return indices


def _choice_ids(question: Question) -> list[str]:
    return [choice.id for choice in question.choices]


def _single(question: Question, response: object) -> float:
    ids = _choice_ids(question)
    if not isinstance(response, str) or response not in ids:
        expected = f"the id of one of its choices ({', '.join(ids)})"
        raise _bad(question, expected, describe(response))
    return 1.0 if response == question.answer else 0.0


def _multiple(question: Question, response: object) -> float:
    ids = _choice_ids(question)
    expected = f"a list of distinct ids of its choices ({', '.join(ids)})"
    chosen: set[str] = set()
    for entry in _entries(question, response, expected):
        if not isinstance(entry, str) or entry not in ids:
            raise _bad(question, expected, f"a list holding {describe(entry)}")
        if entry in chosen:
            raise _bad(question, expected, f"a list holding {describe(entry)} twice")
        chosen.add(entry)
    answer = set(cast(Sequence[str], question.answer))
    if chosen == answer:
        return 1.0
    if not question.partial:
        return 0.0
    net = len(chosen & answer) - len(chosen - answer)
    return max(0, net) / len(answer)


def _true_false(question: Question, response: object) -> float:
    if not isinstance(response, bool):
        raise _bad(question, "true or false", describe(response))
    return 1.0 if response is question.answer else 0.0


def _numeric(question: Question, response: object) -> float:
    expected = "a finite number"
    if isinstance(response, bool) or not isinstance(response, int | float):
        raise _bad(question, expected, describe(response))
    try:
        value = float(response)
    except OverflowError:
        value = math.inf
    if not math.isfinite(value):
        raise _bad(question, expected, describe(response))
    answer = cast(float, question.answer)
    slack = EPSILON * max(1.0, abs(answer))
    return 1.0 if abs(value - answer) <= question.tolerance + slack else 0.0


def _text(question: Question, response: object) -> float:
    if not isinstance(response, str):
        raise _bad(question, "a string", describe(response))
    given = normalise_text(response)
    return 1.0 if any(given == normalise_text(a) for a in question.answers) else 0.0


def _matching(question: Question, response: object) -> float:
    count = len(question.pairs)
    expected = f"a list of {count} right-side indices, each from 0 to {count - 1}"
    indices = _indices(question, response, count, expected)
    return 1.0 if indices == list(range(count)) else 0.0


def _ordering(question: Question, response: object) -> float:
    count = len(question.items)
    expected = f"a list of the item indices 0 to {count - 1}, each once"
    indices = _indices(question, response, count, expected)
    repeated = next((i for i in indices if indices.count(i) > 1), None)
    if repeated is not None:
        raise _bad(question, expected, f"a list holding {repeated} twice")
    return 1.0 if indices == list(range(count)) else 0.0


_BY_TYPE: dict[str, Callable[[Question, object], float]] = {
    "single": _single,
    "multiple": _multiple,
    "true_false": _true_false,
    "numeric": _numeric,
    "text": _text,
    "matching": _matching,
    "ordering": _ordering,
}
