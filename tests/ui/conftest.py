"""UI test fixtures: a real course pack (with an image and a real PDF), a trusted data folder,
and a started app controller. Qt runs offscreen unless a display is set (end-to-end runs)."""

from __future__ import annotations

import os

if not os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QColor,
    QImage,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication

from c4s_desktop.core.packs.signing import public_key_b64
from c4s_desktop.core.packs.trust import add_trusted, seed_default_trust
from c4s_desktop.core.store.database import Store
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.launch import LaunchOptions
from c4s_desktop.ui.packs_dialog import PacksDialog
from c4s_desktop.ui.style import ThemeKeeper
from c4s_desktop.ui.translations import install_translators
from c4s_desktop.ui.worker import StoreWorker
from tests import packkit

PACK_ID = "org.example.test"
FIGURE_SIZE = (120, 80)
PDF_PAGES = 2
DOCUMENT_MD = """# Lesson 1

Text with a figure.

![A red figure](figure.png)

![Outside the pack](../../outside.png)

Read [the web page](https://example.org/guide) for more.
"""


def write_pdf(path: Path, pages: int) -> Path:
    """A real PDF of ``pages`` pages, each saying its number."""
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    for page in range(1, pages + 1):
        if page > 1:
            writer.newPage()
        painter.drawText(QPointF(200, 400), f"Fact sheet page {page}")
        painter.fillRect(QRectF(200, 600, 2000, 300), QColor("#0d47a1"))
    painter.end()
    return path


def write_course_source(src: Path) -> Path:
    """packkit's two-lesson source, with lesson 1's text, figure and fact sheet made real."""
    packkit.write_source(src, lessons=2)
    lesson = src / "l1"
    (lesson / "text.en.md").write_text(DOCUMENT_MD, "utf-8")
    image = QImage(*FIGURE_SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(lesson / "figure.png"))
    write_pdf(lesson / "sheet.pdf", PDF_PAGES)
    return src


def drop_theme_keepers(qapp: QApplication) -> None:
    """Delete the app's theme keepers now, before a test puts its look back: one merely
    scheduled for deletion still answers the font or colour-scheme change that follows, and
    sets its style sheet again for every later test."""
    for keeper in qapp.findChildren(ThemeKeeper):
        shiboken6.delete(keeper)


@pytest.fixture
def demo_dir(tmp_path: Path, key: Ed25519PrivateKey, qapp: object) -> Path:
    """A folder holding one signed ``.c4spack``: what the app offers on first launch."""
    src = write_course_source(tmp_path / "course-src")
    out = tmp_path / "demo"
    out.mkdir()
    packkit.build(src, out / f"{PACK_ID}.c4spack", key)
    return out


@pytest.fixture
def app_dir(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    """A data folder whose trust list holds ``key`` (the store is closed again)."""
    root = tmp_path / "app-data"
    with Store.open(root) as store:
        seed_default_trust(store)
        add_trusted(store, public_key_b64(key), "test")
    return root


@pytest.fixture
def store_worker(qtbot: object, app_dir: Path) -> Iterator[StoreWorker]:
    """A started store worker on ``app_dir`` (whose trust list holds ``key``)."""
    worker = StoreWorker()
    with qtbot.waitSignal(worker.opened, timeout=30_000):  # type: ignore[attr-defined]
        worker.start(app_dir)
    yield worker
    worker.stop()


@pytest.fixture
def usb_drive(tmp_path: Path) -> Path:
    """An empty folder standing in for a USB stick."""
    root = tmp_path / "usb-stick"
    root.mkdir()
    return root


@pytest.fixture
def packs_dialog(qtbot: object, store_worker: StoreWorker, usb_drive: Path) -> PacksDialog:
    """The Add packs dialog, shown, scanning only ``usb_drive``."""
    dialog = PacksDialog(store_worker, "en", scan_roots=[usb_drive])
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    return dialog


Launch = Callable[..., AppController]


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp: QApplication) -> None:
    """The English translator, as the app installs it: it holds the singular and plural forms
    of every ``%n`` message ("1 item", "2 items")."""
    install_translators(qapp, "en")


@pytest.fixture
def launch(qtbot: object, app_dir: Path, demo_dir: Path) -> Iterator[Launch]:
    """Start an app controller on ``app_dir`` and wait until it is ready.

    ``wait=False`` returns at once; with ``run=False`` too, the controller is not started.
    """
    controllers: list[AppController] = []

    def start(wait: bool = True, run: bool = True, **overrides: object) -> AppController:
        fields: dict[str, object] = {"data_dir": app_dir, "lang": "en", "demo_dir": demo_dir}
        fields.update(overrides)
        controller = AppController(LaunchOptions(**fields))  # type: ignore[arg-type]
        controllers.append(controller)
        if wait:
            with qtbot.waitSignal(controller.ready, timeout=30_000):  # type: ignore[attr-defined]
                controller.start()
        elif run:
            controller.start()
        return controller

    yield start
    for controller in controllers:
        controller.shutdown()
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()


Announced = list[tuple[str, bool]]


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> Announced:
    """What the app asks screen readers to say, as (text, assertive), in order.

    Taken where it reaches Qt: with no reader listening, as in tests, Qt drops the events
    unseen, so nothing else would show them.
    """
    said: Announced = []

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            assertive = QAccessible.AnnouncementPoliteness.Assertive
            said.append((event.message(), event.politeness() == assertive))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return said
