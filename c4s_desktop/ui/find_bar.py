"""The bar under a text for finding words in it: what to find, how many places hold it, the
previous and next place, and Close (Esc)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from c4s_desktop.ui.announce import announce
from c4s_desktop.ui.clear_button import add_clear_button
from c4s_desktop.ui.finder import Finder

FIELD_CHARS = 36
TYPING_PAUSE_MS = 150
"""Looked for once typing pauses: a long fact sheet's text takes tens of milliseconds."""


class FindBar(QWidget):
    """Finds in one view at a time (:meth:`use`): a course text, a case study, a fact sheet's
    text or its pages."""

    closed = Signal()
    """The learner closed the bar (the keyboard goes back to the text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._finder: Finder | None = None
        self._heard: tuple[str, int, str] = ("", -1, "")
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Find in this text"))
        self.field.setPlaceholderText(self.tr("Words to find"))
        add_clear_button(self.field, self.tr("Clear the words to find"))
        self.field.installEventFilter(self)
        # Room for a few words, not the whole width: the count and the buttons stay near them.
        char = self.field.fontMetrics().averageCharWidth()
        self.field.setMinimumWidth(char * FIELD_CHARS // 2)
        self.field.setMaximumWidth(char * FIELD_CHARS)
        label = QLabel(self.tr("F&ind:"))
        label.setBuddy(self.field)
        self.found = QLabel()
        self.found.setMinimumWidth(self.found.fontMetrics().horizontalAdvance("0000 / 0000"))
        self.previous_button = self._button(self.tr("Previous"), self.tr("Previous place found"),
                                            Qt.ArrowType.UpArrow, lambda: self.step(-1))
        self.next_button = self._button(self.tr("Next"), self.tr("Next place found"),
                                        Qt.ArrowType.DownArrow, lambda: self.step(1))
        self.close_button = self._button(self.tr("Close"), self.tr("Close the find bar"), None,
                                         self.close_bar)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._find_typed)
        self.field.textEdited.connect(lambda _text: self._typing.start())
        self.field.textChanged.connect(lambda text: None if text else self._find_typed())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(label)
        layout.addWidget(self.field, 1)
        for widget in (self.found, self.previous_button, self.next_button, self.close_button):
            layout.addWidget(widget)
        layout.addStretch(0)  # what the field leaves, once as wide as it gets
        self._update()

    def _button(self, text: str, name: str, arrow: Qt.ArrowType | None,
                action: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setAutoRaise(True)
        if arrow is not None:
            button.setArrowType(arrow)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(action)
        return button

    @property
    def finder(self) -> Finder | None:
        """The finder of the text the bar finds in, if any."""
        return self._finder

    def use(self, finder: Finder | None) -> None:
        """Find in ``finder``'s text from now on (None: no text to find in); what the bar holds
        is looked for there at once, from where that view is (a sheet's pages and its text
        show the same page)."""
        if finder is self._finder:
            return
        if self._finder is not None:
            self._finder.changed.disconnect(self._update)
            self._finder.clear()
        self._finder = finder
        if finder is not None:
            finder.changed.connect(self._update)
            if self.isVisible() and self.field.text().strip():
                finder.find(self.field.text())
        self._update()

    def look_for(self, text: str, near: int | None = None) -> None:
        """Show the bar holding ``text`` and find it (the first place at or after position
        ``near``, else after the caret); the keyboard stays where it is."""
        self._typing.stop()
        self.field.setText(text)
        self.show()
        if self._finder is not None:
            self._finder.find(text, near)

    def open_bar(self) -> None:
        """Show the bar with the keyboard in its field, what it held selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self._finder is not None and self.field.text().strip() and not self._finder.query:
            self._finder.find(self.field.text())

    def step(self, by: int) -> None:
        """Go to the next (1) or previous (-1) place; the bar opens first when it is hidden."""
        if not self.isVisible() or not self.field.text().strip():
            self.open_bar()
            return
        if self._finder is None:
            return
        if self._typing.isActive() or self._finder.query.strip() != self.field.text().strip():
            self._find_typed()  # the words just typed: their first place is the answer
        else:
            self._finder.step(by)

    def close_bar(self) -> None:
        """Hide the bar and its highlights; the keyboard goes back to the text."""
        self._typing.stop()
        if self._finder is not None:
            self._finder.clear()
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the field: Enter finds the next place, Shift+Enter the previous, Esc closes."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, shift = event.key(), event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if shift else 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def _find_typed(self) -> None:
        self._typing.stop()
        if self._finder is not None:
            self._finder.find(self.field.text())

    def _update(self) -> None:
        finder = self._finder
        found = finder.count if finder is not None else 0
        heard: tuple[str, int, str] = ("", -1, "")
        if finder is None or not finder.query.strip():
            text = ""
        elif found and finder.current >= 0:
            text = self.tr("{n} of {total}").format(n=finder.current + 1, total=found)
            heard = (finder.query, finder.current, "found")
        elif finder.searching:
            text = self.tr("Searching…")
            heard = (finder.query, -1, "searching")
        else:
            text = self.tr("Not found")
            heard = (finder.query, -1, "none")
        self.found.setText(text)
        # Said when the place, the words or the answer change, not as a count grows page by
        # page.
        if heard != self._heard:
            self._heard = heard
            announce(self.found, text)
        for button in (self.previous_button, self.next_button):
            button.setEnabled(found > 0)
