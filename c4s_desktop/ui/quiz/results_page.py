"""The end of an attempt: passed or not, the score, and a review of every question."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from c4s_desktop.core.quiz.attempt_record import Attempt
from c4s_desktop.core.quiz.model import Quiz
from c4s_desktop.ui.formatting import format_percent
from c4s_desktop.ui.layouts import page_button
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.quiz.answer_text import Wording, format_points, several_right
from c4s_desktop.ui.quiz.fonts import colour, scale_font
from c4s_desktop.ui.style import verdict_colour


class ResultsPage(QWidget):
    """Verdict, score and review of one finished attempt."""

    overview_requested = Signal()
    again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = plain_label()
        self.verdict.setObjectName("quiz-result")
        scale_font(self.verdict, 1.6, bold=True)
        self.score = QLabel()
        self.score.setWordWrap(True)
        self.review = QTextBrowser()
        self.review.setObjectName("quiz-review")
        self.review.setAccessibleName(self.tr("Review of your answers"))
        self.review.setOpenLinks(False)
        self.overview_button = page_button(self.tr("Back to the quiz overview"))
        self.overview_button.clicked.connect(self.overview_requested)
        self.again_button = page_button(self.tr("Try again"))
        self.again_button.clicked.connect(self.again_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.overview_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.score)
        layout.addWidget(self.review, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.overview_button)
        self._review: tuple[Quiz, tuple[str, ...], Attempt, Wording] | None = None
        self._review_green = ""

    def show_attempt(self, quiz: Quiz, order: tuple[str, ...], attempt: Attempt,
                     pass_score: float, wording: Wording, can_retry: bool) -> None:
        """Show ``attempt`` (finished), its questions in the order they were shown."""
        passed = bool(attempt.passed)
        colour(self.verdict, passed)
        self.verdict.setText(self.tr("Passed") if passed else self.tr("Not passed"))
        self.score.setText(self.tr(
            "Attempt {n}: {score} of {max} points ({percent}). The pass mark is {mark}.").format(
                n=attempt.number, score=format_points(attempt.score or 0),
                max=format_points(attempt.max_score or 0),
                percent=format_percent(attempt.scaled or 0), mark=format_percent(pass_score)))
        self._review = (quiz, order, attempt, wording)
        self._show_review()
        self.again_button.setVisible(can_retry)
        self.setAccessibleDescription(f"{self.verdict.text()} {self.score.text()}")

    def changeEvent(self, event: QEvent) -> None:
        """A new theme (palette) writes the review again in its colours, where the learner
        was reading."""
        super().changeEvent(event)
        if (event.type() == QEvent.Type.PaletteChange
                and verdict_colour(True, self.palette()) != self._review_green):
            bar = self.review.verticalScrollBar()
            place = bar.value()
            self._show_review()
            bar.setValue(place)

    def _show_review(self) -> None:
        if self._review is not None:
            self._review_green = verdict_colour(True, self.palette())
            self.review.setHtml(self._review_html(*self._review))

    def _review_html(self, quiz: Quiz, order: tuple[str, ...], attempt: Attempt,
                     wording: Wording) -> str:
        questions = {question.id: question for question in quiz.questions}
        yours, solution = escape(self.tr("Your answer:")), escape(self.tr("The right answer:"))
        solutions = escape(self.tr("The right choices:"))
        parts = []
        for number, question_id in enumerate(order, start=1):
            question = questions[question_id]
            right = attempt.correct.get(question_id, False)
            heading = escape(self.tr("Question {n}").format(n=number))
            given = wording.response(question, attempt.answers.get(question_id))
            if question_id in attempt.outdated:
                # Answered before an update changed the question: that answer cannot be
                # shown against the new question, nor called right or wrong by it.
                given = self.tr("given to an earlier version of this question")
            else:
                mark = self.tr("Right") if right else self.tr("Not right")
                tint = verdict_colour(right, self.palette())
                heading += f" <span style='color:{tint}'>({escape(mark)})</span>"
            parts.append(f"<h3>{heading}</h3><p>{escape(wording.text(question.prompt))}</p>"
                         f"<p><b>{yours}</b> {escape(given)}</p>")
            if not right:
                label = solutions if several_right(question) else solution
                parts.append(f"<p><b>{label}</b> {escape(wording.solution(question))}</p>")
            if question.explanation:
                parts.append(f"<p><i>{escape(wording.text(question.explanation))}</i></p>")
        return "".join(parts)
