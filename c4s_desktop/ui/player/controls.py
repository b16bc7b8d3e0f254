"""The player's controls: seek bar and time on one row, the buttons and choices on the next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from c4s_desktop.ui.formatting import language_name, whole_seconds
from c4s_desktop.ui.icons import glyph
from c4s_desktop.ui.player.point_slider import PointSlider

RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
SMALL_STEP_MS = 5_000
PAGE_STEP_MS = 30_000
ARROW_STEPS = {Qt.Key.Key_Left: -SMALL_STEP_MS / 1000, Qt.Key.Key_Right: SMALL_STEP_MS / 1000}
DEFAULT_VOLUME = 80
VOLUME_WIDTH = 90
TEXT_GAP = 8
"""Room a button's text takes beside its icon, on top of the text's own width."""


def clock(seconds: float) -> str:
    """``1:23`` or ``1:02:03``: a position as a player shows it, to the nearest second as
    lengths are shown everywhere (a 52.6 s video is 0:53 here and "53 s" in its lesson)."""
    total = whole_seconds(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class PlayerControls(QWidget):
    """Buttons and sliders only; the video view connects them to the engine."""

    play_clicked = Signal()
    seek_requested = Signal(float)
    rate_chosen = Signal(float)
    volume_chosen = Signal(int)
    mute_toggled = Signal(bool)
    subtitles_chosen = Signal(str)
    """A language code, or "" for no subtitles."""
    full_screen_clicked = Signal()
    step_requested = Signal(float)
    """Seconds to go forward (or back): ← or → on a button, as on the video itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.play_button = QPushButton(self.tr("Play"))
        # Its name is what it does now, Play or Pause, as its words say (kept when the words
        # go): a screen reader then tells whether the video is playing.
        self.play_button.setAccessibleName(self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play or pause (Space)"))
        self.play_button.clicked.connect(self.play_clicked)

        self.seek_bar = PointSlider(Qt.Orientation.Horizontal)
        self.seek_bar.setAccessibleName(self.tr("Position in the video"))
        self.seek_bar.setToolTip(self.tr("← → 5 seconds, Page Up / Page Down 30 seconds, "
                                         "Home / End"))
        self.seek_bar.setSingleStep(SMALL_STEP_MS)
        self.seek_bar.setPageStep(PAGE_STEP_MS)
        self.seek_bar.actionTriggered.connect(self._seek_action)
        self.time_label = QLabel(clock(0))
        self.time_label.setAccessibleDescription(self.tr("Time"))

        self.speed = QComboBox()
        self.speed.setAccessibleName(self.tr("Playback speed"))
        self.speed.setToolTip(self.tr("Playback speed"))  # its label goes when room is short
        for rate in RATES:
            self.speed.addItem(self.tr("{rate}\u00d7").format(rate=QLocale().toString(rate)), rate)
        self.speed.setCurrentIndex(RATES.index(1.0))
        self.speed.currentIndexChanged.connect(
            lambda index: self.rate_chosen.emit(float(self.speed.itemData(index))))
        speed_label = QLabel(self.tr("Speed"))
        speed_label.setBuddy(self.speed)

        self.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        self.mute_button.setAccessibleName(self.tr("Mute"))
        self.mute_button.setToolTip(self.tr("Mute (M)"))
        self.mute_button.toggled.connect(self._mute_toggled)
        self.volume = PointSlider(Qt.Orientation.Horizontal)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(DEFAULT_VOLUME)
        self.volume.setFixedWidth(VOLUME_WIDTH)
        self.volume.valueChanged.connect(self.volume_chosen)

        self.subtitles = QComboBox()
        self.subtitles.setAccessibleName(self.tr("Subtitles"))
        self.subtitles.setToolTip(self.tr("Subtitles"))
        self.subtitles.currentIndexChanged.connect(
            lambda index: self.subtitles_chosen.emit(str(self.subtitles.itemData(index) or "")))
        subtitles_label = QLabel(self.tr("Subtitles"))
        subtitles_label.setBuddy(self.subtitles)
        self.full_screen_button = QPushButton()
        self.full_screen_button.clicked.connect(self.full_screen_clicked)

        seek_row = QHBoxLayout()
        seek_row.addWidget(self.seek_bar, 1)
        seek_row.addWidget(self.time_label)
        self._labels = (speed_label, subtitles_label)
        self._compact = False
        buttons = self._buttons = QHBoxLayout()
        buttons.addWidget(self.play_button)
        buttons.addSpacing(12)
        for widget in (speed_label, self.speed, self.mute_button, self.volume):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (subtitles_label, self.subtitles, self.full_screen_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(seek_row)
        layout.addLayout(buttons)
        self._duration = 0.0
        self._playing = False
        self._full_screen = False
        self._show_full_screen_state()
        self._show_icons()
        # A button would move the focus with ← and →; on a player they step through the video.
        for button in (self.play_button, self.mute_button, self.full_screen_button):
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """← and → on the buttons ask for a 5-second step instead of moving the focus."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = ARROW_STEPS.get(Qt.Key(event.key()))
            modified = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if step is not None and modified == Qt.KeyboardModifier.NoModifier:
                self.step_requested.emit(step)
                return True
        return super().eventFilter(watched, event)

    def set_languages(self, languages: list[str], chosen: str) -> None:
        """Offer "Off" and ``languages``; select ``chosen`` ("" for Off) without signalling."""
        self.subtitles.blockSignals(True)
        self.subtitles.clear()
        self.subtitles.addItem(self.tr("Off"), "")
        for code in languages:
            self.subtitles.addItem(language_name(code), code)
        self.subtitles.setCurrentIndex(max(0, self.subtitles.findData(chosen)))
        self.subtitles.setEnabled(bool(languages))
        self.subtitles.blockSignals(False)

    def set_duration(self, seconds: float) -> None:
        """The video's length is known."""
        self._duration = seconds
        self.seek_bar.setRange(0, int(seconds * 1000))
        self._show_time(self.seek_bar.value() / 1000)

    def set_position(self, seconds: float) -> None:
        """Move the seek bar and time, unless the learner is dragging the bar."""
        if not self.seek_bar.isSliderDown():
            self.seek_bar.blockSignals(True)
            self.seek_bar.setValue(int(seconds * 1000))
            self.seek_bar.blockSignals(False)
        self._show_time(seconds)

    def set_playing(self, playing: bool) -> None:
        """Show Pause while playing and Play otherwise."""
        self._playing = playing
        self._show_icons()
        self.play_button.setText("" if self._compact else self._play_text())
        self.play_button.setAccessibleName(self._play_text())

    # --- Icons in the theme's ink ----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """A new theme (palette) inks the icons again, light on dark buttons."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_icons()

    def _show_icons(self) -> None:
        palette = self.palette()
        self.play_button.setIcon(glyph("pause" if self._playing else "play", palette))
        self.mute_button.setIcon(
            glyph("volume_muted" if self.mute_button.isChecked() else "volume", palette))
        self.full_screen_button.setIcon(
            glyph("leave_full_screen" if self._full_screen else "full_screen", palette))

    # --- Full screen: the button offers the way back -----------------------------------------

    def set_full_screen(self, full_screen: bool) -> None:
        """Show the button as what a click does now: enter full screen, or leave it."""
        if full_screen != self._full_screen:
            self._full_screen = full_screen
            self._show_full_screen_state()
            self._show_icons()

    def _full_screen_text(self) -> str:
        return self.tr("Exit full screen") if self._full_screen else self.tr("Full screen")

    def _show_full_screen_state(self) -> None:
        button = self.full_screen_button
        button.setText("" if self._compact else self._full_screen_text())
        button.setAccessibleName(self._full_screen_text())
        button.setToolTip(self.tr("Exit full screen (F, F11 or Esc)") if self._full_screen
                          else self.tr("Full screen (F or F11; Esc leaves)"))
        self.updateGeometry()

    # --- Narrow windows: icons only ---------------------------------------------------------
    # On a small screen scaled up (150 % on 1366x768 leaves 910 logical pixels) the row of
    # buttons with their words would take the library's room; below the width it needs, the
    # words go (each button keeps its tooltip and accessible name) and come back with room.

    def minimumSizeHint(self) -> QSize:
        """As narrow as the row of buttons gets without its words."""
        hint = super().minimumSizeHint()
        if not self._compact:
            hint.setWidth(hint.width() - self._words_width())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Drop or bring back the words as the width allows."""
        super().resizeEvent(event)
        wide = super().minimumSizeHint().width() + (self._words_width() if self._compact else 0)
        self._set_compact(self.width() < wide)

    def _play_text(self) -> str:
        return self.tr("Pause") if self._playing else self.tr("Play")

    def _words_width(self) -> int:
        """What the labels and the buttons' words add to the row."""
        metrics = self.play_button.fontMetrics()
        spacing = max(0, self._buttons.spacing())
        labels = sum(label.sizeHint().width() + spacing for label in self._labels)
        play = max(metrics.horizontalAdvance(self.tr("Play")),
                   metrics.horizontalAdvance(self.tr("Pause")))
        full = metrics.horizontalAdvance(self._full_screen_text())
        return labels + play + full + 2 * TEXT_GAP

    def _set_compact(self, compact: bool) -> None:
        if compact == self._compact:
            return
        self._compact = compact
        for label in self._labels:
            label.setVisible(not compact)
        self.play_button.setText("" if compact else self._play_text())
        self.full_screen_button.setText("" if compact else self._full_screen_text())
        self.updateGeometry()

    def _show_time(self, seconds: float) -> None:
        self.time_label.setText(f"{clock(seconds)} / {clock(self._duration)}")

    def _seek_action(self, action: int) -> None:
        if action != QAbstractSlider.SliderAction.SliderNoAction.value:
            self.seek_requested.emit(self.seek_bar.sliderPosition() / 1000)

    def _mute_toggled(self, muted: bool) -> None:
        self._show_icons()
        self.mute_toggled.emit(muted)
