"""On a computer with trainers, decisions for every learner need a trainer's PIN: installing
an untrusted pack (and trusting its publisher), removing a course, connecting to a sync server.

Real packs on a folder standing in for a USB stick, a real store behind a real store worker,
the real ``c4s-sync`` server on 127.0.0.1; dialogs answered by clicking and typing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from c4s_desktop.cli import main as cli_main
from c4s_desktop.core.errors import CancelledError, InputError
from c4s_desktop.core.exchange.merge import MergeReport
from c4s_desktop.core.learners import create_learner, find_learner
from c4s_desktop.core.learners.trainers import set_trainer
from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.signing import fingerprint, public_key_b64
from c4s_desktop.core.packs.trust import trusted_keys
from c4s_desktop.core.progress.log import record
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.sync.credentials import load_credentials
from c4s_desktop.core.sync.enroll import enroll_device
from c4s_desktop.ui.error_dialog import ErrorDialog
from c4s_desktop.ui.errors import error_text
from c4s_desktop.ui.packs_dialog import PacksDialog
from c4s_desktop.ui.remove_dialog import RemovePackDialog
from c4s_desktop.ui.sync_flow import SyncFlow
from c4s_desktop.ui.trainer_confirm import TrainerConfirmDialog, confirm_by_trainer
from c4s_desktop.ui.translations import install_translators
from c4s_desktop.ui.worker import StoreWorker
from tests import packkit
from tests.sync.conftest import completions
from tests.sync.realserver import ServerProcess
from tests.ui.conftest import PACK_ID, Launch
from tests.ui.test_get_packs import installed_ids, open_dialog, row_of
from tests.ui.test_packs_dialog import click, installed_version, make_pack, question, scan
from tests.ui.test_text_size import cut_short, large_text  # noqa: F401 (a fixture)

WAIT_MS = 30_000
TRAINER_PIN = "2468"


def add_learners(app_dir: Path) -> None:
    """Béla, a learner with a PIN of his own, and Ana and Zoltán, the trainers."""
    with Store.open(app_dir) as store:
        create_learner(store, "Béla", pin="1357")
        for name in ("Zoltán", "Ana"):
            set_trainer(store, create_learner(store, name).id, True, TRAINER_PIN)


@pytest.fixture
def trainers(app_dir: Path) -> None:
    add_learners(app_dir)


def trainer_dialog(qtbot) -> TrainerConfirmDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TrainerConfirmDialog),
                    timeout=WAIT_MS)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, TrainerConfirmDialog)
    return dialog


def dialog_text(dialog: TrainerConfirmDialog) -> str:
    """The first text of the dialog: what the trainer is asked to confirm."""
    labels = [label for label in dialog.findChildren(QLabel) if label.text()]
    return labels[0].text()


def confirm(qtbot, dialog: TrainerConfirmDialog, trainer: str, pin: str) -> None:  # type: ignore[no-untyped-def]
    dialog.trainer.setCurrentText(trainer)
    dialog.pin.setText(pin)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)


def refused_with(qtbot, dialog: TrainerConfirmDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.error.text() == text, timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.pin.text() == ""
    assert dialog.confirm_button.isEnabled()


def install_anyway_trusting(qtbot, packs_dialog: PacksDialog) -> TrainerConfirmDialog:  # type: ignore[no-untyped-def]
    """Install the scanned pack, answer its trust question "Install anyway" with its
    publisher trusted; the trainer's dialog that follows."""
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    box.checkBox().setChecked(True)
    click(qtbot, box, "Install anyway")
    return trainer_dialog(qtbot)


def install_in_worker(qtbot, store_worker: StoreWorker, pack: Path) -> None:  # type: ignore[no-untyped-def]
    done: list[object] = []
    store_worker.run(lambda store, _task: install_pack(store, pack), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)


