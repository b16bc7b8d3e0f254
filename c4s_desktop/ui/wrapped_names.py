"""Names that take more lines in a narrow column instead of being cut.

Qt's tree views size a row as if its texts had unlimited width (``QTreeView`` asks the
delegate with no width at all), so with word wrap on, a long name would still get one line
and show cut. :class:`WrappedNames` sizes a view's names by the room their column leaves at
the row's depth, and lays the rows out again when that column's width changes, keeping the
current row in view if it was. Only a single word wider than its column is still cut; the
views keep a tooltip for it.

:class:`NamesWithNotes` adds, under the names of the rows that have one, a note on a line of its
own in the palette's secondary text colour (the library: a course's languages under its title).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

AnyIndex = QModelIndex | QPersistentModelIndex
DECORATION_ROLE = 1  # Qt.DecorationRole, as a plain int (see library_model's roles)

UNBOUNDED = 1 << 20
"""A height no name reaches, for sizing a name by its width alone."""


class WrappedNames(QStyledItemDelegate):
    """The delegate of a tree view's names' column (the other columns keep Qt's own)."""

    relaid = Signal()
    """The rows were laid out again for a new width of the names' column."""

    def __init__(self, view: QTreeView, column: int = 0) -> None:
        super().__init__(view)
        self._view = view
        self._column = column
        self.names_width = view.columnWidth(column)
        """The names' column width the rows are laid out for."""
        view.setWordWrap(True)
        view.setUniformRowHeights(False)  # rows of one line and of several
        view.setItemDelegateForColumn(column, self)
        view.header().sectionResized.connect(self._section_resized)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """The size of the name wrapped to the room its column leaves at its depth."""
        return super().sizeHint(self._wrapped(option, index), index)

    def _wrapped(self, option: QStyleOptionViewItem, index: AnyIndex) -> QStyleOptionViewItem:
        """``option`` with the room the names' column leaves at ``index``'s depth, unbounded
        down."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        if self._view.rootIsDecorated():
            depth += 1  # the top rows' branch arrows take one indentation too
        wrapped = QStyleOptionViewItem(option)
        room = self.names_width - depth * self._view.indentation()
        wrapped.rect = QRect(0, 0, max(room, 1), UNBOUNDED)
        return wrapped

    def _section_resized(self, column: int, _before: int, now: int) -> None:
        # The header tells before it takes the new width itself: columnWidth() is still the
        # old one here.
        if column == self._column and now != self.names_width:
            view = self._view
            current = view.currentIndex()
            # The viewport's size from the view: wrapping the viewport widget itself would make
            # PySide6 set up every widget class it might be, at start (~0.35 MiB).
            shown = view.visualRect(current).intersects(QRect(QPoint(),
                                                              view.maximumViewportSize()))
            self.names_width = now
            view.doItemsLayout()
            if shown:  # the current row stays in view, whole, as the rows above it grow
                view.scrollTo(current)
            self.relaid.emit()


class NamesWithNotes(WrappedNames):
    """Wrapped names with, for a row whose name holds a text in ``note_role``, that note on a
    line of its own under the name, in the palette's secondary text colour, lined up with the
    name after the row's icon (and wrapped too when the column is narrow).

    The note is painted by Qt's own item painting, from a scratch cell holding the note and a
    blank icon as large as the row's: the style lays out both lines and colours them, selected
    or not, in either theme. A row without a note costs one look-up more.
    """

    def __init__(self, view: QTreeView, column: int, note_role: int) -> None:
        super().__init__(view, column)
        self._note_role = note_role
        self._scratch = QStandardItemModel(1, 1, self)
        self._icon_size = QSize()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """The name's size and, below it, its note's, both wrapped to the name's room."""
        wrapped = self._wrapped(option, index)
        name = QStyledItemDelegate.sizeHint(self, wrapped, index)
        note = index.data(self._note_role)
        if not note:
            return name
        line = QStyledItemDelegate.sizeHint(self, *self._note(wrapped, note))
        return QSize(max(name.width(), line.width()), name.height() + line.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """The name as Qt paints it; its note, if any, in the row's bottom part."""
        note = index.data(self._note_role)
        if not note:
            super().paint(painter, option, index)
            return
        rect = option.rect
        line, cell = self._note(option, note)
        line.rect = QRect(rect.left(), 0, rect.width(), UNBOUNDED)
        height = min(QStyledItemDelegate.sizeHint(self, line, cell).height(), rect.height())
        name = QStyleOptionViewItem(option)
        name.rect = rect.adjusted(0, 0, 0, -height)
        super().paint(painter, name, index)
        line.rect = QRect(rect.left(), rect.bottom() + 1 - height, rect.width(), height)
        super().paint(painter, line, cell)

    def _note(self, option: QStyleOptionViewItem,
              note: str) -> tuple[QStyleOptionViewItem, QModelIndex]:
        """The option and the scratch cell that paint ``note`` as a row's second line."""
        if self._icon_size != option.decorationSize:
            # A blank icon as large as the row's: the note starts where the name does.
            self._icon_size = QSize(option.decorationSize)
            blank = QPixmap(self._icon_size)
            blank.fill(QColor(0, 0, 0, 0))
            self._scratch.setData(self._scratch.index(0, 0), QIcon(blank), DECORATION_ROLE)
        cell = self._scratch.index(0, 0)
        self._scratch.setData(cell, note)
        line = QStyleOptionViewItem(option)
        palette = QPalette(option.palette)
        palette.setColor(QPalette.ColorRole.Text,
                         palette.color(QPalette.ColorRole.PlaceholderText))
        line.palette = palette
        return line, cell
