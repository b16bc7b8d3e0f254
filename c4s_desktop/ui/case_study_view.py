"""A case study: its text beside the reflection prompts, with the learner's answers.

Answers are saved about a second after the learner stops typing, as drafts kept in place
(``core/progress/case_drafts.py``), and recorded as ``responded`` statements, one per changed
prompt, when the learner leaves the case study or closes the app, every few minutes of writing,
and for a prompt's first answer at once (it may finish the case study): a store-worker job
records them with what they complete (lesson, module, course). Reopened, the case study shows
the latest answer to each prompt, read back from the statements and drafts.
"""

from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.learners import Learner
from c4s_desktop.core.packs.manifest import pick_file, pick_text
from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.core.progress.case_drafts import RECORD_EVERY_S, save_answers
from c4s_desktop.core.progress.case_study import CaseAnswers, answer_statement, latest_answers
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.progress.item_events import ItemRef
from c4s_desktop.ui.document_view import DocumentView
from c4s_desktop.ui.errors import error_text
from c4s_desktop.ui.library_data import ItemPlace
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.session import Session
from c4s_desktop.ui.worker import StoreWorker

SAVE_DELAY_MS = 1000
"""The pause in typing after which the answers are saved."""
SAVE_AT_LEAST_MS = 5000
"""The longest typed text waits unsaved, with no pause in the typing (a power cut loses it)."""
ANSWER_LINES = 6
TEXT_SHARE, PROMPTS_SHARE = 55, 45


