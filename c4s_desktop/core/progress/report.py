"""One learner's progress over every installed course: what the progress screen and
``c4s progress show`` print.

Everything here is derived from the statements: completion from the item states they fold
into (``item_progress``, which ``rebuild`` recomputes from them), time spent, when each course
was last active and quiz attempts from the statements themselves (``timeline.py``), a
completed course's date from the statements that finished its items (``completion_date.py``).
A few aggregate queries, whatever the number of statements; statement bodies are parsed in
Python only for a completed course's date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from c4s_desktop.core.learners import Learner
from c4s_desktop.core.packs.jsonshape import Text
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.core.packs.manifest import Item, Manifest, Module
from c4s_desktop.core.progress.completion_date import course_completed_at
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.progress.summary import completion, item_done, next_item
from c4s_desktop.core.progress.timeline import QuizAttempt, fold_timeline, quiz_attempts
from c4s_desktop.core.progress.timeline_cache import TimelineCache
from c4s_desktop.core.store.database import Store


@dataclass(frozen=True)
class LessonProgress:
    """A lesson: the fraction of its items done."""

    id: str
    title: Text
    completion: float
    done: int
    total: int


@dataclass(frozen=True)
class ModuleProgress:
    """A module, its lessons, and its score: the mean of its quizzes' best scores."""

    id: str
    title: Text
    completion: float
    lessons: tuple[LessonProgress, ...]
    score: float | None


@dataclass(frozen=True)
class QuizProgress:
    """A quiz of the course with every finished attempt, oldest first."""

    item_id: str
    title: Text
    pass_score: float | None
    attempts: tuple[QuizAttempt, ...]

    @property
    def best(self) -> float | None:
        """The best scaled score over the attempts, None before any."""
        scores = [a.scaled for a in self.attempts if a.scaled is not None]
        return max(scores) if scores else None


@dataclass(frozen=True)
class NextStep:
    """The first item not done, in course order, and the lesson it is in."""

    item_id: str
    title: Text
    lesson_title: Text


@dataclass(frozen=True)
class CourseProgress:
    """One installed course as the learner has done it."""

    pack_id: str
    title: Text
    publisher: str
    default_language: str
    completion: float
    modules: tuple[ModuleProgress, ...]
    quizzes: tuple[QuizProgress, ...]
    time_spent_s: float
    next_step: NextStep | None
    completed_at: str | None
    """When the course was completed (UTC ISO timestamp), None while it is not: the moment
    the last item the installed version requires became done (``completion_date.py``)."""
    last_active: str | None = None
    """When the learner last did something in the course (UTC ISO timestamp of their newest
    statement about it, ``timeline.py``), None if never."""

    @property
    def complete(self) -> bool:
        return self.completion >= 1.0


@dataclass(frozen=True)
class ProgressReport:
    """A learner's progress over every installed course."""

    learner_id: str
    learner_name: str
    courses: tuple[CourseProgress, ...]
    statement_count: int

    @property
    def time_spent_s(self) -> float:
        """Time spent over all courses, in seconds."""
        return sum(course.time_spent_s for course in self.courses)


def learner_states(store: Store, learner_id: str) -> dict[str, dict[str, ItemState]]:
    """Every item state of the learner, by pack id then item id, in one query."""
    rows = store.db.execute(
        "SELECT pack_id, item_id, started, done, detail FROM item_progress WHERE learner_id = ?",
        [learner_id]).fetchall()
    states: dict[str, dict[str, ItemState]] = {}
    for pack_id, item_id, started, done, detail in rows:
        states.setdefault(pack_id, {})[item_id] = ItemState.from_row(started, done, detail)
    return states


def _module_score(module: Module, quizzes: dict[str, QuizProgress]) -> float | None:
    bests = [quizzes[item.id].best for lesson in module.lessons for item in lesson.items
             if item.id in quizzes]
    scores = [best for best in bests if best is not None]
    return sum(scores) / len(scores) if scores else None


