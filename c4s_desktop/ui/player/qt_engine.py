"""Qt Multimedia (FFmpeg inside the Qt wheels): the engine that is always there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QWidget

from c4s_desktop.ui.player.engine import VideoEngine

MediaStatus = QMediaPlayer.MediaStatus
READY_STATUSES = (MediaStatus.LoadedMedia, MediaStatus.BufferedMedia)


class QtEngine(VideoEngine):
    """A QMediaPlayer with an audio output and a QVideoWidget."""

    name = "qt"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._player = QMediaPlayer(self)
        self._audio = QAudioOutput(self)
        # With no sound device at all, an attached output stalls the player's threads: play
        # the picture alone, timed by the system clock.
        if QMediaDevices.audioOutputs():
            self._player.setAudioOutput(self._audio)
        self._widget = QVideoWidget()
        self._player.setVideoOutput(self._widget)
        self._pending_seek: float | None = None
        self._ended = False
        self._failed_at: float | None = None  # where it stood when it failed, until a load
        self._player.positionChanged.connect(self._position_changed)
        self._player.durationChanged.connect(lambda ms: self.duration_changed.emit(ms / 1000))
        self._player.playbackStateChanged.connect(self._state_changed)
        self._player.mediaStatusChanged.connect(self._status_changed)
        self._player.errorOccurred.connect(self._error)

    @property
    def label(self) -> str:
        return self.tr("Qt Multimedia")

    @property
    def position(self) -> float:
        if self._failed_at is not None:  # stopped, the player says 0: the place is kept
            return self._failed_at
        if self._pending_seek is not None:
            return self._pending_seek
        return self._player.position() / 1000

    @property
    def duration(self) -> float:
        return self._player.duration() / 1000

    @property
    def rate(self) -> float:
        return self._player.playbackRate()

    @property
    def muted(self) -> bool | None:
        return self._audio.isMuted()

    @property
    def playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def load(self, path: Path, start: float = 0.0) -> None:
        self.stop()
        self._pending_seek = start if start > 0 else None
        self._player.setSource(QUrl.fromLocalFile(str(path)))

    def play(self) -> None:
        if self._failed_at is not None:
            return
        if self._ended:
            self._ended = False
            self._player.setPosition(0)
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def seek(self, seconds: float) -> None:
        self._ended = False
        if self._player.mediaStatus() in (MediaStatus.NoMedia, MediaStatus.LoadingMedia):
            self._pending_seek = max(0.0, seconds)
            self.position_changed.emit(self._pending_seek)
        else:
            self._player.setPosition(int(max(0.0, seconds) * 1000))

    def set_rate(self, rate: float) -> None:
        self._player.setPlaybackRate(rate)

    def set_volume(self, volume: int) -> None:
        self._audio.setVolume(max(0, min(100, volume)) / 100)

    def set_muted(self, muted: bool) -> None:
        self._audio.setMuted(muted)

    def stop(self) -> None:
        self._player.stop()
        self._player.setSource(QUrl())
        self._pending_seek = None
        self._ended = False
        self._failed_at = None

    def video_widget(self) -> QWidget:
        return self._widget

    def release(self) -> None:
        self.stop()
        self._player.setVideoOutput(None)  # type: ignore[arg-type]
        self._widget.deleteLater()
        self._player.deleteLater()
        self._audio.deleteLater()

    def _position_changed(self, ms: int) -> None:
        if self._pending_seek is None and self._failed_at is None:
            self.position_changed.emit(ms / 1000)

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        if self._failed_at is not None and state != QMediaPlayer.PlaybackState.StoppedState:
            # FFmpeg reports a codec it lacks inside play(), then starts the clock anyway
            # (with the sound of a video it cannot show): stopping there does not hold.
            self._player.stop()
            return
        self.playing_changed.emit(state == QMediaPlayer.PlaybackState.PlayingState)

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if status in READY_STATUSES and self._pending_seek is not None:
            seconds, self._pending_seek = self._pending_seek, None
            self._player.setPosition(int(seconds * 1000))
        elif status == MediaStatus.EndOfMedia:
            self._ended = True
            self.ended.emit()
        elif status == MediaStatus.InvalidMedia:
            self._error()

    def _error(self, *_args: object) -> None:
        if self._failed_at is not None:  # InvalidMedia comes with an error of its own
            return
        self._failed_at = self.position
        detail = self._player.errorString() or f"media status {self._player.mediaStatus().name}"
        self.failed.emit(f"Qt Multimedia: {detail}")
        self._player.stop()
