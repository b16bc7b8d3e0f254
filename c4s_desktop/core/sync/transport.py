"""HTTP to the sync server or an LRS: one ``requests`` session with Basic auth, the xAPI
version header, gzip request bodies when the server accepts them, timeouts, and a count of
the bytes that went over the wire.
"""

from __future__ import annotations

import gzip
import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from c4s_desktop import __version__
from c4s_desktop.core.errors import SyncError
from c4s_desktop.core.sync.credentials import Credentials

XAPI_VERSION_HEADER = "X-Experience-API-Version"
XAPI_VERSION = "1.0.3"
SERVER_EXTENSION = "https://c4s.invalid/xapi/extensions/server"
GZIP_MIN_BYTES = 1024
# Level 5 gives nearly all of level 9's ratio on statement JSON at a fraction of the time.
GZIP_LEVEL = 5


READ_PIECE = 64 * 1024


@dataclass(frozen=True)
class TransportConfig:
    """Timeouts (seconds): connecting, and the longest silence while waiting for bytes; and
    the slowest reply (bytes a second, on average) still waited for once ``read_timeout`` has
    gone by. A download's body (streamed, often long) is given up on as stalled when fewer
    than ``trickle_bytes`` arrive in ``trickle_window`` seconds (see ``downloads.py``)."""

    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    min_rate: float = 64.0
    # Under 1 KiB in a minute is 17 bytes a second: a proxy or a failing link sending a few
    # bytes now and then, not a usable link. 2G (GPRS, some 5 kB/s at worst) brings that in a
    # fraction of a second, and the Get packs speed limit goes no lower than 10 kB/s, so a
    # slow but moving download is never cut.
    trickle_window: float = 60.0
    trickle_bytes: int = 1024


@dataclass(frozen=True)
class ServerInfo:
    """What the About resource says; a generic LRS has none of the C4S extras."""

    gzip: bool = False
    max_body: int | None = None
    max_batch: int | None = None
    enroll: str | None = None
    learners: str | None = None
    catalog: str | None = None
    skip_own: bool = False
    """Pulls may ask to leave out what this device sent (see ``pull.py``)."""
    instance: str | None = None
    """Which copy of its data the server holds: another one after a restore from a backup
    (see ``server_instance.py``)."""
    restored_through: str | None = None
    """The newest ``stored`` the restored backup held."""

    @classmethod
    def from_about(cls, about: Any) -> ServerInfo:
        ext = about.get("extensions", {}) if isinstance(about, dict) else {}
        info = ext.get(SERVER_EXTENSION) if isinstance(ext, dict) else None
        if not isinstance(info, dict):
            return cls()

        def text(key: str) -> str | None:
            value = info.get(key)
            return value if isinstance(value, str) and value else None

        def number(key: str) -> int | None:
            value = info.get(key)
            return value if isinstance(value, int) and value > 0 else None

        return cls(gzip=info.get("gzip") is True, max_body=number("max_body"),
                   max_batch=number("max_batch"), enroll=text("enroll"),
                   learners=text("learners"), catalog=text("catalog"),
                   skip_own=info.get("skip_own") is True, instance=text("instance"),
                   restored_through=text("restored_through"))


@dataclass
class WireCounter:
    """Bytes sent and received, headers included (an estimate of the HTTP/1.1 framing)."""

    sent: int = 0
    received: int = 0
    requests: int = 0
    by_status: dict[int, int] = field(default_factory=dict)


