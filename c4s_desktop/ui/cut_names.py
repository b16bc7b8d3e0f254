"""Names cut to fit a column, shown whole to keyboard users.

Under the mouse, a cut name shows whole in its tooltip. A keyboard user gets no hover, so the
views that can cut names (the class progress table and My progress's course tree, which wrap
them but cut a word wider than its column) show the current row's name in a tooltip at the row
when it is cut, and only while they have the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem, QToolTip


def is_cut(view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether the text at ``index`` is too long for its cell (and so shows cut)."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    need = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    return need > view.visualRect(index).width()


def show_whole_if_cut(view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex,
                      tooltip: str) -> None:
    """With the focus in ``view``: ``tooltip`` at the row of ``index`` when its text is cut;
    else no tooltip."""
    if not view.hasFocus():
        return
    if is_cut(view, index):
        row = view.visualRect(index)
        QToolTip.showText(view.viewport().mapToGlobal(row.bottomLeft()), tooltip, view)
    else:
        QToolTip.hideText()
