"""What a quiz shows until quizzes can be taken: what it is, clearly, and no fake quiz."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from c4s_desktop.core.packs.manifest import Item
from c4s_desktop.ui.formatting import format_percent
from c4s_desktop.ui.icons import item_icon
from c4s_desktop.ui.layouts import centered_column

ICON_SIZE = 64
COLUMN_WIDTH = 560


class PlaceholderView(QWidget):
    """A calm page naming the quiz, its pass mark, and when it can be taken."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.facts = QLabel()
        self.facts.setObjectName("placeholder-facts")
        self.note = QLabel()
        self.note.setWordWrap(True)
        for label in (self.icon, self.facts, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        centered_column(self, [self.icon, self.facts, self.note], COLUMN_WIDTH)

    def show_item(self, item: Item) -> None:
        """Describe the quiz ``item``."""
        self.icon.setPixmap(item_icon(item.type).pixmap(ICON_SIZE, ICON_SIZE))
        self._show_quiz(item)
        self.setAccessibleDescription(f"{self.facts.text()} {self.note.text()}")

    def _show_quiz(self, item: Item) -> None:
        facts = [self.tr("Quiz"),
                 self.tr("pass mark {score}").format(score=format_percent(item.pass_score or 0))]
        if item.max_attempts:
            facts.append(self.tr("at most {n} attempts").format(n=item.max_attempts))
        self.facts.setText(" · ".join(facts))
        self.note.setText(
            self.tr("This quiz is installed and ready. Taking quizzes comes in the next version "
                    "of C4S Desktop.")
        )