def remove_dialog(qtbot, store_worker: StoreWorker) -> RemovePackDialog:  # type: ignore[no-untyped-def]
    """File → Remove pack… with the one installed pack chosen."""
    dialog = RemovePackDialog(store_worker, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    qtbot.waitUntil(lambda: len(dialog.packs) == 1, timeout=WAIT_MS)
    dialog.list.setCurrentRow(0)
    return dialog


def trusted(qtbot, store_worker: StoreWorker) -> set[str]:  # type: ignore[no-untyped-def]
    done: list[set[str]] = []
    store_worker.run(lambda store, _task: set(trusted_keys(store)), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    return done[0]


@pytest.fixture
def stranger(qtbot, packs_dialog: PacksDialog, tmp_path: Path,  # type: ignore[no-untyped-def]
             usb_drive: Path) -> Ed25519PrivateKey:
    """An unknown publisher's key, whose pack the Add packs dialog found on the stick."""
    key = packkit.make_key()
    make_pack(tmp_path, usb_drive / "stranger.c4spack", key)
    scan(qtbot, packs_dialog, 1)
    return key


def test_an_untrusted_pack_installs_only_once_a_trainer_gave_their_pin(
        qtbot, trainers: None, packs_dialog: PacksDialog, store_worker: StoreWorker,
        stranger: Ed25519PrivateKey) -> None:
    dialog = install_anyway_trusting(qtbot, packs_dialog)
    assert packs_dialog.flow.question is dialog  # the flow's Cancel reaches it
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    reason = dialog_text(dialog)
    # The trainer reads what they decide, and the facts the learner was shown.
    assert reason.startswith(f"Install “{PACK_ID} v1”, a pack this computer does not trust, "
                             "and trust its publisher's key from now on.\n\n")
    assert "signed by a publisher calling itself “Test publisher”" in reason
    assert fingerprint(public_key_b64(stranger)) in reason.replace("\u00a0", " ")
    assert [dialog.trainer.itemText(i) for i in range(dialog.trainer.count())] == [
        "Ana", "Zoltán"]  # trainers only, Béla is not one

    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Type the trainer's PIN."
    confirm(qtbot, dialog, "Ana", "1357")  # Béla's PIN
    refused_with(qtbot, dialog, "That PIN is not right for Ana; try again.")
    assert installed_version(qtbot, store_worker) is None
    assert public_key_b64(stranger) not in trusted(qtbot, store_worker)

    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=WAIT_MS):
        confirm(qtbot, dialog, "Zoltán", TRAINER_PIN)
    assert installed_version(qtbot, store_worker) == 1
    assert public_key_b64(stranger) in trusted(qtbot, store_worker)
    assert packs_dialog.flow.question is None


def test_without_a_trainers_pin_nothing_is_installed_nor_trusted(
        qtbot, trainers: None, packs_dialog: PacksDialog, store_worker: StoreWorker,
        stranger: Ed25519PrivateKey) -> None:
    for stop in ("the trainer's Cancel", "the install's Cancel"):
        dialog = install_anyway_trusting(qtbot, packs_dialog)
        dialog.pin.setText(TRAINER_PIN)  # typed, never confirmed
        with qtbot.waitSignal(packs_dialog.flow.finished, timeout=WAIT_MS):
            if stop == "the trainer's Cancel":
                dialog.reject()
            else:
                packs_dialog.flow.cancel()
        assert not dialog.isVisible()
        assert installed_version(qtbot, store_worker) is None, stop
        assert public_key_b64(stranger) not in trusted(qtbot, store_worker), stop
    assert packs_dialog.status.text() == "Cancelled; nothing more was installed."


def test_a_course_is_removed_only_with_a_trainers_pin(
        qtbot, trainers: None, app_dir: Path, store_worker: StoreWorker, tmp_path: Path,
        key: Ed25519PrivateKey) -> None:
    install_in_worker(qtbot, store_worker, make_pack(tmp_path, tmp_path / "a.c4spack", key))
    dialog = remove_dialog(qtbot, store_worker)
    for attempt in ("cancelled", "confirmed"):
        dialog.confirm_removal()
        box = question(qtbot)
        click(qtbot, box, "Remove")
        confirmation = trainer_dialog(qtbot)
        assert dialog.question is confirmation
        assert not dialog.remove_button.isEnabled()  # no second removal meanwhile
        if attempt == "cancelled":
            confirmation.reject()
            qtbot.waitUntil(dialog.remove_button.isEnabled, timeout=WAIT_MS)
            assert installed_version(qtbot, store_worker) == 1
        else:
            confirm(qtbot, confirmation, "Ana", TRAINER_PIN)
            qtbot.waitUntil(lambda: dialog.status.text().startswith("Removed"),
                            timeout=WAIT_MS)
    assert installed_version(qtbot, store_worker) is None
    assert dialog.status.text().startswith(f"Removed “{PACK_ID} v1”")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with ServerProcess(tmp_path / "server") as running:
        yield running


def test_connecting_to_a_sync_server_needs_a_trainers_pin(
        qtbot, trainers: None, launch: Launch, app_dir: Path, server: ServerProcess) -> None:
    controller = launch()
    flow = controller.sync
    assert isinstance(flow, SyncFlow)
    setup = flow.open_setup()
    setup.server.setText(server.url)
    setup.code.setText(server.enroll_code("laptop"))
    setup.connect_button.click()
    confirmation = trainer_dialog(qtbot)
    assert confirmation.parent() is setup  # modal over the setup, which stays open
    assert f"Connect this computer to the sync server {server.url}." in [
        label.text() for label in confirmation.findChildren(QLabel)]
    confirmation.reject()
    qtbot.waitUntil(lambda: setup.message.text() == "Not connected: no trainer confirmed it.",
                    timeout=WAIT_MS)
    assert setup.isVisible() and setup.connect_button.isEnabled()
    assert load_credentials(app_dir) is None  # not enrolled

    setup.connect_button.click()
    confirm(qtbot, trainer_dialog(qtbot), "Ana", TRAINER_PIN)
    qtbot.waitUntil(lambda: not setup.isVisible(), timeout=WAIT_MS)
    credentials = load_credentials(app_dir)
    assert credentials is not None and credentials.kind == "c4s"


def test_a_download_from_an_untrusted_publisher_needs_a_trainers_pin_before_any_blob(
        qtbot, trainers: None, launch: Launch, app_dir: Path, server: ServerProcess,
        tmp_path: Path) -> None:
    stranger = packkit.make_key()
    server.admin("trust", "add", str(packkit.write_pub(tmp_path / "stranger.pub", stranger)))
    src = packkit.write_source(tmp_path / "src-x", packkit.source_manifest("org.example.x"))
    server.admin("publish", str(packkit.build(src, tmp_path / "x", stranger, folder=True)))
    with Store.open(app_dir) as store:
        enroll_device(store, app_dir, server.url, server.enroll_code("laptop"))
    controller = launch()
    dialog = open_dialog(qtbot, controller)
    dialog.table.selectRow(row_of(dialog, "org.example.x"))
    for attempt in ("cancelled", "confirmed"):
        dialog.download_button.click()
        qtbot.waitUntil(lambda: dialog.question is not None, timeout=WAIT_MS)
        box = dialog.question
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Install anyway").click()
        confirmation = trainer_dialog(qtbot)
        assert dialog.question is confirmation
        assert not any((app_dir / "downloads").glob("*.part"))  # nothing fetched yet
        if attempt == "cancelled":
            confirmation.reject()
            qtbot.waitUntil(lambda: dialog.phase == "idle", timeout=WAIT_MS)
            assert dialog.status.text() == "Skipped; nothing was downloaded."
        else:
            confirm(qtbot, confirmation, "Zoltán", TRAINER_PIN)
            qtbot.waitUntil(lambda: dialog.phase == "idle", timeout=WAIT_MS)
            assert "was installed" in dialog.status.text(), dialog.status.text()
    qtbot.waitUntil(lambda: "org.example.x" in installed_ids(controller), timeout=WAIT_MS)


def test_enter_in_the_pin_field_confirms(
        qtbot, trainers: None, app_dir: Path, store_worker: StoreWorker, tmp_path: Path,
        key: Ed25519PrivateKey) -> None:
    install_in_worker(qtbot, store_worker, make_pack(tmp_path, tmp_path / "a.c4spack", key))
    dialog = remove_dialog(qtbot, store_worker)
    dialog.confirm_removal()
    click(qtbot, question(qtbot), "Remove")
    confirmation = trainer_dialog(qtbot)
    assert confirmation.confirm_button.isDefault()
    assert confirmation.pin.hasFocus()
    qtbot.keyClicks(confirmation.pin, TRAINER_PIN)
    qtbot.keyClick(confirmation.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Removed"), timeout=WAIT_MS)
    assert installed_version(qtbot, store_worker) is None


def test_a_pack_swapped_on_the_stick_after_the_question_is_not_installed(
        qtbot, trainers: None, packs_dialog: PacksDialog, store_worker: StoreWorker,
        tmp_path: Path, usb_drive: Path) -> None:
    stranger = packkit.make_key()
    on_stick = make_pack(tmp_path, usb_drive / "harmless.c4spack", stranger,
                         pack_id="org.example.harmless")
    scan(qtbot, packs_dialog, 1)
    dialog = install_anyway_trusting(qtbot, packs_dialog)
    assert "org.example.harmless" in dialog_text(dialog)
    # While the trainer reads, the file on the stick becomes another pack of another key.
    make_pack(tmp_path, tmp_path / "evil.c4spack", packkit.make_key(), pack_id="org.example.evil"
              ).replace(on_stick)
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=WAIT_MS):
        confirm(qtbot, dialog, "Ana", TRAINER_PIN)
    for pack_id in ("org.example.harmless", "org.example.evil"):
        assert installed_version(qtbot, store_worker, pack_id) is None
    assert public_key_b64(stranger) not in trusted(qtbot, store_worker)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ErrorDialog),
                    timeout=WAIT_MS)
    error = QApplication.activeModalWidget()
    assert isinstance(error, ErrorDialog)
    assert "changed after installing it was confirmed, so nothing of it was installed" in \
        error.message.text()
    error.reject()


