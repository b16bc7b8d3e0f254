"""The one interface every video engine offers; the rest of the app never knows which plays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class VideoEngine(QObject):
    """Plays one video at a time into :meth:`video_widget`. Times are in seconds.

    Subclasses implement every method below; all are called in the UI thread and all the
    signals are emitted there.
    """

    position_changed = Signal(float)
    duration_changed = Signal(float)
    playing_changed = Signal(bool)
    ended = Signal()
    failed = Signal(str)
    """The video cannot be played, with the engine's own words for the log (the player tells
    the learner why). Emitted before the engine stops, so its ``playing_changed(False)``
    comes after; :meth:`play` then does nothing until the next :meth:`load`."""

    name = ""
    """``vlc`` or ``qt``: what ``--video-backend`` calls this engine."""

    @property
    def label(self) -> str:
        """The engine as the About dialog names it, with its version when known."""
        raise NotImplementedError

    @property
    def position(self) -> float:
        """The last known position."""
        raise NotImplementedError

    @property
    def duration(self) -> float:
        """The video's length, 0 until known."""
        raise NotImplementedError

    @property
    def rate(self) -> float:
        """The playback rate the engine reports."""
        raise NotImplementedError

    @property
    def muted(self) -> bool | None:
        """Whether the sound is muted, as the engine reports it; None while it cannot tell."""
        raise NotImplementedError

    @property
    def playing(self) -> bool:
        """True while the video plays (not paused, stopped or ended)."""
        raise NotImplementedError

    def load(self, path: Path, start: float = 0.0) -> None:
        """Open the video at ``path``, paused, to start playing at ``start`` seconds."""
        raise NotImplementedError

    def play(self) -> None:
        """Start or resume playing (from the start again after the end)."""
        raise NotImplementedError

    def pause(self) -> None:
        """Pause, keeping the position."""
        raise NotImplementedError

    def seek(self, seconds: float) -> None:
        """Go to ``seconds`` (clamped to the video); works before the first play too."""
        raise NotImplementedError

    def set_rate(self, rate: float) -> None:
        """Play at ``rate`` times the normal speed (0.5 to 2)."""
        raise NotImplementedError

    def set_volume(self, volume: int) -> None:
        """Volume from 0 to 100."""
        raise NotImplementedError

    def set_muted(self, muted: bool) -> None:
        """Silence the sound, or bring it back, keeping the volume."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop and let go of the video (its file and decoders); the engine can load again."""
        raise NotImplementedError

    def video_widget(self) -> QWidget:
        """The widget the picture is drawn in; the engine keeps it for its whole life."""
        raise NotImplementedError

    def release(self) -> None:
        """Free everything the engine holds; it cannot be used afterwards."""
        raise NotImplementedError
