"""The Qt binding must not drop a reference to ``True`` when Python emits a signal.

PySide6 6.12.0 on CPython 3.11 does: every ``SignalInstance.emit()`` lowers ``True``'s
count by one, and the app aborts after a few thousand progress updates.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Sender(QObject):
    changed = Signal(int)


def test_many_emits_keep_the_reference_count_of_true(qtbot) -> None:
    sender = Sender()
    received: list[int] = []
    sender.changed.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(2000):
        sender.changed.emit(n)
    assert len(received) == 2000
    assert abs(sys.getrefcount(True) - before) < 50