class Transport:
    """One session to one server; not thread-safe (one sync run at a time uses it)."""

    def __init__(self, creds: Credentials, config: TransportConfig | None = None) -> None:
        self.creds = creds
        self.config = config or TransportConfig()
        self.session = requests.Session()
        self.session.auth = (creds.username, creds.secret)
        self.session.headers.update({
            XAPI_VERSION_HEADER: XAPI_VERSION,
            "User-Agent": f"c4s-desktop/{__version__}",
        })
        self.wire = WireCounter()
        self.info: ServerInfo | None = None
        self._origins = {origin(creds.server), origin(creds.endpoint)}

    def close(self) -> None:
        self.session.close()

    def xapi_url(self, path: str) -> str:
        """A URL under the xAPI endpoint (``statements``, ``about``)."""
        return urljoin(self.creds.endpoint, path)

    def server_url(self, path: str) -> str:
        """A URL under the server's base (device endpoints, catalog, blobs)."""
        return urljoin(self.creds.server, path)

    def request(self, method: str, url: str, *, body: bytes | None = None,
                compress: bool = False, headers: dict[str, str] | None = None,
                params: dict[str, str] | None = None, stream: bool = False,
                ) -> requests.Response:
        """Send one request. Connection problems raise ``requests.RequestException``.

        Only to the configured server: replies name URLs (a page's ``more`` link, the paths in
        About), and a server that named another host would have this device's credentials
        sent there. Such a URL raises :class:`SyncError` (``sync.bad_reply``).
        """
        if origin(url) not in self._origins:
            raise SyncError("sync.bad_reply", server=self.creds.server,
                            detail=f"a link to another server: {origin(url)}")
        extra = dict(headers or {})
        if body is not None:
            extra.setdefault("Content-Type", "application/json")
            if compress and len(body) >= GZIP_MIN_BYTES:
                body = gzip.compress(body, GZIP_LEVEL)
                extra["Content-Encoding"] = "gzip"
        response = self.session.request(
            method, url, data=body, headers=extra, params=params, stream=True,
            timeout=(self.config.connect_timeout, self.config.read_timeout),
        )
        if not stream:
            self._read_body(response)
        self._count(response, len(body or b""))
        return response

    def _read_body(self, response: requests.Response) -> None:
        """Read the reply's body as ``requests`` does for an unstreamed request, but give up
        on one trickling in: the read timeout counts the silence between bytes only, so a
        proxy sending a byte every 20 s held the sync run (and every run after it) for good.
        """
        started, received, pieces = time.monotonic(), 0, []
        while piece := read_some(response):
            pieces.append(piece)
            received += len(piece)
            waited = time.monotonic() - started
            if waited > self.config.read_timeout and received < self.config.min_rate * waited:
                response.close()
                raise requests.exceptions.ReadTimeout(
                    f"the reply trickled in: {received} bytes in {waited:.0f} s")
        # What Response.content leaves behind after reading the body itself.
        response._content = b"".join(pieces)
        response._content_consumed = True
        response.raw.release_conn()  # back to the session's pool, as after .content

    def json_request(self, method: str, url: str, payload: Any = None) -> requests.Response:
        """A request with a JSON body (compressed when the server accepts it)."""
        body = None if payload is None else json.dumps(payload, separators=(",", ":")).encode()
        gzip_ok = self.info is not None and self.info.gzip
        return self.request(method, url, body=body, compress=gzip_ok)

    def about(self) -> ServerInfo:
        """Read (once per transport) what the server offers."""
        if self.info is None:
            response = self.get_ok(self.xapi_url("about"))
            self.info = ServerInfo.from_about(read_json(response, self.creds.server))
        return self.info

    def get_ok(self, url: str, params: dict[str, str] | None = None) -> requests.Response:
        """GET that must answer 200; any failure becomes a :class:`SyncError`."""
        try:
            response = self.request("GET", url, params=params)
        except requests.RequestException as exc:
            raise unreachable(self.creds.server, exc) from exc
        check_status(response, self.creds.server)
        return response

    def _count(self, response: requests.Response, body_len: int) -> None:
        prepared = response.request
        target = urlsplit(prepared.url or "")
        sent = len(f"{prepared.method} {prepared.path_url} HTTP/1.1\r\n")
        sent += len(f"Host: {target.netloc}\r\n")
        sent += sum(len(k) + len(str(v)) + 4 for k, v in prepared.headers.items()) + 2
        self.wire.sent += sent + body_len
        received = len(f"HTTP/1.1 {response.status_code} {response.reason}\r\n")
        received += sum(len(k) + len(v) + 4 for k, v in response.headers.items()) + 2
        length = response.headers.get("Content-Length")
        if length and length.isdigit():
            received += int(length)
        self.wire.received += received
        self.wire.requests += 1
        self.wire.by_status[response.status_code] = (
            self.wire.by_status.get(response.status_code, 0) + 1)


def read_some(response: requests.Response) -> bytes:
    """What of the body has come, up to :data:`READ_PIECE` bytes (``read`` would wait for a
    whole piece or the end); urllib3's errors become the ``requests`` ones that reading
    ``Response.content`` raises, which the callers handle."""
    try:
        return bytes(response.raw.read1(READ_PIECE, decode_content=True))
    except urllib3.exceptions.ProtocolError as exc:
        raise requests.exceptions.ChunkedEncodingError(exc) from exc
    except urllib3.exceptions.DecodeError as exc:
        raise requests.exceptions.ContentDecodingError(exc) from exc
    except urllib3.exceptions.ReadTimeoutError as exc:
        raise requests.exceptions.ConnectionError(exc) from exc
    except urllib3.exceptions.SSLError as exc:
        raise requests.exceptions.SSLError(exc) from exc


def origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port of ``url`` (the port filled in for http and https)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:  # not a port number: matches no configured server
        port = -1
    return scheme, (parts.hostname or "").lower(), port or {"http": 80, "https": 443}.get(scheme)


def unreachable(server: str, exc: BaseException) -> SyncError:
    """The error for a server that did not answer."""
    return SyncError("sync.unreachable", server=server, detail=exc.__class__.__name__)


def check_status(response: requests.Response, server: str) -> None:
    """Raise the :class:`SyncError` that fits a non-2xx answer."""
    status = response.status_code
    if 200 <= status < 300:
        return
    if status == 401:
        raise SyncError("sync.unauthorized", server=server)
    if status == 403:
        raise SyncError("sync.forbidden", server=server, detail=error_reason(response))
    if status == 503:
        # Not a failure of the request: the server (or its database or disk) is down for
        # now and asked to be tried later, which is what the learner needs to know.
        raise SyncError("sync.server_unavailable", server=server,
                        detail=error_reason(response))
    raise SyncError("sync.server_error", server=server, status=status)


def error_reason(response: requests.Response) -> str:
    """The server's own words about a refusal (``{"error": ...}`` or the text), shortened."""
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("error"), str):
        text = data["error"]
    else:
        text = response.text.strip() or f"HTTP {response.status_code}"
    return text[:500]


def json_body(response: requests.Response) -> Any:
    """The JSON body of a reply, or None when it is not JSON (for ``accept`` checks, which
    look at its shape: an answer cut short or a proxy's page is then asked again)."""
    try:
        return response.json()
    except ValueError:
        return None


def read_json(response: requests.Response, server: str) -> Any:
    """The JSON body of a reply; :class:`SyncError` when it is not JSON."""
    try:
        return response.json()
    except ValueError as exc:
        raise not_understood(response, server) from exc


def not_understood(response: requests.Response, server: str) -> SyncError:
    """The error for a reply that is not what the server sends: a web page is most likely a
    network's sign-in page (hotel or office Wi-Fi) answering in the server's place, which the
    learner can deal with; anything else needs an administrator."""
    if response.headers.get("Content-Type", "").lower().startswith("text/html"):
        return SyncError("sync.web_page", server=server)
    return SyncError("sync.bad_reply", server=server)
