"""What the Add packs dialog says while it works: a broken pack's reason in the reader's
language, a busy bar while no copy runs, a Cancel that came too late, the list of packs not
installed. Real packs on a folder standing in for a USB stick, a real store worker."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from c4s_desktop.core.errors import PackError
from c4s_desktop.core.packs.library import list_installed
from c4s_desktop.ui.error_dialog import ErrorDialog
from c4s_desktop.ui.errors import error_text
from c4s_desktop.ui.packs_dialog import PacksDialog
from c4s_desktop.ui.translations import install_translators
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
from tests.ui.test_translations import qm_dir, ui_language  # noqa: F401  (fixtures)

BROKEN = "copied-badly.c4spack"


def test_a_broken_packs_reason_is_in_the_readers_language(
    qtbot, qapp: QApplication, ui_language: None, store_worker: StoreWorker,  # noqa: F811
    usb_drive: Path
) -> None:
    install_translators(qapp, "fr")
    (usb_drive / BROKEN).write_bytes(b"PK\x03\x04 cut short")
    dialog = PacksDialog(store_worker, "fr", scan_roots=[usb_drive])
    qtbot.addWidget(dialog)
    dialog.show()
    scan(qtbot, dialog, 1)
    [(title, status, ticked)] = table(dialog)
    reason = error_text(PackError("pack.bad_zip", pack=BROKEN))  # as the error dialog says it
    assert (title, ticked) == (BROKEN, None)
    assert status == QCoreApplication.translate("PacksDialog", "Broken: {reason}").format(
        reason=reason)
    assert BROKEN in status and "damaged or incomplete" not in status


def test_the_bar_is_busy_without_sizes_until_the_copy_reports_them(
    qtbot, packs_dialog: PacksDialog, tmp_path: Path, usb_drive: Path
) -> None:
    unsigned = make_pack(tmp_path, usb_drive / "unsigned", packkit.make_key(), folder=True)
    (unsigned / "manifest.sig").unlink()
    scan(qtbot, packs_dialog, 1)
    sizes: list[tuple[int, int]] = []
    packs_dialog.flow.progress.connect(lambda done, total: sizes.append((done, total)))
    qtbot.mouseClick(packs_dialog.install_button, Qt.MouseButton.LeftButton)
    box = question(qtbot)  # checked, and asked about: nothing is copied yet
    bar = packs_dialog.progress
    assert bar.isVisible() and (bar.minimum(), bar.maximum()) == (0, 0)
    assert bar.text() == "" and "byte" not in bar.format()
    with qtbot.waitSignal(packs_dialog.flow.finished, timeout=30_000):
        click(qtbot, box, "Install anyway")
    copied = [report for report in sizes if report[1] > 0]
    assert copied and copied[-1][0] == copied[-1][1]
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    assert "of" in bar.text()


def test_cancel_too_late_to_stop_the_install_says_it_was_installed(
    qtbot, packs_dialog: PacksDialog, store_worker: StoreWorker, tmp_path: Path,
    key: Ed25519PrivateKey, usb_drive: Path
) -> None:
    make_pack(tmp_path, usb_drive / "course.c4spack", key, lessons=2)
    scan(qtbot, packs_dialog, 1)
    pressed: list[bool] = []

    def cancel_once_the_copy_is_over(_done: int, total: int) -> None:
        if total < 1000 or pressed:  # the copy's report: the pack holds kilobytes
            return
        pressed.append(True)
        # Cancel reaches the worker only once the install job ended: as when it is pressed
        # while the copied blobs are flushed, published and committed, past any check.
        over = threading.Event()
        store_worker.run(lambda _store, _task: over.set())
        assert over.wait(30)
        qtbot.mouseClick(packs_dialog.cancel_button, Qt.MouseButton.LeftButton)

    packs_dialog.flow.progress.connect(cancel_once_the_copy_is_over)
    install(qtbot, packs_dialog)
    assert pressed
    assert installed_version(qtbot, store_worker) == 1
    assert packs_dialog.status.text() == (
        f"“{PACK_ID} v1” was installed before Cancel could stop it; nothing more was "
        "installed.")


def test_the_packs_not_installed_are_quoted_as_the_language_quotes(
    qtbot, qapp: QApplication, packs_dialog: PacksDialog, store_worker: StoreWorker,
    tmp_path: Path, key: Ed25519PrivateKey, usb_drive: Path
) -> None:
    french_quotes = QTranslator()
    assert french_quotes.load(_compiled(tmp_path, "InstallFlow", "“{title}”", "« {title} »"))
    pack = make_pack(tmp_path, usb_drive / "folder-pack", key, folder=True)
    scan(qtbot, packs_dialog, 1)
    (pack / "l1" / "video.mp4").write_bytes(b"changed after signing")
    qapp.installTranslator(french_quotes)
    try:
        install(qtbot, packs_dialog)
    finally:
        qapp.removeTranslator(french_quotes)
    report = QApplication.activeModalWidget()
    assert isinstance(report, ErrorDialog)
    report.accept()
    assert packs_dialog.status.text().endswith(f"Not installed: « {PACK_ID} v1 ».")
    assert run_in_worker(qtbot, store_worker, list_installed) == []


def _compiled(folder: Path, context: str, source: str, translation: str) -> str:
    """A .qm file, compiled by pyside6-lrelease, that translates one message."""
    ts = folder / "one.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="fr"><context><name>{context}</name><message>'
        f"<source>{source}</source><translation>{translation}</translation>"
        "</message></context></TS>\n", "utf-8")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None, "pyside6-lrelease comes with PySide6"
    qm = folder / "one.qm"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return str(qm)
