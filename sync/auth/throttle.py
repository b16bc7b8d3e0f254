"""Failed logins, throttled per client address and per user name, so that admin passwords
cannot be guessed at speed, nor from many addresses at one name.

Each attempt takes a token from both buckets before the password is checked (so attempts
sent at once cannot all slip past a check made before any of them failed), and a login that
succeeds gives them back: only failures count, and a tool logging in all day is never slowed.
Device names are not counted: a device secret has 256 random bits, so guessing it is hopeless,
and one revoked laptop retrying must not lock its whole classroom's address out.

A name's bucket is shared by every address, so anyone could empty it and lock the name's owner
out. So the addresses a name logged in from lately (the :data:`KNOWN_PER_NAME` latest, within
:data:`KNOWN_FOR_S`) are known for that name: attempts from there take from a bucket of that
name at that address only. Neither a guesser elsewhere nor another tool on the same address
(one left with an old password, behind the same NAT) can then empty it. Only the right password
makes an address known, so a guesser gains at most what the addresses of a name's real users
allow; attempts from anywhere else share the address's and the name's buckets.
"""

from __future__ import annotations

import hashlib
import time

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from sync.auth.accounts import DEVICE_PREFIX, Principal, authenticate
from sync.config import Limits
from sync.db import schema
from sync.db.engine import Database
from sync.ratelimit import fail_open, forget_full, give_back, take_token

KEY_PREFIX = "login-"
KNOWN_FOR_S = 30 * 24 * 3600.0
"""How long after its last successful login an address stays known for a name."""
KNOWN_PER_NAME = 20
"""How many addresses are known for one name at most (the most recently used)."""


class LoginThrottled(Exception):
    """Too many failed logins from this address or for this name; retry after ``wait`` s."""

    def __init__(self, wait: int) -> None:
        super().__init__(wait)
        self.wait = wait


def _name_hash(username: str) -> str:
    # The name is whatever a client sent: hashed, so that any length fits a key.
    return hashlib.sha256(username.encode()).hexdigest()[:40]


def _keys(address: str, name_hash: str, known: bool) -> list[str]:
    """The buckets an attempt takes from: the name's at this address when ``known``, else the
    address's and the name's."""
    if known:
        return [f"{KEY_PREFIX}pair:{name_hash}:{address}"]
    return [f"{KEY_PREFIX}addr:{address}", f"{KEY_PREFIX}name:{name_hash}"]


def _is_known(db: Database, name_hash: str, address: str, now: float) -> bool:
    """Whether the name logged in from ``address`` within :data:`KNOWN_FOR_S` of ``now``."""
    table = schema.login_addresses
    with db.read() as conn:
        return conn.execute(select(table.c.last_ok).where(
            table.c.name_hash == name_hash, table.c.address == address,
            table.c.last_ok > now - KNOWN_FOR_S,
        )).first() is not None


def _remember(db: Database, name_hash: str, address: str, now: float) -> None:
    """Note a successful login; a new address pushes out the name's oldest beyond
    :data:`KNOWN_PER_NAME` and everyone's expired ones, so the table stays small."""
    table = schema.login_addresses
    # A lost row only makes its address unknown again, so no fsync is worth waiting for.
    try:
        with db.scratch() as conn:
            if conn.execute(update(table)
                            .where(table.c.name_hash == name_hash, table.c.address == address)
                            .values(last_ok=now)).rowcount:
                return
            conn.execute(insert(table).values(name_hash=name_hash, address=address,
                                              last_ok=now))
            others = (table.c.name_hash == name_hash) & (table.c.address != address)
            newest = (select(table.c.address).where(others)
                      .order_by(table.c.last_ok.desc()).limit(KNOWN_PER_NAME - 1))
            conn.execute(delete(table).where(others, table.c.address.not_in(newest)))
            conn.execute(delete(table).where(table.c.last_ok <= now - KNOWN_FOR_S))
    except IntegrityError:
        # Another process inserted this very row at the same moment: it is remembered.
        pass
    except DBAPIError as exc:
        fail_open(db, exc)


def login(db: Database, limits: Limits, address: str, username: str, password: str,
          *, now: float | None = None) -> Principal | None:
    """:func:`authenticate`, unless ``address`` failed too often lately, or ``username`` did
    and ``address`` is not one it logged in from lately (:class:`LoginThrottled`, the
    password left unchecked)."""
    if username.startswith(DEVICE_PREFIX):
        return authenticate(db, username, password)
    now = time.time() if now is None else now
    name_hash = _name_hash(username)
    burst = limits.login_failures
    rate = burst / limits.login_window_s
    taken: list[str] = []
    for key in _keys(address, name_hash, _is_known(db, name_hash, address, now)):
        wait = take_token(db, key, rate, burst, now=now)
        if wait:
            for held in taken:
                give_back(db, held, burst)
            raise LoginThrottled(wait)
        taken.append(key)
    principal = authenticate(db, username, password)
    if principal is not None:
        for key in taken:
            give_back(db, key, burst)
        _remember(db, name_hash, address, now)
    else:
        forget_full(db, KEY_PREFIX, rate, burst, now=now)
    return principal
