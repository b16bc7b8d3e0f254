"""View → Class progress…: every learner's progress on one course, in a sortable table.

The dialog only shows a :class:`ClassReport` it is given (``class_progress_flow.py`` loads it
on the store worker) and records nothing for anyone; saving the spreadsheet is the flow's job.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.packs.manifest import pick_text
from c4s_desktop.core.progress.class_report import ClassReport, ClassRow
from c4s_desktop.ui.cut_names import is_cut, show_whole_if_cut
from c4s_desktop.ui.formatting import format_duration, format_percent
from c4s_desktop.ui.plain_text import plain_label, plain_tooltip
from c4s_desktop.ui.progress_card import completion_date, two_lines
from c4s_desktop.ui.wrapped_names import WrappedNames

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""What a column sorts by: the value (a number, an ISO time), never the text shown."""
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NAME_MIN_CHARS = 14
"""Characters of a learner's name the table keeps on a line in the narrowest dialog."""
NAME_ROOM_CHARS = 36
"""Characters of a learner's name the dialog makes room for when the screen allows."""
SCREEN_SHARE = 0.9
"""The largest part of the screen the dialog takes at first."""
VISIBLE_ROWS = 12
EMPTY_LINE_CHARS = 66
"""Characters in a line of the sentence shown in place of an empty table."""
NO_SCORE = "—"


class Column(IntEnum):
    """The table's columns, in order."""

    LEARNER = 0
    DONE = 1
    ITEMS = 2
    QUIZZES = 3
    SCORE = 4
    TIME = 5
    LAST_ACTIVE = 6


class LearnerTable(QTreeView):
    """The learners' table; a long name wraps. On the keyboard, a name still cut (a word wider
    than its column) shows whole in a tooltip at the current row, as it does under the mouse
    (``cut_names.py``)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show the current row's name whole when the table gets the focus with it cut."""
        super().focusInEvent(event)
        # Later, not now: Qt hides any tooltip on a focus event.
        QTimer.singleShot(0, self, self.show_current_name)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """The name's tooltip goes with the focus, so it covers nothing the trainer moved to."""
        super().focusOutEvent(event)
        QToolTip.hideText()

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex,
                       previous: QModelIndex | QPersistentModelIndex) -> None:
        """The trainer moved to another row: its name, whole, if it is cut."""
        super().currentChanged(current, previous)
        self.show_current_name()

    def name_is_cut(self, row: int) -> bool:
        """Whether the name on ``row`` is too long for its column even wrapped (and so shows
        cut)."""
        return is_cut(self, self.model().index(row, Column.LEARNER))

    def show_current_name(self) -> None:
        """With the focus here, the current row's name in a tooltip at the row when it is cut;
        else no tooltip."""
        current = self.currentIndex()
        if current.isValid():
            index = current.siblingAtColumn(Column.LEARNER)
            show_whole_if_cut(self, index, index.data(Qt.ItemDataRole.ToolTipRole))


