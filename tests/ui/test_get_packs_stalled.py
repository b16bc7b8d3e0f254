"""File → Get packs… on a link that stalls mid-download: Pause and Cancel take effect at once.

Against the real ``c4s-sync`` server on 127.0.0.1, through a proxy that passes a pack's
first bytes and then holds the reply. The download's read timeout (30 s) and the hold are far
longer than the bound on the stop, so these tests cannot pass by waiting for a timeout.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.enroll import enroll_device
from tests.sync.faultproxy import FaultProxy
from tests.sync.realserver import ServerProcess
from tests.ui.conftest import PACK_ID, Launch
from tests.ui.test_get_packs import (
    WAIT_MS,
    answer,
    installed_ids,
    open_dialog,
    publish_test_pack,
    question,
    row_of,
    server,
)

__all__ = ["server"]  # the fixture, shared with test_get_packs

HOLD_S = 120.0
"""How long the proxy holds the stalled reply (released when the test ends)."""
STOP_MS = 5_000
"""A generous bound on a Pause or Cancel with the reply held: the stop must not wait for it."""
HELD_AFTER = 500_000
"""Reply bytes (counted from the click on Download) before the proxy holds: well into the
first media blob of 1.5 MB."""


@pytest.fixture
def proxy(app_dir: Path, server: ServerProcess) -> Iterator[FaultProxy]:
    """``app_dir`` enrolled through a proxy to ``server`` that holds when told to."""
    host, port = server.url.split("//", 1)[1].rstrip("/").rsplit(":", 1)
    with FaultProxy((host, int(port)), stall_seconds=HOLD_S) as running:
        with Store.open(app_dir) as store:
            enroll_device(store, app_dir, running.url, server.enroll_code("laptop"))
        yield running


def download_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate()
            if t.name.startswith("c4s-download") and t.is_alive()]


@pytest.mark.parametrize("stop", ["pause", "cancel"])
def test_pause_and_cancel_take_effect_at_once_while_the_link_is_stalled(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess, proxy: FaultProxy,
        tmp_path: Path, key: Ed25519PrivateKey, stop: str) -> None:
    publish_test_pack(tmp_path, server, key, version=2, media_size=1_500_000)
    controller = launch()
    dialog = open_dialog(qtbot, controller)
    proxy.hold_after = HELD_AFTER
    dialog.table.selectRow(row_of(dialog, PACK_ID))
    dialog.download_button.click()
    answer(question(qtbot, dialog), "Update")
    qtbot.waitUntil(proxy.holding.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=WAIT_MS)

    if stop == "cancel":
        dialog.cancel_button.click()
        assert dialog.status.text() == "Cancelling…"
        qtbot.waitUntil(lambda: dialog.phase == "idle", timeout=STOP_MS)
        assert dialog.status.text() == "Download cancelled."
        assert not any((app_dir / "downloads").glob("*.part"))
        assert installed_ids(controller)[PACK_ID] == 1
        qtbot.waitUntil(lambda: not download_threads(), timeout=2_000)
        return

    dialog.pause_button.click()
    assert dialog.status.text() == "Pausing…"
    qtbot.waitUntil(lambda: dialog.phase == "paused", timeout=STOP_MS)
    assert dialog.pause_button.text() == "&Resume"
    qtbot.waitUntil(lambda: not download_threads(), timeout=2_000)
    kept = sum(p.stat().st_size for p in (app_dir / "downloads").glob("*"))
    assert kept > 0

    dialog.pause_button.click()  # the proxy holds no more: the rest comes
    qtbot.waitUntil(lambda: dialog.phase == "idle", timeout=WAIT_MS)
    assert "was updated to version 2" in dialog.status.text(), dialog.status.text()
    qtbot.waitUntil(lambda: installed_ids(controller).get(PACK_ID) == 2, timeout=WAIT_MS)
