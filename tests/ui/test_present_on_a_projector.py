"""View → Present with a projector beside the laptop's screen: the presentation goes to the
projector and the window comes back to its place after. Run in a process of its own whose
offscreen platform has two screens (Qt's offscreen plugin takes them from a file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from c4s_desktop.ui.presenting import audience_screen

REPO = Path(__file__).resolve().parents[2]
LAPTOP = {"name": "LAPTOP", "x": 0, "y": 0, "width": 1366, "height": 768}
PROJECTOR = {"name": "PROJECTOR", "x": 1366, "y": 0, "width": 1024, "height": 768}

PRESENT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.launch import LaunchOptions

app = QApplication(sys.argv[:1])
data, demo, start_on, maximized = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
controller = AppController(LaunchOptions(data_dir=data, lang="en", demo_dir=demo, learner="Ana"))
seen = {}

def state():
    window = controller.window
    return {"screen": window.screen().name(), "geometry": list(window.geometry().getRect()),
            "full_screen": window.isFullScreen(), "maximized": window.isMaximized(),
            "library": window.tree.isVisible()}

def later(step):
    QTimer.singleShot(200, step)

def ready():
    window = controller.window
    screen = next(s for s in app.screens() if s.name() == start_on)
    window.windowHandle().setScreen(screen)
    window.setGeometry(screen.availableGeometry().adjusted(30, 40, -60, -50))
    if maximized == "maximized":
        window.showMaximized()
    later(present)

def present():
    seen["before"] = state()
    controller.window.present_action.trigger()
    later(presented)

def presented():
    seen["presenting"] = state()
    controller.window.present_action.trigger()
    later(left)

def left():
    seen["after"] = state()
    print("SEEN " + json.dumps(seen))
    controller.shutdown()
    app.quit()

controller.ready.connect(ready)
controller.start()
app.exec()
"""


def present(tmp_path: Path, app_dir: Path, demo_dir: Path, start_on: str,
            maximized: bool = False) -> dict[str, dict]:
    """Start the app on ``start_on`` of the two screens, present, end; what each step saw."""
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [LAPTOP, PROJECTOR]}), "utf-8")
    done = subprocess.run(
        [sys.executable, "-c", PRESENT, str(app_dir), str(demo_dir), start_on,
         "maximized" if maximized else "normal"],
        capture_output=True, text=True, timeout=120, cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO),
             "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"},
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("SEEN ")]
    assert done.returncode == 0 and lines, done.stderr
    seen: dict[str, dict] = json.loads(lines[0].removeprefix("SEEN "))
    return seen


def rect(screen: dict[str, object]) -> list[object]:
    return [screen["x"], screen["y"], screen["width"], screen["height"]]


@pytest.mark.parametrize("maximized", [False, True], ids=["normal", "maximized"])
def test_the_presentation_goes_to_the_projector_and_comes_back(tmp_path: Path, app_dir: Path,
                                                               demo_dir: Path,
                                                               maximized: bool) -> None:
    seen = present(tmp_path, app_dir, demo_dir, "LAPTOP", maximized)
    before = seen["before"]
    assert before["screen"] == "LAPTOP" and before["library"]
    assert before["maximized"] == maximized
    presenting = seen["presenting"]
    assert presenting["screen"] == "PROJECTOR" and presenting["full_screen"]
    assert presenting["geometry"] == rect(PROJECTOR) and not presenting["library"]
    assert seen["after"] == seen["before"]  # the same screen, place and size, not full screen


def test_a_window_already_on_the_projector_presents_there(tmp_path: Path, app_dir: Path,
                                                          demo_dir: Path) -> None:
    seen = present(tmp_path, app_dir, demo_dir, "PROJECTOR")
    presenting = seen["presenting"]
    assert presenting["screen"] == "PROJECTOR" and presenting["geometry"] == rect(PROJECTOR)
    assert seen["after"] == seen["before"]


@pytest.mark.parametrize(("window", "screens", "primary", "chosen"), [
    ("laptop", ["laptop", "projector"], "laptop", "projector"),
    ("laptop", ["projector", "laptop"], "laptop", "projector"),
    ("projector", ["laptop", "projector"], "laptop", "projector"),  # put there by the trainer
    ("laptop", ["laptop"], "laptop", "laptop"),  # one screen (or two mirrored: one to Qt)
    ("second", ["laptop", "second", "third"], "laptop", "second"),
])
def test_which_screen_the_audience_sees(window: str, screens: list[str], primary: str,
                                        chosen: str) -> None:
    assert audience_screen(window, screens, primary) == chosen
