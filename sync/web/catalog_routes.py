"""The pack catalog: the list, each pack's signed manifest, and files by content."""

from __future__ import annotations

import re

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from sync.catalog.packs import catalog_entries, has_blob, newest_manifest
from sync.web.http import HTTPError, config_of, db_of, json_response, require_principal

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
IMMUTABLE = "public, max-age=31536000, immutable"


async def catalog(request: Request) -> Response:
    """Every published pack, newest version of each."""
    await require_principal(request)
    entries = await run_in_threadpool(catalog_entries, db_of(request))
    return json_response({"packs": entries})


async def manifest(request: Request) -> Response:
    """``manifest.json`` or ``manifest.sig`` of a pack's newest version, byte for byte."""
    await require_principal(request)
    pack_id = request.path_params["pack_id"]
    if request.path_params["name"] not in ("manifest.json", "manifest.sig"):
        raise HTTPError(404, "a pack serves manifest.json and manifest.sig; files are blobs")
    found = await run_in_threadpool(newest_manifest, db_of(request), pack_id)
    if found is None:
        raise HTTPError(404, f"no pack {pack_id} is published here")
    data, signature, version = found
    headers = {"X-C4S-Pack-Version": str(version), "Cache-Control": "no-cache"}
    if request.path_params["name"] == "manifest.sig":
        return Response(signature, media_type="text/plain", headers=headers)
    return Response(data, media_type="application/json", headers=headers)


async def blob(request: Request) -> Response:
    """One published file by its SHA-256, with Range, ETag and immutable caching."""
    await require_principal(request)
    sha = request.path_params["sha256"]
    if not SHA256_RE.match(sha):
        raise HTTPError(404, "a blob is named by its SHA-256 in lower-case hex")
    path = config_of(request).blobs_dir / sha[:2] / sha
    if not await run_in_threadpool(has_blob, db_of(request), sha) or not path.is_file():
        raise HTTPError(404, "no published pack holds this file")
    etag = f'"{sha}"'
    headers = {"ETag": etag, "Cache-Control": IMMUTABLE}
    wanted = [tag.strip() for tag in request.headers.get("if-none-match", "").split(",")]
    if etag in wanted or "*" in wanted:
        return Response(status_code=304, headers=headers)
    return FileResponse(path, media_type="application/octet-stream", headers=headers)
