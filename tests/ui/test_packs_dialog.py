"""Adding and removing packs from the window: real packs on a folder that stands in for a USB
stick, a real store behind a real store worker, questions answered by clicking their buttons."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import get_installed, list_installed
from c4s_desktop.core.packs.signing import fingerprint, public_key_b64
from c4s_desktop.core.packs.trust import add_trusted, trusted_keys
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.statements import activity_iri, make_statement
from c4s_desktop.ui.error_dialog import ErrorDialog
from c4s_desktop.ui.packs_dialog import PROGRESS_RANGE, PacksDialog
from c4s_desktop.ui.remove_dialog import RemovePackDialog
from c4s_desktop.ui.worker import StoreWorker
from tests import packkit
from tests.ui.conftest import PACK_ID, Launch

LEARNER = "0b0e4f3e-5d8f-4a43-9b36-1d1f5f0e2a11"
READING = "Reading the installed packs…"


def make_pack(tmp_path: Path, out: Path, key: Ed25519PrivateKey | None, *, version: int = 1,
              pack_id: str = PACK_ID, lessons: int = 1, folder: bool = False,
              publisher: str = "Test publisher") -> Path:
    manifest = packkit.source_manifest(pack_id, version, lessons=lessons)
    manifest["title"] = {"en": f"{pack_id} v{version}"}
    manifest["publisher"]["name"] = publisher
    src = packkit.write_source(tmp_path / f"src-{out.name}", manifest, lessons=lessons)
    out.parent.mkdir(parents=True, exist_ok=True)
    return packkit.build(src, out, key, folder=folder)





def run_in_worker(qtbot, store_worker: StoreWorker, job):  # type: ignore[no-untyped-def]
    """Run ``job(store)`` in the store worker and return its result."""
    results: list[object] = []
    store_worker.run(lambda store, _task: job(store), on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    return results[0]


def scan(qtbot, packs_dialog: PacksDialog, rows: int) -> None:
    packs_dialog.scan()
    qtbot.waitUntil(lambda: packs_dialog.table.rowCount() == rows
                    and packs_dialog.scan_button.isEnabled(), timeout=30_000)


def table(packs_dialog: PacksDialog) -> list[tuple[str, str, bool | None]]:
    """Each row as (title, status, ticked or None when it cannot be ticked)."""
    rows = []
    for row in range(packs_dialog.table.rowCount()):
        first = packs_dialog.table.item(row, 0)
        tickable = bool(first.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        ticked = first.checkState() == Qt.CheckState.Checked if tickable else None
        rows.append((first.text(), packs_dialog.table.item(row, 3).text(), ticked))
    return rows


def install(qtbot, packs_dialog: PacksDialog) -> None:
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)


def question(qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    """The message box on top, once it is there."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox),
                    timeout=30_000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def click(qtbot, box: QMessageBox, text: str) -> None:  # type: ignore[no-untyped-def]
    button = next(b for b in box.buttons() if b.text() == text)
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def listed(remove: RemovePackDialog) -> list[str]:
    """The lines of the Remove dialog's list."""
    return [remove.list.item(row).text() for row in range(remove.list.count())]


def opened_remove_dialog(qtbot, store_worker: StoreWorker) -> RemovePackDialog:  # type: ignore[no-untyped-def]
    """File → Remove pack… on ``store_worker``'s data folder, reading its packs."""
    remove = RemovePackDialog(store_worker, "en")
    qtbot.addWidget(remove)
    remove.show()
    remove.reload()
    return remove


def installed_version(qtbot, store_worker: StoreWorker, pack_id: str = PACK_ID) -> int | None:
    pack = run_in_worker(qtbot, store_worker, lambda store: get_installed(store, pack_id))
    return None if pack is None else pack.version


