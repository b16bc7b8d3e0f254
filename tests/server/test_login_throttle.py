"""Guessing admin passwords: failed logins get 429 per client address and per name, and an
unknown name costs the server what a known one does (on SQLite and PostgreSQL).

The server trusts ``X-Forwarded-For`` from 127.0.0.1 (uvicorn's default, for a proxy on the
same machine), which is how these tests speak from several client addresses.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from sync.auth.throttle import LoginThrottled, login
from sync.config import Limits
from sync.db import schema
from tests.server.conftest import (
    Server,
    catalog_from,
    client_address,
    make_config,
    running_server,
)

FAILURES = 3
WINDOW_S = 3600.0


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def guarded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[Server]:
    """A server forgiving :data:`FAILURES` failed logins an hour."""
    limits = Limits(login_failures=FAILURES, login_window_s=WINDOW_S)
    config, cleanup = make_config(tmp_path_factory.mktemp("login"), request.param, limits)
    try:
        with running_server(config) as running:
            yield running
    finally:
        cleanup()




def test_failed_logins_for_one_name_get_429_from_any_address(guarded: Server) -> None:
    """The audit: admin logins were never throttled. Guessing from many addresses at one
    name is stopped by the name's count."""
    user, password = guarded.admin()
    for _ in range(FAILURES):
        assert catalog_from(guarded, (user, "guess"), client_address()).status_code == 401
    fresh = client_address()
    refused = catalog_from(guarded, (user, password), fresh)
    assert refused.status_code == 429 and "error" in refused.json()
    assert 1 <= int(refused.headers["Retry-After"]) <= WINDOW_S / FAILURES
    assert catalog_from(guarded, guarded.admin(), fresh).status_code == 200


def test_failed_logins_from_one_address_get_429_for_any_name(guarded: Server) -> None:
    """Spraying names from one address is stopped by the address's count; devices behind
    that address are not affected (their 256-bit secrets cannot be guessed)."""
    address = client_address()
    for _ in range(FAILURES):
        name = f"nobody-{secrets.token_hex(3)}"
        assert catalog_from(guarded, (name, "guess"), address).status_code == 401
    admin = guarded.admin()
    assert catalog_from(guarded, admin, address).status_code == 429
    assert catalog_from(guarded, admin, client_address()).status_code == 200
    device = guarded.enroll()
    assert catalog_from(guarded, device.auth, address).status_code == 200


def test_failed_device_logins_are_not_counted(guarded: Server) -> None:
    """A revoked laptop retrying must not lock its classroom's address out."""
    address = client_address()
    device = guarded.enroll()
    for _ in range(FAILURES + 2):
        assert catalog_from(guarded, (device.device_id, "old"), address).status_code == 401
    assert catalog_from(guarded, guarded.admin(), address).status_code == 200


def test_successful_logins_are_not_counted(guarded: Server) -> None:
    address, admin = client_address(), guarded.admin()
    for _ in range(3 * FAILURES):
        assert catalog_from(guarded, admin, address).status_code == 200


def test_correct_login_works_again_once_the_window_has_passed(guarded: Server) -> None:
    """Throttled, even the right password gets 429 without being checked; a window later it
    logs in (the clock given, on the server's own database)."""
    user, password = guarded.admin()
    limits, address, start = guarded.config.limits, client_address(), time.time()
    for _ in range(FAILURES):
        assert login(guarded.db, limits, address, user, "guess", now=start) is None
    with pytest.raises(LoginThrottled) as throttled:
        login(guarded.db, limits, address, user, password, now=start)
    assert abs(throttled.value.wait - WINDOW_S / FAILURES) <= 1
    later = start + WINDOW_S
    principal = login(guarded.db, limits, address, user, password, now=later)
    assert principal is not None and principal.is_admin


def test_unknown_name_costs_one_scrypt_as_a_known_name_does(
    guarded: Server, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The audit: an unknown name answered in 3 ms, a known one with a wrong password in
    46 ms (its scrypt). Counted, not timed: both now run exactly one scrypt."""
    calls: list[int] = []
    real_scrypt = hashlib.scrypt

    def counting_scrypt(*args: Any, **kwargs: Any) -> bytes:
        calls.append(kwargs["n"])
        return real_scrypt(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counting_scrypt)
    user, _ = guarded.admin()
    calls.clear()
    assert catalog_from(guarded, (user, "guess"), client_address()).status_code == 401
    known = list(calls)
    calls.clear()
    assert catalog_from(guarded, (f"nobody-{secrets.token_hex(3)}", "guess"),
                    client_address()).status_code == 401
    assert calls == known and len(known) == 1


def test_refilled_login_buckets_are_forgotten(guarded: Server) -> None:
    """Names are the client's choice: a bucket per name tried must not pile up for ever.
    Any failure clears the buckets that have refilled (all of them, a window later)."""
    limits, start = guarded.config.limits, time.time()
    assert login(guarded.db, limits, client_address(), "nobody-a", "guess", now=start) is None
    later = start + WINDOW_S
    assert login(guarded.db, limits, client_address(), "nobody-b", "guess", now=later) is None
    table = schema.rate_buckets
    with guarded.db.read() as conn:
        kept = conn.execute(select(table.c.updated)
                            .where(table.c.principal.startswith("login-"))).scalars().all()
    assert kept == [later, later], "only the two buckets of the last failure"
