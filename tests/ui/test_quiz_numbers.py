"""Numbers in quizzes: what a learner types into a number question, and scores as they read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from c4s_desktop.ui.quiz.answer_text import format_points
from c4s_desktop.ui.quiz.question_inputs import NumberInput


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(("typed", "value"), [
    ("30", 30), ("30,5", 30.5), ("30.5", 30.5), ("30 %", 30), ("30%", 30),
    ("\u00a030,0\u202f%", 30), ("1\u202f250", 1250), ("-2,25", -2.25),
])
def test_a_number_is_read_as_a_french_learner_types_it(qtbot, french: None, typed: str,
                                                       value: float) -> None:
    box = NumberInput()
    qtbot.addWidget(box)
    box.edit.setText(typed)
    assert box.response() == value
    assert box.unreadable() is None


def test_what_is_not_a_number_is_named_as_such(qtbot, french: None) -> None:
    box = NumberInput()
    qtbot.addWidget(box)
    assert box.response() is None and box.unreadable() is None  # nothing typed yet
    box.edit.setText("kb. 58")
    assert box.response() is None
    assert box.unreadable() == "Type only a number, such as 12,5."


def test_points_read_with_two_decimals_at_most(french: None) -> None:
    assert format_points(10 / 3) == "3,33"
    assert format_points(2.0) == "2"
    assert format_points(0.25) == "0,25"
    assert format_points(2.5) == "2,5"
