"""One opened item, in place of the lesson page: a header bar and the right viewer for its type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.core.packs.manifest import pick_file, pick_text
from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.ui.document_view import DocumentView
from c4s_desktop.ui.library_data import ItemPlace
from c4s_desktop.ui.placeholder_view import PlaceholderView

if TYPE_CHECKING:
    from c4s_desktop.ui.pdf_view import PdfViewer
    from c4s_desktop.ui.player.video_view import VideoView
    from c4s_desktop.ui.session import Session
    from c4s_desktop.ui.worker import StoreWorker

TEXT_TYPES = ("document", "case_study")


class ItemPage(QWidget):
    """Shows documents, fact sheets, videos, and placeholders for quizzes."""

    back_requested = Signal()
    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.place: ItemPlace | None = None
        self.back_button = QPushButton(self.tr("Back to the lesson"))
        self.back_button.setAccessibleName(self.tr("Back to the lesson"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("item-title")
        self.title.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous item"))
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next item"))
        self.next_button.clicked.connect(self.next_requested)

        self.document_view = DocumentView()
        self.placeholder = PlaceholderView()
        self._pdf_viewer: PdfViewer | None = None
        self._video_view: VideoView | None = None
        self._video_services: tuple[StoreWorker | None, Session | None, str | None] = (
            None, None, None)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        for widget in (self.document_view, self.placeholder, self.message):
            self.stack.addWidget(widget)

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.previous_button)
        header.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

    @property
    def pdf_viewer(self) -> PdfViewer:
        """The fact-sheet viewer, made (and QtPdf imported) on first use."""
        if self._pdf_viewer is None:
            from c4s_desktop.ui.pdf_view import PdfViewer

            self._pdf_viewer = PdfViewer()
            self.stack.addWidget(self._pdf_viewer)
        return self._pdf_viewer

    @property
    def showing_pdf(self) -> bool:
        """True when a fact sheet is the viewer shown."""
        return self._pdf_viewer is not None and self.stack.currentWidget() is self._pdf_viewer

    def show_item(self, place: ItemPlace, files: PackFiles, position: tuple[int, int]) -> None:
        """Open ``place.item``; ``position`` is (number from 1, count) within its lesson."""
        self.place = place
        manifest = place.pack.manifest
        item = place.item
        self.title.setText(pick_text(item.title, self._lang, manifest.default_language))
        number, count = position
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < count)
        path = pick_file(item.file, self._lang, manifest.default_language) if item.file else None
        if item.type in TEXT_TYPES and path is not None:
            self.document_view.show_document(files, path)
            self.stack.setCurrentWidget(self.document_view)
        elif item.type == "factsheet" and path is not None:
            self._show_pdf(files, path)
        elif item.type == "video":
            self._show_video(place, files)
        else:
            self.placeholder.show_item(item)
            self.stack.setCurrentWidget(self.placeholder)
        self.stack.currentWidget().setFocus()

    def use_services(self, worker: StoreWorker, session: Session, backend: str | None) -> None:
        """Where the video player records the learner's viewing, and its preferred engine."""
        self._video_services = (worker, session, backend)

    @property
    def video_view(self) -> VideoView:
        """The video player, made (and its engine loaded) on first use."""
        if self._video_view is None:
            from c4s_desktop.ui.player.video_view import make_video_view

            self._video_view = make_video_view(self._lang, *self._video_services)
            self.stack.addWidget(self._video_view)
        return self._video_view

    def video_engine(self) -> str:
        """The video engine in use (or that will be), as the About dialog names it."""
        from c4s_desktop.ui.player.choose import describe_engine

        engine = self._video_view.engine if self._video_view is not None else None
        return describe_engine(engine, self._video_services[2])

    def close_video(self) -> None:
        """Stop the video, if one is open, saving where the learner is."""
        if self._video_view is not None:
            self._video_view.close_video()

    def _show_video(self, place: ItemPlace, files: PackFiles) -> None:
        if self.video_view.open(place, files):
            self.stack.setCurrentWidget(self.video_view)
            return
        self.message.setText(
            self.tr("This video cannot be opened: its file is missing or damaged. "
                    "Repair the course, then try again.")
        )
        self.stack.setCurrentWidget(self.message)

    def _show_pdf(self, files: PackFiles, path: str) -> None:
        blob = files.blob_path(path)
        if blob is not None and self.pdf_viewer.load(blob):
            self.stack.setCurrentWidget(self.pdf_viewer)
            return
        self.message.setText(
            self.tr("This fact sheet cannot be opened: its file is missing or damaged. "
                    "Repair the course, then try again.")
        )
        self.stack.setCurrentWidget(self.message)

    def zoom_by(self, steps: int) -> None:
        """Make the text or pages of the open item larger (positive) or smaller."""
        viewer = self.stack.currentWidget()
        if viewer is self.document_view or viewer is self._pdf_viewer:
            viewer.zoom_by(steps)

    def reset_zoom(self) -> None:
        """Back to the normal size."""
        viewer = self.stack.currentWidget()
        if viewer is self.document_view or viewer is self._pdf_viewer:
            viewer.reset_zoom()

    def start_at(self, seconds: float) -> None:
        """Play the open video from ``seconds``; ignored when the viewer shown is no player."""
        start = getattr(self.stack.currentWidget(), "start_at", None)
        if callable(start):
            start(seconds)
