"""Gzip replies: statement pages and the POST reply shrink; blobs and small replies do not."""

from __future__ import annotations

import gzip
import json

import requests

from tests.server.conftest import Device, Server, statement

GZIP = {"Accept-Encoding": "gzip"}


def _raw(reply: requests.Response) -> bytes:
    """The body as it crossed the wire (requests would gunzip it)."""
    return reply.raw.read(decode_content=False)


def _post(device: Device, count: int, **kwargs: object) -> requests.Response:
    learner = device.learner()
    batch = [statement(learner) for _ in range(count)]
    return device.request("POST", "/xapi/statements", json=batch, stream=True, **kwargs)


def test_post_reply_is_gzipped_when_accepted(sqlite_server: Server) -> None:
    device = sqlite_server.enroll()
    reply = _post(device, 100, headers=GZIP)
    assert reply.status_code == 200
    assert reply.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in reply.headers["Vary"]
    assert reply.headers["X-Experience-API-Version"] == "1.0.3"
    assert "X-Experience-API-Consistent-Through" in reply.headers
    wire = _raw(reply)
    ids = json.loads(gzip.decompress(wire))
    # Random UUIDs are hex: they shrink to a little over half.
    assert len(ids) == 100 and len(wire) < 0.75 * len(json.dumps(ids, separators=(",", ":")))


def test_no_gzip_unless_accepted(sqlite_server: Server) -> None:
    device = sqlite_server.enroll()
    reply = _post(device, 100, headers={"Accept-Encoding": "identity"})
    assert reply.status_code == 200
    assert "Content-Encoding" not in reply.headers
    assert len(json.loads(_raw(reply))) == 100


def test_statement_page_is_gzipped(sqlite_server: Server) -> None:
    device = sqlite_server.enroll()
    assert _post(device, 50).status_code == 200
    reply = device.request("GET", "/xapi/statements", params={"limit": 50}, headers=GZIP,
                           stream=True)
    assert reply.status_code == 200
    assert reply.headers["Content-Encoding"] == "gzip"
    page = json.loads(gzip.decompress(_raw(reply)))
    assert len(page["statements"]) == 50


def test_small_replies_stay_plain(sqlite_server: Server) -> None:
    device = sqlite_server.enroll()
    reply = _post(device, 1, headers=GZIP)
    assert reply.status_code == 200
    assert "Content-Encoding" not in reply.headers
    about = device.request("GET", "/xapi/about", headers=GZIP)
    assert "Content-Encoding" not in about.headers
