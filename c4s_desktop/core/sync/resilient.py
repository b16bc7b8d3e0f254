"""Sending one request until it gets a real answer.

Dropped connections, timeouts, truncated replies and 5xx answers are retried after an
exponential backoff with jitter; 429 and 503 wait as ``Retry-After`` says. Any other answer
(2xx, 4xx) is returned to the caller, who knows what it means.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

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
    failures in a row and :class:`CancelledError` when cancelled while waiting.
    """
    server = transport.creds.server
    failures = 0
    throttled = 0
    while True:
        if cancel.is_set():
            raise CancelledError("op.cancelled")
        try:
            response = attempt()
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


def _wait(cancel: CancelToken, seconds: float) -> None:
    if pause(cancel, seconds):
        raise CancelledError("op.cancelled")
