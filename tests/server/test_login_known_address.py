"""Failed logins at an admin's name from elsewhere must not lock the admin out of the addresses
they log in from, yet guessing one name from many new addresses stays throttled (on SQLite
and PostgreSQL).

Client addresses come from ``X-Forwarded-For``, which the server trusts from 127.0.0.1.
"""

from __future__ import annotations

import time

import pytest
import sqlalchemy
from sqlalchemy import select

from sync.auth.accounts import add_admin
from sync.auth.throttle import KNOWN_FOR_S, KNOWN_PER_NAME, LoginThrottled, login
from sync.config import Limits
from sync.db import migrations, schema
from sync.db.engine import Database
from tests.server.conftest import (
    Server,
    catalog_from,
    client_address,
    make_config,
)

FAILURES = Limits().login_failures




def _known_rows(server: Server, addresses: list[str]) -> list[tuple[str, str]]:
    """(name hash, address) of the known-address rows of ``addresses``."""
    table = schema.login_addresses
    with server.db.read() as conn:
        return [(row.name_hash, row.address) for row in conn.execute(
            select(table.c.name_hash, table.c.address).where(table.c.address.in_(addresses)))]


def test_admin_logs_in_from_a_known_address_after_failures_elsewhere(server: Server) -> None:
    """The lockout: 10 wrong passwords for "admin" from anywhere made the real admin's right
    one get 429 for a minute, again and again. From an address they logged in from before,
    the admin now gets in; from a new one the name is still locked."""
    admin = server.admin("admin")
    home, elsewhere = client_address(), client_address()
    assert catalog_from(server, admin, home).status_code == 200
    statuses = [catalog_from(server, ("admin", "guess"), elsewhere).status_code
                for _ in range(FAILURES + 2)]
    assert statuses == [401] * FAILURES + [429, 429]
    assert catalog_from(server, admin, client_address()).status_code == 429
    for _ in range(3):
        assert catalog_from(server, admin, home).status_code == 200


def test_guessing_one_name_from_many_new_addresses_is_still_throttled(server: Server) -> None:
    """Known addresses do not open the name to anyone else: each guess from a new address
    takes from the name's bucket, so after 10 the next new address gets 429, however many
    addresses are tried and whatever addresses the admin has."""
    user, password = server.admin()
    home = client_address()
    assert catalog_from(server, (user, password), home).status_code == 200
    for _ in range(FAILURES):
        assert catalog_from(server, (user, "guess"), client_address()).status_code == 401
    for _ in range(3):
        assert catalog_from(server, (user, "guess"), client_address()).status_code == 429
    assert catalog_from(server, (user, password), client_address()).status_code == 429
    assert catalog_from(server, (user, password), home).status_code == 200


def test_failures_from_a_known_address_still_count_for_that_address(server: Server) -> None:
    """A known address skips the name's bucket, not throttling: guessing the name from there
    is throttled by the name's own count at that address."""
    user, password = server.admin()
    home = client_address()
    assert catalog_from(server, (user, password), home).status_code == 200
    for _ in range(FAILURES):
        assert catalog_from(server, (user, "guess"), home).status_code == 401
    assert catalog_from(server, (user, password), home).status_code == 429
    assert catalog_from(server, (user, password), client_address()).status_code == 200


def test_a_stale_tool_does_not_lock_out_another_name_on_its_address(server: Server) -> None:
    """The audit (7): a reporting tool left with an old password kept a correct LMS on the
    same address at 429 two requests in three. Each name's failures at its known address
    count for that name there only; other names guessed from that address still drain it."""
    lms, report = server.admin(), server.admin()
    box = client_address()
    for tool in (lms, report):
        assert catalog_from(server, tool, box).status_code == 200
    stale = (report[0], "old password")
    statuses = [catalog_from(server, stale, box).status_code for _ in range(FAILURES + 2)]
    assert statuses == [401] * FAILURES + [429, 429]
    for _ in range(3):
        assert catalog_from(server, lms, box).status_code == 200
    for _ in range(FAILURES):
        assert catalog_from(server, ("nobody", "guess"), box).status_code == 401
    assert catalog_from(server, ("somebody", "guess"), box).status_code == 429
    assert catalog_from(server, lms, box).status_code == 200


def test_known_addresses_stay_bounded_and_expire(server: Server) -> None:
    """Only the latest 20 addresses of a name are kept (the oldest then counts as new), none
    older than 30 days, and the name is stored hashed. Clock given, on the server's database."""
    limits, start = server.config.limits, time.time()
    user, password = server.admin()
    addresses = [client_address() for _ in range(KNOWN_PER_NAME + 5)]
    for n, address in enumerate(addresses):
        assert login(server.db, limits, address, user, password, now=start + n) is not None
    kept = _known_rows(server, addresses)
    assert sorted(address for _, address in kept) == sorted(addresses[-KNOWN_PER_NAME:])
    name_hashes = {name_hash for name_hash, _ in kept}
    assert len(name_hashes) == 1 and user not in name_hashes

    now = start + len(addresses)
    for _ in range(FAILURES):
        assert login(server.db, limits, client_address(), user, "guess", now=now) is None
    with pytest.raises(LoginThrottled):
        login(server.db, limits, addresses[0], user, password, now=now)
    assert login(server.db, limits, addresses[-1], user, password, now=now) is not None

    # A month on, the name's addresses are unknown again, and gone once any name logs in.
    month = now + KNOWN_FOR_S
    other_user, other_password = server.admin()
    elsewhere = client_address()
    assert login(server.db, limits, elsewhere, other_user, other_password,
                 now=month) is not None
    assert [address for _, address in _known_rows(server, [*addresses, elsewhere])] == [
        elsewhere]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_first_release_database_gains_the_table(
    backend: str, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A database made before known addresses existed is migrated, and logins then work."""
    config, cleanup = make_config(tmp_path_factory.mktemp("v1"), backend)
    db = Database(config.database_url)
    try:
        with monkeypatch.context() as first_release:
            first_release.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
            assert migrations.migrate(db) == 1
        with db.read() as conn:
            assert not sqlalchemy.inspect(conn).has_table("login_addresses")
        assert migrations.migrate(db) == len(migrations.MIGRATIONS)
        add_admin(db, "lms", "secret")
        address = client_address()
        assert login(db, Limits(), address, "lms", "secret") is not None
        with db.read() as conn:
            assert conn.execute(select(schema.login_addresses.c.address)).scalars().all() == [
                address]
    finally:
        db.dispose()
        cleanup()
