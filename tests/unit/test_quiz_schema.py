"""The quiz file parser: every question type reads into the model; every rule is enforced."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from c4s_desktop.core.errors import PackError
from c4s_desktop.core.packs.manifest_messages import MANIFEST_MESSAGES
from c4s_desktop.core.quiz.model import Choice
from c4s_desktop.core.quiz.schema import parse_quiz
from tests.jsonedit import drop, put

FILE = "m2/quiz1.json"


def valid_quiz() -> dict[str, Any]:
    """One question of each type, using every optional key somewhere."""
    return {
        "shuffle": True,
        "questions": [
            {
                "id": "q-single",
                "type": "single",
                "prompt": {"en": "Pick b"},
                "points": 2,
                "explanation": {"en": "Because."},
                "choices": [{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
                "answer": "b",
            },
            {
                "id": "q-multiple",
                "type": "multiple",
                "prompt": {"en": "Pick a and c"},
                "choices": [
                    {"id": "a", "text": {"en": "A"}},
                    {"id": "b", "text": {"en": "B"}},
                    {"id": "c", "text": {"en": "C"}},
                ],
                "answer": ["a", "c"],
                "partial": True,
            },
            {"id": "q-tf", "type": "true_false", "prompt": {"en": "True?"}, "answer": False},
            {
                "id": "q-num",
                "type": "numeric",
                "prompt": {"en": "Pi?"},
                "answer": 3.14,
                "tolerance": 0.01,
            },
            {
                "id": "q-text",
                "type": "text",
                "prompt": {"en": "Capital of France?"},
                "answers": ["Paris", "paris, france"],
            },
            {
                "id": "q-match",
                "type": "matching",
                "prompt": {"en": "Match"},
                "pairs": [
                    {"left": {"en": "1"}, "right": {"en": "one"}},
                    {"left": {"en": "2"}, "right": {"en": "two"}},
                ],
            },
            {
                "id": "q-order",
                "type": "ordering",
                "prompt": {"en": "Order"},
                "items": [{"en": "first"}, {"en": "second"}, {"en": "third"}],
                "x-later": 1,
            },
        ],
    }


def encode(data: object) -> bytes:
    return json.dumps(data).encode("ascii")


def strict_message(exc: PackError) -> str:
    """The English message, failing if the template names a parameter the error lacks."""
    return MANIFEST_MESSAGES[exc.code].format(**exc.params)


def test_valid_quiz_reads_into_the_model() -> None:
    quiz = parse_quiz(encode(valid_quiz()), FILE)
    assert quiz.shuffle is True
    single, multiple, true_false, numeric, text, matching, ordering = quiz.questions
    assert single.choices == (Choice("a", {"en": "A"}), Choice("b", {"en": "B"}))
    assert (single.answer, single.points, single.explanation) == ("b", 2.0, {"en": "Because."})
    assert (multiple.answer, multiple.partial, multiple.points) == (("a", "c"), True, 1.0)
    assert true_false.answer is False
    assert (numeric.answer, numeric.tolerance) == (3.14, 0.01)
    assert text.answers == ("Paris", "paris, france")
    assert matching.pairs == (({"en": "1"}, {"en": "one"}), ({"en": "2"}, {"en": "two"}))
    assert ordering.items == ({"en": "first"}, {"en": "second"}, {"en": "third"})
    assert ordering.raw["x-later"] == 1
    assert single.partial is False
    assert single.tolerance == 0.0


def test_defaults_of_optional_keys() -> None:
    data = valid_quiz()
    del data["questions"][1]["partial"]
    del data["questions"][3]["tolerance"]
    quiz = parse_quiz(encode(data), FILE)
    assert quiz.questions[1].partial is False
    assert quiz.questions[3].tolerance == 0.0
    assert quiz.questions[3].explanation is None


def q(index: int, *rest: str | int) -> tuple[str | int, ...]:
    return ("questions", index, *rest)


RULES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("shuffle-missing", drop("shuffle"), "shuffle"),
    ("shuffle-string", put("shuffle", value="yes"), "shuffle"),
    ("questions-missing", drop("questions"), "questions"),
    ("questions-empty", put("questions", value=[]), "questions"),
    ("question-not-object", put(*q(0), value="q"), "questions[0]"),
    ("id-missing", drop(*q(0, "id")), "questions[0].id"),
    ("id-uppercase", put(*q(0, "id"), value="Q1"), "questions[0].id"),
    ("id-duplicate", put(*q(1, "id"), value="q-single"), "questions[1].id"),
    ("type-unknown", put(*q(0, "type"), value="essay"), "questions[0].type"),
    ("prompt-missing", drop(*q(0, "prompt")), "questions[0].prompt"),
    ("prompt-string", put(*q(0, "prompt"), value="Pick"), "questions[0].prompt"),
    ("points-zero", put(*q(0, "points"), value=0), "questions[0].points"),
    ("points-bool", put(*q(0, "points"), value=True), "questions[0].points"),
    ("explanation-string", put(*q(0, "explanation"), value="x"), "questions[0].explanation"),
    (
        "single-one-choice",
        put(*q(0, "choices"), value=[{"id": "a", "text": {"en": "A"}}]),
        "[0].choices",
    ),
    ("single-choice-id-twice", put(*q(0, "choices", 1, "id"), value="a"), "[0].choices[1].id"),
    ("single-choice-id-bad", put(*q(0, "choices", 1, "id"), value="B"), "[0].choices[1].id"),
    ("single-choice-text-missing", drop(*q(0, "choices", 0, "text")), "[0].choices[0].text"),
    ("single-answer-unknown", put(*q(0, "answer"), value="z"), "questions[0].answer"),
    ("single-answer-list", put(*q(0, "answer"), value=["b"]), "questions[0].answer"),
    ("single-answer-missing", drop(*q(0, "answer")), "questions[0].answer"),
    ("multiple-answer-empty", put(*q(1, "answer"), value=[]), "questions[1].answer"),
    ("multiple-answer-twice", put(*q(1, "answer"), value=["a", "a"]), "questions[1].answer[1]"),
    ("multiple-answer-unknown", put(*q(1, "answer"), value=["a", "z"]), "questions[1].answer[1]"),
    ("multiple-answer-string", put(*q(1, "answer"), value="a"), "questions[1].answer"),
    ("multiple-partial-string", put(*q(1, "partial"), value="yes"), "questions[1].partial"),
    ("multiple-choices-missing", drop(*q(1, "choices")), "questions[1].choices"),
    ("true-false-string", put(*q(2, "answer"), value="false"), "questions[2].answer"),
    ("true-false-number", put(*q(2, "answer"), value=0), "questions[2].answer"),
    ("numeric-bool", put(*q(3, "answer"), value=True), "questions[3].answer"),
    ("numeric-string", put(*q(3, "answer"), value="3.14"), "questions[3].answer"),
    ("numeric-tolerance-negative", put(*q(3, "tolerance"), value=-0.1), "[3].tolerance"),
    ("text-answers-empty", put(*q(4, "answers"), value=[]), "questions[4].answers"),
    ("text-answers-number", put(*q(4, "answers"), value=["Paris", 7]), "[4].answers[1]"),
    ("text-answers-missing", drop(*q(4, "answers")), "questions[4].answers"),
    (
        "matching-one-pair",
        put(*q(5, "pairs"), value=[{"left": {"en": "1"}, "right": {"en": "one"}}]),
        "[5].pairs",
    ),
    ("matching-right-missing", drop(*q(5, "pairs", 1, "right")), "questions[5].pairs[1].right"),
    ("matching-left-string", put(*q(5, "pairs", 0, "left"), value="1"), "[5].pairs[0].left"),
    ("ordering-one-item", put(*q(6, "items"), value=[{"en": "only"}]), "questions[6].items"),
    ("ordering-item-string", put(*q(6, "items", 2), value="third"), "questions[6].items[2]"),
]


@pytest.mark.parametrize(
    ("mutate", "where"), [rule[1:] for rule in RULES], ids=[rule[0] for rule in RULES]
)
def test_each_rule_is_enforced_and_named(
    mutate: Callable[[dict[str, Any]], None], where: str
) -> None:
    data = copy.deepcopy(valid_quiz())
    mutate(data)
    with pytest.raises(PackError) as info:
        parse_quiz(encode(data), FILE)
    assert info.value.code == "quiz.invalid"
    message = strict_message(info.value)
    assert FILE in message
    assert where in message
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("data", "code", "where"),
    [
        (b'{"shuffle": true, "questions": [\xff]}', "quiz.not_json", "offset 32"),
        (b'{"shuffle": true,', "quiz.not_json", "line 1, column 18"),
        (b'{"shuffle": true, "shuffle": false}', "quiz.not_json", "'shuffle'"),
        (b'{"shuffle": true, "questions": [{"points": Infinity}]}', "quiz.not_json", "Infinity"),
        (b"[]", "quiz.invalid", "the top level"),
    ],
    ids=["not-utf8", "syntax", "duplicate-key", "infinity", "list"],
)
def test_unreadable_quiz_files_are_refused(data: bytes, code: str, where: str) -> None:
    with pytest.raises(PackError) as info:
        parse_quiz(data, FILE)
    assert info.value.code == code
    message = strict_message(info.value)
    assert FILE in message
    assert where in f"{message} {info.value.technical}"


def test_duplicate_question_id_names_the_first_use() -> None:
    data = valid_quiz()
    data["questions"][6]["id"] = "q-tf"
    with pytest.raises(PackError) as info:
        parse_quiz(encode(data), FILE)
    assert strict_message(info.value) == (
        f"The pack's quiz file {FILE} is invalid at questions[6].id; ask the pack's publisher "
        "for a corrected pack."
    )
    assert info.value.technical == "the id 'q-tf' is already used at questions[2].id"
