"""Texts that packs, learners and servers write show as written: markup in them never renders.

Qt renders a label as HTML when its first line looks like markup, so a pack's title could
restyle the window or, before it is trusted, dress up the trust question. The course here has
markup in every title and in its publisher's name; each screen that shows them is walked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import QLabel, QWidget

from c4s_desktop.ui.controller import AppController
from tests import packkit
from tests.ui.conftest import PACK_ID, Launch, write_course_source

MARKUP = "<b>Bold</b><!--"


def rendered_as_markup(*tops: QWidget) -> list[str]:
    """The texts of the labels in ``tops`` that Qt would render as HTML."""
    labels = [label for top in tops for label in (top, *top.findChildren(QLabel))
              if isinstance(label, QLabel)]
    return [label.text() for label in labels
            if label.textFormat() != Qt.TextFormat.PlainText
            and QtGui_Qt.mightBeRichText(label.text())]


def marked_up(src: Path) -> Path:
    """``src`` with markup at the start of every title and of the publisher's name."""
    path = src / "manifest.json"
    manifest = json.loads(path.read_text("utf-8"))
    manifest["title"] = {"en": f"{MARKUP} course"}
    manifest["publisher"]["name"] = f"{MARKUP} publisher"
    for module in manifest["modules"]:
        module["title"] = {"en": f"{MARKUP} module"}
        for lesson in module["lessons"]:
            lesson["title"] = {"en": f"{MARKUP} lesson"}
            for item in lesson["items"]:
                item["title"] = {"en": f"{MARKUP} {item['type']}"}
    path.write_text(json.dumps(manifest), "utf-8")
    return src


@pytest.fixture
def demo_dir(tmp_path: Path, key: Ed25519PrivateKey, qapp: object) -> Path:
    """The first-launch pack, its titles and publisher marked up."""
    src = marked_up(write_course_source(tmp_path / "course-src"))
    out = tmp_path / "demo"
    out.mkdir()
    packkit.build(src, out / f"{PACK_ID}.c4spack", key)
    return out


def test_titles_show_as_written_in_the_library_items_and_progress(
        qtbot, launch: Launch) -> None:
    controller: AppController = launch(learner="Ana")
    window = controller.window
    assert window is not None
    assert rendered_as_markup(window) == []
    shown = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    assert f"{MARKUP} lesson" in shown  # the lesson page shows the title, tags and all
    for item in ("l1-quiz", "l1-text", "l1-sheet"):
        assert window.open_item(PACK_ID, item)
        qtbot.wait(50)
        assert rendered_as_markup(window) == [], item
    with qtbot.waitSignal(controller.progress_screen.report_shown, timeout=10_000):
        controller.progress_screen.open()
    assert rendered_as_markup(window) == []
    shown = [label.text() for label in window.findChildren(QLabel)]
    assert any(text.startswith(f"Published by {MARKUP} publisher") for text in shown), shown


def test_the_remove_question_shows_the_title_as_written(qtbot, launch: Launch) -> None:
    controller = launch()
    dialog = controller.packs.open_remove()
    qtbot.waitUntil(dialog.remove_button.isEnabled, timeout=10_000)
    dialog.remove_button.click()
    box = dialog.question
    assert box is not None
    assert box.text() == f"Remove “{MARKUP} course” from this computer?"
    assert rendered_as_markup(box) == []
    box.reject()
