"""The data folder's disk use is measured beside the store worker, never in front of its jobs."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from c4s_desktop.ui import disk_use
from c4s_desktop.ui.disk_use import Storage, folder_size, measure_storage
from c4s_desktop.ui.storage_line import StorageLine
from tests.ui.conftest import Launch

WAIT_MS = 30_000


def test_folder_size_counts_every_file_and_follows_no_link(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one").write_bytes(b"x" * 100)
    (tmp_path / "a" / "b" / "two").write_bytes(b"y" * 23)
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    (outside / "big").write_bytes(b"z" * 10_000)
    (tmp_path / "link").symlink_to(outside, target_is_directory=True)
    assert folder_size(tmp_path) == 123
    storage = measure_storage(tmp_path)
    assert storage.used == 123 and storage.free > 0


def test_store_jobs_run_while_the_disk_is_measured(launch: Launch, qtbot,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A walk held up (a slow disk) delays neither a store job nor the library; the app is
    ready once the figure is there."""
    go_on = threading.Event()
    walks: list[Path] = []

    def slow_walk(root: Path) -> int:
        walks.append(root)
        assert go_on.wait(WAIT_MS / 1000)
        return folder_size(root)

    monkeypatch.setattr(disk_use, "folder_size", slow_walk)
    controller = launch(wait=False)
    try:
        qtbot.waitUntil(lambda: bool(walks), timeout=WAIT_MS)
        window = controller.window
        assert window is not None and window.model.rowCount() == 1  # the library is shown
        answered: list[int] = []
        controller.worker.run(lambda store, _task: store.db.execute("SELECT 41 + 1").fetchone()[0],
                              on_done=answered.append)
        qtbot.waitUntil(lambda: answered == [42], timeout=WAIT_MS)
        assert not controller.is_ready  # start-up is not over before the figure is shown
        assert window.disk_use.text() == ""
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: controller.is_ready, timeout=WAIT_MS)
    assert window.disk_use.text().startswith("Data folder:")


def test_a_disk_that_cannot_be_measured_still_lets_the_app_start(
        launch: Launch, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_root: Path) -> Storage:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(disk_use, "measure_storage", broken)
    controller = launch()  # waits for ready
    assert controller.window is not None and controller.window.disk_use.text() == ""


def test_the_storage_line_shows_use_and_free_space(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "blob").write_bytes(b"x" * 2048)
    line = StorageLine(tmp_path)
    qtbot.addWidget(line)
    assert line.text() == "Storage: measuring…"
    line.refresh()
    qtbot.waitUntil(lambda: line.storage is not None, timeout=WAIT_MS)
    assert line.storage is not None and line.storage.used == 2048
    assert line.text().startswith("Storage: the C4S data folder uses 2")
    assert "free on its disk" in line.text()
