"""The order a quiz is presented in: shuffled, but the same every time for one attempt.

Everything is drawn from one seed made of the learner, the quiz and the attempt number, so a
resumed attempt looks exactly as it did, and another attempt or another learner sees another
order. Questions and the choices of ``single`` and ``multiple`` questions are shuffled when the
quiz's ``shuffle`` is set; the right sides of ``matching`` and the items of ``ordering`` are
always shuffled, since showing them in the file's order would give the answer away: neither
starts in its solved order when it has two entries or more.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from c4s_desktop.core.quiz.model import Quiz


@dataclass(frozen=True)
class Presentation:
    """How one attempt shows a quiz.

    ``questions``: question ids in the order shown. ``choices``: for each ``single`` and
    ``multiple`` question, its choice ids in the order shown. ``rights``: for each ``matching``
    question, the indices (into its ``pairs``) of the right sides in the order shown.
    ``items``: for each ``ordering`` question, the indices (into its ``items``) in the order
    the learner starts from.
    """

    questions: tuple[str, ...]
    choices: dict[str, tuple[str, ...]]
    rights: dict[str, tuple[int, ...]]
    items: dict[str, tuple[int, ...]]


def _rng(learner_id: str, quiz_key: str, attempt: int) -> random.Random:
    """The random generator of one attempt, seeded by SHA-256 of ``learner|quiz|attempt``."""
    digest = hashlib.sha256(f"{learner_id}|{quiz_key}|{attempt}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def presentation_order(quiz: Quiz, learner_id: str, quiz_key: str, attempt: int) -> Presentation:
    """The stable presentation of ``quiz`` for this learner's attempt number ``attempt``.

    ``quiz_key`` names the quiz uniquely on the machine (for example pack id and item id).
    """
    rng = _rng(learner_id, quiz_key, attempt)
    questions = [question.id for question in quiz.questions]
    if quiz.shuffle:
        rng.shuffle(questions)
    choices: dict[str, tuple[str, ...]] = {}
    rights: dict[str, tuple[int, ...]] = {}
    items: dict[str, tuple[int, ...]] = {}
    for question in quiz.questions:
        if question.type in ("single", "multiple"):
            ids = [choice.id for choice in question.choices]
            if quiz.shuffle:
                rng.shuffle(ids)
            choices[question.id] = tuple(ids)
        elif question.type == "matching":
            rights[question.id] = _unsolved(rng, len(question.pairs))
        elif question.type == "ordering":
            items[question.id] = _unsolved(rng, len(question.items))
    return Presentation(tuple(questions), choices, rights, items)


def _unsolved(rng: random.Random, count: int) -> tuple[int, ...]:
    """A shuffled ``0..count-1``, shuffled again while it is in order (for ``count`` >= 2)."""
    solved = list(range(count))
    order = solved.copy()
    rng.shuffle(order)
    while count >= 2 and order == solved:
        rng.shuffle(order)
    return tuple(order)
