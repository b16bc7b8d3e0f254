"""Layout helpers shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolBar, QVBoxLayout, QWidget

TITLE_ROOM = 150
"""Width a column of course, module or lesson names keeps however narrow the window."""


def centered_column(widget: QWidget, children: list[QWidget], width: int) -> QVBoxLayout:
    """Lay ``children`` out in a column at most ``width`` wide, centred in ``widget``.

    Word-wrapped labels get their full height this way (a label aligned inside a layout is
    given its one-line height and cut).
    """
    column = QWidget()
    column.setMaximumWidth(width)
    inner = QVBoxLayout(column)
    for child in children:
        inner.addWidget(child)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column, 100)
    row.addStretch(1)
    outer = QVBoxLayout(widget)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return inner


def page_button(text: str) -> QPushButton:
    """A push button on a page: Enter presses it when it has the focus, as Space does (Qt
    gives Enter to buttons in dialogs only)."""
    button = QPushButton(text)
    button.setAutoDefault(True)
    return button


def tab_reachable(toolbar: QToolBar, action: QAction) -> None:
    """Put ``action``'s toolbar button in the Tab order (Qt leaves toolbar buttons out of it),
    so a learner on the keyboard alone reaches it like any button; focus.qss outlines it."""
    button = toolbar.widgetForAction(action)
    if button is not None:
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


FRAME_ROOM = QSize(16, 48)
"""Room kept on the screen for what a window manager puts round a window (a title bar and
borders, scaled with the screen), in logical pixels: the frame is only known once the window
is shown, and a window sized to the whole available area would put its bottom edge (the
status bar, a dialog's buttons) below the screen's."""


def within_area(size: QSize, available: QSize) -> QSize:
    """``size``, made small enough that it fits ``available`` with its frame round it."""
    return size.boundedTo(available - FRAME_ROOM)


def fits_area(size: QSize, available: QSize) -> bool:
    """Whether a window of ``size`` fits ``available`` with its frame round it."""
    return within_area(size, available) == size


def within_screen(size: QSize, screen: QScreen) -> QSize:
    """``size``, made small enough to fit ``screen``'s available area with the window's frame:
    a window or dialog sized for a 1366x768 screen at 100 % puts its bottom buttons or status
    bar off a scaled-up one. Offscreen, whose screen is not a real one, keeps ``size``:
    pictures made with ``--screenshot`` are the same size everywhere."""
    if QGuiApplication.platformName() == "offscreen":
        return QSize(size)
    return within_area(size, screen.availableGeometry().size())


def fits_screen(size: QSize, screen: QScreen) -> bool:
    """Whether a window of ``size`` fits ``screen``'s available area with its frame (always
    offscreen)."""
    return within_screen(size, screen) == size
