"""Folding statements into item states.

The fold only ever adds (spans join, answered prompts accumulate, done stays done, the best
score is kept), so statements can arrive in any order, twice, or from another device, and
the result is the same: that is what makes sync a set union.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from c4s_desktop.core.progress.intervals import Interval, covered, merge, parse_segments
from c4s_desktop.core.xapi.vocabulary import (
    ACTIVITY_TYPES,
    EXT_LENGTH,
    EXT_PROMPTS,
    EXT_SEGMENT,
    VERB_NAMES,
)

VIDEO_DONE_FRACTION = 0.9
VIDEO_TYPE = ACTIVITY_TYPES["video"]


@dataclass(frozen=True)
class ItemState:
    """What a learner did with one item."""

    started: bool = False
    done: bool = False
    watched: tuple[Interval, ...] = ()
    length: float | None = None
    prompts: frozenset[int] = field(default_factory=frozenset)
    prompt_count: int | None = None
    best_score: float | None = None
    attempts: frozenset[str] = field(default_factory=frozenset)

    @property
    def watched_seconds(self) -> float:
        return covered(list(self.watched), self.length)

    def to_json(self) -> str:
        """A compact, stable JSON form for the ``item_progress`` table."""
        return json.dumps({
            "watched": [list(i) for i in self.watched], "length": self.length,
            "prompts": sorted(self.prompts), "prompt_count": self.prompt_count,
            "best_score": self.best_score, "attempts": sorted(self.attempts),
        }, sort_keys=True)

    @classmethod
    def from_row(cls, started: int, done: int, detail: str) -> ItemState:
        """Read back what :meth:`to_json` wrote."""
        d = json.loads(detail)
        watched = tuple((float(a), float(b)) for a, b in d["watched"])
        return cls(bool(started), bool(done), watched,
                   d["length"], frozenset(d["prompts"]), d["prompt_count"], d["best_score"],
                   frozenset(d["attempts"]))


def _ext(section: dict[str, Any] | None, key: str) -> Any:
    return ((section or {}).get("extensions") or {}).get(key)


def apply(state: ItemState, statement: dict[str, Any]) -> ItemState:
    """The item's state after ``statement``."""
    verb = VERB_NAMES.get(statement.get("verb", {}).get("id", ""), "")
    result = statement.get("result") or {}
    context = statement.get("context") or {}
    new = replace(state, started=True)
    if verb == "completed":
        new = replace(new, done=True)
    elif verb == "experienced":
        segments = _ext(result, EXT_SEGMENT)
        length = _ext(context, EXT_LENGTH)
        if isinstance(length, int | float) and length > 0:
            new = replace(new, length=float(length))
        if isinstance(segments, str):
            new = replace(new, watched=tuple(merge([*new.watched, *parse_segments(segments)])))
        if new.length and new.watched_seconds >= VIDEO_DONE_FRACTION * new.length:
            new = replace(new, done=True)
    elif verb == "responded":
        count = _ext(context, EXT_PROMPTS)
        index = str(statement.get("object", {}).get("id", "")).rsplit("/", 1)[-1]
        if isinstance(count, int) and index.isdigit() and str(result.get("response", "")).strip():
            new = replace(new, prompts=new.prompts | {int(index)}, prompt_count=count)
        if new.prompt_count is not None and len(new.prompts) >= new.prompt_count:
            new = replace(new, done=True)
    elif verb in ("passed", "failed"):
        scaled = (result.get("score") or {}).get("scaled")
        if isinstance(scaled, int | float):
            best = scaled if new.best_score is None else max(new.best_score, scaled)
            new = replace(new, best_score=float(best))
        registration = context.get("registration")
        if isinstance(registration, str):
            new = replace(new, attempts=new.attempts | {registration})
        if verb == "passed":
            new = replace(new, done=True)
    return new
