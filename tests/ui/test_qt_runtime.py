"""The Qt binding this app runs on must not leak or drop references on plain calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_methods_keep_the_reference_count_of_none() -> None:
    """PySide6 6.12.0 on Python 3.11 decrements None's count on each void call and aborts."""
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("c4s")
    assert abs(sys.getrefcount(None) - before) < 50


def test_qtpdf_is_available() -> None:
    from PySide6.QtPdf import QPdfDocument

    assert QPdfDocument is not None
