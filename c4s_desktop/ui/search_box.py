"""The search box in the window's toolbar, and the runner that queries the index off the UI thread.

Typing is debounced; each query is a store-worker job, and a result that arrives after a newer
query was asked for is dropped, so the list never shows answers to old text.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from c4s_desktop.core.search.index import ensure_index
from c4s_desktop.core.search.query import Hit, search
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.clear_button import add_clear_button
from c4s_desktop.ui.worker import StoreWorker, Task

log = logging.getLogger("c4s.ui")

DEBOUNCE_MS = 200
BOX_WIDTH = 340
RESULT_LIMIT = 50


class SearchBox(QLineEdit):
    """A line edit that asks for a search once typing pauses (or at once on Enter)."""

    search_requested = Signal(str)
    """The text to search for, after a pause in typing; empty when the box was cleared."""
    results_focus_requested = Signal()
    """Down arrow or Enter: the learner wants to move into the results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search-box")
        self.setPlaceholderText(self.tr("Search the courses"))
        self.setAccessibleName(self.tr("Search the courses"))
        self.setAccessibleDescription(
            self.tr("Titles, course texts, fact sheets and video subtitles. "
                    "Press the down arrow to reach the results.")
        )
        add_clear_button(self, self.tr("Clear the search"))
        self.setMaximumWidth(BOX_WIDTH)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(self._maybe_cleared)

    def set_query(self, text: str) -> None:
        """Put ``text`` in the box and search for it now (no debounce)."""
        self.setText(text)
        self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.search_requested.emit(self.text().strip())

    def _maybe_cleared(self, text: str) -> None:
        if not text and not self._timer.isActive():
            self.search_requested.emit("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter searches at once; Down moves to the results; Escape clears the box."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                self._emit()
            self.results_focus_requested.emit()
        elif key == Qt.Key.Key_Down:
            self.results_focus_requested.emit()
        elif key == Qt.Key.Key_Escape and self.text():
            self.clear()
        else:
            super().keyPressEvent(event)


class SearchRunner(QObject):
    """Runs searches as store-worker jobs; only the newest query's results come out."""

    results_ready = Signal(str, object)
    """(text, list of :class:`Hit`) for the newest query asked for."""

    def __init__(self, worker: StoreWorker, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._lang = lang
        self._generation = 0
        self._pending: Task | None = None

    def heal_index(self) -> None:
        """Index what an interrupted install left unindexed (a store-worker job)."""
        self._worker.run(
            lambda store, _task: ensure_index(store),
            on_done=lambda ids: log.info("search index healed: %s", ids) if ids else None,
            on_error=lambda exc: log.warning("search index not healed: %s", exc),
        )

    def run(self, text: str) -> None:
        """Search for ``text`` (empty: no search, empty results at once)."""
        self._generation += 1
        generation = self._generation
        if self._pending is not None:
            self._pending.cancel()  # a job not yet started then returns at once
            self._pending = None
        if not text:
            self.results_ready.emit("", [])
            return
        lang = self._lang

        def job(store: Store, task: Task) -> list[Hit]:
            return [] if task.cancelled else search(store, text, lang, RESULT_LIMIT)

        self._pending = self._worker.run(
            job,
            on_done=lambda hits: self._deliver(generation, text, hits),
            on_error=lambda exc: self._failed(generation, text, exc),
        )

    def _failed(self, generation: int, text: str, exc: BaseException) -> None:
        log.warning("search for %r failed: %s", text, exc)
        self._deliver(generation, text, [])

    def _deliver(self, generation: int, text: str, hits: list[Hit]) -> None:
        if generation != self._generation:
            return  # a newer query was asked for: these results are stale
        self._pending = None
        self.results_ready.emit(text, hits)
