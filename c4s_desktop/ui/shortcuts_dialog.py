"""Help → Keyboard shortcuts (F1): every key the app answers to, grouped by where it works, each
in the platform's own words for it (Qt translates a key's name).

The window's shortcuts are read from its actions each time the dialog opens, so the list holds
what the menus hold now; the keys that pages handle themselves come from ``handled_keys.py``.
Imported when first asked for.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.ui.handled_keys import KeyRow, KeySection, handled_keys
from c4s_desktop.ui.layouts import within_screen

SIZE = QSize(600, 640)
"""The dialog's size where the screen has room (a scaled-up small screen gets less, and the
list scrolls)."""
NATIVE = QKeySequence.SequenceFormat.NativeText
MNEMONIC = re.compile(r"&(.)")


def without_mnemonic(text: str) -> str:
    """``text`` as a menu shows it: no ``&`` before its underlined letter (``&&`` is one ``&``)."""
    return MNEMONIC.sub(r"\1", text)


def key_text(row: KeyRow) -> str:
    """The row's keys in the platform's words: "F9, Ctrl+L", or "1 to 9" for a run."""
    names = [key.toString(NATIVE) for key in row.keys]
    if row.through:
        return QCoreApplication.translate("ShortcutsDialog", "{first} to {last}").format(
            first=names[0], last=names[-1])
    return ", ".join(names)


def window_actions(window: QMainWindow) -> list[QAction]:
    """The window's actions that have a shortcut: the menus' in their order, then those held
    by the window itself or a toolbar alone."""
    found: list[QAction] = []
    for entry in window.menuBar().actions():
        if isinstance(menu := entry.menu(), QMenu):
            found += _menu_actions(menu)
    found += window.actions()
    for toolbar in window.findChildren(QToolBar):
        found += toolbar.actions()
    return [action for action in dict.fromkeys(found)
            if action.shortcuts() and action.isVisible() and not action.isSeparator()]


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        submenu = action.menu()
        found += _menu_actions(submenu) if isinstance(submenu, QMenu) else [action]
    return found


class ShortcutTable(QTableWidget):
    """Two columns, what the keys do and the keys; each group's title on a row of its own
    across both. The first column wraps its text, and each row is as tall as its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped whole, never cut with "…"
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab goes on to Close; the arrows move in the table
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns = self.horizontalHeader()
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def add_section(self, section: KeySection) -> None:
        """Add ``section``'s title and, below it, its lines."""
        title_row = self.rowCount()
        title = QTableWidgetItem(section.title)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.insertRow(title_row)
        self.setItem(title_row, 0, title)
        self.setSpan(title_row, 0, 1, 2)
        for line in section.rows:
            row = self.rowCount()
            self.insertRow(row)
            self.setItem(row, 0, QTableWidgetItem(line.what))
            self.setItem(row, 1, QTableWidgetItem(key_text(line)))


class ShortcutsDialog(QDialog):
    """The list of shortcuts and a Close button."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard-shortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = ShortcutTable()
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("What it does"), self.tr("Keys")])
        for section in (self._window_section(window), *handled_keys()):
            self.table.add_section(section)
        self.table.setCurrentCell(0, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(within_screen(SIZE, self.screen()))
        self.table.setFocus()  # the arrows move through the lines at once

    def _window_section(self, window: QMainWindow) -> KeySection:
        """The menus' keys (Alt and a title's underlined letter; none on macOS) and the
        window's shortcuts, as its actions have them now."""
        rows = []
        for entry in window.menuBar().actions():
            key = QKeySequence.mnemonic(entry.text())
            if isinstance(entry.menu(), QMenu) and not key.isEmpty():
                text = self.tr("Open the {menu} menu").format(menu=without_mnemonic(entry.text()))
                rows.append(KeyRow(text, (key,)))
        rows += [KeyRow(without_mnemonic(action.text()), tuple(action.shortcuts()))
                 for action in window_actions(window)]
        return KeySection(self.tr("Window and menus"), tuple(rows))


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """Open the list of ``window``'s shortcuts (window-modal) and return it."""
    dialog = ShortcutsDialog(window, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