def test_scan_shows_new_update_installed_and_broken(
    qtbot, app_dir: Path, tmp_path: Path, key: Ed25519PrivateKey, usb_drive: Path
) -> None:
    with Store.open(app_dir) as store:
        install_pack(store, make_pack(tmp_path, tmp_path / "a1.c4spack", key, pack_id="org.ex.a"))
        install_pack(store, make_pack(tmp_path, tmp_path / "b2.c4spack", key, pack_id="org.ex.b",
                                      version=2))
    make_pack(tmp_path, usb_drive / "courses" / "a-v2", key, pack_id="org.ex.a", version=2,
              folder=True)
    make_pack(tmp_path, usb_drive / "b-v2.c4spack", key, pack_id="org.ex.b", version=2)
    make_pack(tmp_path, usb_drive / "c.c4spack", key, pack_id="org.ex.c")
    (usb_drive / "copied-badly.c4spack").write_bytes(b"PK\x03\x04 cut short")
    store_worker = StoreWorker()
    with qtbot.waitSignal(store_worker.opened, timeout=30_000):
        store_worker.start(app_dir)
    try:
        packs_dialog = PacksDialog(store_worker, "en", scan_roots=[usb_drive])
        qtbot.addWidget(packs_dialog)
        scan(qtbot, packs_dialog, 4)
        assert table(packs_dialog) == [
            ("org.ex.b v2", "Already installed", False),
            ("org.ex.c v1", "New", True),
            ("copied-badly.c4spack", "Broken: The pack file copied-badly.c4spack is damaged or "
             "incomplete; copy it again from its source.", None),
            ("org.ex.a v2", "Update from v1 to v2", True),
        ]
        assert packs_dialog.drives.item(0).text() == str(usb_drive)
        packs_dialog.table.setFocus()
        packs_dialog.table.setCurrentCell(0, 0)
        qtbot.keyClick(packs_dialog.table, Qt.Key.Key_Space)  # ticks "reinstall" from the keyboard
        assert table(packs_dialog)[0] == ("org.ex.b v2", "Already installed", True)
        assert packs_dialog.install_button.isEnabled()
        qtbot.waitUntil(lambda: packs_dialog.storage.storage is not None, timeout=30_000)
        assert "free on its disk" in packs_dialog.storage.text()
    finally:
        store_worker.stop()


def test_install_from_a_file_with_progress_then_the_library_shows_it(
    qtbot, launch: Launch, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    (tmp_path / "no-demo").mkdir()
    controller = launch(demo_dir=tmp_path / "no-demo")
    window = controller.window
    assert window is not None and window.model.rowCount() == 0
    assert window.add_packs_action.shortcut() == QKeySequence("Ctrl+O")
    pack = make_pack(tmp_path, tmp_path / "stick" / "course.c4spack", key, lessons=2)
    window.add_packs_action.trigger()
    packs_dialog = controller.packs.add_dialog
    assert packs_dialog is not None and packs_dialog.isVisible()
    qtbot.waitUntil(packs_dialog.file_button.isEnabled, timeout=30_000)  # the drives were scanned
    qtbot.mouseClick(packs_dialog.file_button, Qt.MouseButton.LeftButton)
    chooser = packs_dialog.chooser
    assert chooser is not None
    chooser.selectFile(str(pack))
    chooser.accept()
    qtbot.waitUntil(lambda: packs_dialog.table.rowCount() == 1, timeout=30_000)
    assert table(packs_dialog) == [(f"{PACK_ID} v1", "New", True)]
    reports: list[tuple[int, int]] = []
    packs_dialog.flow.progress.connect(lambda done, total: reports.append((done, total)))
    install(qtbot, packs_dialog)
    assert packs_dialog.progress.value() == PROGRESS_RANGE
    done, total = reports[-1]
    assert done == total > 40_000
    assert "Installed 1 of 1 pack." in packs_dialog.status.text()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=30_000)
    qtbot.waitUntil(lambda: table(packs_dialog) == [(f"{PACK_ID} v1", "Already installed", False)],
                    timeout=30_000)


def test_cancel_leaves_the_library_unchanged(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path,
    key: Ed25519PrivateKey,
    usb_drive: Path, app_dir: Path
) -> None:
    make_pack(tmp_path, usb_drive / "course.c4spack", key, lessons=3)
    scan(qtbot, packs_dialog, 1)
    gate = threading.Event()

    def hold_the_copy(text: str) -> None:  # queued right before the install job
        if text.startswith("Installing"):
            store_worker.run(lambda _store, _task: gate.wait(30))

    packs_dialog.flow.status.connect(hold_the_copy)
    try:
        qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: packs_dialog.status.text().startswith("Installing"), timeout=30_000)
        assert packs_dialog.cancel_button.isVisible() and packs_dialog.progress.isVisible()
        with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
            qtbot.mouseClick(packs_dialog.cancel_button, Qt.MouseButton.LeftButton)
            gate.set()
    finally:
        gate.set()
    assert packs_dialog.status.text() == f"Cancelled; “{PACK_ID} v1” was not installed."
    assert not packs_dialog.cancel_button.isVisible()
    assert run_in_worker(qtbot, store_worker, list_installed) == []
    assert not any((app_dir / "store").glob("??/*"))
    assert not any((app_dir / "store" / "staging").iterdir())


