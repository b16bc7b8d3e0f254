"""A pack's drive failing while the pack is read: a typed error, the library unchanged."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from c4s_desktop.core.errors import PackError
from c4s_desktop.core.packs.install import install_pack, plan_install
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.core.packs.source import open_pack
from c4s_desktop.core.store.database import Store
from tests.conftest import snapshot

# The kernel answers every read of an unmapped address in /proc/self/mem with EIO: a real
# I/O error from a file that opens fine, as on a failing or half-pulled stick.
FAILING_FILE = Path("/proc/self/mem")


def _reads_fail_with_eio() -> bool:
    try:
        with open(FAILING_FILE, "rb", buffering=0) as fh:
            fh.read(1)
    except OSError as exc:
        return exc.errno == errno.EIO
    return False


@pytest.mark.skipif(not _reads_fail_with_eio(), reason="needs Linux's /proc/self/mem")
def test_a_folder_pack_whose_drive_fails_while_copying_installs_nothing(
    store: Store, folder_pack: Path
) -> None:
    before = snapshot(store.data_dir.root)
    with open_pack(folder_pack) as source:
        plan = plan_install(store, source)
        # Checked and planned; now the drive fails under the last file still to copy.
        failing = plan.to_copy[-1].path
        (folder_pack / failing).unlink()
        (folder_pack / failing).symlink_to(FAILING_FILE)
        with pytest.raises(PackError) as caught:
            plan.run()
    assert caught.value.code == "pack.drive_lost"
    assert caught.value.message == (
        f"The drive holding {folder_pack} stopped answering, so nothing was installed; plug "
        "it in again and retry."
    )
    assert caught.value.technical == f"{failing}: Input/output error"
    assert list_installed(store) == []
    assert snapshot(store.data_dir.root) == before
    assert not any(store.data_dir.staging.iterdir())


def test_a_pack_file_that_fails_to_close_after_a_whole_install_is_installed(
    store: Store, file_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every byte was read and checked: closing a read-only file cannot undo that, so the
    install that was committed is not reported as failed."""
    ident = (file_pack.stat().st_dev, file_pack.stat().st_ino)
    real_close = os.close

    def close(fd: int) -> None:
        info = os.fstat(fd)
        real_close(fd)
        if (info.st_dev, info.st_ino) == ident:
            raise OSError(errno.ENOTCONN, os.strerror(errno.ENOTCONN))

    monkeypatch.setattr(os, "close", close)
    result = install_pack(store, file_pack)
    assert [p.id for p in list_installed(store)] == [result.pack_id]
