"""When to try again: exponential backoff with jitter, and the server's ``Retry-After``.

The clock is injectable: tests and benchmarks shrink the waits through configuration
(``max_wait``), and a cancel event cuts a wait short.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol


class CancelToken(Protocol):
    """What a long operation polls to stop early (``threading.Event`` fits)."""

    def is_set(self) -> bool: ...

    def wait(self, timeout: float | None = None) -> bool: ...


def never_cancelled() -> CancelToken:
    """A token nobody sets."""
    return threading.Event()


@dataclass
class RetryPolicy:
    """How long to wait before the next try, and how many failures in a row to accept."""

    base: float = 1.0
    factor: float = 2.0
    max_wait: float = 300.0
    max_attempts: int = 6
    rand: Callable[[], float] = field(default=random.random)
    now: Callable[[], float] = field(default=time.time)

    def backoff(self, failures: int) -> float:
        """The wait after ``failures`` (1, 2, ...) failed tries in a row: doubling, jittered.

        The jitter ("equal jitter": half fixed, half random) spreads devices that failed
        together, so a restarted server is not hit by all of them at the same instant.
        """
        ceiling = min(self.max_wait, self.base * self.factor ** max(0, failures - 1))
        return ceiling / 2 + ceiling / 2 * self.rand()

    def retry_after(self, header: str | None, failures: int) -> float:
        """The wait a ``Retry-After`` header asks for (seconds or an HTTP date), capped."""
        if header:
            text = header.strip()
            if text.isdigit():
                return min(self.max_wait, float(text))
            try:
                when = email.utils.parsedate_to_datetime(text).timestamp()
            except (TypeError, ValueError):
                when = None
            if when is not None:
                return min(self.max_wait, max(0.0, when - self.now()))
        return self.backoff(failures)


def pause(cancel: CancelToken, seconds: float) -> bool:
    """Wait ``seconds`` unless cancelled first; True when cancelled."""
    if seconds <= 0:
        return cancel.is_set()
    return cancel.wait(seconds)
