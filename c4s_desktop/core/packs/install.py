"""The install pipeline (ARCHITECTURE decision 2).

check the pack -> plan the missing blobs -> check free space -> copy each blob while hashing
into ``store/staging`` (fsync, rename) -> move the staged blobs into the store -> one
transaction makes the new version visible -> blobs nothing uses any more are deleted.

Killed anywhere, the database still shows the previous version; blobs already staged or
moved are found again by the next run, which copies only what is still missing. The next
install of another pack deletes them instead, before it measures the free space.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import sqlite3
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.errors import (
    PackError,
    SpaceError,
    StoreError,
    TrustError,
    VersionError,
)
from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.packs.copying import copy_hashing, fsync_dir, make_durable
from c4s_desktop.core.packs.library import InstalledPack, get_installed, referenced_blobs
from c4s_desktop.core.packs.manifest import FileEntry, parse_manifest
from c4s_desktop.core.packs.preview import UpdatePreview, compare_manifests
from c4s_desktop.core.packs.signing import fingerprint
from c4s_desktop.core.packs.source import PackSource, open_pack
from c4s_desktop.core.packs.stored_manifest import stored_form
from c4s_desktop.core.packs.trust import trusted_keys
from c4s_desktop.core.packs.verify import CheckedPack, check_pack
from c4s_desktop.core.search.index import index_pack
from c4s_desktop.core.store.database import Store

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

log = logging.getLogger("c4s.packs")
SPACE_MARGIN_BYTES = 32 * 1024 * 1024
SPACE_MARGIN_FRACTION = 0.02
MAX_BLOBS_WAITING_FOR_FSYNC = 3


@dataclass
class InstallResult:
    """What an install did."""

    pack_id: str
    version: int
    previous_version: int | None
    bytes_copied: int = 0
    blobs_copied: int = 0
    blobs_reused: int = 0
    bytes_freed: int = 0
    repaired: list[str] = field(default_factory=list)


@dataclass
class InstallPlan:
    """A checked pack and what installing it will copy; :meth:`run` carries it out."""

    store: Store
    checked: CheckedPack
    previous_version: int | None
    to_copy: list[FileEntry]
    to_publish: list[FileEntry]
    present: list[FileEntry]
    preview: UpdatePreview
    repair: bool

    @property
    def bytes_to_copy(self) -> int:
        return sum(entry.size for entry in self.to_copy)

    def run(self, progress: Progress | None = None, cancel: Cancel | None = None) -> InstallResult:
        """Copy, publish and commit. Raises before the commit leave the library unchanged."""
        manifest = self.checked.manifest
        blobs = BlobStore(self.store.data_dir)
        blobs.clear_partial()  # the data folder's lock is held: no other install is copying
        result = InstallResult(manifest.id, manifest.version, self.previous_version)
        to_copy = list(self.to_copy)
        if self.repair:
            to_copy += [e for e in self.present if not blobs.intact(e.sha256, e.size, cancel)]
            result.repaired = [e.sha256 for e in to_copy[len(self.to_copy) :]]
        total = sum(e.size for e in to_copy)
        done = 0
        staged_now: list[str] = []

        def count(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)

        if progress is not None:
            progress(0, total)
        # One thread flushes finished blobs to disk while this one copies the next: the
        # copy never waits on fsync, and a blob is named as staged only once it is durable.
        pending: deque[Future[None]] = deque()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="c4s-fsync") as flusher:
            try:
                for entry in to_copy:
                    tmp = _copy_blob(self.checked.source, blobs, entry, count, cancel)
                    staged_now.append(entry.sha256)
                    pending.append(
                        flusher.submit(make_durable, tmp, blobs.staged_path(entry.sha256))
                    )
                    while len(pending) > MAX_BLOBS_WAITING_FOR_FSYNC:
                        pending.popleft().result()
                    result.bytes_copied += entry.size
                    result.blobs_copied += 1
                while pending:
                    pending.popleft().result()
                if staged_now:
                    fsync_dir(self.store.data_dir.staging)
            except BaseException:
                for future in pending:
                    future.cancel()
                for future in pending:
                    with contextlib.suppress(BaseException):
                        future.result()
                for sha in staged_now:
                    for leftover in (blobs.staged_path(sha), blobs.temp_path(sha)):
                        with contextlib.suppress(OSError):
                            leftover.unlink()
                raise
        blobs.publish([e.sha256 for e in self.to_publish] + staged_now)
        result.blobs_reused = len(self.present) - len(result.repaired) + len(self.to_publish)
        _commit(self.store, self.checked)
        # Installed from here on: a failure now (a disk just full) must not report the
        # install as failed. The search index is redone at the app's next start and
        # unreferenced blobs go at the next install or removal.
        try:
            index_pack(self.store, manifest)
            result.bytes_freed = blobs.collect_garbage(referenced_blobs(self.store))
            blobs.clear_staging()
        except (StoreError, SpaceError, OSError, sqlite3.Error) as exc:
            log.warning("%s v%d installed; indexing or tidying up failed: %s",
                        manifest.id, manifest.version, exc)
        return result


def plan_install(
    store: Store,
    source: PackSource,
    *,
    allow_untrusted: bool = False,
    force: bool = False,
) -> InstallPlan:
    """Check a pack and plan its install; nothing of it is written.

    What an install killed earlier left behind (see :meth:`BlobStore.tidy`) is deleted
    first, before the free space is measured; this pack's own blobs are kept.

    An update signed by another key than the installed version's is refused like an
    untrusted pack (``pack.publisher_changed``, or the untrusted or unsigned error naming the
    installed publisher), unless ``allow_untrusted``: a trusted publisher must not take over
    another's course by reusing its id.
    """
    try:
        checked = check_pack(source, trusted_keys(store), allow_untrusted=allow_untrusted)
    except TrustError as exc:
        if exc.code in ("pack.untrusted", "pack.unsigned"):
            manifest = parse_manifest(source.read_manifest(), require_key=False)
            _name_installed_publisher(exc, get_installed(store, manifest.id),
                                      manifest.publisher.key)
        raise
    manifest = checked.manifest
    installed = get_installed(store, manifest.id)
    if not allow_untrusted and _publisher_changed(installed, manifest.publisher.key):
        assert installed is not None and manifest.publisher.key is not None
        error = TrustError("pack.publisher_changed", pack=str(source.location),
                           publisher=manifest.publisher.name,
                           fingerprint=fingerprint(manifest.publisher.key))
        _name_installed_publisher(error, installed, manifest.publisher.key)
        raise error
    if installed is not None and manifest.version <= installed.version and not force:
        raise VersionError(
            # An older version is a going back (the course loses what the update added), not
            # the repair that reinstalling the same version is: the advice differs.
            "pack.older" if manifest.version < installed.version else "pack.not_newer",
            pack_id=manifest.id,
            version=manifest.version,
            installed=installed.version,
        )
    blobs = BlobStore(store.data_dir)
    unique: dict[str, FileEntry] = {}
    for entry in manifest.files.values():
        unique.setdefault(entry.sha256, entry)
    if store.writable:
        # Before the space check: what a killed install left (staged blobs, published ones
        # no pack uses) would otherwise count as used space that nothing ever frees. This
        # pack's own blobs stay, so running its killed install again resumes it.
        freed = blobs.tidy(referenced_blobs(store), keep=set(unique))
        if freed:
            log.info("deleted %d bytes left by an unfinished install", freed)
    to_copy: list[FileEntry] = []
    to_publish: list[FileEntry] = []
    present: list[FileEntry] = []
    for entry in unique.values():
        if blobs.has(entry.sha256, entry.size):
            present.append(entry)
        elif blobs.is_staged(entry.sha256, entry.size):
            to_publish.append(entry)
        else:
            to_copy.append(entry)
    old_manifest = installed.manifest() if installed is not None else None
    preview = compare_manifests(old_manifest, manifest, sum(e.size for e in to_copy))
    _check_space(store, sum(e.size for e in to_copy))
    return InstallPlan(store, checked, installed.version if installed else None,
                       to_copy, to_publish, present, preview, repair=force)


def _publisher_changed(installed: InstalledPack | None, key: str | None) -> bool:
    """True when the installed version came signed by a key and this one is not signed by it
    (an installed unsigned pack has no publisher to keep)."""
    return (installed is not None and bool(installed.publisher_key)
            and installed.publisher_key != key)


def _name_installed_publisher(error: TrustError, installed: InstalledPack | None,
                              key: str | None) -> None:
    """Add who published the installed version to ``error``, when another key signs this one."""
    if installed is not None and _publisher_changed(installed, key):
        assert installed.publisher_key is not None
        error.params.update(installed_publisher=installed.publisher_name,
                            installed_fingerprint=fingerprint(installed.publisher_key))


def install_pack(
    store: Store,
    path: Path,
    *,
    allow_untrusted: bool = False,
    force: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> InstallResult:
    """Install (or update) the pack at ``path``: the whole pipeline in one call."""
    with open_pack(path) as source:
        plan = plan_install(store, source, allow_untrusted=allow_untrusted, force=force)
        return plan.run(progress, cancel)


def _check_space(store: Store, needed: int) -> None:
    if needed == 0:
        return
    free = shutil.disk_usage(store.data_dir.staging).free
    margin = SPACE_MARGIN_BYTES + int(needed * SPACE_MARGIN_FRACTION)
    if needed + margin > free:
        raise SpaceError(
            "space.not_enough",
            path=str(store.data_dir.root),
            needed_mb=round((needed + margin) / 1e6, 1),
            free_mb=round(free / 1e6, 1),
        )


def _copy_blob(
    source: PackSource,
    blobs: BlobStore,
    entry: FileEntry,
    count: Callable[[int], None],
    cancel: Cancel | None,
) -> Path:
    """Copy one blob to its temporary file and check it; the caller makes it durable."""
    tmp = blobs.temp_path(entry.sha256)
    with source.open(entry.path) as fh:
        digest, size = copy_hashing(fh, tmp, entry.size, count, cancel, durable=False)
    if size != entry.size or digest != entry.sha256:
        with contextlib.suppress(OSError):
            tmp.unlink()
        code = "pack.size_mismatch" if size != entry.size else "pack.hash_mismatch"
        raise PackError(code, pack=str(source.location), path=entry.path,
                        expected=entry.size, found=size)
    return tmp


def _commit(store: Store, checked: CheckedPack) -> None:
    manifest = checked.manifest
    now = utc_now_iso()
    with store.transaction() as db:
        row = db.execute("SELECT installed_at FROM packs WHERE id = ?", [manifest.id]).fetchone()
        installed_at = row[0] if row else now
        db.execute("DELETE FROM pack_files WHERE pack_id = ?", [manifest.id])
        db.execute("DELETE FROM packs WHERE id = ?", [manifest.id])
        db.table("packs").insert(
            {
                "id": manifest.id,
                "version": manifest.version,
                "title": json.dumps(manifest.title, ensure_ascii=False),
                "languages": json.dumps(list(manifest.languages)),
                "publisher_name": manifest.publisher.name,
                # an unsigned pack's key proves nothing: no publisher for updates to keep
                "publisher_key": manifest.publisher.key if checked.signed else None,
                "trusted": int(checked.trusted),
                "size": manifest.total_size,
                "manifest": stored_form(checked.manifest_bytes),
                "installed_at": installed_at,
                "updated_at": now,
            }
        )
        db.table("pack_files").insert_all(
            {"pack_id": manifest.id, "path": e.path, "sha256": e.sha256, "size": e.size}
            for e in manifest.files.values()
        )
        db.table("pack_history").insert(
            {"pack_id": manifest.id, "version": manifest.version, "action": "install", "at": now}
        )
