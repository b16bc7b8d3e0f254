"""A fault-injecting HTTP/1.1 proxy on loopback, between the client and a real server.

Each request the client sends is read whole, then a plan decides what happens to it:
passed through, or one of the faults below. Faults act on real sockets, so the client sees
what a bad network does to it: resets, stalls, half replies, trickling bodies, throttling,
and a server that goes away in the middle of a batch.

The proxy opens one upstream connection per request (asking the server to close it), so it
always knows where a response ends: where the server closes.
"""

from __future__ import annotations

import contextlib
import enum
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Address = tuple[str, int]


class Fault(enum.Enum):
    PASS = "pass"
    DROP = "drop"
    """Close the connection without answering (the request never reaches the server)."""
    ERROR_500 = "500"
    """Answer 500 without asking the server."""
    THROTTLE = "429"
    """Answer 429 with ``Retry-After: 1`` without asking the server."""
    STALL = "stall"
    """Forward the request (the server acts on it) but never pass the reply on."""
    TRUNCATE = "truncate"
    """Forward the request, pass on only the first half of the reply, then close."""
    SLOW = "slow"
    """Forward the request and trickle the reply back in small, delayed pieces."""
    RESTART = "restart"
    """Send half the request to the server, then restart the server and close."""
    EMPTY_LIST = "empty-list"
    """Answer 200 with an empty JSON list without asking the server (a broken LRS or proxy)."""


@dataclass
class Stats:
    """What went through the proxy."""

    requests: int = 0
    from_client: int = 0
    to_client: int = 0
    faults: dict[str, int] = field(default_factory=dict)


Plan = Callable[[str, str, int], Fault]
"""(method, path, request number) -> what to do with this request."""


class FaultProxy:
    """Listens on 127.0.0.1, port 0, and forwards to ``upstream`` with faults from ``plan``."""

    def __init__(self, upstream: Address, plan: Plan | None = None, *,
                 stall_seconds: float = 3.0, slow_piece: int = 2048, slow_delay: float = 0.002,
                 restart: Callable[[], Address] | None = None) -> None:
        self.upstream = upstream
        self.plan: Plan = plan or (lambda _m, _p, _n: Fault.PASS)
        self.stall_seconds = stall_seconds
        self.slow_piece = slow_piece
        self.slow_delay = slow_delay
        self.restart = restart
        self.cut_after: int | None = None
        """Cut the connection once, after this many reply bytes (a cable pulled mid-download)."""
        self.hold_after: int | None = None
        """Once, after this many reply bytes, send nothing more for ``stall_seconds`` (then
        close): a link that stalls mid-download; :attr:`holding` is set while it holds."""
        self.holding = threading.Event()
        self.stats = Stats()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def close(self) -> None:
        self._closing.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        self._listener.close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _count(self, key: str, value: int) -> None:
        with self._lock:
            setattr(self.stats, key, getattr(self.stats, key) + value)

    def _serve(self, client: socket.socket) -> None:
        reader = _Reader(client)
        try:
            while not self._closing.is_set():
                request = reader.request()
                if request is None:
                    return
                head, body = request
                self._count("from_client", len(head) + len(body))
                method, path = head.split(b" ", 2)[:2]
                with self._lock:
                    self.stats.requests += 1
                    number = self.stats.requests
                fault = self.plan(method.decode(), path.decode(), number)
                if fault is not Fault.PASS:
                    with self._lock:
                        self.stats.faults[fault.value] = self.stats.faults.get(fault.value, 0) + 1
                if not self._handle(client, fault, head, body):
                    return
        except OSError:
            return
        finally:
            client.close()

    def _handle(self, client: socket.socket, fault: Fault, head: bytes, body: bytes) -> bool:
        """Carry out one request; False when the client connection must close."""
        if fault is Fault.DROP:
            client.shutdown(socket.SHUT_RDWR)
            return False
        if fault is Fault.ERROR_500:
            return self._send(client, _canned(500, "Internal Server Error", b""))
        if fault is Fault.THROTTLE:
            return self._send(client, _canned(429, "Too Many Requests", b"Retry-After: 1\r\n"))
        if fault is Fault.EMPTY_LIST:
            return self._send(client, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                      b"Content-Length: 2\r\n\r\n[]")
        request = _closing_head(head) + body
        if fault is Fault.RESTART:
            with socket.create_connection(self.upstream, timeout=10) as up:
                up.sendall(request[: len(request) - max(1, len(body) // 2)])
                if self.restart is not None:
                    self.upstream = self.restart()
            return False
        with socket.create_connection(self.upstream, timeout=30) as up:
            up.sendall(request)
            if fault is Fault.STALL:
                _drain(up)
                self._closing.wait(self.stall_seconds)
                return False
            if fault is Fault.TRUNCATE:
                reply = _drain(up)
                self._send(client, reply[: len(reply) // 2])
                return False
            return self._pump(up, client, slow=fault is Fault.SLOW)

    def _send(self, client: socket.socket, data: bytes) -> bool:
        client.sendall(data)
        self._count("to_client", len(data))
        return True

    def _pump(self, up: socket.socket, client: socket.socket, *, slow: bool) -> bool:
        piece = self.slow_piece if slow else 256 * 1024
        while True:
            data = up.recv(piece)
            if not data:
                return True
            with self._lock:
                cut, hold, held = self.cut_after, self.hold_after, False
                if cut is not None:
                    if len(data) >= cut:
                        data, self.cut_after = data[:cut], None
                    else:
                        self.cut_after = cut - len(data)
                if hold is not None:
                    if len(data) >= hold:
                        data, self.hold_after, held = data[:hold], None, True
                    else:
                        self.hold_after = hold - len(data)
            self._send(client, data)
            if cut is not None and self.cut_after is None:
                client.shutdown(socket.SHUT_RDWR)
                return False
            if held:
                self.holding.set()
                self._closing.wait(self.stall_seconds)
                return False
            if slow:
                time.sleep(self.slow_delay)


class _Reader:
    """Reads whole HTTP/1.1 requests (head and Content-Length body) from a socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def request(self) -> tuple[bytes, bytes] | None:
        while b"\r\n\r\n" not in self.buffer:
            data = self.sock.recv(65536)
            if not data:
                return None
            self.buffer += data
        head, _, rest = self.buffer.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(rest) < length:
            data = self.sock.recv(65536)
            if not data:
                return None
            rest += data
        self.buffer = rest[length:]
        return head + b"\r\n\r\n", rest[:length]


def _closing_head(head: bytes) -> bytes:
    lines = [line for line in head.rstrip(b"\r\n").split(b"\r\n")
             if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n"


def _canned(status: int, reason: str, extra: bytes) -> bytes:
    return (f"HTTP/1.1 {status} {reason}\r\nContent-Length: 0\r\n".encode() + extra + b"\r\n")


def _drain(sock: socket.socket) -> bytes:
    chunks = []
    while data := sock.recv(65536):
        chunks.append(data)
    return b"".join(chunks)