def test_enter_installs_the_ticked_packs(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path,
    key: Ed25519PrivateKey, usb_drive: Path
) -> None:
    make_pack(tmp_path, usb_drive / "course.c4spack", key)
    scan(qtbot, packs_dialog, 1)
    assert table(packs_dialog) == [(f"{PACK_ID} v1", "New", True)]
    packs_dialog.table.setFocus()
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        qtbot.keyClick(packs_dialog.table, Qt.Key.Key_Return)
    assert packs_dialog.chooser is None  # not the first button's file chooser
    assert run_in_worker(qtbot, store_worker, list_installed) != []


def test_an_update_shows_its_preview_and_installs_after_confirming(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path,
    key: Ed25519PrivateKey,
    usb_drive: Path
) -> None:
    v1 = make_pack(tmp_path, tmp_path / "v1.c4spack", key)
    run_in_worker(qtbot, store_worker, lambda store: install_pack(store, v1))
    make_pack(tmp_path, usb_drive / "v2.c4spack", key, version=2, lessons=2)
    scan(qtbot, packs_dialog, 1)
    assert table(packs_dialog) == [(f"{PACK_ID} v2", "Update from v1 to v2", True)]
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    assert box.text() == f"Update “{PACK_ID} v2” from version 1 to version 2?"
    # Each build writes new random video bytes, so lesson 1's video changed too.
    assert box.informativeText().startswith("Added: 4 · removed: 0 · changed: 1;")
    assert "progress is kept" in box.informativeText()
    assert box.detailedText().splitlines()[:2] == ["Added:", "  • Lesson 2: Video"]
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Skip this pack")
    assert installed_version(qtbot, store_worker) == 1
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, question(qtbot), "Update")
    assert installed_version(qtbot, store_worker) == 2
    assert packs_dialog.progress.value() == PROGRESS_RANGE


def test_an_update_that_removes_worked_on_items_says_so_and_names_moves(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path,
    key: Ed25519PrivateKey, usb_drive: Path
) -> None:
    """v2 drops lesson 2 but moves its text into lesson 1: the learner who watched lesson 2's
    video loses it from the course, and the admin reads that rather than "progress is kept"."""
    v1 = make_pack(tmp_path, tmp_path / "v1.c4spack", key, lessons=2)
    run_in_worker(qtbot, store_worker, lambda store: install_pack(store, v1))
    watched = make_statement(LEARNER, "experienced", activity_iri(PACK_ID, "l2-video"), "video")
    run_in_worker(qtbot, store_worker, lambda store: record(store, [watched]))
    manifest = packkit.source_manifest(PACK_ID, 2, lessons=2)
    manifest["title"] = {"en": f"{PACK_ID} v2"}
    lessons = manifest["modules"][0]["lessons"]
    lessons[0]["items"].append(lessons[1]["items"][1])  # l2-text, into lesson 1
    del lessons[1]
    src = packkit.write_source(tmp_path / "src-v2", manifest, lessons=2)
    packkit.build(src, usb_drive / "v2.c4spack", key)
    scan(qtbot, packs_dialog, 1)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    info = box.informativeText()
    assert "removed: 3" in info and "progress is kept" not in info
    assert info.endswith("1 learner worked on items this update removes: what they did stays "
                         "in their history but no longer counts towards the course.")
    details = box.detailedText().splitlines()
    assert details[details.index("Moved to another lesson:") + 1] == "  • Lesson 1: Text"
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Skip this pack")


def test_an_untrusted_pack_asks_an_admin_and_trusting_persists(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path, usb_drive: Path,
    app_dir: Path
) -> None:
    stranger = packkit.make_key()
    make_pack(tmp_path, usb_drive / "stranger.c4spack", stranger)
    scan(qtbot, packs_dialog, 1)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    assert "signed by a publisher calling itself “Test publisher”" in box.text()
    assert fingerprint(public_key_b64(stranger)) in box.informativeText().replace("\u00a0", " ")
    assert box.checkBox() is not None and box.checkBox().isEnabled()
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Skip this pack")
    assert installed_version(qtbot, store_worker) is None
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    box.checkBox().setChecked(True)
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Install anyway")
    assert installed_version(qtbot, store_worker) == 1
    store_worker.stop()
    with Store.open(app_dir, write=False) as store:
        # Trusted once the install committed (the install itself ran as a confirmed one).
        assert public_key_b64(stranger) in trusted_keys(store)
        pack = get_installed(store, PACK_ID)
        assert pack is not None and pack.publisher_key == public_key_b64(stranger)


