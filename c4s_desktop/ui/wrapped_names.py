"""Names that take more lines in a narrow column instead of being cut.

Qt's tree views size a row as if its texts had unlimited width (``QTreeView`` asks the
delegate with no width at all), so with word wrap on, a long name would still get one line
and show cut. :class:`WrappedNames` sizes a view's names by the room their column leaves at
the row's depth, and lays the rows out again when that column's width changes, keeping the
current row in view if it was. Only a single word wider than its column is still cut; the
views keep a tooltip for it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Signal
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

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

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """The size of the name wrapped to the room its column leaves at its depth."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        if self._view.rootIsDecorated():
            depth += 1  # the top rows' branch arrows take one indentation too
        wrapped = QStyleOptionViewItem(option)
        room = self.names_width - depth * self._view.indentation()
        wrapped.rect = QRect(0, 0, max(room, 1), UNBOUNDED)
        return super().sizeHint(wrapped, index)

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
