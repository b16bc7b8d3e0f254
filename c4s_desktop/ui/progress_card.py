"""One course on the progress screen: completion by module and lesson, time, quizzes, next step."""

from __future__ import annotations

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.packs.manifest import pick_text
from c4s_desktop.core.progress.report import CourseProgress, QuizProgress
from c4s_desktop.ui.cut_names import is_cut, show_whole_if_cut
from c4s_desktop.ui.formatting import format_duration, format_percent
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.score_chart import ScoreChart
from c4s_desktop.ui.wrapped_names import WrappedNames

BAR_RANGE = 1000
NUMBER_COLUMNS = (1, 2, 3)
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NAME_MIN_CHARS = 10
"""Characters of a module or lesson name the tree keeps in the narrowest window."""
FOCUS_OUTLINE = 2
"""Width of the focus outline focus.qss draws round a focused tree."""


def completion_date(timestamp: str) -> str:
    """An ISO UTC timestamp as a date in the learner's locale."""
    moment = QDateTime.fromString(timestamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(timestamp, Qt.DateFormat.ISODate)
    return QLocale().toString(moment.toLocalTime().date(), QLocale.FormatType.ShortFormat)


def two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle (as it is if it is one word)."""
    spaces = [at for at, char in enumerate(text) if char == " "]
    if not spaces:
        return text
    at = min(spaces, key=lambda space: abs(2 * space - len(text)))
    return f"{text[:at]}\n{text[at + 1:]}"


class CourseTree(QTreeWidget):
    """Modules and lessons with their numbers, every row shown: a long name takes more lines
    and the tree grows to hold them. On the keyboard, a name still cut (a word wider than its
    column) shows whole in a tooltip at the current row, as it does under the mouse."""

    row_reached = Signal(QRect)
    """The current row, in the tree's coordinates, when the learner moves to it with the focus
    here: a page that scrolls brings it into view (the tree itself never scrolls)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = WrappedNames(self)
        self.names.relaid.connect(self._take_rows_height)
        self.currentItemChanged.connect(lambda _now, _before: self._show_current_name())

    def fit_rows(self) -> None:
        """Lay the rows out again for the names' column width and take the height of them all
        (the tree itself never scrolls: the page does)."""
        self.doItemsLayout()
        self._take_rows_height()

    def _take_rows_height(self) -> None:
        rows = 0
        index = self.model().index(0, 0)
        while index.isValid():
            rows += self.rowHeight(index)
            index = self.indexBelow(index)
        # The focus outline (focus.qss) is thicker than the frame: room for it, so no row hides.
        self.setFixedHeight(self.header().sizeHint().height() + rows + 2 * self.frameWidth()
                            + 2 * FOCUS_OUTLINE)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show the current row's name whole when the tree gets the focus with it cut."""
        super().focusInEvent(event)  # makes the first row current if none is
        # Later, not now: Qt hides any tooltip on a focus event, and the style gets one after
        # this widget.
        QTimer.singleShot(0, self, self._show_current_name)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """The name's tooltip goes with the focus, so it covers nothing the learner moved to."""
        super().focusOutEvent(event)
        QToolTip.hideText()

    def name_is_cut(self, item: QTreeWidgetItem) -> bool:
        """Whether ``item``'s name is too long for its column (and so shows elided)."""
        return is_cut(self, self.indexFromItem(item, 0))

    def _show_current_name(self) -> None:
        item = self.currentItem()
        if item is None or not self.hasFocus():
            return
        row = self.visualItemRect(item)
        row.moveTopLeft(self.viewport().mapTo(self, row.topLeft()))
        self.row_reached.emit(row)
        show_whole_if_cut(self, self.indexFromItem(item, 0), item.text(0))


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

    def _make_tree(self) -> CourseTree:
        tree = CourseTree()
        tree.setObjectName("progress-tree")
        tree.setAccessibleName(self.tr("Completion by module and lesson"))
        # The numbers' headings are wider than the numbers: on two lines, they leave the names
        # more room.
        tree.setHeaderLabels([self.tr("Module and lesson")] + [
            two_lines(heading) for heading in (self.tr("Items done"), self.tr("Completion"),
                                               self.tr("Quiz score"))])
        # Every row stays open (fit_rows counts them all), so the arrows would only take room
        # from the names.
        tree.setRootIsDecorated(False)
        tree.setItemsExpandable(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in NUMBER_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            tree.headerItem().setTextAlignment(column, NUMBER_ALIGNMENT)
        for module in self.course.modules:
            done = sum(lesson.done for lesson in module.lessons)
            total = sum(lesson.total for lesson in module.lessons)
            score = "" if module.score is None else format_percent(module.score)
            top = self._row(module.title, [f"{done}/{total}", format_percent(module.completion),
                                           score])
            bold = top.font(0)
            bold.setBold(True)
            top.setFont(0, bold)
            for lesson in module.lessons:
                top.addChild(self._row(lesson.title, [f"{lesson.done}/{lesson.total}",
                                                      format_percent(lesson.completion), ""]))
            tree.addTopLevelItem(top)
        tree.expandAll()
        tree.fit_rows()
        tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The numbers and their headings always show in full; the names take what is left and
        # wrap, so the card fits a narrow page.
        numbers = sum(max(header.sectionSizeHint(column), tree.sizeHintForColumn(column))
                      for column in NUMBER_COLUMNS)
        names = max(header.sectionSizeHint(0),
                    tree.fontMetrics().averageCharWidth() * NAME_MIN_CHARS)
        tree.setMinimumWidth(names + numbers + 2 * FOCUS_OUTLINE)
        return tree

    def _row(self, title: dict[str, str], numbers: list[str]) -> QTreeWidgetItem:
        name = self._text(title)
        row = QTreeWidgetItem([name, *numbers])
        row.setToolTip(0, name)
        for column in NUMBER_COLUMNS:
            row.setTextAlignment(column, NUMBER_ALIGNMENT)
        return row

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
            # Long quiz titles wrap, so they never make the card wider than a narrow page.
            title = plain_label(self._text(quiz.title))
            title.setWordWrap(True)
            grid.addWidget(title, row, 0)
            chart = ScoreChart()
            chart.set_attempts([(a.scaled, a.passed) for a in quiz.attempts], quiz.pass_score)
            self.charts.append(chart)
            grid.addWidget(chart, row, 1)
            grid.addWidget(plain_label(self._quiz_summary(quiz)), row, 2)
        # Titles share the room with the charts: a wrapped label alone asks for little of it.
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _quiz_summary(self, quiz: QuizProgress) -> str:
        best = "" if quiz.best is None else format_percent(quiz.best)
        return self.tr("best %1, %n attempt(s)", "", len(quiz.attempts)).replace("%1", best)
