"""A plain-http server "on the LAN" that is really a test server on 127.0.0.1.

The client is given ``http://sync.classroom.test/`` (``.test`` is reserved: it resolves
nowhere) with ``http_proxy`` naming a forward proxy on loopback, which hands every request to
the real server. So the client takes the path of an unencrypted server on another computer,
and no test touches any address but 127.0.0.1.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.sync.faultproxy import Fault, FaultProxy
from tests.sync.realserver import ServerProcess

LAN_URL = "http://sync.classroom.test/"


class ForwardProxy(FaultProxy):
    """Turns a proxy request (``GET http://host/path``) into the plain one the server reads."""

    def _handle(self, client: socket.socket, fault: Fault, head: bytes, body: bytes) -> bool:
        method, target, rest = head.split(b" ", 2)
        if target.startswith(b"http://"):
            target = b"/" + target.split(b"/", 3)[3]
        return super()._handle(client, fault, b" ".join([method, target, rest]), body)


@contextmanager
def lan_server(server_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[ForwardProxy]:
    """While open, ``LAN_URL`` (and any other http address) reaches the server at
    ``server_url`` (``http://127.0.0.1:PORT/``)."""
    host, port = server_url.split("//", 1)[1].rstrip("/").rsplit(":", 1)
    with ForwardProxy((host, int(port))) as proxy:
        for name in ("no_proxy", "NO_PROXY", "HTTP_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("http_proxy", proxy.url)
        yield proxy


@dataclass
class LanSync:
    """The real server on 127.0.0.1 and the forward proxy that makes it ``LAN_URL``."""

    server: ServerProcess
    proxy: ForwardProxy


@contextmanager
def lan_sync(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LanSync]:
    """A fresh server in ``folder``, reachable as ``LAN_URL`` while open."""
    with ServerProcess(folder) as server, lan_server(server.url, monkeypatch) as proxy:
        yield LanSync(server, proxy)
