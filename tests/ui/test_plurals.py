"""Counts read naturally: "1 item" and "2 items" in English, the right forms in each language."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from c4s_desktop.ui.translations import install_translators


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("en", "1 item", "2 items"),
    ("fr", "1 élément", "2 éléments"),
    ("es", "1 elemento", "2 elementos"),
    ("hu", "1 elem", "2 elem"),
])
def test_item_counts_take_the_right_form(qapp: QApplication, lang: str, one: str,
                                         two: str) -> None:
    install_translators(qapp, lang)
    try:
        def count(n: int) -> str:
            return QCoreApplication.translate("LessonPage", "%n item(s)", "", n)

        assert (count(1), count(2)) == (one, two)
        found = QCoreApplication.translate("PacksDialog", "Found %n pack(s).", "", 1)
        assert "(s)" not in found
    finally:
        install_translators(qapp, "en")


def test_the_lesson_page_says_one_item(qtbot, launch) -> None:  # type: ignore[no-untyped-def]
    controller = launch()
    window = controller.window
    assert window is not None
    assert window.lesson_page.facts.text().startswith("4 items")
    pack = window.packs[0]
    lesson = pack.manifest.modules[0].lessons[0]
    single = replace(lesson, items=lesson.items[:1])
    window.lesson_page.show_lesson(pack, pack.manifest.modules[0], single, (1, 1))
    assert window.lesson_page.facts.text().startswith("1 item")
    assert not window.lesson_page.facts.text().startswith("1 items")
