"""``sync.json``: written owner-only and whole; any damage read back is one SyncError that
says to set sync up again, never an unexpected crash."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from c4s_desktop.cli import main
from c4s_desktop.core.errors import SyncError
from c4s_desktop.core.sync.credentials import (
    Credentials,
    credentials_path,
    is_set_up,
    load_credentials,
    require_credentials,
    save_credentials,
)

CREDS = Credentials("https://sync.example.org", "https://sync.example.org/xapi/", "dev", "pw",
                    device_id="d1")


def test_saved_credentials_come_back_and_only_the_owner_reads_them(tmp_path: Path) -> None:
    path = save_credentials(tmp_path, CREDS)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_credentials(tmp_path) == CREDS
    assert load_credentials(tmp_path / "elsewhere") is None


def test_a_folder_is_set_up_once_its_file_is_there_even_damaged(tmp_path: Path) -> None:
    assert not is_set_up(tmp_path)
    credentials_path(tmp_path).write_bytes(b"[]")
    assert is_set_up(tmp_path)  # reading it then says it is damaged, not "not set up"


@pytest.mark.parametrize("content", [
    b"[]", b'"server"', b"null", b"42", b"true",  # valid JSON, but no object (the audit's [])
    b'{"server": "x"}',                             # fields missing
    b'{"server": "x", "endpoint": "y", "username": "u", "secret": "s", "colour": "blue"}',
    b'{"server": "https://sync.exa',                # cut off
    b"\xff\xfe{}",                                  # not UTF-8
    b"[" * 100_000 + b"]" * 100_000,                # nested deeper than the parser goes
])
def test_damaged_credentials_say_so(tmp_path: Path, content: bytes) -> None:
    credentials_path(tmp_path).write_bytes(content)
    with pytest.raises(SyncError) as info:
        require_credentials(tmp_path)
    assert info.value.code == "sync.bad_credentials_file"
    assert str(credentials_path(tmp_path)) in info.value.message


def test_the_cli_says_the_settings_cannot_be_read(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    credentials_path(tmp_path).write_bytes(b"[]")
    code = main(["sync", "status", "--data-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == SyncError.exit_code
    assert err == (f"error: The sync settings in {credentials_path(tmp_path)} cannot be read; "
                   "set up sync again.\n")
