"""libVLC through python-vlc, drawing into a native child window of ours.

python-vlc is imported only when this engine is first asked for, and every way libVLC can be
missing or broken (no library, no plugins, a bad ``PYTHON_VLC_*`` setting, which python-vlc
answers with ``sys.exit``) becomes :func:`libvlc_problem`'s plain answer, never an exception.
libVLC's own threads are never called back into Python: a 200 ms timer polls the player.

Memory: the app caps glibc's malloc arenas when it starts (:mod:`c4s_desktop.core.heap`), and
this engine hands the memory libVLC's threads freed back after each video (``heap.trim``).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from c4s_desktop.core import heap
from c4s_desktop.ui.player.engine import VideoEngine

log = logging.getLogger("c4s.video")
POLL_MS = 200
VLC_ARGS = ["--no-xlib", "--quiet", "--no-video-title-show", "--no-sub-autodetect-file",
            "--no-osd", "--no-snapshot-preview", "--no-stats"]
EMBEDDING_PLATFORMS = ("xcb", "windows", "cocoa")
# What libVLC needs to draw into an X window we give it (Debian: vlc-plugin-video-output).
X11_WINDOW_PLUGIN = "libxcb_window_plugin.so"
HEADLESS_PLATFORMS = ("offscreen", "minimal")
PICTURE_WITHIN_S = 1.0
"""How far the clock may run from where play started before a picture must be shown: libVLC
plays a video whose codec it lacks as a black area, the sound and clock running."""
EARLY_END_S = 0.5
EARLY_END_MARGIN_S = 3.0
"""An end reached before the clock ran :data:`EARLY_END_S` from where play started, more than
:data:`EARLY_END_MARGIN_S` before the end, is no end: libVLC decodes none of the streams."""


class _Runtime:
    """The process's one libVLC instance (made once: libVLC loads its plugins per process)."""

    module: ModuleType | None = None
    instance: Any = None
    problem: str | None = None
    probed = False


def _probe() -> None:
    _Runtime.probed = True
    platform = QGuiApplication.platformName()
    if platform not in EMBEDDING_PLATFORMS + HEADLESS_PLATFORMS:
        _Runtime.problem = f"libVLC cannot draw into a {platform} window"
        return
    try:
        import vlc
    except (ImportError, OSError, NameError, NotImplementedError, AttributeError) as exc:
        _Runtime.problem = f"libVLC is not installed ({exc})"
        return
    except SystemExit:  # python-vlc exits when PYTHON_VLC_LIB_PATH or _MODULE_PATH are wrong
        _Runtime.problem = "libVLC could not be loaded from the configured path"
        return
    args = VLC_ARGS + (["--vout=dummy"] if platform in HEADLESS_PLATFORMS else [])
    try:
        instance = vlc.Instance(args)
        has_plugins = instance is not None and bool(instance.video_filter_list_get())
    except (OSError, NameError, AttributeError) as exc:
        _Runtime.problem = f"libVLC does not start ({exc})"
        return
    if instance is None or not has_plugins:
        _Runtime.problem = "libVLC is installed without its plugins"
        return
    if platform == "xcb" and not _has_x11_output():
        instance.release()
        _Runtime.problem = "libVLC is installed without its X11 video output plugins"
        return
    _Runtime.module, _Runtime.instance = vlc, instance


def _plugin_dirs() -> list[Path]:
    """Where this process's libVLC looks for plugins (Linux), from the loaded libvlccore."""
    dirs = [Path(p) for p in os.environ.get("VLC_PLUGIN_PATH", "").split(os.pathsep) if p]
    try:
        maps = Path("/proc/self/maps").read_text(errors="replace")
    except OSError:
        return dirs
    for line in maps.splitlines():
        path = line.split(maxsplit=5)[-1] if line.count(" ") >= 5 else ""
        if "/libvlccore.so" in path:
            dirs.append(Path(path).parent / "vlc" / "plugins")
            break
    return dirs


def _has_x11_output() -> bool:
    """True when libVLC can draw into an X window (or where to look cannot be found)."""
    dirs = [d for d in _plugin_dirs() if d.is_dir()]
    return not dirs or any(next(d.rglob(X11_WINDOW_PLUGIN), None) is not None for d in dirs)


def libvlc_problem() -> str | None:
    """None when libVLC and its plugins work here, else why not (for the log and the note)."""
    if not _Runtime.probed:
        _probe()
        if _Runtime.problem:
            log.info("video: %s", _Runtime.problem)
    return _Runtime.problem


def libvlc_version() -> str:
    """libVLC's version, such as ``3.0.21``, or "" when it is not available."""
    if libvlc_problem() is not None or _Runtime.module is None:
        return ""
    return _Runtime.module.libvlc_get_version().decode(errors="replace").split()[0]


