"""Checking a pack against the contract before any byte of it is kept.

:func:`check_pack` reads the manifest, signature and quiz files and compares the container's
listing with the manifest; it hashes media only when asked (``pack verify``), because the
install pipeline hashes every byte while it copies.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from c4s_desktop import __version__
from c4s_desktop.core.errors import PackError, TrustError
from c4s_desktop.core.packs.manifest import Manifest, parse_manifest
from c4s_desktop.core.packs.paths import check_pack_path, check_unique_casefold
from c4s_desktop.core.packs.signing import fingerprint, signature_valid
from c4s_desktop.core.packs.source import PackSource
from c4s_desktop.core.quiz.schema import parse_quiz

CHUNK = 1 << 20
MAX_QUIZ_BYTES = 4 * 1024 * 1024

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class CheckedPack:
    """A pack whose manifest, listing, quizzes and signature passed."""

    source: PackSource
    manifest: Manifest
    manifest_bytes: bytes
    signed: bool
    trusted: bool

    @property
    def key_fingerprint(self) -> str:
        key = self.manifest.publisher.key
        return fingerprint(key) if key else ""


def check_pack(
    source: PackSource,
    trusted: set[str],
    *,
    allow_untrusted: bool = False,
) -> CheckedPack:
    """Check everything but the media's hashes; raise the first problem found."""
    data = source.read_manifest()
    manifest = parse_manifest(data, app_version=__version__)
    signed = check_signature(source, manifest, data)
    key = manifest.publisher.key
    is_trusted = signed and key in trusted
    if not is_trusted and not allow_untrusted:
        if not signed:
            raise TrustError("pack.unsigned", pack=str(source.location))
        raise TrustError(
            "pack.untrusted",
            pack=str(source.location),
            publisher=manifest.publisher.name,
            fingerprint=fingerprint(key or ""),
        )
    _check_listing(source, manifest)
    _check_quizzes(source, manifest)
    return CheckedPack(source, manifest, data, signed, is_trusted)


def check_signature(source: PackSource, manifest: Manifest, data: bytes) -> bool:
    """Read the pack's ``manifest.sig`` and check that the manifest's key signed ``data`` (the
    manifest's bytes): True when it did, False when the pack is unsigned (which only an
    admin's word lets install). A signature that does not verify raises
    ``pack.bad_signature``: the manifest was edited after signing, or signed by another key."""
    signature = source.read_signature()
    if signature is None:
        return False
    key = manifest.publisher.key
    if not key or not signature_valid(key, data, signature):
        raise TrustError("pack.bad_signature", pack=str(source.location))
    return True


def _check_listing(source: PackSource, manifest: Manifest) -> None:
    # A folder pack on a stick that Finder or Explorer browsed holds their litter; it is never
    # installed, so leaving it out keeps every installed byte covered by the signature.
    present = {
        path: size
        for path, size in source.entries().items()
        if path in manifest.files or not source.is_os_metadata(path)
    }
    for path in present:
        check_pack_path(path, "the pack's files")
    check_unique_casefold(present)
    for path in sorted(present):
        if path not in manifest.files:
            raise PackError("pack.unlisted_file", pack=str(source.location), path=path)
    for path, entry in sorted(manifest.files.items()):
        if path not in present:
            raise PackError("pack.missing_file", pack=str(source.location), path=path)
        if present[path] != entry.size:
            raise PackError(
                "pack.size_mismatch",
                pack=str(source.location),
                path=path,
                expected=entry.size,
                found=present[path],
            )


def _check_quizzes(source: PackSource, manifest: Manifest) -> None:
    for _module, _lesson, item in manifest.iter_items():
        if item.type != "quiz" or item.quiz is None:
            continue
        entry = manifest.files[item.quiz]
        data = source.read_small(item.quiz, MAX_QUIZ_BYTES, "pack.quiz_too_large")
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise PackError("pack.hash_mismatch", pack=str(source.location), path=item.quiz)
        parse_quiz(data, item.quiz)


def hash_all(
    checked: CheckedPack,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> None:
    """Re-hash every file of a checked pack against its manifest (``c4s pack verify``)."""
    from c4s_desktop.core.packs.copying import hash_stream

    total = checked.manifest.total_size
    done = 0
    for path, entry in sorted(checked.manifest.files.items()):
        with checked.source.open(path) as fh:
            digest, size = hash_stream(fh, entry.size, cancel)
        if size != entry.size or digest != entry.sha256:
            raise PackError("pack.hash_mismatch", pack=str(checked.source.location), path=path)
        done += size
        if progress:
            progress(done, total)
