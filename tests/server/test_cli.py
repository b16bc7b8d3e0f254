"""The ``c4s-sync`` commands, run as an admin would: enroll, devices, revoke, admin, trust,
publish, and ``serve`` in its own process on port 0."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from c4s_desktop.core.packs.signing import fingerprint, public_key_b64
from sync.cli import main
from tests import packkit
from tests.server.conftest import VERSION, statement

STARTUP_TIMEOUT_S = 30


def c4s_sync(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run ``c4s-sync`` in a new process (standard input is a pipe, not a terminal)."""
    return subprocess.run([sys.executable, "-m", "sync.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=60, check=False)


def start_serve(*args: str) -> tuple[subprocess.Popen[str], str]:
    """``c4s-sync serve --port 0 ARGS`` in its own process, and its base URL."""
    proc = subprocess.Popen([sys.executable, "-m", "sync.cli", "serve", "--port", "0", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "listening on" not in line:
        proc.kill()
        errors = proc.stderr.read() if proc.stderr else ""
        raise AssertionError(f"serve did not start: {line!r} {errors}")
    return proc, line.rsplit(" ", 1)[1].strip()


def stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    proc.wait(STARTUP_TIMEOUT_S)


@pytest.fixture
def data(tmp_path: Path) -> str:
    """A server folder with its database made (admin commands make none)."""
    folder = str(tmp_path / "server")
    assert main(["init", "--data-dir", folder]) == 0
    return folder


@pytest.fixture
def served(data: str) -> Iterator[str]:
    proc, url = start_serve("--data-dir", data)
    yield url
    stop(proc)


def _enroll(data: str, capsys: pytest.CaptureFixture[str], name: str = "laptop 3") -> str:
    # --data-dir before the command's name (the other tests give it after).
    assert main(["--data-dir", data, "enroll", "--name", name]) == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_serve_binds_loopback_and_enrolls_a_device(served: str, data: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The issue: "Binds 127.0.0.1 unless --host says otherwise"; "c4s-sync enroll prints
    the code alone on its last line"; a device exchanges it for its own credentials."""
    assert served.startswith("http://127.0.0.1:")
    code = _enroll(data, capsys)
    assert len(code) == 14 and code.count("-") == 2
    reply = requests.post(served + "/devices/enroll", json={"code": code, "name": "x"},
                          timeout=30)
    assert reply.status_code == 201
    creds = reply.json()
    assert creds["username"] == creds["device_id"] and len(creds["secret"]) >= 40
    assert main(["devices", "--data-dir", data]) == 0
    listed = capsys.readouterr().out
    assert creds["device_id"] in listed and "never seen" in listed
    auth = (creds["username"], creds["secret"])
    assert requests.get(served + "/catalog", auth=auth, timeout=30).status_code == 200
    assert main(["devices", "--data-dir", data]) == 0
    assert "from 127.0.0.1" in capsys.readouterr().out  # "last seen <when> from <address>"


def test_revoke_ends_access_at_once(served: str, data: str,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code = _enroll(data, capsys, "old laptop")
    creds = requests.post(served + "/devices/enroll", json={"code": code}, timeout=30).json()
    auth = (creds["username"], creds["secret"])
    assert requests.get(served + "/catalog", auth=auth, timeout=30).status_code == 200
    assert main(["revoke", "--data-dir", data, "old laptop"]) == 0
    assert requests.get(served + "/catalog", auth=auth, timeout=30).status_code == 401
    assert main(["revoke", "--data-dir", data, "no-such-device"]) != 0
    assert "no device" in capsys.readouterr().err


def test_admin_add_reads_the_password_from_stdin(served: str, data: str) -> None:
    """The issue: admin accounts, "password read from standard input when it is not a
    terminal", may read and write every statement."""
    result = c4s_sync("admin", "add", "lms", "--data-dir", data, stdin="s3cret-pass\n")
    assert result.returncode == 0, result.stderr
    made = statement("3f1c8a52-7d1e-4f3a-9a61-3d2f0e5b7c11")
    reply = requests.post(served + "/xapi/statements", json=made, auth=("lms", "s3cret-pass"),
                          headers=VERSION, timeout=30)
    assert reply.status_code == 200
    wrong = requests.get(served + "/xapi/statements", auth=("lms", "s3cret-pass\n"),
                         headers=VERSION, timeout=30)
    assert wrong.status_code == 401


def test_admin_add_refuses_an_empty_password(data: str, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["admin", "add", "other", "--data-dir", data]) != 0
    assert "empty" in capsys.readouterr().err


def test_trust_and_publish(data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                           ) -> None:
    """The issue: "c4s-sync publish PACK verifies a pack as the client would and adds it"."""
    key = packkit.make_key()
    pub = packkit.write_pub(tmp_path / "acme.pub", key)
    pack = packkit.build(packkit.write_source(tmp_path / "src"), tmp_path / "p.c4spack", key)
    assert main(["publish", "--data-dir", data, str(pack)]) == 4
    assert "trust" in capsys.readouterr().err.lower()
    assert main(["trust", "add", "--data-dir", data, str(pub)]) == 0
    assert main(["trust", "list", "--data-dir", data]) == 0
    listed = capsys.readouterr().out
    assert "acme" in listed and "cluster4smart-demo" in listed
    assert main(["publish", "--data-dir", data, str(pack)]) == 0
    assert "Published org.example.test version 1" in capsys.readouterr().out
    blobs = list((Path(data) / "blobs").glob("*/*"))
    assert blobs and all(p.name.startswith(p.parent.name) for p in blobs)
    assert main(["trust", "remove", "--data-dir", data, "acme-not-a-key"]) != 0


def test_publish_refuses_a_new_publisher_unless_allowed(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """The audit: a version signed by another trusted key than the published one replaced
    the pack; it is refused, naming both keys, unless --allow-new-publisher is given."""
    first, second = packkit.make_key(), packkit.make_key()
    for name, key in (("first", first), ("second", second)):
        pub = packkit.write_pub(tmp_path / f"{name}.pub", key)
        assert main(["trust", "add", "--data-dir", data, str(pub)]) == 0
    v1 = packkit.build(packkit.write_source(tmp_path / "v1"), tmp_path / "v1.c4spack", first)
    v2 = packkit.build(packkit.write_source(tmp_path / "v2", packkit.source_manifest(version=2)),
                       tmp_path / "v2.c4spack", second)
    assert main(["publish", "--data-dir", data, str(v1)]) == 0
    capsys.readouterr()
    assert main(["publish", "--data-dir", data, str(v2)]) == 4
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "--allow-new-publisher" in error
    for key in (first, second):
        assert fingerprint(public_key_b64(key)) in error
    assert main(["publish", "--data-dir", data, str(v2), "--allow-new-publisher"]) == 0
    assert "Published org.example.test version 2" in capsys.readouterr().out


def test_every_command_takes_data_dir(capsys: pytest.CaptureFixture[str]) -> None:
    """The issue: "every c4s-sync command takes --data-dir"."""
    for args in (["serve"], ["enroll", "--name", "x"], ["devices"], ["revoke", "x"],
                 ["admin", "add", "x"], ["admin", "remove", "x"], ["publish", "p"],
                 ["trust", "add", "k"], ["trust", "list"], ["trust", "remove", "k"]):
        with pytest.raises(SystemExit):
            main([*args, "--help"])
        assert "--data-dir" in capsys.readouterr().out, args


def test_bad_database_url_is_a_clear_error(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["devices", "--data-dir", str(tmp_path), "--db", "mysql://x/y"]) != 0
    assert "not a database URL" in capsys.readouterr().err
    env_url = os.environ.get("C4S_TEST_POSTGRES_URL")
    if env_url:
        unreachable = env_url.rsplit("@", 1)[0] + "@127.0.0.1:1/none"
        assert main(["devices", "--data-dir", str(tmp_path), "--db", unreachable]) != 0
        assert "cannot be reached" in capsys.readouterr().err


def test_the_server_never_imports_qt() -> None:
    """ARCHITECTURE: sync/ "never ui, never Qt"."""
    code = ("import sys, sync.cli, sync.serve, sync.web.app, sync.catalog.packs; "
            "print([m for m in sys.modules if m.startswith(('PySide6', 'c4s_desktop.ui'))])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout.strip() == "[]"


def test_serve_on_an_address_it_cannot_have_says_which_and_what_to_change(data: str) -> None:
    import socket

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        port = str(taken.getsockname()[1])
        in_use = c4s_sync("serve", "--data-dir", data, "--port", port)
    finally:
        taken.close()
    elsewhere = c4s_sync("serve", "--data-dir", data, "--host", "192.0.2.1", "--port", "0")
    for done, says in ((in_use, f"127.0.0.1:{port}: another program"),
                       (elsewhere, "192.0.2.1:0: this machine has no such address")):
        assert done.returncode == 10, done.stderr
        assert says in done.stderr
        assert "Traceback" not in done.stderr
