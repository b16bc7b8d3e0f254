"""A trainer's presentation (View → Present, F5): the open lesson or item fills the screen, on
a classroom projector say, with the menus, the library, the toolbars and the status bar out of
the way until Esc or F5 ends it.

Page Down and Page Up, the keys a presenter's remote sends, show the next or previous screenful
of a text, fact sheet, case study or quiz, and at its end the next or previous item, as slides
would (a quiz question being answered is never left that way); on a lesson's page they move
between lessons. B or the full stop (a remote's "blank screen" button) blacks the screen out
until the next key or click, and the mouse pointer hides after a few still seconds. With a
second screen attached (a projector beside the laptop's own), the presentation goes there, as
slide software does, and the window comes back when it ends; the laptop's screen then shows
the trainer a presenter view (what the class sees, what comes next, the time). Imported when a
presentation starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCursor, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QLabel,
    QMenu,
    QWidget,
)

from c4s_desktop.ui.full_screen import OVERLAY, FullScreen
from c4s_desktop.ui.typing_fields import takes_typing

if TYPE_CHECKING:
    from c4s_desktop.ui.main_window import MainWindow
    from c4s_desktop.ui.presenter_view import PresenterView

HINT_MS = 5000
"""How long the hint saying how to move on and how to end stays on the screen."""
HINT_MARGIN = 16
"""Pixels between the hint and the bottom of the screen (above, it would cover the title the
audience reads first)."""
HINT_PADDING = 12
"""Pixels between the hint's text and its edges."""
ROUNDING_PX = 2
"""Room for fractional glyph widths, which would wrap the last word of a line just as wide."""
STEP_KEYS = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
OVERLAP = 0.1
"""The share of a screenful shown again by the next one, so a line the edge cut is seen whole."""
BLANK_KEYS = (Qt.Key.Key_B, Qt.Key.Key_Period)
MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)
POINTER_IDLE_MS = 3000
"""How long the mouse stays still before its pointer hides from the audience."""

Screen = TypeVar("Screen")


def audience_screen(window_screen: Screen, screens: Sequence[Screen], primary: Screen) -> Screen:
    """Where a presentation goes: with the window on the main screen (a laptop's own) and
    another one attached (a projector), that other one; else the window's own screen, where
    the trainer has put it (on the projector already) or the only one there is."""
    if window_screen == primary:
        for screen in screens:
            if screen != primary:
                return screen
    return window_screen


