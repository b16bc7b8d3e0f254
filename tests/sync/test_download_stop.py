"""A learner on a stalled link pauses or cancels a pack download: it stops at once. A body that
trickles ends as a stalled one does; one that is slow but moving completes.

Against a small real HTTP server on 127.0.0.1 that sends a blob's headers and its first bytes,
then holds the rest (or holds the whole reply) until the test lets it go, or sends the body a
few bytes at a time. The client's read timeout and the server's hold are far longer than the
bounds below, so no test here can pass by waiting for a timeout.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from c4s_desktop.core.errors import CancelledError, SyncError
from c4s_desktop.core.sync.credentials import Credentials
from c4s_desktop.core.sync.downloads import DownloadControl, TokenBucket, fetch_blob
from c4s_desktop.core.sync.retry import RetryPolicy
from c4s_desktop.core.sync.transport import Transport, TransportConfig

BLOB = os.urandom(400_000)
SHA = hashlib.sha256(BLOB).hexdigest()
FIRST = 150_000
"""Bytes sent before the stall: more than two of the client's 64 KiB chunks."""
HOLD_S = 60.0
"""Longest a reply is held (a failed test must not leave the server's thread forever)."""
READ_TIMEOUT_S = 30.0
STOP_S = 3.0
"""A generous bound on a stop on a stalled link, far below the read timeout and the hold."""
FAST = RetryPolicy(base=0.005, max_wait=0.05, max_attempts=2)


class _Blob(BaseHTTPRequestHandler):
    """Serves :data:`BLOB` (honouring ``Range``) as the :class:`StallingServer` plans."""

    protocol_version = "HTTP/1.1"
    server: StallingServer

    def do_GET(self) -> None:
        plan = self.server
        asked = self.headers.get("Range")
        start = int(asked.removeprefix("bytes=").rstrip("-")) if asked else 0
        with plan.lock:
            plan.ranges.append(asked)
            stall = plan.stalls > 0
            plan.stalls -= 1
        body = BLOB[start:]
        try:
            if stall and plan.before_head:
                plan.hold()
            self.send_response(206 if start else 200)
            self.send_header("Content-Length", str(len(body)))
            if start:
                self.send_header("Content-Range", f"bytes {start}-{len(BLOB) - 1}/{len(BLOB)}")
            self.end_headers()
            if stall and not plan.before_head:
                self.wfile.write(body[:FIRST])
                body = body[FIRST:]
                plan.hold()
            while plan.piece and len(body) > plan.piece and not plan.release.is_set():
                self.wfile.write(body[:plan.piece])
                body = body[plan.piece:]
                plan.release.wait(plan.pause)
            self.wfile.write(body)
        except OSError:  # the client went away: what a stop does
            self.close_connection = True

    def log_message(self, *_args: object) -> None:
        pass


class StallingServer(ThreadingHTTPServer):
    """Holds the first ``stalls`` replies: before their head, or after :data:`FIRST` bytes of
    their body; :attr:`stalled` says one is held, :attr:`release` lets them all go. With a
    ``piece`` size, the bodies go ``piece`` bytes at a time, ``pause`` seconds apart (until
    :attr:`release`)."""

    daemon_threads = True

    def __init__(self, *, stalls: int = 1, before_head: bool = False, piece: int = 0,
                 pause: float = 0.0) -> None:
        super().__init__(("127.0.0.1", 0), _Blob)
        self.stalls = stalls
        self.before_head = before_head
        self.piece = piece
        self.pause = pause
        self.ranges: list[str | None] = []
        self.lock = threading.Lock()
        self.stalled = threading.Event()
        self.release = threading.Event()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def hold(self) -> None:
        self.stalled.set()
        self.release.wait(HOLD_S)

    def handle_error(self, *_args: object) -> None:
        pass  # a client that stopped resets its connection: what these tests do


@pytest.fixture
def serving(request: pytest.FixtureRequest) -> Iterator[StallingServer]:
    server = StallingServer(**getattr(request, "param", {}))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.release.set()  # a failed test leaves no reply held
    server.shutdown()
    server.server_close()


