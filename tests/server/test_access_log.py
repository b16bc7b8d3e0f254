"""The access log of the real server on loopback: one line per request naming the device,
nothing secret in it, private, whole lines under concurrency and rotation by two servers on
one file, and requests served when it cannot be written."""

from __future__ import annotations

import base64
import json
import logging
import socket
import stat
import threading
from pathlib import Path

import pytest
import requests

from sync import logfile
from sync.config import ServerConfig
from tests.server.accesslog_kit import fields, log_files, wait_for_lines
from tests.server.conftest import VERSION, running_server, statement


def test_one_line_per_request_naming_who_and_nothing_secret(tmp_path: Path) -> None:
    config = ServerConfig(tmp_path / "data")
    path = config.data_dir / "logs" / "access.log"
    with running_server(config) as server:
        device = server.enroll("laptop 3")
        learner = device.learner()
        batch = [statement(learner, item=f"item{n}") for n in range(4)]
        sent = batch[0]
        post = device.request("POST", "/xapi/statements", json=batch)
        assert post.status_code == 200, post.text
        query = device.request("GET", "/xapi/statements",
                               params={"agent": json.dumps(sent["actor"])},
                               headers={"Accept-Encoding": "gzip"})
        assert query.status_code == 200 and sent["id"] in query.text
        refused = requests.get(server.url + "/catalog", timeout=30, headers=VERSION,
                               auth=("nosuch-7f3e", "hunter2-typed-in-the-name"))
        assert refused.status_code == 401
        stale = requests.get(server.url + "/catalog", timeout=30, headers=VERSION,
                             auth=(device.device_id, "an old secret"))
        assert stale.status_code == 401
        admin = server.admin()
        assert server.get("/xapi/statements", admin, params={"limit": "1"}).status_code == 200
        about = requests.get(server.url + "/xapi/about", timeout=30,  # through a proxy
                             headers={"User-Agent": "c4s-desktop/9.9",
                                      "X-Forwarded-For": "203.0.113.9"})
        lines = wait_for_lines(path, 8)

    assert len(lines) == 8
    got = [fields(line) for line in lines]
    assert [(f["method"], f["path"], f["status"], f["who"]) for f in got] == [
        ("POST", "/devices/enroll", "201", "-"),
        ("POST", "/devices/learners", "200", device.device_id),
        ("POST", "/xapi/statements", "200", device.device_id),
        ("GET", "/xapi/statements", "200", device.device_id),  # no query string
        ("GET", "/catalog", "401", "-"),  # a refused name is not written
        ("GET", "/catalog", "401", device.device_id),  # a refused device id is
        ("GET", "/xapi/statements", "200", admin[0]),
        ("GET", "/xapi/about", "200", "-"),
    ]
    assert [f["client"] for f in got] == ["127.0.0.1"] * 7 + ["203.0.113.9"]
    assert got[-1]["agent"] == "c4s-desktop/9.9" and got[-1]["referer"] == "-"
    # The reply's bytes as they went out: gzipped for the statements page (over 1 KiB).
    assert query.headers["Content-Encoding"] == "gzip"
    assert got[3]["bytes"] == query.headers["Content-Length"]
    assert got[-1]["bytes"] == str(len(about.content))
    assert all(float(f["ms"]) > 0 for f in got)

    text = path.read_text()
    credentials = base64.b64encode(f"{device.device_id}:{device.secret}".encode()).decode()
    for secret in (device.secret, credentials, learner, sent["id"], "Ana", "agent",
                   "nosuch-7f3e", "hunter2", "an old secret", admin[1]):
        assert secret not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def _raw_request(url: str, request: bytes) -> bytes:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(request)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    return reply


def test_what_a_client_chose_cannot_forge_or_break_a_line(tmp_path: Path) -> None:
    config = ServerConfig(tmp_path / "data")
    path = config.data_dir / "logs" / "access.log"
    with running_server(config) as server:
        reply = _raw_request(server.url, (
            b'GET /x"y\\z?token=s3cret HTTP/1.1\r\nHost: h\r\nConnection: close\r\n'
            b'User-Agent: ua" 200 1 "-" "forged\xe9\r\n'
            b'Referer: https://lms.example/page?token=s3cret#f\r\n\r\n'))
        assert reply.startswith(b"HTTP/1.1 404")
        (line,) = wait_for_lines(path, 1)
    got = fields(line)
    assert got["path"] == '/x\\"y\\\\z' and got["status"] == "404"
    assert got["agent"] == 'ua\\" 200 1 \\"-\\" \\"forged\\xe9'
    assert got["referer"] == "https://lms.example/page"
    assert "s3cret" not in line


def test_two_servers_on_one_file_write_whole_lines_and_rotate_it_once_each_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Two servers, as two processes sharing a data folder are: each its own descriptor and
    # lock on the file, each serving from its own thread.
    monkeypatch.setattr(logfile, "MAX_BYTES", 8000)
    monkeypatch.setattr(logfile, "KEEP", 100)
    config = ServerConfig(tmp_path / "data")
    path = config.data_dir / "logs" / "access.log"
    clients, each = 8, 40
    with running_server(config) as one, running_server(config) as two:
        device = one.enroll()
        failed: list[int] = []

        def client(n: int) -> None:
            session = requests.Session()
            session.auth = device.auth
            session.headers.update(VERSION)
            for i in range(each):
                server = (one, two)[(n + i) % 2]
                reply = session.get(server.url + ("/catalog" if i % 3 else "/xapi/about"),
                                    timeout=60)
                if reply.status_code != 200:
                    failed.append(reply.status_code)

        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not failed
        lines = wait_for_lines(path, 1 + clients * each)

    assert len(lines) == 1 + clients * each  # none lost, none doubled
    longest = max(len(line) + 1 for line in lines)
    for line in lines:
        fields(line)  # whole: no line cut or run into another
    files = log_files(path)
    assert len(files) > 3
    for rotated in files[:-1]:
        # Rotated once it reached the size, by one server: the other, which had the same file
        # open, reopened the new one instead of rotating again.
        size = rotated.stat().st_size
        assert 8000 <= size <= 8000 + 4 * longest, (rotated.name, size)
        assert stat.S_IMODE(rotated.stat().st_mode) == 0o600


def test_an_unwritable_log_loses_its_lines_not_the_requests(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    path = blocker / "access.log"
    config = ServerConfig(tmp_path / "data", access_log=str(path))
    caplog.set_level(logging.WARNING, logger="c4s.sync")
    with running_server(config) as server:
        for _ in range(5):
            assert requests.get(server.url + "/xapi/about", timeout=30).status_code == 200
        failed = [r.getMessage() for r in caplog.records if "cannot be written" in r.message]
        assert failed == [f"The access log {path} cannot be written (Not a directory); "
                          "requests are served without it until it can be."]
        blocker.unlink()  # the operator mends it: the log is written again
        reply = requests.get(server.url + "/xapi/about", timeout=30)
        assert reply.status_code == 200
        (line,) = wait_for_lines(path, 1)
    assert fields(line)["path"] == "/xapi/about"
    again = [r.getMessage() for r in caplog.records if "written again" in r.message]
    assert again == [f"The access log {path} is written again; 5 request(s) were left out "
                     "of it meanwhile."]
    assert len([r for r in caplog.records if "cannot be written" in r.message]) == 1
