"""The class progress a trainer sees: every learner who is not a trainer, on every course.

Each learner's figures, when they were last active in each course included, come from their
own progress report (``report.build_report``: a few queries per learner, and one per course
they completed), so the class sees exactly what each learner sees. What costs most, folding
each learner's statements into time spent and last activity, is kept from one report to the
next (``timeline_cache``), so a report reads only the statements recorded since the last:
after a year of use (30 learners, 20,000 statements each) well under a second, where folding
everything takes several times as long.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.learners import Learner, list_learners
from c4s_desktop.core.packs.jsonshape import Text
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.progress.report import (
    CourseProgress,
    QuizProgress,
    ReportCache,
    build_report,
)
from c4s_desktop.core.progress.summary import reaches_pass_mark
from c4s_desktop.core.progress.timeline_cache import TimelineCache
from c4s_desktop.core.store.database import Store


@dataclass(frozen=True)
class ClassRow:
    """One learner on one course."""

    learner_id: str
    learner_name: str
    pack_id: str
    completion: float
    """0..1, the course's completion."""
    items_done: int
    items_total: int
    quizzes_passed: int
    """Quizzes passed, by the rule of :func:`quiz_passed`."""
    quizzes_total: int
    mean_score: float | None
    """The mean of the best scaled scores (0..1) of the quizzes attempted; None before any."""
    time_spent_s: float
    last_active: str | None
    """UTC ISO time of the learner's newest statement about this course; None if never."""
    completed_at: str | None


@dataclass(frozen=True)
class ClassCourse:
    """An installed course; pick its title with ``core.packs.manifest.pick_text``."""

    pack_id: str
    title: Text
    default_language: str


@dataclass(frozen=True)
class ClassReport:
    """The installed courses (library order), and a row for every learner who is not a
    trainer on every one of them: by course, then by name (case folded)."""

    courses: tuple[ClassCourse, ...]
    rows: tuple[ClassRow, ...]

    def for_course(self, pack_id: str) -> tuple[ClassRow, ...]:
        """The rows of one course, by name."""
        return tuple(row for row in self.rows if row.pack_id == pack_id)


def quiz_passed(quiz: QuizProgress) -> bool:
    """A quiz is passed when one of its attempts was recorded ``passed``, or when its best
    scaled score reaches the quiz's pass score as the course now sets it: the rule of the
    learner's own screens (``summary.item_done``).

    The first alone would miss a pass score lowered by a course update; the second alone
    would miss an attempt recorded without a score by another LRS."""
    return (any(attempt.passed for attempt in quiz.attempts)
            or reaches_pass_mark(quiz.best, quiz.pass_score))


def class_report(store: Store, manifests: Sequence[Manifest] | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ClassReport:
    """Every learner who is not a trainer, on every installed course (manifests default to the
    installed ones). Learners with no activity are included (0 %, never active).

    ``progress(done, total)`` hears of each learner worked out (and of none, first), in
    learners; when ``cancelled()`` answers True before the next learner, the report stops
    with :class:`CancelledError` (``op.cancelled``). Either way no progress is recorded;
    the learners' time lines worked out are kept for the next report (in one transaction,
    when the store is open for writing)."""
    if manifests is None:
        manifests = [pack.manifest(keep_raw=False) for pack in list_installed(store)]
    learners = sorted((x for x in list_learners(store) if not x.trainer),
                      key=lambda x: (x.name.casefold(), x.id))
    shared = ReportCache(manifests)
    timelines = TimelineCache(shared.types)
    rows_by_course: dict[str, list[ClassRow]] = {m.id: [] for m in manifests}
    if progress is not None:
        progress(0, len(learners))
    try:
        for done, learner in enumerate(learners, start=1):
            if cancelled is not None and cancelled():
                raise CancelledError("op.cancelled")
            for course in build_report(store, learner, manifests, shared, timelines).courses:
                rows_by_course[course.pack_id].append(_row(learner, course))
            if progress is not None:
                progress(done, len(learners))
    finally:
        timelines.keep(store)  # a cancelled report's work still spares the next one
    courses = tuple(ClassCourse(m.id, m.title, m.default_language) for m in manifests)
    return ClassReport(courses, tuple(row for m in manifests for row in rows_by_course[m.id]))


def _row(learner: Learner, course: CourseProgress) -> ClassRow:
    lessons = [lesson for module in course.modules for lesson in module.lessons]
    bests = [quiz.best for quiz in course.quizzes if quiz.best is not None]
    return ClassRow(
        learner.id, learner.name, course.pack_id, course.completion,
        sum(lesson.done for lesson in lessons), sum(lesson.total for lesson in lessons),
        sum(1 for quiz in course.quizzes if quiz_passed(quiz)), len(course.quizzes),
        sum(bests) / len(bests) if bests else None,
        course.time_spent_s, course.last_active, course.completed_at)

