"""Pulling: each learner's statements from the server, newer than the last one seen.

Pulled statements are recorded with ``origin = 'server'`` through the progress log, which
keeps a statement it already holds untouched (so a local statement is never overwritten)
and derives the item states from the new ones.

A learner's first pull on this database (no cursor: new here, or the database was restored
from a backup) takes everything the server holds for them, this device's own statements too,
so a restored computer gets back what it had sent since the backup. Every later pull asks
the project's server to leave out what this device sent (``X-C4S-Skip-Own``): the device
holds those, and getting each statement back once would double what a sync costs. The first
pull of a run goes before the push, so what the push sends is not fetched straight back.
A first pull cut short keeps its place with a ``first:`` cursor and goes on as a first pull
next time, so nothing of this device's own is skipped before it has all come back.

A stop abandons the page on its way (see :func:`~c4s_desktop.core.sync.resilient.send`):
nothing of it is recorded, and the cursor stays after the last page recorded. A page is
recorded in one transaction, then its cursor saved; a run cut between the two (the app
quitting) only reads that page again, and statements already held are skipped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any
from urllib.parse import urljoin

import requests

from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.access import StoreCall
from c4s_desktop.core.sync.learners import pull_cursors, save_cursor
from c4s_desktop.core.sync.progress import RECEIVING, ProgressCallback
from c4s_desktop.core.sync.resilient import send
from c4s_desktop.core.sync.retry import CancelToken, RetryPolicy
from c4s_desktop.core.sync.transport import Transport, check_status, json_body, read_json
from c4s_desktop.core.xapi.statements import learner_actor

PAGE_SIZE = 500
SKIP_OWN_HEADER = "X-C4S-Skip-Own"
EPOCH = "1970-01-01T00:00:00.000Z"
"""The cursor after a first pull that found nothing: later pulls are no longer first ones."""
FIRST = "first:"
"""Prefix of the cursor of a first pull not finished yet."""


def is_first(cursor: str | None) -> bool:
    """True when the next pull with ``cursor`` is (still) a learner's first one."""
    return cursor is None or cursor.startswith(FIRST)


@dataclass
class PullReport:
    """What one pull did."""

    received: int = 0
    new: int = 0
    learners: int = 0


def pull(db: StoreCall, transport: Transport, policy: RetryPolicy, cancel: CancelToken,
         *, page_size: int = PAGE_SIZE, first_only: bool = False,
         progress: ProgressCallback | None = None) -> PullReport:
    """Pull every local learner's new statements (``first_only``: only of the learners never
    pulled into this database); return what arrived. ``progress`` hears
    ``(received so far, RECEIVING)`` after each page that brought statements."""
    report = PullReport()
    for learner_id, cursor in db(pull_cursors):
        if first_only and not is_first(cursor):
            continue
        _pull_learner(db, transport, policy, cancel, learner_id, cursor, page_size, report,
                      progress)
        report.learners += 1
    return report


def _pull_learner(db: StoreCall, transport: Transport, policy: RetryPolicy,
                  cancel: CancelToken, learner_id: str, cursor: str | None, page_size: int,
                  report: PullReport, progress: ProgressCallback | None) -> None:
    agent = learner_actor(learner_id)
    first: dict[str, str] = {
        "agent": json.dumps(agent, separators=(",", ":")),
        "ascending": "true",
        "limit": str(page_size),
    }
    first_pull = is_first(cursor)
    since = cursor.removeprefix(FIRST) if cursor else None
    if since:
        first["since"] = since
    skip_own = not first_pull and transport.info is not None and transport.info.skip_own
    headers = {SKIP_OWN_HEADER: "true"} if skip_own else None
    params: dict[str, str] | None = first
    url: str | None = transport.xapi_url("statements")
    server = transport.creds.server
    while url is not None:
        page_url, page_params = url, params

        def attempt(u: str = page_url, p: dict[str, str] | None = page_params
                    ) -> requests.Response:
            return transport.request("GET", u, params=p, headers=headers)

        response = send(transport, policy, cancel, attempt, accept=_page_reply)
        check_status(response, server)
        data = read_json(response, server)
        statements = [s for s in data.get("statements", []) if _ours(s, learner_id)]
        if statements:
            report.new += db(partial(_record_new, statements=statements))
            report.received += len(statements)
            newest = _next_cursor(statements,
                                  response.headers.get("X-Experience-API-Consistent-Through"))
            if newest:
                since = newest
                mark = FIRST + newest if first_pull else newest
                db(partial(save_cursor, learner_id=learner_id, cursor=mark))
            if progress is not None:
                progress(report.received, RECEIVING)
        more = data.get("more")
        if isinstance(more, str) and more and data.get("statements"):
            url, params = urljoin(transport.creds.endpoint, more), None
        else:
            url = None
    if first_pull:  # finished: later pulls leave out this device's own statements
        db(partial(save_cursor, learner_id=learner_id, cursor=since or EPOCH))


def _next_cursor(statements: list[dict[str, Any]], consistent: str | None) -> str | None:
    """Where the next pull starts: the newest ``stored`` seen, or the server's
    Consistent-Through when that is earlier (a statement still being committed elsewhere may
    yet appear with an earlier ``stored``; seeing some statements twice is harmless)."""
    stamped: list[tuple[datetime, str]] = []
    for statement in statements:
        when = instant(statement.get("stored"))
        if when is not None:
            stamped.append((when, str(statement["stored"])))
    if not stamped:
        return None
    newest = max(stamped)
    through = instant(consistent) if consistent else None
    if through is not None and through < newest[0]:
        return consistent
    return newest[1]


def instant(text: object) -> datetime | None:
    """The moment an xAPI timestamp names (UTC when it gives no offset), or None."""
    if not text:
        return None
    try:
        when = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _record_new(store: Store, statements: list[dict[str, Any]]) -> int:
    ids = [s["id"] for s in statements]
    marks = ",".join("?" * len(ids))
    held = {r[0] for r in store.db.execute(
        f"SELECT id FROM statements WHERE id IN ({marks})", ids).fetchall()}
    fresh = [s for s in statements if s["id"] not in held]
    if fresh:
        record(store, fresh, origin="server")
    return len(fresh)


def _page_reply(response: requests.Response) -> bool:
    data = json_body(response)
    return isinstance(data, dict) and isinstance(data.get("statements"), list)


def _ours(statement: Any, learner_id: str) -> bool:
    """A well-formed statement about this learner and a C4S activity (others are skipped)."""
    if not isinstance(statement, dict):
        return False
    try:
        return (statement["actor"]["account"]["name"] == learner_id
                and isinstance(statement["object"]["id"], str)
                and isinstance(statement["id"], str)
                and isinstance(statement["timestamp"], str)
                and isinstance(statement.get("stored", ""), str))
    except (KeyError, TypeError):
        return False

