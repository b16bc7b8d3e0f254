"""One opened item, in place of the lesson page: a header bar and the right viewer for its type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.packs.manifest import pick_file, pick_text
from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.ui.document_view import DocumentView
from c4s_desktop.ui.layouts import page_button
from c4s_desktop.ui.library_data import ItemPlace
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.pool_job import PoolJob
from c4s_desktop.ui.text_finder import TextFinder
from c4s_desktop.ui.typing_fields import takes_typing

if TYPE_CHECKING:
    from c4s_desktop.ui.case_study_view import CaseStudyView
    from c4s_desktop.ui.find_bar import FindBar
    from c4s_desktop.ui.finder import Finder
    from c4s_desktop.ui.pdf_view import PdfViewer
    from c4s_desktop.ui.player.video_view import VideoView
    from c4s_desktop.ui.quiz.quiz_view import QuizView
    from c4s_desktop.ui.session import Session
    from c4s_desktop.ui.worker import StoreWorker

TEXT_TYPES = ("document",)
DOCUMENT_TYPES = (*TEXT_TYPES, "factsheet")
"""Items a search hit opens in the language it matched in."""
MESSAGE_MARGIN = 48
"""Pixels between a notice shown in place of an item and the sides of its area."""


class ItemPage(QWidget):
    """Shows documents, fact sheets, videos, case studies and quizzes."""

    back_requested = Signal()
    previous_requested = Signal()
    next_requested = Signal()
    states_recorded = Signal(str, str, str, object)
    """(learner id, pack id, item id, new item states of that pack): a viewer recorded progress
    (a watched span, a case study answer)."""
    findable_changed = Signal(bool)
    """Whether the viewer shown has words to find (a course text, a case study, a fact
    sheet's text or pages) changed."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.place: ItemPlace | None = None
        self._text_read = False
        self._opened = 0
        """Items opened so far: a fact sheet's check that ends after another opened is dropped."""
        self.back_button = page_button(self.tr("Back to the lesson"))
        self.back_button.setAccessibleName(self.tr("Back to the lesson"))
        self.back_button.clicked.connect(self.back_requested)
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))  # Alt+Left
        self.title = plain_label()
        self.title.setObjectName("item-title")
        self.title.setWordWrap(True)
        self.previous_button = page_button(self.tr("Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous item"))
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = page_button(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next item"))
        self.next_button.clicked.connect(self.next_requested)

        self.document_view = DocumentView()
        self._pdf_viewer: PdfViewer | None = None
        self._video_view: VideoView | None = None
        self._case_study_view: CaseStudyView | None = None
        self._quiz_view: QuizView | None = None
        self._services: tuple[StoreWorker | None, Session | None, str | None] = (
            None, None, None)
        self.message = plain_label()
        self.message.setWordWrap(True)
        # A notice in place of the item: centred, kept clear of the window's edge.
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setContentsMargins(MESSAGE_MARGIN, 0, MESSAGE_MARGIN, 0)
        self.stack = QStackedWidget()
        for widget in (self.document_view, self.message):
            self.stack.addWidget(widget)
        self.stack.currentChanged.connect(self._viewer_changed)
        self._find_bar: FindBar | None = None
        self._findable = False

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.previous_button)
        header.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc that no viewer took (a video leaves its full screen with it) closes the find bar,
        else goes back to the lesson, as it goes back from My progress and the search results;
        not from a field the learner types in, where Esc leaving mid-answer would surprise."""
        escape = event.key() == Qt.Key.Key_Escape and not event.modifiers()
        if escape and self._find_bar is not None and self._find_bar.isVisible():
            self._find_bar.close_bar()
        elif (escape and not takes_typing(self.focusWidget())
                and self.back_button.isVisible() and self.back_button.isEnabled()):
            self.back_button.click()
        else:
            super().keyPressEvent(event)

    # --- Finding words in a text -----------------------------------------------------------

    @property
    def find_bar(self) -> FindBar:
        """The bar for finding words in the text shown, made on first use."""
        if self._find_bar is None:
            from c4s_desktop.ui.find_bar import FindBar

            bar = self._find_bar = FindBar()
            bar.hide()
            bar.closed.connect(self._find_closed)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.addWidget(bar)
            bar.use(self._finder())
        return self._find_bar

    def in_find_bar(self, widget: QWidget) -> bool:
        """Whether ``widget`` is part of the find bar shown (its Esc closes the bar)."""
        bar = self._find_bar
        return bar is not None and bar.isVisible() and bar.isAncestorOf(widget)

    @property
    def findable(self) -> bool:
        """Whether the viewer shown has words to find (a text, or a fact sheet's pages)."""
        return self._text_to_find() is not None or self._pages_to_find() is not None

    def find_step(self, by: int) -> None:
        """F3 and Shift+F3: the next (1) or previous (-1) place found, the bar opened first
        when it is hidden; nothing when the viewer shown has no text."""
        if self.findable:
            self.find_bar.step(by)

    def find_words(self, words: str, page: int | None = None, written: str = "") -> None:
        """Show where ``words`` are in the text shown (a search hit's), from ``page`` of a fact
        sheet, leaving the keyboard in the text. A sheet's pages are searched for the words as
        its text writes them, ``written``, when given (their search does not ignore accents)."""
        if self._text_to_find() is not None:
            # A sheet read as text has put the caret at the page's top already.
            self.find_bar.look_for(words, None if page is not None else 0)
        elif self._pages_to_find() is not None:
            self.find_bar.look_for(written or words, page or 0)

    def _text_to_find(self) -> QTextEdit | None:
        viewer = self.stack.currentWidget()
        if viewer is self.document_view and self._text_read:
            return self.document_view
        if viewer is not None and viewer is self._case_study_view:
            return self._case_study_view.text
        if viewer is not None and viewer is self._pdf_viewer and self._pdf_viewer.text_mode:
            return self._pdf_viewer.text_view
        return None

    def _pages_to_find(self) -> PdfViewer | None:
        viewer = self._pdf_viewer
        shown = viewer is not None and self.stack.currentWidget() is viewer
        return viewer if shown and viewer is not None and not viewer.text_mode else None

    def _finder(self) -> Finder | None:
        view = self._text_to_find()
        if view is not None and self._pdf_viewer is not None and view is self._pdf_viewer.text_view:
            return self._pdf_viewer.text_finder
        if view is not None:
            finder = view.findChild(TextFinder)
            return finder if finder is not None else TextFinder(view)
        pages = self._pages_to_find()
        return pages.page_finder if pages is not None else None

    def _viewer_changed(self, _index: int = -1) -> None:
        findable = self.findable
        if self._find_bar is not None:
            self._find_bar.use(self._finder())
            if not findable:
                self._find_bar.hide()
        if findable != self._findable:
            self._findable = findable
            self.findable_changed.emit(findable)

    def _find_closed(self) -> None:
        view = self._text_to_find() or self._pages_to_find()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def pdf_viewer(self) -> PdfViewer:
        """The fact-sheet viewer, made (and QtPdf imported) on first use."""
        if self._pdf_viewer is None:
            from c4s_desktop.ui.pdf_view import PdfViewer

            self._pdf_viewer = PdfViewer()
            self._pdf_viewer.text_mode_changed.connect(self._viewer_changed)
            self.stack.addWidget(self._pdf_viewer)
            self._keep_text_mode(self._pdf_viewer)
        return self._pdf_viewer

    @property
    def showing_pdf(self) -> bool:
        """True when a fact sheet is the viewer shown."""
        return self._pdf_viewer is not None and self.stack.currentWidget() is self._pdf_viewer

    @property
    def showing_text(self) -> bool:
        """True when a course text read from its pack is the viewer shown (not the sentence
        saying its file is missing, which reading to the end must not make done)."""
        return self._text_read and self.stack.currentWidget() is self.document_view

    def show_item(self, place: ItemPlace, files: PackFiles, position: tuple[int, int],
                  lang: str | None = None) -> None:
        """Open ``place.item``; ``position`` is (number from 1, count) in its course's order.

        A text or fact sheet is shown in ``lang`` when given (else the learner's language),
        falling back to the pack's default language as always.
        """
        self.place = place
        self._opened += 1
        manifest = place.pack.manifest
        item = place.item
        shown = lang if lang and item.type in DOCUMENT_TYPES else self._lang
        self.title.setText(pick_text(item.title, shown, manifest.default_language))
        number, count = position
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < count)
        path = pick_file(item.file, shown, manifest.default_language) if item.file else None
        self._text_read = False
        if item.type in TEXT_TYPES and path is not None:
            self._text_read = self.document_view.show_document(files, path)
            self.stack.setCurrentWidget(self.document_view)
        elif item.type == "factsheet" and path is not None:
            self._show_pdf(files, path)
        elif item.type == "video":
            self._show_video(place, files)
        elif item.type == "case_study":
            self.case_study_view.open(place, files)
            self.stack.setCurrentWidget(self.case_study_view)
        elif item.type == "quiz":
            self.quiz_view.open(place, files)
            self.stack.setCurrentWidget(self.quiz_view)
        else:
            self.message.setText(self.tr("This item cannot be shown: its file is missing."))
            self.stack.setCurrentWidget(self.message)
        if (viewer := self.stack.currentWidget()) is not None:
            viewer.setFocus()
        self._viewer_changed()  # a text after a text: the same viewer, another text

    def use_services(self, worker: StoreWorker, session: Session, backend: str | None) -> None:
        """The store worker and session the viewers record through (viewing, answers, the
        fact sheets' text-or-pages choice), and the video engine preferred."""
        self._services = (worker, session, backend)

    def _keep_text_mode(self, viewer: PdfViewer) -> None:
        """Open fact sheets as the learner last chose (pages or text), and save a new choice."""
        from c4s_desktop.ui.pdf_view import save_text_mode, saved_text_mode

        worker = self._services[0]
        if worker is None:
            return

        def use(on: bool) -> None:
            if on and not viewer.text_mode:
                viewer.set_text_mode(True)

        worker.run(lambda store, _task: saved_text_mode(store), on_done=use)
        viewer.text_mode_chosen.connect(
            lambda on: worker.run(lambda store, _task: save_text_mode(store, on)))

    @property
    def video_view(self) -> VideoView:
        """The video player, made (and its engine loaded) on first use."""
        if self._video_view is None:
            from c4s_desktop.ui.player.video_view import make_video_view

            self._video_view = make_video_view(self._lang, *self._services)
            self._video_view.recorded.connect(self.states_recorded)
            self.stack.addWidget(self._video_view)
        return self._video_view

    @property
    def case_study_view(self) -> CaseStudyView:
        """The case study viewer (text beside the prompts), made on first use."""
        if self._case_study_view is None:
            from c4s_desktop.ui.case_study_view import CaseStudyView

            worker, session, _backend = self._services
            self._case_study_view = CaseStudyView(self._lang, worker, session)
            self._case_study_view.recorded.connect(self.states_recorded)
            self.stack.addWidget(self._case_study_view)
        return self._case_study_view

    @property
    def quiz_view(self) -> QuizView:
        """The quiz taker (overview, questions, results), made on first use."""
        if self._quiz_view is None:
            from c4s_desktop.ui.quiz.quiz_view import QuizView

            worker, session, _backend = self._services
            self._quiz_view = QuizView(self._lang, worker, session)
            self._quiz_view.states_recorded.connect(self.states_recorded)
            self.stack.addWidget(self._quiz_view)
        return self._quiz_view

    def video_engine(self) -> str:
        """The video engine in use (or that will be), as the About dialog names it."""
        from c4s_desktop.ui.player.choose import describe_engine

        engine = self._video_view.engine if self._video_view is not None else None
        return describe_engine(engine, self._services[2])

    def close_video(self) -> None:
        """Stop the video, if one is open, saving where the learner is; save the answers
        typed in a case study."""
        if self._video_view is not None:
            self._video_view.close_video()
        if self._case_study_view is not None:
            self._case_study_view.save_now()

    @property
    def video_full_screen(self) -> bool:
        """True while a video fills the screen."""
        return self._video_view is not None and self._video_view.full_screen.active

    def leave_full_screen(self) -> None:
        """Bring a video shown full screen back into the page."""
        if self._video_view is not None:
            self._video_view.leave_full_screen()

    def _show_video(self, place: ItemPlace, files: PackFiles) -> None:
        if self.video_view.open(place, files):
            self.stack.setCurrentWidget(self.video_view)
            return
        self.message.setText(
            self.tr("This video cannot be opened: its file is missing or damaged; add its "
                    "course again (File → Add packs…) to repair it.")
        )
        self.stack.setCurrentWidget(self.message)

    def _show_pdf(self, files: PackFiles, path: str) -> None:
        blob = files.blob_path(path)
        shown = blob is not None and self.pdf_viewer.load(blob, path.rsplit("/", 1)[-1])
        if shown:
            self.stack.setCurrentWidget(self.pdf_viewer)
        else:
            self.message.setText(self.tr("Checking this fact sheet's file…"))
            self.stack.setCurrentWidget(self.message)
        # Hashing reads the whole file (a second or more for a big sheet on an old disk), so
        # it runs on a thread once the sheet is shown; it tells a file damaged on this
        # computer, which adding the course again repairs, from a bad PDF.
        opened = self._opened
        PoolJob(lambda _job: files.is_intact(path),
                on_done=lambda intact: self._pdf_checked(opened, files, path, shown, intact),
                parent=self, thread_name="c4s-hash").start()

    def _pdf_checked(self, opened: int, files: PackFiles, path: str, shown: bool,
                     intact: bool) -> None:
        if opened != self._opened or (shown and intact):
            return  # another item since, or the sheet shown is whole
        if intact:
            # The bytes are the ones the pack was signed with, so adding it again may not help.
            text = self.tr("This fact sheet cannot be shown: its file is not a PDF this app can "
                           "read. Add its course again (File → Add packs…); if that does not "
                           "help, the pack itself holds a damaged file: tell whoever gave it "
                           "to you.")
        elif files.has_file(path):
            text = self.tr("This fact sheet cannot be opened: its file is damaged on this "
                           "computer; add its course again (File → Add packs…) to repair it.")
        else:
            text = self.tr("This fact sheet cannot be opened: its file is missing from the "
                           "library; add its course again (File → Add packs…) to repair it.")
        if shown:  # what it showed may be wrong: nothing of a damaged file stays on screen
            self.pdf_viewer.document.close()
        self.message.setText(text)
        focus = QApplication.focusWidget()
        self.stack.setCurrentWidget(self.message)
        if focus is not None and self.stack.isAncestorOf(focus):
            self.message.setFocus()

    def _zoomable(self) -> DocumentView | PdfViewer | CaseStudyView | QuizView | None:
        """The viewer shown, if it has a text or page size to change (a video has none)."""
        viewer = self.stack.currentWidget()
        for zoomable in (self.document_view, self._pdf_viewer, self._case_study_view,
                         self._quiz_view):
            if zoomable is not None and viewer is zoomable:
                return zoomable
        return None

    def zoom_by(self, steps: int) -> None:
        """Make the text or pages of the open item larger (positive) or smaller."""
        viewer = self._zoomable()
        if viewer is not None:
            viewer.zoom_by(steps)

    def reset_zoom(self) -> None:
        """Back to the normal size."""
        viewer = self._zoomable()
        if viewer is not None:
            viewer.reset_zoom()

    def start_at(self, seconds: float, subtitles: str | None = None) -> None:
        """Play the open video from ``seconds`` (with ``subtitles`` in that language, when
        given and the video has them); ignored when the viewer shown is no player."""
        start = getattr(self.stack.currentWidget(), "start_at", None)
        if callable(start):
            start(seconds, subtitles)
