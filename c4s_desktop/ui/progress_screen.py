"""The progress screen: a learner's progress on every course, as a page of the main window.

It only shows a :class:`ProgressReport` it is given; the report is built by a store-worker
job (``progress_screen_flow.py``), never on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.progress.report import ProgressReport
from c4s_desktop.ui.formatting import format_duration
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.progress_card import CourseCard

MAX_COLUMN_WIDTH = 900


class ProgressScreen(QWidget):
    """Heading, a line of totals, then one card per course, in a scroll area."""

    open_requested = Signal(str, str)
    """(pack id, item id): the learner wants to go to an item."""
    certificate_requested = Signal(str)
    """The pack id of a completed course whose certificate the learner wants to save."""
    back_requested = Signal()
    """The learner wants to leave the progress screen."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress-screen")
        self._lang = lang
        self.report: ProgressReport | None = None
        self.cards: list[CourseCard] = []
        self.heading = plain_label(self.tr("My progress"))
        self.heading.setObjectName("progress-heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setObjectName("progress-back")
        self.back_button.clicked.connect(self.back_requested)
        self.point_back_to("")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.back_button)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.column = QVBoxLayout()
        self.column.setSpacing(14)
        self.column.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        inner.setObjectName("progress-column")
        inner.setMaximumWidth(MAX_COLUMN_WIDTH)
        inner.setLayout(self.column)
        self._holder = QWidget()
        holder_layout = QHBoxLayout(self._holder)
        # The screen's own margins frame the cards, which line up with the heading: more
        # margins would only narrow them.
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(inner)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self._holder)
        # A Tab stop (arrows scroll the cards): a reader names it, not an empty pane.
        self.scroll_area.setAccessibleName(self.tr("Progress by course"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll_area, 1)
        self.show_message(self.tr("Loading your progress…"))

    def point_back_to(self, name: str) -> None:
        """``name`` is what Back says to a screen reader, where it goes ("Back to the
        lesson"): the button shows "Back" alone, which tells a reader's user nothing of it.
        Empty: where the learner was before."""
        self.back_button.setAccessibleName(name or self.tr("Back to the previous page"))

    def show_message(self, text: str) -> None:
        """Show ``text`` in place of the courses (loading, nobody signed in...)."""
        self.report = None
        self._clear()
        self.summary.setText(text)

    def _clear(self) -> None:
        self.cards = []
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def set_report(self, report: ProgressReport) -> None:
        """Show ``report``: the totals, then one card per course."""
        self._clear()
        self.report = report
        self.heading.setText(self.tr("Progress of {name}").format(name=report.learner_name))
        done = sum(1 for course in report.courses if course.complete)
        self.summary.setText(self.tr(
            "Time spent learning: {time} · Courses completed: {done} of {total}").format(
            time=format_duration(report.time_spent_s), done=done, total=len(report.courses)))
        if not report.courses:
            empty = QLabel(self.tr("No course is installed yet."))
            self.column.addWidget(empty)
        for course in report.courses:
            card = CourseCard(course, self._lang)
            card.open_requested.connect(self.open_requested)
            card.certificate_requested.connect(self.certificate_requested)
            card.tree.row_reached.connect(
                lambda row, tree=card.tree: self._bring_into_view(tree, row))
            self.cards.append(card)
            self.column.addWidget(card)
        self.column.addStretch(1)
        self.scroll_area.verticalScrollBar().setValue(0)
        focus = next((button for card in self.cards for button in (card.go_button,
                      card.certificate_button) if not button.isHidden()),
                     self.back_button)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _bring_into_view(self, widget: QWidget, rect: QRect) -> None:
        """Scroll so ``rect`` (in ``widget``'s coordinates) shows: the arrow keys move through a
        course's rows below the fold, where Qt only scrolls to a widget the Tab key reaches."""
        top = widget.mapTo(self._holder, rect.topLeft())
        self.scroll_area.ensureVisible(top.x(), top.y() + rect.height() // 2, 0,
                                       rect.height())
