"""Sending one request until it gets a real answer.

Dropped connections, timeouts, truncated replies and 5xx answers are retried after an
exponential backoff with jitter; 429 and 503 wait as ``Retry-After`` says. Any other answer
(2xx, 4xx) is returned to the caller, who knows what it means.

A stop (the cancel token) ends the wait for an answer at once, not at the read timeout: a
learner on a stalled link who presses Stop should not wait half a minute. The request is left
behind on its daemon thread, and its answer, when one comes, goes nowhere: the caller never
acts on it. That is safe because every request a sync sends may be sent again (statements
carry their own ids and the server keeps each once, ARCHITECTURE decision 3; registering a
learner twice, or reading a page twice, changes nothing).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, wait
from typing import TypeVar

import requests

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.sync.retry import CancelToken, RetryPolicy, pause
from c4s_desktop.core.sync.transport import (
    Transport,
    check_status,
    not_understood,
    unreachable,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

POLL_S = 0.1
"""How often a wait for an answer looks at the cancel token (the longest a stop waits)."""

THROTTLED = (429, 503)
# Throttling (429) is the server working as designed, so it may take longer than failures.
# A 503 is the server out of order (a full disk, its database down), which a person mends:
# it gets as many waits as failures, so the run ends and says so rather than wait for hours.
THROTTLE_ATTEMPTS_FACTOR = {429: 5, 503: 1}


def send(transport: Transport, policy: RetryPolicy, cancel: CancelToken,
         attempt: Callable[[], requests.Response],
         accept: Callable[[requests.Response], bool] | None = None) -> requests.Response:
    """Run ``attempt`` until it returns a definite answer, waiting between tries.

    ``accept`` may reject a 2xx reply whose body is unusable (a reply cut short), which is
    then retried like a dropped connection. Raises :class:`SyncError` after too many
    failures in a row and :class:`CancelledError` when cancelled, at once: between tries or
    with a request on its way (see :func:`answer_or_stop`).
    """
    server = transport.creds.server
    failures = 0
    throttled = 0
    while True:
        if cancel.is_set():
            raise CancelledError("op.cancelled")
        try:
            response = answer_or_stop(attempt, cancel)
        except requests.RequestException as exc:
            failures += 1
            log.info("request failed (%s), try %d", exc.__class__.__name__, failures)
            if failures >= policy.max_attempts:
                raise unreachable(server, exc) from exc
            _wait(cancel, policy.backoff(failures))
            continue
        status = response.status_code
        if status in THROTTLED:
            throttled += 1
            if throttled >= policy.max_attempts * THROTTLE_ATTEMPTS_FACTOR[status]:
                check_status(response, server)
            _wait(cancel, policy.retry_after(response.headers.get("Retry-After"), throttled))
            continue
        if status >= 500 or (200 <= status < 300 and accept is not None
                             and not accept(response)):
            failures += 1
            log.info("server answered %d, try %d", status, failures)
            if failures >= policy.max_attempts:
                if status < 300:
                    raise not_understood(response, server)
                check_status(response, server)
            _wait(cancel, policy.backoff(failures))
            continue
        return response


def answer_or_stop(request: Callable[[], requests.Response], cancel: CancelToken, *,
                   name: str = "c4s-request", close_late: bool = False) -> requests.Response:
    """``request()``'s answer (or its exception), awaited on this thread while it runs on a
    thread of its own (called ``name``); raises :class:`CancelledError` as soon as
    ``cancel`` is set meanwhile.

    The abandoned request may still reach the server and be answered; nobody reads that
    answer, so it never marks a statement sent nor touches the store. ``close_late`` closes
    it when it comes: a streamed answer would otherwise hold its connection, unread.
    """
    future = in_background(request, name)
    # An answer already here is taken even when the stop came with it: the server acted.
    while not wait([future], timeout=POLL_S).done:
        if cancel.is_set():
            if close_late:
                future.add_done_callback(_close_answer)
            raise CancelledError("op.cancelled")
    return future.result()


def _close_answer(future: Future[requests.Response]) -> None:
    if future.exception() is None:
        future.result().close()


def in_background(work: Callable[[], T], name: str) -> Future[T]:
    """``work()`` on a daemon thread of its own; its result (or exception) in the future.

    Not a ThreadPoolExecutor: Python joins its threads at exit, so a request held up on a
    slow link kept the process of an app that had quit alive until it ended or timed out.
    """
    future: Future[T] = Future()

    def run() -> None:
        future.set_running_or_notify_cancel()
        try:
            future.set_result(work())
        except BaseException as exc:  # handed to the thread that waits for the result
            future.set_exception(exc)

    threading.Thread(target=run, name=name, daemon=True).start()
    return future


def _wait(cancel: CancelToken, seconds: float) -> None:
    if pause(cancel, seconds):
        raise CancelledError("op.cancelled")
