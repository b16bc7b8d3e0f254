"""A quiz before (and between) attempts: its rules, the best result, start or resume, and the
past attempts with their date and score (a finished one opens its review)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.packs.manifest import Item
from c4s_desktop.core.progress.summary import reaches_pass_mark
from c4s_desktop.core.quiz.attempt_record import ABANDONED, FINISHED, Attempt, QuizRecord
from c4s_desktop.ui.formatting import format_percent
from c4s_desktop.ui.layouts import page_button
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.quiz.fonts import scale_font

REGISTRATION_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


def local_time(stamp: str) -> str:
    """A stored UTC timestamp as a short local date and time."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


class OverviewPage(QWidget):
    """What the learner sees on opening a quiz."""

    start_requested = Signal()
    resume_requested = Signal()
    review_requested = Signal(str)
    """The registration of a finished attempt to review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = plain_label()
        self.facts.setObjectName("quiz-facts")
        scale_font(self.facts, 1.1, bold=True)
        self.facts.setWordWrap(True)
        self.standing = plain_label()
        self.standing.setWordWrap(True)
        self.resume_button = page_button(self.tr("Resume the attempt"))
        self.resume_button.clicked.connect(self.resume_requested)
        self.start_button = page_button(self.tr("Start the quiz"))
        self.start_button.clicked.connect(self.start_requested)
        self.history_label = QLabel(self.tr("Your attempts"))
        self.history_label.setObjectName("quiz-history-title")
        scale_font(self.history_label, 1.0, bold=True)
        self.history = QTreeWidget()
        self.history.setObjectName("quiz-attempts")
        self.history.setAccessibleName(self.tr("Your attempts at this quiz"))
        self.history.setColumnCount(4)
        self.history.setHeaderLabels(
            [self.tr("Attempt"), self.tr("Date"), self.tr("Score"), self.tr("Result")])
        self.history.setRootIsDecorated(False)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.history.header()
        header.setStretchLastSection(True)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.history.itemActivated.connect(self._activated)
        self.history_hint = QLabel(
            self.tr("Select a finished attempt and press Enter to review its answers."))
        self.history_hint.setObjectName("hint")
        self.history_hint.setWordWrap(True)
        self.history_label.setBuddy(self.history)

        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(self.standing)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.history_hint)
        self._filler = QWidget()  # takes the room of the attempts list while there is none
        layout.addWidget(self._filler, 1)

    def show_quiz(self, item: Item, question_count: int, record: QuizRecord) -> None:
        """Show the quiz's rules, where the learner stands, and their attempts."""
        facts = [self.tr("%n question(s)", "", question_count),
                 self.tr("pass mark {score}").format(score=format_percent(item.pass_score or 0))]
        if item.max_attempts and record.used > item.max_attempts:
            # A pack update lowered the limit below what the learner used: "3 of 2" reads
            # as a mistake, so the limit is named apart.
            facts.append(self.tr("%n attempt(s) used (the limit is now {max})", "",
                                 record.used).format(max=item.max_attempts))
        elif item.max_attempts:
            # No plural form: French and Spanish agree with the attempts used, English with
            # the attempts allowed ("1 tentative utilisée sur 3", "1 of 3 attempts used").
            facts.append(self.tr("attempts used: {used} of {max}").format(
                used=record.used, max=item.max_attempts))
        facts.append(self.tr("answers are checked one by one") if item.feedback == "immediate"
                     else self.tr("answers are checked at the end"))
        self.facts.setText(" · ".join(facts))
        self.standing.setText(self._standing(item, record))
        current = record.current
        can_start = record.can_start(item.max_attempts)
        self.resume_button.setVisible(current is not None)
        if current is not None:
            answered = len(current.answers)
            self.resume_button.setText(self.tr("Resume attempt {n} ({done} of {count} answered)")
                                       .format(n=current.number, done=answered,
                                               count=question_count))
        self.start_button.setVisible(can_start)
        self.start_button.setText(self.tr("Start a new attempt") if record.attempts
                                  else self.tr("Start the quiz"))
        self._fill_history(record)
        focus: QWidget = self.history
        if current is not None:
            focus = self.resume_button
        elif can_start:
            focus = self.start_button
        self.setFocusProxy(focus)

    def _standing(self, item: Item, record: QuizRecord) -> str:
        parts = []
        # As everywhere else (summary.item_done): a pass mark lowered by an update passes a
        # best score that now reaches it, though its attempt was not passed at the time.
        if record.passed or reaches_pass_mark(record.best, item.pass_score):
            parts.append(self.tr("You passed this quiz."))
        if record.best is not None:
            parts.append(self.tr("Your best score: {score}.").format(
                score=format_percent(record.best)))
        if not record.can_start(item.max_attempts) and record.current is None:
            parts.append(self.tr("You have used all your attempts."))
        elif record.current is not None and record.can_start(item.max_attempts):
            parts.append(self.tr("Starting a new attempt leaves the unfinished one as it is; "
                                 "it still counts as an attempt."))
        return " ".join(parts)

    def _fill_history(self, record: QuizRecord) -> None:
        self.history.clear()
        for attempt in reversed(record.attempts):
            row = QTreeWidgetItem([str(attempt.number), local_time(attempt.started_at),
                                   self._score(attempt), self._result(attempt)])
            row.setData(0, REGISTRATION_ROLE, attempt.registration)
            row.setData(0, STATUS_ROLE, attempt.status)
            self.history.addTopLevelItem(row)
        has_rows = bool(record.attempts)
        for widget in (self.history_label, self.history, self.history_hint):
            widget.setVisible(has_rows)
        self._filler.setVisible(not has_rows)
        first = self.history.topLevelItem(0)
        if first is not None:
            self.history.setCurrentItem(first)

    def _score(self, attempt: Attempt) -> str:
        if attempt.scaled is None:
            return "—"
        return format_percent(attempt.scaled)

    def _result(self, attempt: Attempt) -> str:
        if attempt.status == FINISHED:
            return self.tr("Passed") if attempt.passed else self.tr("Not passed")
        if attempt.status == ABANDONED:
            return self.tr("Unfinished")
        return self.tr("In progress")

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        if row.data(0, STATUS_ROLE) == FINISHED:
            self.review_requested.emit(str(row.data(0, REGISTRATION_ROLE)))
