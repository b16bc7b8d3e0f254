"""Taking the demo course's quizzes in the real window, by keyboard: every question type,
feedback after each answer or at the end, results with review, past attempts, leaving and
resuming, and the limit on attempts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTextBrowser,
)

from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.trust import seed_default_trust
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import VERBS
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.first_launch import bundled_demo_dir
from c4s_desktop.ui.quiz.question_inputs import LineInput, MatchingInput, OrderingInput
from c4s_desktop.ui.quiz.quiz_view import QuizView
from c4s_desktop.ui.style import apply_style, palette_for
from tests.quiz_keys import answer, focused
from tests.ui.conftest import Launch
from tests.ui.test_theme import contrast, themed  # noqa: F401  (the app's styling)

PACK = "eu.cluster4smart.essentials"


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo course installed, copied by each test."""
    root = tmp_path_factory.mktemp("demo-data")
    with Store.open(root) as store:
        seed_default_trust(store)
        install_pack(store, bundled_demo_dir() / f"{PACK}.c4spack")
    return root


@pytest.fixture
def app_dir(tmp_path: Path, demo_data: Path) -> Path:
    return shutil.copytree(demo_data, tmp_path / "app-data")


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    empty = tmp_path / "no-demo"
    empty.mkdir()
    return empty


def open_quiz(qtbot, launch: Launch, item_id: str) -> tuple[AppController, QuizView]:
    controller = launch(learner="Ana")
    window = controller.window
    assert window is not None
    window.show()
    window.activateWindow()
    assert window.open_item(PACK, item_id)
    view = window.item_page.quiz_view
    qtbot.waitUntil(lambda: view.currentWidget() is view.overview)
    return controller, view


def start(qtbot, view: QuizView) -> None:
    """Start (or resume) with the keyboard: the focused button takes Space."""
    button = view.overview.focusProxy()
    assert button is not None and button.hasFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.currentWidget() is view.question_page)


def answer_and_wait(qtbot, view: QuizView, right: bool = True) -> None:
    with qtbot.waitSignal(view.answer_confirmed, timeout=10_000):
        answer(view, right)


def statements(app_dir: Path, verb: str) -> list[dict[str, object]]:
    with Store.open(app_dir, write=False) as store:
        rows = store.db.execute("SELECT body FROM statements WHERE verb = ?", [VERBS[verb]])
        return [json.loads(body) for (body,) in rows.fetchall()]


def test_every_type_by_keyboard_with_feedback_after_each_answer(
        qtbot, launch: Launch, app_dir: Path) -> None:
    controller, view = open_quiz(qtbot, launch, "m1-l1-quiz")
    assert "6 questions" in view.overview.facts.text()
    assert "attempts used: 0 of 3" in view.overview.facts.text()
    start(qtbot, view)
    page = view.question_page
    seen = set()
    for number in range(1, 7):
        question = view.current_question()
        assert question is not None
        seen.add(question.type)
        assert page.progress.text() == f"Question {number} of 6"
        assert not page.feedback.isVisible()
        answer_and_wait(qtbot, view, right=number != 2)
        assert page.feedback.isVisible()
        if number == 2:
            assert page.feedback.verdict.text() == "Not right."
            said = "The right choices: " if question.type == "multiple" else "The right answer: "
            assert page.feedback.detail.text().startswith(said)
        else:
            assert page.feedback.verdict.text() == "Right!"
        assert page.feedback.explanation.text()
        assert page.answered and not page.confirm_button.isVisible()
        QTest.keyClick(page.next_button, Qt.Key.Key_Return)
    assert seen == {"single", "multiple", "true_false", "ordering", "text", "numeric"}
    qtbot.waitUntil(lambda: view.currentWidget() is view.results)
    assert view.results.verdict.text() == "Passed"
    assert "5 of 6 points" in view.results.score.text()
    review = view.results.review.toPlainText()
    assert review.count("Your answer:") == 6
    assert review.count("The right answer:") + review.count("The right choices:") == 1
    progress = controller.progress
    assert progress is not None
    qtbot.waitUntil(lambda: progress.view.item_state(PACK, "m1-l1-quiz").done)
    assert len(statements(app_dir, "answered")) == 6
    (passed,) = statements(app_dir, "passed")
    assert passed["result"]["score"]["raw"] == 5.0  # type: ignore[index]


