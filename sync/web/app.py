"""The ASGI application: routes, the xAPI version header, gzip replies, and errors as JSON.

The application keeps no state of its own beyond connection pools: credentials, rate buckets,
statements and the catalog live in the database, so any number of processes can serve one
PostgreSQL database.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.exc import DBAPIError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.auth.seen import SeenDevices
from sync.config import ServerConfig
from sync.db.engine import Database
from sync.db.failures import RETRY_AFTER_S, log_failure, storage_error
from sync.web import catalog_routes, device_routes, xapi_routes
from sync.web.compress import CompressReplies
from sync.web.http import HTTPError, error_response
from sync.xapi.timestamps import from_micros, now_micros

log = logging.getLogger("c4s.sync")
VERSION_HEADER = b"x-experience-api-version"
CONSISTENT_HEADER = b"x-experience-api-consistent-through"


def _version_problem(value: str | None) -> str | None:
    """Why an ``X-Experience-API-Version`` value is refused (Communication 3.3), or None."""
    if value is None:
        return "the X-Experience-API-Version header is missing (send 1.0.3)"
    if value == "1.0" or value.startswith("1.0."):
        return None
    return f"X-Experience-API-Version {value} is not supported (this server speaks 1.0.3)"


class XapiVersion:
    """Under ``/xapi/``: refuse requests without a 1.0.x version; send 1.0.3 on every reply,
    and ``X-Experience-API-Consistent-Through`` on every reply of the statements resource
    (errors included): now less the margin within which a statement being written may not be
    visible yet (Communication 2.1.3)."""

    def __init__(self, app: ASGIApp, margin_s: float) -> None:
        self.app = app
        self.margin_us = int(margin_s * 1_000_000)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/xapi/"):
            await self.app(scope, receive, send)
            return

        statements = scope["path"] == "/xapi/statements"

        async def send_with_version(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() != VERSION_HEADER]
                headers.append((VERSION_HEADER, xapi_routes.XAPI_VERSION.encode()))
                if statements:
                    through = from_micros(now_micros() - self.margin_us)
                    headers.append((CONSISTENT_HEADER, through.encode()))
                message = {**message, "headers": headers}
            await send(message)

        if scope["path"] != "/xapi/about":
            given = None
            for key, value in scope.get("headers", []):
                if key.lower() == VERSION_HEADER:
                    given = value.decode("latin-1").strip()
            problem = _version_problem(given)
            if problem:
                response = JSONResponse({"error": problem}, status_code=400)
                await response(scope, receive, send_with_version)
                return
        await self.app(scope, receive, send_with_version)


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPError)
    return error_response(exc)


async def _database_failed(request: Request, exc: Exception) -> Response:
    """503 with ``Retry-After`` when the database fails underneath the server (a full disk,
    PostgreSQL down, a lock, a damaged file), logged in one line a minute: the request was
    fine, and it will succeed once the operator has mended the cause. Anything else is a bug
    (:func:`_unexpected`)."""
    db: Database = request.app.state.db
    error = storage_error(exc, db.where)
    if error is None:
        raise exc
    log_failure(error)
    cause = error.code.removeprefix("server.db_")
    return JSONResponse({"error": "the server cannot use its database for now; retry later"},
                        status_code=503, headers={"Retry-After": str(RETRY_AFTER_S[cause])})


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("%s %s failed", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"error": "the server failed; see its log"}, status_code=500)


def create_app(config: ServerConfig, db: Database) -> ASGIApp:
    """The server's ASGI application over an open, migrated database."""
    routes = [
        Route("/xapi/about", xapi_routes.about, methods=["GET"]),
        Route("/xapi/statements", xapi_routes.statements, methods=["GET", "PUT", "POST"]),
        Route("/devices/enroll", device_routes.enroll, methods=["POST"]),
        Route("/devices/learners", device_routes.learners, methods=["POST"]),
        Route("/catalog", catalog_routes.catalog, methods=["GET"]),
        Route("/packs/{pack_id}/{name:str}", catalog_routes.manifest, methods=["GET"]),
        Route("/blobs/{sha256}", catalog_routes.blob, methods=["GET"]),
    ]
    handlers: dict[Any, Any] = {HTTPError: _http_error, DBAPIError: _database_failed,
                                Exception: _unexpected}
    app = Starlette(routes=routes, exception_handlers=handlers)
    app.state.config = config
    app.state.db = db
    app.state.seen = SeenDevices()
    return XapiVersion(CompressReplies(app), config.limits.consistency_margin_s)
