"""Finding a pack's files in the blob store, and resolving relative links between them."""

from __future__ import annotations

import logging
import posixpath
from pathlib import Path

from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.packs.manifest import Manifest

log = logging.getLogger("c4s.packs")


class PackFiles:
    """The files of one installed pack, by their path inside the pack."""

    def __init__(self, manifest: Manifest, blobs: BlobStore) -> None:
        self.manifest = manifest
        self._blobs = blobs

    def blob_path(self, pack_path: str) -> Path | None:
        """Where the bytes of ``pack_path`` live, or None when the pack has no such file."""
        entry = self.manifest.files.get(pack_path)
        return None if entry is None else self._blobs.path(entry.sha256)

    def has_file(self, pack_path: str) -> bool:
        """True when the pack lists ``pack_path`` and its bytes are in the library, whole."""
        entry = self.manifest.files.get(pack_path)
        return entry is not None and self._blobs.has(entry.sha256, entry.size)

    def read_bytes(self, pack_path: str) -> bytes | None:
        """The content of ``pack_path``, or None when it is not in the pack, not readable or
        damaged (its bytes no longer hash to what the pack was signed with)."""
        entry = self.manifest.files.get(pack_path)
        if entry is None:
            return None
        try:
            data = self._blobs.path(entry.sha256).read_bytes()
        except OSError as exc:
            log.warning("%s/%s cannot be read: %s", self.manifest.id, pack_path, exc)
            return None
        # Whole files read here are small (texts, quizzes, images, subtitles): hashing them
        # costs little beside the read, and a damaged one is then repaired like a missing one.
        # hashlib loads OpenSSL: not before the first file is read (start-up, issue 3 §9).
        import hashlib

        if hashlib.sha256(data).hexdigest() != entry.sha256:
            log.warning("%s/%s is damaged: its bytes changed since it was installed",
                        self.manifest.id, pack_path)
            return None
        return data

    def is_intact(self, pack_path: str) -> bool:
        """True when ``pack_path``'s bytes are in the library and still hash to what the pack
        was signed with; it reads the whole file: call it off the UI thread for a large one."""
        entry = self.manifest.files.get(pack_path)
        return entry is not None and self._blobs.intact(entry.sha256, entry.size)

    def resolve(self, base: str, link: str) -> str | None:
        """The pack path that ``link`` (relative, ``/``-separated) names from file ``base``.

        None when the link leaves the pack, is absolute, or names no file of the pack.
        """
        if not link or link.startswith("/") or "\\" in link:
            return None
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(base), link))
        if joined == ".." or joined.startswith("../") or joined not in self.manifest.files:
            return None
        return joined
