"""Percentages as everyone is shown them: the app's screens, the spreadsheet and ``c4s``."""

from __future__ import annotations

import math

_NUDGE = 1e-9
"""Binary floats store 0.145 as 0.14499999999999999; without this, half up would round it
down. Far below any difference a count of items or a score can make."""


def whole_percent(value: float) -> int:
    """0..1 as a whole percentage, rounded half up and kept within 0..100; never 100 before the
    value is 1 (a course at 99.6 % is not done)."""
    percent = math.floor(value * 100 + 0.5 + _NUDGE)
    if value < 1.0:
        percent = min(percent, 99)
    return max(0, min(percent, 100))
