"""Help → About: the app's version and the video engine that plays the lessons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from c4s_desktop import __version__

WIDTH = 420


class AboutDialog(QDialog):
    """A small dialog: name, version, video engine, and a Close button."""

    def __init__(self, video_engine: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About C4S Desktop"))
        title = QLabel(self.tr("C4S Desktop {version}").format(version=__version__))
        title.setObjectName("about-title")
        summary = QLabel(self.tr("Offline training for cluster managers and SMEs."))
        summary.setWordWrap(True)
        self.engine = QLabel(self.tr("Video engine: {engine}").format(engine=video_engine))
        self.engine.setAccessibleDescription(self.tr("Video engine"))
        self.engine.setWordWrap(True)
        self.engine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, summary, self.engine, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(WIDTH)


def show_about(parent: QWidget, video_engine: str) -> AboutDialog:
    """Open the About dialog (window-modal) and return it."""
    dialog = AboutDialog(video_engine, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
