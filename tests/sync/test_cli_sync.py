"""``c4s sync`` and ``c4s catalog`` end to end, in process, against a real HTTP LRS."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.cli import main
from c4s_desktop.core.learners import create_learner
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.credentials import Credentials, save_credentials
from tests import packkit
from tests.sync.conftest import add_statements, completions, learner_id
from tests.sync.minilrs import running_lrs


def c4s(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_setup_run_status_and_rejects(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "device"
    with Store.open(data) as store:
        create_learner(store, "Ana")
        add_statements(store, 12)
        bad = completions(learner_id(store), 1, "bad")[0]
        bad["verb"]["id"] = "nonsense"
        record(store, [bad])
    code, out, _ = c4s(capsys, data, "sync", "status", "--json")
    assert code == 0 and json.loads(out)["configured"] is False
    with running_lrs({"dev": "pw"}) as (endpoint, lrs):
        monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
        code, _, err = c4s(capsys, data, "sync", "setup", "--server", endpoint, "--user", "dev")
        assert code == 12 and "refused this computer's credentials" in err
        monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
        code, out, _ = c4s(capsys, data, "sync", "setup", "--server", endpoint, "--user", "dev")
        assert code == 0 and "connected" in out
        code, out, _ = c4s(capsys, data, "sync", "status", "--json")
        status = json.loads(out)
        assert status["waiting"] == 13 and status["server"] == endpoint
        code, out, _ = c4s(capsys, data, "sync", "run")
        assert code == 0 and out.startswith("sent 12,") and "set aside 1" in out
        assert len(lrs.statements) == 12
    code, out, _ = c4s(capsys, data, "sync", "status")
    assert "waiting:      0" in out and "set aside:    1" in out
    code, out, _ = c4s(capsys, data, "sync", "rejects", "--json")
    [reject] = json.loads(out)
    assert reject["statement_id"] == bad["id"] and "verb.id" in reject["reason"]
    code, out, _ = c4s(capsys, data, "sync", "rejects", "--retry")
    assert out.startswith("1 statements put back")
    code, out, _ = c4s(capsys, data, "sync", "status", "--json")
    assert json.loads(out)["waiting"] == 1


def test_catalog_list_get_and_limit(tmp_path: Path, key: Ed25519PrivateKey, store: Store,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    src = packkit.write_source(tmp_path / "src", lessons=1)
    pack = packkit.build(src, tmp_path / "pack", key, folder=True)
    data = store.data_dir.root
    store.close()
    with running_lrs({"dev": "pw"}) as (endpoint, lrs):
        lrs.offer(pack)
        base = endpoint.removesuffix("xapi/")
        save_credentials(data, Credentials(base, endpoint, "dev", "pw"))
        code, out, _ = c4s(capsys, data, "catalog", "list")
        assert code == 0 and "org.example.test" in out and "not installed" in out
        code, out, _ = c4s(capsys, data, "catalog", "limit", "2M")
        assert "download cap: 2.0 MB/s" in out
        code, out, _ = c4s(capsys, data, "catalog", "get", "org.example.test")
        assert code == 0 and "installed org.example.test version 1" in out
        code, out, _ = c4s(capsys, data, "catalog", "list", "--json")
        assert json.loads(out)[0]["installed_version"] == 1
        code, _, err = c4s(capsys, data, "catalog", "get", "org.example.test")
        assert code == 5 and "error:" in err
        code, _, err = c4s(capsys, data, "catalog", "get", "org.example.none")
        assert code == 9 and "does not offer" in err
    code, out, _ = c4s(capsys, data, "catalog", "limit", "off")
    assert "download cap: none" in out


@pytest.mark.parametrize("server", ["notaurl", "ftp://sync.example.org", "https://"])
def test_setup_with_something_that_is_no_address_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], server: str
) -> None:
    code, _, err = c4s(capsys, tmp_path / "data", "sync", "setup", "--server", server,
                       "--code", "ABCD-1234")
    assert code != 0
    assert err == (f"error: '{server}' is not a server address; give one such as "
                   "https://sync.example.org.\n")
