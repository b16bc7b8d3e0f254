"""Presentation order: stable for one attempt, different across attempts and learners."""

from __future__ import annotations

import hashlib
import json
import random
from typing import Any

import pytest

from c4s_desktop.core.quiz.model import Quiz
from c4s_desktop.core.quiz.schema import parse_quiz
from c4s_desktop.core.quiz.scoring import score_question
from c4s_desktop.core.quiz.shuffle import Presentation, presentation_order

KEY = "org.example.test/quiz-1"


def text(value: str) -> dict[str, str]:
    return {"en": value}


def eight_questions(shuffle: bool = True) -> Quiz:
    """Eight questions: every type, and two of them with many choices or items."""
    def choices(count: int) -> list[dict[str, Any]]:
        return [{"id": f"c{i}", "text": text(f"C{i}")} for i in range(count)]

    questions: list[dict[str, Any]] = [
        {"id": "single", "type": "single", "choices": choices(4), "answer": "c2"},
        {"id": "multiple", "type": "multiple", "choices": choices(6), "answer": ["c0", "c5"]},
        {"id": "tf", "type": "true_false", "answer": True},
        {"id": "num", "type": "numeric", "answer": 4},
        {"id": "text", "type": "text", "answers": ["four"]},
        {"id": "match", "type": "matching",
         "pairs": [{"left": text(f"L{i}"), "right": text(f"R{i}")} for i in range(5)]},
        {"id": "order", "type": "ordering", "items": [text(f"I{i}") for i in range(6)]},
        {"id": "order2", "type": "ordering", "items": [text("first"), text("second")]},
    ]
    for entry in questions:
        entry["prompt"] = text(entry["id"])
    data = json.dumps({"shuffle": shuffle, "questions": questions}).encode()
    return parse_quiz(data, "quiz.json")


QUIZ = eight_questions()


def test_the_same_attempt_is_presented_the_same_every_time() -> None:
    first = presentation_order(QUIZ, "learner-1", KEY, 1)
    again = presentation_order(eight_questions(), "learner-1", KEY, 1)
    assert first == again


def test_the_order_comes_from_the_sha256_seed_alone() -> None:
    # no state of the process (hash seed, earlier calls) is involved, so a resumed attempt
    # looks the same on any machine: the question order is the first draw from that seed
    digest = hashlib.sha256(f"learner-1|{KEY}|3".encode()).digest()
    rng = random.Random(int.from_bytes(digest[:8], "big"))
    expected = [q.id for q in QUIZ.questions]
    rng.shuffle(expected)
    assert presentation_order(QUIZ, "learner-1", KEY, 3).questions == tuple(expected)


@pytest.mark.parametrize(
    ("other_learner", "other_key", "other_attempt"),
    [("learner-1", KEY, 2), ("learner-2", KEY, 1), ("learner-1", "org.example.test/quiz-2", 1)],
)
def test_another_attempt_learner_or_quiz_is_presented_differently(
    other_learner: str, other_key: str, other_attempt: int
) -> None:
    mine = presentation_order(QUIZ, "learner-1", KEY, 1)
    other = presentation_order(QUIZ, other_learner, other_key, other_attempt)
    assert mine.questions != other.questions  # 8! orders: a clash is a 1 in 40,320 chance
    assert mine != other


def test_attempts_spread_over_many_orders() -> None:
    orders = {presentation_order(QUIZ, "learner-1", KEY, n).questions for n in range(1, 21)}
    assert len(orders) >= 18


def test_every_question_choice_and_item_is_still_there() -> None:
    for attempt in range(1, 30):
        shown = presentation_order(QUIZ, "learner-1", KEY, attempt)
        assert sorted(shown.questions) == sorted(q.id for q in QUIZ.questions)
        assert set(shown.choices) == {"single", "multiple"}
        assert sorted(shown.choices["single"]) == [f"c{i}" for i in range(4)]
        assert sorted(shown.choices["multiple"]) == [f"c{i}" for i in range(6)]
        assert sorted(shown.rights["match"]) == list(range(5))
        assert sorted(shown.items["order"]) == list(range(6))
        assert sorted(shown.items["order2"]) == [0, 1]


def test_choices_are_shuffled_when_the_quiz_shuffles() -> None:
    seen = {presentation_order(QUIZ, "l", KEY, n).choices["multiple"] for n in range(1, 21)}
    assert len(seen) >= 15


def test_ordering_and_matching_never_start_solved() -> None:
    for attempt in range(1, 200):
        shown = presentation_order(QUIZ, f"learner-{attempt % 7}", KEY, attempt)
        assert shown.items["order"] != tuple(range(6))
        assert shown.items["order2"] == (1, 0)  # the one unsolved order of two items
        assert shown.rights["match"] != tuple(range(5))
        # the start order, sent back untouched, is a wrong answer
        order = next(q for q in QUIZ.questions if q.id == "order")
        assert not score_question(order, list(shown.items["order"])).correct


def test_an_unshuffled_quiz_keeps_its_questions_and_choices_in_file_order() -> None:
    quiz = eight_questions(shuffle=False)
    for attempt in range(1, 10):
        shown = presentation_order(quiz, "learner-1", KEY, attempt)
        assert shown.questions == tuple(q.id for q in quiz.questions)
        assert shown.choices == {"single": ("c0", "c1", "c2", "c3"),
                                 "multiple": tuple(f"c{i}" for i in range(6))}
        # giving the answer away is never right: these are shuffled all the same
        assert shown.items["order"] != tuple(range(6))
        assert shown.rights["match"] != tuple(range(5))


def test_presentation_lists_only_the_questions_of_each_kind() -> None:
    shown = presentation_order(QUIZ, "learner-1", KEY, 1)
    assert isinstance(shown, Presentation)
    assert set(shown.rights) == {"match"}
    assert set(shown.items) == {"order", "order2"}
