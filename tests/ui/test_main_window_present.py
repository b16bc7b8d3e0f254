"""Presenting on a classroom projector (1024x768): the library hides so the item has the
window's width, the View menu's zoom makes a quiz's text larger as it does a text's, and
View → Present puts the open lesson or item alone on the screen, moved through with a
presenter's remote (Page Down and Page Up)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QToolBar, QWidget

from c4s_desktop.ui import presenting as presenting_module
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.style import apply_style
from tests.ui.conftest import Launch
from tests.ui.test_quiz_screen import (  # noqa: F401  (the demo course, installed)
    PACK,
    answer_and_wait,
    app_dir,
    demo_data,
    demo_dir,
    open_quiz,
    start,
)
from tests.ui.test_theme import themed  # noqa: F401  (the app's styling)

PROJECTOR = (1024, 768)
TEXT = "m1-l1-text"
FACTSHEET = "m1-l1-factsheet"
CASE = "m4-case"
OFFSCREEN = QGuiApplication.platformName() == "offscreen"
QUIZ = "m2-l1-quiz"  # feedback after each answer
PAGES_MARGIN = 6
"""The style sheet's margin left of the pages (app.qss, QStackedWidget#pages)."""


def shown(qtbot, controller: AppController) -> MainWindow:
    """The controller's real window, shown and active (the keyboard's)."""
    window = controller.window
    assert window is not None
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    return window


def presenting(qtbot, launch: Launch) -> MainWindow:
    """The real window at the projector's size, active, with the demo course's first text."""
    controller = launch()
    assert controller.window is not None
    controller.window.resize(*PROJECTOR)
    window = shown(qtbot, controller)
    assert window.open_item(PACK, TEXT)
    return window


def item_span(window: MainWindow) -> tuple[int, int]:
    """Where the item page starts and ends, across the window."""
    page = window.item_page
    left = page.mapTo(window, QPoint(0, 0)).x()
    return left, left + page.width()


def test_main_window_hides_the_library_so_the_item_has_the_whole_width(
        qtbot, launch: Launch) -> None:
    window = presenting(qtbot, launch)
    before = item_span(window)
    assert before[0] > window.tree.minimumWidth()  # the library takes its share at first

    window.tree.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: item_span(window)[0] <= PAGES_MARGIN)
    assert not window.tree.isVisible() and not window.library_action.isChecked()
    assert item_span(window)[1] == window.width()
    assert window.item_page.isAncestorOf(QApplication.focusWidget())  # not lost with the tree

    # Another item and the header's Back keep the library hidden and the width.
    QTest.keyClick(window.item_page.next_button, Qt.Key.Key_Space)
    QTest.keyClick(window.item_page.back_button, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is window.lesson_page
    assert not window.tree.isVisible()

    QTest.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(window.tree.isVisible)
    assert window.library_action.isChecked() and window.tree.hasFocus()
    assert window.open_item(PACK, TEXT)
    qtbot.waitUntil(lambda: item_span(window) == before)


def test_main_window_ctrl_l_and_the_view_menu_toggle_the_library(qtbot, launch: Launch) -> None:
    window = presenting(qtbot, launch)
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.tree.isVisible())
    window.library_action.trigger()  # what View → Show the library does
    qtbot.waitUntil(window.tree.isVisible)
    assert window.library_action.text() == "Show the &library"


def test_zoom_makes_a_quiz_question_larger_and_normal_size_restores_it(
        qtbot, launch: Launch, themed: QApplication) -> None:  # noqa: F811
    controller, view = open_quiz(qtbot, launch, QUIZ)
    apply_style(themed, "light")  # the app's style sheet, under which fonts propagate less
    window = controller.window
    assert window is not None
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    start(qtbot, view)
    page = view.question_page
    assert page.input is not None
    choices = page.input.findChildren(QWidget)[0]  # the choices, list, boxes or field
    sizes = {"prompt": page.prompt, "title": page.progress, "answer": choices,
             "button": page.confirm_button}
    before = {name: widget.font().pointSizeF() for name, widget in sizes.items()}

    for _step in range(3):
        QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    after = {name: widget.font().pointSizeF() for name, widget in sizes.items()}
    assert after["answer"] == after["button"] == before["answer"] + 3
    for name in ("prompt", "title"):  # larger in proportion: still the larger text
        assert after[name] > before[name] + 3, name
    assert round(after["prompt"] / after["answer"], 2) == round(
        before["prompt"] / before["answer"], 2)
    assert view.zoom == 3

    answer_and_wait(qtbot, view, right=False)  # the feedback and the next question: zoomed
    assert page.answered and page.feedback.isVisible()
    assert page.feedback.detail.font().pointSizeF() == after["answer"]
    assert page.feedback.verdict.font().pointSizeF() > after["answer"]
    QTest.keyClick(page.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.answered)
    shown = page.input
    assert shown is not None
    qtbot.waitUntil(lambda: shown.font().pointSizeF() == after["answer"])  # once polished

    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    sizes["answer"] = shown  # the first question's choices are gone
    assert {name: widget.font().pointSizeF() for name, widget in sizes.items()} == before


