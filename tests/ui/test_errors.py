"""Errors become one plain sentence with a "Copy details" button; unexpected ones are logged.
Their quantities read as the learner's language groups digits."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from c4s_desktop.core.errors import InputError, SpaceError
from c4s_desktop.core.logs import configure_logging
from c4s_desktop.ui.errors import error_text, show_error
from c4s_desktop.ui.translations import install_translators

NARROW_NBSP = "\u202f"  # French groups digits with it, as Qt's QLocale("fr") writes them


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


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The app speaks French, then English again."""
    install_translators(qapp, "fr")
    yield
    install_translators(qapp, "en")


@pytest.mark.usefixtures("french")
def test_a_large_count_in_an_error_is_grouped_the_french_way() -> None:
    refused = InputError("exchange.save_too_big", records=412_345, statements=400_000,
                         megabytes=268, detail="412345 statements, more than 400000")
    text = error_text(refused)
    # Only the digits are asserted: the sentence's words follow the .ts files.
    assert f"412{NARROW_NBSP}345" in text and f"400{NARROW_NBSP}000" in text
    assert "412345" not in text and "400000" not in text


@pytest.mark.usefixtures("french")
def test_a_size_in_megabytes_keeps_the_french_decimal_comma() -> None:
    full = SpaceError("space.not_enough", path="/data", needed_mb=1234.5, free_mb=120.0)
    text = error_text(full)
    assert f"1{NARROW_NBSP}234,5" in text
    assert "1234.5" not in text and "120.0" not in text and "120,0" not in text