def test_an_answer_being_stored_cannot_be_changed_so_it_is_the_one_scored(
        qtbot, launch: Launch) -> None:
    _controller, view = open_quiz(qtbot, launch, "m1-l1-quiz")
    start(qtbot, view)
    page = view.question_page
    for _number in range(6):
        widget = page.input
        assert widget is not None
        with qtbot.waitSignal(view.answer_confirmed, timeout=10_000):
            answer(view, right=True)
            given = widget.response()
            assert page.busy  # the store worker has it; its answer is not back yet
            # What a quick learner does meanwhile: number keys, a click, a few more letters,
            # a move in an ordering.
            for key in (Qt.Key.Key_2, Qt.Key.Key_1):
                QTest.keyClick(focused(view), key)
            for button in widget.findChildren(QAbstractButton):
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            if isinstance(widget, LineInput):
                QTest.keyClicks(widget.edit, "7")
            if isinstance(widget, OrderingInput):
                widget.list.setCurrentRow(widget.list.count() - 1)
                QTest.keyClick(widget.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
            assert widget.response() == given
        assert page.feedback.verdict.text() == "Right!" and widget.response() == given
        QTest.keyClick(page.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentWidget() is view.results)
    assert "6 of 6 points" in view.results.score.text()


def test_the_next_button_is_scrolled_into_view_after_a_long_feedback(
        qtbot, launch: Launch) -> None:
    controller, view = open_quiz(qtbot, launch, "m1-l1-quiz")
    assert controller.window is not None
    controller.window.resize(controller.window.minimumSize())
    controller.window.item_page.zoom_by(4)  # large text on a small screen
    start(qtbot, view)
    page = view.question_page
    answer_and_wait(qtbot, view, right=False)
    viewport = page.scroll_area.viewport()
    button = page.next_button.geometry().translated(
        page.next_button.parentWidget().mapTo(viewport, QPoint(0, 0)))
    assert page.scroll_area.verticalScrollBar().maximum() > 0, "the page must not fit, to check"
    assert viewport.rect().contains(button)


def test_an_answer_that_could_not_be_stored_is_given_back_to_change(
        qtbot, launch: Launch) -> None:
    _controller, view = open_quiz(qtbot, launch, "m1-l1-quiz")
    start(qtbot, view)
    page = view.question_page
    while not isinstance(page.input, LineInput):
        answer_and_wait(qtbot, view)
        QTest.keyClick(page.next_button, Qt.Key.Key_Return)
    widget = page.input
    page.set_busy(True)
    assert widget.edit.isReadOnly()
    page.set_busy(False)  # as when the store refused it (a full disk)
    QTest.keyClicks(widget.edit, "12")
    assert widget.edit.text() == "12" and widget.edit.hasFocus()


def text_colour(label: QLabel) -> QColor:
    return label.palette().color(label.foregroundRole())


def marks(review: QTextBrowser) -> dict[str, set[str]]:
    """The colours of "(Right)" and "(Not right)" in the review."""
    found: dict[str, set[str]] = {}
    for mark in ("(Right)", "(Not right)"):
        cursor = QTextCursor(review.document())
        while not (cursor := review.document().find(mark, cursor)).isNull():
            found.setdefault(mark, set()).add(cursor.charFormat().foreground().color().name())
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_right_and_wrong_read_on_the_theme_also_after_a_switch(
        qtbot, launch: Launch, themed: QApplication, scheme: str) -> None:  # noqa: F811
    other = "light" if scheme == "dark" else "dark"
    _controller, view = open_quiz(qtbot, launch, "m1-l1-quiz")
    keeper = apply_style(themed, scheme)  # after the start, which applies the saved choice
    start(qtbot, view)

    def readable(theme: str, label: QLabel) -> None:
        window = palette_for(theme).color(QPalette.ColorRole.Window)
        assert contrast(text_colour(label), window) >= 4.5, (theme, label.text())

    verdict = view.question_page.feedback.verdict
    for number in range(1, 7):
        answer_and_wait(qtbot, view, right=number % 2 == 1)
        readable(scheme, verdict)
        QTest.keyClick(view.question_page.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentWidget() is view.results)
    readable(scheme, view.results.verdict)
    for theme in (scheme, other):
        if theme != scheme:
            keeper.set_choice(other)  # Settings, with the results open
            readable(other, view.results.verdict)
            readable(other, verdict)
        base = palette_for(theme).color(QPalette.ColorRole.Base)
        shown = marks(view.results.review)
        assert set(shown) == {"(Right)", "(Not right)"}
        for colours in shown.values():
            assert len(colours) == 1
            assert contrast(QColor(colours.pop()), base) >= 4.5, theme


def test_matching_and_feedback_at_the_end(qtbot, launch: Launch, app_dir: Path) -> None:
    _controller, view = open_quiz(qtbot, launch, "m1-l2-quiz")
    start(qtbot, view)
    page = view.question_page
    for number in range(1, 7):
        assert page.progress.text() == f"Question {number} of 6"
        if isinstance(page.input, MatchingInput | OrderingInput):
            start_order = page.input.response()
            assert start_order != sorted(start_order)  # type: ignore[type-var]
        answer_and_wait(qtbot, view, right=number % 2 == 0)
        assert not page.feedback.isVisible()
    qtbot.waitUntil(lambda: view.currentWidget() is view.results)
    assert view.results.verdict.text() == "Not passed"
    review = view.results.review.toPlainText()
    # Wrong: the matching, the multiple choice (three right choices) and the number.
    assert review.count("The right answer:") == 2 and review.count("The right choices:") == 1
    assert view.results.again_button.isVisible()
    answered = statements(app_dir, "answered")
    assert sum(s["result"]["success"] for s in answered) == 3  # type: ignore[index,misc]
    assert statements(app_dir, "failed") and not statements(app_dir, "passed")



@pytest.mark.parametrize("lang", ["en", "fr"])
def test_matching_answers_read_whole_on_a_scaled_small_screen(qtbot, launch: Launch,
                                                              lang: str) -> None:
    """At 150 % on 1366x768 (910x485 logical pixels), short names beside long answers: the
    answers get the room (an even split cut them), the chosen one reads whole in the tooltip,
    and each list opens wide enough for every answer."""
    controller = launch(learner="Ana", lang=lang)
    window = controller.window
    assert window is not None
    window.resize(QSize(910, 485))
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    assert window.open_item(PACK, "m1-l2-quiz")
    view = window.item_page.quiz_view
    qtbot.waitUntil(lambda: view.currentWidget() is view.overview)
    start(qtbot, view)
    page = view.question_page
    while not isinstance(page.input, MatchingInput):  # shuffled; feedback at the end
        answer_and_wait(qtbot, view)
    matching = page.input
    qtbot.waitUntil(lambda: all(box.isVisible() for box in matching.boxes))
    assert window.size() == QSize(910, 485)
    for box in matching.boxes:
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, box)
        assert box.fontMetrics().horizontalAdvance(box.currentText()) <= field.width(), \
            box.currentText()
        assert box.toolTip() == box.currentText()
        longest = max(box.fontMetrics().horizontalAdvance(box.itemText(i))
                      for i in range(box.count()))
        box.showPopup()
        qtbot.waitUntil(box.view().isVisible)
        assert box.view().width() >= longest  # the list shows every answer whole
        box.hidePopup()


