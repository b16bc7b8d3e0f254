"""Answering the quiz screen's questions with the keyboard alone, as a learner would.

Shared by the quiz screen tests, the killed-app reliability driver and the quiz benchmark;
uses QTest directly so it also works outside pytest.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from c4s_desktop.core.quiz.model import Question
from c4s_desktop.ui.quiz.question_inputs import (
    ButtonsInput,
    MatchingInput,
    NumberInput,
    OrderingInput,
    TextInput,
)
from c4s_desktop.ui.quiz.quiz_view import QuizView

KEYS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)}


def focused(view: QuizView) -> QWidget:
    """The widget with keyboard focus (the page, if focus is elsewhere)."""
    widget = QApplication.focusWidget()
    return widget if widget is not None else view.question_page


def _response(question: Question, right: bool) -> object:
    """A right or a wrong answer to ``question``, in scoring's shape."""
    kind = question.type
    if kind == "single":
        ids = [c.id for c in question.choices]
        return question.answer if right else next(i for i in ids if i != question.answer)
    if kind == "multiple":
        answer = list(cast(tuple[str, ...], question.answer))
        return answer if right else [c.id for c in question.choices if c.id not in answer][:1] \
            or answer[:-1]
    if kind == "true_false":
        return question.answer if right else not question.answer
    if kind == "numeric":
        value = cast(float, question.answer)
        return value if right else value + question.tolerance + 10
    if kind == "text":
        return question.answers[0] if right else "no idea"
    count = len(question.pairs) if kind == "matching" else len(question.items)
    order = list(range(count))
    return order if right else order[1:] + order[:1]


def answer(view: QuizView, right: bool = True, confirm: bool = True) -> object:
    """Give a right (or wrong) answer to the question on screen by keyboard, then press Enter
    (unless ``confirm`` is False: the caller presses it).

    Returns the response given. The caller waits for ``view.answer_confirmed``.
    """
    question = view.current_question()
    presentation = view.presentation
    assert question is not None and presentation is not None
    widget = view.question_page.input
    response = _response(question, right)
    if isinstance(widget, ButtonsInput):
        values: list[object] = [*presentation.choices.get(question.id, ())] or [True, False]
        wanted = response if isinstance(response, list) else [response]
        for value in wanted:
            QTest.keyClick(focused(view), KEYS[values.index(value) + 1])
    elif isinstance(widget, NumberInput | TextInput):
        widget.edit.setFocus()
        QTest.keyClicks(widget.edit, str(response).replace(".", widget.locale().decimalPoint())
                        if isinstance(widget, NumberInput) else str(response))
    elif isinstance(widget, OrderingInput):
        _order(widget, cast(list[int], response))
    elif isinstance(widget, MatchingInput):
        _match(widget, cast(list[int], response))
    if confirm:
        QTest.keyClick(focused(view), Qt.Key.Key_Return)
    return response


def _order(widget: OrderingInput, wanted: list[int]) -> None:
    """Sort the list into ``wanted`` with Up/Down to select and Alt+Up to move."""
    listing = widget.list
    listing.setFocus()
    for target, value in enumerate(wanted):
        row = listing.values().index(value)
        while listing.currentRow() != row:
            key = Qt.Key.Key_Down if listing.currentRow() < row else Qt.Key.Key_Up
            QTest.keyClick(listing, key)
        for _step in range(row - target):
            QTest.keyClick(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)


def _match(widget: MatchingInput, wanted: list[int]) -> None:
    """Choose each row's right-hand side with Up/Down in its closed list."""
    for box, value in zip(widget.boxes, wanted, strict=True):
        box.setFocus()
        target = box.findData(value)
        while box.currentIndex() != target:
            key = Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up
            QTest.keyClick(box, key)
