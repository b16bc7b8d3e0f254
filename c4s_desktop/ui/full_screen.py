"""Full screen for one widget without moving it: its window fills the screen and everything
around the widget (menus, the library, headers) is hidden until the learner leaves. The video
player uses it for one video, a trainer's presentation for the pages (View → Present), which
may take the window to another screen, a projector's, and brings it back after.

Moving the player into a window of its own would recreate its native window, which libVLC
draws into; hiding what surrounds it keeps that window alive.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMainWindow, QWidget

DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
OVERLAY = "c4s-overlay"
"""A widget with this property set is left alone: an overlay that hides itself (a presentation's
hint), which leaving full screen must not show again."""


class FullScreen:
    """Puts ``widget`` alone on the screen, and back."""

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self._hidden: list[QWidget] = []
        self._was_maximized = False
        self._was_full_screen = False
        self._moved_from: tuple[QScreen, QByteArray] | None = None
        self.active = False

    def enter(self, screen: QScreen | None = None) -> None:
        """Fill a screen with the widget: ``screen`` (a projector, say) when given, else the
        one its window is on."""
        if self.active:
            return
        self.active = True
        window = self._widget.window()
        child = self._widget
        while child is not window and (parent := child.parentWidget()) is not None:
            for sibling in parent.findChildren(QWidget, options=DIRECT):
                if (sibling is not child and sibling.isVisible() and not sibling.isWindow()
                        and not sibling.property(OVERLAY)):
                    self._hidden.append(sibling)
            child = parent
        if isinstance(window, QMainWindow):
            for bar in (window.menuBar(), window.statusBar()):
                if bar.isVisible() and bar not in self._hidden:
                    self._hidden.append(bar)
        for widget in self._hidden:
            widget.hide()
        self._was_maximized = window.isMaximized()
        # A video made full screen during a presentation leaves the screen to the presentation.
        self._was_full_screen = window.isFullScreen()
        self._moved_from = None
        if screen is not None and screen is not window.screen() and not self._was_full_screen:
            self._moved_from = (window.screen(), window.saveGeometry())
            if self._was_maximized:
                window.showNormal()  # a window manager keeps a maximized window in its place
            _move_to(window, screen)
        window.showFullScreen()

    @property
    def came_from(self) -> QScreen | None:
        """The screen the window was on before :meth:`enter` moved it to another, or None
        (it stayed where it was)."""
        return self._moved_from[0] if self._moved_from is not None else None

    def leave(self) -> None:
        """Bring back the window as it was."""
        if not self.active:
            return
        self.active = False
        window = self._widget.window()
        for widget in self._hidden:
            widget.show()
        self._hidden.clear()
        if self._was_full_screen:
            return
        if self._moved_from is not None:
            screen, geometry = self._moved_from
            self._moved_from = None
            window.showNormal()
            _move_to(window, screen)
            window.restoreGeometry(geometry)  # its place, its size, maximized or not
        elif self._was_maximized:
            window.showMaximized()
        else:
            window.showNormal()


def _move_to(window: QWidget, screen: QScreen) -> None:
    """Put ``window`` on ``screen``: the platform's screen first, so that full screen fills
    that one, then the place, for window managers that go by where the window is."""
    handle = window.windowHandle()
    if handle is not None:
        handle.setScreen(screen)
    window.move(screen.availableGeometry().topLeft())

