"""Devices (enrolled with a one-time code) and admin accounts, and who a request is from."""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, func, insert, select, update

from c4s_desktop.core.errors import InputError, NotFoundError
from sync.auth import secrets as creds
from sync.db import schema
from sync.db.engine import Database

CODE_VALID_S = 24 * 3600
DEVICE_PREFIX = "dev-"
ADMIN_NAME_RE = re.compile(r"^[A-Za-z0-9._@-]{1,100}$")


@dataclass(frozen=True)
class Principal:
    """Who sent a request: a device (writes for its learners) or an admin (everything)."""

    username: str
    is_admin: bool

    @property
    def device_id(self) -> str | None:
        return None if self.is_admin else self.username


@dataclass(frozen=True)
class Enrollment:
    """The credentials a device receives once, in exchange for its code."""

    device_id: str
    secret: str


@dataclass(frozen=True)
class DeviceInfo:
    """One enrolled device, for ``c4s-sync devices``."""

    device_id: str
    name: str
    created_at: float
    revoked_at: float | None
    learners: int
    last_seen_at: float | None = None
    """When it last made an authenticated request (to the minute), or None if never."""
    last_address: str = ""
    """The address that request came from."""


def create_code(db: Database, name: str, *, now: float | None = None) -> tuple[str, float]:
    """A new one-time enrollment code for a device called ``name``; (code, expiry time)."""
    now = time.time() if now is None else now
    code = creds.new_code()
    expires = now + CODE_VALID_S
    with db.write() as conn:
        conn.execute(insert(schema.enroll_codes).values(
            code_hash=creds.code_hash(code), name=name, created_at=now, expires_at=expires,
        ))
    return code, expires


def redeem_code(db: Database, code: str) -> Enrollment | None:
    """Exchange a valid, unused, unexpired code for new device credentials (else None)."""
    now = time.time()
    device_id = DEVICE_PREFIX + secrets.token_hex(8)
    secret = creds.new_secret()
    table = schema.enroll_codes
    with db.write() as conn:
        used = conn.execute(
            update(table)
            .where(table.c.code_hash == creds.code_hash(code), table.c.used_at.is_(None),
                   table.c.expires_at > now)
            .values(used_at=now, device_id=device_id)
        )
        if used.rowcount != 1:
            return None
        name = conn.execute(
            select(table.c.name).where(table.c.code_hash == creds.code_hash(code))
        ).scalar_one()
        conn.execute(insert(schema.devices).values(
            id=device_id, name=name, secret_hash=creds.hash_device_secret(secret),
            created_at=now,
        ))
    return Enrollment(device_id, secret)


def revoke_device(db: Database, device: str) -> str:
    """End a device's access at once; ``device`` is its id, or a name only one device has."""
    table = schema.devices
    with db.write() as conn:
        rows = conn.execute(
            select(table.c.id, table.c.created_at, table.c.revoked_at)
            .where((table.c.id == device) | (table.c.name == device))
            .order_by(table.c.created_at)
        ).all()
        if not rows:
            raise NotFoundError("server.no_device", device=device)
        # An id names one device, whatever others are called; of a name, the devices still
        # active are meant (a laptop replaced earlier was revoked then).
        by_id = [row for row in rows if row.id == device]
        active = [row for row in rows if row.revoked_at is None]
        if by_id or len(active) == 1:
            rows = by_id or active
        if len(rows) > 1:
            listing = "; ".join(
                f"{row.id} enrolled {_day(row.created_at)}"
                + (f", revoked {_day(row.revoked_at)}" if row.revoked_at else "")
                for row in rows)
            raise InputError("server.same_name", count=len(rows), device=repr(device),
                             listing=listing)
        conn.execute(update(table).where(table.c.id == rows[0].id, table.c.revoked_at.is_(None))
                     .values(revoked_at=time.time()))
    return str(rows[0].id)


def _day(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%d %H:%M UTC")


def list_devices(db: Database) -> list[DeviceInfo]:
    """Every device ever enrolled, oldest first."""
    d, lr = schema.devices, schema.learners
    with db.read() as conn:
        counts = {row[0]: int(row[1]) for row in conn.execute(
            select(lr.c.device_id, func.count(lr.c.learner_id)).group_by(lr.c.device_id))}
        seen = schema.device_seen
        rows = conn.execute(select(d.c.id, d.c.name, d.c.created_at, d.c.revoked_at,
                                   seen.c.last_seen_at, seen.c.address)
                            .outerjoin(seen, seen.c.device_id == d.c.id)
                            .order_by(d.c.created_at)).all()
    return [DeviceInfo(r.id, r.name, r.created_at, r.revoked_at, counts.get(r.id, 0),
                       r.last_seen_at, r.address or "")
            for r in rows]


def add_admin(db: Database, username: str, password: str) -> None:
    """Create an admin account, or set a new password for an existing one."""
    if not ADMIN_NAME_RE.match(username) or username.startswith(DEVICE_PREFIX):
        raise InputError("server.bad_username", user=username)
    if not password:
        raise InputError("server.empty_password")
    hashed = creds.hash_password(password)
    table = schema.admins
    with db.write() as conn:
        changed = conn.execute(update(table).where(table.c.username == username)
                               .values(secret_hash=hashed)).rowcount
        if not changed:
            conn.execute(insert(table).values(username=username, secret_hash=hashed,
                                              created_at=time.time()))


def remove_admin(db: Database, username: str) -> None:
    """Delete an admin account; its next request gets 401."""
    with db.write() as conn:
        if not conn.execute(delete(schema.admins)
                            .where(schema.admins.c.username == username)).rowcount:
            raise NotFoundError("server.no_admin", user=username)


def authenticate(db: Database, username: str, password: str) -> Principal | None:
    """The principal these Basic credentials belong to, or None (unknown, wrong, revoked).

    An unknown name is checked against a stand-in hash of the same kind, so it takes as long
    as a wrong password: the time of the answer does not tell which admin names exist.
    """
    with db.read() as conn:
        if username.startswith(DEVICE_PREFIX):
            row = conn.execute(select(schema.devices.c.secret_hash)
                               .where(schema.devices.c.id == username,
                                      schema.devices.c.revoked_at.is_(None))).first()
            is_admin = False
        else:
            row = conn.execute(select(schema.admins.c.secret_hash)
                               .where(schema.admins.c.username == username)).first()
            is_admin = True
    stand_in = creds.DUMMY_PASSWORD_HASH if is_admin else creds.DUMMY_DEVICE_HASH
    matches = creds.verify(stand_in if row is None else row[0], password)
    if row is None or not matches:
        return None
    return Principal(username, is_admin)


def register_learners(db: Database, device_id: str, learners: list[tuple[str, str | None]]
                      ) -> list[str]:
    """Link learners (id, name) to a device; a learner known through another device too."""
    table = schema.learners
    now = time.time()
    with db.write() as conn:
        known = set(device_learners(conn, device_id))
        for learner_id, name in learners:
            if learner_id in known:
                conn.execute(update(table).where(table.c.learner_id == learner_id,
                                                 table.c.device_id == device_id)
                             .values(name=name))
            else:
                conn.execute(insert(table).values(learner_id=learner_id, device_id=device_id,
                                                  name=name, registered_at=now))
                known.add(learner_id)
    return [learner_id for learner_id, _ in learners]


def device_learners(conn: Connection, device_id: str) -> set[str]:
    """The ids of the learners registered through a device."""
    table = schema.learners
    return set(conn.execute(select(table.c.learner_id)
                            .where(table.c.device_id == device_id)).scalars())
