"""The question model of a quiz file, as the pack contract defines it."""

from __future__ import annotations

from dataclasses import dataclass, field

from c4s_desktop.core.packs.manifest import JsonObject, Text


@dataclass(frozen=True)
class Choice:
    """One choice of a ``single`` or ``multiple`` question."""

    id: str
    text: Text


@dataclass(frozen=True)
class Question:
    """One question; the fields its ``type`` does not use keep their defaults.

    ``answer`` is a choice id (``single``), a tuple of choice ids (``multiple``), a bool
    (``true_false``) or a float (``numeric``); ``None`` for the other types.
    """

    id: str
    type: str
    prompt: Text
    points: float = 1.0
    explanation: Text | None = None
    choices: tuple[Choice, ...] = ()
    answer: object = None
    partial: bool = False
    tolerance: float = 0.0
    answers: tuple[str, ...] = ()
    pairs: tuple[tuple[Text, Text], ...] = ()
    items: tuple[Text, ...] = ()
    raw: JsonObject = field(default_factory=dict)


@dataclass(frozen=True)
class Quiz:
    """A parsed quiz file."""

    shuffle: bool
    questions: tuple[Question, ...]
