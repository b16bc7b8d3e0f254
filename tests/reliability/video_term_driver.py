"""Drive the real app as ``main`` starts it: Ana plays the demo video and, once it is
:data:`WATCH_S` seconds in (past the periodic save at 5 s), the system asks the app to end
(SIGTERM, as a shutdown or log-off does). Prints ``WATCHED <position>``, then ``EXIT <code>``
when ``main`` returns.
Run as ``python -m tests.reliability.video_term_driver DATA_DIR`` (offscreen, the Qt engine).
"""

from __future__ import annotations

import os
import signal
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from c4s_desktop.app import main as app_main
from c4s_desktop.ui.main_window import MainWindow

PACK = "eu.cluster4smart.essentials"
VIDEO = "m1-l1-video"
WATCH_S = 7.0
POLL_MS = 50


def main() -> int:
    data_dir = sys.argv[1]
    app = QApplication([sys.argv[0]])

    def begin() -> None:
        windows = [widget for widget in app.topLevelWidgets()
                   if isinstance(widget, MainWindow) and widget.isVisible()]
        if not windows or not windows[0].open_item(PACK, VIDEO):
            QTimer.singleShot(POLL_MS, begin)
            return
        view = windows[0].item_page.video_view

        def position(seconds: float) -> None:
            if seconds < WATCH_S or not view.engine.playing:
                return
            view.engine.position_changed.disconnect(position)
            print(f"WATCHED {seconds:.3f}", flush=True)
            os.kill(os.getpid(), signal.SIGTERM)

        def keep_playing() -> None:
            # A Play pressed while Ana is still being signed in is dropped with the switch.
            if not view.engine.playing:
                view.play()
                QTimer.singleShot(POLL_MS * 4, keep_playing)

        view.engine.position_changed.connect(position)
        keep_playing()

    QTimer.singleShot(0, begin)
    code = app_main(["--data-dir", data_dir, "--lang", "en", "--learner", "Ana",
                     "--video-backend", "qt", "--demo-packs", os.path.join(data_dir, "no-demo")])
    print(f"EXIT {code}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
