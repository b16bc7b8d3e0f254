"""The answer widgets, one per question type, all usable with the keyboard alone.

Each gives its :meth:`QuestionInput.response` in the shape scoring expects (None while
incomplete). Choices answer to the number keys (the quiz view routes them here); an ordering
list and the right-hand sides of a matching question move by drag or Alt+Up / Alt+Down
(Ctrl+Up / Ctrl+Down too).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLocale, QMargins, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.quiz.model import Question
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.quiz.answer_text import Wording

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
MOVE_MODIFIERS = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier)


def no_mnemonic(text: str) -> str:
    """``text`` shown as is on a button or a label with a buddy, where ``&`` would otherwise
    underline the next letter ("R&D")."""
    return text.replace("&", "&&")


class QuestionInput(QWidget):
    """Base of the answer widgets."""

    changed = Signal()
    """The learner changed the answer."""
    uses_number_keys = False

    def response(self) -> object | None:
        """The answer in scoring's shape, or None while there is none."""
        raise NotImplementedError

    def unreadable(self) -> str | None:
        """Why what the learner gave cannot be read as an answer, as one sentence; None when
        the answer is there or simply not given yet."""
        return None

    def press_number(self, number: int) -> None:
        """Number key ``number`` (from 1) was pressed: choose that choice, if any."""

    def set_question(self, question: str) -> None:
        """Let a screen reader say ``question`` (the prompt, after any notice above it) with
        the answer: the focus goes to the answer, never to the prompt's label.

        Here the widget is named with it, as a form's group of radio buttons is by its
        legend: a reader says a named group's name as the focus enters it, and the choices,
        the rows to match or to order keep their own names. (Its description would not be
        said: the widget never has the focus.)
        """
        self.setAccessibleName(question)

    def lock(self, locked: bool = True) -> None:
        """No more changes (the widget stays readable): while the answer is being stored and
        once it is. ``False`` gives it back, when it could not be stored."""
        for child in self.findChildren(QWidget):
            if hasattr(child, "setReadOnly"):
                child.setReadOnly(locked)
            elif isinstance(child, QAbstractButton | QComboBox):
                child.setEnabled(not locked)
            elif isinstance(child, QListWidget):
                child.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if locked
                                      else QAbstractItemView.DragDropMode.InternalMove)
                child.setProperty("locked", locked)


