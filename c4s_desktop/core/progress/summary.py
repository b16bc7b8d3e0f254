"""What a learner's item states add up to: completion of every level, and where to go next.

Completion is derived, never stored: an item counts 0 or 1 (a started video counts the
fraction of it watched), a lesson, a module and the course count the fraction of their items
that are done. So a lesson is complete when all its items are done, and so on up to the course.

An item state holds what the learner did, whatever version of the course they did it in; what
it is worth is judged here, against the course as installed now: after an update a replaced
video counts only what was watched of its new file, a case study needs an answer to each of
its current prompts, and a quiz is passed once its best score reaches the current pass mark.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from c4s_desktop.core.packs.manifest import Item, Manifest
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.progress.intervals import covered
from c4s_desktop.core.progress.newest import LOCAL, newest
from c4s_desktop.core.progress.prompts import answered_indexes
from c4s_desktop.core.quiz.scoring import EPSILON
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import parse_activity_iri
from c4s_desktop.core.xapi.vocabulary import VERBS

SAME_LENGTH_S = 1.0
SAME_LENGTH_FRACTION = 0.02
"""Spans that name no file count for the installed video when their statements' length is
its manifest duration, within the larger of these: a player measures a file a little longer
or shorter than the duration its author wrote."""


def reaches_pass_mark(best: float | None, pass_score: float | None) -> bool:
    """True when a best scaled score reaches the pass score as the course now sets it (a
    missing pass score is 0, as when the quiz is scored: ``core/quiz/attempts.py``).

    With a ``passed`` statement, this is what makes a quiz passed, everywhere: an update that
    lowers the pass mark passes the learners whose best score now reaches it."""
    return best is not None and best >= (pass_score or 0.0) - EPSILON


def item_done(item: Item, state: ItemState | None) -> bool:
    """Whether the learner has done ``item`` as it is installed now (docs/xapi.md,
    "Completion rules"): a case study when every current prompt has an answer, a quiz when
    passed or when its best score reaches the current pass mark, anything else when done."""
    if state is None:
        return False
    if item.type == "case_study":
        answered = answered_indexes(item.questions, state.answered, state.prompts,
                                    state.prompt_count)
        return bool(item.questions) and len(answered) == len(item.questions)
    if item.type == "quiz":
        return state.done or reaches_pass_mark(state.best_score, item.pass_score)
    return state.done


def _watched_now(manifest: Manifest, item: Item, state: ItemState, length: float) -> float:
    """Seconds played of the video file installed now (any of its languages' files)."""
    current = {manifest.files[path].sha256 for path in (item.file or {}).values()
               if path in manifest.files}
    spans = [span for sha, watch in state.files.items() if sha in current
             for span in watch.watched]
    # Spans that name no file: the installed file's when their length is its duration.
    if state.length and abs(state.length - length) <= max(SAME_LENGTH_S,
                                                          SAME_LENGTH_FRACTION * length):
        spans += state.watched
    return covered(spans, length)


def item_completion(manifest: Manifest, item: Item, state: ItemState | None) -> float:
    """0.0 to 1.0 for one item: 1 when done (:func:`item_done`), the share of a started
    video's installed file watched, else 0."""
    if state is None:
        return 0.0
    if item_done(item, state):
        return 1.0
    # The manifest's duration is the installed file's; a statement's may be a replaced one's.
    if item.type == "video" and item.duration_s:
        return min(1.0, _watched_now(manifest, item, state, item.duration_s) / item.duration_s)
    return 0.0


def _fraction_done(items: Iterable[Item], states: Mapping[str, ItemState]) -> float:
    flags = [item_done(item, states.get(item.id)) for item in items]
    return sum(flags) / len(flags) if flags else 0.0


def completion(manifest: Manifest, states: Mapping[str, ItemState]) -> dict[str, float]:
    """Completion (0.0 to 1.0) by node id: every item, lesson, module, and the pack (its id)."""
    out: dict[str, float] = {}
    for module in manifest.modules:
        for lesson in module.lessons:
            for item in lesson.items:
                out[item.id] = item_completion(manifest, item, states.get(item.id))
            out[lesson.id] = _fraction_done(lesson.items, states)
        out[module.id] = _fraction_done(
            (item for lesson in module.lessons for item in lesson.items), states)
    out[manifest.id] = _fraction_done((item for _m, _l, item in manifest.iter_items()), states)
    return out


def next_item(manifest: Manifest, states: Mapping[str, ItemState]) -> str | None:
    """The id of the first item not done, in course order; None when the course is done."""
    for _module, _lesson, item in manifest.iter_items():
        if not item_done(item, states.get(item.id)):
            return item.id
    return None


@dataclass(frozen=True)
class Opened:
    """An item the learner opened, and the lesson it was in then (None when the statement
    names none): where Continue goes on when a course update removed the item."""

    pack_id: str
    item_id: str
    lesson_id: str | None


def last_opened(store: Store, learner_id: str) -> Opened | None:
    """The item of the learner's newest "launched" statement (as
    :func:`~c4s_desktop.core.progress.newest.newest` orders them), or None."""
    where = "WHERE learner_id = ? AND verb = ? AND item_id IS NOT NULL AND origin "
    columns = ("SELECT rowid, origin, timestamp, pack_id, item_id, "
               "json_extract(body, '$.context.contextActivities.parent[0].id') FROM statements ")
    params = [learner_id, VERBS["launched"], LOCAL]
    # The newest of this computer's, and the newest of the others': one row each.
    rows = [*store.db.execute(columns + where + "= ? ORDER BY rowid DESC LIMIT 1", params),
            *store.db.execute(columns + where + "!= ? ORDER BY timestamp DESC, rowid DESC "
                              "LIMIT 1", params)]
    return newest((rowid, origin, timestamp, Opened(str(pack), str(item), _lesson_id(parent)))
                  for rowid, origin, timestamp, pack, item, parent in rows)


def _lesson_id(parent: object) -> str | None:
    """The lesson id of an item statement's first parent activity (``item_events``)."""
    return parse_activity_iri(parent)[1] if isinstance(parent, str) else None
