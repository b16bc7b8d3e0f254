"""The work behind sync in the app: runs and enrollment (background threads), status (store jobs).

Core's sync modules (and ``requests`` with them) are imported inside these functions, when
the first sync starts, never while the window opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.pool_job import PoolJob
from c4s_desktop.ui.store_bridge import StoreBridge
from c4s_desktop.ui.worker import Task

if TYPE_CHECKING:
    from c4s_desktop.core.sync.engine import SyncConfig, SyncReport
    from c4s_desktop.core.sync.outbox import Reject
    from c4s_desktop.core.sync.retry import CancelToken
    from c4s_desktop.core.sync.status import SyncStatus


@dataclass(frozen=True)
class StatusSnapshot:
    """What the status bar shows: the core status, and the statements set aside."""

    status: SyncStatus
    rejects: list[Reject]


def read_status(store: Store, _task: Task) -> StatusSnapshot:
    """The sync status of the open store (a store-worker job: quick reads)."""
    from c4s_desktop.core.sync.outbox import list_rejects
    from c4s_desktop.core.sync.status import sync_status

    status = sync_status(store, store.data_dir.root)
    return StatusSnapshot(status, list_rejects(store) if status.set_aside else [])


def retry_rejects(store: Store, _task: Task) -> int:
    """Put the statements set aside back in the outbox (an administrator fixed the cause)."""
    from c4s_desktop.core.sync.outbox import retry_rejects as retry

    return retry(store)


def app_sync_config() -> SyncConfig:
    """The app's run settings: give up sooner than the CLI, the scheduler tries again later."""
    from c4s_desktop.core.sync.engine import SyncConfig
    from c4s_desktop.core.sync.retry import RetryPolicy
    from c4s_desktop.core.sync.transport import TransportConfig

    return SyncConfig(transport=TransportConfig(connect_timeout=5.0, read_timeout=30.0),
                      retry=RetryPolicy(max_attempts=3))


def run_sync(job: PoolJob, bridge: StoreBridge, data_dir: DataDir,
             config: SyncConfig | None, stop: CancelToken | None = None) -> SyncReport | None:
    """One sync run (background thread); None when this data folder is not set up. Its
    progress goes out through ``job.report`` (see :mod:`c4s_desktop.core.sync.progress`).

    ``stop`` (default ``job.cancel``) ends the run at once, a request on its way included, by
    :class:`~c4s_desktop.core.errors.CancelledError`. Only ``job.cancel`` (the app quitting)
    abandons the store steps: a learner's stop still marks sent what the server acknowledged.

    Core's sync modules, and ``requests`` with them, are imported here, off the UI thread, and
    only for a data folder that is set up: most learners' never is.
    """
    from c4s_desktop.core.sync.credentials import load_credentials

    if load_credentials(data_dir.root) is None:
        return None
    from c4s_desktop.core.sync.engine import SyncEngine

    engine = SyncEngine(None, data_dir.root, config=config or app_sync_config(),
                        store_call=bridge.caller(job.cancel))
    return engine.run_once(stop if stop is not None else job.cancel, progress=job.report)


def enroll(job: PoolJob, bridge: StoreBridge, data_dir: DataDir, server: str, code: str,
           name: str | None) -> str:
    """Enroll this data folder with a one-time code (background thread); the server's URL."""
    from c4s_desktop.core.sync.enroll import enroll_device

    return enroll_device(None, data_dir.root, server, code, name,
                         store_call=bridge.caller(job.cancel)).server