class ButtonsInput(QuestionInput):
    """Radio buttons (one answer) or check boxes (several), numbered for the number keys."""

    uses_number_keys = True

    def __init__(self, labels: Sequence[str], values: Sequence[object], several: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values = list(values)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not several)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, label in enumerate(labels, start=1):
            button: QAbstractButton = QCheckBox() if several else QRadioButton()
            button.setText(f"{number}. {no_mnemonic(label)}")
            button.setAccessibleName(label)
            self.group.addButton(button, number - 1)
            layout.addWidget(button)
        hint = QLabel(self.tr("Tick every right answer: the number keys tick and untick, "
                              "Enter confirms.") if several else
                      self.tr("Press a choice's number to choose it, then Enter to confirm."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.group.buttonToggled.connect(lambda *_args: self.changed.emit())
        buttons = self.group.buttons()
        if buttons:
            self.setFocusProxy(buttons[0])

    def response(self) -> object | None:
        chosen = [self._values[self.group.id(b)] for b in self.group.buttons() if b.isChecked()]
        if self.group.exclusive():
            return chosen[0] if chosen else None
        return chosen or None

    def press_number(self, number: int) -> None:
        button = self.group.button(number - 1)
        if button is None or not button.isEnabled():
            return
        button.setFocus()
        button.setChecked(not button.isChecked() if not self.group.exclusive() else True)


class LineInput(QuestionInput):
    """Base of the answers typed on one line."""

    edit: QLineEdit

    def set_question(self, question: str) -> None:
        """The line itself carries the question, as its description: the focus lands in it,
        and a reader says a field's name (what to type) and its description. The widget
        around it stays unnamed, so that the question is not said twice."""
        self.edit.setAccessibleDescription(question)

    def _add_edit(self, placeholder: str, accessible_name: str) -> QLineEdit:
        """The line, filling this widget, with its focus and ``changed`` wired."""
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(accessible_name)
        edit.textChanged.connect(lambda _text: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit)
        self.setFocusProxy(edit)
        return edit


class NumberInput(LineInput):
    """A number, with the learner's decimal mark (a point is accepted too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = self._add_edit(self.tr("Type a number"), self.tr("Your answer, a number"))

    def response(self) -> object | None:
        text = "".join(self.edit.text().split())  # any space, no-break ones too
        text = text.removesuffix("%")  # "30 %" to a question asking for a percentage
        value, ok = QLocale().toDouble(text)
        if not ok:
            value, ok = QLocale.c().toDouble(text.replace(",", "."))
        if not ok or not math.isfinite(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value

    def unreadable(self) -> str | None:
        if not self.edit.text().strip() or self.response() is not None:
            return None
        return self.tr("Type only a number, such as {example}.").format(
            example=QLocale().toString(12.5))


class TextInput(LineInput):
    """A short free text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = self._add_edit(self.tr("Type your answer"), self.tr("Your answer"))

    def response(self) -> object | None:
        return self.edit.text().strip() or None


class MovableList(QListWidget):
    """A list whose rows move by drag or by Alt/Ctrl + Up/Down, numbered as they stand."""

    moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setStyleSheet("QListWidget::item { padding: 6px; }")
        self.model().rowsMoved.connect(lambda *_args: self._renumber())

    def add(self, text: str, value: int) -> None:
        """Add a row showing ``text`` that stands for ``value``."""
        row = QListWidgetItem(text)
        row.setData(INDEX_ROLE, value)
        row.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        row.setData(Qt.ItemDataRole.UserRole, text)
        self.addItem(row)
        self._renumber()
        self.fit_rows()

    def fit_rows(self) -> None:
        """As tall as its rows, so the whole list shows without scrolling."""
        rows = sum(self.sizeHintForRow(row) + 2 * self.spacing() for row in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 4)

    def values(self) -> list[int]:
        """The values of the rows, top to bottom."""
        return [int(self.item(row).data(INDEX_ROLE)) for row in range(self.count())]

    def move_current(self, step: int) -> None:
        """Move the current row up (-1) or down (+1)."""
        row = self.currentRow()
        target = row + step
        if self.property("locked") or row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self._renumber()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt or Ctrl with Up/Down moves the current row; other keys as usual."""
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and any(
                event.modifiers() & m for m in MOVE_MODIFIERS):
            self.move_current(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def _renumber(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            text = str(item.data(Qt.ItemDataRole.UserRole))
            item.setText(f"{row + 1}. {text}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("{text}, position {n} of {count}").format(
                             text=text, n=row + 1, count=self.count()))
        self.moved.emit()


class OrderingInput(QuestionInput):
    """Put the items in order."""

    def __init__(self, texts: Sequence[str], start: Sequence[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = MovableList()
        self.list.setAccessibleName(self.tr("Items to put in order"))
        for index in start:
            self.list.add(texts[index], index)
        self.list.setCurrentRow(0)
        self.list.moved.connect(self.changed)
        hint = QLabel(self.tr("Drag the items, or select one and press Alt+Up or Alt+Down "
                              "to move it."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        self.setFocusProxy(self.list)

    def response(self) -> object | None:
        return self.list.values()


class AnswerBox(QComboBox):
    """A list of right-hand answers that asks for the width of its longest one and can do with
    twelve characters: in a narrow page the names beside it give up their room first (with
    Qt's own sizes, its hint was twelve characters too, and the answers were cut)."""

    MIN_CHARS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(self.MIN_CHARS)

    def sizeHint(self) -> QSize:
        """Room for the longest answer."""
        hint = super().sizeHint()  # the box round twelve characters
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                      default=0)
        extra = longest - metrics.horizontalAdvance("x") * self.MIN_CHARS
        return hint.grownBy(QMargins(0, 0, max(extra, 0), 0))


class MatchingInput(QuestionInput):
    """Match each left-hand text with a right-hand one, chosen in a list beside it.

    Choosing a right-hand side already given to another row swaps the two, so every side is
    used once.
    """

    def __init__(self, lefts: Sequence[str], rights: Sequence[str], start: Sequence[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[QComboBox] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        # No stretch factors: a column with one is sized from its minimum, and the names and the
        # answers share the width by what each needs.
        for row, left in enumerate(lefts):
            label = plain_label(no_mnemonic(left))
            label.setWordWrap(True)
            box = AnswerBox()
            for index in start:
                box.addItem(rights[index], index)
            box.setCurrentIndex(row)
            box.setAccessibleName(self.tr("Match for: {text}").format(text=left))
            label.setBuddy(box)
            box.setToolTip(box.currentText())  # whole, however narrow the box
            box.currentIndexChanged.connect(lambda _i, b=box: self._chosen(b))
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
            self.boxes.append(box)
        self._shown = [box.currentIndex() for box in self.boxes]
        if self.boxes:
            self.setFocusProxy(self.boxes[0])

    def _chosen(self, box: QComboBox) -> None:
        row = self.boxes.index(box)
        new, old = box.currentIndex(), self._shown[row]
        other = next((i for i, b in enumerate(self.boxes) if i != row and b.currentIndex() == new),
                     None)
        self._shown[row] = new
        box.setToolTip(box.currentText())
        if other is not None:
            self._shown[other] = old
            blocked = self.boxes[other].blockSignals(True)
            self.boxes[other].setCurrentIndex(old)
            self.boxes[other].setToolTip(self.boxes[other].currentText())
            self.boxes[other].blockSignals(blocked)
        self.changed.emit()

    def response(self) -> object | None:
        return [int(box.currentData()) for box in self.boxes]


def make_input(question: Question, wording: Wording, choices: Sequence[str] = (),
               rights: Sequence[int] = (), items: Sequence[int] = ()) -> QuestionInput:
    """The answer widget for ``question``, in the attempt's presentation order."""
    kind = question.type
    if kind in ("single", "multiple"):
        labels = [wording.choice(question, choice_id) for choice_id in choices]
        return ButtonsInput(labels, list(choices), several=kind == "multiple")
    if kind == "true_false":
        return ButtonsInput([wording.response(question, True), wording.response(question, False)],
                            [True, False], several=False)
    if kind == "numeric":
        return NumberInput()
    if kind == "text":
        return TextInput()
    if kind == "matching":
        lefts = [wording.text(left) for left, _right in question.pairs]
        texts = [wording.text(right) for _left, right in question.pairs]
        return MatchingInput(lefts, texts, rights)
    texts = [wording.text(item) for item in question.items]
    return OrderingInput(texts, items)
