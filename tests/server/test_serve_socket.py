"""The listening socket ``c4s-sync serve`` hands to uvicorn: replies go out without delay."""

from __future__ import annotations

import asyncio
import socket

from sync.serve import bind


def test_accepted_connections_send_without_waiting_for_the_client_s_ack() -> None:
    """asyncio, under uvicorn, turns on ``TCP_NODELAY`` only for a socket made as TCP. Made
    with protocol 0, every reply but the first on a kept-alive connection (the app's sync and
    pack downloads keep theirs) waited ~40 ms for the client's delayed ACK."""
    nodelay: list[int] = []

    async def serve_one() -> None:
        accepted = asyncio.Event()

        class Probe(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                sock = transport.get_extra_info("socket")
                nodelay.append(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                accepted.set()

        listening = bind("127.0.0.1", 0)
        server = await asyncio.get_running_loop().create_server(Probe, sock=listening)
        try:
            port = listening.getsockname()[1]
            with socket.create_connection(("127.0.0.1", port), timeout=10):
                await asyncio.wait_for(accepted.wait(), 10)
        finally:
            server.close()
            await server.wait_closed()

    asyncio.run(serve_one())
    assert nodelay and nodelay[0] != 0
