"""Failed logins, throttled per client address and per user name, so that admin passwords
cannot be guessed at speed, nor from many addresses at one name.

Each attempt takes a token from both buckets before the password is checked (so attempts
sent at once cannot all slip past a check made before any of them failed), and a login that
succeeds gives them back: only failures count, and a tool logging in all day is never slowed.
Device names are not counted: a device secret has 256 random bits, so guessing it is hopeless,
and one revoked laptop retrying must not lock its whole classroom's address out.
"""

from __future__ import annotations

import hashlib

from sync.auth.accounts import DEVICE_PREFIX, Principal, authenticate
from sync.config import Limits
from sync.db.engine import Database
from sync.ratelimit import forget_full, give_back, take_token

KEY_PREFIX = "login-"


class LoginThrottled(Exception):
    """Too many failed logins from this address or for this name; retry after ``wait`` s."""

    def __init__(self, wait: int) -> None:
        super().__init__(wait)
        self.wait = wait


def _keys(address: str, username: str) -> tuple[str, str]:
    # The name is whatever a client sent: hashed, so that any length fits the bucket's key.
    name = hashlib.sha256(username.encode()).hexdigest()[:40]
    return f"{KEY_PREFIX}addr:{address}", f"{KEY_PREFIX}name:{name}"


def login(db: Database, limits: Limits, address: str, username: str, password: str,
          *, now: float | None = None) -> Principal | None:
    """:func:`authenticate`, unless ``address`` or ``username`` failed too often lately
    (:class:`LoginThrottled`, the password left unchecked)."""
    if username.startswith(DEVICE_PREFIX):
        return authenticate(db, username, password)
    burst = limits.login_failures
    rate = burst / limits.login_window_s
    taken: list[str] = []
    for key in _keys(address, username):
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
    else:
        forget_full(db, KEY_PREFIX, rate, burst, now=now)
    return principal
