"""Words found on a fact sheet's pages (the pictures): QtPdf's own search, which marks every
place on the pages and the current one in its own colour.

QtPdf ignores case but not accents ("strategie" does not find "stratégie"), and the learner
may have no key for them. So the pages' text is gone through, a page at each turn of the event
loop, matched as course texts are (accents and case ignored), and QtPdf is then asked for the
words as the sheet writes them most often. A sheet that writes them two ways ("gestión" and a
heading's "GESTION") has the more frequent marked. A search hit brings the words as the sheet
writes them (:func:`~c4s_desktop.core.search.text_matches.written_words`).

On its own QtPdf searches a page every 100 ms (30 s for a 300-page sheet), and a page shown is
searched at once, its places numbered among the pages searched so far: a place's number changes
as pages before it are searched, and asking for a place's page searches every page before it on
the spot (1.5 s for page 200). So, once the text is gone through, the finder asks QtPdf for each
page in turn, in page order, a page a turn of the event loop, and only ever picks a place on the
pages searched so far: their places keep their numbers. Going through the text first tells how
many places there are and on which pages, so the count is whole at once, Next waits for a place
not searched yet instead of going round to the first, and a search from a page after the last
place goes round at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QTimer
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView

from c4s_desktop.core.search.text_matches import find_apart, find_together, fold
from c4s_desktop.ui.finder import Finder

PAGE_SEARCH_MS = 100
"""How often QtPdf's search model takes the next page."""
SETTLE_MARGIN_MS = 500


