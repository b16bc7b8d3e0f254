"""The machine's trust list: publisher keys whose signed packs install without asking."""

from __future__ import annotations

from dataclasses import dataclass

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.errors import InputError, NotFoundError
from c4s_desktop.core.packs.signing import decode_public_key, fingerprint
from c4s_desktop.core.resources import default_trust_keys
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta

SEEDED_FLAG = "default_trust_seeded"


@dataclass(frozen=True)
class TrustedKey:
    """One key of the trust list."""

    key: str
    name: str
    """The name the key was trusted under: a publisher's name, or a label such as a key
    file's name (``c4s trust add``, the bundled keys)."""
    added_at: str
    publisher_names: tuple[str, ...] = ()
    """The publisher names that installed packs signed by this key give, the most recently
    installed or updated first (see :func:`list_trusted`)."""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    @property
    def display_name(self) -> str:
        """The publisher as the library shows it (from its installed packs), else ``name``."""
        return self.publisher_names[0] if self.publisher_names else self.name

    @property
    def names(self) -> tuple[str, ...]:
        """Every name this publisher is known by on this computer."""
        return (*self.publisher_names, self.name)


def seed_default_trust(store: Store) -> None:
    """Trust the bundled publisher keys once per data folder (a later removal sticks)."""
    if get_meta(store, SEEDED_FLAG):
        return
    with store.transaction() as db:
        for name, key in default_trust_keys():
            if decode_public_key(key) is not None:
                db.table("trusted_keys").insert(
                    {"key": key, "name": name, "added_at": utc_now_iso()}, ignore=True
                )
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", [SEEDED_FLAG])


def list_trusted(store: Store) -> list[TrustedKey]:
    """Every trusted key, oldest first, with the publisher names its installed packs give."""
    published: dict[str, list[str]] = {}
    for key, name in store.db.execute(
        "SELECT publisher_key, publisher_name FROM packs WHERE publisher_key IS NOT NULL "
        "ORDER BY updated_at DESC, id"
    ).fetchall():
        names = published.setdefault(key, [])
        if name and name not in names:
            names.append(name)
    rows = store.db.execute("SELECT key, name, added_at FROM trusted_keys ORDER BY added_at, key")
    return [TrustedKey(key, name, added_at, tuple(published.get(key, ())))
            for key, name, added_at in rows.fetchall()]


def trusted_keys(store: Store) -> set[str]:
    """The trusted keys as a set of base64 strings."""
    return {row[0] for row in store.db.execute("SELECT key FROM trusted_keys").fetchall()}


def add_trusted(store: Store, key: str, name: str) -> TrustedKey:
    """Trust ``key`` (base64); adding a key twice keeps the first entry."""
    if decode_public_key(key) is None:
        raise InputError("key.pub_invalid", key=key)
    entry = TrustedKey(key=key, name=name, added_at=utc_now_iso())
    with store.transaction() as db:
        db.table("trusted_keys").insert(
            {"key": entry.key, "name": entry.name, "added_at": entry.added_at}, ignore=True
        )
    return entry


def remove_trusted(store: Store, key_or_fingerprint: str) -> TrustedKey:
    """Stop trusting a key given in base64 or as (the start of) its fingerprint."""
    wanted = key_or_fingerprint.strip()
    compact = wanted.replace(" ", "").lower()
    for entry in list_trusted(store):
        if entry.key == wanted or (
            len(compact) >= 8 and entry.fingerprint.replace(" ", "").startswith(compact)
        ):
            with store.transaction() as db:
                db.execute("DELETE FROM trusted_keys WHERE key = ?", [entry.key])
            return entry
    raise NotFoundError("key.not_trusted", key=wanted)