def test_a_pack_cannot_dress_up_its_own_trust_question(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path, usb_drive: Path
) -> None:
    stranger = packkit.make_key()
    manifest = packkit.source_manifest(PACK_ID)
    manifest["title"] = {"en": "Safety” is signed by <b>Cluster4Smart</b>, a trusted "
                               "publisher.<!--"}
    manifest["publisher"]["name"] = "Cluster4Smart<br>Key fingerprint: 0000 (verified)<!--"
    src = packkit.write_source(tmp_path / "src-dressed", manifest)
    packkit.build(src, usb_drive / "dressed.c4spack", stranger)
    scan(qtbot, packs_dialog, 1)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    shown = {label.text(): label.textFormat() for label in box.findChildren(QLabel)
             if label.text()}
    assert set(shown.values()) == {Qt.TextFormat.PlainText}, shown
    assert any(text.endswith("whose key this computer does not trust yet.") for text in shown)
    info = box.informativeText().replace("\u00a0", " ")
    assert fingerprint(public_key_b64(stranger)) in info
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Skip this pack")
    assert installed_version(qtbot, store_worker) is None


def test_an_update_from_another_publisher_asks_an_admin_naming_both(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path, usb_drive: Path,
    key: Ed25519PrivateKey
) -> None:
    run_in_worker(qtbot, store_worker, lambda store: install_pack(store, make_pack(
        tmp_path, tmp_path / "v1.c4spack", key)))
    other = packkit.make_key()
    run_in_worker(qtbot, store_worker, lambda store: add_trusted(store, public_key_b64(other), "B"))
    make_pack(tmp_path, usb_drive / "v2.c4spack", other, version=2, publisher="Acme Training")
    scan(qtbot, packs_dialog, 1)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    assert box.text() == (f"This version of “{PACK_ID} v2” does not come from Test publisher, "
                          "who published the installed version.")
    info = box.informativeText().replace("\u00a0", " ")
    assert fingerprint(public_key_b64(other)) in info and fingerprint(public_key_b64(key)) in info
    assert "changed hands" in info
    assert not box.checkBox().isEnabled()  # its key is trusted already
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Skip this pack")
    assert installed_version(qtbot, store_worker) == 1
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    click(qtbot, box, "Install anyway")
    answer_update = question(qtbot)  # then the update's preview, as for any update
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, answer_update, "Update")
    assert installed_version(qtbot, store_worker) == 2


@pytest.mark.parametrize(("claimed", "sentence"), [
    ("Test publisher", f"This version of “{PACK_ID} v2” gives the same publisher as the "
     "installed version, Test publisher, but it is signed with another key."),
    ("Test Publisher Ltd", f"This version of “{PACK_ID} v2” gives its publisher as “Test "
     "Publisher Ltd”, a name like that of Test publisher, who published the installed "
     "version, but it is signed with another key."),
])
def test_an_update_signed_with_a_new_key_asks_about_a_change_of_key(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path, usb_drive: Path,
    claimed: str, sentence: str
) -> None:
    # The installed publisher's key is trusted under its publisher's name (as the "Also
    # trust" box does), so it also looks like the publisher this pack may pose as.
    old = packkit.make_key()
    run_in_worker(qtbot, store_worker,
                  lambda store: add_trusted(store, public_key_b64(old), "Test publisher"))
    run_in_worker(qtbot, store_worker, lambda store: install_pack(store, make_pack(
        tmp_path, tmp_path / "v1.c4spack", old)))
    new = packkit.make_key()
    make_pack(tmp_path, usb_drive / "v2.c4spack", new, version=2, publisher=claimed)
    scan(qtbot, packs_dialog, 1)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    assert box.text() == sentence
    info = box.informativeText().replace("\u00a0", " ")
    old_print, new_print = fingerprint(public_key_b64(old)), fingerprint(public_key_b64(new))
    assert info == (
        "Warning: either Test publisher changed its key, or this pack only pretends to come "
        f"from it.\n\nKey fingerprint: {new_print}\nPublisher name, as the pack gives it (not "
        f"checked): {claimed}\n\nInstalled version from: Test publisher\nKey fingerprint: "
        f"{old_print}\n\nInstall it only if Test publisher told you it changed its key to this "
        "one. An administrator must confirm.")
    assert box.checkBox().isEnabled()  # the new key is not trusted yet
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Skip this pack")
    assert installed_version(qtbot, store_worker) == 1


