"""Subtitles drawn by us in a band under the picture, so both engines show them the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from c4s_desktop.core.media.webvtt import Cue, cue_at, parse_webvtt
from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.ui.formatting import language_name

BAND_LINES = 2
FONT_SCALE = 1.3
STYLE = "QLabel#subtitles { background: #101010; color: white; padding: 4px 12px; }"


def load_cues(files: PackFiles, path: str) -> list[Cue] | None:
    """The cues of the pack's WebVTT file ``path``; None when it is missing, unreadable or
    damaged (:class:`SubtitleNotice` says so)."""
    data = files.read_bytes(path)
    return None if data is None else parse_webvtt(data.decode("utf-8", errors="replace"))


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


class SubtitleNotice(QLabel):
    """One sentence under the player's message when the subtitles chosen cannot be shown; for a
    learner who relies on them (deaf, or no headphones on a shared computer) they are the
    lesson. Hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subtitles-notice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleDescription(self.tr("Subtitles message"))
        self.hide()

    def say_unreadable(self, lang: str | None) -> None:
        """Say that the subtitles in ``lang`` cannot be read; None says nothing."""
        if lang is None:
            self.clear()
        else:
            self.setText(self.tr("The subtitles in {language} cannot be shown: their file is "
                                 "missing or damaged; add its course again (File → Add packs…) "
                                 "to repair it.").format(language=language_name(lang)))
        self.setVisible(lang is not None)
