"""Open one item in the real app as a learner would, printing ``RECORDED`` once its
``launched`` statement is stored; then wait to be killed, or close the window (``close``).
Run as ``python -m tests.reliability.reading_driver DATA_DIR ITEM DAYS_AGO [close]``
(offscreen). ``DAYS_AGO`` sets the app's clock back, so runs killed moments apart stand for
sessions on different days.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from c4s_desktop.core import clock
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.launch import LaunchOptions
from tests.reliability.app_run import run_until_closed

PACK = "eu.cluster4smart.essentials"


def set_clock_back(days: float) -> None:
    """Every timestamp the app makes (statements, stored_at) is ``days`` earlier."""
    shift = timedelta(days=days)

    class Earlier(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
            return datetime.now(tz) - shift

    clock.datetime = Earlier  # type: ignore[misc]


def main() -> int:
    data_dir, item, days_ago, *rest = sys.argv[1:]
    close = rest == ["close"]
    set_clock_back(float(days_ago))
    app = QApplication([sys.argv[0]])
    options = LaunchOptions(data_dir=Path(data_dir), lang="en",
                            demo_dir=Path(data_dir) / "no-demo", learner="Ana")
    controller = AppController(options)

    def recorded(pack_id: str, item_id: str) -> None:
        if (pack_id, item_id) == (PACK, item):
            print("RECORDED", flush=True)
            if close and controller.window is not None:
                QTimer.singleShot(0, controller.window.close)

    def begin() -> None:
        assert controller.progress is not None and controller.window is not None
        controller.progress.recorded.connect(recorded)
        controller.window.open_item(PACK, item)

    controller.ready.connect(begin)
    return run_until_closed(app, controller)


if __name__ == "__main__":
    sys.exit(main())