def test_an_update_from_another_publisher_tells_the_trainer_so(
        qtbot, trainers: None, packs_dialog: PacksDialog, store_worker: StoreWorker,
        tmp_path: Path, usb_drive: Path, key: Ed25519PrivateKey) -> None:
    install_in_worker(qtbot, store_worker, make_pack(tmp_path, tmp_path / "v1.c4spack", key))
    other = packkit.make_key()
    make_pack(tmp_path, usb_drive / "v2.c4spack", other, version=2, publisher="Acme Training")
    scan(qtbot, packs_dialog, 1)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    click(qtbot, question(qtbot), "Install anyway")
    dialog = trainer_dialog(qtbot)
    reason = dialog_text(dialog).replace("\u00a0", " ")
    assert reason.startswith(f"Install “{PACK_ID} v2”, a version from another publisher than "
                             "the installed one.\n\n")
    assert fingerprint(public_key_b64(other)) in reason
    assert fingerprint(public_key_b64(key)) in reason
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=WAIT_MS):
        dialog.reject()
    assert installed_version(qtbot, store_worker) == 1


def test_an_update_signed_with_a_new_key_tells_the_trainer_what_the_admin_read(
        qtbot, trainers: None, packs_dialog: PacksDialog, store_worker: StoreWorker,
        tmp_path: Path, usb_drive: Path, key: Ed25519PrivateKey) -> None:
    install_in_worker(qtbot, store_worker, make_pack(tmp_path, tmp_path / "v1.c4spack", key))
    new = packkit.make_key()
    make_pack(tmp_path, usb_drive / "v2.c4spack", new, version=2)  # as "Test publisher"
    scan(qtbot, packs_dialog, 1)
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)
    facts = f"{box.text()}\n\n{box.informativeText()}"
    box.checkBox().setChecked(True)
    click(qtbot, box, "Install anyway")
    dialog = trainer_dialog(qtbot)
    reason = dialog_text(dialog)
    assert reason.startswith(f"Install “{PACK_ID} v2”, a version signed with another key than "
                             "the installed one, and trust the new key from now on.\n\n"
                             f"This version of “{PACK_ID} v2” gives the same publisher as the "
                             "installed version, Test publisher, but it is signed with another "
                             "key.\n\nWarning: either Test publisher changed its key, or this "
                             "pack only pretends to come from it.\n\n")
    assert facts.startswith(reason.split("\n\n", 1)[1])  # the admin's facts, advice aside
    for shown in (fingerprint(public_key_b64(new)), fingerprint(public_key_b64(key))):
        assert reason.replace("\u00a0", " ").count(shown) == 1
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=WAIT_MS):
        dialog.reject()
    assert installed_version(qtbot, store_worker) == 1
    assert public_key_b64(new) not in trusted(qtbot, store_worker)


