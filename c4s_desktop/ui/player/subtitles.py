"""Subtitles drawn by us in a band under the picture, so both engines show them the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from c4s_desktop.core.media.webvtt import Cue, cue_at, parse_webvtt
from c4s_desktop.core.packs.pack_files import PackFiles

BAND_LINES = 2
FONT_SCALE = 1.3
STYLE = "QLabel#subtitles { background: #101010; color: white; padding: 4px 12px; }"


def load_cues(files: PackFiles, path: str) -> list[Cue]:
    """The cues of the pack's WebVTT file ``path``; none when it is missing or unreadable."""
    data = files.read_bytes(path)
    return parse_webvtt(data.decode("utf-8", errors="replace")) if data else []


class SubtitleBand(QLabel):
    """A dark band showing the cue of the moment; it keeps its height so the picture holds still."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subtitles")
        self.setAccessibleDescription(self.tr("Subtitles"))
        self.setStyleSheet(STYLE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.setFont(font)
        self.setFixedHeight(QFontMetrics(font).lineSpacing() * BAND_LINES + 16)
        self._cues: list[Cue] = []
        self._shown: Cue | None = None

    def set_cues(self, cues: list[Cue]) -> None:
        """Show these cues from now on (an empty list shows nothing)."""
        self._cues = cues
        self._shown = None
        self.clear()

    def show_at(self, seconds: float) -> None:
        """Show the cue for the video position ``seconds``."""
        cue = cue_at(self._cues, seconds)
        if cue is not self._shown:
            self._shown = cue
            self.setText(cue.text if cue is not None else "")
