"""Pushing the outbox: batches by count and bytes, split on refusal, shrink on 413.

A batch is all or nothing on the server (xAPI). When it is refused (400, 409), it is cut in
halves until the statement at fault stands alone; that one is set aside with the server's
reason and the others are delivered. A 413 halves the batch limits for the rest of the run.

Progress (when asked for) counts the statements dealt with, delivered or set aside, against
those waiting when the push began; what is recorded meanwhile joins the total as it goes (so
``total - done`` is what waits, the learner's latest answers included).

A stop abandons the batch on its way (see :func:`~c4s_desktop.core.sync.resilient.send`): it
is not marked sent, and goes again with the next run, where the server keeps each statement
once. Marking it on an answer that came after the stop would be a store write after the run
ended, for nothing the next run does not do anyway.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import partial
from typing import Any

import requests

from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync import outbox
from c4s_desktop.core.sync.access import StoreCall
from c4s_desktop.core.sync.outbox import Pending
from c4s_desktop.core.sync.progress import ProgressCallback
from c4s_desktop.core.sync.resilient import answer_or_stop, in_background, send
from c4s_desktop.core.sync.retry import CancelToken, RetryPolicy
from c4s_desktop.core.sync.transport import Transport, check_status, error_reason, json_body

log = logging.getLogger(__name__)

MAX_BATCH = 500
MAX_BATCH_BYTES = 1_000_000
REFUSED = (400, 409)
TOO_LARGE = 413


@dataclass
class PushReport:
    """What one push did."""

    sent: int = 0
    set_aside: int = 0
    requests: int = 0


class Pusher:
    """Delivers the outbox of one store through one transport."""

    def __init__(self, db: StoreCall, transport: Transport, policy: RetryPolicy,
                 cancel: CancelToken, *, max_count: int = MAX_BATCH,
                 max_bytes: int = MAX_BATCH_BYTES,
                 progress: ProgressCallback | None = None) -> None:
        """``progress`` is called (on this thread) with ``(done, total)`` as batches end."""
        info = transport.info
        self.db = db
        self.transport = transport
        self.policy = policy
        self.cancel = cancel
        self.max_count = min(max_count, info.max_batch or max_count) if info else max_count
        # Leave room for the brackets and commas; the cap counts decompressed bytes.
        limit = (info.max_body - 1024) if info and info.max_body else max_bytes
        self.max_bytes = max(1024, min(max_bytes, limit))
        self.gzip = bool(info and info.gzip)
        self.report = PushReport()
        self.progress = progress
        self._total = 0
        self._queued = 0
        """Statements waiting as the push began."""
        self._since: int | None = None
        """The newest statement's rowid as the push began (with progress only)."""

    def run(self) -> PushReport:
        """Send batches until the outbox is empty (or a failure stops the run).

        One batch is in flight at a time, on a helper thread; meanwhile this thread reads
        the next batch and marks the previous one sent, so the database work of the client
        overlaps the server's work instead of adding to it.
        """
        batch = self._next()
        if batch and self.progress is not None:
            self._queued, self._since = self.db(
                lambda store: (outbox.waiting_count(store), outbox.newest_row(store)))
            self._total = self._queued
            self._advance()
        while batch:
            delivered: list[Pending] = []
            while batch:
                flight = in_background(partial(self._post, batch), "c4s-push")
                if delivered:
                    self._delivered(delivered)
                upcoming = self._next(after=batch[-1])
                response = flight.result()
                if 200 <= response.status_code < 300:
                    delivered = batch
                else:
                    delivered = []
                    self._deliver(batch, response)
                batch = upcoming
            if delivered:
                self._delivered(delivered)
            batch = self._next()
        return self.report

    def _next(self, after: Pending | None = None) -> list[Pending]:
        count, size = self.max_count, self.max_bytes
        return self.db(lambda store: outbox.next_batch(store, count, size, after))

    def _delivered(self, part: list[Pending]) -> None:
        ids, since = [p.id for p in part], self._since

        def mark(store: Store) -> int:
            outbox.mark_sent(store, ids)
            # Counted in the same store step, not a round trip of its own per batch.
            return 0 if since is None else outbox.recorded_after(store, since)

        joined = self.db(mark)
        self.report.sent += len(part)
        self._advance(joined)

    def _deliver(self, batch: list[Pending], first: requests.Response) -> None:
        """Resolve a batch given the reply to its first POST, splitting it when refused."""
        replies = {id(batch): first}
        parts = [batch]
        while parts:
            part = parts.pop()
            known = replies.pop(id(part), None)
            response = known if known is not None else self._post(part)
            status = response.status_code
            if 200 <= status < 300:
                self._delivered(part)
            elif status in REFUSED or status == TOO_LARGE:
                if status == TOO_LARGE:
                    self.max_count = max(1, min(self.max_count, len(part)) // 2)
                    self.max_bytes = max(1024, self.max_bytes // 2)
                if len(part) > 1:
                    half = len(part) // 2
                    parts += [part[half:], part[:half]]
                else:
                    self._refused(part[0], response)
            else:
                check_status(response, self.transport.creds.server)  # raises: not 2xx

    def _post(self, part: list[Pending]) -> requests.Response:
        body = b"[" + b",".join(p.body for p in part) + b"]"
        url = self.transport.xapi_url("statements")

        def attempt() -> requests.Response:
            self.report.requests += 1
            return self.transport.request("POST", url, body=body, compress=self.gzip)

        ids = [p.id for p in part]
        return send(self.transport, self.policy, self.cancel, attempt,
                    accept=partial(_ids_reply, ids=ids))

    def _refused(self, pending: Pending, response: requests.Response) -> None:
        if response.status_code == 409 and self._held_already(pending):
            # Some LRSs answer 409 to a repeat of a statement they hold (a retry after a
            # reply was lost); the same statement is there, so it is delivered.
            self.db(lambda store: outbox.mark_sent(store, [pending.id]))
            self.report.sent += 1
            self._advance()
            return
        reason = error_reason(response)
        log.warning("statement %s set aside: %d %s", pending.id, response.status_code, reason)
        status = response.status_code
        self.db(lambda store: outbox.set_aside(store, pending.id, status, reason))
        self.report.set_aside += 1
        self._advance()

    def _advance(self, joined: int = 0) -> None:
        """Report progress; ``joined``: the statements recorded since the push began."""
        if self.progress is not None:
            done = self.report.sent + self.report.set_aside
            # Never less than done: statements set aside and put back meanwhile go too.
            self._total = max(self._total, self._queued + joined, done)
            self.progress(done, self._total)

    def _held_already(self, pending: Pending) -> bool:
        url = self.transport.xapi_url("statements")
        try:
            response = answer_or_stop(
                lambda: self.transport.request("GET", url, params={"statementId": pending.id}),
                self.cancel)
        except requests.RequestException:
            return False
        if response.status_code != 200:
            return False
        try:
            held = response.json()
        except ValueError:
            return False
        return _same_statement(held, json.loads(pending.body))


def _ids_reply(response: requests.Response, ids: list[str]) -> bool:
    """A 200 must carry the ids of the statements sent (a reply that lists others, or fewer,
    did not store them all: the batch goes again); 204 has no body."""
    if response.status_code == 204:
        return True
    listed = json_body(response)
    return (isinstance(listed, list)
            and sorted(str(i).lower() for i in listed) == sorted(i.lower() for i in ids))


def _same_statement(held: Any, ours: dict[str, Any]) -> bool:
    if not isinstance(held, dict):
        return False
    keys = ("id", "actor", "verb", "object", "result", "context")
    return all(held.get(k) == ours.get(k) for k in keys)
