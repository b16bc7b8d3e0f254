"""One course on the progress screen: completion by module and lesson, time, quizzes, next step."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.packs.manifest import pick_text
from c4s_desktop.core.progress.report import CourseProgress, QuizProgress
from c4s_desktop.ui.formatting import format_duration, format_percent
from c4s_desktop.ui.layouts import TITLE_ROOM
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.score_chart import ScoreChart

BAR_RANGE = 1000


def completion_date(timestamp: str) -> str:
    """An ISO UTC timestamp as a date in the learner's locale."""
    moment = QDateTime.fromString(timestamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(timestamp, Qt.DateFormat.ISODate)
    return QLocale().toString(moment.toLocalTime().date(), QLocale.FormatType.ShortFormat)


class CourseCard(QFrame):
    """A course's progress; asks to open the next item or to save a certificate."""

    open_requested = Signal(str, str)
    """(pack id, item id) of the next item, when the learner clicks "Go to it"."""
    certificate_requested = Signal(str)
    """The pack id of a completed course whose certificate the learner wants."""

    def __init__(self, course: CourseProgress, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.course = course
        self._lang = lang
        self.setObjectName("progress-course")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = plain_label(self._text(course.title))
        title.setObjectName("progress-course-title")
        title.setWordWrap(True)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        title.setFont(font)
        self.bar = QProgressBar()
        self.bar.setRange(0, BAR_RANGE)
        self.bar.setValue(round(course.completion * BAR_RANGE))
        self.bar.setFormat(format_percent(course.completion))
        self.bar.setAccessibleName(self.tr("Course completion"))
        facts = plain_label(self.tr("Published by {publisher} · Time spent: {time}").format(
            publisher=course.publisher, time=format_duration(course.time_spent_s)))
        facts.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(facts)
        layout.addWidget(self.bar)
        layout.addLayout(self._next_row())
        self.tree = self._make_tree()
        layout.addWidget(self.tree)
        layout.addWidget(self._quizzes())

    def _text(self, value: dict[str, str]) -> str:
        return pick_text(value, self._lang, self.course.default_language)

    def _next_row(self) -> QHBoxLayout:
        course = self.course
        row = QHBoxLayout()
        self.next_label = plain_label()
        self.next_label.setWordWrap(True)
        row.addWidget(self.next_label, 1)
        self.go_button = QPushButton(self.tr("&Go to it"))
        self.go_button.setObjectName("progress-go")
        self.certificate_button = QPushButton(self.tr("Save &certificate…"))
        self.certificate_button.setObjectName("progress-certificate")
        step = course.next_step
        self.go_button.setVisible(step is not None)
        self.certificate_button.setVisible(course.complete)
        row.addWidget(self.go_button)
        row.addWidget(self.certificate_button)
        if step is not None:
            self.next_label.setText(self.tr("Next: {item} (in {lesson})").format(
                item=self._text(step.title), lesson=self._text(step.lesson_title)))
            self.go_button.setAccessibleName(self.tr("Go to the next item: {item}").format(
                item=self._text(step.title)))
            self.go_button.clicked.connect(
                lambda: self.open_requested.emit(course.pack_id, step.item_id))
        if course.complete:
            when = completion_date(course.completed_at) if course.completed_at else ""
            self.next_label.setText(self.tr("Completed on {date}. Well done!").format(date=when))
            self.certificate_button.clicked.connect(
                lambda: self.certificate_requested.emit(course.pack_id))
        return row

    def _make_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("progress-tree")
        tree.setAccessibleName(self.tr("Completion by module and lesson"))
        tree.setHeaderLabels([self.tr("Module and lesson"), self.tr("Items done"),
                              self.tr("Completion"), self.tr("Quiz score")])
        tree.setRootIsDecorated(True)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = 0
        for module in self.course.modules:
            done = sum(lesson.done for lesson in module.lessons)
            total = sum(lesson.total for lesson in module.lessons)
            score = "" if module.score is None else format_percent(module.score)
            top = QTreeWidgetItem([self._text(module.title), f"{done}/{total}",
                                   format_percent(module.completion), score])
            bold = top.font(0)
            bold.setBold(True)
            top.setFont(0, bold)
            for lesson in module.lessons:
                top.addChild(QTreeWidgetItem([self._text(lesson.title),
                                              f"{lesson.done}/{lesson.total}",
                                              format_percent(lesson.completion), ""]))
            tree.addTopLevelItem(top)
            rows += 1 + len(module.lessons)
        tree.expandAll()
        for column in (1, 2, 3):
            tree.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        row_height = tree.sizeHintForRow(0) if rows else 0
        tree.setFixedHeight(tree.header().sizeHint().height() + rows * row_height
                            + 2 * tree.frameWidth() + 2)
        tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The names keep their room in a narrow window (the page scrolls sideways instead).
        numbers = sum(max(header.sectionSizeHint(column), tree.sizeHintForColumn(column))
                      for column in (1, 2, 3))
        tree.setMinimumWidth(TITLE_ROOM + numbers + 2 * tree.frameWidth())
        return tree

    def _quizzes(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 0)
        heading = QLabel(self.tr("Quiz scores over attempts"))
        heading.setObjectName("progress-quiz-heading")
        grid.addWidget(heading, 0, 0, 1, 3)
        self.charts: list[ScoreChart] = []
        tried = [quiz for quiz in self.course.quizzes if quiz.attempts]
        if not tried:
            grid.addWidget(QLabel(self.tr("No quiz attempted yet.")), 1, 0, 1, 3)
        for row, quiz in enumerate(tried, start=1):
            grid.addWidget(plain_label(self._text(quiz.title)), row, 0)
            chart = ScoreChart()
            chart.set_attempts([(a.scaled, a.passed) for a in quiz.attempts], quiz.pass_score)
            self.charts.append(chart)
            grid.addWidget(chart, row, 1)
            grid.addWidget(plain_label(self._quiz_summary(quiz)), row, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _quiz_summary(self, quiz: QuizProgress) -> str:
        best = "" if quiz.best is None else format_percent(quiz.best)
        return self.tr("best %1, %n attempt(s)", "", len(quiz.attempts)).replace("%1", best)
