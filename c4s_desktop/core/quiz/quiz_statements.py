"""The statements of a quiz attempt, and the learner's responses as xAPI interactions.

Every statement of one attempt carries the attempt's ``registration`` UUID and its number
(extension ``attempt``). An attempt is ``attempted`` when it starts, ``suspended`` when the
learner leaves it unfinished and ``resumed`` when they come back; each answer is ``answered``
on the question (a ``cmi.interaction``, with ``result.response`` in the xAPI format of its
interaction type, ``result.success`` and the question's version in the language it was shown
in, see ``question_version.py``); the end is ``passed`` or ``failed`` on the quiz with
the score, plus ``completed`` on the quiz when passed (a quiz is done when passed). See
``docs/xapi.md``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any, cast

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.progress.item_events import ItemRef
from c4s_desktop.core.quiz.model import Question
from c4s_desktop.core.quiz.question_version import (
    question_version,
    same_version,
    shown_language,
)
from c4s_desktop.core.quiz.scoring import QuestionScore, QuizScore, score_question
from c4s_desktop.core.xapi.statements import Statement, activity_iri, make_statement
from c4s_desktop.core.xapi.vocabulary import EXT_ATTEMPT, EXT_PACK_VERSION, EXT_QUESTION_VERSION

INTERACTION_TYPES = {
    "single": "choice",
    "multiple": "choice",
    "true_false": "true-false",
    "numeric": "numeric",
    "text": "fill-in",
    "matching": "matching",
    "ordering": "sequencing",
}
"""The xAPI interaction type of each question type."""

LIST_SEP = "[,]"
PAIR_SEP = "[.]"


def encode_response(question: Question, response: object) -> str:
    """``response`` (already checked by scoring) as xAPI's ``result.response`` string."""
    kind = question.type
    if kind == "single":
        return str(response)
    if kind == "multiple":
        return LIST_SEP.join(str(entry) for entry in _as_list(response))
    if kind == "true_false":
        return "true" if response is True else "false"
    if kind == "numeric":
        return json.dumps(response)
    if kind == "text":
        return str(response)
    if kind == "matching":
        return LIST_SEP.join(f"{left}{PAIR_SEP}{right}"
                             for left, right in enumerate(_as_list(response)))
    return LIST_SEP.join(str(entry) for entry in _as_list(response))


def decode_response(question: Question, text: str) -> object:
    """The response :func:`encode_response` wrote; None when ``text`` cannot be read back."""
    kind = question.type
    try:
        if kind == "single" or kind == "text":
            return text
        if kind == "multiple":
            return text.split(LIST_SEP) if text else []
        if kind == "true_false":
            return {"true": True, "false": False}.get(text)
        if kind == "numeric":
            value = json.loads(text)
            ok = isinstance(value, int | float) and not isinstance(value, bool)
            return value if ok and math.isfinite(value) else None
        if kind == "matching":
            pairs = [entry.split(PAIR_SEP) for entry in text.split(LIST_SEP)]
            return [int(right) for _left, right in sorted((int(a), b) for a, b in pairs)]
        return [int(entry) for entry in text.split(LIST_SEP)]
    except ValueError:
        return None


def held_response(question: Question, statement: dict[str, Any]) -> object:
    """The response an ``answered`` statement holds for the installed ``question``.

    None when it no longer answers it: a pack update changed the question under the answer
    (its version differs, see :func:`same_version`, or, for a statement made before versions
    were recorded, its prompt or interaction type), or the response cannot be read back or
    scored against it (a chosen choice removed, an ordering's items changed). Such an answer
    counts as not given.
    """
    definition = (statement.get("object") or {}).get("definition") or {}
    version = ((statement.get("context") or {}).get("extensions") or {}).get(
        EXT_QUESTION_VERSION)
    if version is not None:
        if not isinstance(version, str) or not same_version(question, version):
            return None
    else:  # made before versions were recorded: compare what its definition names, if any
        shown = {"name": question.prompt, "interactionType": INTERACTION_TYPES[question.type]}
        if any(key in definition and definition[key] != value for key, value in shown.items()):
            return None
    text = (statement.get("result") or {}).get("response")
    if not isinstance(text, str):
        return None
    response = decode_response(question, text)
    try:
        score_question(question, response)
    except InputError:
        return None
    return response