class PresentationMode(QObject):
    """The main window's presentation mode: :meth:`enter`, :meth:`leave`."""

    blanked = Signal(bool)
    """The audience's screen was blacked out (True) or shown again (False)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._full_screen = FullScreen(window.pages)
        self.hint = QLabel(window)
        self.hint.setObjectName("presenting-hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setContentsMargins(HINT_PADDING, HINT_PADDING, HINT_PADDING, HINT_PADDING)
        self.hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hint.setProperty(OVERLAY, True)  # a video's full screen leaves it to its timer
        self.hint.hide()
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_MS)
        self._hint_timer.timeout.connect(self.hint.hide)
        self.blank = QWidget(window)
        self.blank.setObjectName("presenting-blank")
        black = self.blank.palette()
        black.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        self.blank.setPalette(black)
        self.blank.setAutoFillBackground(True)
        self.blank.setProperty(OVERLAY, True)
        self.blank.hide()
        self._pointer_timer = QTimer(self)
        self._pointer_timer.setSingleShot(True)
        self._pointer_timer.timeout.connect(self._hide_pointer)
        self._pointer_hidden = False
        self._shortcuts: list[QAction] = []
        self._focus_before: QWidget | None = None
        self._at_end: QAbstractSlider | None = None
        self.presenter_view: PresenterView | None = None
        """The trainer's view on the laptop's screen, while presenting on another one."""

    @property
    def active(self) -> bool:
        """True while presenting."""
        return self._full_screen.active

    def enter(self) -> None:
        """Fill the screen with the open lesson or item."""
        if self.active:
            return
        window = self._window
        page = window.item_page_if_made
        if page is not None:
            page.leave_full_screen()  # the presentation takes the screen over from a video
        focus = QApplication.focusWidget()
        self._focus_before = focus if focus is not None and not window.pages.isAncestorOf(
            focus) else None  # in the library or a toolbar, which are about to hide
        self._full_screen.enter(audience_screen(window.screen(), QGuiApplication.screens(),
                                                QGuiApplication.primaryScreen()))
        window.library_action.setEnabled(False)  # the library stays away until the end
        # A hidden menu bar's shortcuts do nothing: the window holds its actions meanwhile.
        self._shortcuts = [action for action in _menu_actions(window)
                           if action not in window.actions()]
        window.addActions(self._shortcuts)
        _app().installEventFilter(self)
        self._show_hint()
        self._pointer_timer.start(POINTER_IDLE_MS)
        if self._focus_before is not None or focus is None:
            self._focus_view()
        laptop = self._full_screen.came_from
        if laptop is not None:  # the class sees another screen: the trainer keeps this one
            from c4s_desktop.ui.presenter_view import PresenterView  # only with a projector

            had_keyboard = window.isActiveWindow()
            self.presenter_view = PresenterView(self, window)
            self.presenter_view.show_on(laptop)
            if had_keyboard:  # where a learner's field may be typed in (some platforms give
                window.activateWindow()  # a window shown the keyboard, whatever it asks)

    def leave(self) -> None:
        """Back to the window as it was."""
        if not self.active:
            return
        window = self._window
        self._release_end()
        _app().removeEventFilter(self)
        self._hint_timer.stop()
        self.hint.hide()
        self.set_blank(False)
        view, self.presenter_view = self.presenter_view, None
        trainer_was_there = view is not None and view.isActiveWindow()
        if view is not None:
            view.close()
            view.deleteLater()
        self._pointer_timer.stop()
        self._show_pointer()
        for action in self._shortcuts:
            window.removeAction(action)
        self._shortcuts = []
        page = window.item_page_if_made
        if page is not None:
            page.leave_full_screen()
        self._full_screen.leave()
        window.library_action.setEnabled(True)
        if trainer_was_there:
            window.activateWindow()  # ended from the presenter view: the keyboard comes back
        before, self._focus_before = self._focus_before, None
        if before is not None and before.isVisible():
            before.setFocus()

    def end(self) -> None:
        """End the presentation as Esc does: through View → Present, which stays checked
        otherwise."""
        self._window.present_action.setChecked(False)

    @property
    def blanked_out(self) -> bool:
        """True while the audience's screen is blacked out."""
        return not self.blank.isHidden()

    def set_blank(self, on: bool) -> None:
        """Black the audience's screen out (True), as B does, or show it again (False)."""
        if on == self.blanked_out:
            return
        if on:
            self.blank.setGeometry(self._window.rect())
            self.blank.raise_()
            self.blank.show()
        else:
            self.blank.hide()
        self.blanked.emit(on)

    def _show_hint(self) -> None:
        self.hint.setText(self.tr("Presenting. Page Down and Page Up move on; B blanks the "
                                  "screen; Esc or F5 ends the presentation."))
        self._place_hint()
        self.hint.raise_()
        self.hint.show()
        self._hint_timer.start()

    def _place_hint(self) -> None:
        """Centre the hint at the bottom of the window, on one line if the window is wide
        enough."""
        window = self._window
        self.hint.ensurePolished()  # the style sheet's font, which the width is measured in
        text = self.hint.fontMetrics().horizontalAdvance(self.hint.text())
        width = min(window.width() - 2 * HINT_MARGIN, text + 2 * HINT_PADDING + ROUNDING_PX)
        self.hint.setFixedWidth(max(width, 1))
        self.hint.setFixedHeight(self.hint.heightForWidth(self.hint.width()))
        self.hint.move((window.width() - self.hint.width()) // 2,
                       window.height() - self.hint.height() - HINT_MARGIN)

    @property
    def pointer_hidden(self) -> bool:
        """True while the mouse pointer is hidden from the audience."""
        return self._pointer_hidden

    def _hide_pointer(self) -> None:
        if not self._pointer_hidden:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._pointer_hidden = True

    def _show_pointer(self) -> None:
        if self._pointer_hidden:
            QApplication.restoreOverrideCursor()
            self._pointer_hidden = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """For keys pressed in the window (not in a dialog over it): Esc ends the presentation
        (a page's own Esc waits), Page Down and Page Up move on (except in a field the learner
        types in), B blanks the screen. A moving mouse shows its pointer again."""
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            self._show_pointer()
            self._pointer_timer.start(POINTER_IDLE_MS)
            return False
        if watched is self._window and kind == QEvent.Type.Resize:
            self._place_hint()  # full screen comes after the hint is shown
            self.blank.setGeometry(self._window.rect())
            return False
        if watched is self.blank and kind == QEvent.Type.MouseButtonPress:
            self.set_blank(False)
            return True
        if (kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
                or not isinstance(event, QKeyEvent)):
            return False
        # The presenter view's keys too: a remote sends them to whichever window has the focus.
        if not isinstance(watched, QWidget) or watched.window() not in (self._window,
                                                                        self.presenter_view):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = Qt.Key(event.key())
        if self.blanked_out and kind == QEvent.Type.KeyPress and key not in MODIFIER_KEYS:
            self.set_blank(False)  # any key brings the picture back; Esc also ends
            if key != Qt.Key.Key_Escape:
                return True
        if key == Qt.Key.Key_Escape:
            page = self._window.item_page_if_made
            if page is not None and page.video_full_screen:
                return False  # Esc leaves the video's full screen first, as it says
            if page is not None and page.in_find_bar(watched):
                return False  # Esc closes the find bar first, as it does out of a presentation
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # Esc comes as a key press, before a page's own Esc shortcut
                return True
            self.end()
            return True
        if kind != QEvent.Type.KeyPress or key not in (*STEP_KEYS, *BLANK_KEYS):
            return False
        # The focus in the key's own window: the other one's may be a field left there.
        if takes_typing(watched.window().focusWidget() or watched):
            return False
        if key in BLANK_KEYS:
            self.set_blank(True)
            return True
        return self.step(STEP_KEYS[key])

    def step(self, step: int) -> bool:
        """Show the next (1) or previous (-1) screenful, or else the next or previous item; on
        a lesson's page, the next or previous lesson. False on a page with no such steps (the
        search results, the progress screen), whose own Page keys then work."""
        self._release_end()
        window = self._window
        page = window.pages.currentWidget()
        item_page = window.item_page_if_made
        if page is window.lesson_page:
            button = (window.lesson_page.next_button if step > 0
                      else window.lesson_page.previous_button)
        elif item_page is not None and page is item_page:
            viewer = self._viewer()
            bar = _scroll_bar(viewer) if viewer is not None else None
            if bar is not None and (bar.value() < bar.maximum() if step > 0
                                    else bar.value() > bar.minimum()):
                shift = max(round(bar.pageStep() * (1 - OVERLAP)), bar.singleStep())
                bar.setValue(bar.value() + step * shift)
                return True
            if getattr(viewer, "answering", False):
                return True  # a quiz question being answered: the attempt stays on the screen
            button = item_page.next_button if step > 0 else item_page.previous_button
        else:
            return False
        if button.isEnabled():
            button.click()
            self._focus_view()
            if step < 0 and page is item_page:
                self._show_end()
        return True

    def _viewer(self) -> QWidget | None:
        """The open item's viewer, while the item page is the page shown."""
        item_page = self._window.item_page_if_made
        if item_page is None or self._window.pages.currentWidget() is not item_page:
            return None
        return item_page.stack.currentWidget()

    def _show_end(self) -> None:
        """Show the end of the item just gone back to, as slides do: its last screenful, kept
        there while its layout settles (images fitted to the width, a scroll bar appearing)
        until the next step or item."""
        viewer = self._viewer()
        bar = _scroll_bar(viewer) if viewer is not None else None
        if bar is None:
            return
        bar.setValue(bar.maximum())
        self._at_end = bar
        bar.rangeChanged.connect(self._keep_at_end)
        self._window.item_opened.connect(self._release_end)

    def _keep_at_end(self, _minimum: int, maximum: int) -> None:
        if self._at_end is not None:
            self._at_end.setValue(maximum)

    def _release_end(self) -> None:
        """Let the item shown at its end scroll as it likes again."""
        if self._at_end is None:
            return
        self._at_end.rangeChanged.disconnect(self._keep_at_end)
        self._window.item_opened.disconnect(self._release_end)
        self._at_end = None

    def _focus_view(self) -> None:
        """Give the focus to what a remote's keys are about: the open item's viewer, or the
        page (the lesson's)."""
        view = self._viewer() or self._window.pages.currentWidget()
        if view is not None:
            view.setFocus()


def _menu_actions(window: MainWindow) -> list[QAction]:
    """The actions of the window's menus, their shortcuts among them."""
    actions: list[QAction] = []
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu):
            actions += [action for action in menu.actions() if not action.isSeparator()]
    return actions


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def _scroll_bar(view: QWidget) -> QAbstractSlider | None:
    """The vertical scroll bar of ``view``'s largest scrolling area that has something to
    scroll (a text, the pages of a fact sheet), or None (a video)."""
    areas = [view] if isinstance(view, QAbstractScrollArea) else []
    areas += view.findChildren(QAbstractScrollArea)
    scrolling = [area for area in areas
                 if area.isVisible() and area.verticalScrollBar().maximum() > 0]
    if not scrolling:
        return None
    largest = max(scrolling, key=lambda area: area.width() * area.height())
    return largest.verticalScrollBar()
