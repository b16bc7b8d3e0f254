"""Downloading one blob: resumable (``Range``), rate-limited, pausable, verified.

The bytes go to ``<sha256>.part`` in a download folder that installs never clear; a broken
connection resumes where the file stops. Only a complete file whose SHA-256 matches is
renamed to ``<sha256>``, so a name in that folder always means "whole and verified".

A pause or a cancel ends the transfer within a tenth of a second, even on a stalled link (a
server that sent its headers, or some bytes, then nothing): the reply is awaited and its body
read on daemon threads (``resilient.answer_or_stop``, :mod:`body_reader`), and the wait of
the bandwidth cap is cut short too. Nothing is written to the part file once the stop is
taken; what was written stays, for the next call to resume from.

A stalled link (no byte for the transport's read timeout) breaks the transfer, which is tried
again from where the part file stops and, after the retry policy's last try, ends in
``download.failed``. A body that trickles (a few bytes every 20 s from a proxy or a failing
link never lets the read timeout expire) is treated as a stall (:class:`_Pace`).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import requests

from c4s_desktop.core.errors import CancelledError, PackError, SyncError
from c4s_desktop.core.packs.copying import make_durable
from c4s_desktop.core.sync.body_reader import BodyReader
from c4s_desktop.core.sync.resilient import answer_or_stop
from c4s_desktop.core.sync.retry import CancelToken, RetryPolicy
from c4s_desktop.core.sync.transport import READ_PIECE, Transport, TransportConfig, check_status

log = logging.getLogger(__name__)

CHUNK = READ_PIECE
"""The largest piece of a body handed over at once."""
HEAD_THREAD = "c4s-download-head"
HASH_CHUNK = 1 << 20


class DownloadControl:
    """The flag object a UI holds to pause or cancel a running download (thread-safe).

    Pausing stops the download and keeps what arrived; calling the download again resumes
    it. Cancelling stops it and deletes the partial files.
    """

    def __init__(self) -> None:
        self._paused = threading.Event()
        self._cancelled = threading.Event()

    def pause(self) -> None:
        self._paused.set()

    def resume(self) -> None:
        """Clear a pause, so the same control can drive the next attempt."""
        self._paused.clear()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def paused(self) -> bool:
        return self._paused.is_set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def is_set(self) -> bool:
        """True when the work should stop (either flag): a :class:`CancelToken`."""
        return self.paused or self.cancelled

    def wait(self, timeout: float | None = None) -> bool:
        """Sleep up to ``timeout`` unless stopped first; True when stopped."""
        deadline = time.monotonic() + (timeout or 0)
        while not self.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._cancelled.wait(min(left, 0.1))
        return True

    def check(self) -> None:
        """Raise when the download must stop."""
        if self.cancelled:
            raise CancelledError("op.cancelled")
        if self.paused:
            raise CancelledError("download.paused")


class TokenBucket:
    """A bandwidth cap: on average ``rate`` bytes per second, bursts up to ``burst``."""

    def __init__(self, rate: float, burst: float | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.rate = float(rate)
        self.burst = float(burst if burst is not None else max(rate / 4, CHUNK))
        self.tokens = self.burst
        self._clock = clock
        self._sleep = sleep
        self._last = clock()

    def take(self, count: int, stop: CancelToken | None = None) -> float:
        """Spend ``count`` bytes, sleeping while in debt; return the seconds of that sleep.

        A ``stop`` set meanwhile ends the sleep (a low cap makes it seconds long).
        """
        now = self._clock()
        self.tokens = min(self.burst, self.tokens + (now - self._last) * self.rate)
        self._last = now
        self.tokens -= count
        if self.tokens >= 0:
            return 0.0
        wait = -self.tokens / self.rate
        if stop is None:
            self._sleep(wait)
        else:
            stop.wait(wait)
        return wait


Progress = Callable[[int], None]


def fetch_blob(transport: Transport, url: str, sha256: str, size: int, folder: Path, *,
               on_bytes: Progress | None = None, control: DownloadControl | None = None,
               bucket: TokenBucket | None = None, policy: RetryPolicy | None = None,
               name: str = "") -> Path:
    """Download one blob into ``folder`` (resuming a partial file); return its verified path.

    ``name`` is what an error calls the file (its path in the pack, say); else the start of
    its hash.
    """
    what = name or sha256[:12]
    final = folder / sha256
    if _size(final) == size:
        return final
    folder.mkdir(parents=True, exist_ok=True)
    part = _Part(folder / f"{sha256}.part", size)
    control = control or DownloadControl()
    policy = policy or RetryPolicy()
    failures = 0
    while part.missing > 0:
        control.check()
        try:
            got = _fetch_into(transport, url, part, on_bytes, control, bucket, what)
        except requests.RequestException as exc:
            failures += 1
            log.info("download of %s broke at %d bytes (%s)", sha256[:12], part.done,
                     exc.__class__.__name__)
            if failures >= policy.max_attempts:
                raise SyncError("download.failed", what=what,
                                detail=exc.__class__.__name__) from exc
            if control.wait(policy.backoff(failures)):
                control.check()
            continue
        if got > 0:
            failures = 0
        elif part.missing > 0:
            raise SyncError("download.failed", what=what, detail="416")
    if part.digest.hexdigest() != sha256:
        part.discard()
        raise PackError("download.corrupt", what=what)
    make_durable(part.path, final)
    return final


class _Part:
    """A partial download: its file, how much it holds, and the hash of those bytes."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        self.size = size
        self.digest = hashlib.sha256()
        self.done = _size(path)
        if self.done > size:
            self.restart()
            return
        with contextlib.suppress(FileNotFoundError), open(path, "rb") as fh:
            while chunk := fh.read(HASH_CHUNK):
                self.digest.update(chunk)

    @property
    def missing(self) -> int:
        return self.size - self.done

    def restart(self) -> None:
        """Forget what arrived (the server ignored the Range and sends from byte 0)."""
        self.path.write_bytes(b"")
        self.digest = hashlib.sha256()
        self.done = 0

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()


