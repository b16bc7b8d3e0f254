"""What is installed: reading the library, removing packs, and checking the blob store."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.errors import NotFoundError
from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.packs.copying import hash_stream
from c4s_desktop.core.packs.manifest import Manifest
from c4s_desktop.core.packs.stored_manifest import read_stored_manifest
from c4s_desktop.core.store.database import Store


@dataclass(frozen=True)
class InstalledPack:
    """One row of the library."""

    id: str
    version: int
    title: dict[str, str]
    languages: list[str]
    publisher_name: str
    publisher_key: str | None
    trusted: bool
    size: int
    installed_at: str
    updated_at: str
    stored_manifest: bytes = field(repr=False)
    """The manifest as the table holds it (compressed: see ``stored_manifest.stored_form``)."""

    def manifest(self, *, keep_raw: bool = True) -> Manifest:
        """The installed version's manifest, parsed (checked at install, so not again).

        ``keep_raw`` False: without the JSON objects as they were (see ``stored_manifest``).
        """
        return read_stored_manifest(self.stored_manifest, keep_raw=keep_raw)


_COLUMNS = (
    "id, version, title, languages, publisher_name, publisher_key, trusted, size, "
    "installed_at, updated_at, manifest"
)


def _row_to_pack(row: tuple[Any, ...]) -> InstalledPack:
    return InstalledPack(
        id=str(row[0]),
        version=int(row[1]),
        title=json.loads(str(row[2])),
        languages=json.loads(str(row[3])),
        publisher_name=str(row[4]),
        publisher_key=None if row[5] is None else str(row[5]),
        trusted=bool(row[6]),
        size=int(row[7]),
        installed_at=str(row[8]),
        updated_at=str(row[9]),
        stored_manifest=bytes(row[10]),
    )


def list_installed(store: Store) -> list[InstalledPack]:
    """Every installed pack, by id."""
    rows = store.conn.execute(f"SELECT {_COLUMNS} FROM packs ORDER BY id").fetchall()
    return [_row_to_pack(row) for row in rows]


def get_installed(store: Store, pack_id: str) -> InstalledPack | None:
    """The installed pack with this id, or None."""
    row = store.conn.execute(f"SELECT {_COLUMNS} FROM packs WHERE id = ?", [pack_id]).fetchone()
    return None if row is None else _row_to_pack(row)


def removal_sizes(store: Store) -> dict[str, tuple[int, int]]:
    """For each installed pack, the bytes of its files (each blob once) and the bytes removing
    it would free: those of its blobs no other installed pack uses (courses of one publisher
    often share videos)."""
    rows = store.conn.execute(
        "SELECT mine.pack_id, SUM(mine.size), SUM(CASE WHEN EXISTS (SELECT 1 FROM pack_files "
        "AS other WHERE other.sha256 = mine.sha256 AND other.pack_id != mine.pack_id) "
        "THEN 0 ELSE mine.size END) "
        "FROM (SELECT DISTINCT pack_id, sha256, size FROM pack_files) AS mine "
        "GROUP BY mine.pack_id").fetchall()
    return {pack_id: (size, frees) for pack_id, size, frees in rows}


def referenced_blobs(store: Store) -> set[str]:
    """SHA-256 of every blob an installed pack uses."""
    return {r[0] for r in store.db.execute("SELECT DISTINCT sha256 FROM pack_files").fetchall()}


def remove_pack(store: Store, pack_id: str) -> int:
    """Remove a pack and the blobs only it used; learner progress is kept. Returns bytes freed."""
    pack = get_installed(store, pack_id)
    if pack is None:
        raise NotFoundError("pack.not_installed", pack_id=pack_id)
    with store.transaction() as db:
        db.execute("DELETE FROM pack_files WHERE pack_id = ?", [pack_id])
        db.execute("DELETE FROM packs WHERE id = ?", [pack_id])
        db.table("pack_history").insert(
            {"pack_id": pack_id, "version": pack.version, "action": "remove", "at": utc_now_iso()}
        )
    from c4s_desktop.core.search.index import unindex_pack  # the index's parsers: not at start

    unindex_pack(store, pack_id)
    return BlobStore(store.data_dir).collect_garbage(referenced_blobs(store))


@dataclass
class StoreReport:
    """What re-hashing the store found."""

    checked: int = 0
    bytes_checked: int = 0
    missing: dict[str, int] = field(default_factory=dict)
    corrupt: dict[str, int] = field(default_factory=dict)
    users: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.corrupt


def verify_store(
    store: Store,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> StoreReport:
    """Re-hash every blob an installed pack uses and report missing or corrupt ones."""
    blobs = BlobStore(store.data_dir)
    rows = store.db.execute(
        "SELECT sha256, size, pack_id, path FROM pack_files ORDER BY sha256"
    ).fetchall()
    report = StoreReport()
    sizes: dict[str, int] = {}
    for sha, size, pack_id, path in rows:
        sizes[sha] = size
        report.users.setdefault(sha, []).append(f"{pack_id}/{path}")
    total = sum(sizes.values())
    for sha, size in sizes.items():
        try:
            with open(blobs.path(sha), "rb") as fh:
                digest, length = hash_stream(fh, size, cancel)
        except FileNotFoundError:
            report.missing[sha] = size
            continue
        if digest != sha or length != size:
            report.corrupt[sha] = size
        report.checked += 1
        report.bytes_checked += size
        if progress:
            progress(report.bytes_checked, total)
    return report
