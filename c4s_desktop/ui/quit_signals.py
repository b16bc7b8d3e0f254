"""Quitting when the system asks: a shutdown or a log-off sends SIGTERM (a terminal's Ctrl+C
SIGINT, its closing SIGHUP). Python's default ends the app on the spot, before an open video
saves where the learner is and before the store closes cleanly; here the app closes as Quit
does instead.

Python runs a signal handler only between two lines of Python, and the event loop may wait
in Qt for a long time: the signal's byte, written to a pipe by Python's own C handler, wakes
the loop through a socket notifier.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

QUIT_SIGNALS = ("SIGTERM", "SIGHUP", "SIGINT")


def close_on_quit_signals(parent: QObject, close: Callable[[], None]) -> None:
    """Call ``close`` from the event loop when a quit signal comes (POSIX; from the main
    thread, once). The notifier is ``parent``'s child."""
    if sys.platform == "win32":  # Windows ends a session with messages Qt handles itself
        return
    read, write = os.pipe()
    os.set_blocking(read, False)
    os.set_blocking(write, False)
    signal.set_wakeup_fd(write)
    for name in QUIT_SIGNALS:
        # A Python handler, so that the signal no longer ends the process; the byte it
        # writes to the pipe is what acts.
        signal.signal(getattr(signal, name), lambda _number, _frame: None)
    notifier = QSocketNotifier(read, QSocketNotifier.Type.Read, parent)

    def woken() -> None:
        try:
            os.read(read, 64)
        except BlockingIOError:
            return
        close()

    notifier.activated.connect(woken)