def ask_over_a_window(qtbot, store_worker: StoreWorker) -> tuple[QWidget, list[bool]]:  # type: ignore[no-untyped-def]
    """A shown window, over which a trainer is asked to confirm; the answers, as they come."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    answers: list[bool] = []
    confirm_by_trainer(parent, store_worker, "Remove “A course” from this computer.",
                       answers.append)
    return parent, answers


def test_a_trainer_who_lost_the_role_meanwhile_is_left_out(
        qtbot, trainers: None, store_worker: StoreWorker) -> None:
    _parent, answers = ask_over_a_window(qtbot, store_worker)
    dialog = trainer_dialog(qtbot)
    done: list[object] = []
    store_worker.run(lambda store, _task: set_trainer(store, find_learner(store, "Ana").id,
                                                      False), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    confirm(qtbot, dialog, "Ana", TRAINER_PIN)
    refused_with(qtbot, dialog, "Ana is not a trainer of this computer; choose one of its "
                                "trainers.")
    assert [dialog.trainer.itemText(i) for i in range(dialog.trainer.count())] == ["Zoltán"]
    assert answers == []
    confirm(qtbot, dialog, "Zoltán", TRAINER_PIN)
    qtbot.waitUntil(lambda: answers == [True], timeout=WAIT_MS)


def test_choosing_another_trainer_clears_what_was_said_of_the_first(
        qtbot, trainers: None, store_worker: StoreWorker) -> None:
    _parent, answers = ask_over_a_window(qtbot, store_worker)
    dialog = trainer_dialog(qtbot)
    confirm(qtbot, dialog, "Ana", "0000")
    refused_with(qtbot, dialog, "That PIN is not right for Ana; try again.")
    dialog.trainer.setCurrentText("Zoltán")
    assert dialog.error.text() == ""
    assert answers == []


def test_nothing_is_asked_for_what_was_closed_while_the_trainers_were_looked_up(
        qtbot, trainers: None, store_worker: StoreWorker) -> None:
    parent, answers = ask_over_a_window(qtbot, store_worker)
    parent.hide()  # before the store worker answered
    qtbot.waitUntil(lambda: answers == [False], timeout=WAIT_MS)
    assert not isinstance(QApplication.activeModalWidget(), TrainerConfirmDialog)


@pytest.mark.usefixtures("large_text")
@pytest.mark.parametrize("lang", ["fr", "es"])
def test_a_refusal_at_150_percent_text_keeps_every_line_in_view(
        qtbot, qapp: QApplication, lang: str) -> None:
    install_translators(qapp, lang)
    try:
        reason = QCoreApplication.translate("SyncFlow", "Connect this computer to the sync "
                                            "server {server}.").format(
            server="https://sync.training-centre-north.example.org/c4s/")
        dialog = TrainerConfirmDialog(reason, ["Ana", "Zoltán Kovács-Szabó"])
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        assert cut_short(dialog) == []
        dialog.refuse(error_text(InputError("learner.wrong_pin", name="Zoltán Kovács-Szabó")))
        qtbot.waitUntil(lambda: cut_short(dialog) == [], timeout=WAIT_MS)
    finally:
        install_translators(qapp, "en")


def test_loading_a_progress_file_needs_a_trainers_pin(
        qtbot, trainers: None, launch: Launch, app_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "class-data"
    with Store.open(source) as store:
        record(store, completions(create_learner(store, "Csaba").id, 5))
    stick = tmp_path / "class.c4sprogress"
    assert cli_main(["--data-dir", str(source), "progress", "save", "--to", str(stick)]) == 0
    controller = launch()
    exchange = controller.progress_exchange()
    before = learner_names(app_dir)
    with qtbot.waitSignal(exchange.finished, timeout=WAIT_MS) as done:
        exchange.load_from(stick)
        dialog = trainer_dialog(qtbot)
        assert dialog_text(dialog) == ("Load the progress in “class.c4sprogress”. It can add "
                                       "learners to this computer and records to any "
                                       "learner's progress.")
        dialog.reject()
    assert isinstance(done.args[0], CancelledError)
    assert learner_names(app_dir) == before
    with qtbot.waitSignal(exchange.finished, timeout=WAIT_MS) as done:
        exchange.load_from(stick)
        confirm(qtbot, trainer_dialog(qtbot), "Ana", TRAINER_PIN)
    assert isinstance(done.args[0], MergeReport) and done.args[0].learners_added == 1
    assert learner_names(app_dir) == before | {"Csaba"}


def learner_names(root: Path) -> set[str]:
    with Store.open(root, write=False) as store:
        return {str(row[0]) for row in store.db.execute("SELECT name FROM learners")}
