"""Drive the real app: Ana plays the demo video, and a few seconds in Bob is picked in the
learner switcher. Prints ``WATCHED <position>`` as Bob is picked, then ``SWITCHED`` the moment
Bob is signed in, and kills itself with SIGKILL there: a power cut before any part of the app
has acted on the change (the driver listens to it first), so only what was stored ahead of the
sign-in survives.
Run as ``python -m tests.reliability.video_switch_driver DATA_DIR`` (offscreen, the Qt engine).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from c4s_desktop.core.learners import Learner
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.launch import LaunchOptions

PACK = "eu.cluster4smart.essentials"
VIDEO = "m1-l1-video"
WATCH_S = 3.5


class Driver:
    """Plays, waits for :data:`WATCH_S` seconds of video, then picks Bob."""

    def __init__(self, controller: AppController) -> None:
        self.controller = controller

    def begin(self) -> None:
        window = self.controller.window
        assert window is not None
        window.open_item(PACK, VIDEO)
        view = window.item_page.video_view
        view.engine.position_changed.connect(self._position)
        view.play()

    def _position(self, seconds: float) -> None:
        window, progress = self.controller.window, self.controller.progress
        assert window is not None and progress is not None
        view = window.item_page.video_view
        if seconds < WATCH_S or not view.engine.playing:
            return
        view.engine.position_changed.disconnect(self._position)
        print(f"WATCHED {seconds:.3f}", flush=True)
        bob = next(action for action in progress.switcher.menu().actions()
                   if action.text() == "Bob")
        bob.trigger()

    def signed_in(self, learner: Learner | None) -> None:
        """Bob is in: cut the power."""
        if learner is not None and learner.name == "Bob":
            print("SWITCHED", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)


def main() -> int:
    data_dir = Path(sys.argv[1])
    app = QApplication([sys.argv[0]])
    options = LaunchOptions(data_dir=data_dir, lang="en", demo_dir=data_dir / "no-demo",
                            learner="Ana", video_backend="qt")
    controller = AppController(options)
    driver = Driver(controller)
    # Before the app's own listeners, which connect as the controller starts.
    controller.session.learner_changed.connect(driver.signed_in)
    controller.ready.connect(driver.begin)
    controller.finished.connect(app.exit)
    QTimer.singleShot(0, controller.start)
    code = app.exec()
    controller.shutdown()
    return code


if __name__ == "__main__":
    sys.exit(main())
