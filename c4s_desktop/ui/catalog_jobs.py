"""The work behind "Get packs": read the catalog, download a pack, install it.

A download runs core's :class:`~c4s_desktop.core.sync.pack_download.PackDownload` in its
steps. The network half runs on a background thread: the signed manifest is checked
against this machine's trust list (a store job) before any blob is fetched, then the blobs
this machine lacks are fetched into ``downloads/`` (resumable, rate-capped, verified). The
install half is a store-worker job running the USB install pipeline on those local files,
so installs stay serialised on the one writer.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import CancelledError, TrustError
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.pack_jobs import (
    UNTRUSTED_CODES,
    PlanSummary,
    TrustQuestion,
    confirmed_manifest,
    summarize,
    trust_installed,
    trust_question,
)
from c4s_desktop.ui.pool_job import PoolJob
from c4s_desktop.ui.store_bridge import StoreBridge
from c4s_desktop.ui.worker import PROGRESS_STEPS, Task

if TYPE_CHECKING:
    from c4s_desktop.core.packs.install import InstallResult
    from c4s_desktop.core.sync.catalog import CatalogPack
    from c4s_desktop.core.sync.downloads import DownloadControl
    from c4s_desktop.core.sync.pack_download import PackDownload
    from c4s_desktop.core.sync.transport import Transport

T = TypeVar("T")


def _transport(data_dir: DataDir) -> Transport:
    from c4s_desktop.core.sync.credentials import require_credentials
    from c4s_desktop.core.sync.transport import Transport, TransportConfig

    return Transport(require_credentials(data_dir.root),
                     TransportConfig(connect_timeout=5.0, read_timeout=30.0))


def fetch_catalog(job: PoolJob, bridge: StoreBridge, data_dir: DataDir) -> list[CatalogPack]:
    """The packs the server offers, each with the version installed here (background)."""
    from c4s_desktop.core.packs.library import list_installed
    from c4s_desktop.core.sync.catalog import Catalog

    transport = _transport(data_dir)
    try:
        packs = Catalog(transport).fetch(None)
    finally:
        transport.close()
    installed = bridge.call(lambda store: {p.id: p.version for p in list_installed(store)},
                            job.cancel)
    return [replace(p, installed_version=installed.get(p.id)) for p in packs]


def rate_limit(store: Store, _task: Task) -> int | None:
    """The download bandwidth cap, bytes per second (store-worker job)."""
    from c4s_desktop.core.sync.catalog import download_rate_limit

    return download_rate_limit(store)


def save_rate_limit(store: Store, _task: Task, rate: int | None) -> None:
    """Keep the download bandwidth cap with the other settings (store-worker job)."""
    from c4s_desktop.core.sync.catalog import set_download_rate_limit

    set_download_rate_limit(store, rate)


def download(job: PoolJob, bridge: StoreBridge, data_dir: DataDir, pack_id: str,
             control: DownloadControl, rate: int | None, lang: str,
             confirmed: str = "",
             update_confirmed: bool = False) -> PackDownload | TrustQuestion | PlanSummary:
    """Check the pack's signature, then fetch the blobs this machine lacks (background).

    Core's :class:`~c4s_desktop.core.sync.pack_download.PackDownload` in its steps: the
    manifest is fetched here, checked and planned as a store job (the trust list and the
    library are read there), and the blobs are fetched here with no store access.
    An unsigned pack, or one whose publisher this machine does not trust, is not fetched:
    the question for an administrator comes back instead (as for a pack on a USB stick);
    ``confirmed``, the manifest's SHA-256 of the question answered yes, lets that manifest
    alone through (the server may have changed the pack since).
    An update not yet confirmed is not fetched either: its preview comes back (what it adds,
    removes and changes, and the bytes to download), titles in ``lang``.
    Pausing raises :class:`CancelledError` (``download.paused``) and keeps what arrived;
    cancelling deletes it.
    """
    from c4s_desktop.core.packs.trust import list_trusted, trusted_keys
    from c4s_desktop.core.sync.pack_download import PackDownload

    def call(fn: Callable[[Store], T]) -> T:
        return _stoppable_call(bridge, job, control, fn)

    transport = _transport(data_dir)
    try:
        pack = PackDownload.open(data_dir, transport, pack_id, control=control)
        allow_untrusted = bool(confirmed)
        try:  # trust first, before any file of the pack is requested; no request on the writer
            pack.verify(call(trusted_keys), allow_untrusted=allow_untrusted)
            call(lambda store: pack.check(store, allow_untrusted=allow_untrusted))
        except TrustError as exc:
            if exc.code not in UNTRUSTED_CODES or allow_untrusted:
                raise
            control.check()  # the question would follow a Cancel pressed during the check
            return trust_question(pack.manifest_bytes, exc, call(list_trusted))
        plan = pack.plan
        assert plan is not None
        confirmed_manifest(plan, confirmed, pack_id)
        if plan.preview.is_update and not update_confirmed:
            return call(
                lambda store: summarize(store, plan.preview, plan.checked.manifest, lang))
        pack.fetch(_stepped(job), rate)
    finally:
        transport.close()
    return pack


class _Stop:
    """Set when the app quits (the job's own flag) or the learner pauses or cancels."""

    def __init__(self, job: PoolJob, control: DownloadControl) -> None:
        self._job = job
        self._control = control

    def is_set(self) -> bool:
        return self._job.cancel.is_set() or self._control.is_set()


def _stoppable_call(bridge: StoreBridge, job: PoolJob, control: DownloadControl,
                    fn: Callable[[Store], T]) -> T:
    """``bridge.call(fn)`` for a download: a pause or cancel pressed while it waits for, or
    runs on, a busy writer stops the download there, so no question follows a Cancel; the
    error says which of the two it was."""
    try:
        result = bridge.call(fn, _Stop(job, control))
    except CancelledError:
        control.check()
        raise
    control.check()
    return result


def _stepped(job: PoolJob) -> Callable[[int, int], None]:
    """``job.report`` once per visible step of the bar, not once per 64 KiB chunk."""
    step = -1

    def report(done: int, total: int) -> None:
        nonlocal step
        now = done * PROGRESS_STEPS // max(total, 1)
        if now != step:
            step = now
            job.report(done, total)

    return report


def install(store: Store, task: Task, pack: PackDownload, trust_key: str = "") -> InstallResult:
    """Install a fetched pack through the USB pipeline, from its downloaded files (store job).

    The store is the one ``pack`` was checked against, in an earlier job of this worker.
    ``trust_key`` (an admin ticked "trust") joins the trust list once the install committed.
    """
    result = pack.install(task.report, task.is_cancelled)
    trust_installed(store, result.pack_id, trust_key)
    return result


def discard(_job: PoolJob, data_dir: DataDir) -> None:
    """Delete the partial files of a paused download that was cancelled (background).

    One download runs at a time per data folder (the CLI cannot write beside the app), so
    every partial file belongs to it; whole verified blobs stay for a later download.
    """
    from c4s_desktop.core.sync.pack_download import DOWNLOADS_FOLDER

    for part in (data_dir.root / DOWNLOADS_FOLDER).glob("*.part"):
        with contextlib.suppress(OSError):
            part.unlink()
