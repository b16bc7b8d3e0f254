"""Answers in words: what the learner answered and what was right, for feedback and review."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QCoreApplication, QLocale

from c4s_desktop.core.packs.manifest import Text, pick_text
from c4s_desktop.core.quiz.model import Question

POINTS_DECIMALS = 2


def several_right(question: Question) -> bool:
    """Whether the right answer is more than one choice (said "the right choices")."""
    return question.type == "multiple" and len(cast(Sequence[str], question.answer)) > 1


class Wording:
    """Picks the learner's language out of a pack's texts."""

    def __init__(self, lang: str, default_lang: str) -> None:
        self.lang = lang
        self.default_lang = default_lang

    def text(self, value: Text) -> str:
        """``value`` in the learner's language (else the pack's default)."""
        return pick_text(value, self.lang, self.default_lang)

    def choice(self, question: Question, choice_id: str) -> str:
        """The text of one choice of a ``single`` or ``multiple`` question."""
        found = next((c for c in question.choices if c.id == choice_id), None)
        return self.text(found.text) if found is not None else choice_id

    def response(self, question: Question, response: object) -> str:
        """What the learner answered, for reading; "no answer" when there is none."""
        if response is None:
            return QCoreApplication.translate("Wording", "No answer")
        kind = question.type
        if kind == "single":
            return self.choice(question, str(response))
        if kind == "multiple":
            chosen = cast(Sequence[str], response)
            texts = [self.choice(question, choice_id) for choice_id in chosen]
            return "; ".join(texts) or QCoreApplication.translate("Wording", "No choice")
        if kind == "true_false":
            if response is True:
                return QCoreApplication.translate("Wording", "True")
            return QCoreApplication.translate("Wording", "False")
        if kind == "numeric":
            return format_number(cast(float, response))
        if kind == "text":
            return str(response)
        if kind == "matching":
            rights = cast(Sequence[int], response)
            return "; ".join(
                f"{self.text(question.pairs[left][0])} → {self.text(question.pairs[right][1])}"
                for left, right in enumerate(rights))
        order = cast(Sequence[int], response)
        return "; ".join(f"{n}. {self.text(question.items[i])}"
                         for n, i in enumerate(order, start=1))

    def solution(self, question: Question) -> str:
        """The right answer, for reading."""
        kind = question.type
        if kind == "multiple":
            return self.response(question, list(cast(Sequence[str], question.answer)))
        if kind == "numeric":
            text = format_number(cast(float, question.answer))
            if question.tolerance:
                return QCoreApplication.translate("Wording", "{answer} (± {tolerance})").format(
                    answer=text, tolerance=format_number(question.tolerance))
            return text
        if kind == "text":
            return question.answers[0]
        if kind == "matching":
            return self.response(question, list(range(len(question.pairs))))
        if kind == "ordering":
            return self.response(question, list(range(len(question.items))))
        return self.response(question, question.answer)


def format_number(value: float) -> str:
    """A number as the learner writes it: locale decimal mark, no needless decimals."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "g", 12)


def format_points(value: float) -> str:
    """A score in points, rounded to two decimals at most: partial credit of 1/3 of 10
    points reads "3.33", not "3.33333333333"."""
    return format_number(round(float(value), POINTS_DECIMALS))
