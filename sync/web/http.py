"""What every route shares: errors as JSON, bounded (and gzip) bodies, credentials, rate."""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from sync.auth.accounts import Principal
from sync.auth.seen import SeenDevices
from sync.auth.throttle import LoginThrottled, login
from sync.config import ServerConfig
from sync.db.engine import Database
from sync.ratelimit import take_token
from sync.web.access_log import note_who

REALM = 'Basic realm="c4s-sync", charset="UTF-8"'
DEVICE_ID_RE = re.compile(r"dev-[0-9a-f]{16}")
"""A device id as enrollment makes them: the access log names it even when refused."""


class HTTPError(Exception):
    """Ends a request with ``status`` and ``{"error": message}``."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def error_response(exc: HTTPError) -> JSONResponse:
    """The JSON response of an :class:`HTTPError`."""
    return JSONResponse({"error": exc.message}, status_code=exc.status, headers=exc.headers)


def db_of(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def config_of(request: Request) -> ServerConfig:
    config: ServerConfig = request.app.state.config
    return config


async def read_body(request: Request) -> bytes:
    """The request body, gunzipped when sent so; 413 past the size cap, which both the bytes
    received and the bytes they unzip to must keep under."""
    cap = config_of(request).limits.max_body
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise HTTPError(413, f"the request is larger than {cap} bytes")
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("identity", "gzip"):
        raise HTTPError(415, f"Content-Encoding {encoding} is not accepted (use gzip)")
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding == "gzip" else None
    parts: list[bytes] = []
    size = wire = 0
    async for chunk in request.stream():
        # Counted before unzipping too: gzip can inflate to nothing (empty stored blocks),
        # so the unzipped size alone would let a client send without end.
        wire += len(chunk)
        if wire > cap:
            raise HTTPError(413, f"the request is larger than {cap} bytes")
        if inflate is not None:
            try:
                # Never inflate more than the cap allows, whatever the compression ratio.
                chunk = inflate.decompress(chunk, cap + 1 - size)
            except zlib.error as exc:
                raise HTTPError(400, "the gzip body is damaged") from exc
            if inflate.unconsumed_tail:
                raise HTTPError(413, f"the request is larger than {cap} bytes once unzipped")
        size += len(chunk)
        if size > cap:
            raise HTTPError(413, f"the request is larger than {cap} bytes")
        parts.append(chunk)
    if inflate is not None and not inflate.eof:
        raise HTTPError(400, "the gzip body is incomplete")
    return b"".join(parts)


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    username, sep, password = decoded.partition(":")
    return (username, password) if sep else None


async def require_principal(request: Request) -> Principal:
    """Who sent the request (401 otherwise), after taking a token from a device's bucket;
    429 after too many failed logins from this address or for this name."""
    given = _basic_credentials(request)
    principal = None
    if given is not None:
        address = request.client.host if request.client else ""
        try:
            principal = await run_in_threadpool(login, db_of(request), config_of(request).limits,
                                                address, *given)
        except LoginThrottled as exc:
            raise HTTPError(429, "too many failed logins from this address or for this name; "
                                 "retry later", {"Retry-After": str(exc.wait)}) from exc
    if principal is None:
        # A revoked or mistyped laptop is what an operator looks for after "it could not
        # sync"; any other refused name stays out, as it may be a password typed there.
        if given is not None and DEVICE_ID_RE.fullmatch(given[0]):
            note_who(request.scope, given[0])
        raise HTTPError(401, "credentials are missing, wrong, or revoked",
                        {"WWW-Authenticate": REALM})
    # Before the rate limit: a device answered 429 is still worth finding in the log.
    note_who(request.scope, principal.username)
    if not principal.is_admin:
        limits = config_of(request).limits
        wait = await run_in_threadpool(take_token, db_of(request), principal.username,
                                       limits.rate, limits.burst)
        if wait:
            raise HTTPError(429, "too many requests from this device; retry later",
                            {"Retry-After": str(wait)})
        seen: SeenDevices = request.app.state.seen
        if seen.due(principal.username):
            await run_in_threadpool(seen.note, db_of(request), principal.username,
                                    request.client.host if request.client else "")
    return principal


def json_response(content: Any, status: int = 200, headers: dict[str, str] | None = None
                  ) -> JSONResponse:
    """A JSON response (UTF-8, as written by Starlette)."""
    return JSONResponse(content, status_code=status, headers=headers)
