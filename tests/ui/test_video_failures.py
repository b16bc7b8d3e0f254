"""Videos that cannot be played, in a signed and trusted pack, with each engine there is: the
player stops, records nothing of them as watched, keeps the resume point, keeps the poster and
says what the learner can do; subtitles whose file is missing or damaged say so too.

The videos are the demo video with a codec name changed (a codec this computer lacks, as a
video made with a newer tool than the engines know would be) or with its bytes damaged in the
data folder, as a failing disk or a bad copy of the folder would do.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.progress.intervals import Interval, parse_segments
from c4s_desktop.core.progress.resume import load_position, save_position
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import EXT_SEGMENT
from c4s_desktop.ui import main_window
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.player import video_view
from c4s_desktop.ui.player.video_view import VideoView
from tests import packkit
from tests.ui.conftest import Launch
from tests.ui.test_video_player import (  # noqa: F401  (engine_name: each engine)
    DEMO_DIR,
    WAIT_MS,
    engine_name,
    run_job,
    wait_until,
)

PACK = "org.example.videos"
DEMO_VIDEO = DEMO_DIR / "src" / "m1" / "l1" / "video.mp4"
NO_VIDEO_CODEC = "l1-video"  # its picture's codec is unknown; its sound plays
NO_CODEC = "l2-video"  # neither its picture's nor its sound's codec is known
WHOLE = "l3-video"  # the demo video as it is
UNPLAYABLE = ("This video cannot be played: its file is not in a format this computer can "
              "play; tell whoever gave you the course.")
DAMAGED = ("This video cannot be played: its file is damaged on this computer; add its course "
           "again (File → Add packs…) to repair it.")
SUBTITLES_UNREADABLE = ("The subtitles in English cannot be shown: their file is missing or "
                        "damaged; add its course again (File → Add packs…) to repair it.")
RESUME_AT = 20.0


@pytest.fixture
def videos_dir(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    """A folder holding one signed pack of three videos (see the constants above)."""
    manifest = packkit.source_manifest(pack_id=PACK, lessons=3)
    for lesson in manifest["modules"][0]["lessons"]:
        lesson["items"][0]["duration_s"] = 52.6
    src = packkit.write_source(tmp_path / "videos-src", manifest, lessons=3)
    demo = DEMO_VIDEO.read_bytes()
    assert demo.count(b"avc1") >= 1 and demo.count(b"mp4a") >= 1
    (src / "l1" / "video.mp4").write_bytes(demo.replace(b"avc1", b"zzzz"))
    (src / "l2" / "video.mp4").write_bytes(demo.replace(b"avc1", b"zzzz").replace(b"mp4a",
                                                                                   b"qqqq"))
    (src / "l3" / "video.mp4").write_bytes(demo)
    out = tmp_path / "videos"
    out.mkdir()
    packkit.build(src, out / f"{PACK}.c4spack", key)
    return out


def start(launch: Launch, videos_dir: Path, engine: str) -> tuple[AppController,
                                                                  main_window.MainWindow]:
    controller = launch(demo_dir=videos_dir, video_backend=engine, learner="Ana")
    window = controller.window
    assert window is not None
    window.resize(1280, 700)
    return controller, window


def blob(app_dir: Path, window: main_window.MainWindow, pack_path: str) -> Path:
    pack = next(pack for pack in window.packs if pack.id == PACK)
    path = DataDir(app_dir).blob_path(pack.manifest.files[pack_path].sha256)
    path.chmod(0o644)
    return path


def open_video(window: main_window.MainWindow, item_id: str, engine: str) -> VideoView:
    assert window.open_item(PACK, item_id)
    view = window.item_page.video_view
    assert window.item_page.stack.currentWidget() is view
    assert view.engine.name == engine
    return view


def recorded(store: Store, item_id: str) -> tuple[list[Interval], list[Interval]]:
    """The spans of ``item_id`` recorded as watched, and those kept as drafts."""
    found: tuple[list[Interval], list[Interval]] = ([], [])
    queries = ("SELECT body FROM statements WHERE item_id = ? AND verb LIKE '%experienced'",
               "SELECT body FROM drafts WHERE item_id = ?")
    for spans, query in zip(found, queries, strict=True):
        for (body,) in store.db.execute(query, [item_id]).fetchall():
            spans += parse_segments(json.loads(body)["result"]["extensions"][EXT_SEGMENT])
    return found


def stays_failed(qtbot: QtBot, view: VideoView) -> None:
    """The player shows the poster and Play, and Play leaves it so."""
    assert not view.engine.playing
    assert view.controls.play_button.accessibleName() == "Play"
    assert view.screen_stack.currentWidget() is view.poster
    view.play()  # the Qt engine showed a black area in place of the poster, and played on
    qtbot.wait(500)  # what playing would have shown meanwhile
    assert view.screen_stack.currentWidget() is view.poster
    assert not view.engine.playing


@pytest.mark.parametrize("item_id", [NO_VIDEO_CODEC, NO_CODEC])
def test_a_video_in_a_format_no_engine_here_plays_stops_and_counts_for_nothing(
        qtbot: QtBot, launch: Launch, videos_dir: Path, item_id: str,
        caplog: pytest.LogCaptureFixture, engine_name: str) -> None:  # noqa: F811
    controller, window = start(launch, videos_dir, engine_name)
    learner = controller.session.learner
    assert learner is not None
    run_job(qtbot, controller,
            lambda store: save_position(store, learner.id, PACK, item_id, RESUME_AT))
    view = open_video(window, item_id, engine_name)
    wait_until(qtbot, lambda: view.notice.text().startswith("Resuming at 0:20"))
    with caplog.at_level(logging.WARNING, logger="c4s.video"):
        view.play()
        # libVLC showed a black area with the clock running (no codec for the picture), or
        # jumped to the end (none for either): no message at all.
        wait_until(qtbot, lambda: view.notice.text() == UNPLAYABLE)
    engine_words = "libVLC:" if engine_name == "vlc" else "Qt Multimedia:"
    assert f"{PACK}/l{item_id[1]}/video.mp4 cannot be played: {engine_words}" in caplog.text
    stays_failed(qtbot, view)

    window.back_to_lesson()  # closing saves the position
    assert view.place is None
    assert run_job(qtbot, controller, lambda store: recorded(store, item_id)) == ([], [])
    saved = run_job(qtbot, controller,
                    lambda store: load_position(store, learner.id, PACK, item_id))
    assert RESUME_AT <= saved < RESUME_AT + 2.0  # not moved to the end (52.6), nor to 0


def test_a_video_damaged_on_this_computer_says_to_add_its_course_again(
        qtbot: QtBot, app_dir: Path, launch: Launch, videos_dir: Path,
        engine_name: str) -> None:  # noqa: F811
    _controller, window = start(launch, videos_dir, engine_name)
    path = blob(app_dir, window, "l3/video.mp4")
    data = path.read_bytes()
    path.write_bytes(bytes(64 * 1024) + data[64 * 1024:])  # its size kept
    view = open_video(window, WHOLE, engine_name)  # a check by size lets it open
    view.play()
    wait_until(qtbot, lambda: view.notice.text() == DAMAGED)
    stays_failed(qtbot, view)


def test_a_failure_while_playing_drops_the_span_being_watched_and_its_draft(
        qtbot: QtBot, launch: Launch, videos_dir: Path, monkeypatch: pytest.MonkeyPatch,
        engine_name: str) -> None:  # noqa: F811
    monkeypatch.setattr(video_view, "SAVE_EVERY_S", 0.5)  # a draft soon
    controller, window = start(launch, videos_dir, engine_name)
    view = open_video(window, WHOLE, engine_name)
    view.play()
    wait_until(qtbot, lambda: view.engine.playing and view.engine.position > 2.5)
    wait_until(qtbot, lambda: run_job(qtbot, controller,
                                      lambda store: recorded(store, WHOLE))[1] != [])
    # What an engine says when the file turns out bad part-way (the demo video is whole, so
    # the check that follows says its format is at fault; here only the span matters).
    view.engine.failed.emit("a test: the file went bad while playing")
    position = view.engine.position
    wait_until(qtbot, lambda: view.engine.position > position + 1.0 or not view.engine.playing)
    window.back_to_lesson()
    assert run_job(qtbot, controller, lambda store: recorded(store, WHOLE)) == ([], [])


@pytest.mark.parametrize("damage", ["missing", "damaged"])
def test_subtitles_that_cannot_be_read_say_so_and_what_to_do(
        qtbot: QtBot, app_dir: Path, launch: Launch, videos_dir: Path, damage: str) -> None:
    _controller, window = start(launch, videos_dir, "qt")
    path = blob(app_dir, window, "l3/video.en.vtt")
    if damage == "missing":
        path.unlink()
    else:
        data = path.read_bytes()
        path.write_bytes(b"\0" * 16 + data[16:])
    view = open_video(window, WHOLE, "qt")
    assert view.controls.subtitles.currentData() == "en"
    notice = view.subtitles_notice
    assert notice.text() == SUBTITLES_UNREADABLE and notice.isVisibleTo(view)
    view.controls.subtitles.setCurrentIndex(0)  # Off: nothing to say
    assert notice.text() == "" and not notice.isVisibleTo(view)
    view.controls.subtitles.setCurrentIndex(view.controls.subtitles.findData("en"))
    assert notice.text() == SUBTITLES_UNREADABLE
    view.play()  # the video itself plays
    wait_until(qtbot, lambda: view.engine.playing and view.engine.position > 0.5)
    assert notice.text() == SUBTITLES_UNREADABLE
    view.toggle_play()
    wait_until(qtbot, lambda: not view.engine.playing, WAIT_MS)


def test_readable_subtitles_say_nothing(launch: Launch, videos_dir: Path) -> None:
    _controller, window = start(launch, videos_dir, "qt")
    view = open_video(window, WHOLE, "qt")
    assert view.subtitles_notice.text() == "" and not view.subtitles_notice.isVisibleTo(view)
