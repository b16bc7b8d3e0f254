"""The search box and results page in a running app: type, wait for results, open a hit."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from c4s_desktop.core.search.query import Hit
from c4s_desktop.ui.controller import AppController
from c4s_desktop.ui.search_results import snippet_html
from c4s_desktop.ui.search_ui import SearchUi
from tests import packkit
from tests.ui.conftest import PACK_ID, Announced, Launch, write_course_source

SUBTITLES = """WEBVTT

00:00:01.000 --> 00:00:04.000
Welcome to the second lesson.

00:01:12.500 --> 00:01:15.000
Benchmarking compares your cluster with its peers.
"""


@pytest.fixture
def demo_dir(tmp_path: Path, key: Ed25519PrivateKey, qapp: object) -> Path:
    """The UI tests' course, with lesson 2's subtitles saying something at 1:12.5."""
    src = write_course_source(tmp_path / "course-src")
    (src / "l2" / "video.en.vtt").write_text(SUBTITLES, "utf-8")
    (src / "l1" / "text.fr.md").write_text("# Leçon 1\n\nUne gestion partagée.\n", "utf-8")
    out = tmp_path / "demo"
    out.mkdir()
    packkit.build(src, out / f"{PACK_ID}.c4spack", key)
    return out


def search_ui(controller: AppController) -> SearchUi:
    assert controller.window is not None
    return controller.search


def type_and_wait(qtbot, ui: SearchUi, text: str) -> list[Hit]:
    with qtbot.waitSignal(ui.runner.results_ready, timeout=10_000) as blocker:
        qtbot.keyClicks(ui.box, text)
    assert blocker.args is not None and blocker.args[0] == text
    hits: list[Hit] = blocker.args[1]
    return hits


def test_typing_shows_results_and_enter_opens_the_item(qtbot, launch: Launch) -> None:
    controller = launch()
    ui = search_ui(controller)
    window = controller.window
    assert window is not None
    assert ui.box.placeholderText() == "Search the courses"
    hits = type_and_wait(qtbot, ui, "figure")
    assert window.pages.currentWidget() is ui.page
    assert [(h.item_id, h.kind) for h in ui.page.hits] == [(h.item_id, h.kind) for h in hits]
    assert ui.page.hits[0].item_id == "l1-text"
    assert "figure" in ui.page.model.index(0, 0).data()
    qtbot.keyClick(ui.box, Qt.Key.Key_Down)
    assert ui.page.list.currentIndex().row() == 0
    qtbot.keyClick(ui.page.list, Qt.Key.Key_Return)
    place = window.opened_item
    assert place is not None and place.item.id == "l1-text"


def test_a_subtitle_hit_opens_the_video_at_its_cue(qtbot, launch: Launch) -> None:
    controller = launch()
    ui = search_ui(controller)
    window = controller.window
    assert window is not None
    type_and_wait(qtbot, ui, "benchmarking peers")
    hit = ui.page.hits[0]
    assert (hit.item_id, hit.kind, hit.start_s) == ("l2-video", "subtitle", 72.5)
    assert "Video at 1:12" in ui.page.model.index(0, 0).data()
    first = ui.page.model.index(0, 0)
    qtbot.waitUntil(lambda: ui.page.list.visualRect(first).isValid(), timeout=5_000)  # laid out
    rect = ui.page.list.visualRect(first)
    qtbot.mouseClick(ui.page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(ui.page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    place = window.opened_item
    assert place is not None and place.item.id == "l2-video"


def test_a_hit_in_another_language_opens_in_that_language(qtbot, launch: Launch) -> None:
    controller = launch(lang="en")
    ui = search_ui(controller)
    window = controller.window
    assert window is not None
    type_and_wait(qtbot, ui, "gestion")
    hit = ui.page.hits[0]
    assert (hit.item_id, hit.kind, hit.lang) == ("l1-text", "text", "fr")
    assert "Course text · Français" in ui.page.model.index(0, 0).data()
    assert ui.open_hit(hit)
    shown = window.item_page.document_view.toPlainText()
    assert "Une gestion partagée." in shown and "figure" not in shown
    assert window.open_item(PACK_ID, "l1-text")  # opened from the library: the learner's
    assert "figure" in window.item_page.document_view.toPlainText()


@pytest.mark.parametrize(("lang", "shown"), [("fr", "fr"), ("hu", "en")])
def test_a_place_found_in_two_languages_is_listed_once_in_the_learners(
        qtbot, launch: Launch, lang: str, shown: str) -> None:
    controller = launch(lang=lang)
    ui = search_ui(controller)
    hits = type_and_wait(qtbot, ui, "1")  # "Lesson 1" and "Leçon 1", in titles and texts
    places = [(h.item_id, h.start_s) for h in ui.page.hits]
    assert len(places) == len(set(places)) < len(hits)
    [title] = [h for h in ui.page.hits if (h.item_id, h.kind) == ("l1", "title")]
    assert title.lang == shown  # the interface's language, else the course's default
    assert {h.item_id for h in hits} == {h.item_id for h in ui.page.hits}


def test_an_item_found_by_its_title_and_its_text_is_listed_once(qtbot,
                                                                 launch: Launch) -> None:
    ui = search_ui(launch())
    hits = type_and_wait(qtbot, ui, "text")  # the item "Text" says "Text with a figure."
    assert {"title", "text"} <= {h.kind for h in hits if h.item_id == "l1-text"}
    [shown] = [h for h in ui.page.hits if h.item_id == "l1-text"]
    assert shown.kind == "text"  # what the text says: the row shows the title anyway
    assert "figure" in ui.page.model.index(ui.page.hits.index(shown), 0).data()
    items = [h.item_id for h in ui.page.hits]
    assert len(items) == len(set(items))


def test_a_fact_sheet_page_is_found(qtbot, launch: Launch) -> None:
    ui = search_ui(launch())
    type_and_wait(qtbot, ui, "Fact sheet page")
    assert ("l1-sheet", "factsheet") in {(h.item_id, h.kind) for h in ui.page.hits}


def test_only_the_newest_query_shows_its_results(qtbot, launch: Launch) -> None:
    controller = launch()
    ui = search_ui(controller)
    delivered: list[str] = []
    ui.runner.results_ready.connect(lambda text, _hits: delivered.append(text))
    with qtbot.waitSignal(controller.worker.idle, timeout=10_000):
        ui.runner.run("Welcome")
        ui.runner.run("figure")
    assert delivered == ["figure"]
    assert ui.page.hits[0].item_id == "l1-text"


def test_how_many_results_or_none_is_announced(qtbot, launch: Launch,
                                               announced: Announced) -> None:
    """The results come while the focus stays in the box: a screen reader is told."""
    ui = search_ui(launch())
    hits = type_and_wait(qtbot, ui, "figure")
    said = QCoreApplication.translate("SearchResultsPage", "%n result(s) for “{text}”.", "",
                                      len(ui.page.hits)).format(text="figure")
    assert hits and said.startswith(f"{len(ui.page.hits)} result")
    assert announced[-1] == (said, False)
    qtbot.keyClicks(ui.box, "xyzzy")  # "figurexyzzy"
    qtbot.waitUntil(lambda: not ui.page.hits, timeout=10_000)
    assert announced[-1] == (ui.page.heading.text(), False)
    assert announced[-1][0].startswith("Nothing found for “figurexyzzy”.")


def test_clearing_the_box_goes_back_and_nothing_found_is_said(qtbot, launch: Launch) -> None:
    controller = launch()
    ui = search_ui(controller)
    window = controller.window
    assert window is not None
    before = window.pages.currentWidget()
    assert type_and_wait(qtbot, ui, "xyzzy") == []
    assert "Nothing found" in ui.page.heading.text()
    assert window.pages.currentWidget() is ui.page
    with qtbot.waitSignal(ui.runner.results_ready, timeout=10_000):
        qtbot.keyClick(ui.box, Qt.Key.Key_Escape)
    assert ui.box.text() == ""
    assert window.pages.currentWidget() is before


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_nothing_found_points_to_the_courses_languages_when_not_the_learners(
        qtbot, launch: Launch, lang: str) -> None:
    ui = search_ui(launch(lang=lang))  # the course is in English and French
    assert type_and_wait(qtbot, ui, "xyzzy") == []
    said = ui.page.heading.text()
    assert ("English" in said and "Français" in said) == (lang == "es")


def test_ctrl_f_focuses_the_box_and_escape_in_the_list_returns_to_it(
    qtbot, launch: Launch
) -> None:
    controller = launch()
    ui = search_ui(controller)
    window = controller.window
    assert window is not None
    # Shortcuts need an active window, which a display without a window manager never gives:
    # find the window's action bound to Ctrl+F and trigger it as the shortcut would.
    find = [a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+F")]
    assert len(find) == 1
    window.tree.setFocus()
    find[0].trigger()
    assert window.focusWidget() is ui.box
    type_and_wait(qtbot, ui, "Text")
    qtbot.keyClick(ui.box, Qt.Key.Key_Down)
    assert window.focusWidget() is ui.page.list
    qtbot.keyClick(ui.page.list, Qt.Key.Key_Escape)
    assert window.focusWidget() is ui.box
    qtbot.keyClick(ui.box, Qt.Key.Key_Tab)  # the results next, before the toolbar's buttons
    assert window.focusWidget() is ui.page.list
    assert ui.page.list.accessibleName() == "Search results"
    assert ui.box.accessibleName() == "Search the courses"


def test_enter_before_the_results_came_moves_into_them_when_they_come(
        qtbot, launch: Launch) -> None:
    controller = launch()
    ui = search_ui(controller)
    window = controller.window
    assert window is not None
    type_and_wait(qtbot, ui, "Welcome")  # an earlier search's results are on the page
    ui.box.setFocus()
    ui.box.selectAll()
    with qtbot.waitSignal(ui.runner.results_ready, timeout=10_000) as blocker:
        qtbot.keyClicks(ui.box, "figure")
        qtbot.keyClick(ui.box, Qt.Key.Key_Return)
        assert window.focusWidget() is ui.box  # not into the old results
    assert blocker.args is not None and blocker.args[0] == "figure"
    assert window.focusWidget() is ui.page.list
    assert ui.page.hits[0].item_id == "l1-text" and ui.page.list.currentIndex().row() == 0


def test_snippets_show_the_match_in_bold_and_escape_markup() -> None:
    assert snippet_html("a <b>&\x02word\x03 z") == "a &lt;b&gt;&amp;<b>word</b> z"


def test_a_fact_sheet_hit_opens_the_sheet_at_its_page_as_pictures_or_text(
        qtbot, launch: Launch) -> None:
    controller = launch()
    ui = search_ui(controller)
    window = controller.window
    assert window is not None
    type_and_wait(qtbot, ui, "sheet page 2")
    hit = ui.page.hits[0]
    assert (hit.item_id, hit.kind, hit.page, hit.start_s) == ("l1-sheet", "factsheet", 1, None)
    assert "Fact sheet, page 2" in ui.page.model.index(0, 0).data()
    assert ui.open_hit(hit)
    viewer = window.item_page.pdf_viewer
    qtbot.waitUntil(lambda: viewer.current_page == 1)
    assert viewer.page_box.value() == 2
    # Read as text, the same hit opens the text at that page once it is read.
    viewer.go_to_page(0)
    with qtbot.waitSignal(viewer.text_shown, timeout=10_000):
        viewer.set_text_mode(True)
    window.back_to_lesson()
    with qtbot.waitSignal(viewer.text_shown, timeout=10_000):
        assert ui.open_hit(hit)
    assert viewer.current_page == 1 and viewer.page_box.value() == 2
    # The caret is on the words found there (tests/ui/test_find_in_text.py).
    assert viewer.text_view.textCursor().selectedText() == "sheet page 2"
