"""Repairing missing or corrupt blobs from a copy of a pack that holds them."""

from __future__ import annotations

import contextlib
from pathlib import Path

from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.packs.copying import copy_hashing
from c4s_desktop.core.packs.library import StoreReport
from c4s_desktop.core.packs.manifest import parse_manifest
from c4s_desktop.core.packs.source import open_pack
from c4s_desktop.core.store.database import Store


def repair_store(store: Store, report: StoreReport, packs: list[Path]) -> list[str]:
    """Replace each bad blob in ``report`` from the first given pack that holds it.

    A blob is kept only when its bytes hash to its name, so any copy of a pack will do,
    signed or not. Returns the SHA-256 of the blobs repaired.
    """
    wanted = {**report.missing, **report.corrupt}
    blobs = BlobStore(store.data_dir)
    repaired: list[str] = []
    for path in packs:
        if not wanted:
            break
        with open_pack(path) as source:
            manifest = parse_manifest(source.read_manifest(), require_key=False)
            for entry in manifest.files.values():
                if entry.sha256 not in wanted or not source.has(entry.path):
                    continue
                tmp = blobs.temp_path(entry.sha256)
                with source.open(entry.path) as fh:
                    digest, size = copy_hashing(fh, tmp, entry.size)
                if digest != entry.sha256 or size != wanted[entry.sha256]:
                    with contextlib.suppress(OSError):
                        tmp.unlink()
                    continue
                tmp.replace(blobs.staged_path(entry.sha256))
                blobs.publish([entry.sha256])
                repaired.append(entry.sha256)
                del wanted[entry.sha256]
    return repaired
