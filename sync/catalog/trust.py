"""The server's trust list: the publisher keys whose packs ``c4s-sync publish`` accepts.

It starts with the keys bundled in ``resources/trust/`` (the ones a new desktop trusts), added
once per database so that removing one sticks; ``c4s-sync trust add KEYFILE`` adds others.
"""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import delete, insert, select

from c4s_desktop.core.errors import InputError, NotFoundError
from c4s_desktop.core.packs.signing import decode_public_key, fingerprint, read_public_key_file
from c4s_desktop.core.resources import default_trust_keys
from sync.db import schema
from sync.db.engine import Database

SEEDED = "default_trust_seeded"


def seed_default_trust(db: Database) -> None:
    """Trust the bundled keys the first time this database is used."""
    with db.write() as conn:
        if conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == SEEDED)).first():
            return
        for name, key in default_trust_keys():
            exists = conn.execute(select(schema.trusted_keys.c.key)
                                  .where(schema.trusted_keys.c.key == key)).first()
            if decode_public_key(key) is not None and not exists:
                conn.execute(insert(schema.trusted_keys).values(key=key, name=name,
                                                                added_at=time.time()))
        conn.execute(insert(schema.meta).values(key=SEEDED, value="1"))


def trusted_keys(db: Database) -> dict[str, str]:
    """Trusted key (base64) -> the name it was added under."""
    with db.read() as conn:
        rows = conn.execute(select(schema.trusted_keys.c.key, schema.trusted_keys.c.name)
                            .order_by(schema.trusted_keys.c.added_at))
        return {row.key: row.name for row in rows}


def add_key_file(db: Database, keyfile: Path, name: str | None = None) -> str:
    """Trust the public key in ``keyfile`` (a ``.pub``); return the key."""
    key = read_public_key_file(keyfile)
    with db.write() as conn:
        exists = conn.execute(select(schema.trusted_keys.c.key)
                              .where(schema.trusted_keys.c.key == key)).first()
        if not exists:
            conn.execute(insert(schema.trusted_keys).values(
                key=key, name=name or keyfile.stem, added_at=time.time()))
    return key


def remove_key(db: Database, key_or_fingerprint: str) -> str:
    """Stop trusting a key given in base64 or by (the start of) its fingerprint."""
    wanted = key_or_fingerprint.strip()
    compact = wanted.replace(" ", "").lower()
    for key in trusted_keys(db):
        if key == wanted or (len(compact) >= 8
                             and fingerprint(key).replace(" ", "").startswith(compact)):
            with db.write() as conn:
                conn.execute(delete(schema.trusted_keys).where(schema.trusted_keys.c.key == key))
            return key
    if not wanted:
        raise InputError("key.pub_invalid", key=wanted)
    raise NotFoundError("key.not_trusted", key=wanted)
