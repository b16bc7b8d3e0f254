"""A quiz for a learner with a screen reader or the keyboard alone: what appears without a
focus change is said, Tab reaches the quiz's buttons before it leaves the page, and every
focusable part of the page has a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.quiz_keys import focused
from tests.ui.conftest import Announced, Launch
from tests.ui.test_quiz_screen import (  # noqa: F401  (the demo course's data folder)
    answer_and_wait,
    app_dir,
    demo_data,
    demo_dir,
    open_quiz,
    start,
)


def test_the_verdict_is_said_and_rides_on_the_next_button(
        qtbot, launch: Launch, announced: Announced) -> None:
    _controller, view = open_quiz(qtbot, launch, "m1-l1-quiz")
    start(qtbot, view)
    page = view.question_page
    answer_and_wait(qtbot, view, right=False)
    verdict, detail = page.feedback.verdict.text(), page.feedback.detail.text()
    assert verdict == "Not right." and detail.startswith("The right")
    assert announced == [(verdict, False)]  # polite: after "Next question, button"
    assert page.next_button.hasFocus()
    assert page.next_button.accessibleDescription() == f"{verdict} {detail}"
    QTest.keyClick(page.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.answered)
    assert page.next_button.accessibleDescription() == ""  # not the last question's verdict
    answer_and_wait(qtbot, view, right=True)
    assert announced[-1] == ("Right!", False)
    assert page.next_button.accessibleDescription() == "Right!"


def test_a_missing_answer_is_said_at_once(qtbot, launch: Launch, announced: Announced) -> None:
    _controller, view = open_quiz(qtbot, launch, "m1-l1-quiz")
    start(qtbot, view)
    page = view.question_page
    # The questions come shuffled; an ordering is answered as it shows: go past it.
    while page.input is not None and page.input.response() is not None:
        answer_and_wait(qtbot, view)
        QTest.keyClick(page.next_button, Qt.Key.Key_Return)
    announced.clear()  # the verdicts on the way
    answer_widget = focused(view)
    QTest.keyClick(answer_widget, Qt.Key.Key_Return)
    assert view.question_page.status.text() == "Give an answer first."
    assert answer_widget.hasFocus()  # nothing a reader follows has changed: it must be told
    assert announced == [("Give an answer first.", True)]


def tab_from(widget: QWidget, key: Qt.Key = Qt.Key.Key_Tab) -> QWidget:
    QTest.keyClick(widget, key)
    now = QApplication.focusWidget()
    assert now is not None
    return now


def test_tab_goes_from_the_answer_to_the_quiz_buttons_before_it_leaves_the_page(
        qtbot, launch: Launch) -> None:
    _controller, view = open_quiz(qtbot, launch, "m1-l1-quiz")
    start(qtbot, view)
    page = view.question_page
    for _number in range(6):  # every type: choices, true or false, a number, text, ordering
        answer_widget = focused(view)
        assert page.input is not None and page.input.isAncestorOf(answer_widget)
        qtbot.waitUntil(answer_widget.isVisible)  # a layout shows a new widget when idle
        now = tab_from(answer_widget)
        while page.input.isAncestorOf(now):  # an ordering's list, then its buttons
            now = tab_from(now)
        assert now is page.confirm_button, (type(page.input).__name__, now)
        assert page.input.isAncestorOf(tab_from(now, Qt.Key.Key_Backtab))
        page.input.setFocus()
        answer_and_wait(qtbot, view)
        assert page.next_button.hasFocus()
        feedback = tab_from(page.next_button, Qt.Key.Key_Backtab)
        assert feedback is page.feedback  # Shift+Tab reads the feedback, Tab comes back
        assert tab_from(feedback) is page.next_button
        assert not page.isAncestorOf(tab_from(page.next_button))  # then the page is left
        QTest.keyClick(page.next_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not page.answered or view.currentWidget() is view.results)


def test_the_questions_scroll_area_has_a_name(qtbot, launch: Launch) -> None:
    _controller, view = open_quiz(qtbot, launch, "m1-l1-quiz")
    start(qtbot, view)
    page = view.question_page
    area = page.scroll_area
    assert area.focusPolicy() & Qt.FocusPolicy.TabFocus  # in the Tab chain, so it is said
    assert area.accessibleName() == "Question 1 of 6"
    answer_and_wait(qtbot, view)
    QTest.keyClick(page.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.answered)
    assert area.accessibleName() == "Question 2 of 6"