def test_an_unsigned_pack_installs_once_confirmed_without_trusting_anyone(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path, usb_drive: Path
) -> None:
    unsigned = make_pack(tmp_path, usb_drive / "unsigned", packkit.make_key(), folder=True)
    (unsigned / "manifest.sig").unlink()
    scan(qtbot, packs_dialog, 1)
    keys_before = run_in_worker(qtbot, store_worker, trusted_keys)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    assert "is not signed" in box.text()
    assert not box.checkBox().isEnabled()
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Install anyway")
    pack = run_in_worker(qtbot, store_worker, lambda store: get_installed(store, PACK_ID))
    assert pack is not None and not pack.trusted
    assert run_in_worker(qtbot, store_worker, trusted_keys) == keys_before


def test_an_unsigned_pack_naming_a_trusted_key_shows_no_fingerprint_and_a_warning(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path, usb_drive: Path
) -> None:
    owner = packkit.make_key()
    run_in_worker(qtbot, store_worker,
                  lambda store: add_trusted(store, public_key_b64(owner), "Cluster4Smart"))
    # Anyone can copy a trusted publisher's key into a manifest; only a signature proves it.
    unsigned = make_pack(tmp_path, usb_drive / "unsigned", owner, folder=True,
                         publisher="Someone else")
    (unsigned / "manifest.sig").unlink()
    scan(qtbot, packs_dialog, 1)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    info = box.informativeText().replace("\u00a0", " ")
    assert "Key fingerprint: none" in info
    assert info.startswith("Warning: this pack names the key of “Cluster4Smart”, a publisher "
                           "this computer trusts, but it is not signed with that key.")
    assert not box.checkBox().isEnabled()
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Skip this pack")
    assert installed_version(qtbot, store_worker) is None


def test_a_broken_pack_stops_with_a_plain_error(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path,
    key: Ed25519PrivateKey,
    usb_drive: Path
) -> None:
    pack = make_pack(tmp_path, usb_drive / "folder-pack", key, folder=True)
    scan(qtbot, packs_dialog, 1)
    (pack / "l1" / "video.mp4").write_bytes(b"changed after signing")
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ErrorDialog),
                    timeout=30_000)
    error = QApplication.activeModalWidget()
    assert isinstance(error, ErrorDialog)
    assert "l1/video.mp4 in folder-pack" not in error.message.text()
    assert "l1/video.mp4" in error.message.text() and "damaged" in error.message.text()
    assert not packs_dialog.flow.busy
    assert packs_dialog.status.text() == f"Installed 0 of 1 pack. Not installed: “{PACK_ID} v1”."
    assert run_in_worker(qtbot, store_worker, list_installed) == []


