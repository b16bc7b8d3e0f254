"""A quiz for a learner with a screen reader or the keyboard alone: what appears without a
focus change is said."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

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
