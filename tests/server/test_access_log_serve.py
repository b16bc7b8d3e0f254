"""``c4s-sync serve`` writing its access log, each server in its own process: in the data
folder by default, to standard output, nowhere, on a full disk (``/dev/full``), and from two
processes sharing one data folder."""

from __future__ import annotations

import os
import select
import subprocess
import threading
from pathlib import Path

import pytest
import requests

from tests.server.accesslog_kit import WAIT_S, fields, wait_for_lines
from tests.server.test_cli import start_serve, stop


def _about(url: str, times: int = 1) -> None:
    for _ in range(times):
        assert requests.get(url + "/xapi/about", timeout=30).status_code == 200


def _stopped_stderr(proc: subprocess.Popen[str]) -> str:
    stop(proc)
    assert proc.stderr is not None
    return proc.stderr.read()


def test_serve_logs_into_the_data_folder_by_default(tmp_path: Path) -> None:
    data = tmp_path / "server"
    proc, url = start_serve("--data-dir", str(data))
    try:
        _about(url)
        (line,) = wait_for_lines(data / "logs" / "access.log", 1)
    finally:
        errors = _stopped_stderr(proc)
    assert fields(line)["path"] == "/xapi/about"
    assert f"Access log: {data / 'logs' / 'access.log'}" in errors


def test_serve_logs_to_standard_output_with_a_dash(tmp_path: Path) -> None:
    proc, url = start_serve("--data-dir", str(tmp_path / "server"), "--access-log", "-")
    try:
        _about(url)
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], WAIT_S)
        assert ready, "no access log line on standard output"
        line = proc.stdout.readline().rstrip("\n")
    finally:
        errors = _stopped_stderr(proc)
    assert fields(line)["path"] == "/xapi/about"
    assert "Access log: standard output" in errors
    assert not (tmp_path / "server" / "logs").exists()


def test_serve_without_access_log_writes_none(tmp_path: Path) -> None:
    proc, url = start_serve("--data-dir", str(tmp_path / "server"), "--no-access-log")
    try:
        _about(url, 3)
    finally:
        errors = _stopped_stderr(proc)
    assert "Access log: off" in errors
    assert not (tmp_path / "server" / "logs").exists()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_a_full_disk_fails_no_request_and_is_said_once(tmp_path: Path) -> None:
    # /dev/full answers every write with ENOSPC, as a full disk does.
    proc, url = start_serve("--data-dir", str(tmp_path / "server"), "--access-log",
                            "/dev/full")
    try:
        _about(url, 5)
    finally:
        errors = _stopped_stderr(proc)
    said = [line for line in errors.splitlines() if "access log" in line.lower()]
    assert said == ["Access log: /dev/full",
                    "The access log /dev/full cannot be written (No space left on device); "
                    "requests are served without it until it can be."], errors
    assert "Traceback" not in errors


def test_two_processes_on_one_data_folder_write_whole_lines(tmp_path: Path) -> None:
    data = str(tmp_path / "server")
    first, url_one = start_serve("--data-dir", data)
    second, url_two = start_serve("--data-dir", data)
    clients, each = 6, 30
    failed: list[int] = []

    def client(n: int) -> None:
        with requests.Session() as session:
            for i in range(each):
                url = (url_one, url_two)[(n + i) % 2]
                reply = session.get(url + "/xapi/about", timeout=60,
                                    headers={"User-Agent": f"client-{n}-" + "x" * 200})
                if reply.status_code != 200:
                    failed.append(reply.status_code)

    try:
        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not failed
        lines = wait_for_lines(Path(data) / "logs" / "access.log", clients * each)
    finally:
        stop(first)
        stop(second)
    assert len(lines) == clients * each
    agents = [fields(line)["agent"] for line in lines]
    for n in range(clients):
        assert agents.count(f"client-{n}-" + "x" * 200) == each
