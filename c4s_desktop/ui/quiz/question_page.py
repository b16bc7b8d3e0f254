"""One question on its own page: number and total, prompt, answer widget, feedback, buttons.

Enter confirms the answer (and, once feedback shows, moves on): it reaches the page when the
widget with focus leaves it unused, so an open list still takes its own Enter. The number
keys pick choices.
The page only shows: the quiz view decides what happens and when (after the answer is stored).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.ui.announce import announce
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.quiz.fonts import colour, scale_font
from c4s_desktop.ui.quiz.question_inputs import QuestionInput

COLUMN_WIDTH = 860
NUMBER_KEYS = 9


class FeedbackPanel(QFrame):
    """Right or wrong, the right answer and the explanation, after an answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz-feedback")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict = plain_label()
        self.verdict.setObjectName("quiz-verdict")
        scale_font(self.verdict, 1.15, bold=True)
        self.detail = plain_label()
        self.explanation = plain_label()
        layout = QVBoxLayout(self)
        for label in (self.verdict, self.detail, self.explanation):
            label.setTextFormat(Qt.TextFormat.PlainText)  # pack texts are never markup
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()

    def show_feedback(self, correct: bool, verdict: str, detail: str, explanation: str) -> None:
        """Show the feedback; the panel's colour says right (green) or not (red)."""
        colour(self.verdict, correct)
        self.verdict.setText(verdict)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))
        self.setAccessibleName(verdict)
        self.setAccessibleDescription(" ".join(t for t in (detail, explanation) if t))
        self.show()


def last_in_focus_chain(widget: QWidget) -> QWidget | None:
    """The last widget inside ``widget`` that can take the focus, in focus-chain order."""
    last = None
    child = widget.nextInFocusChain()
    while child is not None and widget.isAncestorOf(child):
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
            last = child
        child = child.nextInFocusChain()
    return last


class QuestionPage(QWidget):
    """The page of the question being answered."""

    confirm_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input: QuestionInput | None = None
        self.answered = False
        self.busy = False
        """An answer is being stored: a second confirmation is ignored. (The button is not
        disabled for that short time: repainting it would delay the feedback.)"""
        self.progress = QLabel()
        self.progress.setObjectName("quiz-progress")
        scale_font(self.progress, 1.1, bold=True)
        self.notice = plain_label()
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.prompt = QLabel()
        self.prompt.setObjectName("quiz-prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        scale_font(self.prompt, 1.2)
        self._input_box = QVBoxLayout()
        self.feedback = FeedbackPanel()
        self.status = plain_label()
        self.status.setObjectName("form-error")
        self.status.setWordWrap(True)
        self.status.hide()
        self.confirm_button = QPushButton(self.tr("Confirm answer"))
        self.confirm_button.setToolTip(self.tr("Confirm your answer (Enter)"))
        self.confirm_button.clicked.connect(self._confirm)
        self.next_button = QPushButton(self.tr("Next question"))
        self.next_button.clicked.connect(self.next_requested)
        self.next_button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.next_button)

        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.addWidget(self.progress)
        inner.addWidget(self.notice)
        inner.addWidget(self.prompt)
        inner.addSpacing(8)
        inner.addLayout(self._input_box)
        inner.addWidget(self.feedback)
        inner.addWidget(self.status)
        inner.addLayout(buttons)
        inner.addStretch(1)
        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._number_keys: list[QShortcut] = []
        for number in range(1, NUMBER_KEYS + 1):
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self._number(n))
            self._number_keys.append(shortcut)

    def show_question(self, number: int, count: int, prompt: str, widget: QuestionInput,
                      last: bool, notice: str = "") -> None:
        """Show question ``number`` of ``count`` with its answer widget, and ``notice`` (if
        any) above the prompt."""
        if self.input is not None:
            self.input.setParent(None)
            self.input.deleteLater()
        self.input = widget
        self.answered = False
        self.progress.setText(self.tr("Question {n} of {count}").format(n=number, count=count))
        # The page's scroll area takes the focus (arrows scroll a long question): a reader
        # names it, rather than an empty "scroll pane".
        self.scroll_area.setAccessibleName(self.progress.text())
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.prompt.setText(prompt)
        widget.set_question(f"{notice} {prompt}" if notice else prompt)
        self._input_box.addWidget(widget)
        self._order_tabs(widget)
        self.feedback.hide()
        self.status.hide()
        self.confirm_button.show()
        self.busy = False
        self.next_button.hide()
        self.next_button.setText(self.tr("See my results") if last else self.tr("Next question"))
        self.next_button.setAccessibleDescription("")  # the last question's verdict
        for shortcut in self._number_keys:
            shortcut.setEnabled(widget.uses_number_keys)
        widget.setFocus()

    def _order_tabs(self, widget: QuestionInput) -> None:
        """Tab goes from the answer to its feedback and buttons before it leaves the page.

        An answer widget, made for each question, joins the window's focus chain at its end,
        after the library and the toolbar, which Tab then reached before Confirm answer: the
        feedback and the buttons move to just after the answer's last part instead.
        """
        last = last_in_focus_chain(widget)
        if last is None:  # an answer always has a part that takes the focus
            return
        for first, second in pairwise((last, self.feedback, self.confirm_button,
                                       self.next_button)):
            QWidget.setTabOrder(first, second)

    def set_busy(self, busy: bool) -> None:
        """While an answer is being stored: no second confirmation, and no change to the
        answer, which would then differ from the one scored (given back if it failed)."""
        self.busy = busy
        if self.input is not None:
            self.input.lock(busy)
            if not busy:
                self.input.setFocus()

    def _confirm(self) -> None:
        if not self.busy and not self.answered:
            self.confirm_requested.emit()

    def show_answered(self) -> None:
        """The answer is stored: lock it and offer to go on."""
        self.answered = True
        if self.input is not None:
            self.input.lock()
        for shortcut in self._number_keys:
            shortcut.setEnabled(False)
        self.confirm_button.hide()
        # A reader says the button that takes the focus, not the panel beside it: the button
        # describes itself with the verdict, and the verdict is announced as it appears.
        verdict = self.feedback.verdict.text()
        self.next_button.setAccessibleDescription(
            " ".join(t for t in (verdict, self.feedback.detail.text()) if t))
        self.next_button.show()
        self.next_button.setFocus()
        announce(self.feedback, verdict)
        # Laid out and painted at once: the learner is waiting for this feedback, so it does
        # not wait for the next scheduled screen update. On a small screen a long explanation
        # pushes the button below the fold: scrolled into view.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.scroll_area.ensureWidgetVisible(self.next_button)
        self.repaint()

    def show_status(self, text: str) -> None:
        """A problem to tell the learner (no answer yet, could not be stored)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        # The focus stays on the answer: without this, a reader would say nothing.
        announce(self.status, text, assertive=True)

    def _number(self, number: int) -> None:
        if self.input is not None and not self.answered and not self.busy:
            self.input.press_number(number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter (left unused by the widget with focus) confirms, then moves on."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
        elif self.answered:
            self.next_requested.emit()
        else:
            self._confirm()