class CaseStudyView(QWidget):
    """The case text (left) and one answer box per prompt (right), saved as the learner types."""

    recorded = Signal(str, str, str, object)
    """(learner id, pack id, item id, the learner's new item states in that pack by item id)."""
    answers_loaded = Signal()
    """The saved answers of the case study just opened are in the boxes."""
    saved = Signal()
    """Every answer typed so far is stored."""

    def __init__(self, lang: str, worker: StoreWorker | None, session: Session | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._worker = worker
        self._session = session
        self.place: ItemPlace | None = None
        self._learner_id: str | None = None
        self._dirty: set[int] = set()
        self._answered: set[int] = set()
        """Prompts with an answer recorded: their next saves are drafts."""
        self._drafted = False
        """Drafts of this case study may be stored: leaving it records them."""
        self._recorded_at = 0.0
        self._pending = 0
        self.answers: list[QPlainTextEdit] = []
        self.earlier: list[QLabel] = []
        """Under each answer box: the learner's answer to an earlier wording of its prompt."""

        self.text = DocumentView()
        self.text.setAccessibleName(self.tr("Case study text"))
        self.heading = QLabel(self.tr("Your reflections"))
        self.heading.setObjectName("case-study-heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 2)
        self.heading.setFont(font)
        self.status = plain_label()
        self.status.setObjectName("case-study-status")
        self.status.setAccessibleDescription(self.tr("Saving status"))
        self._prompt_column = QWidget()
        self._prompt_layout = QVBoxLayout(self._prompt_column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._prompt_column)
        # A Tab stop (arrows scroll the prompts): named as its heading, not an empty pane.
        scroll.setAccessibleName(self.tr("Your reflections"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.heading)
        side_layout.addWidget(scroll, 1)
        side_layout.addWidget(self.status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, TEXT_SHARE)
        self.splitter.setStretchFactor(1, PROMPTS_SHARE)
        self._learner_split = False
        self.splitter.splitterMoved.connect(self._handle_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.text)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._keep)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(SAVE_AT_LEAST_MS)
        self._deadline.timeout.connect(self._keep)
        if session is not None:
            session.learner_changed.connect(self._learner_changed)

    # --- Opening ---------------------------------------------------------------------------

    def open(self, place: ItemPlace, files: PackFiles) -> None:
        """Show ``place``'s case study; answers saved before fill in when they are read."""
        self.save_now()
        manifest, item = place.pack.manifest, place.item
        self.place = place
        self._answered = set()
        self._drafted = True  # a save that failed may have left some: leaving records them
        self._recorded_at = time.monotonic()
        path = pick_file(item.file, self._lang, manifest.default_language) if item.file else None
        if path is None or not self.text.show_document(files, path):
            self.text.setPlainText(self.tr(
                "This case study's text is missing from the library; add its course again "
                "(File → Add packs…) to repair it."))
        prompts = [pick_text(prompt, self._lang, manifest.default_language)
                   for prompt in item.questions]
        self._make_boxes(prompts)
        self._load_answers()

    def _make_boxes(self, prompts: list[str]) -> None:
        while (entry := self._prompt_layout.takeAt(0)) is not None:
            child = entry.widget()
            if child is not None:
                child.deleteLater()
        self.answers = []
        self.earlier = []
        for number, prompt in enumerate(prompts, start=1):
            label = QLabel(self.tr("{number}. {prompt}").format(number=number, prompt=prompt))
            label.setObjectName("case-study-prompt")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setAccessibleName(self.tr("Your answer to question {number}").format(number=number))
            # For readers that do not follow the label's buddy relation to the question.
            box.setAccessibleDescription(prompt)
            box.setPlaceholderText(self.tr("Type your answer here…"))
            line = box.fontMetrics().lineSpacing()
            box.setMinimumHeight(line * ANSWER_LINES)
            box.textChanged.connect(partial(self._typed, number - 1))
            label.setBuddy(box)
            earlier = plain_label()
            earlier.setObjectName("case-study-earlier")
            earlier.setWordWrap(True)
            earlier.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            earlier.hide()
            self._prompt_layout.addWidget(label)
            self._prompt_layout.addWidget(box)
            self._prompt_layout.addWidget(earlier)
            self.answers.append(box)
            self.earlier.append(earlier)
        self._prompt_layout.addStretch(1)
        self.status.clear()

    def _load_answers(self) -> None:
        learner = self._session.learner if self._session is not None else None
        self._learner_id = learner.id if learner is not None else None
        place, learner_id = self.place, self._learner_id
        if place is None or learner_id is None or self._worker is None:
            self.status.setText(self.tr("Sign in to keep your answers."))
            self.answers_loaded.emit()
            return
        pack_id, item = place.pack.id, place.item
        self._worker.run(
            lambda store, _task: latest_answers(store, learner_id, pack_id, item),
            on_done=partial(self._answers_read, place, learner_id),
        )

    def _answers_read(self, place: ItemPlace, learner_id: str, answers: CaseAnswers) -> None:
        if place is not self.place or learner_id != self._learner_id:
            return  # another case study or learner since
        self._answered |= {index for index, text in answers.current.items() if text.strip()}
        for index, box in enumerate(self.answers):
            if index in answers.current and index not in self._dirty:
                box.blockSignals(True)
                box.setPlainText(answers.current[index])
                box.blockSignals(False)
        # Not in the box: it answered another question, so it does not count as answering
        # this one, but the learner may want to reuse what they wrote.
        for index, label in enumerate(self.earlier):
            text = answers.earlier.get(index)
            label.setText(self.tr("Your answer to an earlier version of this question: {answer}")
                          .format(answer=text) if text else "")
            label.setVisible(bool(text))
        self.answers_loaded.emit()

    def _learner_changed(self, _learner: Learner | None) -> None:
        if self.place is None:
            return
        self.save_now()  # still for the learner who typed it
        for box in self.answers:
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        for label in self.earlier:
            label.clear()
            label.hide()
        self.status.clear()
        self._answered = set()
        self._drafted = True
        self._load_answers()

    # --- Saving ----------------------------------------------------------------------------

    def _typed(self, index: int) -> None:
        self._dirty.add(index)
        self.status.setText(self.tr("Editing…"))
        self._timer.start()
        if not self._deadline.isActive():  # from the first change since the last save
            self._deadline.start()

    def _keep(self) -> None:
        """After a pause in typing: keep the changed answers, recording them only when due."""
        self._save(finish=time.monotonic() - self._recorded_at >= RECORD_EVERY_S)

    def save_now(self) -> None:
        """Record the answers changed since the last save, and the drafts kept before."""
        self._save(finish=True)

    def _save(self, finish: bool) -> None:
        self._timer.stop()
        self._deadline.stop()
        place, learner_id = self.place, self._learner_id
        if place is None or not (self._dirty or (finish and self._drafted)):
            return
        if learner_id is None or self._worker is None:
            if self._dirty:
                self.status.setText(self.tr("Sign in to keep your answers."))
            return
        ref = ItemRef(place.pack.manifest, place.lesson, place.item)
        indexes = sorted(index for index in self._dirty if index < len(self.answers))
        texts = {index: self.answers[index].toPlainText() for index in indexes}
        first = {index for index, text in texts.items()
                 if text.strip() and index not in self._answered}
        statements = {index: answer_statement(learner_id, ref, index, text, self._lang)
                      for index, text in texts.items()}
        answers = [statements[index] for index in indexes if finish or index in first]
        drafts = [statements[index] for index in indexes if not (finish or index in first)]
        self._dirty.clear()
        self._answered |= first
        self._drafted = bool(drafts) or (self._drafted and not finish)
        if answers or finish:
            self._recorded_at = time.monotonic()
        manifest, item_id, lang = place.pack.manifest, place.item.id, self._lang
        self._pending += 1
        self.status.setText(self.tr("Saving…"))
        try:
            self._worker.run(
                lambda store, _task: save_answers(store, learner_id, manifest, item_id, answers,
                                                  drafts, finish=finish, language=lang),
                on_done=partial(self._stored, learner_id, place),
                on_error=partial(self._not_stored, place, indexes, first),
            )
        except RuntimeError:  # the store is closed: the app is ending
            self._pending -= 1

    def _stored(self, learner_id: str, place: ItemPlace,
                states: dict[str, ItemState] | None) -> None:
        self._pending -= 1
        if not self._pending and not self._dirty:
            self.status.setText(self.tr("Saved"))
            self.saved.emit()
        if states is not None:
            self.recorded.emit(learner_id, place.pack.id, place.item.id, states)

    def _not_stored(self, place: ItemPlace, indexes: list[int], first: set[int],
                    exc: BaseException) -> None:
        self._pending -= 1
        if place is self.place:
            self._dirty.update(indexes)  # tried again at the next save
            self._answered -= first
        self.status.setText(self.tr("Your answers could not be saved: {reason}")
                            .format(reason=error_text(exc)))

    @property
    def has_unsaved(self) -> bool:
        """True while some typed answer is not stored yet."""
        return bool(self._dirty) or self._pending > 0

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the case study (not minimising the window) saves at once."""
        super().hideEvent(event)
        if not event.spontaneous():
            self.save_now()

    # --- Sharing the width ------------------------------------------------------------------
    # Stretch factors share only the room beyond what each side first asks for: shown at start
    # (``--open``), the prompts' long words took 60 % and the text's tables wrapped mid-word.
    # The shares are set outright instead, at every size, until the learner moves the handle.

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give the text and the prompts their shares of the new width."""
        super().resizeEvent(event)
        if not self._learner_split:
            room = event.size().width() - self.splitter.handleWidth()  # no margins around
            text = room * TEXT_SHARE // (TEXT_SHARE + PROMPTS_SHARE)
            self.splitter.setSizes([text, room - text])

    def _handle_moved(self, _position: int, _index: int) -> None:
        self._learner_split = True

    # --- Text size -------------------------------------------------------------------------

    def zoom_by(self, steps: int) -> None:
        """Make the case text larger (positive) or smaller."""
        self.text.zoom_by(steps)

    def reset_zoom(self) -> None:
        """Back to the normal text size."""
        self.text.reset_zoom()
