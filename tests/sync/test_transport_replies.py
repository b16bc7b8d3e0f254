"""Replies that are not the server's usual: one trickling in (a proxy or a failing link sending
a byte now and then) ends the request as a timeout instead of holding the sync run for good,
while a slow but moving one is read whole; a web page (a network's sign-in page) is named as
one. Against a real socket on loopback."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from c4s_desktop.core.errors import SyncError
from c4s_desktop.core.sync.credentials import Credentials
from c4s_desktop.core.sync.transport import Transport, TransportConfig
from c4s_desktop.ui.sync_scheduler import is_offline

BODY = b'{"version": ["1.0.3"]}' + b" " * 200


@contextmanager
def replying(piece: int, pause: float, body: bytes = BODY, kind: bytes = b"application/json",
             ) -> Iterator[tuple[str, list[int]]]:
    """A server on 127.0.0.1 answering every request with ``body`` of type ``kind``, ``piece``
    bytes at a time ``pause`` seconds apart; yields its base URL and how many bytes each reply
    sent."""
    listener = socket.create_server(("127.0.0.1", 0))
    sent: list[int] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                client, _ = listener.accept()
            except OSError:
                return
            with client:
                client.recv(65536)
                head = (b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\n"
                        b"Content-Length: %d\r\n\r\n" % (kind, len(body)))
                count = 0
                try:
                    client.sendall(head)
                    for at in range(0, len(body), piece):
                        if stop.is_set():
                            break
                        client.sendall(body[at:at + piece])
                        count += len(body[at:at + piece])
                        time.sleep(pause)
                except OSError:
                    pass  # the client gave up
                sent.append(count)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/", sent
    finally:
        stop.set()
        listener.close()
        thread.join(5)


def transport(base: str) -> Transport:
    # The app's rule with a shorter wait: past read_timeout, under min_rate bytes a second.
    return Transport(Credentials(server=base, endpoint=base + "xapi/", username="device",
                                 secret="pw"),
                     TransportConfig(connect_timeout=2.0, read_timeout=0.3, min_rate=64.0))


def test_a_trickling_reply_ends_as_an_unreachable_server() -> None:
    with replying(piece=1, pause=0.1) as (base, sent):  # 10 bytes a second
        link = transport(base)
        with pytest.raises(SyncError) as raised:
            link.about()
        still_sending = not sent  # a reply counts once the server has sent all of it
        link.close()
    assert raised.value.code == "sync.unreachable"
    assert still_sending  # given up on before the reply was whole


def test_a_slow_reply_that_keeps_moving_is_read_whole() -> None:
    with replying(piece=60, pause=0.1) as (base, _sent):  # 600 bytes a second, 0.4 s in all
        link = transport(base)
        assert link.about().gzip is False  # the About reply, read and parsed
        link.close()


def test_a_sign_in_page_answering_for_the_server_is_named_as_one() -> None:
    page = b"<html><body><form>Sign in to the hotel Wi-Fi</form></body></html>"
    with replying(piece=len(page), pause=0, body=page, kind=b"text/html; charset=utf-8") as (
            base, _sent):
        link = transport(base)
        with pytest.raises(SyncError) as raised:
            link.about()
        link.close()
    assert raised.value.code == "sync.web_page"
    assert is_offline(raised.value)  # tried again later, not an administrator's matter
