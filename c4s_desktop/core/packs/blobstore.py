"""The content-addressed blob store: ``store/ab/<sha256>``, one file per distinct content."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.packs.copying import fsync_dir, hash_stream

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


class BlobStore:
    """Blobs of one data folder. Writes happen only under the data folder's lock."""

    def __init__(self, data_dir: DataDir) -> None:
        self.data_dir = data_dir

    def path(self, sha256: str) -> Path:
        return self.data_dir.blob_path(sha256)

    def has(self, sha256: str, size: int) -> bool:
        """True when the blob is in the store with the expected size."""
        try:
            return self.path(sha256).stat().st_size == size
        except OSError:
            return False

    def intact(self, sha256: str, size: int, cancel: Callable[[], bool] | None = None) -> bool:
        """True when the blob is in the store and its bytes still hash to its name: it reads
        the whole file. ``cancel`` returning True stops the read (``CancelledError``)."""
        try:
            with self.path(sha256).open("rb") as fh:
                digest, length = hash_stream(fh, size, cancel)
        except OSError:
            return False
        return digest == sha256 and length == size

    def staged_path(self, sha256: str) -> Path:
        """Where a blob waits, fully copied and verified, until its install commits."""
        return self.data_dir.staging / sha256

    def temp_path(self, sha256: str) -> Path:
        return self.data_dir.staging / f"{sha256}.{os.getpid()}.part"

    def is_staged(self, sha256: str, size: int) -> bool:
        try:
            return self.staged_path(sha256).stat().st_size == size
        except OSError:
            return False

    def publish(self, sha256s: list[str]) -> None:
        """Move staged blobs into the store (renames on one file system), durably."""
        parents: set[Path] = set()
        for sha in sha256s:
            target = self.path(sha)
            target.parent.mkdir(exist_ok=True)
            os.replace(self.staged_path(sha), target)
            parents.add(target.parent)
        for parent in parents:
            fsync_dir(parent)
        if parents:
            fsync_dir(self.data_dir.store)

    def clear_partial(self) -> None:
        """Delete half-copied blobs (``*.part``) left by an install that was killed or lost
        power: nothing resumes them (a copy starts its blob again), yet each can be hundreds
        of megabytes. Whole staged blobs stay for the install that is run again."""
        with contextlib.suppress(OSError):
            for part in self.data_dir.staging.glob("*.part"):
                with contextlib.suppress(OSError):
                    part.unlink()

    def clear_staging(self) -> None:
        """Forget every staged or partial blob."""
        staging = self.data_dir.staging
        if staging.is_dir():
            shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True, exist_ok=True)

    def iter_blobs(self) -> Iterator[tuple[str, Path]]:
        """Every blob file in the store as (sha256, path)."""
        store = self.data_dir.store
        if not store.is_dir():
            return
        for sub in sorted(store.iterdir()):
            if len(sub.name) != 2 or not sub.is_dir():
                continue
            for blob in sorted(sub.iterdir()):
                if SHA256_RE.match(blob.name) and blob.name.startswith(sub.name):
                    yield blob.name, blob

    def tidy(self, referenced: set[str], keep: set[str]) -> int:
        """Delete what a killed or failed install left behind; return the bytes freed.

        That is every file in ``store/staging`` but the whole staged blobs named in ``keep``,
        and every blob in the store that no installed pack uses (``referenced``) and
        ``keep`` does not name. A power cut during a big install leaves hundreds of
        megabytes there that nothing else would delete. ``keep``: the blobs of the pack
        about to be installed, so that running a killed install again copies only what it
        still lacks. The caller holds the data folder's lock on the writer's thread, where
        no install is copying meanwhile.
        """
        freed = 0
        with contextlib.suppress(OSError):
            for entry in list(os.scandir(self.data_dir.staging)):
                if entry.name in keep:
                    continue
                with contextlib.suppress(OSError):
                    if entry.is_file(follow_symlinks=False):
                        size = entry.stat(follow_symlinks=False).st_size
                        os.unlink(entry.path)
                        freed += size
        return freed + self.collect_garbage(referenced | keep)

    def collect_garbage(self, referenced: set[str]) -> int:
        """Delete blobs no installed pack uses; return the bytes freed."""
        freed = 0
        for sha, path in list(self.iter_blobs()):
            if sha not in referenced:
                with contextlib.suppress(OSError):
                    freed += path.stat().st_size
                    path.unlink()
        return freed
