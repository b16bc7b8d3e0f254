"""One sync run: read what the server offers, register learners, push, pull, note the result.

The engine is the core API the UI and the CLI drive::

    report = SyncEngine(store, data_root).run_once(cancel_event)
    report = SyncEngine(None, data_root, store_call=run_on_store_worker).run_once(
        cancel, progress=show_done_of_total)
    status = sync_status(store, data_root)

A run that fails leaves every waiting statement waiting and records the error; the next run
carries on where this one stopped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.errors import C4SError, SyncError
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync import learners
from c4s_desktop.core.sync.access import StoreCall, store_access
from c4s_desktop.core.sync.credentials import Credentials, require_credentials
from c4s_desktop.core.sync.outbox import waiting_count
from c4s_desktop.core.sync.progress import Paced, ProgressCallback, ProgressPace
from c4s_desktop.core.sync.pull import PAGE_SIZE, pull
from c4s_desktop.core.sync.push import MAX_BATCH, MAX_BATCH_BYTES, Pusher
from c4s_desktop.core.sync.resilient import send
from c4s_desktop.core.sync.retry import CancelToken, RetryPolicy, never_cancelled
from c4s_desktop.core.sync.server_instance import note_instance
from c4s_desktop.core.sync.status import note_failure, note_success
from c4s_desktop.core.sync.transport import (
    ServerInfo,
    Transport,
    TransportConfig,
    check_status,
    json_body,
    read_json,
)

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)


@dataclass
class SyncConfig:
    """Tunables of a run; tests and benchmarks shrink the waits here."""

    transport: TransportConfig = field(default_factory=TransportConfig)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    batch_count: int = MAX_BATCH
    batch_bytes: int = MAX_BATCH_BYTES
    pull_page: int = PAGE_SIZE
    pull: bool = True
    pace: ProgressPace = field(default_factory=ProgressPace)
    """How often progress is reported (see :mod:`c4s_desktop.core.sync.progress`)."""


@dataclass
class SyncReport:
    """What one run did."""

    sent: int = 0
    set_aside: int = 0
    pulled: int = 0
    received: int = 0
    """Statements the pulls brought, new here or not (what crossed the network)."""
    learners_registered: int = 0
    waiting: int = 0
    requests: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    """How many replies of each HTTP status the run got (429s show throttling)."""
    requeued: int = 0
    """Statements queued again because the server was restored from a backup."""


class SyncEngine:
    """Syncs one open (writable) store with the server in its data folder's ``sync.json``."""

    def __init__(self, store: Store | None, root: Path | None = None, *,
                 config: SyncConfig | None = None,
                 credentials: Credentials | None = None,
                 store_call: StoreCall | None = None) -> None:
        """Sync ``store`` directly, or (``store`` None) through ``store_call``, e.g. the
        app's store worker, so the network waits happen off the writer thread."""
        store_call = store_access(store, store_call)
        if root is None:
            if store is None:
                raise ValueError("SyncEngine needs the data folder's root with a store_call")
            root = store.data_dir.root
        self.db = store_call
        self.root = root
        self.config = config or SyncConfig()
        self.credentials = credentials

    def run_once(self, cancel: CancelToken | None = None, *,
                 progress: ProgressCallback | None = None) -> SyncReport:
        """Sync once. Raises :class:`SyncError` (recorded for the status) when it fails.

        ``cancel`` stops the run at once with :class:`~c4s_desktop.core.errors.CancelledError`
        (not recorded), even with a request on its way: what that request carried stays
        waiting and goes with the next run. Set only once the push has sent everything, it
        spares the pull after the push, and the run completes.

        ``progress`` hears ``(done, total)`` of the push and the pulls (see
        :mod:`c4s_desktop.core.sync.progress`), at the config's pace, on this thread.
        """
        token = cancel if cancel is not None else never_cancelled()
        paced = Paced(progress, self.config.pace) if progress is not None else None
        try:
            creds = self.credentials or require_credentials(self.root)
            transport = Transport(creds, self.config.transport)
            try:
                report = self._run(transport, token, paced)
            finally:
                transport.close()
        except C4SError as exc:
            if isinstance(exc, SyncError):
                self.db(partial(note_failure, error=exc))
            raise
        self.db(note_success)
        return report

    def _run(self, transport: Transport, cancel: CancelToken,
             progress: ProgressCallback | None) -> SyncReport:
        policy = self.config.retry
        report = SyncReport()
        info = self._about(transport, cancel)
        report.requeued = self.db(partial(note_instance, server=transport.creds.server,
                                          info=info))
        about_requests = transport.wire.requests
        if info.learners:
            report.learners_registered = learners.register(
                self.db, transport, info.learners, policy, cancel)
        page = self.config.pull_page
        if self.config.pull:  # first pulls before the push: see pull.py
            first = pull(self.db, transport, policy, cancel, page_size=page, first_only=True,
                         progress=progress)
            report.pulled, report.received = first.new, first.received
        pusher = Pusher(self.db, transport, policy, cancel,
                        max_count=self.config.batch_count, max_bytes=self.config.batch_bytes,
                        progress=progress)
        pushed = pusher.run()
        report.sent, report.set_aside = pushed.sent, pushed.set_aside
        # A stop that came as the push sent its last batch found nothing of this computer's
        # left to send: it spares the pull and the check after the push (the next run does
        # them), and the run is complete, not stopped.
        complete = cancel.is_set()
        if self.config.pull and not complete:
            later = pull(self.db, transport, policy, cancel, page_size=page,
                         progress=_following(progress, report.received))
            report.pulled += later.new
            report.received += later.received
        if transport.wire.requests == about_requests and not complete:
            # Nothing was registered, sent or pulled, and About needs no credentials: one
            # small authenticated request, so that a revoked device hears of it.
            self._check_access(transport, cancel)
        report.waiting = self.db(waiting_count)
        report.requests = transport.wire.requests
        report.bytes_sent, report.bytes_received = transport.wire.sent, transport.wire.received
        report.statuses = dict(transport.wire.by_status)
        log.info("sync: sent %d, set aside %d, pulled %d, %d waiting", report.sent,
                 report.set_aside, report.pulled, report.waiting)
        return report

    def _about(self, transport: Transport, cancel: CancelToken) -> ServerInfo:
        url = transport.xapi_url("about")
        response = send(transport, self.config.retry, cancel,
                        lambda: transport.request("GET", url), accept=_about_reply)
        if response.status_code != 200:
            # An LRS without an About resource is still an LRS: use only the standard API.
            transport.info = ServerInfo()
        else:
            transport.info = ServerInfo.from_about(read_json(response, transport.creds.server))
        return transport.info


    def _check_access(self, transport: Transport, cancel: CancelToken) -> None:
        """Raise the :class:`SyncError` of a refusal (401 once revoked) of a query that asks
        for nothing (statements stored from now on)."""
        url = transport.xapi_url("statements")
        params = {"since": utc_now_iso(), "limit": "1"}
        response = send(transport, self.config.retry, cancel,
                        lambda: transport.request("GET", url, params=params))
        check_status(response, transport.creds.server)


def _following(progress: ProgressCallback | None, received: int) -> ProgressCallback | None:
    """``progress`` for the run's later pull: its count goes on from the first pull's, so
    the numbers shown never go back."""
    if progress is None:
        return None
    reported = progress

    def report(done: int, total: int) -> None:
        reported(received + done, total)

    return report


def _about_reply(response: requests.Response) -> bool:
    """A 200 About must be a JSON object: anything else (a reply cut short, a proxy's page)
    is asked again rather than taken for a server that offers nothing."""
    return response.status_code != 200 or isinstance(json_body(response), dict)
