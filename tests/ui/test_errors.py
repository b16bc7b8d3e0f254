"""Errors become one plain sentence with a "Copy details" button; unexpected ones are logged."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication

from c4s_desktop.core.errors import SpaceError
from c4s_desktop.core.logs import configure_logging
from c4s_desktop.ui.errors import error_text, show_error


def test_a_core_error_reads_as_its_catalogue_sentence(qtbot) -> None:
    exc = SpaceError("space.not_enough", path="/data", needed_mb=120.0, free_mb=3.5)
    dialog = show_error(None, exc)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == exc.message == error_text(exc)
    assert "/data" in dialog.message.text()
    dialog.copy_details()
    details = QApplication.clipboard().text()
    assert details.startswith("code: space.not_enough")
    assert "free_mb: 3.5" in details
    assert dialog.copy_button.text() == "Details copied"


def test_an_unexpected_error_is_logged_and_shown_generically(qtbot, tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path / "logs", "app")
    try:
        try:
            {}["missing"]
        except KeyError as exc:
            dialog = show_error(None, exc)
        qtbot.addWidget(dialog)
        assert "Something unexpected went wrong" in dialog.message.text()
        assert "missing" not in dialog.message.text()
        assert "KeyError" in dialog.details and "Traceback" in dialog.details
        for handler in logging.getLogger().handlers:
            handler.flush()
        logged = log_file.read_text("utf-8")
        assert "unexpected error" in logged and "KeyError: 'missing'" in logged
    finally:
        root = logging.getLogger()
        mine = [h for h in root.handlers if getattr(h, "baseFilename", "") == str(log_file)]
        for handler in mine:
            root.removeHandler(handler)
            handler.close()