def _as_list(value: object) -> Sequence[Any]:
    """A list response; scoring has already refused any other shape."""
    return cast(Sequence[Any], value)


def _quiz_iri(ref: ItemRef) -> str:
    return activity_iri(ref.manifest.id, ref.item.id)


def _grouping(ref: ItemRef) -> list[dict[str, str]]:
    pack_id = ref.manifest.id
    return [{"objectType": "Activity", "id": activity_iri(pack_id, ref.lesson.id)},
            {"objectType": "Activity", "id": activity_iri(pack_id)}]


def _attempt_statement(learner_id: str, verb: str, ref: ItemRef, registration: str,
                       number: int, language: str | None,
                       result: dict[str, Any] | None = None) -> Statement:
    """A statement about the quiz itself, within one attempt."""
    return make_statement(
        learner_id, verb, _quiz_iri(ref), "quiz", name=ref.item.title, result=result,
        parents=(activity_iri(ref.manifest.id, ref.lesson.id), activity_iri(ref.manifest.id)),
        registration=registration, language=language,
        extensions={EXT_ATTEMPT: number, EXT_PACK_VERSION: ref.manifest.version},
    )


def attempt_started(learner_id: str, ref: ItemRef, registration: str, number: int,
                    language: str | None = None) -> Statement:
    """The learner started attempt ``number`` of the quiz (verb ``attempted``)."""
    return _attempt_statement(learner_id, "attempted", ref, registration, number, language)


def attempt_suspended(learner_id: str, ref: ItemRef, registration: str, number: int,
                      language: str | None = None) -> Statement:
    """The learner left the attempt unfinished (verb ``suspended``)."""
    return _attempt_statement(learner_id, "suspended", ref, registration, number, language)


def attempt_resumed(learner_id: str, ref: ItemRef, registration: str, number: int,
                    language: str | None = None) -> Statement:
    """The learner came back to an unfinished attempt (verb ``resumed``)."""
    return _attempt_statement(learner_id, "resumed", ref, registration, number, language)


def question_answered(learner_id: str, ref: ItemRef, question: Question, registration: str,
                      number: int, response: object, score: QuestionScore,
                      language: str | None = None) -> Statement:
    """The learner answered ``question`` (verb ``answered`` on the question's interaction)."""
    pack_id = ref.manifest.id
    shown = shown_language(question, language, ref.manifest.default_language)
    statement = make_statement(
        learner_id, "answered", activity_iri(pack_id, ref.item.id, question.id), "question",
        name=question.prompt,
        result={"response": encode_response(question, response), "success": score.correct,
                "score": {"raw": score.score, "min": 0, "max": score.max}},
        parents=(_quiz_iri(ref),), registration=registration, language=language,
        extensions={EXT_ATTEMPT: number, EXT_PACK_VERSION: ref.manifest.version,
                    EXT_QUESTION_VERSION: question_version(question, shown)},
    )
    statement["object"]["definition"]["interactionType"] = INTERACTION_TYPES[question.type]
    statement["context"]["contextActivities"]["grouping"] = _grouping(ref)
    return statement


def attempt_finished(learner_id: str, ref: ItemRef, registration: str, number: int,
                     score: QuizScore, passed: bool, duration_s: float,
                     language: str | None = None) -> list[Statement]:
    """``passed`` or ``failed`` with the score; a passed quiz is also ``completed``."""
    result = {
        "score": {"scaled": round(score.ratio, 4), "raw": score.score, "min": 0,
                  "max": score.max},
        "success": passed,
        "completion": True,
        "duration": iso_duration(duration_s),
    }
    verb = "passed" if passed else "failed"
    statements = [_attempt_statement(learner_id, verb, ref, registration, number, language,
                                     result)]
    if passed:
        statements.append(_attempt_statement(learner_id, "completed", ref, registration, number,
                                             language, dict(result)))
    return statements


def iso_duration(seconds: float) -> str:
    """``seconds`` as an ISO 8601 duration with centiseconds, as xAPI asks (``PT1M5.25S``)."""
    total = max(0, round(seconds * 100))
    hours, rest = divmod(total, 360_000)
    minutes, cents = divmod(rest, 6000)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    return text + f"{cents / 100:g}S"
