"""Drive the real app through a long sync and close its window while a batch is on its way.

Syncs at once (in batches of 100, every report heard), prints ``SENT <n>`` as the push
reports, and closes the window when ``quit`` arrives on stdin (the test sends it once its
proxy holds a POST unanswered). Prints ``SHUT DOWN`` once the app has shut down as ``main``
does; the process should then end at once, not when the held request times out.
Run as ``python -m tests.reliability.sync_quit_driver DATA_DIR`` (offscreen).
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from c4s_desktop.core.sync.progress import ProgressPace
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.launch import LaunchOptions
from tests.reliability.app_run import run_until_closed
from tests.sync.conftest import fast_config

READ_TIMEOUT_S = 600.0
"""Far longer than the test waits: a process held up by the request it left behind fails."""


class Driver(QObject):
    """Starts the sync once the window is ready; closes the window when told to on stdin."""

    quit_asked = Signal()

    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.controller = controller

    def begin(self) -> None:
        window, flow = self.controller.window, self.controller.sync
        assert window is not None and flow is not None
        flow.scheduler.config = fast_config(read=READ_TIMEOUT_S, batch_count=100,
                                            pace=ProgressPace(quiet=0.0, every=0.0))
        flow.scheduler.progressed.connect(lambda done, _total: print(f"SENT {done}", flush=True))
        # From the stdin thread to the window's: queued, so the window closes on its own thread.
        self.quit_asked.connect(window.close, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=self._read_stdin, daemon=True).start()
        flow.sync_now()

    def _read_stdin(self) -> None:
        if sys.stdin.readline().strip() == "quit":
            print("CLOSING", flush=True)
            self.quit_asked.emit()


def main() -> int:
    data_dir = Path(sys.argv[1])
    app = QApplication([sys.argv[0]])
    options = LaunchOptions(data_dir=data_dir, lang="en", demo_dir=data_dir / "no-demo",
                            learner="Ana")
    controller = AppController(options)
    driver = Driver(controller)
    controller.ready.connect(driver.begin)
    code = run_until_closed(app, controller)
    print("SHUT DOWN", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