def test_quiz_zoom_stays_within_the_document_views_limits(qtbot, launch: Launch) -> None:
    controller, view = open_quiz(qtbot, launch, QUIZ)
    assert controller.window is not None
    item_page = controller.window.item_page
    normal = view.overview.facts.font().pointSizeF()
    item_page.zoom_by(100)
    assert view.overview.facts.font().pointSizeF() > normal
    assert view.zoom == 10
    item_page.zoom_by(-100)
    assert view.zoom == -4 and view.overview.facts.font().pointSizeF() < normal
    item_page.reset_zoom()
    assert view.zoom == 0 and view.overview.facts.font().pointSizeF() == normal


def chrome(window: MainWindow) -> list[QWidget]:
    """What a presentation hides around the page: the library, menus, toolbars, status bar."""
    return [window.tree, window.menuBar(), window.statusBar(),
            *window.findChildren(QToolBar)]


def opened(window: MainWindow) -> str | None:
    place = window.opened_item
    return place.item.id if place is not None else None


def test_present_puts_the_item_alone_on_the_screen_and_esc_ends_it(
        qtbot, launch: Launch, themed: QApplication) -> None:  # noqa: F811
    window = presenting(qtbot, launch)
    apply_style(themed, "light")
    shown = [widget for widget in chrome(window) if widget.isVisible()]
    assert len(shown) >= 4  # the search and learning toolbars among them

    window.tree.setFocus()
    QTest.keyClick(window.tree, Qt.Key.Key_F5)
    assert window.present_action.isChecked()
    assert QApplication.focusWidget() is window.item_page.document_view  # the remote's keys
    assert window.isFullScreen() or OFFSCREEN
    assert not any(widget.isVisible() for widget in chrome(window))
    qtbot.waitUntil(lambda: item_span(window) == (PAGES_MARGIN, window.width()))
    hint = window.findChild(QLabel, "presenting-hint")
    assert hint is not None and hint.isVisible() and "Esc" in hint.text()
    assert abs(hint.x() + hint.width() / 2 - window.width() / 2) <= 1  # placed once full
    assert not window.library_action.isEnabled()  # F9 cannot bring the library into it

    # The View menu's shortcuts still work with the menu bar hidden.
    size = window.item_page.document_view.font().pointSizeF()
    QTest.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.item_page.document_view.font().pointSizeF() > size

    QTest.keyClick(window.item_page.document_view, Qt.Key.Key_Escape)
    assert not window.present_action.isChecked() and not window.isFullScreen()
    assert window.tree.hasFocus()  # where it was before
    assert all(widget.isVisible() for widget in shown)
    assert not hint.isVisible() and window.library_action.isEnabled()

    # F5 again, and F5 ends it too; the library stays hidden if the trainer had hidden it.
    window.show_library(False)
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.present_action.isChecked() and not window.menuBar().isVisible()
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert not window.present_action.isChecked() and window.menuBar().isVisible()
    assert not window.tree.isVisible() and not window.library_action.isChecked()


def test_page_down_shows_the_rest_of_a_text_then_the_next_item(qtbot, launch: Launch) -> None:
    window = presenting(qtbot, launch)
    window.present_action.trigger()
    text = window.item_page.document_view
    window.item_page.zoom_by(10)  # a projector's large text: more than a screenful
    bar = text.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > bar.pageStep())
    seen = [bar.value()]
    while opened(window) == TEXT:
        QTest.keyClick(text, Qt.Key.Key_PageDown)  # what a presenter's remote sends
        seen.append(bar.value())
        assert len(seen) < 50
    assert opened(window) == FACTSHEET  # once the whole text was on the screen
    assert seen[-2] == bar.maximum() and len(seen) >= 3 and seen == sorted(seen)
    assert window.present_action.isChecked()

    viewer = window.item_page.stack.currentWidget()
    assert viewer.isAncestorOf(QApplication.focusWidget())  # the remote's next keys go to it
    QTest.keyClick(viewer, Qt.Key.Key_PageUp)  # at the top of the fact sheet: back
    assert opened(window) == TEXT
    assert bar.value() == bar.maximum()  # to the text's last screenful

    def relaid_out() -> None:
        """The text laid out smaller, then larger again (as when its images are fitted)."""
        for steps in (-1, 1):
            end = bar.maximum()
            window.item_page.zoom_by(steps)
            qtbot.waitUntil(lambda: bar.maximum() != end)  # noqa: B023

    relaid_out()
    assert bar.value() == bar.maximum()  # kept at the end while the layout settles
    QTest.keyClick(text, Qt.Key.Key_PageUp)
    assert opened(window) == TEXT and bar.value() < bar.maximum()
    relaid_out()
    assert bar.value() < bar.maximum()  # no longer once the remote moved on

    window.item_page.back_button.click()  # on the lesson's page, from lesson to lesson
    assert window.pages.currentWidget() is window.lesson_page
    first = window.lesson_page.title.text()
    QTest.keyClick(window.lesson_page, Qt.Key.Key_PageDown)
    assert window.lesson_page.title.text() != first
    QTest.keyClick(window.lesson_page, Qt.Key.Key_PageUp)
    assert window.lesson_page.title.text() == first


