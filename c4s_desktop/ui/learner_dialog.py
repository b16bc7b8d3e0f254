"""Who is learning? Choose yourself in the list (with your PIN if you set one), or add yourself.

Every store access (sign in, add a learner) is a store-worker job; the dialog stays open and
says what went wrong in a plain sentence when a PIN is wrong or a name is taken.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import MAX_NAME, Learner, sign_in
from c4s_desktop.core.learners.pins import is_valid_pin
from c4s_desktop.core.loose_text import normalise_text
from c4s_desktop.ui.clear_button import add_clear_button
from c4s_desktop.ui.errors import error_text
from c4s_desktop.ui.icons import icon
from c4s_desktop.ui.pin_field import pin_field
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.progress_jobs import create_and_sign_in
from c4s_desktop.ui.worker import StoreWorker

LEARNER_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_WIDTH = 420
FIND_FROM = 8
"""From this many learners the list gets a field to find a name in: a class of 30 on one
computer is more than a screenful."""
LIST_ROWS = 10
"""Rows the list shows before it scrolls (with the rest of the page, under 768 pixels high at
150 % text size)."""
_MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def _error_label() -> QLabel:
    label = plain_label()
    label.setObjectName("form-error")
    label.setWordWrap(True)
    return label


class LearnerDialog(QDialog):
    """Sign a learner in: pick from the list, type a PIN when asked, or add a new learner."""

    signed_in = Signal(object)
    """The :class:`Learner` now signed in (the dialog then closes)."""

    def __init__(self, worker: StoreWorker, learners: list[Learner], parent: QWidget | None = None,
                 *, first: bool = True) -> None:
        super().__init__(parent)
        self._worker = worker
        self._learners = learners
        self._pin_learner: Learner | None = None
        self.setModal(True)
        self.setMinimumWidth(MIN_WIDTH)
        self.setWindowTitle(self.tr("Who is learning?"))
        self.setAccessibleName(self.tr("Choose who is learning"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._make_list_page(first))
        self.pages.addWidget(self._make_pin_page())
        self.pages.addWidget(self._make_new_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        if learners:
            self.show_list()
        else:
            self.show_new()

    # --- Pages -----------------------------------------------------------------------------

    def _make_list_page(self, first: bool) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Who is learning today? Choose your name."))
        heading.setWordWrap(True)
        self.learner_list = QListWidget()
        self.learner_list.setAccessibleName(self.tr("Learners on this computer"))
        for learner in self._learners:
            text = self.tr("{name} (PIN)").format(name=learner.name) if learner.has_pin \
                else learner.name
            row = QListWidgetItem(icon("learner"), text)
            row.setData(LEARNER_ROLE, learner)
            self.learner_list.addItem(row)
        self.learner_list.setCurrentRow(0)
        self.learner_list.itemDoubleClicked.connect(lambda _row: self._choose())
        if self._learners:
            rows = min(len(self._learners), LIST_ROWS)
            self.learner_list.setMinimumHeight(self.learner_list.sizeHintForRow(0) * rows
                                               + 2 * self.learner_list.frameWidth())
        heading.setBuddy(self.learner_list)
        self.find_field = QLineEdit()
        self.find_field.setAccessibleName(self.tr("Find your name"))
        self.find_field.setPlaceholderText(self.tr("Type part of your name"))
        add_clear_button(self.find_field, self.tr("Clear the name"))
        self.find_field.textChanged.connect(self._find)
        self.find_field.installEventFilter(self)
        find_row = QWidget()
        find_layout = QHBoxLayout(find_row)
        find_layout.setContentsMargins(0, 0, 0, 0)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_field)
        find_layout.addWidget(find_label)
        find_layout.addWidget(self.find_field, 1)
        find_row.setVisible(len(self._learners) >= FIND_FROM)
        self.no_match = plain_label()
        self.no_match.setWordWrap(True)
        self.no_match.setText(self.tr("No learner on this computer has that name. Check the "
                                      "spelling, or add yourself as a new learner."))
        self.no_match.hide()
        self.new_button = QPushButton(self.tr("New learner…"))
        self.new_button.setAccessibleName(self.tr("Add a new learner"))
        self.new_button.clicked.connect(self.show_new)
        self.quit_button = QPushButton(self.tr("Quit") if first else self.tr("Cancel"))
        self.quit_button.clicked.connect(self.reject)
        self.choose_button = QPushButton(self.tr("Sign in"))
        self.choose_button.setAccessibleName(self.tr("Sign in as the chosen learner"))
        self.choose_button.clicked.connect(self._choose)
        self.list_error = _error_label()
        return self._page(page, [heading, find_row, self.learner_list, self.no_match],
                          self.list_error,
                          [self.new_button, None, self.quit_button, self.choose_button])

    def _make_pin_page(self) -> QWidget:
        page = QWidget()
        self.pin_prompt = plain_label()
        self.pin_prompt.setWordWrap(True)
        self.pin_field = pin_field(self.tr("PIN"))
        self.pin_prompt.setBuddy(self.pin_field)
        self.pin_error = _error_label()
        # The owner gives a new one (c4s learners pin), so a forgotten PIN loses no progress.
        forgot = QLabel(self.tr("Forgot your PIN? Ask whoever looks after this computer to give "
                                "you a new one; your progress stays."))
        forgot.setObjectName("hint")
        forgot.setWordWrap(True)
        self.pin_back_button = self._back_button()
        self.pin_button = QPushButton(self.tr("Sign in"))
        self.pin_button.clicked.connect(self._check_pin)
        return self._page(page, [self.pin_prompt, self.pin_field, forgot], self.pin_error,
                          [self.pin_back_button, None, self.pin_button])

    def _make_new_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Add yourself as a new learner."))
        heading.setWordWrap(True)
        self.name_field = QLineEdit()
        self.name_field.setMaxLength(MAX_NAME)
        self.name_field.setAccessibleName(self.tr("Name"))
        self.new_pin = pin_field(self.tr("PIN (optional)"))
        self.new_pin_again = pin_field(self.tr("PIN again"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_field)
        form.addRow(self.tr("&PIN (optional):"), self.new_pin)
        form.addRow(self.tr("PIN &again:"), self.new_pin_again)
        form_widget = QWidget()
        form_widget.setLayout(form)
        rule = QLabel(self.tr("A PIN is 4 to 8 digits. With a PIN, nobody else can open your "
                              "progress on this computer."))
        rule.setObjectName("hint")
        rule.setWordWrap(True)
        self.new_error = _error_label()
        self.back_button = self._back_button()
        self.new_quit_button = QPushButton(self.quit_button.text())
        self.new_quit_button.clicked.connect(self.reject)
        self.create_button = QPushButton(self.tr("Create and sign in"))
        self.create_button.clicked.connect(self._create)
        return self._page(page, [heading, form_widget, rule], self.new_error,
                          [self.back_button, None, self.new_quit_button, self.create_button])

    def _back_button(self) -> QPushButton:
        """A Back button to the list of learners. Its name says where to: a reader would
        otherwise say "Back" alone."""
        button = QPushButton(self.tr("Back"))
        button.setAccessibleName(self.tr("Back to the list of learners"))
        button.clicked.connect(self.show_list)
        return button

    def _page(self, page: QWidget, widgets: list[QWidget], error: QLabel,
              buttons: list[QPushButton | None]) -> QWidget:
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addWidget(error)
        layout.addStretch(1)
        row = QHBoxLayout()
        for button in buttons:
            if button is None:
                row.addStretch(1)
            else:
                row.addWidget(button)
        layout.addLayout(row)
        return page

    def _show(self, index: int, focus: QWidget, default: QPushButton) -> None:
        self.pages.setCurrentIndex(index)
        default.setDefault(True)
        focus.setFocus()

    def show_list(self) -> None:
        """The list of learners (arrows choose, Enter signs in); with many, typing finds."""
        finding = len(self._learners) >= FIND_FROM
        self._show(0, self.find_field if finding else self.learner_list, self.choose_button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows typed in the find field move through the list, as in a combo box."""
        if (watched is self.find_field and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _MOVE_KEYS):
            QApplication.sendEvent(self.learner_list, event)
            return True
        return super().eventFilter(watched, event)

    def _find(self, text: str) -> None:
        wanted = normalise_text(text)
        first_shown: QListWidgetItem | None = None
        for index in range(self.learner_list.count()):
            row = self.learner_list.item(index)
            learner: Learner = row.data(LEARNER_ROLE)
            shown = wanted in normalise_text(learner.name)
            row.setHidden(not shown)
            if shown and first_shown is None:
                first_shown = row
        current = self.learner_list.currentItem()
        if first_shown is not None and (current is None or current.isHidden()):
            self.learner_list.setCurrentItem(first_shown)
        self.no_match.setVisible(first_shown is None)
        self.choose_button.setEnabled(first_shown is not None)

    def show_pin(self, learner: Learner) -> None:
        """Ask ``learner`` for their PIN."""
        self._pin_learner = learner
        self.pin_prompt.setText(self.tr("Type the PIN of {name}.").format(name=learner.name))
        self.pin_field.clear()
        self.pin_error.clear()
        self._show(1, self.pin_field, self.pin_button)

    def show_new(self) -> None:
        """The form for a new learner: name, and an optional PIN typed twice."""
        for field in (self.name_field, self.new_pin, self.new_pin_again):
            field.clear()
        self.new_error.clear()
        self.back_button.setVisible(bool(self._learners))
        self.new_quit_button.setVisible(not self._learners)
        self._show(2, self.name_field, self.create_button)

    # --- Actions ---------------------------------------------------------------------------

    def _choose(self) -> None:
        row = self.learner_list.currentItem()
        if row is None or row.isHidden():
            return
        learner: Learner = row.data(LEARNER_ROLE)
        if learner.has_pin:
            self.show_pin(learner)
        else:
            self._run(partial(sign_in, learner_id=learner.id), self.choose_button,
                      self.list_error)

    def _check_pin(self) -> None:
        learner = self._pin_learner
        if learner is None:
            return
        pin = self.pin_field.text()
        self._run(partial(sign_in, learner_id=learner.id, pin=pin), self.pin_button,
                  self.pin_error)

    def _create(self) -> None:
        name, pin, again = (self.name_field.text().strip(), self.new_pin.text(),
                            self.new_pin_again.text())
        problem = ""
        if not name:
            problem = self.tr("Type your name.")
        elif (pin or again) and not is_valid_pin(pin):
            problem = error_text(InputError("learner.bad_pin"))
        elif pin != again:
            problem = self.tr("The two PINs are not the same; type the PIN again in both fields.")
        if problem:
            self.new_error.setText(problem)
            return
        self._run(partial(create_and_sign_in, name=name, pin=pin or None), self.create_button,
                  self.new_error)

    def _run(self, call: partial[Learner], button: QPushButton, error: QLabel) -> None:
        button.setEnabled(False)
        error.clear()

        def failed(exc: BaseException) -> None:
            button.setEnabled(True)
            error.setText(error_text(exc))
            if call.func is sign_in and self.pages.currentIndex() == 1:
                self.pin_field.clear()
                self.pin_field.setFocus()

        def done(learner: Learner) -> None:
            button.setEnabled(True)
            self.signed_in.emit(learner)
            self.accept()

        self._worker.run(lambda store, _task: call(store), on_done=done, on_error=failed)
