"""``c4s sync setup`` refuses an unencrypted server on another computer unless told
``--allow-http``, against the real server reached as ``http://sync.classroom.test/``."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from c4s_desktop.cli import main
from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.credentials import credentials_path, require_credentials
from tests.sync.conftest import add_statements
from tests.sync.lan_proxy import LAN_URL, LanSync

REFUSAL = (f"error: The connection to {LAN_URL} would not be encrypted, so the credentials "
           "and learners' progress could be read on the network: use https:// if the server "
           "offers it, or add --allow-http to connect anyway.\n")


def c4s(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_enrolling_over_plain_http_needs_allow_http_then_syncs_without_asking_again(
        tmp_path: Path, lan: LanSync,
        capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "device"
    enrollment = lan.server.enroll_code("laptop")
    code, out, err = c4s(capsys, data, "sync", "setup", "--server", LAN_URL,
                         "--code", enrollment)
    assert (code, out, err) == (InputError.exit_code, "", REFUSAL)
    assert lan.proxy.stats.requests == 0, "nothing may be sent before the user agrees"
    assert not credentials_path(data).exists()

    code, out, _ = c4s(capsys, data, "sync", "setup", "--server", LAN_URL,
                       "--code", enrollment, "--allow-http")
    assert code == 0 and out.startswith(f"enrolled with {LAN_URL} as device ")
    assert require_credentials(data).plain_http_accepted == LAN_URL
    with Store.open(data) as store:
        create_learner(store, "Ana")
        add_statements(store, 3)
    code, out, _ = c4s(capsys, data, "sync", "run")
    assert code == 0 and out.startswith("sent 3,")
    assert len(lan.server.statement_ids()) == 3 and lan.proxy.stats.requests > 0


def test_a_generic_lrs_over_plain_http_is_refused_before_the_password_is_read(
        tmp_path: Path, lan: LanSync, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.StringIO("secret\n")
    monkeypatch.setattr("sys.stdin", stdin)
    code, _, err = c4s(capsys, tmp_path / "device", "sync", "setup", "--server",
                       LAN_URL + "xapi/", "--user", "dev")
    assert code == InputError.exit_code and "--allow-http" in err
    assert stdin.tell() == 0 and lan.proxy.stats.requests == 0
