"""Published packs: publishing one (verified as a device would) and reading the catalog.

A pack is checked with the client's own code (``check_pack`` against this server's trust
list), then every file is re-hashed while it is copied into ``blobs/ab/<sha256>``; only then
does one transaction make the version visible. Files already held are hashed, not copied.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from c4s_desktop.core.errors import PackError, TrustError, VersionError
from c4s_desktop.core.packs.copying import copy_hashing, fsync_dir, hash_stream, make_durable
from c4s_desktop.core.packs.signing import fingerprint
from c4s_desktop.core.packs.source import PackSource, open_pack
from c4s_desktop.core.packs.verify import check_pack
from sync.catalog.trust import trusted_keys
from sync.config import ServerConfig
from sync.db import schema
from sync.db.engine import Database


@dataclass(frozen=True)
class Published:
    """What ``publish`` did."""

    pack_id: str
    version: int
    files: int
    copied: int
    already: bool


def publish(config: ServerConfig, db: Database, pack: Path, *,
            allow_new_publisher: bool = False) -> Published:
    """Verify ``pack`` and add it to the catalog.

    A new version must be signed with the key of the published one: any trusted publisher
    could otherwise replace another's pack on every device. ``allow_new_publisher`` is the
    admin saying the change of key is wanted (a publisher's new key, a pack handed over).
    """
    with open_pack(pack) as source:
        checked = check_pack(source, set(trusted_keys(db)))
        manifest = checked.manifest
        signature = source.read_signature() or b""
        newest = _newest(db, manifest.id)
        if newest is not None:
            version, data, published_key = newest
            if version == manifest.version and data == checked.manifest_bytes:
                return Published(manifest.id, version, len(manifest.files), 0, True)
            key = manifest.publisher.key or ""
            if key != published_key and not allow_new_publisher:
                raise TrustError("server.pack_publisher", pack=manifest.id,
                                 version=manifest.version, given=fingerprint(key),
                                 published=fingerprint(published_key),
                                 published_version=version)
            if version == manifest.version:
                raise VersionError("server.pack_published", pack=manifest.id, version=version)
            if version > manifest.version:
                raise VersionError("server.pack_older", pack=manifest.id,
                                   version=manifest.version, published=version)
        copied = 0
        for path, entry in sorted(manifest.files.items()):
            copied += _store_blob(config, source, path, entry.sha256, entry.size, str(pack))
    with db.write() as conn:
        conn.execute(insert(schema.packs).values(
            pack_id=manifest.id, version=manifest.version,
            title=json.dumps(dict(manifest.title), ensure_ascii=False),
            languages=json.dumps(list(manifest.languages)), size=manifest.total_size,
            publisher_name=manifest.publisher.name, publisher_key=manifest.publisher.key or "",
            manifest=checked.manifest_bytes, signature=signature, published_at=time.time(),
        ))
        held = set(conn.execute(select(schema.pack_blobs.c.sha256)).scalars())
        fresh = {e.sha256: e.size for e in manifest.files.values() if e.sha256 not in held}
        if fresh:
            conn.execute(insert(schema.pack_blobs),
                         [{"sha256": sha, "size": size} for sha, size in fresh.items()])
    return Published(manifest.id, manifest.version, len(manifest.files), copied, False)


def _store_blob(config: ServerConfig, source: PackSource, path: str, sha: str, size: int,
                pack: str) -> int:
    target = config.blobs_dir / sha[:2] / sha
    with source.open(path) as fh:
        if target.is_file() and target.stat().st_size == size:
            digest, length = hash_stream(fh, size)
            copied = 0
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f"{sha}.{os.getpid()}.part")
            digest, length = copy_hashing(fh, tmp, size)
            if digest == sha and length == size:
                make_durable(tmp, target)
                fsync_dir(target.parent)
            else:
                tmp.unlink(missing_ok=True)
            copied = 1
    if digest != sha or length != size:
        raise PackError("pack.hash_mismatch", pack=pack, path=path)
    return copied


def _newest(db: Database, pack_id: str) -> tuple[int, bytes, str] | None:
    """(version, manifest bytes, publisher key) of a pack's newest published version."""
    p = schema.packs
    with db.read() as conn:
        row = conn.execute(select(p.c.version, p.c.manifest, p.c.publisher_key)
                           .where(p.c.pack_id == pack_id)
                           .order_by(p.c.version.desc()).limit(1)).first()
    return None if row is None else (int(row.version), bytes(row.manifest), row.publisher_key)


def newest_manifest(db: Database, pack_id: str) -> tuple[bytes, bytes, int] | None:
    """(manifest bytes, signature bytes, version) of a pack's newest version."""
    p = schema.packs
    with db.read() as conn:
        row = conn.execute(select(p.c.manifest, p.c.signature, p.c.version)
                           .where(p.c.pack_id == pack_id)
                           .order_by(p.c.version.desc()).limit(1)).first()
    return None if row is None else (bytes(row.manifest), bytes(row.signature), row.version)


def catalog_entries(db: Database) -> list[dict[str, Any]]:
    """The newest version of every pack, as ``GET /catalog`` lists it."""
    p = schema.packs
    newest = (select(p.c.pack_id, func.max(p.c.version).label("version"))
              .group_by(p.c.pack_id).subquery())
    with db.read() as conn:
        rows = conn.execute(
            select(p.c.pack_id, p.c.version, p.c.title, p.c.languages, p.c.size,
                   p.c.publisher_name, p.c.publisher_key)
            .join(newest, (p.c.pack_id == newest.c.pack_id) & (p.c.version == newest.c.version))
            .order_by(p.c.pack_id)
        ).all()
    return [{"id": r.pack_id, "version": r.version, "title": json.loads(r.title),
             "languages": json.loads(r.languages), "size": r.size,
             "publisher": {"name": r.publisher_name, "key": r.publisher_key}} for r in rows]


def has_blob(db: Database, sha: str) -> bool:
    """True when a published pack holds the file with this SHA-256."""
    with db.read() as conn:
        return conn.execute(select(schema.pack_blobs.c.sha256)
                            .where(schema.pack_blobs.c.sha256 == sha)).first() is not None
