"""Drive the real app: Ana plays the demo video, and once it is :data:`WATCH_S` seconds in and
the store worker has run every job queued so far (the position saves with the span being
watched as a draft), the power is cut (SIGKILL): before any span is recorded as a statement.
Prints ``WATCHED <position>`` then ``KEPT`` just before the cut.
Run as ``python -m tests.reliability.video_play_driver DATA_DIR`` (offscreen, the Qt engine).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.launch import LaunchOptions
from tests.reliability.app_run import run_until_closed

PACK = "eu.cluster4smart.essentials"
VIDEO = "m1-l1-video"
WATCH_S = 7.0
"""Past the first position save (every 5 s), well before a span is recorded (every 60 s)."""


def main() -> int:
    data_dir = Path(sys.argv[1])
    app = QApplication([sys.argv[0]])
    options = LaunchOptions(data_dir=data_dir, lang="en", demo_dir=data_dir / "no-demo",
                            learner="Ana", video_backend="qt")
    controller = AppController(options)

    def cut(_result: object) -> None:
        print("KEPT", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    def position(seconds: float) -> None:
        window = controller.window
        assert window is not None
        view = window.item_page.video_view
        if seconds < WATCH_S or not view.engine.playing:
            return
        view.engine.position_changed.disconnect(position)
        print(f"WATCHED {seconds:.3f}", flush=True)
        controller.worker.run(lambda _store, _task: None, on_done=cut)  # after the saves

    def begin() -> None:
        window = controller.window
        assert window is not None
        window.open_item(PACK, VIDEO)
        view = window.item_page.video_view
        view.engine.position_changed.connect(position)
        view.play()

    controller.ready.connect(begin)
    return run_until_closed(app, controller)


if __name__ == "__main__":
    sys.exit(main())
