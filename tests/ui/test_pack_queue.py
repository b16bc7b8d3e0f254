"""The "Add packs" queue with several packs: copies of one pack, several versions, a pack
that fails among others, and trusting a publisher only once its pack is installed. Real packs
on a folder standing in for a USB stick, a real store behind a real store worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from c4s_desktop.core.packs.discovery import describe
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.signing import fingerprint, public_key_b64
from c4s_desktop.core.packs.trust import list_trusted, trusted_keys
from c4s_desktop.ui.error_dialog import ErrorDialog
from c4s_desktop.ui.pack_jobs import names_resemble
from c4s_desktop.ui.packs_dialog import PacksDialog
from c4s_desktop.ui.worker import StoreWorker
from tests import packkit
from tests.ui.conftest import PACK_ID
from tests.ui.test_packs_dialog import (
    click,
    install,
    installed_version,
    make_pack,
    question,
    run_in_worker,
    scan,
    table,
)


def statuses(dialog: PacksDialog) -> list[str]:
    """Every status line the install flow shows from now on."""
    lines: list[str] = []
    dialog.flow.status.connect(lines.append)
    return lines


def test_copies_make_one_row_and_a_failure_does_not_stop_the_others(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path,
    key: Ed25519PrivateKey, usb_drive: Path
) -> None:
    folder = make_pack(tmp_path, usb_drive / "a-essentials", key, pack_id="org.ex.a", folder=True)
    packkit.zip_folder(folder, usb_drive / "a-essentials.c4spack")  # the same pack, for FAT sticks
    damaged = make_pack(tmp_path, usb_drive / "b-damaged", key, pack_id="org.ex.b", folder=True)
    make_pack(tmp_path, usb_drive / "c-other.c4spack", key, pack_id="org.ex.c")
    scan(qtbot, packs_dialog, 3)
    assert table(packs_dialog) == [("org.ex.a v1", "New", True), ("org.ex.b v1", "New", True),
                            ("org.ex.c v1", "New", True)]
    assert packs_dialog.status.text() == "Found 3 packs."
    tip = packs_dialog.table.item(0, 0).toolTip()
    assert str(folder) in tip and str(usb_drive / "a-essentials.c4spack") in tip
    (damaged / "l1" / "video.mp4").write_bytes(b"changed after the scan")
    lines = statuses(packs_dialog)
    install(qtbot, packs_dialog)
    for pack_id in ("org.ex.a", "org.ex.c"):  # c comes after the failed b
        assert installed_version(qtbot, store_worker, pack_id) == 1
    assert installed_version(qtbot, store_worker, "org.ex.b") is None
    assert "“org.ex.b v1” could not be installed." in lines
    assert packs_dialog.status.text() == "Installed 2 of 3 packs. Not installed: “org.ex.b v1”."
    report = QApplication.activeModalWidget()
    assert isinstance(report, ErrorDialog)
    text = report.message.text()
    heading, reason = text.split("\n\n")  # one line per pack that failed
    assert heading.startswith("1 pack") and heading.endswith("could not be installed:")
    assert reason.startswith("“org.ex.b v1”: ")
    assert "damaged" in reason
    assert str(damaged) in report.details
    report.accept()


def test_of_several_versions_only_the_newest_is_ticked(
    qtbot, packs_dialog: PacksDialog, tmp_path: Path, key: Ed25519PrivateKey, usb_drive: Path
) -> None:
    make_pack(tmp_path, usb_drive / "v10.c4spack", key, version=10)
    make_pack(tmp_path, usb_drive / "v9.c4spack", key, version=9)
    scan(qtbot, packs_dialog, 2)
    assert table(packs_dialog) == [(f"{PACK_ID} v10", "New", True), (f"{PACK_ID} v9", "New", False)]


def test_a_pack_installed_earlier_in_the_queue_is_skipped_without_an_error(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path,
    key: Ed25519PrivateKey, usb_drive: Path
) -> None:
    first = make_pack(tmp_path, usb_drive / "a.c4spack", key, version=2)
    copy = packkit.copy_tree(make_pack(tmp_path, tmp_path / "b", key, version=2, folder=True),
                             usb_drive / "b")
    older = make_pack(tmp_path, usb_drive / "c.c4spack", key, version=1)
    other = make_pack(tmp_path, usb_drive / "d.c4spack", key, pack_id="org.ex.d")
    # All listed as new when chosen, as from two scans or an admin ticking every row.
    chosen = [run_in_worker(qtbot, store_worker, lambda store, p=p: describe(store, p))
              for p in (first, copy, older, other)]
    assert [c.status for c in chosen] == ["new"] * 4
    lines = statuses(packs_dialog)
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        packs_dialog.flow.start(chosen)
    assert f"Skipped “{PACK_ID} v2”: it is installed already." in lines
    assert (f"Skipped “{PACK_ID} v1”: version 2 is installed already, which is newer."
            in lines)
    assert not isinstance(QApplication.activeModalWidget(), ErrorDialog)
    assert not any("--force" in line for line in lines)
    assert installed_version(qtbot, store_worker) == 2
    assert installed_version(qtbot, store_worker, "org.ex.d") == 1


def test_trusting_a_publisher_waits_until_its_pack_is_installed(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path, usb_drive: Path
) -> None:
    stranger = packkit.make_key()
    v1 = make_pack(tmp_path, tmp_path / "v1.c4spack", stranger)
    run_in_worker(qtbot, store_worker,
                  lambda store: install_pack(store, v1, allow_untrusted=True))
    make_pack(tmp_path, usb_drive / "v2.c4spack", stranger, version=2, lessons=2)
    scan(qtbot, packs_dialog, 1)
    before = run_in_worker(qtbot, store_worker, trusted_keys)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    box.checkBox().setChecked(True)
    click(qtbot, box, "Install anyway")
    update = question(qtbot)
    assert update.text().startswith("Update ")
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, update, "Skip this pack")
    assert installed_version(qtbot, store_worker) == 1
    assert run_in_worker(qtbot, store_worker, trusted_keys) == before
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    box.checkBox().setChecked(True)
    click(qtbot, box, "Install anyway")
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, question(qtbot), "Update")
    assert installed_version(qtbot, store_worker) == 2
    added = {e.key: e.name for e in run_in_worker(qtbot, store_worker, list_trusted)}
    assert added[public_key_b64(stranger)] == "Test publisher"


def impostor(tmp_path: Path, out: Path, name: str, key: Ed25519PrivateKey) -> Path:
    manifest = packkit.source_manifest(PACK_ID)
    manifest["publisher"]["name"] = name
    return packkit.build(packkit.write_source(tmp_path / f"src-{out.name}", manifest), out, key)


def test_a_publisher_name_like_a_trusted_one_is_called_out(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path, usb_drive: Path
) -> None:
    seeded = next(e for e in run_in_worker(qtbot, store_worker, list_trusted)
                  if e.name == "cluster4smart-demo")  # the bundled key, trusted on first use
    impostor(tmp_path, usb_drive / "posing.c4spack", "Cluster4Smart demo publisher",
             packkit.make_key())
    scan(qtbot, packs_dialog, 1)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    assert "a publisher calling itself “Cluster4Smart demo publisher”" in box.text()
    info = box.informativeText().replace("\u00a0", " ")
    assert info.startswith("Warning: this computer already trusts a publisher named "
                           f"“cluster4smart-demo”, with another key ({seeded.fingerprint}).")
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Skip this pack")
    stranger = packkit.make_key()
    impostor(tmp_path, usb_drive / "posing.c4spack", "Acme Training", stranger)
    scan(qtbot, packs_dialog, 1)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    info = box.informativeText().replace("\u00a0", " ")
    assert "Warning" not in info
    assert info.startswith(f"Key fingerprint: {fingerprint(public_key_b64(stranger))}\n"
                           "Publisher name, as the pack gives it (not checked): Acme Training")
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Skip this pack")


def test_a_trusted_publisher_is_named_as_its_installed_packs_name_it(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path, usb_drive: Path,
    key: Ed25519PrivateKey
) -> None:
    # ``key`` is trusted under the label "test" (as `c4s trust add test.pub` does); its packs
    # say "Test publisher", which is how the library shows that publisher.
    run_in_worker(qtbot, store_worker, lambda store: install_pack(
        store, impostor(tmp_path, tmp_path / "genuine.c4spack", "Test publisher", key)))
    posing = packkit.source_manifest("org.ex.posing")
    posing["publisher"]["name"] = "Test Publisher"
    stranger = packkit.make_key()
    packkit.build(packkit.write_source(tmp_path / "src-posing", posing),
                  usb_drive / "posing.c4spack", stranger)
    scan(qtbot, packs_dialog, 1)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    info = box.informativeText().replace("\u00a0", " ")
    trusted_print = fingerprint(public_key_b64(key))
    assert info.startswith("Warning: this computer already trusts a publisher named "
                           f"“Test publisher”, with another key ({trusted_print}). This pack "
                           "may only pretend to come from it.\n\nKey fingerprint: "
                           f"{fingerprint(public_key_b64(stranger))}\n")
    assert info.count(trusted_print) == 1
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Skip this pack")


@pytest.mark.parametrize(("claimed", "trusted", "alike"), [
    ("Cluster4Smart", "cluster4smart", True),
    ("Cluster 4 Smart", "Cluster4Smart", True),
    ("Clüster4Smart", "Cluster4Smart", True),
    ("Cluster4Smart demo publisher", "cluster4smart-demo", True),
    ("Cluster4Smrt", "Cluster4Smart", True),
    ("Acme Training", "Cluster4Smart", False),
    ("Test publisher", "test", False),
    ("", "Cluster4Smart", False),
])
def test_names_resemble(claimed: str, trusted: str, alike: bool) -> None:
    assert names_resemble(claimed, trusted) is alike
