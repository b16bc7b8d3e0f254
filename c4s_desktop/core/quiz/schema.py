"""The quiz file parser: every rule the pack contract sets for a quiz file.

Errors are ``PackError`` with code ``quiz.not_json`` or ``quiz.invalid``; the latter names the
file and the location inside it (``questions[2].choices[0].id``) and says what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from c4s_desktop.core.errors import PackError
from c4s_desktop.core.packs.jsonshape import (
    JsonObject,
    JsonSyntaxError,
    ShapeError,
    as_bool,
    as_id,
    as_list,
    as_number,
    as_object,
    as_string,
    as_text,
    child,
    load_json,
    maybe,
    need,
)
from c4s_desktop.core.packs.paths import printable
from c4s_desktop.core.quiz.model import Choice, Question, Quiz


def parse_quiz(data: bytes, where: str) -> Quiz:
    """Parse and check a quiz file; ``where`` (its path in the pack) is named in every error.

    Raises ``PackError`` (``quiz.not_json`` or ``quiz.invalid``).
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        detail = f"it is not UTF-8 text: invalid byte at offset {exc.start}"
        raise PackError("quiz.not_json", file=where, detail=detail) from exc
    try:
        value = load_json(text)
    except JsonSyntaxError as exc:
        raise PackError("quiz.not_json", file=where, detail=exc.detail) from exc
    try:
        return _quiz(value)
    except ShapeError as exc:
        raise PackError("quiz.invalid", file=where, at=exc.where, problem=exc.problem) from exc


def _quiz(value: object) -> Quiz:
    root = as_object(value, "the top level")
    shuffle = need(root, "shuffle", "", as_bool)
    entries = need(root, "questions", "", lambda v, w: as_list(v, w, 1))
    first_use: dict[str, str] = {}
    questions = []
    for index, entry in enumerate(entries):
        question = _question(entry, child("questions", index))
        at = child(child("questions", index), "id")
        if question.id in first_use:
            problem = f"the id '{question.id}' is already used at {first_use[question.id]}"
            raise ShapeError(at, problem)
        first_use[question.id] = at
        questions.append(question)
    return Quiz(shuffle, tuple(questions))


def _question(value: object, where: str) -> Question:
    obj = as_object(value, where)
    question_id = need(obj, "id", where, as_id)
    kind = need(obj, "type", where, as_string)
    if kind not in _BY_TYPE:
        problem = f"'{printable(kind)}' is not a question type (one of {', '.join(_BY_TYPE)})"
        raise ShapeError(child(where, "type"), problem)
    points = maybe(obj, "points", where, lambda v, w: as_number(v, w, above=0))
    base = Question(
        id=question_id,
        type=kind,
        prompt=need(obj, "prompt", where, as_text),
        points=1.0 if points is None else points,
        explanation=maybe(obj, "explanation", where, as_text),
        raw=obj,
    )
    return _BY_TYPE[kind](obj, where, base)


def _choices(obj: JsonObject, where: str) -> tuple[Choice, ...]:
    at = child(where, "choices")
    choices: dict[str, Choice] = {}
    for index, entry in enumerate(need(obj, "choices", where, lambda v, w: as_list(v, w, 2))):
        fields = as_object(entry, child(at, index))
        choice_id = need(fields, "id", child(at, index), as_id)
        if choice_id in choices:
            raise ShapeError(
                child(child(at, index), "id"), f"the choice id '{choice_id}' is used twice"
            )
        choices[choice_id] = Choice(choice_id, need(fields, "text", child(at, index), as_text))
    return tuple(choices.values())


def _choice_id(value: object, where: str, choices: tuple[Choice, ...]) -> str:
    text = as_string(value, where)
    if all(choice.id != text for choice in choices):
        raise ShapeError(where, f"'{printable(text)}' is not the id of one of the choices")
    return text


def _single(obj: JsonObject, where: str, base: Question) -> Question:
    choices = _choices(obj, where)
    answer = need(obj, "answer", where, lambda v, w: _choice_id(v, w, choices))
    return replace(base, choices=choices, answer=answer)


def _multiple(obj: JsonObject, where: str, base: Question) -> Question:
    choices = _choices(obj, where)
    at = child(where, "answer")
    answer: list[str] = []
    for index, entry in enumerate(need(obj, "answer", where, lambda v, w: as_list(v, w, 1))):
        choice_id = _choice_id(entry, child(at, index), choices)
        if choice_id in answer:
            raise ShapeError(child(at, index), f"the choice '{choice_id}' is listed twice")
        answer.append(choice_id)
    partial = maybe(obj, "partial", where, as_bool)
    return replace(base, choices=choices, answer=tuple(answer), partial=bool(partial))


def _true_false(obj: JsonObject, where: str, base: Question) -> Question:
    return replace(base, answer=need(obj, "answer", where, as_bool))


def _numeric(obj: JsonObject, where: str, base: Question) -> Question:
    answer = need(obj, "answer", where, as_number)
    tolerance = maybe(obj, "tolerance", where, lambda v, w: as_number(v, w, minimum=0))
    return replace(base, answer=answer, tolerance=tolerance or 0.0)


def _text(obj: JsonObject, where: str, base: Question) -> Question:
    at = child(where, "answers")
    entries = need(obj, "answers", where, lambda v, w: as_list(v, w, 1))
    answers = tuple(as_string(entry, child(at, index)) for index, entry in enumerate(entries))
    return replace(base, answers=answers)


def _matching(obj: JsonObject, where: str, base: Question) -> Question:
    at = child(where, "pairs")
    pairs = []
    for index, entry in enumerate(need(obj, "pairs", where, lambda v, w: as_list(v, w, 2))):
        fields = as_object(entry, child(at, index))
        left = need(fields, "left", child(at, index), as_text)
        pairs.append((left, need(fields, "right", child(at, index), as_text)))
    return replace(base, pairs=tuple(pairs))


def _ordering(obj: JsonObject, where: str, base: Question) -> Question:
    at = child(where, "items")
    entries = need(obj, "items", where, lambda v, w: as_list(v, w, 2))
    items = tuple(as_text(entry, child(at, index)) for index, entry in enumerate(entries))
    return replace(base, items=items)


_BY_TYPE: dict[str, Callable[[JsonObject, str, Question], Question]] = {
    "single": _single,
    "multiple": _multiple,
    "true_false": _true_false,
    "numeric": _numeric,
    "text": _text,
    "matching": _matching,
    "ordering": _ordering,
}
