"""Limits that keep the server standing: body size (413), rate (429), gzip bodies."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator

import pytest
import requests

from sync.config import Limits, ServerConfig
from tests.server.conftest import Server, running_server, statement

MAX_BODY = 20_000


@pytest.fixture(scope="module")
def tight(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server with a small body cap and a small rate, so the limits are reached quickly."""
    limits = Limits(max_body=MAX_BODY, max_batch=10, rate=0.5, burst=8)
    with running_server(ServerConfig(tmp_path_factory.mktemp("tight"), None, limits)) as s:
        yield s


def _gzip_post(server: Server, body: bytes, auth: tuple[str, str]) -> int:
    device_headers = {"Content-Encoding": "gzip", "Content-Type": "application/json",
                      "X-Experience-API-Version": "1.0.3"}
    reply = requests.post(server.url + "/xapi/statements", data=gzip.compress(body),
                          headers=device_headers, auth=auth, timeout=30)
    return reply.status_code


def test_gzip_body_is_accepted(tight: Server) -> None:
    """The issue: "gzip request bodies accepted" (About: "gzip": true)."""
    admin = tight.admin()
    made = statement("3f1c8a52-7d1e-4f3a-9a61-3d2f0e5b7c11")
    assert _gzip_post(tight, json.dumps([made]).encode(), admin) == 200
    held = tight.get("/xapi/statements", admin, params={"statementId": made["id"]})
    assert held.status_code == 200


def test_body_over_the_cap_is_413(tight: Server) -> None:
    """Communication 3.2: "MUST reject with 413 Request Entity Too Large status any request
    rejected by the LRS where the size of the ... Statement ... is larger than the maximum"."""
    admin = tight.admin()
    made = statement("3f1c8a52-7d1e-4f3a-9a61-3d2f0e5b7c11")
    made["result"] = {"response": "x" * MAX_BODY}
    reply = requests.post(tight.url + "/xapi/statements", json=made, auth=admin,
                          headers={"X-Experience-API-Version": "1.0.3"}, timeout=30)
    assert reply.status_code == 413


def test_gzip_bomb_is_413_not_inflated(tight: Server) -> None:
    """The cap counts bytes after unzipping: a small gzip that inflates past it is refused."""
    admin = tight.admin()
    bomb = b"[" + b" " * (50 * MAX_BODY) + b"]"
    assert len(gzip.compress(bomb)) < MAX_BODY
    assert _gzip_post(tight, bomb, admin) == 413


def test_batch_over_max_batch_is_413(tight: Server) -> None:
    admin = tight.admin()
    batch = [statement("3f1c8a52-7d1e-4f3a-9a61-3d2f0e5b7c11") for _ in range(11)]
    for one in batch:
        del one["context"], one["object"]["definition"]
    reply = requests.post(tight.url + "/xapi/statements", json=batch, auth=admin,
                          headers={"X-Experience-API-Version": "1.0.3"}, timeout=30)
    assert reply.status_code == 413


def test_device_over_its_rate_is_429_with_retry_after(tight: Server) -> None:
    """Communication 3.2: "MUST reject with 429 Too Many Requests status any request rejected
    ... due to too many requests being received by a particular Client or set of credentials";
    the limit is per device, so another device is not slowed down."""
    greedy, other = tight.enroll("greedy"), tight.enroll("other")
    statuses = [greedy.request("GET", "/catalog").status_code for _ in range(12)]
    assert 429 in statuses and statuses[0] == 200
    limited = greedy.request("GET", "/catalog")
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) >= 1
    assert other.request("GET", "/catalog").status_code == 200


def _empty_stored_blocks(wire_size: int) -> bytes:
    """A valid gzip stream about ``wire_size`` bytes long that inflates to nothing: empty
    stored deflate blocks (5 bytes each), then an empty final block and the trailer."""
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    blocks = b"\x00\x00\x00\xff\xff" * (wire_size // 5)
    final = b"\x01\x00\x00\xff\xff"
    trailer = b"\x00" * 8  # CRC-32 and length of no data
    stream = header + blocks + final + trailer
    assert gzip.decompress(stream) == b""
    return stream


def test_gzip_body_over_the_cap_on_the_wire_is_413(tight: Server) -> None:
    """The audit: the cap held only after unzipping, so a gzip stream of empty blocks (here
    sent chunked, with no Content-Length to refuse up front) was read to its end."""
    stream = _empty_stored_blocks(4 * MAX_BODY)

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(stream), 4096):
            yield stream[start:start + 4096]

    reply = requests.post(tight.url + "/devices/enroll", data=chunks(),
                          headers={"Content-Encoding": "gzip"}, timeout=30)
    assert reply.status_code == 413, reply.text