def _fetch_into(transport: Transport, url: str, part: _Part, on_bytes: Progress | None,
                control: DownloadControl, bucket: TokenBucket | None, what: str) -> int:
    """One GET from where the part stops; return the bytes it added.

    Raises :class:`CancelledError` (the control's code) within a tenth of a second of a
    pause or cancel, whatever the link does.
    """
    try:
        return _transfer(transport, url, part, on_bytes, control, bucket, what)
    except CancelledError:
        control.check()  # says whether it was a pause (resumable) or a cancel
        raise


def _transfer(transport: Transport, url: str, part: _Part, on_bytes: Progress | None,
              control: DownloadControl, bucket: TokenBucket | None, what: str) -> int:
    headers = {"Range": f"bytes={part.done}-"} if part.done else {}
    response = answer_or_stop(
        lambda: transport.request("GET", url, headers=headers, stream=True), control,
        name=HEAD_THREAD, close_late=True)
    with BodyReader(response) as body:
        if response.status_code == 416:
            return 0
        if response.status_code in (429, 503):
            raise requests.ConnectionError(f"server busy ({response.status_code})")
        check_status(response, transport.creds.server)
        if part.done and response.status_code != 206:
            part.restart()
        written = 0
        pace = _Pace(transport.config)
        with open(part.path, "ab") as out:
            try:
                # Only this thread writes, and pieces() hands nothing over once stopped.
                for chunk in body.pieces(control):
                    if len(chunk) > part.missing:
                        part.discard()
                        raise PackError("download.corrupt", what=what)
                    out.write(chunk)
                    part.digest.update(chunk)
                    part.done += len(chunk)
                    written += len(chunk)
                    if on_bytes is not None:
                        on_bytes(len(chunk))
                    pace.arrived(len(chunk))  # after the write: a trickle's bytes are kept
                    if bucket is not None:
                        pace.held(bucket.take(len(chunk), control))
            finally:
                out.flush()
                os.fsync(out.fileno())
        return written


class _Pace:
    """Breaks a transfer whose body trickles, as a stall breaks it.

    The read timeout counts only the silence between bytes, so a few bytes every 20 s kept a
    download "running" for good. The bytes are counted in windows of the config's
    ``trickle_window`` seconds, one after the other, each ended by the first piece after it
    is over; one with fewer than ``trickle_bytes`` raises what a read timeout raises in the
    body (``requests.ConnectionError``), so the part file is kept and the transfer is tried
    again, then fails, exactly as on a stalled link. Costs one clock read a piece; the
    bandwidth cap's waits do not count.
    """

    def __init__(self, config: TransportConfig) -> None:
        self.window = config.trickle_window
        self.least = config.trickle_bytes
        self.started = time.monotonic()
        self.count = 0

    def arrived(self, count: int) -> None:
        """Count a piece of ``count`` bytes; raise when its window ended with too few."""
        self.count += count
        now = time.monotonic()
        if now - self.started < self.window:
            return
        if self.count < self.least:
            raise requests.ConnectionError(
                f"the body trickled in: {self.count} bytes in {now - self.started:.0f} s")
        self.started, self.count = now, 0

    def held(self, seconds: float) -> None:
        """Leave out of the window ``seconds`` the bandwidth cap held the transfer back: the
        link is not to blame for them (and ``c4s catalog get --limit-rate`` takes any cap)."""
        self.started += seconds


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
