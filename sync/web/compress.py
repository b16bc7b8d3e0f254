"""Gzip for replies the client accepts it for, except files served by content (``/blobs/``).

Statement pages and the POST reply are JSON that shrinks several times over; blobs are
already-compressed media whose byte ranges and ETag must stay those of the stored file, so
they always go out as they are.
"""

from __future__ import annotations

from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

MINIMUM_SIZE = 1024
"""Smaller replies (errors, About, small id lists) gain less than gzip's own header costs."""
LEVEL = 6
"""zlib's default: nearly level 9's size on JSON at a fraction of its CPU time."""
UNCOMPRESSED_PREFIXES = ("/blobs/",)


class CompressReplies:
    """Starlette's :class:`GZipMiddleware` for every path but :data:`UNCOMPRESSED_PREFIXES`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=MINIMUM_SIZE, compresslevel=LEVEL)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(UNCOMPRESSED_PREFIXES):
            await self.app(scope, receive, send)
            return
        await self.gzip(scope, receive, send)
