"""End to end, with the real app in its own process on the test display (Xvfb): a new learner
opens the demo video, plays it for two seconds and quits; started again, the app goes on from
there. Keys are typed through the X server, results are read from the app's SQLite store.

Runs with each video engine there is; skipped only when there is no display at all.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from c4s_desktop.core.progress.intervals import parse_segments
from c4s_desktop.core.xapi.vocabulary import EXT_SEGMENT, VERBS

ROOT = Path(__file__).resolve().parents[2]
DEMO_PACK = "eu.cluster4smart.essentials"
VIDEO = "m1-l1-video"
WATCH_S = 2.0
STEP_S = 2.0  # a span shorter than a second is not a learning record
WAIT_S = 60.0
T = TypeVar("T")

pytestmark = pytest.mark.skipif(not os.environ.get("DISPLAY"),
                                reason="needs an X display (run under xvfb-run, as ./dev.sh does)")


def engines() -> list[str]:
    found = ["qt"]
    probe = subprocess.run([sys.executable, "-c", "import vlc; vlc.Instance().release()"],
                           capture_output=True, timeout=60, check=False)
    return (["vlc"] if probe.returncode == 0 else []) + found


def poll(what: str, probe: Callable[[], T | None], app: subprocess.Popen[bytes],
         timeout: float) -> T | None:
    """Poll ``probe`` until it returns something (None when time ran out); fail when the app
    died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value is not None:
            return value
        if app.poll() is not None:
            pytest.fail(f"the app ended (code {app.returncode}) before {what}")
        time.sleep(0.1)
    return None


def wait_for(what: str, probe: Callable[[], T | None], app: subprocess.Popen[bytes],
             timeout: float = WAIT_S) -> T:
    """Poll ``probe`` until it returns something; fail when the app died or time ran out."""
    value = poll(what, probe, app, timeout)
    if value is None:
        pytest.fail(f"timed out waiting for {what}")
    return value


def watch_until(what: str, probe: Callable[[], T | None], app: subprocess.Popen[bytes],
                keyboard) -> T:  # type: ignore[no-untyped-def]
    """Play (Space), watch for a moment, pause (Space) until ``probe`` sees the result in the
    store. On a busy machine a player may start late: then the learner just plays on."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        keyboard.press("space")
        time.sleep(STEP_S)  # the learner watches for a moment
        keyboard.press("space")
        value = poll(what, probe, app, timeout=4 * STEP_S)
        if value is not None:
            return value
    pytest.fail(f"timed out waiting for {what}")


class AppData:
    """Read-only looks into the app's store while it runs (WAL lets readers in)."""

    def __init__(self, root: Path) -> None:
        self.path = root / "c4s.sqlite"

    def _rows(self, sql: str, params: list[object]) -> list[tuple[object, ...]]:
        if not self.path.exists():
            return []
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError:  # the schema is still being made
            return []
        finally:
            conn.close()

    def opened(self) -> bool | None:
        rows = self._rows("SELECT 1 FROM statements WHERE item_id = ? AND verb = ?",
                          [VIDEO, VERBS["launched"]])
        return True if rows else None

    def position(self) -> float | None:
        rows = self._rows("SELECT position FROM resume_points WHERE item_id = ?", [VIDEO])
        return float(rows[0][0]) if rows else None  # type: ignore[arg-type]

    def spans(self) -> list[tuple[float, float]]:
        rows = self._rows("SELECT body FROM statements WHERE item_id = ? AND verb = ? "
                          "ORDER BY timestamp", [VIDEO, VERBS["experienced"]])
        spans: list[tuple[float, float]] = []
        for (body,) in rows:
            segments = json.loads(str(body))["result"]["extensions"][EXT_SEGMENT]
            spans += parse_segments(segments)
        return spans


@pytest.fixture
def keyboard() -> Iterator[object]:
    from tests.e2e.xinput import XKeyboard

    board = XKeyboard()
    yield board
    board.close()


def start_app(data: Path, engine: str, log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--lang", "en",
               "--learner", "Ana", "--video-backend", engine,
               "--open", f"{DEMO_PACK}/{VIDEO}"]
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "C4S_DATA_DIR": str(data)}
    with log.open("ab") as out:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)


def quit_app(app: subprocess.Popen[bytes], keyboard, log: Path) -> None:  # type: ignore[no-untyped-def]
    keyboard.press("q", "Control_L")
    try:
        code = app.wait(timeout=WAIT_S)
    except subprocess.TimeoutExpired:
        app.kill()
        pytest.fail("the app did not quit on Ctrl+Q:\n" + log.read_text(errors="replace"))
    assert code == 0, log.read_text(errors="replace")


@pytest.mark.parametrize("engine", engines())
def test_the_video_goes_on_where_the_learner_quit(tmp_path: Path, keyboard, engine: str,
                                                  ) -> None:  # type: ignore[no-untyped-def]
    data, log = tmp_path / "data", tmp_path / "app.log"
    store = AppData(data)

    first = start_app(data, engine, log)
    try:
        wait_for("the demo course installed and the video opened", store.opened, first,
                 timeout=120)
        wait_for("the window", lambda: True if keyboard.focus("C4S Desktop") else None, first)
        watch_until("two seconds watched and the position saved on pause",
                    lambda: p if (p := store.position()) is not None and p >= WATCH_S else None,
                    first, keyboard)
        quit_app(first, keyboard, log)
    finally:
        if first.poll() is None:
            first.kill()
    saved = store.position()
    assert saved is not None and WATCH_S <= saved < 20
    spans_before = len(store.spans())
    # Watching began at the start. On a busy machine the player may start late and the first
    # play be too short to keep (under a second); watch_until then plays on from where it
    # paused, so the first span kept begins within the seconds the learner meant to watch.
    assert spans_before >= 1 and store.spans()[0][0] < WATCH_S

    second = start_app(data, engine, log)
    try:
        wait_for("the video opened again",
                 lambda: True if len(store._rows(
                     "SELECT 1 FROM statements WHERE item_id = ? AND verb = ?",
                     [VIDEO, VERBS["launched"]])) >= 2 else None, second)
        wait_for("the window", lambda: True if keyboard.focus("C4S Desktop") else None, second)
        watch_until("the span watched after the restart",
                    lambda: True if len(store.spans()) > spans_before else None, second, keyboard)
        quit_app(second, keyboard, log)
    finally:
        if second.poll() is None:
            second.kill()
    resumed = store.spans()[spans_before]
    assert abs(resumed[0] - saved) < 1.0, (saved, resumed)  # it went on, not from the start
