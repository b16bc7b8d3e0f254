"""The end of every reliability driver: start the real app, run it until its window closes
(or the test kills it), and shut it down as ``main`` does."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from c4s_desktop.ui.controller import AppController


def run_until_closed(app: QApplication, controller: AppController) -> int:
    """Start ``controller`` from the event loop and return the app's exit code."""
    controller.finished.connect(app.exit)
    QTimer.singleShot(0, controller.start)
    code = app.exec()
    controller.shutdown()
    return code