class VlcEngine(VideoEngine):
    """libVLC's media player, embedded in :meth:`video_widget`; see :func:`libvlc_problem`."""

    name = "vlc"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        if libvlc_problem() is not None:
            raise RuntimeError("libVLC is not available; check libvlc_problem() first")
        self._vlc: Any = _Runtime.module
        self._player = _Runtime.instance.media_player_new()
        self._player.video_set_mouse_input(False)
        self._player.video_set_key_input(False)
        self._widget = QWidget()
        self._widget.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self._widget.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self._widget.setAutoFillBackground(True)
        palette = self._widget.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        self._widget.setPalette(palette)
        self._embedded = False
        self._released = False
        self._media: Any = None
        self._start = 0.0
        self._position = 0.0
        self._duration = 0.0
        self._playing = False
        self._volume = 100
        self._muted = False
        self._rate = 1.0
        self._failed = False
        self._picture = False  # a picture was decoded: its output exists
        self._played_from = 0.0  # where play (or the last seek while playing) started
        self._advanced = 0.0  # how far the clock has run from there
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def label(self) -> str:
        return self.tr("libVLC {version}").format(version=libvlc_version())

    @property
    def position(self) -> float:
        return self._position

    @property
    def duration(self) -> float:
        return self._duration

    @property
    def rate(self) -> float:
        return float(self._player.get_rate())

    @property
    def muted(self) -> bool | None:
        state = self._player.audio_get_mute()
        return None if state < 0 else bool(state)

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def video_output(self) -> tuple[int, int]:
        """The size of the picture libVLC decodes, (0, 0) before the first frame."""
        size = self._player.video_get_size(0)
        return (int(size[0]), int(size[1])) if size else (0, 0)

    def _embed(self) -> None:
        if self._embedded:
            return
        self._embedded = True
        platform = QGuiApplication.platformName()
        if platform in HEADLESS_PLATFORMS:
            return
        handle = int(self._widget.winId())
        if sys.platform.startswith("win"):
            self._player.set_hwnd(handle)
        elif sys.platform == "darwin":
            self._player.set_nsobject(handle)
        else:
            self._player.set_xwindow(handle)

    def load(self, path: Path, start: float = 0.0) -> None:
        self.stop()
        self._embed()
        self._media = _Runtime.instance.media_new_path(str(path))
        self._player.set_media(self._media)
        self._start = max(0.0, start)
        self._position = self._start
        self._duration = 0.0
        self._failed = self._picture = False
        self._media.parse_with_options(self._vlc.MediaParseFlag.local, 0)
        self._timer.start()

    def play(self) -> None:
        if self._media is None or self._failed:
            return
        state = self._player.get_state()
        if state in (self._vlc.State.Ended, self._vlc.State.Error):
            self._player.stop()
        fresh = state in (self._vlc.State.NothingSpecial, self._vlc.State.Stopped,
                          self._vlc.State.Ended)
        self._played_from, self._advanced = (self._start if fresh else self._position), 0.0
        if fresh and self._start > 0:
            self._media.add_option(f":start-time={self._start:.3f}")
            self._start = 0.0
        self._player.set_rate(self._rate)
        self._player.play()

    def pause(self) -> None:
        self._player.set_pause(1)

    def seek(self, seconds: float) -> None:
        seconds = max(0.0, min(seconds, self._duration or seconds))
        if self._player.get_state() in (self._vlc.State.Playing, self._vlc.State.Paused):
            self._player.set_time(int(seconds * 1000))
            self._played_from, self._advanced = seconds, 0.0
        else:
            self._start = seconds
        self._position = seconds
        self.position_changed.emit(seconds)

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        self._player.set_rate(rate)

    def set_volume(self, volume: int) -> None:
        self._volume = max(0, min(100, volume))
        self._player.audio_set_volume(self._volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self._player.audio_set_mute(muted)

    def stop(self) -> None:
        self._timer.stop()
        if self._media is not None:
            self._player.stop()
            self._player.set_media(None)
            self._media.release()
            self._media = None
            heap.trim()
        self._set_playing(False)

    def video_widget(self) -> QWidget:
        return self._widget

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        self.stop()
        self._player.release()
        self._widget.deleteLater()

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            if playing:  # libVLC forgets these until its audio output exists
                self._player.audio_set_volume(self._volume)
                self._player.audio_set_mute(self._muted)
            self.playing_changed.emit(playing)

    def _fail(self, detail: str) -> None:
        self._timer.stop()
        self._failed = True
        self.failed.emit(f"libVLC: {detail}")
        self._player.stop()  # the sound of a video with no picture would play on
        self._set_playing(False)

    def _poll(self) -> None:
        state = self._player.get_state()
        length = self._player.get_length()
        if length <= 0 and self._media is not None:
            length = self._media.get_duration()
        if length > 0 and abs(length / 1000 - self._duration) > 1e-3:
            self._duration = length / 1000
            self.duration_changed.emit(self._duration)
        if state == self._vlc.State.Error:
            self._fail("the player reports an error")
            return
        if state == self._vlc.State.Ended:
            if self._duration == 0:
                self._fail("it ended without a length")
                return
            if (self._advanced < EARLY_END_S
                    and self._duration - self._played_from > EARLY_END_MARGIN_S):
                self._fail(f"it ended at once, {self._played_from:.1f} s into "
                           f"{self._duration:.1f} s: none of its streams is decoded")
                return
            self._set_playing(False)
            if self._position < self._duration:
                self._position = self._duration
                self.position_changed.emit(self._position)
                self.ended.emit()
            return
        self._set_playing(state == self._vlc.State.Playing)
        time_ms = self._player.get_time()
        if state in (self._vlc.State.Playing, self._vlc.State.Paused) and time_ms >= 0:
            position = time_ms / 1000
            if state == self._vlc.State.Playing and not self._shows_picture(position):
                return
            if abs(position - self._position) > 1e-3:
                self._position = position
                self.position_changed.emit(position)

    def _shows_picture(self, position: float) -> bool:
        """False, once failed, when the clock has run :data:`PICTURE_WITHIN_S` from where play
        started and libVLC still has no picture to show."""
        self._advanced = max(self._advanced, position - self._played_from)
        if self._picture or self._advanced < PICTURE_WITHIN_S:
            return True
        self._picture = self._player.has_vout() > 0
        if not self._picture:
            self._fail(f"no picture {self._advanced:.1f} s into playing: its video is not "
                       "decoded")
        return self._picture
