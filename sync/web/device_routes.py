"""Enrollment (a one-time code for credentials) and learner registration."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from c4s_desktop.core.xapi.validate import UUID_RE
from sync.auth.accounts import redeem_code, register_learners
from sync.web.http import HTTPError, db_of, json_response, read_body, require_principal


def _json_object(data: bytes) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        # ValueError covers bad UTF-8, bad JSON and an integer longer than Python converts;
        # RecursionError, arrays or objects nested deeper than the parser recurses.
        raise HTTPError(400, "the body is not JSON") from exc
    if not isinstance(value, dict):
        raise HTTPError(400, "the body must be a JSON object")
    return value


async def enroll(request: Request) -> Response:
    """Exchange a one-time code for device credentials (the secret is shown only here)."""
    body = _json_object(await read_body(request))
    code = body.get("code")
    if not isinstance(code, str) or not code.strip():
        raise HTTPError(400, "code: give the enrollment code printed by c4s-sync enroll")
    enrollment = await run_in_threadpool(redeem_code, db_of(request), code)
    if enrollment is None:
        raise HTTPError(400, "code: this code is unknown, already used or expired; "
                             "ask the server's admin for a new one")
    return json_response({"device_id": enrollment.device_id, "username": enrollment.device_id,
                          "secret": enrollment.secret, "xapi": "/xapi/"}, status=201)


async def learners(request: Request) -> Response:
    """Register learners through the calling device."""
    principal = await require_principal(request)
    if principal.device_id is None:
        raise HTTPError(403, "only a device registers learners")
    body = _json_object(await read_body(request))
    listed = body.get("learners")
    if not isinstance(listed, list):
        raise HTTPError(400, "learners: must be an array of {id, name}")
    wanted: list[tuple[str, str | None]] = []
    for n, item in enumerate(listed):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) \
                or not UUID_RE.match(item["id"]):
            raise HTTPError(400, f"learners[{n}].id: must be the learner's UUID")
        name = item.get("name")
        if name is not None and not isinstance(name, str):
            raise HTTPError(400, f"learners[{n}].name: must be a string")
        wanted.append((item["id"].lower(), name))
    try:
        ids = await run_in_threadpool(register_learners, db_of(request), principal.device_id,
                                      wanted)
    except IntegrityError:
        # The same device registered the same learner at the same moment: now it is known.
        ids = await run_in_threadpool(register_learners, db_of(request), principal.device_id,
                                      wanted)
    return json_response({"registered": ids})