class Download:
    """``fetch_blob`` of :data:`BLOB` from ``server`` on a thread of its own, its bytes
    counted; :attr:`reached` is set once ``threshold`` bytes arrived."""

    def __init__(self, server: StallingServer, folder: Path, *, threshold: int = 2 * 65_536,
                 bucket: TokenBucket | None = None, read_timeout: float = READ_TIMEOUT_S,
                 trickle_window: float = 60.0, trickle_bytes: int = 1024) -> None:
        creds = Credentials(server=server.base, endpoint=server.base + "xapi/",
                            username="device", secret="pw")
        self.transport = Transport(creds, TransportConfig(
            connect_timeout=5.0, read_timeout=read_timeout, trickle_window=trickle_window,
            trickle_bytes=trickle_bytes))
        self.url = self.transport.server_url(f"blobs/{SHA}")
        self.folder = folder
        self.control = DownloadControl()
        self.bucket = bucket
        self.threshold = threshold
        self.done = 0
        self.reached = threading.Event()
        self.error: BaseException | None = None
        self.path: Path | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    @property
    def part(self) -> Path:
        return self.folder / f"{SHA}.part"

    def start(self) -> Download:
        self.thread.start()
        return self

    def ended(self, within: float = STOP_S) -> bool:
        self.thread.join(within)
        return not self.thread.is_alive()

    def _count(self, count: int) -> None:
        self.done += count
        if self.done >= self.threshold:
            self.reached.set()

    def _run(self) -> None:
        try:
            self.path = fetch_blob(self.transport, self.url, SHA, len(BLOB), self.folder,
                                   on_bytes=self._count, control=self.control,
                                   bucket=self.bucket, policy=FAST)
        except BaseException as exc:  # the test looks at it
            self.error = exc


def download_threads() -> list[threading.Thread]:
    """The threads a download reads its replies on."""
    return [t for t in threading.enumerate()
            if t.name.startswith("c4s-download") and t.is_alive()]


def all_ended(threads: list[threading.Thread], within: float) -> bool:
    for thread in threads:
        thread.join(within)
    return not any(t.is_alive() for t in threads)


def stopped_with(download: Download, code: str) -> None:
    assert download.ended(), "the stop waited for the stalled read"
    assert isinstance(download.error, CancelledError) and download.error.code == code


def test_cancel_during_a_stalled_body_ends_the_transfer_at_once_and_writes_no_more(
        tmp_path: Path, serving: StallingServer) -> None:
    download = Download(serving, tmp_path).start()
    assert serving.stalled.wait(STOP_S) and download.reached.wait(STOP_S)
    download.control.cancel()
    stopped_with(download, "op.cancelled")
    written = download.part.stat().st_size
    assert written == download.done >= download.threshold
    # The reader is gone before the server lets go of the reply: nothing left reading it.
    assert all_ended(download_threads(), within=2.0)
    serving.release.set()  # the rest of the body is sent to a connection that was shut
    assert download.part.stat().st_size == written
    assert serving.ranges == [None]


def test_pause_during_a_stalled_body_then_resume_completes_the_blob(
        tmp_path: Path, serving: StallingServer) -> None:
    download = Download(serving, tmp_path).start()
    assert serving.stalled.wait(STOP_S) and download.reached.wait(STOP_S)
    download.control.pause()
    stopped_with(download, "download.paused")
    kept = download.part.stat().st_size
    assert kept == download.done > 0
    assert all_ended(download_threads(), within=2.0)
    serving.release.set()
    assert download.part.stat().st_size == kept  # no byte after the pause was honoured

    download.control.resume()
    path = fetch_blob(download.transport, download.url, SHA, len(BLOB), tmp_path,
                      control=download.control, policy=FAST)
    assert path == tmp_path / SHA and path.read_bytes() == BLOB
    assert serving.ranges == [None, f"bytes={kept}-"]
    assert not download.part.exists()


@pytest.mark.parametrize("serving", [{"before_head": True}], indirect=True)
def test_cancel_before_the_reply_head_ends_at_once(
        tmp_path: Path, serving: StallingServer) -> None:
    download = Download(serving, tmp_path).start()
    assert serving.stalled.wait(STOP_S)
    download.control.cancel()
    stopped_with(download, "op.cancelled")
    assert download.done == 0
    # The wait for the head cannot be cut short; it ends with the late reply, closed unread.
    waiting = download_threads()
    serving.release.set()
    assert all_ended(waiting, within=5.0)
    assert not download.part.exists()  # the late reply was never read


