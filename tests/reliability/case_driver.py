"""Write case-study answers in the real app as a learner would, or read them back.
Run as ``python -m tests.reliability.case_driver DATA_DIR write|read`` (offscreen).

``write`` types a first answer, then changes it, printing ``SAVED <text>`` once each save is
stored, and waits to be killed. ``read`` prints ``ANSWERS <json list>`` once the saved answers
are in the boxes, and closes the window.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.launch import LaunchOptions
from tests.reliability.app_run import run_until_closed
from tests.reliability.demo_data import CASE, CASE_ANSWERS, PACK


def main() -> int:
    data_dir, mode = sys.argv[1:]
    app = QApplication([sys.argv[0]])
    options = LaunchOptions(data_dir=Path(data_dir), lang="en",
                            demo_dir=Path(data_dir) / "no-demo", learner="Ana")
    controller = AppController(options)
    texts = list(CASE_ANSWERS)

    def begin() -> None:
        window = controller.window
        assert window is not None
        view = window.item_page.case_study_view
        if mode == "read":
            def show() -> None:
                print("ANSWERS", json.dumps([box.toPlainText() for box in view.answers]),
                      flush=True)
                QTimer.singleShot(0, window.close)
            view.answers_loaded.connect(show)
        else:
            def type_next() -> None:
                if texts:
                    view.answers[0].setPlainText(texts[0])

            def saved() -> None:
                print("SAVED", texts.pop(0), flush=True)
                type_next()
            view.answers_loaded.connect(type_next)
            view.saved.connect(saved)
        window.open_item(PACK, CASE)

    controller.ready.connect(begin)
    return run_until_closed(app, controller)


if __name__ == "__main__":
    sys.exit(main())
