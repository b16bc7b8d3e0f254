"""Quiz scoring: every question type by the contract's rules, bad responses and pass marks."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import hypothesis
import pytest
from hypothesis import strategies as st

from c4s_desktop.core import messages
from c4s_desktop.core.errors import InputError
from c4s_desktop.core.loose_text import normalise_text
from c4s_desktop.core.quiz.model import Choice, Question, Quiz
from c4s_desktop.core.quiz.quiz_messages import QUIZ_MESSAGES
from c4s_desktop.core.quiz.schema import parse_quiz
from c4s_desktop.core.quiz.scoring import (
    QuestionScore,
    passed,
    score_question,
    score_quiz,
)

EN = {"en": "x"}


def choices(*ids: str) -> list[dict[str, Any]]:
    return [{"id": i, "text": {"en": i.upper()}} for i in ids]


def question(**fields: Any) -> Question:
    """One question parsed by the real parser from ``fields`` (plus id and prompt)."""
    entry = {"id": "q", "prompt": EN, **fields}
    data = json.dumps({"shuffle": False, "questions": [entry]}).encode()
    return parse_quiz(data, "quiz.json").questions[0]


SINGLE = question(type="single", choices=choices("a", "b", "c"), answer="b")
MULTIPLE = question(type="multiple", choices=choices("a", "b", "c", "d"), answer=["a", "c"])
PARTIAL = question(
    type="multiple", choices=choices("a", "b", "c", "d", "e"), answer=["a", "b", "c"],
    partial=True, points=3,
)
TRUE_FALSE = question(type="true_false", answer=False)
NUMERIC = question(type="numeric", answer=3.14, tolerance=0.01)
EXACT = question(type="numeric", answer=0.3)
TEXT = question(type="text", answers=["Gestión de clústeres", "Cluster management"])
MATCHING = question(
    type="matching",
    pairs=[{"left": {"en": f"L{i}"}, "right": {"en": f"R{i}"}} for i in range(3)],
)
ORDERING = question(type="ordering", items=[{"en": f"step {i}"} for i in range(4)])


def scored(q: Question, response: object) -> tuple[float, float, bool]:
    s = score_question(q, response)
    return s.score, s.max, s.correct


def bad(q: Question, response: object) -> InputError:
    with pytest.raises(InputError) as info:
        score_question(q, response)
    exc = info.value
    assert exc.code == "quiz.bad_response" and exc.params["question"] == q.id
    return exc


def rendered(exc: InputError) -> str:
    return messages.render(exc.code, exc.params, QUIZ_MESSAGES[exc.code])


# --- single, true_false ---------------------------------------------------------------------

def test_single_right_and_wrong() -> None:
    assert scored(SINGLE, "b") == (1.0, 1.0, True)
    assert scored(SINGLE, "a") == (0.0, 1.0, False)


def test_true_false_right_and_wrong() -> None:
    assert scored(TRUE_FALSE, False) == (1.0, 1.0, True)
    assert scored(TRUE_FALSE, True) == (0.0, 1.0, False)


# --- multiple -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (["a", "c"], (1.0, 1.0, True)),
        (["c", "a"], (1.0, 1.0, True)),
        (["a"], (0.0, 1.0, False)),
        (["a", "b", "c"], (0.0, 1.0, False)),
        ([], (0.0, 1.0, False)),
    ],
)
def test_multiple_needs_exactly_the_set(response: list[str], expected: tuple[float, ...]) -> None:
    assert scored(MULTIPLE, response) == expected


@pytest.mark.parametrize(
    ("response", "score", "correct"),
    [
        (["a", "b", "c"], 3.0, True),  # 3 right of 3: all the points
        (["a", "b"], 2.0, False),  # 2 right: 2 x (3 points / 3 right choices)
        (["c"], 1.0, False),
        (["a", "b", "d"], 1.0, False),  # 2 right - 1 wrong
        (["a", "b", "c", "d"], 2.0, False),  # 3 right - 1 wrong
        (["a", "b", "c", "d", "e"], 1.0, False),  # 3 right - 2 wrong
        (["a", "d"], 0.0, False),  # 1 right - 1 wrong
        (["a", "d", "e"], 0.0, False),  # 1 right - 2 wrong: floored at 0, not -1
        (["d", "e"], 0.0, False),
        ([], 0.0, False),
    ],
)
def test_multiple_partial_credit(response: list[str], score: float, correct: bool) -> None:
    assert scored(PARTIAL, response) == (pytest.approx(score), 3.0, correct)


def test_partial_credit_with_an_awkward_number_of_right_choices() -> None:
    q = question(type="multiple", choices=choices("a", "b", "c", "d"), answer=["a", "b", "c"],
                 partial=True)
    assert score_question(q, ["a"]).score == pytest.approx(1 / 3)
    assert score_question(q, ["a", "b"]).score == pytest.approx(2 / 3)
    assert score_question(q, ["a", "b", "c"]) == QuestionScore(1.0, 1.0, True)


# --- numeric --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("response", "right"),
    [
        (3.14, True),
        (3, False),
        (3.15, True),  # 3.15 - 3.14 is 0.010000000000000231 in floats: still inside
        (3.13, True),  # the lower edge is inclusive too
        (3.1500001, False),
        (3.1299999, False),
        (-3.14, False),
    ],
)
def test_numeric_tolerance_is_inclusive_despite_float_error(response: float, right: bool) -> None:
    assert score_question(NUMERIC, response).correct is right


def test_numeric_without_tolerance_needs_the_value() -> None:
    assert score_question(EXACT, 0.1 + 0.2).correct  # 0.30000000000000004
    assert score_question(EXACT, 0.3).correct
    assert not score_question(EXACT, 0.31).correct
    integer = question(type="numeric", answer=42)
    assert score_question(integer, 42).correct and score_question(integer, 42.0).correct
    assert not score_question(integer, 43).correct


# --- text -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "response",
    [
        "Gestión de clústeres",
        "gestion de clusteres",
        "GESTIÓN DE CLÚSTERES",
        "  gestion   de\tclústeres \n",
        "Gestio\u0301n de clu\u0301steres",  # already decomposed
        "cluster MANAGEMENT",
    ],
)
def test_text_ignores_case_accents_and_spacing(response: str) -> None:
    assert scored(TEXT, response) == (1.0, 1.0, True)


@pytest.mark.parametrize("response", ["gestion de clusters", "gestiondeclusteres", "", "cluster"])
def test_text_wrong(response: str) -> None:
    assert scored(TEXT, response) == (0.0, 1.0, False)


def test_normalise_text() -> None:
    assert normalise_text("  Gestión\u00a0 DE\n Straße ") == "gestion de strasse"
    assert normalise_text("Gestión") == normalise_text("gestion")


# --- matching and ordering ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("response", "right"),
    [
        ([0, 1, 2], True),
        ((0, 1, 2), True),
        ([1, 0, 2], False),
        ([2, 0, 1], False),
        ([0, 0, 2], False),  # one right side chosen twice: a wrong answer, not a bad shape
    ],
)
def test_matching_is_all_or_nothing(response: list[int], right: bool) -> None:
    assert scored(MATCHING, response) == (1.0 if right else 0.0, 1.0, right)


@pytest.mark.parametrize(
    ("response", "right"),
    [([0, 1, 2, 3], True), ([1, 0, 2, 3], False), ([3, 2, 1, 0], False), ([0, 1, 3, 2], False)],
)
def test_ordering_needs_the_order(response: list[int], right: bool) -> None:
    assert scored(ORDERING, response) == (1.0 if right else 0.0, 1.0, right)


# --- missing and bad responses --------------------------------------------------------------

@pytest.mark.parametrize(
    "q", [SINGLE, MULTIPLE, PARTIAL, TRUE_FALSE, NUMERIC, TEXT, MATCHING, ORDERING]
)
def test_no_response_scores_zero(q: Question) -> None:
    assert score_question(q, None) == QuestionScore(0.0, q.points, False)


@pytest.mark.parametrize(
    ("q", "response", "expected", "got"),
    [
        (SINGLE, "z", "one of its choices (a, b, c)", "the string 'z'"),
        (SINGLE, 1, "one of its choices", "1"),
        (SINGLE, ["b"], "one of its choices", "a list"),
        (MULTIPLE, "a", "a list of distinct ids", "the string 'a'"),
        (MULTIPLE, ["a", "z"], "(a, b, c, d)", "a list holding the string 'z'"),
        (MULTIPLE, ["a", "a"], "distinct", "a list holding the string 'a' twice"),
        (MULTIPLE, [1], "distinct", "a list holding 1"),
        (TRUE_FALSE, "false", "true or false", "the string 'false'"),
        (TRUE_FALSE, 0, "true or false", "0"),
        (NUMERIC, "3.14", "a finite number", "the string '3.14'"),
        (NUMERIC, True, "a finite number", "true"),
        (NUMERIC, float("nan"), "a finite number", "nan"),
        (NUMERIC, float("inf"), "a finite number", "inf"),
        (NUMERIC, 10**400, "a finite number", "1000"),
        (TEXT, 5, "a string", "5"),
        (TEXT, ["Paris"], "a string", "a list"),
        (MATCHING, "0,1,2", "3 right-side indices, each from 0 to 2", "the string"),
        (MATCHING, [0, 1], "3 right-side indices", "a list of 2 entries"),
        (MATCHING, [0, 1, 3], "each from 0 to 2", "a list holding 3"),
        (MATCHING, [0, 1, -1], "each from 0 to 2", "a list holding -1"),
        (MATCHING, [0, 1, True], "each from 0 to 2", "a list holding true"),
        (MATCHING, [0, 1, 2.0], "each from 0 to 2", "a list holding 2.0"),
        (ORDERING, {"0": 0}, "the item indices 0 to 3, each once", "an object"),
        (ORDERING, [0, 1, 2], "0 to 3", "a list of 3 entries"),
        (ORDERING, [0, 1, 2, 4], "0 to 3", "a list holding 4"),
        (ORDERING, [0, 1, 1, 2], "each once", "a list holding 1 twice"),
        (ORDERING, [0, 1, 2, "3"], "0 to 3", "a list holding the string '3'"),
    ],
)
def test_bad_shapes_raise_input_error(
    q: Question, response: object, expected: str, got: str
) -> None:
    exc = bad(q, response)
    assert expected in str(exc.params["expected"]) and got in str(exc.params["got"])
    text = rendered(exc)
    assert text.startswith("The answer given to question q cannot be scored: it should be ")
    assert expected in text and got in text and "{" not in text


# --- whole quizzes --------------------------------------------------------------------------

def quiz(*questions: Question) -> Quiz:
    return Quiz(False, questions)


def named(q: Question, question_id: str, points: float = 1.0) -> Question:
    return replace(q, id=question_id, points=points)


def test_points_weight_the_total() -> None:
    q = quiz(named(SINGLE, "s", 2), named(TRUE_FALSE, "t", 0.5), named(PARTIAL, "p", 4),
             named(ORDERING, "o"))
    result = score_quiz(q, {"s": "b", "t": True, "p": ["a", "b", "e"], "o": [0, 1, 2, 3]})
    assert list(result.questions) == ["s", "t", "p", "o"]
    assert result.questions["s"] == QuestionScore(2.0, 2.0, True)
    assert result.questions["t"] == QuestionScore(0.0, 0.5, False)
    assert result.questions["o"] == QuestionScore(1.0, 1.0, True)
    partial = result.questions["p"]  # 2 right - 1 wrong, of 3 right choices worth 4/3 each
    assert (partial.score, partial.max, partial.correct) == (pytest.approx(4 / 3), 4.0, False)
    assert result.score == pytest.approx(2 + 4 / 3 + 1)
    assert result.max == 7.5
    assert result.ratio == pytest.approx((2 + 4 / 3 + 1) / 7.5)


def test_unanswered_questions_score_zero_in_a_quiz() -> None:
    q = quiz(named(SINGLE, "s"), named(TEXT, "t"), named(MATCHING, "m"))
    result = score_quiz(q, {"t": "cluster management"})
    assert (result.score, result.max) == (1.0, 3.0)
    assert not result.questions["s"].correct and not result.questions["m"].correct
    assert score_quiz(q, {}).ratio == 0.0


def test_unknown_question_ids_are_refused_by_name() -> None:
    q = quiz(named(SINGLE, "s"))
    with pytest.raises(InputError) as info:
        score_quiz(q, {"s": "b", "q9": 1, "zz": 2})
    exc = info.value
    assert exc.code == "quiz.unknown_questions"
    assert "'q9', 'zz'" in rendered(exc)


def test_a_bad_response_in_a_quiz_names_its_question() -> None:
    q = quiz(named(SINGLE, "s"), named(ORDERING, "steps"))
    with pytest.raises(InputError) as info:
        score_quiz(q, {"s": "b", "steps": "0123"})
    assert info.value.params["question"] == "steps"
    assert "question steps" in rendered(info.value)


def test_pass_at_exactly_the_pass_score() -> None:
    q = quiz(*(named(TRUE_FALSE, f"t{i}") for i in range(10)))
    seven = score_quiz(q, {f"t{i}": i >= 7 for i in range(10)})  # the key is false
    assert seven.ratio == pytest.approx(0.7)
    assert passed(seven, 0.7)
    assert not passed(seven, 0.71)
    six = score_quiz(q, {f"t{i}": i >= 6 for i in range(10)})
    assert not passed(six, 0.7)
    assert passed(six, 0.6) and passed(six, 0.0)
    everything = score_quiz(q, {f"t{i}": False for i in range(10)})
    assert passed(everything, 1.0)


def test_pass_score_survives_float_error_in_points() -> None:
    q = quiz(*(named(TRUE_FALSE, f"t{i}", 0.3) for i in range(5)))
    result = score_quiz(q, {f"t{i}": i == 0 for i in range(5)})  # 4 of 5 right
    assert result.ratio < 0.8  # 1.2 / 1.5 in floats is 0.7999999999999999: the trap
    assert passed(result, 0.8)
    assert not passed(result, 0.8000001)


# --- property: the answer key always earns every point --------------------------------------

def test_a_response_built_from_the_answer_key_scores_max() -> None:
    points = st.floats(min_value=0.01, max_value=1000, allow_nan=False)

    @st.composite
    def keyed(draw: Any) -> tuple[Question, object]:
        kind = draw(st.sampled_from(["single", "multiple", "true_false", "numeric", "text",
                                     "matching", "ordering"]))
        base = Question(id="q", type=kind, prompt=EN, points=draw(points))
        if kind in ("single", "multiple"):
            ids = [f"c{i}" for i in range(draw(st.integers(2, 8)))]
            base = replace(base, choices=tuple(Choice(i, EN) for i in ids))
            if kind == "single":
                answer = draw(st.sampled_from(ids))
                return replace(base, answer=answer), answer
            key = draw(st.lists(st.sampled_from(ids), min_size=1, unique=True))
            q = replace(base, answer=tuple(key), partial=draw(st.booleans()))
            return q, draw(st.permutations(key))
        if kind == "true_false":
            answer = draw(st.booleans())
            return replace(base, answer=answer), answer
        if kind == "numeric":
            answer = draw(st.floats(-1e9, 1e9, allow_nan=False))
            tolerance = draw(st.floats(0, 1e3))
            offset = draw(st.floats(-1, 1)) * tolerance
            q = replace(base, answer=answer, tolerance=tolerance)
            return q, answer + offset
        if kind == "text":
            answers = draw(st.lists(st.text(min_size=1), min_size=1, max_size=3))
            given = draw(st.sampled_from(answers))
            response = draw(st.sampled_from([given, given.casefold(), f"  {given} "]))
            return replace(base, answers=tuple(answers)), response
        count = draw(st.integers(2, 9))
        if kind == "matching":
            return replace(base, pairs=((EN, EN),) * count), list(range(count))
        return replace(base, items=(EN,) * count), list(range(count))

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(st.lists(keyed(), min_size=1, max_size=6))
    def check(keyed_questions: list[tuple[Question, object]]) -> None:
        questions = [named(q, f"q{i}", q.points) for i, (q, _) in enumerate(keyed_questions)]
        for q, (_, response) in zip(questions, keyed_questions, strict=True):
            assert score_question(q, response) == QuestionScore(q.points, q.points, True)
        responses = {q.id: r for q, (_, r) in zip(questions, keyed_questions, strict=True)}
        result = score_quiz(Quiz(True, tuple(questions)), responses)
        assert result.score == pytest.approx(result.max) and passed(result, 1.0)

    check()
