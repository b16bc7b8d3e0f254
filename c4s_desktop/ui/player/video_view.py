"""The player page: the poster until the first play, then the picture, the subtitle band and
the controls. It keeps track of what was watched and where the learner is (see VideoProgress).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from c4s_desktop.core.packs.manifest import pick_file, pick_language
from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.core.progress.intervals import Interval
from c4s_desktop.ui.full_screen import FullScreen
from c4s_desktop.ui.library_data import ItemPlace
from c4s_desktop.ui.plain_text import plain_label
from c4s_desktop.ui.player.choose import choose_engine
from c4s_desktop.ui.player.controls import PAGE_STEP_MS, SMALL_STEP_MS, PlayerControls, clock
from c4s_desktop.ui.player.engine import VideoEngine
from c4s_desktop.ui.player.file_check import VideoFileCheck
from c4s_desktop.ui.player.poster import Poster
from c4s_desktop.ui.player.subtitles import SubtitleBand, SubtitleNotice, load_cues
from c4s_desktop.ui.player.video_progress import VideoProgress, WatchedSpan
from c4s_desktop.ui.player.watch_tracker import MIN_SPAN, WatchTracker
from c4s_desktop.ui.session import Session
from c4s_desktop.ui.worker import StoreWorker

SAVE_EVERY_S = 5.0
"""How often the position is saved while playing, with the span being watched as a draft."""
RECORD_EVERY_S = 60.0
"""How long a span grows before it is recorded as a statement while the video plays on (the
draft saved with the position keeps a power cut from losing it meanwhile)."""
RESUME_MIN_S = 1.0
RESUME_TAIL_S = 3.0
RESUME_NOTE_S = 5.0
"""How long the video plays on past the resume point before "Resuming at…" goes away."""
SEEK_KEYS = {
    Qt.Key.Key_Left: -SMALL_STEP_MS / 1000, Qt.Key.Key_Right: SMALL_STEP_MS / 1000,
    Qt.Key.Key_PageDown: -PAGE_STEP_MS / 1000, Qt.Key.Key_PageUp: PAGE_STEP_MS / 1000,
}


class VideoView(QWidget):
    """Plays one video item at a time; :meth:`close_video` saves and lets go of it."""

    recorded = Signal(str, str, str, object)
    """(learner id, pack id, item id, new item states of that pack): a watched span is stored."""

    def __init__(self, lang: str, progress: VideoProgress, preference: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Video player"))
        self._lang = lang
        self._progress = progress
        progress.setParent(self)
        progress.recorded.connect(self.recorded)
        self.engine: VideoEngine
        self.engine, self.engine_note = choose_engine(preference)
        self.place: ItemPlace | None = None
        self.tracker = WatchTracker()
        self._files: PackFiles | None = None
        self._file_sha256 = ""
        """The SHA-256 of the file playing: its spans count for it alone (a course update may
        replace the video under the same item)."""
        self._files_cues: dict[str, str] = {}
        self._subtitle_lang = ""
        self._subtitles_wanted: str | None = None
        """The subtitles the learner chose in the list ("" for Off), kept for the next videos
        (None: the app's language, as a course text)."""
        self._rate = 1.0
        self._last_save = 0.0
        self._start_requested = False
        self._resumed_at: float | None = None  # while "Resuming at…" shows
        # While the saved position is being read (a store job), Play waits for it: started at
        # once, the video would play from 0:00 and jump when the position arrives.
        self._position_pending = False
        self._play_waiting = False
        self._position_read: object | None = None  # the read whose answer is still wanted
        # Playing and counted for the video's learner, from the engine's "playing" to the first
        # of its "not playing", a learner leaving or the video closing: only then do ticks grow
        # spans and the pause saves the position. A late "not playing" (engines tell a pause
        # after a while) must not save a position for the learner who has the video now.
        self._watching = False
        # The engine cannot play the file: nothing more of it is watched or played until the
        # next open, and the file check says what the learner can do.
        self._broken = False
        self._path = ""
        self._file_check = VideoFileCheck(self)

        self.poster = Poster()
        self.poster.clicked.connect(self.play)
        self.screen_stack = QStackedWidget()
        self.screen_stack.setObjectName("video-screen")  # focus.qss outlines it (see _outline)
        self.screen_stack.addWidget(self.poster)
        self.screen_stack.addWidget(self.engine.video_widget())
        self.subtitles = SubtitleBand()
        self.notice = plain_label()
        self.notice.setObjectName("player-notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleDescription(self.tr("Player message"))
        self._file_check.said.connect(self.notice.setText)
        self.subtitles_notice = SubtitleNotice()
        self.controls = PlayerControls()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.screen_stack, 1)
        layout.addWidget(self.subtitles)
        layout.addWidget(self.notice)
        layout.addWidget(self.subtitles_notice)
        layout.addWidget(self.controls)
        self.full_screen = FullScreen(self)
        self._connect()
        app = QCoreApplication.instance()
        if app is not None:  # let go of the engine before Python tears the objects down
            app.aboutToQuit.connect(self.release)

    def _connect(self) -> None:
        engine, controls = self.engine, self.controls
        engine.position_changed.connect(self._position_changed)
        engine.duration_changed.connect(controls.set_duration)
        engine.playing_changed.connect(self._playing_changed)
        engine.ended.connect(self._ended)
        engine.failed.connect(self._failed)
        controls.play_clicked.connect(self.toggle_play)
        controls.seek_requested.connect(self.seek)
        controls.step_requested.connect(self.seek_by)
        controls.rate_chosen.connect(self._set_rate)
        controls.volume_chosen.connect(engine.set_volume)
        controls.mute_toggled.connect(engine.set_muted)
        controls.subtitles_chosen.connect(self._subtitles_picked)
        controls.full_screen_clicked.connect(self.toggle_full_screen)
        engine.set_volume(controls.volume.value())
        self._key_actions = {
            Qt.Key.Key_F: self.toggle_full_screen, Qt.Key.Key_F11: self.toggle_full_screen,
            Qt.Key.Key_Escape: self.leave_full_screen, Qt.Key.Key_Space: self.toggle_play,
            Qt.Key.Key_K: self.toggle_play, Qt.Key.Key_M: controls.mute_button.toggle,
        }

    # --- Opening and closing ---------------------------------------------------------------

    def open(self, place: ItemPlace, files: PackFiles) -> bool:
        """Show ``place``'s video, paused at its saved position; False when its file is not in
        the library, whole (the item page then says how to repair it)."""
        self.close_video()
        item, manifest = place.item, place.pack.manifest
        path = pick_file(item.file, self._lang, manifest.default_language) if item.file else None
        # A blob deleted from the store still has a path: the engine would call it damaged or
        # in a format this computer cannot read, which no learner can act on.
        blob = files.blob_path(path) if path and files.has_file(path) else None
        if blob is None or path is None:
            return False
        self.place, self._files, self._path = place, files, path
        self._file_sha256 = manifest.files[path].sha256
        self._broken = False
        self._file_check.forget()
        self._start_requested = False
        self._resumed_at = None
        self.poster.set_image(files.read_bytes(item.poster) if item.poster else None)
        self.screen_stack.setCurrentWidget(self.poster)
        self.notice.clear()
        languages = list(item.subtitles)
        # As a course text falls back to the course's language, so do subtitles: a learner
        # whose language the video lacks reads along in the language it speaks.
        if self._subtitles_wanted == "":  # turned off by the learner: off for the next too
            chosen = ""
        else:
            chosen = pick_language(languages, self._subtitles_wanted or self._lang,
                                   manifest.default_language) or ""
        self.controls.set_languages(languages, chosen)
        self.choose_subtitles(chosen)
        self.controls.set_duration(item.duration_s or 0)
        self.controls.set_position(0)
        self.controls.set_playing(False)
        self.engine.load(blob)
        self._show_engine_note()
        self._progress.follow()
        self._load_position(place)
        return True

    def _show_engine_note(self) -> None:
        window = self.window()
        if self.engine_note and isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.engine_note)

    def _resume(self, place: ItemPlace, seconds: float | None) -> None:
        length = self.engine.duration or place.item.duration_s or 0
        if (place is not self.place or self._start_requested or self._broken or seconds is None
                or seconds < RESUME_MIN_S or (length and seconds > length - RESUME_TAIL_S)):
            return
        self.engine.seek(seconds)
        self.notice.setText(self.tr("Resuming at {time}").format(time=clock(seconds)))
        self._resumed_at = seconds

    def learner_leaving(self) -> None:
        """Someone else is about to sign in: pause, and save what the learner watched and where
        they are now, while the video is still theirs (see :meth:`learner_changed`)."""
        self._play_waiting = False
        if self.place is None:
            return
        self._stop_watching()
        if self.engine.playing:
            self.engine.pause()

    def learner_changed(self, _learner: object) -> None:
        """Another learner has the video now: the previous one's span and position are saved
        for them, as the quiz and the case study do, and it opens again, paused, where the new
        learner stopped last time."""
        self._subtitles_wanted = None  # a choice of the learner who left
        place, files = self.place, self._files
        if place is None or files is None:
            return
        if not self._watching and not self.engine.playing and self.engine.position < RESUME_MIN_S:
            # Nothing to hand over (``--open`` at start opens the video before the sign-in is
            # done): go to the new learner's place without loading the file again.
            self._progress.follow()
            self._load_position(place)
        else:
            self.open(place, files)

    def _load_position(self, place: ItemPlace) -> None:
        self._position_pending = True
        read = self._position_read = object()
        self._progress.load_position(place, lambda seconds: self._position_loaded(read, seconds))

    def _position_loaded(self, read: object, seconds: float | None) -> None:
        # The same place opens again for another learner: only the last read is theirs.
        if read is not self._position_read or self.place is None:
            return
        place = self.place
        self._position_pending = False
        self._resume(place, seconds)
        if self._play_waiting:
            self._play_waiting = False
            self.play()

    def start_at(self, seconds: float, subtitles: str | None = None) -> None:
        """Start (or go on) at ``seconds`` instead of the saved position, with ``subtitles``
        in that language when given and the video has them."""
        if self.place is not None and subtitles and subtitles in self.place.item.subtitles:
            self.controls.set_languages(list(self.place.item.subtitles), subtitles)
            self.choose_subtitles(subtitles)
        self._start_requested = True
        self._resumed_at = None
        self.notice.clear()
        self.seek(seconds)

    def close_video(self) -> None:
        """Record the open span, save the position and let go of the video."""
        if self.place is None:
            return
        self.leave_full_screen()
        self._stop_watching()
        self._close_span()
        place, self.place = self.place, None  # stopping reports "not playing": nothing to save
        # Left before the saved position was read, the video stands at 0:00, not where the
        # learner stopped last time: that place stays saved, unless the learner chose another.
        unread = self._position_pending and not self._start_requested
        self._position_pending = self._play_waiting = False
        self._position_read = None
        if not unread:
            self._progress.save_position(place, self.engine.position)
        self.engine.stop()
        self.subtitles.set_cues([])
        self.screen_stack.setCurrentWidget(self.poster)

    def release(self) -> None:
        """Close the video and free the engine; the view is not used afterwards."""
        self.close_video()
        self.engine.release()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (not minimising the window) closes the video."""
        super().hideEvent(event)
        if not event.spontaneous():
            self.close_video()

    # --- Playing ---------------------------------------------------------------------------

    def play(self) -> None:
        """Play from where the video stands (once its saved position is known)."""
        if self.place is None or self._broken:  # the poster stays, with what to do
            return
        if self._position_pending:
            self._play_waiting = True
            return
        self.screen_stack.setCurrentWidget(self.engine.video_widget())
        self.engine.play()

    def toggle_play(self) -> None:
        """Pause when playing, else play."""
        if self.engine.playing:
            self.engine.pause()
        elif self._play_waiting:
            self._play_waiting = False
        else:
            self.play()

    def seek(self, seconds: float) -> None:
        """Go to ``seconds``; the span watched so far is closed first."""
        if self.place is None:
            return
        if self._resumed_at is not None:  # the learner went elsewhere: the note is stale
            self._resumed_at = None
            self.notice.clear()
        if self._position_pending:  # chosen before the saved position came: it wins
            self._start_requested = True
        self._close_span()
        self.engine.seek(max(0.0, seconds))

    def seek_by(self, seconds: float) -> None:
        """Go ``seconds`` forward (or back, when negative)."""
        self.seek(self.engine.position + seconds)

    def _subtitles_picked(self, lang: str) -> None:
        self._subtitles_wanted = lang
        self.choose_subtitles(lang)

    def choose_subtitles(self, lang: str) -> None:
        """Show subtitles in ``lang`` ("" for none)."""
        self._subtitle_lang = lang
        item = self.place.item if self.place is not None else None
        path = item.subtitles.get(lang) if item is not None and lang else None
        cues = load_cues(self._files, path) if path and self._files else []
        self.subtitles.set_cues(cues or [])
        self.subtitles_notice.say_unreadable(lang if cues is None else None)
        if self.screen_stack.currentWidget() is not self.poster:  # no subtitle on the poster
            self.subtitles.show_at(self.engine.position)

    def _set_rate(self, rate: float) -> None:
        self._rate = rate
        self.engine.set_rate(rate)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows, Page Up/Down, Home and End move in the video; Space or K plays and pauses;
        M mutes; F or F11 toggles full screen and Esc leaves it (else Esc goes on to the page).
        Keys a control uses itself (Space on a button, arrows on a slider) stay with it."""
        key = Qt.Key(event.key())
        modified = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Escape and not self.full_screen.active:
            super().keyPressEvent(event)  # the item page's: back to the lesson
        elif key in self._key_actions and modified == Qt.KeyboardModifier.NoModifier:
            self._key_actions[key]()
        elif key in SEEK_KEYS:
            self.seek_by(SEEK_KEYS[key])
        elif key == Qt.Key.Key_Home:
            self.seek(0)
        elif key == Qt.Key.Key_End:
            self.seek(self.engine.duration)
        else:
            super().keyPressEvent(event)

    def toggle_full_screen(self) -> None:
        """Enter or leave full screen."""
        if self.full_screen.active:
            self.leave_full_screen()
        else:
            self.full_screen.enter()
            self.controls.set_full_screen(True)
            self._outline()

    def leave_full_screen(self) -> None:
        """Back to the normal window."""
        self.full_screen.leave()
        self.controls.set_full_screen(False)
        self._outline()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The keyboard is on the video: its picture is outlined as a control is."""
        super().focusInEvent(event)
        self._outline()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """The outline goes with the keyboard."""
        super().focusOutEvent(event)
        self._outline()

    def _outline(self) -> None:
        # The view itself draws nothing: its picture carries the outline, except in full
        # screen, where the keyboard has nowhere else to be and a frame would cut the picture.
        shown = self.hasFocus() and not self.full_screen.active
        if self.screen_stack.property("focused") != shown:
            self.screen_stack.setProperty("focused", shown)
            self.screen_stack.style().unpolish(self.screen_stack)
            self.screen_stack.style().polish(self.screen_stack)

    # --- What the engine says --------------------------------------------------------------

    def _position_changed(self, seconds: float) -> None:
        self.controls.set_position(seconds)
        if self.screen_stack.currentWidget() is not self.poster:
            self.subtitles.show_at(seconds)
        if not self._watching or self.place is None:
            return
        if self._resumed_at is not None and seconds >= self._resumed_at + RESUME_NOTE_S:
            self._resumed_at = None
            self.notice.clear()
        now = time.monotonic()
        self._keep(self.tracker.tick(seconds, now, self._rate))
        span = self.tracker.open_span
        if span is not None and span[1] - span[0] >= RECORD_EVERY_S:
            self._keep(self.tracker.cut())
        if now - self._last_save >= SAVE_EVERY_S:
            self._last_save = now
            span = self.tracker.open_span
            watching = (self._watched(span) if span is not None and span[1] - span[0] >= MIN_SPAN
                        else None)
            self._progress.save_position(self.place, seconds, watching)

    def _playing_changed(self, playing: bool) -> None:
        self.controls.set_playing(playing)
        if not playing:
            self._stop_watching()
        elif self.place is not None and not self._broken:
            self._watching = True
            self._last_save = time.monotonic()
            self.tracker.tick(self.engine.position, self._last_save, self._rate)

    def _stop_watching(self) -> None:
        """Close the open span and save the position, once per play."""
        if not self._watching:
            return
        self._watching = False
        self._close_span()
        if self.place is not None:
            self._progress.save_position(self.place, self.engine.position)

    def _ended(self) -> None:
        self._close_span()
        self.controls.set_playing(False)

    def _failed(self, detail: str) -> None:
        """The engine cannot play the video (it stops next): nothing of it counts as watched,
        not even the span playing (a failed engine may have run its clock on a black area)."""
        first, self._broken = not self._broken, True
        watching, self._watching = self._watching, False
        self._play_waiting = False
        self.tracker.drop()
        self._resumed_at = None
        self.screen_stack.setCurrentWidget(self.poster)
        if self.place is None or self._files is None or not first:
            return
        if watching:  # the span's draft, saved with the position, would be recorded later
            self._progress.drop_draft(self.place)
        self.notice.setText(self._file_check.start(self._files, self._path, detail))

    def _close_span(self) -> None:
        self._keep(self.tracker.interrupt())

    def _keep(self, span: Interval | None) -> None:
        if span is not None and self.place is not None:
            self._progress.record_span(self.place, self._watched(span))

    def _watched(self, span: Interval) -> WatchedSpan:
        item = self.place.item if self.place is not None else None
        length = self.engine.duration or (item.duration_s if item else None) or span[1]
        return WatchedSpan(span, length, self._subtitle_lang or self._lang, self._file_sha256)


def make_video_view(lang: str, worker: StoreWorker | None, session: Session | None,
                    preference: str | None) -> VideoView:
    """A video view that records for the session's learner through ``worker``."""
    view = VideoView(lang, VideoProgress(worker, session), preference)
    if session is not None:
        session.learner_leaving.connect(view.learner_leaving)
        session.learner_changed.connect(view.learner_changed)
    return view