def test_leaving_and_resuming_keeps_answers_and_order(qtbot, launch: Launch,
                                                     app_dir: Path) -> None:
    controller, view = open_quiz(qtbot, launch, "m2-l1-quiz")
    start(qtbot, view)
    order = view.presentation
    for _n in range(2):
        answer_and_wait(qtbot, view)
        QTest.keyClick(view.question_page.next_button, Qt.Key.Key_Return)
    window = controller.window
    assert window is not None
    window.back_to_lesson()
    qtbot.waitUntil(lambda: bool(statements(app_dir, "suspended")))
    assert window.open_item(PACK, "m2-l1-quiz")
    qtbot.waitUntil(lambda: view.currentWidget() is view.overview)
    assert view.overview.resume_button.text() == "Resume attempt 1 (2 of 6 answered)"
    assert view.overview.history.topLevelItem(0).text(3) == "In progress"
    start(qtbot, view)
    assert view.presentation == order
    assert view.question_page.progress.text() == "Question 3 of 6"
    assert len(statements(app_dir, "resumed")) == 1


def test_attempt_limit_past_attempts_and_review(qtbot, launch: Launch, app_dir: Path) -> None:
    controller, view = open_quiz(qtbot, launch, "m4-l1-quiz")  # at most 2 attempts
    start(qtbot, view)
    window = controller.window
    assert window is not None
    window.back_to_lesson()
    assert window.open_item(PACK, "m4-l1-quiz")
    qtbot.waitUntil(lambda: view.currentWidget() is view.overview)
    assert view.overview.start_button.text() == "Start a new attempt"
    view.overview.start_button.setFocus()
    QTest.keyClick(view.overview.start_button, Qt.Key.Key_Return)  # Enter presses it, as Space
    qtbot.waitUntil(lambda: view.currentWidget() is view.question_page)
    for _n in range(6):
        answer_and_wait(qtbot, view, right=False)
        QTest.keyClick(view.question_page.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.currentWidget() is view.results)
    assert view.results.verdict.text() == "Not passed"
    assert not view.results.again_button.isVisible()
    QTest.keyClick(view.results.overview_button, Qt.Key.Key_Space)
    overview = view.overview
    assert view.currentWidget() is overview
    assert not overview.start_button.isVisible() and not overview.resume_button.isVisible()
    assert "You have used all your attempts." in overview.standing.text()
    rows = [overview.history.topLevelItem(i) for i in range(overview.history.topLevelItemCount())]
    assert [(r.text(0), r.text(2), r.text(3)) for r in rows] == [
        ("2", "0%", "Not passed"), ("1", "—", "Unfinished")]
    assert all(r.text(1) for r in rows)
    overview.history.setFocus()
    overview.history.setCurrentItem(rows[0])
    QTest.keyClick(overview.history, Qt.Key.Key_Return)
    assert view.currentWidget() is view.results
    assert view.results.review.toPlainText().count("Your answer:") == 6