class ClassProgressDialog(QDialog):
    """A course chooser, the table of learners on the chosen course, the spreadsheet button."""

    save_requested = Signal()
    """The trainer wants the whole report saved as a spreadsheet."""

    def __init__(self, report: ClassReport, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setObjectName("class-progress")
        self.setWindowTitle(self.tr("Class progress"))
        self.setAccessibleName(self.tr("Class progress"))
        self.course = QComboBox()
        self.course.setAccessibleName(self.tr("Course"))
        for course in report.courses:
            self.course.addItem(pick_text(course.title, lang, course.default_language),
                                course.pack_id)
        self.sort_by = QComboBox()
        self.sort_by.setAccessibleName(self.tr("Sort the learners by"))
        self.model = QStandardItemModel(0, len(Column), self)
        self.model.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self.sort_by.addItems(self.headings())
        self.empty = plain_label()
        self.empty.setObjectName("class-progress-empty")
        self.empty.setWordWrap(True)
        self.hint = QLabel(self.tr("A learner's progress shows here once it reaches this "
                                   "computer: when their computer syncs, or when you load "
                                   "their progress file with File → Load progress…"))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(self.tr("&Save as spreadsheet (CSV)…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setAccessibleName(
            self.tr("Save the progress on every course as a spreadsheet"))
        self.save_button.clicked.connect(self.save_requested)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.course.currentIndexChanged.connect(lambda _index: self.show_course())
        self.sort_by.activated.connect(self._sort_chosen)
        self.table.header().sortIndicatorChanged.connect(self._sorted)
        self.table.sortByColumn(Column.LEARNER, Qt.SortOrder.AscendingOrder)
        self.show_course()
        self._size_to_screen()

    def headings(self) -> list[str]:
        """The columns' headings, in order."""
        return [self.tr("Learner"), self.tr("Done"), self.tr("Items done"),
                self.tr("Quizzes passed"), self.tr("Average best score"), self.tr("Time spent"),
                self.tr("Last active")]

    def _make_table(self) -> LearnerTable:
        # A tree view without branches: it has the focus outline of the app's other lists.
        table = LearnerTable()
        table.setObjectName("class-progress-table")
        table.setAccessibleName(self.tr("Learners' progress on the chosen course"))
        table.setModel(self.model)
        table.setRootIsDecorated(False)
        table.setItemsExpandable(False)
        table.setAllColumnsShowFocus(True)
        table.setSortingEnabled(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        WrappedNames(table, Column.LEARNER)  # a long name takes two lines, not "…"
        # The numbers' headings are wider than the numbers: on two lines, they leave the names
        # more room.
        headings = self.headings()
        self.model.setHorizontalHeaderLabels(
            [headings[0], *(two_lines(heading) for heading in headings[1:])])
        header = table.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(Column.LEARNER, QHeaderView.ResizeMode.Stretch)
        for column in list(Column)[1:]:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.model.horizontalHeaderItem(column).setTextAlignment(NUMBER_ALIGNMENT)
        return table

    def _lay_out(self) -> None:
        form = self._form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Course:"), self.course)
        form.addRow(self.tr("Sort &by:"), self.sort_by)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)  # takes the room only while the table is hidden
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # --- Showing ---------------------------------------------------------------------------

    @property
    def pack_id(self) -> str | None:
        """The chosen course's pack id (None when no course is installed)."""
        data = self.course.currentData()
        return str(data) if data is not None else None

    def show_course(self) -> None:
        """Fill the table with the chosen course's learners, sorted as the trainer chose."""
        pack_id = self.pack_id
        rows = self.report.for_course(pack_id) if pack_id is not None else ()
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            self.model.appendRow(self._cells(row))
        header = self.table.header()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if not self.report.courses:
            empty = self.tr("No course is installed on this computer yet, so there is no "
                            "progress to show. Add a course pack with File → Add packs…")
        elif not self.report.rows:
            empty = self.tr("No learner's progress is on this computer yet. It arrives when "
                            "the learners' computers sync, or when you load their progress "
                            "files with File → Load progress…")
        else:
            empty = ""
        self.empty.setText(empty)
        self.empty.setVisible(bool(empty))
        self.hint.setVisible(not empty)
        self.table.setVisible(not empty)
        for field in (self.course, self.sort_by):
            self._form.setRowVisible(field, not empty)
        self.save_button.setEnabled(not empty)
        self.table.setCurrentIndex(self.model.index(0, 0))

    def _cells(self, row: ClassRow) -> list[QStandardItem]:
        locale = QLocale()
        score = NO_SCORE if row.mean_score is None else format_percent(row.mean_score)
        last = self.tr("Never") if row.last_active is None else completion_date(row.last_active)
        values: list[tuple[str, object]] = [
            (row.learner_name, row.learner_name.casefold()),
            (format_percent(row.completion), row.completion),
            (self.tr("{done} / {total}").format(done=locale.toString(row.items_done),
                                                total=locale.toString(row.items_total)),
             row.items_done),
            (self.tr("{done} / {total}").format(done=locale.toString(row.quizzes_passed),
                                                total=locale.toString(row.quizzes_total)),
             row.quizzes_passed),
            (score, -1.0 if row.mean_score is None else row.mean_score),
            (format_duration(row.time_spent_s), row.time_spent_s),
            (last, row.last_active or ""),  # ISO UTC times sort as text; never active first
        ]
        cells = []
        for column, (text, key) in enumerate(values):
            cell = QStandardItem(text)
            cell.setData(key, SORT_ROLE)
            cell.setEditable(False)
            if column == Column.LEARNER:
                cell.setToolTip(plain_tooltip(text))
                # Whole for a screen reader, however narrow the column draws it.
                cell.setData(text, Qt.ItemDataRole.AccessibleTextRole)
            else:
                cell.setTextAlignment(NUMBER_ALIGNMENT)
            cells.append(cell)
        if row.mean_score is None:
            cells[Column.SCORE].setData(self.tr("No quiz attempted"),
                                        Qt.ItemDataRole.AccessibleTextRole)
        return cells

    def show_status(self, text: str) -> None:
        """Say ``text`` under the table (what saving did)."""
        self.status.setText(text)

    # --- Sorting ---------------------------------------------------------------------------

    def _sort_chosen(self, column: int) -> None:
        # Names A to Z; figures and dates from the most (the latest) down.
        order = (Qt.SortOrder.AscendingOrder if column == Column.LEARNER
                 else Qt.SortOrder.DescendingOrder)
        self.table.sortByColumn(column, order)

    def _sorted(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on a heading sorted the table: the chooser says by what."""
        self.sort_by.blockSignals(True)
        self.sort_by.setCurrentIndex(column)
        self.sort_by.blockSignals(False)

    # --- Size ------------------------------------------------------------------------------

    def _size_to_screen(self) -> None:
        """Room for every figure and a long name; no larger than most of the screen. With
        nothing to show, just the room its sentence needs."""
        table = self.table
        if table.isHidden():
            # A paragraph and the buttons: lines of a comfortable length, as tall as they make.
            line = self.fontMetrics().averageCharWidth() * EMPTY_LINE_CHARS
            width = min(max(line, self.minimumSizeHint().width()),
                        self.screen().availableGeometry().width())
            self.resize(width, self.heightForWidth(width))
            return
        header = table.header()
        numbers = sum(max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
                      for column in list(Column)[1:])
        chars = table.fontMetrics().averageCharWidth()
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width() + 8
        table.setMinimumWidth(numbers + chars * NAME_MIN_CHARS + frame)
        rows = table.sizeHintForRow(0) if self.model.rowCount() else table.fontMetrics().height()
        table.setMinimumHeight(header.sizeHint().height() + 3 * rows + frame)
        wanted = QSize(numbers + chars * NAME_ROOM_CHARS + frame + 40,
                       self.sizeHint().height() + VISIBLE_ROWS * rows)
        screen = self.screen().availableGeometry().size() * SCREEN_SHARE
        self.resize(wanted.expandedTo(self.minimumSizeHint()).boundedTo(screen))
