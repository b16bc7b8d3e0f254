"""Course texts (Markdown or HTML) shown from the blob store, offline and without scripts.

Images and links inside a document are paths relative to the document inside its pack; they
are looked up in the manifest and read from the blob store. Nothing else is ever loaded: no
local file outside the pack, nothing from the network. A web link is opened in the system
browser only after the learner agrees.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.ui.plain_text import plain_box

WEB_SCHEMES = ("http", "https", "mailto")
DOCUMENT_SUFFIXES = (".md", ".html")
MIN_ZOOM, MAX_ZOOM = -4, 10
IMAGE_MARGIN = 48
DOCUMENT_MARGIN = 16
ROUNDING_PX = 1
"""How far a table that wraps to fit may overshoot the view: Qt rounds its columns up, and a
scroll bar for one pixel only hides a line of text."""


class DocumentView(QTextBrowser):
    """A read-only view of one pack document; ``zoom_in``/``zoom_out`` change its text size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._files: PackFiles | None = None
        self._path = ""
        self._zoom = 0
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)
        self.setAccessibleName(self.tr("Course text"))
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() + 1)
        self.setFont(font)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_width)

    @property
    def pack_path(self) -> str:
        """The path inside the pack of the document shown."""
        return self._path

    def show_document(self, files: PackFiles, path: str) -> bool:
        """Show the pack file ``path``; False (and an explanation) when it cannot be read."""
        self._files = files
        self._path = path
        data = files.read_bytes(path)
        if data is None:
            self.setPlainText(
                self.tr("This text is missing from the library or damaged; add its course "
                        "again (File → Add packs…) to repair it.")
            )
            return False
        text = data.decode("utf-8", errors="replace")
        if path.lower().endswith(".md"):
            self.setMarkdown(text)
        else:
            self.setHtml(text)
        self.verticalScrollBar().setValue(0)
        return True

    # --- Width ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay the text out again for the new width, without a scroll bar for rounding."""
        super().resizeEvent(event)
        # The scroll bar's range is what the text laid out so far overshoots the view: asking
        # the document for its size would lay out all of a long text at each resize.
        self._fit_overshoot(self.horizontalScrollBar().maximum())

    def _fit_width(self, size: QSizeF) -> None:
        self._fit_overshoot(size.width() - self.viewport().width())

    def _fit_overshoot(self, overshoot: float) -> None:
        policy = (Qt.ScrollBarPolicy.ScrollBarAlwaysOff if 0 < overshoot <= ROUNDING_PX
                  else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        if self.horizontalScrollBarPolicy() != policy:
            self.setHorizontalScrollBarPolicy(policy)

    # --- Resources: only from the pack -----------------------------------------------------

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Pack files named by a relative path; an empty result for anything else."""
        name = QUrl(url) if isinstance(url, str) else url
        is_image = kind == QTextDocument.ResourceType.ImageResource
        blocked: Any = QImage() if is_image else QByteArray()
        if self._files is None or name.scheme() or name.host():
            return blocked
        target = self._files.resolve(self._path, name.path())
        data = None if target is None else self._files.read_bytes(target)
        if data is None:
            return blocked
        if not is_image:
            return QByteArray(data)
        image = QImage.fromData(data)
        room = self.viewport().width() - IMAGE_MARGIN
        if room > 0 and image.width() > room:
            image = image.scaledToWidth(room)
        return image

    # --- Links -----------------------------------------------------------------------------

    def _follow(self, url: QUrl) -> None:
        if url.scheme().lower() in WEB_SCHEMES:
            self.ask_to_open(url)
            return
        if url.scheme() or self._files is None:
            return
        if not url.path() and url.fragment():
            self.scrollToAnchor(url.fragment())
            return
        target = self._files.resolve(self._path, url.path())
        if target is not None and target.lower().endswith(DOCUMENT_SUFFIXES):
            self.show_document(self._files, target)
            if url.fragment():
                self.scrollToAnchor(url.fragment())

    def ask_to_open(self, url: QUrl) -> QMessageBox:
        """Ask (window-modal, non-blocking) before opening a web link in the system browser."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Open a web page?"),
            self.tr(
                "This link leads to a web page outside the course:\n{url}\n\n"
                "Open it in your web browser? You need an Internet connection."
            ).format(url=url.toDisplayString()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            self,
        )
        plain_box(box)  # the address is the pack's, shown as written
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("external-link-question")

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Open.value:
                QDesktopServices.openUrl(url)

        box.finished.connect(answered)
        box.open()
        return box

    # --- Text size -------------------------------------------------------------------------

    def zoom_by(self, steps: int) -> None:
        """Make the text ``steps`` points larger (negative: smaller), within limits."""
        wanted = max(MIN_ZOOM, min(MAX_ZOOM, self._zoom + steps))
        if wanted > self._zoom:
            self.zoomIn(wanted - self._zoom)
        elif wanted < self._zoom:
            self.zoomOut(self._zoom - wanted)
        self._zoom = wanted

    def reset_zoom(self) -> None:
        """Back to the normal text size."""
        self.zoom_by(-self._zoom)
