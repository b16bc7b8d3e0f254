"""Folding statements into item states.

The fold only ever adds (spans join, answered prompts accumulate, done stays done, the best
score is kept), so statements can arrive in any order, twice, or from another device, and
the result is the same: that is what makes sync a set union.

The fold knows no manifest: what a state means for the course as now installed (a replaced
video, reworded prompts, a changed pass mark) is decided in ``summary.py``. So the state keeps
what that needs: a video's spans by the file they were played from, and a case study's
answered prompts by their text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from c4s_desktop.core.progress.intervals import Interval, covered, merge, parse_segments
from c4s_desktop.core.progress.prompts import prompt_key
from c4s_desktop.core.xapi.vocabulary import (
    ACTIVITY_TYPES,
    EXT_FILE,
    EXT_LENGTH,
    EXT_PROMPTS,
    EXT_SEGMENT,
    VERB_NAMES,
)

VIDEO_DONE_FRACTION = 0.9
VIDEO_TYPE = ACTIVITY_TYPES["video"]


@dataclass(frozen=True)
class FileWatch:
    """The spans played of one video file (by its SHA-256), and that file's length."""

    length: float | None = None
    watched: tuple[Interval, ...] = ()

    @property
    def seconds(self) -> float:
        """Seconds of the file played, each counted once."""
        return covered(list(self.watched), self.length)


@dataclass(frozen=True)
class ItemState:
    """What a learner did with one item.

    ``watched`` and ``length`` are the spans of statements that do not name their video file
    (made before files were named, or by another LRS); ``files`` those that do, by file.
    ``answered`` holds the :func:`~c4s_desktop.core.progress.prompts.prompt_key` of every
    prompt answered with its text; ``prompts`` the indexes answered without it, out of
    ``prompt_count`` prompts (and, in states stored before texts were kept, every answer).
    """

    started: bool = False
    done: bool = False
    watched: tuple[Interval, ...] = ()
    length: float | None = None
    prompts: frozenset[int] = field(default_factory=frozenset)
    prompt_count: int | None = None
    best_score: float | None = None
    attempts: frozenset[str] = field(default_factory=frozenset)
    files: Mapping[str, FileWatch] = field(default_factory=dict)
    answered: frozenset[str] = field(default_factory=frozenset)

    @property
    def watched_seconds(self) -> float:
        """Seconds played of the spans that name no file."""
        return covered(list(self.watched), self.length)

    def to_json(self) -> str:
        """A compact, stable JSON form for the ``item_progress`` table."""
        detail: dict[str, Any] = {
            "watched": [list(i) for i in self.watched], "length": self.length,
            "prompts": sorted(self.prompts), "prompt_count": self.prompt_count,
            "best_score": self.best_score, "attempts": sorted(self.attempts),
        }
        # Left out while empty: the rows of other items read as before they existed, so a
        # rebuild reports only the states that really changed.
        if self.files:
            detail["files"] = {sha: {"length": f.length, "watched": [list(i) for i in f.watched]}
                               for sha, f in self.files.items()}
        if self.answered:
            detail["answered"] = sorted(self.answered)
        return json.dumps(detail, sort_keys=True)

    @classmethod
    def from_row(cls, started: int, done: int, detail: str) -> ItemState:
        """Read back what :meth:`to_json` wrote (rows stored before ``files`` and ``answered``
        existed have neither)."""
        d = json.loads(detail)
        files = {sha: FileWatch(f["length"], _spans(f["watched"]))
                 for sha, f in d.get("files", {}).items()}
        return cls(bool(started), bool(done), _spans(d["watched"]),
                   d["length"], frozenset(d["prompts"]), d["prompt_count"], d["best_score"],
                   frozenset(d["attempts"]), files, frozenset(d.get("answered", ())))


def _spans(rows: list[list[float]]) -> tuple[Interval, ...]:
    return tuple((float(a), float(b)) for a, b in rows)


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
        new = _watched(new, result, context)
    elif verb == "responded":
        new = _responded(new, statement, result, context)
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


def _watched(state: ItemState, result: dict[str, Any], context: dict[str, Any]) -> ItemState:
    """A played span, kept with the file it was played from when the statement names it."""
    segments = _ext(result, EXT_SEGMENT)
    spans = parse_segments(segments) if isinstance(segments, str) else []
    length = _ext(context, EXT_LENGTH)
    length = float(length) if isinstance(length, int | float) and length > 0 else None
    sha = _ext(context, EXT_FILE)
    if isinstance(sha, str) and sha:
        before = state.files.get(sha, FileWatch())
        now = FileWatch(length or before.length, tuple(merge([*before.watched, *spans])))
        state = replace(state, files={**state.files, sha: now})
        seconds, of = now.seconds, now.length
    else:
        state = replace(state, length=length or state.length,
                        watched=tuple(merge([*state.watched, *spans])))
        seconds, of = state.watched_seconds, state.length
    # Done stays done: watching most of a file once completes the item, whatever replaces it.
    if of and seconds >= VIDEO_DONE_FRACTION * of:
        state = replace(state, done=True)
    return state


def _responded(state: ItemState, statement: dict[str, Any], result: dict[str, Any],
               context: dict[str, Any]) -> ItemState:
    """An answer to a prompt, kept by the prompt's text when the statement has it.

    Whether the case study is done depends on its prompts as now installed, so it is decided
    in ``summary.py``, not here.
    """
    if not str(result.get("response", "")).strip():
        return state
    name = (statement.get("object", {}).get("definition") or {}).get("name")
    if isinstance(name, dict) and name:
        return replace(state, answered=state.answered | {prompt_key(name)})
    count = _ext(context, EXT_PROMPTS)
    index = str(statement.get("object", {}).get("id", "")).rsplit("/", 1)[-1]
    if isinstance(count, int) and index.isdigit():
        return replace(state, prompts=state.prompts | {int(index)}, prompt_count=count)
    return state