class PdfPageFinder(Finder):
    """Finds words on the pages ``view`` shows of ``document``, with pages for positions."""

    def __init__(self, view: QPdfView, document: QPdfDocument) -> None:
        super().__init__(view)
        self._view = view
        self._document = document
        self._model = QPdfSearchModel(self)
        self._model.setDocument(document)
        self._model.countChanged.connect(self._counted)
        view.setSearchModel(self._model)
        self._from_page = 0
        self._page_texts: dict[int, tuple[str, str]] = {}
        """Pages gone through: their text as QtPdf reads it, and folded."""
        self._written: dict[str, str] = {}
        self._pages: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
        """The page of each place of each way of writing what is looked for, by its folded
        case: its words together, and each word apart (used when they are never together)."""
        self._next_page = 0
        self._expected: list[int] | None = None
        """The pages of the places QtPdf is asked for, once the text has been gone through."""
        self._rows_before: list[int] = [0]
        """For each page QtPdf has been asked to search, in order, the number of the first
        place on it; the last entry is the number of places on those pages."""
        self._pending = 0
        """A step asked for beyond the places on the pages searched so far."""
        self._scan = self._each_turn(self._scan_page)
        self._search_pages = self._each_turn(self._search_page)
        # A new sheet: what is looked for is looked for in it.
        document.statusChanged.connect(self._reloaded)

    @property
    def count(self) -> int:
        """How many places hold what is looked for: 0 until the text has been gone through,
        then its count, QtPdf's once it has searched every page."""
        if not self._query or self._expected is None:
            return 0
        return self._model.count() if self._settled else max(self._model.count(),
                                                              len(self._expected))

    @property
    def searching(self) -> bool:
        """Whether the pages are still being searched and no place is current yet."""
        return bool(self._query) and self._current < 0 and not self._settled

    @property
    def _settled(self) -> bool:
        """Whether QtPdf has searched every page (its count is then the whole)."""
        return self._expected == [] or len(self._rows_before) > self._document.pageCount()

    def find(self, query: str, near: int | None = None) -> int:
        """Look for ``query``; the current place is the first on page ``near`` or after
        (else the page shown), as the pages are searched. Returns the places found so far."""
        self._query = query.strip()
        self._from_page = self._view.pageNavigator().currentPage() if near is None else near
        self._written.clear()
        for pages in self._pages:
            pages.clear()
        self._next_page = 0
        self._pending = 0
        if self._query:
            self._scan.start()
        else:
            self._scan.stop()
        self._search(self._query)
        return self.count

    def step(self, by: int) -> None:
        """Make the next (``by`` 1) or previous (-1) place the current one, round the end;
        one not searched yet becomes current once it is."""
        if self.count or self.searching:
            self._pending = by
            self._counted()

    def clear(self) -> None:
        """Look for nothing: the marks go."""
        self._scan.stop()
        self._search_pages.stop()
        self._query = ""
        self._current = -1
        self._pending = 0
        self._view.setCurrentSearchResultIndex(-1)
        self._model.setSearchString("")
        self.changed.emit()

    def _reloaded(self, status: QPdfDocument.Status) -> None:
        self._page_texts.clear()
        if status == QPdfDocument.Status.Ready and self._query:
            self.find(self._query, near=0)

    def _search(self, written: str) -> None:
        """Ask QtPdf for ``written``; the current place is chosen again as pages come."""
        self._search_pages.stop()
        self._current = -1
        self._expected = None
        self._rows_before = [0]
        self._view.setCurrentSearchResultIndex(-1)
        self._model.setSearchString(written)
        self._counted()

    def _scan_page(self) -> None:
        page = self._next_page
        if page >= self._document.pageCount():
            self._use_most_written()
            return
        if page not in self._page_texts:
            text = self._document.getAllText(page).text()
            self._page_texts[page] = (text, fold(text))
        text, folded = self._page_texts[page]
        for pages, find in zip(self._pages, (find_together, find_apart), strict=True):
            for start, end in find(folded, self._query):
                # QtPdf matches within a line: a phrase the page wraps is asked for on one.
                written = " ".join(text[start:end].split())
                key = written.casefold()
                self._written.setdefault(key, written)
                pages.setdefault(key, []).append(page)
        self._next_page = page + 1
        self._scan.start()

    def _use_most_written(self) -> None:
        forms = self._pages[0] or self._pages[1]
        if forms:
            most = max(forms, key=lambda form: len(forms[form]))  # the first, on a tie
            if most != self._model.searchString().casefold():
                self._search(self._written[most])
            self._show_ahead(forms[most])
            self._expected = forms[most]
            self._search_pages.start()
        else:
            self._expected = []
        self._counted()

    def _show_ahead(self, pages: list[int]) -> None:
        """Show the page of the place to come (of ``pages``, the places' pages), its places
        marked, while QtPdf searches the pages before it (a second for 200 pages) to number
        them."""
        ahead = next((page for page in pages if page >= self._from_page), None)
        if ahead is not None:
            # Searched now, out of turn: its places are numbered after the pages before it.
            places = self._model.resultsOnPage(ahead)
            where = places[0].location() if places else QPointF()
            self._view.pageNavigator().jump(ahead, where, 0)

    def _search_page(self) -> None:
        page = len(self._rows_before) - 1
        # A page QtPdf has searched already (on its own, or shown) answers at once.
        self._rows_before.append(self._rows_before[-1] + len(self._model.resultsOnPage(page)))
        if not self._settled:
            self._search_pages.start()
        self._counted()

    def _counted(self) -> None:
        place = self._place() if self._query and self._expected is not None else None
        if place is None or place == self._current:
            self.changed.emit()
        else:
            self._show(place)

    def _place(self) -> int | None:
        """The place to make current now: the first from the learner's page, moved by a step
        asked for, each once QtPdf has searched the pages up to it."""
        place = self._current if self._current >= 0 else self._first_from(self._from_page)
        if place is None or not self._pending:
            return place
        searched = self._rows_before[-1]  # the places whose numbers are for good
        target = place + self._pending
        if 0 <= target < searched or self._settled:
            self._pending = 0
            return target % searched
        return place

    def _first_from(self, page: int) -> int | None:
        """The number of the first place on ``page`` or after, or of the first of all when
        none comes after it; None while the pages holding it are not searched yet."""
        rows = self._rows_before
        assert self._expected is not None
        if any(found >= page for found in self._expected):
            for searched in range(page, len(rows) - 1):
                if rows[searched + 1] > rows[searched]:
                    return rows[searched]
            if not self._settled:
                return None
        return 0 if rows[-1] else None

    def _show(self, index: int) -> None:
        self._current = index
        self._view.setCurrentSearchResultIndex(index)
        link = self._model.resultAtIndex(index)
        self._view.pageNavigator().jump(link.page(), link.location(), 0)
        self.changed.emit()

    def _each_turn(self, step: Callable[[], None]) -> QTimer:
        """A timer for ``step``, taken at the next turn of the event loop: the window answers
        between pages."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(step)
        return timer
