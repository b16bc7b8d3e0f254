"""What a video or a quiz shows until its player comes: what it is, clearly, and no fake player."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from c4s_desktop.core.packs.manifest import Item
from c4s_desktop.ui.formatting import format_duration, format_percent
from c4s_desktop.ui.icons import item_icon
from c4s_desktop.ui.layouts import centered_column
from c4s_desktop.ui.pack_files import PackFiles

ICON_SIZE = 64
POSTER_WIDTH = 480
COLUMN_WIDTH = 560


class PlaceholderView(QWidget):
    """A calm page naming the item, its length or pass mark, and when it will be playable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.poster = QLabel()
        self.poster.setAccessibleName(self.tr("Video poster"))
        self.facts = QLabel()
        self.facts.setObjectName("placeholder-facts")
        self.note = QLabel()
        self.note.setWordWrap(True)
        for label in (self.icon, self.poster, self.facts, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centered_column(self, [self.icon, self.poster, self.facts, self.note], COLUMN_WIDTH)

    def show_item(self, item: Item, files: PackFiles) -> None:
        """Describe ``item`` (a video or a quiz)."""
        self.icon.setPixmap(item_icon(item.type).pixmap(ICON_SIZE, ICON_SIZE))
        self.poster.clear()
        self.poster.hide()
        if item.type == "video":
            self._show_video(item, files)
        else:
            self._show_quiz(item)
        self.setAccessibleDescription(f"{self.facts.text()} {self.note.text()}")

    def _show_video(self, item: Item, files: PackFiles) -> None:
        facts = [self.tr("Video"), format_duration(item.duration_s or 0)]
        if item.subtitles:
            facts.append(self.tr("subtitles: {langs}").format(langs=", ".join(item.subtitles)))
        self.facts.setText(" · ".join(facts))
        self.note.setText(
            self.tr("This video is installed and ready. The video player comes in the next "
                    "version of C4S Desktop.")
        )
        data = files.read_bytes(item.poster) if item.poster else None
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            width = min(POSTER_WIDTH, pixmap.width())
            self.poster.setPixmap(
                pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
            self.poster.show()
            self.icon.hide()
        else:
            self.icon.show()

    def _show_quiz(self, item: Item) -> None:
        self.icon.show()
        facts = [self.tr("Quiz"),
                 self.tr("pass mark {score}").format(score=format_percent(item.pass_score or 0))]
        if item.max_attempts:
            facts.append(self.tr("at most {n} attempts").format(n=item.max_attempts))
        self.facts.setText(" · ".join(facts))
        self.note.setText(
            self.tr("This quiz is installed and ready. Taking quizzes comes in the next version "
                    "of C4S Desktop.")
        )
