"""Downloading a pack from the server and installing it through the USB install pipeline.

manifest + signature -> checked against the trust list before any blob is kept -> the
install plan names the blobs this machine lacks -> each is downloaded (resumable, capped,
verified) into ``downloads/`` -> the plan runs exactly as for a pack on a USB stick, reading
the downloaded blobs through :class:`DownloadedSource`.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

from c4s_desktop import __version__
from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import CancelledError, NotFoundError, SyncError
from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.packs.install import InstallPlan, InstallResult, plan_install
from c4s_desktop.core.packs.manifest import FileEntry, parse_manifest
from c4s_desktop.core.packs.source import MANIFEST, SIGNATURE, PackSource
from c4s_desktop.core.packs.trust import trusted_keys
from c4s_desktop.core.packs.verify import check_pack
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.downloads import DownloadControl, TokenBucket, fetch_blob
from c4s_desktop.core.sync.resilient import send
from c4s_desktop.core.sync.retry import RetryPolicy
from c4s_desktop.core.sync.transport import Transport, check_status

DOWNLOADS_FOLDER = "downloads"

PackProgress = Callable[[str, int, int], None]
"""``(phase, done, total)`` with phase ``"download"`` or ``"install"``, in bytes."""


def downloads_dir(store: Store) -> Path:
    """Where downloaded blobs wait for their install (never cleared by installs)."""
    return store.data_dir.root / DOWNLOADS_FOLDER


class DownloadedSource(PackSource):
    """A pack whose manifest came from the server and whose files are fetched on demand.

    Files already in the local blob store are read from there, so they are never
    downloaded again; the others are downloaded (and verified) the first time they are
    opened, which the install plan arranges to happen up front.
    """

    def __init__(self, pack_id: str, manifest: bytes, signature: bytes | None,
                 fetch: Callable[[FileEntry], Path], blobs: BlobStore) -> None:
        super().__init__(Path(pack_id))
        self.manifest_bytes = manifest
        self.signature = signature
        self.files = parse_manifest(manifest, app_version=__version__).files
        self._fetch = fetch
        self._blobs = blobs

    def entries(self) -> dict[str, int]:
        return {path: entry.size for path, entry in self.files.items()}

    def has(self, path: str) -> bool:
        if path == SIGNATURE:
            return self.signature is not None
        return path == MANIFEST or path in self.files

    def open(self, path: str) -> BinaryIO:
        if path == MANIFEST:
            return io.BytesIO(self.manifest_bytes)
        if path == SIGNATURE:
            return io.BytesIO(self.signature or b"")
        entry = self.files[path]
        if self._blobs.has(entry.sha256, entry.size):
            return open(self._blobs.path(entry.sha256), "rb")
        return open(self._fetch(entry), "rb")


class PackDownload:
    """One pack download in three steps, so the long one can run off the store's thread.

    :meth:`prepare` (small requests: manifest, signature, quizzes; store reads) checks the
    signature against the trust list and plans the install; :meth:`fetch` (network and
    files only, no store) downloads the blobs this machine lacks; :meth:`install` (store
    writes, no request) runs the USB install pipeline on them. :meth:`prepare` is itself
    :meth:`open` and :meth:`verify` (network only) then :meth:`check` (store reads only), for
    a caller that keeps its store thread free of the network.
    """

    def __init__(self, transport: Transport, pack_id: str, folder: Path,
                 policy: RetryPolicy) -> None:
        self.transport = transport
        self.pack_id = pack_id
        self.folder = folder
        self.policy = policy
        self.control = DownloadControl()
        self.bucket: TokenBucket | None = None
        self._on_bytes: Callable[[int], None] | None = None
        self.plan: InstallPlan | None = None
        self.allow_untrusted = False
        self.missing: list[FileEntry] = []
        self.source: DownloadedSource | None = None
        self._local_only = False

    @classmethod
    def prepare(cls, store: Store, transport: Transport, pack_id: str, *,
                control: DownloadControl | None = None,
                policy: RetryPolicy | None = None,
                allow_untrusted: bool = False) -> PackDownload:
        """Fetch and check the manifest, plan the install; raises what the install would
        (untrusted, not newer, no space) before any media blob is downloaded."""
        job = cls.open(store.data_dir, transport, pack_id, control=control, policy=policy)
        job.verify(trusted_keys(store), allow_untrusted=allow_untrusted)
        job.check(store, allow_untrusted=allow_untrusted)
        return job

    @classmethod
    def open(cls, data_dir: DataDir, transport: Transport, pack_id: str, *,
             control: DownloadControl | None = None,
             policy: RetryPolicy | None = None) -> PackDownload:
        """The first half of :meth:`prepare`: fetch the manifest and signature (network,
        no store), so a caller can keep the writer free during those requests."""
        job = cls(transport, pack_id, data_dir.root / DOWNLOADS_FOLDER, policy or RetryPolicy())
        if control is not None:
            job.control = control
        base = f"packs/{quote(pack_id, safe='')}/"
        manifest = job._get(base + "manifest.json")
        signature = job._get(base + "manifest.sig", optional=True)
        job.source = DownloadedSource(pack_id, manifest, signature or None, job._fetch,
                                      BlobStore(data_dir))
        return job

    def verify(self, trusted: set[str], *, allow_untrusted: bool = False) -> None:
        """Check the signature against ``trusted`` (the trust list's keys), then fetch and
        check the small quiz files (network, no store): raises what the install would about
        trust before any file of the pack is requested."""
        assert self.source is not None
        check_pack(self.source, trusted, allow_untrusted=allow_untrusted)

    def check(self, store: Store, *, allow_untrusted: bool = False) -> None:
        """The last part of :meth:`prepare`: check again against the store's trust list and
        plan the install (store reads only: :meth:`verify` fetched the quizzes)."""
        assert self.source is not None
        self.allow_untrusted = allow_untrusted
        self._local_only = True  # the store's thread never waits on the network
        try:
            self.plan = plan_install(store, self.source, allow_untrusted=allow_untrusted)
        finally:
            self._local_only = False
        self.missing = [e for e in self.plan.to_copy if not (self.folder / e.sha256).is_file()]

    @property
    def manifest_bytes(self) -> bytes:
        """The manifest as the server sent it (what a trust question shows)."""
        assert self.source is not None
        return self.source.manifest_bytes

    @property
    def total_bytes(self) -> int:
        """The bytes this download brings, those that arrived before a pause included."""
        assert self.plan is not None
        return sum(e.size for e in self.plan.to_copy)

    def fetch(self, progress: Callable[[int, int], None] | None = None,
              rate_limit: int | None = None) -> None:
        """Download every missing blob (resuming partial ones); no store access."""
        total = self.total_bytes
        # What arrived before a pause or a cut counts, so progress resumes where it was.
        done = total - sum(e.size - _size(self.folder / f"{e.sha256}.part")
                           for e in self.missing)
        self.bucket = TokenBucket(rate_limit) if rate_limit else None

        def count(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)

        if progress is not None:
            progress(done, total)
        self._on_bytes = count
        try:
            for entry in self.missing:
                self._fetch(entry)
        except CancelledError:
            if self.control.cancelled:
                self.discard()
            raise
        finally:
            self._on_bytes = None

    def install(self, progress: Callable[[int, int], None] | None = None,
                cancel: Callable[[], bool] | None = None) -> InstallResult:
        """Install from the downloaded blobs (store writes), then delete them.

        The install is planned again first: the library or the trust list may have changed
        while the blobs came (the files are local now, so this costs no request). Stops
        when the control is cancelled, or when ``cancel`` (a store job's) says so.
        """
        assert self.plan is not None and self.source is not None

        def stop() -> bool:
            return self.control.cancelled or (cancel is not None and cancel())

        self._local_only = True
        try:
            plan = plan_install(self.plan.store, self.source,
                                allow_untrusted=self.allow_untrusted)
            result = plan.run(progress, cancel=stop)
        except CancelledError:
            self.discard()
            raise
        self.discard()
        return result

    def discard(self) -> None:
        """Delete this pack's downloaded and partial blobs."""
        if self.source is not None:
            _forget(self.folder, self.source.files.values())

    def _fetch(self, entry: FileEntry) -> Path:
        if self._local_only:  # installing: the store's thread never waits on the network
            path = self.folder / entry.sha256
            if not path.is_file():
                raise SyncError("download.failed", what=entry.path, detail="missing")
            return path
        url = self.transport.server_url(f"blobs/{entry.sha256}")
        return fetch_blob(self.transport, url, entry.sha256, entry.size, self.folder,
                          on_bytes=self._on_bytes, control=self.control, bucket=self.bucket,
                          policy=self.policy, name=entry.path)

    def _get(self, path: str, *, optional: bool = False) -> bytes:
        url = self.transport.server_url(path)
        self.control.check()
        try:
            response = send(self.transport, self.policy, self.control,
                            lambda: self.transport.request("GET", url))
        except CancelledError:
            self.control.check()  # says whether it was a pause (resumable) or a cancel
            raise
        if response.status_code == 404:
            if optional:
                return b""
            raise NotFoundError("download.no_pack", pack_id=self.pack_id)
        check_status(response, self.transport.creds.server)
        return response.content


def download_pack(store: Store, transport: Transport, pack_id: str, *,
                  progress: PackProgress | None = None,
                  control: DownloadControl | None = None,
                  rate_limit: int | None = None,
                  policy: RetryPolicy | None = None) -> InstallResult:
    """Download ``pack_id``'s newest version and install it, all three steps in one call.

    Raises :class:`CancelledError` (``download.paused``) when paused: what arrived is kept
    and the next call resumes. Cancelling deletes the partial files.
    """
    job = PackDownload.prepare(store, transport, pack_id, control=control, policy=policy)

    def step(phase: str) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        report = progress
        return lambda done, total: report(phase, done, total)

    job.fetch(step("download"), rate_limit)
    return job.install(step("install"))


def _forget(folder: Path, entries: Iterable[FileEntry]) -> None:
    """Delete this pack's downloaded and partial blobs (the store holds them now)."""
    for entry in entries:
        for name in (entry.sha256, f"{entry.sha256}.part"):
            with contextlib.suppress(OSError):
                (folder / name).unlink()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0