def test_page_down_in_an_answer_being_typed_stays_in_the_answer(qtbot, launch: Launch) -> None:
    window = shown(qtbot, launch(learner="Ana"))
    view = window.item_page.case_study_view
    with qtbot.waitSignal(view.answers_loaded, timeout=10_000):
        assert window.open_item(PACK, CASE)
    window.present_action.trigger()
    answer = view.answers[0]
    answer.setFocus()
    answer.setPlainText("\n".join(f"line {n}" for n in range(40)))
    answer.moveCursor(answer.textCursor().MoveOperation.Start)
    QTest.keyClick(answer, Qt.Key.Key_PageDown)
    assert opened(window) == CASE and answer.textCursor().blockNumber() > 0
    QTest.keyClick(answer, Qt.Key.Key_Escape)  # Esc still ends the presentation
    assert not window.present_action.isChecked()


def test_page_down_never_leaves_a_quiz_question_being_answered(qtbot, launch: Launch) -> None:
    controller, view = open_quiz(qtbot, launch, QUIZ)
    window = controller.window
    assert window is not None
    window.present_action.trigger()
    start(qtbot, view)
    for _press in range(3):
        QTest.keyClick(view.question_page, Qt.Key.Key_PageDown)
    assert opened(window) == QUIZ and view.answering  # the attempt stays on the screen
    view.setCurrentWidget(view.overview)  # its first page: a remote moves on from there
    QTest.keyClick(view.overview, Qt.Key.Key_PageDown)
    assert opened(window) != QUIZ


def test_presenting_keeps_the_keys_of_pages_without_steps_and_the_focus(
        qtbot, launch: Launch) -> None:
    controller = launch(search="cluster")
    window = shown(qtbot, controller)
    page = controller.search.page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is page and page.model.rowCount() > 3)
    window.tree.setFocus()
    QTest.keyClick(window.tree, Qt.Key.Key_F5)
    assert window.present_action.isChecked()
    assert page.isAncestorOf(QApplication.focusWidget())  # not left in the hidden library

    page.list.setCurrentIndex(page.model.index(0, 0))
    QTest.keyClick(page.list, Qt.Key.Key_PageDown)  # the results list's own Page Down
    assert page.list.currentIndex().row() > 0 and window.pages.currentWidget() is page

    QTest.keyClick(page.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not controller.search.box.hasFocus()  # the search box is hidden: nothing to type in

    window.progress_action.trigger()  # a page with an Esc of its own (back)
    screen = controller.progress_screen.screen
    assert window.pages.currentWidget() is screen
    QTest.keyClick(screen, Qt.Key.Key_Escape)  # the one Esc the hint speaks of ends it
    assert not window.present_action.isChecked() and window.pages.currentWidget() is screen
    assert window.tree.hasFocus()  # back where it was


def test_b_blanks_the_screen_until_a_key_and_a_still_mouse_hides_its_pointer(
        qtbot, launch: Launch, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(presenting_module, "POINTER_IDLE_MS", 250)
    window = presenting(qtbot, launch)
    text = window.item_page.document_view
    QTest.keyClick(text, Qt.Key.Key_F5)
    blank = window.findChild(QWidget, "presenting-blank")
    assert blank is not None and not blank.isVisible()

    QTest.keyClick(text, Qt.Key.Key_B)  # a remote's "blank screen" button
    assert blank.isVisible() and blank.geometry() == window.rect()
    QTest.keyClick(text, Qt.Key.Key_PageDown)  # any key brings the picture back, only that
    assert not blank.isVisible()
    assert opened(window) == TEXT and text.verticalScrollBar().value() == 0
    QTest.keyClick(text, Qt.Key.Key_Period)
    assert blank.isVisible()
    QTest.mouseClick(blank, Qt.MouseButton.LeftButton)  # or a click
    assert not blank.isVisible()

    def pointer() -> Qt.CursorShape | None:
        cursor = QApplication.overrideCursor()
        return cursor.shape() if cursor is not None else None

    qtbot.waitUntil(lambda: pointer() == Qt.CursorShape.BlankCursor)  # the mouse kept still
    QTest.mouseMove(text.viewport(), QPoint(40, 40))
    qtbot.waitUntil(lambda: pointer() is None)  # moved: seen again
    qtbot.waitUntil(lambda: pointer() == Qt.CursorShape.BlankCursor)

    QTest.keyClick(text, Qt.Key.Key_B)
    QTest.keyClick(text, Qt.Key.Key_Escape)  # ends the blank and the presentation
    assert not blank.isVisible() and not window.present_action.isChecked()
    assert pointer() is None
