"""``--screenshot OUT.png``: wait until the window is complete, save a picture of it, exit."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from c4s_desktop.ui.controller import AppController

PDF_RENDER_TIMEOUT_MS = 10_000


def capture_when_ready(controller: AppController, out: Path) -> None:
    """Once ``controller`` is ready (and an opened PDF's first page is drawn, or its text
    shown), save ``out``."""
    controller.ready.connect(lambda: _wait_for_pdf(controller, out))


def _wait_for_pdf(controller: AppController, out: Path) -> None:
    window = controller.window
    assert window is not None
    page = window.item_page if window.opened_item is not None else None
    viewer = page.pdf_viewer if page is not None and page.showing_pdf else None
    if viewer is None or (viewer.text_shown_now if viewer.text_mode else viewer.rendered_pages):
        QTimer.singleShot(0, lambda: _save(controller, out))
        return
    saved: list[bool] = []

    def once(*_args: object) -> None:
        if not saved:
            saved.append(True)
            QTimer.singleShot(0, lambda: _save(controller, out))

    (viewer.text_shown if viewer.text_mode else viewer.page_rendered).connect(once)
    QTimer.singleShot(PDF_RENDER_TIMEOUT_MS, once)


def _save(controller: AppController, out: Path) -> None:
    window = controller.window
    assert window is not None
    QCoreApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(out), "PNG")
    if not saved:
        print(f"cannot write the screenshot to {out}", file=sys.stderr)
    controller.finished.emit(0 if saved else 1)
