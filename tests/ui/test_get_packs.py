"""File → Get packs…: the catalog of the real ``c4s-sync`` server, downloads and installs."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from c4s_desktop.core.resources import resources_dir
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.enroll import enroll_device
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.first_launch import bundled_demo_dir
from c4s_desktop.ui.get_packs_dialog import GetPacksDialog
from c4s_desktop.ui.pool_job import PoolJob
from tests import packkit
from tests.sync.realserver import ServerProcess
from tests.ui.conftest import PACK_ID, Announced, Launch

WAIT_MS = 60_000
DEMO_ID = "eu.cluster4smart.essentials"


@pytest.fixture
def server(tmp_path: Path, key: Ed25519PrivateKey) -> Iterator[ServerProcess]:
    """A running server trusting the test key and the bundled publisher keys."""
    with ServerProcess(tmp_path / "server") as running:
        running.admin("trust", "add", str(packkit.write_pub(tmp_path / "test.pub", key)))
        for pub in sorted((resources_dir() / "trust").glob("*.pub")):
            running.admin("trust", "add", str(pub))
        yield running


def enrolled(app_dir: Path, server: ServerProcess) -> None:
    with Store.open(app_dir) as store:
        enroll_device(store, app_dir, server.url, server.enroll_code("laptop"))


def publish_test_pack(tmp_path: Path, server: ServerProcess, key: Ed25519PrivateKey,
                      version: int, media_size: int = 20_000, lessons: int = 2) -> None:
    src = tmp_path / f"src-v{version}"
    packkit.write_source(src, packkit.source_manifest(version=version, lessons=lessons),
                         lessons=lessons, media_size=media_size, seed=version)
    server.admin("publish", str(packkit.build(src, tmp_path / f"v{version}", key, folder=True)))


def open_dialog(qtbot, controller: AppController) -> GetPacksDialog:  # type: ignore[no-untyped-def]
    dialog = controller.open_get_packs()
    qtbot.waitUntil(lambda: dialog.phase == "idle" and dialog.table.rowCount() > 0,
                    timeout=WAIT_MS)
    return dialog


def row_of(dialog: GetPacksDialog, pack_id: str) -> int:
    return next(row for row, pack in enumerate(dialog.packs) if pack.id == pack_id)


def state_cell(dialog: GetPacksDialog, pack_id: str) -> str:
    item = dialog.table.item(row_of(dialog, pack_id), 5)
    assert item is not None
    return item.text()


def installed_ids(controller: AppController) -> dict[str, int]:
    assert controller.window is not None
    return {pack.id: pack.info.version for pack in controller.window.packs}


def question(qtbot, dialog: GetPacksDialog) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.question is not None, timeout=WAIT_MS)
    assert dialog.question is not None
    return dialog.question


def answer(box: QMessageBox, button: str) -> None:
    next(b for b in box.buttons() if b.text() == button).click()


def test_the_published_demo_pack_is_listed_downloaded_and_installed(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess,
        announced: Announced) -> None:
    server.admin("publish", str(bundled_demo_dir() / f"{DEMO_ID}.c4spack"))
    enrolled(app_dir, server)
    controller = launch()
    dialog = open_dialog(qtbot, controller)
    row = row_of(dialog, DEMO_ID)
    assert state_cell(dialog, DEMO_ID) == "New"
    title = dialog.table.item(row, 0)
    assert title is not None and title.text() == dialog.title_of(dialog.packs[row])
    assert "en" in (dialog.table.item(row, 3) or title).text()
    dialog.table.selectRow(row)
    assert dialog.download_button.isEnabled() and dialog.download_button.text() == "&Download"
    dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.phase == "idle", timeout=WAIT_MS)
    assert "was installed" in dialog.status.text(), dialog.status.text()
    qtbot.waitUntil(lambda: DEMO_ID in installed_ids(controller), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: state_cell(dialog, DEMO_ID) == "Installed", timeout=WAIT_MS)
    assert not any((app_dir / "downloads").glob("*"))  # nothing left behind
    # A screen reader hears the end of each step, not every tick of the progress, nor the
    # catalog read again after the install.
    name = dialog.title_of(dialog.packs[row])
    assert announced == [("The server offers 1 pack.", False),
                         (f"Installing “{name}”…", False), (f"“{name}” was installed.", False)]



LONG_TITLE = ("Cluster management essentials: partner edition for regional development "
              "agencies and their member services")


def test_a_long_title_wraps_whole_in_a_narrow_dialog(qtbot, launch: Launch, app_dir: Path,
                                                     tmp_path: Path, server: ServerProcess,
                                                     key: Ed25519PrivateKey) -> None:
    manifest = packkit.source_manifest()
    manifest["title"] = {"en": LONG_TITLE}
    manifest["publisher"] = {"name": "Regional development agency of the Northern Great Plain"}
    src = packkit.write_source(tmp_path / "src", manifest)
    server.admin("publish", str(packkit.build(src, tmp_path / "long", key, folder=True)))
    enrolled(app_dir, server)
    dialog = open_dialog(qtbot, launch())
    dialog.resize(640, dialog.height())
    qtbot.waitUntil(lambda: dialog.table.columnWidth(0) < dialog.fontMetrics().horizontalAdvance(
        LONG_TITLE))  # the title needs more than one line
    table = dialog.table
    row = row_of(dialog, PACK_ID)
    cell = table.visualRect(table.model().index(row, 0))
    wrapped = table.fontMetrics().boundingRect(
        0, 0, cell.width() - 8, 10_000, int(Qt.TextFlag.TextWordWrap), LONG_TITLE)
    qtbot.waitUntil(lambda: table.rowHeight(row) >= wrapped.height())
    item = table.item(row, 0)
    assert item is not None and item.toolTip() == f"{LONG_TITLE}\n{PACK_ID}"


def test_an_update_shows_its_preview_first_and_installs_the_new_version(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess, tmp_path: Path,
        key: Ed25519PrivateKey) -> None:
    publish_test_pack(tmp_path, server, key, version=2, lessons=3)
    enrolled(app_dir, server)
    controller = launch()  # installs version 1 of the test pack on first launch
    assert installed_ids(controller)[PACK_ID] == 1
    dialog = open_dialog(qtbot, controller)
    assert state_cell(dialog, PACK_ID) == "Update from v1 to v2"
    dialog.table.selectRow(row_of(dialog, PACK_ID))
    assert dialog.download_button.text() == "&Update"
    dialog.download_button.click()
    box = question(qtbot, dialog)
    assert box.text() == "Update “Test pack” from version 1 to version 2?"
    assert box.informativeText().startswith("Added: 4 · removed: 0 ·"), box.informativeText()
    assert "to download. The learners' progress is kept." in box.informativeText()
    assert box.detailedText().splitlines()[0] == "Added:"
    assert not any((app_dir / "downloads").glob("*"))  # nothing fetched before the answer
    answer(box, "Skip this pack")
    qtbot.waitUntil(lambda: dialog.phase == "idle", timeout=WAIT_MS)
    assert dialog.status.text() == "Skipped; nothing was downloaded."
    assert not any((app_dir / "downloads").glob("*"))
    assert installed_ids(controller)[PACK_ID] == 1

    dialog.download_button.click()
    answer(question(qtbot, dialog), "Update")
    qtbot.waitUntil(lambda: dialog.phase == "idle", timeout=WAIT_MS)
    assert "was updated to version 2" in dialog.status.text(), dialog.status.text()
    qtbot.waitUntil(lambda: installed_ids(controller).get(PACK_ID) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: state_cell(dialog, PACK_ID) == "Installed", timeout=WAIT_MS)
    dialog.table.selectRow(row_of(dialog, PACK_ID))
    assert dialog.download_button.text() == "Installed"
    assert not dialog.download_button.isEnabled()


def test_cancel_before_the_update_preview_stops_there_and_asks_nothing(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess, tmp_path: Path,
        key: Ed25519PrivateKey) -> None:
    publish_test_pack(tmp_path, server, key, version=2)
    enrolled(app_dir, server)
    controller = launch()
    dialog = open_dialog(qtbot, controller)
    gate = threading.Event()
    controller.worker.run(lambda _store, _task: gate.wait(WAIT_MS / 1000))  # a busy writer
    try:
        dialog.table.selectRow(row_of(dialog, PACK_ID))
        dialog.download_button.click()
        # the manifest is in: the trust check waits behind the gate for the writer
        qtbot.waitUntil(lambda: len(controller.worker._tasks) > 1, timeout=WAIT_MS)
        dialog.cancel_button.click()
        qtbot.waitUntil(lambda: dialog.phase == "idle", timeout=WAIT_MS)  # writer still busy
    finally:
        gate.set()
    assert dialog.status.text() == "Download cancelled."
    qtbot.wait(300)  # time for a late preview to arrive, were one coming
    assert dialog.question is None
    assert not [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert not any((app_dir / "downloads").glob("*"))
    assert installed_ids(controller)[PACK_ID] == 1


def test_pause_keeps_what_arrived_and_resume_continues_from_there(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess, tmp_path: Path,
        key: Ed25519PrivateKey) -> None:
    publish_test_pack(tmp_path, server, key, version=2, media_size=1_500_000)
    enrolled(app_dir, server)
    controller = launch()
    dialog = open_dialog(qtbot, controller)
    qtbot.waitUntil(dialog.cap.isEnabled, timeout=WAIT_MS)
    dialog.cap.setChecked(True)  # a shared link: 300 kB/s, so there is time to pause
    dialog.cap_rate.setValue(300)
    dialog.table.selectRow(row_of(dialog, PACK_ID))
    dialog.download_button.click()
    answer(question(qtbot, dialog), "Update")
    qtbot.waitUntil(lambda: 0 < dialog.progress.value() < 1000, timeout=WAIT_MS)
    dialog.pause_button.click()
    qtbot.waitUntil(lambda: dialog.phase == "paused", timeout=WAIT_MS)
    assert dialog.pause_button.text() == "&Resume"
    kept = sum(p.stat().st_size for p in (app_dir / "downloads").glob("*"))
    assert 0 < kept < 3_000_000
    paused_at = dialog.progress.value()

    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.cap.setChecked(False)
    dialog.pause_button.click()
    qtbot.waitUntil(lambda: dialog.phase == "idle", timeout=WAIT_MS)
    assert "was updated to version 2" in dialog.status.text(), dialog.status.text()
    assert seen and seen[0] >= paused_at  # resumed where it stopped, not from zero
    qtbot.waitUntil(lambda: installed_ids(controller).get(PACK_ID) == 2, timeout=WAIT_MS)


def test_without_a_server_the_dialog_offers_the_setup_and_then_lists_the_catalog(
        qtbot, launch: Launch, server: ServerProcess, tmp_path: Path,
        key: Ed25519PrivateKey) -> None:
    publish_test_pack(tmp_path, server, key, version=2)
    controller = launch()
    dialog = controller.open_get_packs()
    qtbot.waitUntil(lambda: "not connected" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.setup_button.isVisible()
    dialog.setup_button.click()
    assert controller.sync is not None
    setup = controller.sync.setup
    assert setup is not None and setup.isVisible() and setup.parent() is dialog
    setup.server.setText(server.url)
    setup.code.setText(server.enroll_code("laptop"))
    setup.connect_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=WAIT_MS)
    assert state_cell(dialog, PACK_ID) == "Update from v1 to v2"
    assert not dialog.setup_button.isVisible()


def test_the_speed_cap_is_kept_with_the_settings(qtbot, launch: Launch) -> None:
    controller = launch()
    dialog = controller.open_get_packs()
    qtbot.waitUntil(dialog.cap.isEnabled, timeout=WAIT_MS)  # the saved cap (none) is shown
    assert not dialog.cap.isChecked()
    dialog.cap_rate.setValue(250)
    dialog.cap.setChecked(True)
    done: list[object] = []
    controller.worker.run(lambda store, _task: store.conn.execute(
        "SELECT value FROM meta WHERE key = 'downloads.rate_limit'").fetchone(),
        on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    assert done[0] == ("250000",)


def test_without_setup_the_dialog_says_so_at_once_and_reads_nothing(
        qtbot, launch: Launch, announced: Announced) -> None:
    controller = launch()
    dialog = controller.open_get_packs()
    # As it opens, with no wait: no catalog job, so no "reading" line before the answer.
    assert dialog.phase == "idle"
    assert "not connected" in dialog.status.text()
    assert announced == [(dialog.status.text(), True)]  # a problem: said at once
    assert dialog.setup_button.isVisible() and dialog.refresh_button.isEnabled()
    assert not dialog.findChildren(PoolJob)
    assert dialog.table.rowCount() == 0


def test_an_untrusted_publisher_needs_an_admin_before_any_blob_then_is_trusted(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess, tmp_path: Path) -> None:
    stranger = packkit.make_key()
    server.admin("trust", "add", str(packkit.write_pub(tmp_path / "stranger.pub", stranger)))
    src = packkit.write_source(tmp_path / "src-x", packkit.source_manifest("org.example.x"))
    server.admin("publish", str(packkit.build(src, tmp_path / "x", stranger, folder=True)))
    enrolled(app_dir, server)
    controller = launch()
    dialog = open_dialog(qtbot, controller)
    dialog.table.selectRow(row_of(dialog, "org.example.x"))
    dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.question is not None, timeout=WAIT_MS)
    box = dialog.question
    assert box is not None and "does not trust" in box.text()
    assert not any((app_dir / "downloads").glob("*.part"))  # nothing fetched before asking
    skip = next(b for b in box.buttons() if b.text() == "Skip this pack")
    skip.click()
    qtbot.waitUntil(lambda: dialog.phase == "idle", timeout=WAIT_MS)
    assert dialog.status.text() == "Skipped; nothing was downloaded."
    assert "org.example.x" not in installed_ids(controller)

    dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.question is not None, timeout=WAIT_MS)
    box = dialog.question
    assert box is not None
    checkbox = box.checkBox()
    assert checkbox is not None
    checkbox.setChecked(True)
    next(b for b in box.buttons() if b.text() == "Install anyway").click()
    qtbot.waitUntil(lambda: dialog.phase == "idle", timeout=WAIT_MS)
    assert "was installed" in dialog.status.text(), dialog.status.text()
    qtbot.waitUntil(lambda: "org.example.x" in installed_ids(controller), timeout=WAIT_MS)
    done: list[object] = []
    controller.worker.run(lambda store, _task: store.conn.execute(
        "SELECT count(*) FROM trusted_keys WHERE name = 'Test publisher'").fetchone(),
        on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    assert done[0] == (1,)


def test_trusting_a_publisher_waits_until_its_download_is_installed(
        qtbot, launch: Launch, app_dir: Path, server: ServerProcess, tmp_path: Path) -> None:
    stranger = packkit.make_key()
    server.admin("trust", "add", str(packkit.write_pub(tmp_path / "stranger.pub", stranger)))
    publish_test_pack(tmp_path, server, stranger, version=2)  # an update, by another key
    enrolled(app_dir, server)
    controller = launch()  # installs version 1, signed by the trusted test key
    dialog = open_dialog(qtbot, controller)
    dialog.table.selectRow(row_of(dialog, PACK_ID))
    dialog.download_button.click()
    box = question(qtbot, dialog)
    checkbox = box.checkBox()
    assert checkbox is not None
    checkbox.setChecked(True)
    answer(box, "Install anyway")
    box = question(qtbot, dialog)
    assert box.text() == "Update “Test pack” from version 1 to version 2?"
    answer(box, "Skip this pack")
    qtbot.waitUntil(lambda: dialog.phase == "idle", timeout=WAIT_MS)
    assert installed_ids(controller)[PACK_ID] == 1
    done: list[object] = []
    controller.worker.run(lambda store, _task: store.conn.execute(
        "SELECT count(*) FROM trusted_keys WHERE key = ?",
        [packkit.public_key_b64(stranger)]).fetchone(), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    assert done[0] == (0,), "a skipped update must not leave its publisher trusted"
