"""The video player with each engine there is: the real demo video, played, paused, sought,
sped up, muted, subtitled; positions saved and restored; watched spans recorded.

libVLC needs a real X window to draw into: under Xvfb the picture itself is checked; offscreen
only that assertion is skipped, never the engine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from c4s_desktop.core.progress.intervals import parse_segments
from c4s_desktop.core.progress.resume import load_position, save_position
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import EXT_SEGMENT
from c4s_desktop.ui import presenting
from c4s_desktop.ui.about_dialog import show_about
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.formatting import format_duration
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.player.controls import PlayerControls, clock
from c4s_desktop.ui.player.video_view import RESUME_NOTE_S, VideoView
from c4s_desktop.ui.player.vlc_engine import libvlc_problem
from c4s_desktop.ui.style import apply_style, palette_for
from tests.ui.conftest import Launch
from tests.ui.test_theme import contrast, ink, themed  # noqa: F401  (the app's styling)

ROOT = Path(__file__).resolve().parents[2]
DEMO_DIR = ROOT / "packs" / "demo"
DEMO_PACK = "eu.cluster4smart.essentials"
VIDEO = "m1-l1-video"
WAIT_MS = 20_000
OFFSCREEN = QGuiApplication.platformName() == "offscreen" or (
    os.environ.get("QT_QPA_PLATFORM") == "offscreen")


@pytest.fixture(params=["vlc", "qt"])
def engine_name(request: pytest.FixtureRequest, qapp: object) -> str:
    """Each engine; libVLC is skipped only when it is really missing here."""
    if request.param == "vlc" and (problem := libvlc_problem()) is not None:
        pytest.skip(f"libVLC is not available: {problem}")
    return str(request.param)


def open_demo_video(launch: Launch, engine_name: str, learner: str | None = "Ana",
                    ) -> tuple[AppController, VideoView]:
    controller = launch(demo_dir=DEMO_DIR, video_backend=engine_name, learner=learner,
                        open_target=(DEMO_PACK, VIDEO))
    window = controller.window
    assert window is not None
    window.resize(1280, 700)
    page = window.item_page
    view = page.video_view
    assert page.stack.currentWidget() is view
    assert view.engine.name == engine_name
    return controller, view


def wait_until(qtbot, condition, timeout: int = WAIT_MS) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(condition, timeout=timeout)


def run_job(qtbot, controller: AppController, job):  # type: ignore[no-untyped-def]
    """Run ``job(store)`` on the store worker and return its result."""
    results: list[object] = []
    with qtbot.waitSignal(controller.worker.idle, timeout=WAIT_MS):
        controller.worker.run(lambda store, _task: job(store), on_done=results.append)
    return results[0]


def experienced_spans(store: Store) -> list[tuple[float, float]]:
    rows = store.db.execute(
        "SELECT body FROM statements WHERE item_id = ? AND verb LIKE '%experienced'", [VIDEO])
    spans: list[tuple[float, float]] = []
    for (body,) in rows.fetchall():
        spans += parse_segments(json.loads(body)["result"]["extensions"][EXT_SEGMENT])
    return spans


def assert_picture_shown(view: VideoView) -> None:
    """The picture really reaches the screen (or the video sink, for Qt)."""
    engine = view.engine
    if engine.name == "qt":
        from PySide6.QtMultimediaWidgets import QVideoWidget

        widget = engine.video_widget()
        assert isinstance(widget, QVideoWidget)
        assert widget.videoSink().videoSize().width() == 854
        return
    if OFFSCREEN:
        return  # no X window for libVLC to draw into: only this assertion is skipped
    assert engine.video_output == (854, 480)  # type: ignore[attr-defined]
    widget = engine.video_widget()
    corner = widget.mapToGlobal(widget.rect().topLeft())
    image = QGuiApplication.primaryScreen().grabWindow(
        0, corner.x(), corner.y(), widget.width(), widget.height()).toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 23)}
    assert len(colours) > 3, "the video area is blank"


def test_poster_play_pause_seek_speed_mute_and_subtitles(qtbot, launch: Launch,
                                                         engine_name: str) -> None:
    _controller, view = open_demo_video(launch, engine_name)
    assert view.screen_stack.currentWidget() is view.poster
    assert view.poster.pixmap() is not None and not view.poster.pixmap().isNull()
    assert view.subtitles.text() == ""  # nothing under the poster
    assert view.controls.subtitles.currentData() == "en"  # the app language
    assert [view.controls.subtitles.itemData(i) for i in range(3)] == ["", "en", "fr"]

    view.play()
    assert view.screen_stack.currentWidget() is view.engine.video_widget()
    wait_until(qtbot, lambda: view.engine.playing and view.engine.position > 1.0)
    assert view.subtitles.text().startswith("Welcome.")
    assert view.controls.play_button.text() == "Pause"
    wait_until(qtbot, lambda: view.engine.duration > 50)
    assert view.controls.time_label.text().endswith("/ 0:53")  # 52.6 s, "53 s" in the lesson
    assert_picture_shown(view)

    view.toggle_play()
    wait_until(qtbot, lambda: not view.engine.playing)
    assert view.controls.play_button.text() == "Play"

    view.seek(20.0)
    wait_until(qtbot, lambda: abs(view.engine.position - 20.0) < 0.6)
    assert view.subtitles.text().startswith("Start from evidence")  # cue 18.573-25.889
    view.controls.subtitles.setCurrentIndex(view.controls.subtitles.findData("fr"))
    assert view.subtitles.text().startswith("Partez")
    view.controls.subtitles.setCurrentIndex(0)
    assert view.subtitles.text() == ""

    view.seek(27.0)  # between two cues' gap? 26.239-30.675 is cue 5: check it moves on
    view.controls.subtitles.setCurrentIndex(view.controls.subtitles.findData("en"))
    wait_until(qtbot, lambda: view.subtitles.text().startswith("Then check the fit"))

    view.controls.speed.setCurrentIndex(view.controls.speed.findData(2.0))
    view.play()
    wait_until(qtbot, lambda: view.engine.playing and abs(view.engine.rate - 2.0) < 1e-6)
    view.controls.mute_button.click()
    wait_until(qtbot, lambda: view.engine.muted is not False)
    if view.engine.muted is None:  # libVLC without a sound device has no volume to read
        assert engine_name == "vlc"
    view.controls.mute_button.click()
    wait_until(qtbot, lambda: view.engine.muted is not True)
    start = view.engine.position
    wait_until(qtbot, lambda: view.engine.position > start + 2.0)
    view.toggle_play()
    wait_until(qtbot, lambda: not view.engine.playing)


@pytest.mark.parametrize(("lang", "chosen"), [("fr", "fr"), ("hu", "en"), ("es", "en")])
def test_subtitles_start_in_the_learners_language_else_the_courses(
        qtbot, launch: Launch, lang: str, chosen: str) -> None:
    controller = launch(demo_dir=DEMO_DIR, video_backend="qt", learner="Ana", lang=lang,
                        open_target=(DEMO_PACK, VIDEO))
    assert controller.window is not None
    view = controller.window.item_page.video_view
    assert view.controls.subtitles.currentData() == chosen
    view.play()
    wait_until(qtbot, lambda: view.engine.position > 1.0 and view.subtitles.text() != "")


def test_the_player_and_the_lesson_round_a_length_alike() -> None:
    assert (clock(52.6), format_duration(52.6)) == ("0:53", "53 s")  # the demo video
    for seconds, shown in ((0.0, "0:00"), (0.4, "0:00"), (12.5, "0:13"), (59.5, "1:00"),
                           (3599.5, "1:00:00"), (-3.0, "0:00")):
        assert clock(seconds) == shown, seconds
    for tenths in range(0, 1300, 7):  # the seconds shown agree at every length
        seconds = tenths / 10
        in_lesson = format_duration(seconds).split()[-2]  # "52 s", "2 min 05 s"
        assert int(clock(seconds).split(":")[-1]) == int(in_lesson), seconds


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_buttons_icons_read_in_each_theme_also_after_a_switch(
        qtbot, themed: QApplication, scheme: str) -> None:  # noqa: F811
    keeper = apply_style(themed, "dark" if scheme == "light" else "light")
    controls = PlayerControls()
    qtbot.addWidget(controls)
    controls.show()
    keeper.set_choice(scheme)  # Settings, with the player open
    button = palette_for(scheme).color(QPalette.ColorRole.Button)
    icons = (controls.play_button, controls.mute_button, controls.full_screen_button)
    for pressed in (False, True):  # Play and sound on; then Pause and muted
        if pressed:
            controls.set_playing(True)
            controls.mute_button.click()
        for widget in icons:  # WCAG's 3:1 for the parts of a control (the mute button's only)
            assert contrast(ink(widget.icon()), button) >= 3, (widget.accessibleName(), pressed)


def test_keyboard_steps_on_the_seek_bar(qtbot, launch: Launch, engine_name: str) -> None:
    _controller, view = open_demo_video(launch, engine_name, learner=None)
    view.play()
    wait_until(qtbot, lambda: view.engine.duration > 50 and view.engine.position > 0.3)
    view.toggle_play()
    wait_until(qtbot, lambda: not view.engine.playing)
    bar = view.controls.seek_bar
    view.seek(10.0)
    wait_until(qtbot, lambda: abs(view.engine.position - 10.0) < 0.6)
    for key, target in ((Qt.Key.Key_Right, 15.0), (Qt.Key.Key_Left, 10.0),
                        (Qt.Key.Key_PageUp, 40.0), (Qt.Key.Key_PageDown, 10.0),
                        (Qt.Key.Key_Home, 0.0)):
        bar.setValue(int(view.engine.position * 1000))
        qtbot.keyClick(bar, key)
        wait_until(qtbot, lambda target=target: abs(view.engine.position - target) < 0.6)
    qtbot.keyClick(bar, Qt.Key.Key_End)
    wait_until(qtbot, lambda: view.engine.position > view.engine.duration - 0.6)
    # On the buttons too, ← and → step through the video instead of moving the focus.
    view.seek(20.0)
    wait_until(qtbot, lambda: abs(view.engine.position - 20.0) < 0.6)
    for button, key, target in ((view.controls.play_button, Qt.Key.Key_Right, 25.0),
                                (view.controls.full_screen_button, Qt.Key.Key_Left, 20.0)):
        button.setFocus()
        qtbot.keyClick(button, key)
        wait_until(qtbot, lambda target=target: abs(view.engine.position - target) < 0.6)


def drafted_spans(store: Store) -> list[tuple[float, float]]:
    rows = store.db.execute("SELECT body FROM drafts WHERE item_id = ?", [VIDEO]).fetchall()
    return [span for (body,) in rows for span in parse_segments(
        json.loads(body)["result"]["extensions"][EXT_SEGMENT])]


def test_the_span_being_watched_is_a_draft_until_it_ends(qtbot, launch: Launch,
                                                         engine_name: str) -> None:
    controller, view = open_demo_video(launch, engine_name)
    view.play()
    wait_until(qtbot, lambda: view.engine.position > 6.0)  # past the first save, at 5 s
    assert run_job(qtbot, controller, experienced_spans) == []
    drafted = run_job(qtbot, controller, drafted_spans)
    assert len(drafted) == 1 and drafted[0][0] < 1.0 and drafted[0][1] > 3.0
    view.toggle_play()  # the span ends: recorded, and its draft gone
    wait_until(qtbot, lambda: not view.engine.playing)
    spans = run_job(qtbot, controller, experienced_spans)
    assert len(spans) == 1 and spans[0][1] > 6.0
    assert run_job(qtbot, controller, drafted_spans) == []


def test_the_position_is_saved_restored_and_spans_recorded(qtbot, launch: Launch,
                                                            engine_name: str) -> None:
    controller, view = open_demo_video(launch, engine_name)
    window = controller.window
    assert window is not None
    view.play()
    wait_until(qtbot, lambda: view.engine.position > 2.5)
    view.seek(30.0)  # skipping ahead: 3-30 s is not watched
    wait_until(qtbot, lambda: view.engine.position > 32.0)
    window.back_to_lesson()  # leaving the page closes the video
    assert not view.engine.playing and view.place is None
    learner = controller.session.learner
    assert learner is not None

    saved = run_job(qtbot, controller,
                    lambda store: load_position(store, learner.id, DEMO_PACK, VIDEO))
    assert 32.0 < saved < 40.0
    spans = run_job(qtbot, controller, experienced_spans)
    assert spans[0][0] < 1.0 and 2.0 < spans[0][1] < 4.5
    assert all(end <= 3.5 or start >= 29.5 for start, end in spans)
    assert any(start >= 29.5 and end > 31.5 for start, end in spans)

    assert window.open_item(DEMO_PACK, VIDEO)
    wait_until(qtbot, lambda: view.notice.text().startswith("Resuming at 0:3"))
    view.play()
    wait_until(qtbot, lambda: view.engine.position >= saved and view.engine.playing)
    wait_until(qtbot, lambda: view.notice.text() == "")  # once it plays on past the note
    assert view.engine.position >= saved + RESUME_NOTE_S - 1.0
    view.toggle_play()
    wait_until(qtbot, lambda: not view.engine.playing)


@contextmanager
def busy_worker(controller: AppController) -> Iterator[None]:
    """The store worker busy for the block (a sync, an install, a long save)."""
    gate = threading.Event()
    controller.worker.run(lambda _store, _task: gate.wait(WAIT_MS / 1000))
    try:
        yield
    finally:
        gate.set()


def saved_at(qtbot, launch: Launch, engine_name: str,  # type: ignore[no-untyped-def]
             seconds: float) -> tuple[AppController, MainWindow, str]:
    """The app started for Ana, the demo video saved at ``seconds`` for her; her id."""
    controller = launch(demo_dir=DEMO_DIR, video_backend=engine_name, learner="Ana")
    window, learner = controller.window, controller.session.learner
    assert window is not None and learner is not None
    run_job(qtbot, controller,
            lambda store: save_position(store, learner.id, DEMO_PACK, VIDEO, seconds))
    return controller, window, learner.id


def test_play_pressed_before_the_saved_position_is_read_starts_there(qtbot, launch: Launch,
                                                                      engine_name: str) -> None:
    controller, window, _ana = saved_at(qtbot, launch, engine_name, 20.0)
    with busy_worker(controller):
        assert window.open_item(DEMO_PACK, VIDEO)
        view = window.item_page.video_view
        view.play()  # at once, while the position is still being read
        qtbot.wait(300)
        assert not view.engine.playing
    wait_until(qtbot, lambda: view.engine.playing and view.engine.position >= 20.0)
    assert view.notice.text().startswith("Resuming at 0:20")


def test_leaving_before_the_saved_position_is_read_keeps_it(qtbot, launch: Launch,
                                                            engine_name: str) -> None:
    controller, window, ana = saved_at(qtbot, launch, engine_name, 30.0)
    with busy_worker(controller):
        assert window.open_item(DEMO_PACK, VIDEO)
        window.back_to_lesson()  # the learner goes on before the position is read
    saved = run_job(qtbot, controller, lambda store: load_position(store, ana, DEMO_PACK, VIDEO))
    assert saved == 30.0  # not the 0:00 the unread video stood at
    # A place the learner chose before the read came is theirs, and saved.
    with busy_worker(controller):
        assert window.open_item(DEMO_PACK, VIDEO)
        view = window.item_page.video_view
        view.seek(12.0)
        wait_until(qtbot, lambda: abs(view.engine.position - 12.0) < 1)
        window.back_to_lesson()
    saved = run_job(qtbot, controller, lambda store: load_position(store, ana, DEMO_PACK, VIDEO))
    assert saved is not None and abs(saved - 12.0) < 1


def test_a_click_on_the_seek_bar_or_the_volume_goes_to_the_point_clicked(
        qtbot, launch: Launch) -> None:
    controller, view = open_demo_video(launch, "qt", learner=None)
    assert controller.window is not None
    controller.window.show()
    qtbot.waitExposed(controller.window)
    duration = view.place.item.duration_s if view.place else 0
    bar, volume = view.controls.seek_bar, view.controls.volume
    for start, share in ((0.0, 0.2), (0.0, 0.9), (40.0, 0.1)):
        view.seek(start)
        wait_until(qtbot, lambda start=start: abs(view.engine.position - start) < 1)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                         pos=QPoint(round(bar.width() * share), bar.height() // 2))
        # Not a page step (30 s) towards the point: the point itself, a handle's width aside.
        wait_until(qtbot, lambda share=share: abs(view.engine.position - share * duration) < 3)
    qtbot.mouseClick(volume, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(volume.width() * 0.25), volume.height() // 2))
    assert abs(volume.value() - 25) <= 10


def test_the_video_shows_when_it_has_the_keyboard(qtbot, launch: Launch,
                                                  themed: QApplication) -> None:  # noqa: F811
    apply_style(themed, "light")  # the app's style sheets, focus.qss among them
    controller, view = open_demo_video(launch, "qt", learner=None)
    window = controller.window
    assert window is not None
    window.show()
    window.activateWindow()
    screen = view.screen_stack
    highlight = view.palette().color(QPalette.ColorRole.Highlight).rgb()

    def outlined() -> bool:
        image = screen.grab().toImage()
        return image.pixel(0, image.height() // 2) == highlight

    view.controls.play_button.setFocus()
    wait_until(qtbot, view.controls.play_button.hasFocus)
    assert not outlined()
    view.setFocus()  # as when a video opens: Space plays it
    wait_until(qtbot, view.hasFocus)
    assert outlined()
    view.toggle_full_screen()  # the keyboard has nowhere else to be: no frame on the picture
    assert not outlined()
    view.leave_full_screen()
    assert outlined()


def test_the_subtitles_chosen_stay_chosen_for_the_next_video(qtbot, launch: Launch) -> None:
    controller, view = open_demo_video(launch, "qt", learner=None)
    window = controller.window
    assert window is not None
    subtitles = view.controls.subtitles
    assert subtitles.currentData() == "en"  # the app's language
    subtitles.setCurrentIndex(subtitles.findData(""))  # the learner turns them off
    assert window.open_item(DEMO_PACK, "m1-l2-video")
    assert subtitles.currentData() == "" and view.subtitles.text() == ""
    subtitles.setCurrentIndex(subtitles.findData("fr"))
    assert window.open_item(DEMO_PACK, VIDEO)
    assert subtitles.currentData() == "fr"


def test_a_start_position_wins_over_the_saved_one(qtbot, launch: Launch,
                                                  engine_name: str) -> None:
    controller, view = open_demo_video(launch, engine_name)
    assert controller.window is not None
    controller.window.open_item(DEMO_PACK, VIDEO, 44.0)
    view.play()
    wait_until(qtbot, lambda: view.engine.playing and view.engine.position > 44.5)
    assert view.subtitles.text().startswith("Write the strategy")
    assert view.notice.text() == ""
    # A search hit in the French subtitles opens the video with them.
    controller.window.open_item(DEMO_PACK, VIDEO, 44.0, "fr")
    assert view.controls.subtitles.currentData() == "fr"
    view.play()
    wait_until(qtbot, lambda: view.engine.playing and view.engine.position > 44.5)
    assert view.subtitles.text() and not view.subtitles.text().startswith("Write the strategy")


def test_full_screen_hides_the_rest_and_esc_leaves(qtbot, launch: Launch,
                                                   engine_name: str) -> None:
    controller, view = open_demo_video(launch, engine_name, learner=None)
    window = controller.window
    assert window is not None
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert window.isFullScreen() or OFFSCREEN
    assert not window.tree.isVisible() and not window.menuBar().isVisible()
    assert not window.item_page.back_button.isVisible()
    assert view.controls.isVisible()
    button = view.controls.full_screen_button
    # The button offers the way back, in words (when there is room for them) and to a reader.
    assert button.accessibleName() == "Exit full screen"
    assert button.text() in ("Exit full screen", "") and "Esc" in button.toolTip()
    qtbot.keyClick(view, Qt.Key.Key_F9)  # the hidden menu's shortcuts stay asleep
    assert window.library_action.isChecked() and not window.tree.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.tree.isVisible() and window.menuBar().isVisible()
    assert not window.isFullScreen()
    assert button.accessibleName() == "Full screen"
    view.controls.full_screen_button.click()
    assert not window.tree.isVisible()
    view.toggle_full_screen()
    assert window.tree.isVisible()
    assert window.pages.currentWidget() is window.item_page
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # out of full screen, Esc goes back to the lesson
    assert window.pages.currentWidget() is window.lesson_page


def test_a_video_full_screen_in_a_presentation_gives_the_screen_back_to_it(
        qtbot, launch: Launch, engine_name: str) -> None:
    controller, view = open_demo_video(launch, engine_name, learner=None)
    window = controller.window
    assert window is not None
    page = window.item_page
    window.present_action.trigger()  # View → Present
    assert not window.menuBar().isVisible() and page.back_button.isVisible()
    hint = window.findChild(QLabel, "presenting-hint")
    assert hint is not None and hint.isVisible()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert not page.back_button.isVisible() and view.controls.isVisible()
    hint.hide()  # as its timer does, a few seconds in
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # leaves the video's full screen, not the rest
    assert page.back_button.isVisible() and window.present_action.isChecked()
    assert not hint.isVisible()  # not brought back with what the video's full screen hid
    assert window.isFullScreen() or OFFSCREEN
    assert not window.menuBar().isVisible() and not window.tree.isVisible()

    qtbot.keyClick(view, Qt.Key.Key_F11)
    window.present_action.trigger()  # ending the presentation ends both
    assert not view.full_screen.active and not window.isFullScreen()
    assert window.menuBar().isVisible() and window.tree.isVisible()
    assert page.back_button.isVisible()

    window.present_action.trigger()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # a remote's next: the lesson's next item
    place = window.opened_item
    assert place is not None and place.item.id == "m1-l1-text"


@pytest.mark.skipif(OFFSCREEN, reason="moves the display's own pointer")
def test_a_still_pointer_hides_over_a_playing_video_and_a_real_move_shows_it(
        qtbot, launch: Launch, engine_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # libVLC draws in a native window of its own, over which the display's real pointer moves
    # (QCursor.setPos), not Qt's synthetic events: those moves must still reach the app.
    monkeypatch.setattr(presenting, "POINTER_IDLE_MS", 250)
    controller, view = open_demo_video(launch, engine_name, learner=None)
    assert controller.window is not None
    controller.window.present_action.trigger()
    view.play()
    wait_until(qtbot, lambda: view.engine.playing and view.engine.position > 0.5)
    surface = view.engine.video_widget()
    assert view.screen_stack.currentWidget() is surface

    def pointer() -> Qt.CursorShape | None:
        cursor = QApplication.overrideCursor()
        return cursor.shape() if cursor is not None else None

    centre = surface.mapToGlobal(surface.rect().center())
    for point in (centre, centre + QPoint(9, 9)):  # the second differs from where it was
        wait_until(qtbot, lambda: pointer() == Qt.CursorShape.BlankCursor)
        QCursor.setPos(point if QCursor.pos() != point else point - QPoint(9, 9))
        wait_until(qtbot, lambda: pointer() is None)


def test_about_names_the_engine_in_use(qtbot, launch: Launch, engine_name: str) -> None:
    controller, view = open_demo_video(launch, engine_name, learner=None)
    assert controller.window is not None
    dialog = show_about(controller.window, controller.window.item_page.video_engine())
    qtbot.addWidget(dialog)
    expected = "libVLC 3." if engine_name == "vlc" else "Qt Multimedia"
    assert dialog.engine.text().startswith(f"Video engine: {expected}")
    assert view.engine.label.startswith(expected)
    dialog.close()


CHOOSE = textwrap.dedent("""
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from c4s_desktop.ui.player.choose import choose_engine
    engine, note = choose_engine("vlc")
    print(engine.name)
    print(note)
""")


@pytest.mark.parametrize("variable", ["PYTHON_VLC_LIB_PATH", "PYTHON_VLC_MODULE_PATH"])
def test_a_forced_but_broken_libvlc_falls_back_to_qt_with_a_note(tmp_path: Path,
                                                                  variable: str) -> None:
    not_a_library = tmp_path / "libvlc.so.5"
    not_a_library.write_bytes(b"this is no shared library")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           variable: str(not_a_library if variable == "PYTHON_VLC_LIB_PATH"
                         else tmp_path / "no-plugins-here")}
    done = subprocess.run([sys.executable, "-c", CHOOSE], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    name, note = done.stdout.strip().splitlines()[:2]
    assert name == "qt"
    assert "VLC" in note and "Qt Multimedia instead" in note
