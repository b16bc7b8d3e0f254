"""The video's poster: the picture shown before the first play, which starts the video."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class Poster(QLabel):
    """The video's poster, scaled to fit; a click starts the video."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setStyleSheet("background: black; color: white;")
        self.setAccessibleName(self.tr("Video poster"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._pixmap = QPixmap()

    def set_image(self, data: bytes | None) -> None:
        """Show the image in ``data``, or a hint when there is none."""
        self._pixmap = QPixmap()
        if data and self._pixmap.loadFromData(data):
            self._fit()
        else:
            self.setText(self.tr("Press Play to start the video."))

    def _fit(self) -> None:
        if not self._pixmap.isNull() and self.width() > 0 and self.height() > 0:
            self.setPixmap(self._pixmap.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rescale the poster to the new size."""
        super().resizeEvent(event)
        self._fit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on the poster plays the video."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
