"""Reading a streamed reply's body so that a stop ends the transfer at once, even when stalled.

A read waits up to the read timeout (half a minute) for the next byte, and a thread blocked
in it cannot look at a pause or a cancel. So the body is read on a daemon thread that hands
its pieces over through a small queue, and the downloading thread waits on that queue a
tenth of a second at a time, looking at the stop in between (as the sync does for its
requests, ``resilient.answer_or_stop``).

A stop shuts the reading side of the socket, which wakes the read blocked on it at once; the
reader thread then closes the reply and ends. Closing the reply alone would not do: ``close``
waits for the lock the blocked read holds, up to the read timeout, and wakes nothing.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Iterator

import requests

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.sync.resilient import POLL_S
from c4s_desktop.core.sync.retry import CancelToken
from c4s_desktop.core.sync.transport import read_some

AHEAD = 4
"""Pieces the reader may hold ahead of the writer; beyond that the socket's own buffers and
TCP flow control hold the sender back (a capped download reads no faster than it writes)."""
THREAD_NAME = "c4s-download-body"


class BodyReader:
    """The body of ``response`` (a streamed reply), read on a daemon thread of its own.

    Owns the reply: leaving the ``with`` block (or :meth:`close`) ends the reading and
    closes it, at once even on a stalled link.
    """

    def __init__(self, response: requests.Response) -> None:
        self._response = response
        self._pieces: queue.Queue[bytes | BaseException] = queue.Queue(AHEAD)
        self._closed = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> BodyReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pieces(self, stop: CancelToken) -> Iterator[bytes]:
        """The body's pieces as they arrive, to its end; raises what reading raised (a read
        timeout as ``requests.ConnectionError``), and :class:`CancelledError` within
        :data:`POLL_S` of ``stop`` being set: a piece read by then is never handed over."""
        if stop.is_set():
            raise CancelledError("op.cancelled")
        self._thread = threading.Thread(target=self._read, name=THREAD_NAME, daemon=True)
        self._thread.start()
        while True:
            try:
                piece: bytes | BaseException | None = self._pieces.get(timeout=POLL_S)
            except queue.Empty:
                piece = None
            if stop.is_set():
                raise CancelledError("op.cancelled")
            if isinstance(piece, BaseException):
                raise piece
            if piece == b"":
                return
            if piece is not None:
                yield piece

    def close(self) -> None:
        """End the reading: wake a read blocked on the socket, so the reader thread closes
        the reply and ends now rather than at the read timeout."""
        self._closed.set()
        if self._thread is None:
            self._response.close()
            return
        # A reader waiting to hand a piece over goes on at once to close the reply: left
        # open while it waits, the sender fills the socket's buffers (megabytes on a fast
        # link) with bytes a paused download then fetches again.
        with contextlib.suppress(queue.Empty):
            while True:
                self._pieces.get_nowait()
        # Raises when the reader already closed the reply (the body had ended): nothing waits.
        with contextlib.suppress(ValueError, RuntimeError, OSError):
            self._response.raw.shutdown()

    def _read(self) -> None:
        try:
            while not self._closed.is_set():
                piece = read_some(self._response)
                self._hand(piece)
                if not piece:
                    return
        except BaseException as exc:  # raised on the downloading thread, unless it stopped
            self._hand(exc)
        finally:
            self._response.close()

    def _hand(self, item: bytes | BaseException) -> None:
        """Queue ``item`` for the downloading thread, unless the reading was ended (then
        nobody takes it, and a full queue must not keep this thread)."""
        while not self._closed.is_set():
            try:
                self._pieces.put(item, timeout=POLL_S)
            except queue.Full:
                continue
            return
