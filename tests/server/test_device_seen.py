"""When and from where each device was last heard from, as ``c4s-sync devices`` shows it: on
both databases, through the real server on loopback."""

from __future__ import annotations

import pytest
import requests
from sqlalchemy import select

from sync.auth.accounts import list_devices
from sync.auth.seen import SEEN_EVERY_S, SeenDevices
from sync.db import schema
from tests.server.conftest import Server


def _seen(server: Server, device_id: str) -> tuple[float, str] | None:
    table = schema.device_seen
    with server.db.read() as conn:
        row = conn.execute(select(table.c.last_seen_at, table.c.address)
                           .where(table.c.device_id == device_id)).first()
    return None if row is None else (row[0], row[1])


def test_a_device_is_seen_when_it_syncs_and_a_silent_one_is_not(server: Server) -> None:
    talks, silent = server.enroll("talks"), server.enroll("silent")
    assert talks.request("GET", "/catalog").status_code == 200
    devices = {d.device_id: d for d in list_devices(server.db)}
    assert devices[talks.device_id].last_seen_at is not None
    assert devices[talks.device_id].last_address == "127.0.0.1"
    assert devices[silent.device_id].last_seen_at is None
    first = _seen(server, talks.device_id)
    assert talks.request("GET", "/catalog").status_code == 200
    assert _seen(server, talks.device_id) == first  # within the minute: no second write
    wrong = requests.get(server.url + "/catalog", auth=(silent.device_id, "not its secret"),
                         timeout=30)
    assert wrong.status_code == 401
    assert _seen(server, silent.device_id) is None  # a failed login is not the device


@pytest.mark.parametrize("later, written", [(SEEN_EVERY_S - 1, False), (SEEN_EVERY_S, True)])
def test_a_device_is_written_at_most_once_a_minute(server: Server, later: float,
                                                   written: bool) -> None:
    device = server.enroll("laptop")
    seen = SeenDevices()
    seen.note(server.db, device.device_id, "10.0.0.5", now=1000.0)
    assert _seen(server, device.device_id) == (1000.0, "10.0.0.5")
    assert seen.due(device.device_id, now=1000.0 + later) is written
    seen.note(server.db, device.device_id, "10.0.0.6", now=1000.0 + later)
    expected = (1000.0 + later, "10.0.0.6") if written else (1000.0, "10.0.0.5")
    assert _seen(server, device.device_id) == expected
