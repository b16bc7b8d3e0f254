"""First launch: the demo course installs off the UI thread, once per data folder."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from c4s_desktop.core.packs.library import list_installed, remove_pack
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.first_launch import DEMO_OFFERED
from c4s_desktop.ui.home_page import PROGRESS_RANGE
from c4s_desktop.ui.library_model import Role
from tests.ui.conftest import PACK_ID, Launch


def demo_offered(root: Path) -> bool:
    with Store.open(root, write=False) as store:
        return bool(store.db["meta"].count_where("key = ?", [DEMO_OFFERED]))


def test_first_launch_installs_the_demo_and_shows_it(launch: Launch, app_dir: Path) -> None:
    controller = launch()
    window = controller.window
    assert window is not None
    assert window.home_page.progress.value() == PROGRESS_RANGE
    model = window.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Test pack"
    assert model.index(0, 0).data(Role.NOTE) == "English, Français"
    assert model.index(0, 1).data() == "0%"
    assert window.pages.currentWidget() is window.lesson_page
    assert window.lesson_page.title.text() == "Lesson 1"
    assert window.disk_use.text().startswith("Data folder:")
    controller.shutdown()
    assert demo_offered(app_dir)


def test_a_removed_demo_does_not_come_back(launch: Launch, app_dir: Path) -> None:
    launch().shutdown()
    with Store.open(app_dir) as store:
        remove_pack(store, PACK_ID)
    controller = launch()
    assert controller.window is not None
    assert controller.window.model.rowCount() == 0
    assert "empty" in controller.window.home_page.message.text()


def test_cancelling_the_demo_install_keeps_the_library_empty(
    qtbot, launch: Launch, app_dir: Path
) -> None:
    gate = threading.Event()
    controller = launch(wait=False, run=False)
    # Queued right behind the first-launch check, so the install waits until we cancel it.
    controller.worker.opened.connect(
        lambda: controller.worker.run(lambda _store, _task: gate.wait(30)),
        Qt.ConnectionType.QueuedConnection,
    )
    controller.start()
    try:
        qtbot.waitUntil(lambda: controller.install_task is not None, timeout=30_000)
        home = controller.window.home_page
        assert home.cancel_button.isVisible()
        with qtbot.waitSignal(controller.ready, timeout=30_000):
            qtbot.mouseClick(home.cancel_button, Qt.MouseButton.LeftButton)
            gate.set()
    finally:
        gate.set()
    assert controller.window.model.rowCount() == 0
    controller.shutdown()
    with Store.open(app_dir, write=False) as store:
        assert list_installed(store) == []
    assert demo_offered(app_dir)
    assert not any((app_dir / "store").glob("??/*"))
