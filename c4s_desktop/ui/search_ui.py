"""Search in the main window: the box in its toolbar (Ctrl+F), the runner, and the results page.

The results page (:mod:`c4s_desktop.ui.search_results`) is built when the first results arrive:
the first painted library never shows it, so start-up neither imports nor builds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from c4s_desktop.core.search.query import Hit
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.search_box import SearchBox, SearchRunner
from c4s_desktop.ui.worker import StoreWorker

if TYPE_CHECKING:
    from c4s_desktop.ui.search_results import SearchResultsPage

FOUND_IN_TEXT = ("text", "factsheet")
"""Hits whose words are in the text the item shows, which opens with them found."""


class SearchUi(QObject):
    """The search box, the results page and the runner, wired into one main window."""

    def __init__(self, window: MainWindow, worker: StoreWorker, lang: str) -> None:
        super().__init__(window)
        self.window = window
        self.box = SearchBox()
        self.runner = SearchRunner(worker, lang, self)
        self._page: SearchResultsPage | None = None
        self._lang = lang
        self._before: QWidget | None = None
        self._shown = ""
        """The query whose results the page shows."""
        self._focus_for: str | None = None
        """A query whose results should take the keyboard when they come (Enter pressed
        before they came)."""
        toolbar = window.addToolBar(self.tr("Search"))
        toolbar.setObjectName("search-toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.box)
        focus = QAction(self.tr("Find in the courses"), window)
        focus.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        focus.triggered.connect(self.focus_box)
        window.addAction(focus)
        self.box.search_requested.connect(self.runner.run)
        self.box.results_focus_requested.connect(self._focus_results)
        self.runner.results_ready.connect(self._show)

    @property
    def page(self) -> SearchResultsPage:
        """The results page, built and put among the window's pages on first use."""
        if self._page is None:
            from c4s_desktop.ui.search_results import SearchResultsPage  # first results only

            self._page = SearchResultsPage(self._lang)
            self.window.pages.addWidget(self._page)
            # Tab from the box goes to its results, not to the toolbar's next button first.
            QWidget.setTabOrder(self.box, self._page.list)
            self._page.hit_activated.connect(self.open_hit)
            self._page.back_to_box.connect(self.focus_box)
        return self._page

    def start(self, text: str | None = None) -> None:
        """Heal the index (a job: packs installed but not indexed), then search ``text``."""
        self.runner.heal_index()
        if text:
            self.box.set_query(text)

    def focus_box(self) -> None:
        """Put the keyboard in the search box, its text selected; nothing while a presentation
        or a video's full screen hides it (typing would go nowhere to be seen)."""
        if not self.box.isVisible():
            return
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def _focus_results(self) -> None:
        query = self.box.text().strip()
        if (self._page is not None and self.window.pages.currentWidget() is self._page
                and self._shown == query):
            self._page.focus_results()
        elif query:  # the results are still being looked for: they take the keyboard then
            self._focus_for = query

    def _show(self, text: str, hits: list[Hit]) -> None:
        pages = self.window.pages
        wanted, self._focus_for = self._focus_for, None
        if not text:
            self._shown = ""
            showing = self._page is not None and pages.currentWidget() is self._page
            if showing and self._before is not None:
                pages.setCurrentWidget(self._before)
            return
        page = self.page
        if pages.currentWidget() is not page:
            self._before = pages.currentWidget()
        page.show_hits(text, hits, self.window.packs)
        self._shown = text
        pages.setCurrentWidget(page)
        if wanted == text:
            page.focus_results()

    def open_hit(self, hit: Hit) -> bool:
        """Open what ``hit`` points at, in the language it matched in: the item (a video at the
        cue, with those subtitles; a fact sheet at the page), else the lesson."""
        from c4s_desktop.ui.search_results import find_target  # loaded with the results page

        target = find_target(self.window.packs, hit, self._lang)
        if target is None:
            return False
        if target.is_item:
            from c4s_desktop.core.search.text_matches import written_words

            words = self._shown if hit.kind in FOUND_IN_TEXT else None
            return self.window.open_item(hit.pack_id, hit.item_id, hit.start_s, hit.lang,
                                         hit.page, words, written_words(hit.snippet, self._shown))
        return self.window.show_lesson(hit.pack_id, target.lesson_id)


def attach_search(window: MainWindow, worker: StoreWorker, lang: str) -> SearchUi:
    """Give ``window`` its search box (Ctrl+F) and results page, searching through ``worker``."""
    return SearchUi(window, worker, lang)
