"""Taking a quiz: the overview, one page per question, feedback, results and review.

Every step is a store-worker job (``core/quiz/attempts.py``); the view moves on only when the
job reports that its statements are committed, so feedback is never shown for an answer that
is not on disk. Leaving the view in the middle of an attempt records it as suspended; opening
the quiz again offers to resume it, in the same order as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QHideEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.core.progress.item_events import ItemRef
from c4s_desktop.core.quiz.attempt_record import Attempt, QuizRecord
from c4s_desktop.core.quiz.attempts import (
    Finished,
    QuizTaker,
    answer_question,
    finish_attempt,
    open_quiz,
    resume_attempt,
    start_attempt,
    suspend_attempt,
)
from c4s_desktop.core.quiz.model import Question
from c4s_desktop.core.quiz.scoring import QuestionScore
from c4s_desktop.core.quiz.shuffle import Presentation
from c4s_desktop.ui.document_view import MAX_ZOOM, MIN_ZOOM
from c4s_desktop.ui.errors import error_text
from c4s_desktop.ui.library_data import ItemPlace
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.quiz.answer_text import Wording, format_points, several_right
from c4s_desktop.ui.quiz.fonts import zoom_text
from c4s_desktop.ui.quiz.overview_page import OverviewPage
from c4s_desktop.ui.quiz.question_inputs import make_input
from c4s_desktop.ui.quiz.question_page import QuestionPage
from c4s_desktop.ui.quiz.results_page import ResultsPage
from c4s_desktop.ui.session import Session
from c4s_desktop.ui.worker import Job, StoreWorker

log = logging.getLogger("c4s.quiz")


class QuizView(QStackedWidget):
    """One quiz item for the signed-in learner."""

    states_recorded = Signal(str, str, str, object)
    """(learner id, pack id, item id, the pack's item states by item id): an attempt started
    or finished."""
    answer_confirmed = Signal(str, str)
    """(registration, question id): the answer is committed and its feedback is on screen."""
    results_shown = Signal()

    def __init__(self, lang: str, worker: StoreWorker | None, session: Session | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz-view")
        self._lang = lang
        self._worker = worker
        self._session = session
        self._place: ItemPlace | None = None
        self._files: PackFiles | None = None
        self._taker: QuizTaker | None = None
        self._record = QuizRecord()
        self._attempt: Attempt | None = None
        self._presentation: Presentation | None = None
        self._index = 0
        self._wording = Wording(lang, lang)
        self._generation = 0
        self._zoom = 0
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overview = OverviewPage()
        self.question_page = QuestionPage()
        self.results = ResultsPage()
        for page in (self.message, self.overview, self.question_page, self.results):
            self.addWidget(page)
        self.overview.start_requested.connect(self._start)
        self.overview.resume_requested.connect(self._resume)
        self.overview.review_requested.connect(self._review)
        self.question_page.confirm_requested.connect(self._confirm)
        self.question_page.next_requested.connect(self._next)
        self.results.overview_requested.connect(self._show_overview)
        self.results.again_requested.connect(self._start)
        if session is not None:
            session.learner_changed.connect(self._learner_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._app_font_changed)

    @property
    def attempt(self) -> Attempt | None:
        """The attempt being answered in this view, if any."""
        return self._attempt

    @property
    def taker(self) -> QuizTaker | None:
        """The learner and the quiz shown, once loaded."""
        return self._taker

    @property
    def record(self) -> QuizRecord:
        """The learner's attempts at the quiz shown, as last loaded or changed."""
        return self._record

    @property
    def presentation(self) -> Presentation | None:
        """The order the attempt being answered shows the quiz in."""
        return self._presentation

    @property
    def answering(self) -> bool:
        """True while a question of an attempt is on the screen (a presenter's remote does not
        leave the quiz then)."""
        return self.currentWidget() is self.question_page

    def current_question(self) -> Question | None:
        """The question on screen, when answering."""
        if self.currentWidget() is not self.question_page or self._presentation is None:
            return None
        return self._question()

    # --- Text size -------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        """Points the quiz's text is larger (negative: smaller) than the app's."""
        return self._zoom

    def zoom_by(self, steps: int) -> None:
        """Make every text of the quiz ``steps`` points larger (negative: smaller), titles in
        proportion, within the document view's limits: on a projector the room reads it."""
        wanted = max(MIN_ZOOM, min(MAX_ZOOM, self._zoom + steps))
        if wanted != self._zoom:
            self._zoom = wanted
            zoom_text(self, wanted)

    def reset_zoom(self) -> None:
        """Back to the normal text size."""
        self.zoom_by(-self._zoom)

    def _app_font_changed(self, _font: QFont) -> None:
        # A larger system text size: a zoomed quiz's sizes were worked out from the old one.
        zoom_text(self, self._zoom)

    # --- Opening ---------------------------------------------------------------------------

    def open(self, place: ItemPlace, files: PackFiles) -> None:
        """Show the quiz item ``place.item`` for the signed-in learner."""
        self.leave()
        self._place, self._files = place, files
        self._taker, self._record, self._presentation = None, QuizRecord(), None
        manifest = place.pack.manifest
        self._wording = Wording(self._lang, manifest.default_language)
        learner = self._session.learner if self._session is not None else None
        if learner is None or self._worker is None:
            self._show_message(self.tr("Sign in to take this quiz: your answers are kept "
                                       "under your name."))
            return
        self._show_message(self.tr("Opening the quiz…"))
        ref = ItemRef(manifest, place.lesson, place.item)
        learner_id, lang = learner.id, self._lang
        self._run(lambda store, _task: open_quiz(store, files, learner_id, ref, lang),
                  self._opened, self._failed_to_open)

    def _opened(self, result: tuple[QuizTaker, QuizRecord]) -> None:
        self._taker, self._record = result
        self._show_overview()

    def _failed_to_open(self, exc: BaseException) -> None:
        self._show_message(error_text(exc))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def _show_overview(self) -> None:
        if self._taker is None:
            return
        self.overview.show_quiz(self._taker.ref.item, len(self._taker.quiz.questions),
                                self._record)
        self.setCurrentWidget(self.overview)
        self.overview.setFocus()

    def _learner_changed(self, _learner: object) -> None:
        if self._place is not None and self._files is not None and self.isVisible():
            self.open(self._place, self._files)

    # --- Leaving ---------------------------------------------------------------------------

    def leave(self) -> None:
        """The learner leaves the quiz: an unfinished attempt is recorded as suspended."""
        taker, attempt = self._taker, self._attempt
        self._generation += 1  # results of jobs still running are for a view no longer shown
        self._attempt = None
        if taker is None or attempt is None or self._worker is None:
            return
        registration = attempt.registration
        try:
            self._worker.run(lambda store, _task: suspend_attempt(store, taker, registration),
                             on_error=lambda exc: log.info("attempt not suspended: %s", exc))
        except RuntimeError as exc:  # the store is already closed: the app is ending
            log.warning("attempt not suspended, the store is closed: %s", exc)

    def hideEvent(self, event: QHideEvent) -> None:
        """Another item, the lesson or the end of the app replaces the quiz: leave it."""
        if not event.spontaneous():
            self.leave()
            self._show_message("")
        super().hideEvent(event)

    # --- Attempts --------------------------------------------------------------------------

    def _start(self) -> None:
        taker = self._taker
        if taker is None:
            return
        self._show_message(self.tr("Starting…"))
        self._run(lambda store, _task: start_attempt(store, taker), self._started)

    def _started(self, result: tuple[QuizRecord, dict[str, Any]]) -> None:
        self._record, states = result
        if self._taker is not None:
            taker = self._taker
            self.states_recorded.emit(taker.learner_id, taker.pack_id, taker.item_id, states)
        if self._record.current is not None:
            self._begin(self._record.current)

    def _resume(self) -> None:
        taker, current = self._taker, self._record.current
        if taker is None or current is None:
            return
        registration = current.registration
        self._show_message(self.tr("Opening your attempt…"))
        self._run(lambda store, _task: resume_attempt(store, taker, registration), self._resumed)

    def _resumed(self, record: QuizRecord) -> None:
        self._record = record
        if record.current is not None:
            self._begin(record.current)

    def _begin(self, attempt: Attempt) -> None:
        assert self._taker is not None
        self._attempt = attempt
        self._presentation = self._taker.presentation(attempt)
        self._index = self._unanswered_from(0)
        self._show_question()

    def _unanswered_from(self, start: int) -> int:
        """The first place from ``start`` on whose question has no answer, else the count:
        after an update changed questions, the unanswered ones need not follow each other."""
        order = self._presentation.questions if self._presentation is not None else ()
        answers = self._attempt.answers if self._attempt is not None else {}
        return next((i for i in range(start, len(order)) if order[i] not in answers),
                    len(order))

    def _question(self) -> Question:
        assert self._taker is not None and self._presentation is not None
        question_id = self._presentation.questions[self._index]
        return next(q for q in self._taker.quiz.questions if q.id == question_id)

    def _show_question(self) -> None:
        presentation = self._presentation
        if presentation is None:
            return
        count = len(presentation.questions)
        if self._index >= count:
            self._finish()
            return
        question = self._question()
        widget = make_input(question, self._wording, presentation.choices.get(question.id, ()),
                            presentation.rights.get(question.id, ()),
                            presentation.items.get(question.id, ()))
        outdated = self._attempt is not None and question.id in self._attempt.outdated
        notice = self.tr("This question changed after you answered it, so your answer no "
                         "longer counts: please answer it again.") if outdated else ""
        self.question_page.show_question(self._index + 1, count,
                                         self._wording.text(question.prompt), widget,
                                         self._unanswered_from(self._index + 1) == count,
                                         notice)
        self.setCurrentWidget(self.question_page)
        widget.setFocus()

    def _confirm(self) -> None:
        taker, attempt, page = self._taker, self._attempt, self.question_page
        if taker is None or attempt is None or page.input is None:
            return
        response = page.input.response()
        if response is None:
            page.show_status(page.input.unreadable() or self.tr("Give an answer first."))
            return
        page.show_status("")
        page.set_busy(True)
        question = self._question()
        registration, number = attempt.registration, attempt.number
        self._run(lambda store, _task: answer_question(store, taker, registration, number,
                                                       question.id, response),
                  lambda score: self._answered(question, response, score), self._not_saved)

    def _answered(self, question: Question, response: object, score: QuestionScore) -> None:
        attempt = self._attempt
        if attempt is None:
            return
        attempt.answers[question.id] = response
        attempt.correct[question.id] = score.correct
        page = self.question_page
        if self._taker is not None and self._taker.ref.item.feedback == "immediate":
            page.feedback.show_feedback(score.correct, self._verdict(score),
                                        self._solution(question, score),
                                        self._explanation(question))
            page.show_answered()
            self.answer_confirmed.emit(attempt.registration, question.id)
            return
        self.answer_confirmed.emit(attempt.registration, question.id)
        self._next()

    def _not_saved(self, exc: BaseException) -> None:
        self.question_page.set_busy(False)
        self.question_page.show_status(error_text(exc))

    def _verdict(self, score: QuestionScore) -> str:
        if score.correct:
            return self.tr("Right!")
        if score.score > 0:
            return self.tr("Partly right: {score} of {max} points.").format(
                score=format_points(score.score), max=format_points(score.max))
        return self.tr("Not right.")

    def _solution(self, question: Question, score: QuestionScore) -> str:
        if score.correct:
            return ""
        if several_right(question):
            return self.tr("The right choices: {answer}").format(
                answer=self._wording.solution(question))
        return self.tr("The right answer: {answer}").format(
            answer=self._wording.solution(question))

    def _explanation(self, question: Question) -> str:
        return self._wording.text(question.explanation) if question.explanation else ""

    def _next(self) -> None:
        self._index = self._unanswered_from(self._index + 1)
        self._show_question()

    def _finish(self) -> None:
        taker, attempt = self._taker, self._attempt
        if taker is None or attempt is None:
            return
        registration = attempt.registration
        self._attempt = None  # no second finish, whatever the learner presses meanwhile
        self._show_message(self.tr("Adding up your score…"))
        self._run(lambda store, _task: finish_attempt(store, taker, registration),
                  self._finished)

    def _finished(self, finished: Finished) -> None:
        taker = self._taker
        assert taker is not None
        self._record = finished.record
        self.states_recorded.emit(taker.learner_id, taker.pack_id, taker.item_id,
                                  finished.states)
        self._show_results(finished.attempt)

    def _review(self, registration: str) -> None:
        attempt = self._record.attempt(registration)
        if attempt is not None and attempt.finished_at is not None:
            self._show_results(attempt)

    def _show_results(self, attempt: Attempt) -> None:
        taker = self._taker
        assert taker is not None
        item = taker.ref.item
        order = taker.presentation(attempt).questions
        can_retry = self._record.current is None and self._record.can_start(item.max_attempts)
        self.results.show_attempt(taker.quiz, order, attempt, item.pass_score or 0.0,
                                  self._wording, can_retry)
        self.setCurrentWidget(self.results)
        self.results.setFocus()
        self.results_shown.emit()

    # --- Jobs ------------------------------------------------------------------------------

    def _run(self, job: Job[Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Queue ``job``; its result reaches ``on_done`` only if the view still shows the same
        quiz (its statements are stored either way)."""
        assert self._worker is not None
        generation = self._generation

        def done(result: Any) -> None:
            if generation == self._generation:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                (on_error or self._failed_to_open)(exc)

        self._worker.run(job, on_done=done, on_error=failed)