def course_progress(manifest: Manifest, states: dict[str, ItemState],
                    completed_at: str | None, attempts: list[QuizAttempt], spent: float,
                    last_active: str | None = None) -> CourseProgress:
    """One course's progress from the learner's states and statements; ``completed_at`` is
    the date of a complete course (:func:`_completion_date`)."""
    share = completion(manifest, states)
    by_item: dict[str, list[QuizAttempt]] = {}  # in the order given: oldest first
    for attempt in attempts:
        if attempt.pack_id == manifest.id:
            by_item.setdefault(attempt.item_id, []).append(attempt)
    quizzes = {
        item.id: QuizProgress(item.id, item.title, item.pass_score,
                              tuple(by_item.get(item.id, ())))
        for _m, _l, item in manifest.iter_items() if item.type == "quiz"
    }
    modules = tuple(
        ModuleProgress(module.id, module.title, share[module.id], tuple(
            LessonProgress(lesson.id, lesson.title, share[lesson.id],
                           sum(1 for item in lesson.items if _done(states, item)),
                           len(lesson.items))
            for lesson in module.lessons), _module_score(module, quizzes))
        for module in manifest.modules)
    upcoming = next_item(manifest, states)
    step = None
    for _module, lesson, item in manifest.iter_items():
        if item.id == upcoming:
            step = NextStep(item.id, item.title, lesson.title)
    return CourseProgress(
        manifest.id, manifest.title, manifest.publisher.name, manifest.default_language,
        share[manifest.id], modules, tuple(quizzes.values()), spent, step,
        completed_at if share[manifest.id] >= 1.0 else None, last_active)


def _completion_date(store: Store, learner_id: str, manifest: Manifest,
                     states: dict[str, ItemState]) -> str | None:
    """When the learner completed the course, None while an item is not done (the statements
    are read only then)."""
    if next_item(manifest, states) is not None:
        return None
    return course_completed_at(store, learner_id, manifest)


def _done(states: dict[str, ItemState], item: Item) -> bool:
    return item_done(item, states.get(item.id))


def build_report(store: Store, learner: Learner, manifests: Sequence[Manifest],
                 shared: ReportCache | None = None, timelines: TimelineCache | None = None,
                 ) -> ProgressReport:
    """The learner's progress over ``manifests`` (the installed courses), in five queries
    (one more when it names items no installed course has) and one more for each completed
    course.

    ``shared`` lets a caller building many learners' reports over the same ``manifests``
    (the class progress) work out once what does not depend on the learner; ``timelines``
    (made with ``shared.types``) lets it carry on the learner's time line from where the
    last report left it instead of reading all their statements again.
    """
    cache = shared if shared is not None else ReportCache(manifests)
    states = learner_states(store, learner.id)
    line = (timelines.timeline(store, learner.id) if timelines is not None
            else fold_timeline(store, learner.id, cache.types))
    activity = line.activity(store)
    attempts = quiz_attempts(store, learner.id)
    touched = (states.keys() | activity.statements.keys() | activity.spent.keys()
               | {a.pack_id for a in attempts})
    courses = tuple(
        course_progress(m, states.get(m.id, {}),
                        _completion_date(store, learner.id, m, states.get(m.id, {})), attempts,
                        activity.spent.get(m.id, 0.0), activity.last_active.get(m.id))
        if m.id in touched else cache.untouched(m)
        for m in manifests)
    return ProgressReport(learner.id, learner.name, courses, sum(activity.statements.values()))


class ReportCache:
    """What reports over the same courses share: the type of every item, lesson and module,
    and each course as a learner who never touched it sees it (most learners of a class
    touch a few courses)."""

    def __init__(self, manifests: Sequence[Manifest]) -> None:
        self.types = {(m.id, item.id): item.type for m in manifests
                      for _mo, _l, item in m.iter_items()}
        # Their lessons and modules too: the time line then asks the statements only about
        # what no installed course has.
        for m in manifests:
            for module in m.modules:
                self.types[(m.id, module.id)] = "module"
                self.types.update({(m.id, lesson.id): "lesson" for lesson in module.lessons})
        self._untouched: dict[str, CourseProgress] = {}

    def untouched(self, manifest: Manifest) -> CourseProgress:
        """The course's progress with no state, statement or attempt of the learner."""
        if manifest.id not in self._untouched:
            self._untouched[manifest.id] = course_progress(manifest, {}, None, [], 0.0)
        return self._untouched[manifest.id]


def learner_report(store: Store, learner: Learner) -> ProgressReport:
    """The learner's progress over every installed course (manifests read from the store)."""
    return build_report(store, learner, [pack.manifest() for pack in list_installed(store)])
