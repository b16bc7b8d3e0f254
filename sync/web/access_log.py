"""The access log: one line per request, in the Combined Log Format plus the duration.

::

    203.0.113.7 - dev-3f2a… [05/May/2026:09:12:03 +0000] "POST /xapi/statements HTTP/1.1"
        200 61 "-" "c4s-desktop/1.4.0" 12.4        (one line)

client address, ``-`` (identd), who (the device's id, or the admin's name, once their
credentials are accepted, and a device id whose secret is refused; ``-`` otherwise), the time
the request arrived in UTC, the request line, the status, the bytes of the reply's body as sent
(gzipped when it was; ``-`` for none), Referer, User-Agent and the milliseconds from the
request's arrival to its reply's last part. It is the format Apache and nginx write by default with
one field added at the end, which GoAccess (``%L``), awk and most log tools read.

What is never written: the query string (``agent`` holds a learner's e-mail or account,
``statementId`` and ``registration`` their records), the headers other than those two (the
Authorization header, cookies), the request and reply bodies, and a refused name that is not
a device id (it may be a mistyped password). A Referer loses its query string too. Every byte
a client chose (path, Referer, User-Agent, forwarded address) is escaped as ``\\xHH`` outside
printable ASCII, as Apache does, so a request cannot forge or break a line.
"""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.logfile import LogSink

WHO_KEY = "c4s.who"
"""The scope key under which :func:`note_who` leaves who sent the request."""
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Bounds keep a line under PIPE_BUF (4096 bytes), so one written to a pipe stays whole.
_MAX_TARGET = 2048
_MAX_HEADER = 512
_MAX_WORD = 128
_PRINTABLE = frozenset(range(0x20, 0x7F)) - {ord('"'), ord("\\")}
_ESCAPES = {b: bytes([b]) if b in _PRINTABLE else b"\\x%02x" % b for b in range(256)}
_ESCAPES[ord('"')] = b'\\"'
_ESCAPES[ord("\\")] = b"\\\\"
_WORD_ESCAPES = {**_ESCAPES, ord(" "): b"\\x20"}
"""Unquoted fields (address, who, method) may not hold a space either."""
_SAFE = bytes(sorted(_PRINTABLE))
_SAFE_WORD = _SAFE.replace(b" ", b"")


def note_who(scope: Scope, username: str) -> None:
    """Record, for the access log, who the request's accepted credentials belong to."""
    scope[WHO_KEY] = username


def _escape(value: bytes, limit: int, word: bool = False) -> bytes:
    if not value:
        return b"-"
    table, safe = (_WORD_ESCAPES, _SAFE_WORD) if word else (_ESCAPES, _SAFE)
    # Nearly every value is plain: checked in C, and copied only when something is not.
    if value.translate(None, safe):
        value = b"".join(table[b] for b in value)
    return value if len(value) <= limit else value[:limit] + b"..."


class _Clock:
    """``[05/May/2026:09:12:03 +0000]``, formatted once a second (English month names
    whatever the locale: log tools expect them)."""

    def __init__(self) -> None:
        self._second = -1
        self._text = b""

    def stamp(self, now: float) -> bytes:
        second = int(now)
        if second != self._second:
            t = time.gmtime(second)
            self._text = (f"[{t.tm_mday:02d}/{_MONTHS[t.tm_mon - 1]}/{t.tm_year}:"
                          f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d} +0000]").encode()
            self._second = second
        return self._text


def format_line(scope: Scope, arrived: float, status: int, sent: int, took_s: float,
                clock: _Clock | None = None) -> bytes:
    """The log line of a finished request (ending in a newline)."""
    client = scope.get("client")
    address = str(client[0]).encode() if client else b""
    who = scope.get(WHO_KEY, "").encode()
    target = scope.get("raw_path") or scope["path"].encode()
    referer = user_agent = b""
    for key, value in scope.get("headers", ()):
        if key == b"referer":
            referer = value.split(b"?", 1)[0].split(b"#", 1)[0]
        elif key == b"user-agent":
            user_agent = value
    request = b"%s %s HTTP/%s" % (_escape(scope["method"].encode(), _MAX_WORD, word=True),
                                  _escape(target.split(b"?", 1)[0], _MAX_TARGET),
                                  scope.get("http_version", "1.1").encode())
    return b'%s - %s %s "%s" %d %s "%s" "%s" %.1f\n' % (
        _escape(address, _MAX_WORD, word=True), _escape(who, _MAX_WORD, word=True),
        (clock or _Clock()).stamp(arrived), request, status,
        str(sent).encode() if sent else b"-", _escape(referer, _MAX_HEADER),
        _escape(user_agent, _MAX_HEADER), took_s * 1000)


class AccessLog:
    """ASGI middleware writing one :func:`format_line` per HTTP request to ``sink``.

    The line is written as the reply's last part is handed to the connection, so it is in the
    log by the time the client has the whole reply (``tail -f`` shows it at once, and a test
    reads it without waiting). A request that fails before its reply ends is written when it
    fails; one whose reply never started is logged as uvicorn answers it, 500.
    """

    def __init__(self, app: ASGIApp, sink: LogSink) -> None:
        self.app = app
        self.sink = sink
        self._clock = _Clock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        arrived = time.time()
        started = time.perf_counter()
        status = 500
        sent = 0
        logged = False

        def write() -> None:
            nonlocal logged
            logged = True
            self.sink.write(format_line(scope, arrived, status, sent,
                                        time.perf_counter() - started, self._clock))

        async def send_counted(message: Message) -> None:
            nonlocal status, sent
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
                if not message.get("more_body", False):
                    write()
            await send(message)

        try:
            await self.app(scope, receive, send_counted)
        finally:
            if not logged:
                write()