def test_remove_keeps_the_learners_progress(qtbot, launch: Launch) -> None:
    controller = launch()  # the demo pack is installed on first launch
    window = controller.window
    assert window is not None and window.model.rowCount() == 1
    statement = make_statement(LEARNER, "experienced", activity_iri(PACK_ID, "l1-text"),
                               "document")
    run_in_worker(qtbot, controller.worker, lambda store: record(store, [statement]))
    window.remove_pack_action.trigger()
    remove = controller.packs.remove_dialog
    assert remove is not None
    qtbot.waitUntil(lambda: remove.list.count() == 1 and remove.remove_button.isEnabled(),
                    timeout=30_000)
    assert remove.list.item(0).text().startswith("Test pack — version 1 — ")
    qtbot.mouseClick(remove.remove_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    assert box.text() == "Remove “Test pack” from this computer?"
    assert "The learners' progress is kept." in box.informativeText()
    click(qtbot, box, "Remove")
    qtbot.waitUntil(lambda: remove.status.text().startswith("Removed “Test pack”"),
                    timeout=30_000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=30_000)
    assert run_in_worker(qtbot, controller.worker, list_installed) == []
    kept = run_in_worker(qtbot, controller.worker, lambda store: store.db.execute(
        "SELECT id FROM statements WHERE pack_id = ?", [PACK_ID]).fetchall())
    assert kept == [(statement["id"],)]
    rows = run_in_worker(qtbot, controller.worker, lambda store: store.db.execute(
        "SELECT item_id FROM item_progress WHERE pack_id = ?", [PACK_ID]).fetchall())
    assert rows == [("l1-text",)]


def test_remove_says_what_it_frees_when_another_pack_shares_its_files(
        qtbot, launch: Launch, tmp_path: Path, key: Ed25519PrivateKey) -> None:
    controller = launch()  # the demo pack is installed on first launch
    # Another course with the same first lesson: its files are the demo's, stored once.
    other = make_pack(tmp_path, tmp_path / "other.c4spack", key, pack_id="org.example.other",
                      lessons=2)
    run_in_worker(qtbot, controller.worker, lambda store: install_pack(store, other))
    window = controller.window
    assert window is not None
    window.remove_pack_action.trigger()
    remove = controller.packs.remove_dialog
    assert remove is not None
    qtbot.waitUntil(lambda: remove.list.count() == 2 and remove.remove_button.isEnabled(),
                    timeout=30_000)
    remove.list.setCurrentRow(next(row for row, pack in enumerate(remove.packs)
                                   if pack.id == "org.example.other"))
    qtbot.mouseClick(remove.remove_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    said = box.informativeText()
    assert said.startswith("Its files are deleted, except those another pack also uses: ")
    click(qtbot, box, "Remove")
    qtbot.waitUntil(lambda: remove.status.text().startswith("Removed “org.example.other v1”"),
                    timeout=30_000)
    # What it said it would free is what was freed.
    freed = remove.status.text().removeprefix("Removed “org.example.other v1”; ")
    assert said.split(": ", 1)[1].startswith(freed.removesuffix(" freed."))


def test_enter_on_the_list_asks_once(qtbot, launch: Launch) -> None:
    controller = launch()  # the demo pack is installed on first launch
    window = controller.window
    assert window is not None
    window.remove_pack_action.trigger()
    remove = controller.packs.remove_dialog
    assert remove is not None
    qtbot.waitUntil(remove.remove_button.isEnabled, timeout=30_000)
    remove.list.setFocus()
    qtbot.keyClick(remove.list, Qt.Key.Key_Return)
    box = question(qtbot)
    asked = [b for b in remove.findChildren(QMessageBox) if b.isVisible()]
    assert asked == [box] and remove.isVisible()
    click(qtbot, box, "Keep it")
    qtbot.waitUntil(lambda: remove.question is None)
    assert not [b for b in remove.findChildren(QMessageBox) if b.isVisible()]


def test_remove_says_it_reads_the_packs_until_they_are_listed(qtbot, launch: Launch) -> None:
    controller = launch()  # the demo pack is installed on first launch
    window = controller.window
    assert window is not None
    gate = threading.Event()
    controller.worker.run(lambda _store, _task: gate.wait(30))  # a busy writer
    try:
        window.remove_pack_action.trigger()
        remove = controller.packs.remove_dialog
        assert remove is not None
        assert listed(remove) == [READING]
        remove.list.setCurrentRow(0)
        assert not remove.remove_button.isEnabled()
        qtbot.keyClick(remove.list, Qt.Key.Key_Return)  # the line is no pack to remove
        assert remove.question is None
    finally:
        gate.set()
    qtbot.waitUntil(remove.remove_button.isEnabled, timeout=30_000)
    assert len(listed(remove)) == 1
    assert listed(remove)[0].startswith("Test pack — version 1 — ")


def test_remove_says_plainly_that_no_pack_is_installed(
        qtbot, store_worker: StoreWorker) -> None:
    remove = opened_remove_dialog(qtbot, store_worker)
    qtbot.waitUntil(lambda: listed(remove) != [READING], timeout=30_000)
    assert listed(remove) == ["No pack is installed."]
    remove.list.setCurrentRow(0)
    assert not remove.remove_button.isEnabled()
    assert remove.status.text() == ""


def test_remove_shows_a_failed_read_of_the_installed_packs(
        qtbot, store_worker: StoreWorker) -> None:
    run_in_worker(qtbot, store_worker,
                  lambda store: store.conn.execute("ALTER TABLE packs RENAME TO packs_away"))
    remove = opened_remove_dialog(qtbot, store_worker)
    assert listed(remove) == [READING]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ErrorDialog),
                    timeout=30_000)
    assert listed(remove) == []  # no longer reading, and nothing to choose
    assert not remove.remove_button.isEnabled()
    error = QApplication.activeModalWidget()
    assert isinstance(error, ErrorDialog)
    error.close()
    run_in_worker(qtbot, store_worker,
                  lambda store: store.conn.execute("ALTER TABLE packs_away RENAME TO packs"))
