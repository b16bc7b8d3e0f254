"""A quiz for a learner with a screen reader or the keyboard alone: what appears without a
focus change is said, Tab reaches the quiz's buttons before it leaves the page, every
focusable part of the page has a name, and the question is said with the answer that takes
the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from c4s_desktop.ui.quiz.question_inputs import LineInput, MatchingInput
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


def said_on_focus(widget: QWidget, page: QWidget) -> list[str]:
    """What a screen reader says as ``widget`` takes the focus, from what Qt's AT-SPI bridge
    sends: the widget's name and description, and the names of the groups round it up to
    ``page`` (a reader says the name of a group the focus enters, never its description)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    said = [interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description)]
    group = interface.parent()
    while group is not None and group.object() is not page:
        said.append(group.text(QAccessible.Text.Name))
        group = group.parent()
    return [text for text in said if text]


def test_the_question_is_said_with_the_answer_that_takes_the_focus(
        qtbot, launch: Launch) -> None:
    """The focus goes to the answer, never to the prompt's label: the answer carries the
    question, once (a typed answer in its description, choices and rows in their group's
    name)."""
    _controller, view = open_quiz(qtbot, launch, "m1-l1-quiz")
    start(qtbot, view)
    page = view.question_page
    kinds = []
    for _number in range(6):  # every type but matching: choices, true or false, a number...
        question = view.current_question()
        assert question is not None and page.input is not None
        kinds.append(question.type)
        answer_widget = focused(view)
        assert page.input.isAncestorOf(answer_widget)
        said = said_on_focus(answer_widget, page)
        assert said.count(page.prompt.text()) == 1, (question.type, said)
        if isinstance(page.input, LineInput):  # the field's own name says what to type
            assert said[0] in ("Your answer", "Your answer, a number"), said
            assert not page.input.accessibleName()  # not said a second time by its group
        answer_and_wait(qtbot, view)
        QTest.keyClick(page.next_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not page.answered or view.currentWidget() is view.results)
    assert {"single", "multiple", "true_false", "numeric", "text"} <= set(kinds)


def test_each_row_of_a_matching_question_is_said_with_its_name_and_the_question(
        qtbot, launch: Launch) -> None:
    _controller, view = open_quiz(qtbot, launch, "m1-l2-quiz")  # not shuffled: matching first
    start(qtbot, view)
    page = view.question_page
    assert isinstance(page.input, MatchingInput)
    prompt = page.prompt.text()
    lefts = [label.text() for label in page.input.findChildren(QLabel)]
    for box, left in zip(page.input.boxes, lefts, strict=True):
        interface = QAccessible.queryAccessibleInterface(box)
        labels = [label.text(QAccessible.Text.Name)
                  for label, _relation in interface.relations(QAccessible.RelationFlag.Label)]
        assert labels == [left]  # which row: Orca reads a combo box with its label
        assert said_on_focus(box, page).count(prompt) == 1