@pytest.mark.parametrize("serving", [{"stalls": 0}], indirect=True)
def test_pause_while_the_bandwidth_cap_waits_ends_at_once(
        tmp_path: Path, serving: StallingServer) -> None:
    # 100 bytes a second with no burst: the first piece alone is a wait of many seconds.
    download = Download(serving, tmp_path, threshold=1, bucket=TokenBucket(100, burst=1))
    download.start()
    assert download.reached.wait(STOP_S)
    download.control.pause()
    stopped_with(download, "download.paused")
    assert download.part.stat().st_size == download.done
    assert all_ended(download_threads(), within=2.0)


@pytest.mark.parametrize("serving", [{"stalls": 2}], indirect=True)
def test_a_dead_link_still_ends_in_the_timeout_error(
        tmp_path: Path, serving: StallingServer) -> None:
    download = Download(serving, tmp_path, read_timeout=0.3).start()
    assert download.ended(within=20.0)
    assert isinstance(download.error, SyncError) and download.error.code == "download.failed"
    assert download.part.stat().st_size == 2 * FIRST  # both tries kept what came
    assert serving.ranges == [None, f"bytes={FIRST}-"]


WINDOW_S = 0.2
"""The trickle window of the tests below: 1 KiB in it is 5 kB/s."""


@pytest.mark.parametrize("serving", [{"stalls": 0, "piece": 1, "pause": 0.05}], indirect=True)
def test_a_trickling_body_ends_as_a_stalled_one_and_keeps_what_came(
        tmp_path: Path, serving: StallingServer) -> None:
    # 20 bytes a second, never silent for the read timeout: 400 kB would take 5 1/2 hours.
    download = Download(serving, tmp_path, threshold=1, trickle_window=WINDOW_S,
                        trickle_bytes=1024).start()
    try:
        assert download.ended(within=20.0), "the trickle kept the download running"
    finally:
        download.control.cancel()
    assert isinstance(download.error, SyncError) and download.error.code == "download.failed"
    assert download.error.params["what"] == SHA[:12]
    kept = download.part.stat().st_size
    assert kept == download.done > 0  # every byte that came is in the part file
    first, second = serving.ranges
    assert first is None and second is not None  # tried again from where the first try ended
    assert 0 < int(second.removeprefix("bytes=").rstrip("-")) <= kept
    assert len(BLOB) - kept > 390_000  # far from whole: the trickle was given up on


@pytest.mark.parametrize("serving", [{"stalls": 0, "piece": 10_000, "pause": 0.05}],
                         indirect=True)
def test_a_slow_but_moving_body_completes(tmp_path: Path, serving: StallingServer) -> None:
    # Pieces of 10 kB, each ten times the least a window needs: 40 pieces, many windows.
    download = Download(serving, tmp_path, threshold=1, trickle_window=WINDOW_S,
                        trickle_bytes=1024).start()
    assert download.ended(within=30.0)
    assert download.error is None
    assert download.path == tmp_path / SHA and download.path.read_bytes() == BLOB
    assert serving.ranges == [None]  # one try, never broken off


@pytest.mark.parametrize("serving", [{"stalls": 0}], indirect=True)
def test_the_bandwidth_caps_waits_are_not_taken_for_a_trickle(
        tmp_path: Path, serving: StallingServer) -> None:
    # Capped at 200 kB/s the blob takes some 1.7 s, nearly all of it the cap's waits; more
    # than the whole blob is asked of every 1 s window, so only the time the link took (a
    # few milliseconds on loopback) may count.
    download = Download(serving, tmp_path, threshold=1, bucket=TokenBucket(200_000),
                        trickle_window=1.0, trickle_bytes=2 * len(BLOB)).start()
    assert download.ended(within=30.0)
    assert download.error is None
    assert download.path == tmp_path / SHA and download.path.read_bytes() == BLOB
    assert serving.ranges == [None]
