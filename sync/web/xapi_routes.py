"""The xAPI side: ``/xapi/about`` and the statements resource (PUT, POST, GET)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from c4s_desktop.core.xapi.validate import StatementInvalid, check_statement, load_json
from sync.auth.accounts import Principal, device_learners
from sync.db.engine import Database
from sync.db.instance import Instance, current_instance
from sync.web.http import (
    HTTPError,
    config_of,
    db_of,
    json_response,
    read_body,
    require_principal,
)
from sync.xapi import query as statement_query
from sync.xapi.formats import apply_format
from sync.xapi.store import (
    ForeignVoid,
    NotYours,
    StatementConflict,
    duplicate_id,
    store_statements,
)
from sync.xapi.timestamps import to_micros

XAPI_VERSION = "1.0.3"
EXTENSION = "https://c4s.invalid/xapi/extensions/server"
SKIP_OWN_HEADER = "X-C4S-Skip-Own"
"""A device's query leaves out the statements it wrote itself: it holds them, and sending
them back would double what a sync costs on a paid connection (not an xAPI parameter, which
an LRS must refuse, so a header; a generic LRS ignores it)."""


async def about(request: Request) -> Response:
    """The About resource: versions spoken and what this server adds, with the database's
    instance id (read on every request: a restore or ``c4s-sync mark-restored`` changes it)."""
    limits = config_of(request).limits
    ours: dict[str, Any] = {
        "name": "c4s-sync", "gzip": True, "max_body": limits.max_body,
        "max_batch": limits.max_batch, "enroll": "/devices/enroll",
        "learners": "/devices/learners", "catalog": "/catalog", "skip_own": True,
    }
    instance = await run_in_threadpool(_instance, db_of(request))
    if instance is not None:
        ours["instance"] = instance.instance_id
        if instance.restored_through is not None:
            ours["restored_through"] = instance.restored_through
    return json_response({"version": [XAPI_VERSION], "extensions": {EXTENSION: ours}})


def _instance(db: Database) -> Instance | None:
    with db.read() as conn:
        return current_instance(conn)


def _parse_statements(data: bytes, *, single: bool) -> list[Any]:
    try:
        value = load_json(data)
    except StatementInvalid as exc:
        raise HTTPError(400, f"{exc.field}: {exc.problem}") from exc
    except (ValueError, RecursionError) as exc:
        # What load_json lets through: an integer longer than Python converts (ValueError),
        # arrays or objects nested deeper than the parser recurses (RecursionError).
        raise HTTPError(400, "statement: the body is not valid JSON (a number too long or "
                             "nesting too deep)") from exc
    batch = value if isinstance(value, list) else [value]
    if single and isinstance(value, list):
        raise HTTPError(400, "statement: PUT takes one statement, not an array")
    for n, statement in enumerate(batch):
        try:
            check_statement(statement, f"[{n}]" if isinstance(value, list) else "")
        except StatementInvalid as exc:
            raise HTTPError(400, f"{exc.field}: {exc.problem}") from exc
    return batch


def _check_content_type(request: Request) -> None:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise HTTPError(400, "Content-Type must be application/json "
                             "(multipart attachments and the alternate syntax are not taken)")


async def _store(request: Request, principal: Principal, batch: list[Any]) -> list[str]:
    limits = config_of(request).limits
    if len(batch) > limits.max_batch:
        raise HTTPError(413, f"a batch holds at most {limits.max_batch} statements")
    duplicate = duplicate_id(batch)
    if duplicate:
        raise HTTPError(400, f"id: {duplicate} occurs twice in the batch")
    try:
        return await run_in_threadpool(store_statements, db_of(request), principal, batch)
    except StatementConflict as exc:
        raise HTTPError(409, f"id: statement {exc.statement_id} is already held with other "
                             "content") from exc
    except ForeignVoid as exc:
        raise HTTPError(403, "object: a voiding statement may void only a statement about "
                             "the same learner") from exc
    except NotYours as exc:
        raise HTTPError(403, "actor: these credentials may write only for the learners "
                             "registered through this device") from exc


async def put_statement(request: Request) -> Response:
    """PUT one statement with ``statementId``; 204 when stored or already held unchanged."""
    principal = await require_principal(request)
    params = list(request.query_params.multi_items())
    names = [name for name, _ in params]
    if names != ["statementId"]:
        raise HTTPError(400, "PUT takes exactly one parameter, statementId")
    statement_id = params[0][1]
    _check_content_type(request)
    batch = _parse_statements(await read_body(request), single=True)
    try:
        uuid.UUID(statement_id)
    except ValueError as exc:
        raise HTTPError(400, "statementId must be a UUID") from exc
    statement = dict(batch[0])
    if "id" in statement and str(statement["id"]).lower() != statement_id.lower():
        raise HTTPError(400, "id: differs from the statementId parameter")
    statement["id"] = statement_id.lower()
    await _store(request, principal, [statement])
    return Response(status_code=204)


async def post_statements(request: Request) -> Response:
    """POST one statement or a batch (all or nothing); 200 with the ids in order."""
    principal = await require_principal(request)
    if request.query_params:
        raise HTTPError(400, "POST to statements takes no parameters "
                             "(the alternate request syntax is not supported)")
    _check_content_type(request)
    batch = _parse_statements(await read_body(request), single=False)
    ids = await _store(request, principal, batch)
    return json_response(ids)


def _http_date(stored: str) -> str:
    moment = datetime.fromtimestamp(to_micros(stored) / 1_000_000, UTC)
    return format_datetime(moment, usegmt=True)


def _learners_for(request: Request, principal: Principal) -> set[str] | None:
    if principal.device_id is None:
        return None
    with db_of(request).read() as conn:
        return device_learners(conn, principal.device_id)


def _attachments_response(payload: bytes, headers: dict[str, str]) -> Response:
    # Statements here never carry attachment data (only fileUrl), so one part is complete.
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Type: application/json\r\n\r\n".encode() + payload
            + f"\r\n--{boundary}--\r\n".encode())
    return Response(body, media_type=f'multipart/mixed; boundary="{boundary}"', headers=headers)


async def get_statements(request: Request) -> Response:
    """GET one statement by id, or a filtered page of them."""
    principal = await require_principal(request)
    try:
        parsed = statement_query.parse(list(request.query_params.multi_items()))
    except statement_query.BadQuery as exc:
        raise HTTPError(400, str(exc)) from exc
    headers: dict[str, str] = {}
    language = request.headers.get("accept-language", "")
    db = db_of(request)
    if isinstance(parsed, statement_query.Single):
        found = await run_in_threadpool(_fetch_single, db, parsed)
        if found is None:
            raise HTTPError(404, "there is no such statement")
        body, learner = found
        learners = await run_in_threadpool(_learners_for, request, principal)
        if learners is not None and learner not in learners:
            raise HTTPError(403, "this statement is not about a learner of this device")
        statement = json.loads(body)
        headers["Last-Modified"] = _http_date(statement["stored"])
        payload = json.dumps(apply_format(statement, parsed.format, language),
                             ensure_ascii=False).encode()
        if parsed.attachments:
            return _attachments_response(payload, headers)
        return Response(payload, media_type="application/json", headers=headers)
    learners = await run_in_threadpool(_learners_for, request, principal)
    if learners is not None and parsed.agent is not None and parsed.agent_learner not in learners:
        raise HTTPError(403, "agent: not a learner registered through this device")
    page = config_of(request).limits.page_size
    skip_own = request.headers.get(SKIP_OWN_HEADER, "").lower() == "true"
    not_by = principal.device_id if skip_own else None
    bodies, more = await run_in_threadpool(_run_query, db, parsed, learners, page, not_by)
    if parsed.format == "exact":
        listed = ",".join(bodies)
    else:
        listed = ",".join(json.dumps(apply_format(json.loads(b), parsed.format, language),
                                     ensure_ascii=False) for b in bodies)
    payload = f'{{"statements":[{listed}],"more":{json.dumps(more)}}}'.encode()
    if parsed.attachments:
        return _attachments_response(payload, headers)
    return Response(payload, media_type="application/json", headers=headers)


def _fetch_single(db: Any, single: statement_query.Single) -> tuple[str, str | None] | None:
    with db.read() as conn:
        return statement_query.fetch_single(conn, single)


def _run_query(db: Any, q: statement_query.Query, learners: set[str] | None, page: int,
               not_by: str | None) -> tuple[list[str], str]:
    with db.read() as conn:
        return statement_query.run(conn, q, learners, page, not_by)


async def statements(request: Request) -> Response:
    """Dispatch the statements resource by method."""
    if request.method == "PUT":
        return await put_statement(request)
    if request.method == "POST":
        return await post_statements(request)
    return await get_statements(request)
