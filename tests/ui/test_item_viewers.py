"""Opening items: course texts with images from the blob store, PDFs, and placeholders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import (
    QAccessible,
    QDesktopServices,
    QHelpEvent,
    QKeySequence,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.ui.main_window import MainWindow
from tests.ui.conftest import FIGURE_SIZE, PACK_ID, PDF_PAGES, Launch


def test_a_document_shows_its_text_and_its_image_from_the_pack(launch: Launch) -> None:
    window = launch().window
    assert window is not None
    assert window.open_item(PACK_ID, "l1-text")
    view = window.item_page.document_view
    assert window.item_page.stack.currentWidget() is view
    assert "Text with a figure." in view.toPlainText()
    image = view.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("figure.png"))
    assert (image.width(), image.height()) == FIGURE_SIZE
    assert image.pixelColor(5, 5).name() == "#ff0000"
    outside = view.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("../../outside.png")
    )
    assert outside.isNull()


def test_the_document_follows_the_learners_language(launch: Launch) -> None:
    window = launch(lang="fr").window
    assert window is not None
    window.open_item(PACK_ID, "l2-text")
    assert "Texte." in window.item_page.document_view.toPlainText()
    assert window.item_page.title.text() == "Text"


def test_zoom_changes_the_text_size(launch: Launch) -> None:
    window = launch().window
    assert window is not None
    window.open_item(PACK_ID, "l1-text")
    view = window.item_page.document_view
    before = view.font().pointSizeF()
    window.item_page.zoom_by(2)
    assert view.font().pointSizeF() == before + 2
    window.item_page.reset_zoom()
    assert view.font().pointSizeF() == before


def test_esc_and_alt_left_go_back_to_the_lesson_with_the_item_selected(
        qtbot, launch: Launch) -> None:
    window = launch().window
    assert window is not None
    assert window.open_item(PACK_ID, "l1-text")
    view = window.item_page.document_view
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.lesson_page
    assert window.lesson_page.items.currentItem().text(0).endswith("Text")
    # Alt+Left is the button's own shortcut (a shortcut needs the active window, which a
    # display without a window manager never gives).
    assert window.item_page.back_button.shortcut() == QKeySequence("Alt+Left")


class UrlCatcher(QObject):
    """Receives what QDesktopServices.openUrl would hand to the system browser."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def _question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def test_a_web_link_asks_before_opening_the_browser(qtbot, launch: Launch) -> None:
    window = launch().window
    assert window is not None
    window.open_item(PACK_ID, "l1-text")
    view = window.item_page.document_view
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        view.anchorClicked.emit(QUrl("https://example.org/guide"))
        box = _question(qtbot)
        assert "https://example.org/guide" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()
        assert catcher.urls == []
        view.anchorClicked.emit(QUrl("https://example.org/guide"))
        _question(qtbot).button(QMessageBox.StandardButton.Open).click()
        qtbot.waitUntil(lambda: catcher.urls == ["https://example.org/guide"])
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_a_fact_sheet_opens_in_the_pdf_viewer(qtbot, launch: Launch) -> None:
    window = launch().window
    assert window is not None
    assert window.open_item(PACK_ID, "l1-sheet")
    viewer = window.item_page.pdf_viewer
    assert window.item_page.showing_pdf
    assert viewer.page_count == PDF_PAGES
    assert viewer.page_total.text() == f"of {PDF_PAGES}"
    assert not viewer.previous_button.isEnabled() and viewer.next_button.isEnabled()
    viewer.go_to_page(1)
    qtbot.waitUntil(lambda: viewer.current_page == 1)
    assert viewer.page_box.value() == 2
    qtbot.waitUntil(lambda: bool(viewer.rendered_pages), timeout=10_000)


def test_the_pdf_bar_says_each_button_once_and_still_shows_its_tooltip(
        qtbot, launch: Launch) -> None:
    """A screen reader gets a button's description from its tooltip when it has none: a tooltip
    repeating the name made it say the name twice ("Zoom in, Zoom in")."""
    window = launch().window
    assert window is not None
    window.show()
    assert window.open_item(PACK_ID, "l1-sheet")
    viewer = window.item_page.pdf_viewer
    buttons = [viewer.previous_button, viewer.next_button, viewer.zoom_out_button,
               viewer.zoom_in_button, viewer.fit_button, viewer.save_button,
               viewer.print_button, viewer.text_button]
    for button in buttons:
        said = QAccessible.queryAccessibleInterface(button)
        assert said is not None
        name = said.text(QAccessible.Text.Name)
        assert name == button.accessibleName() and name
        assert said.text(QAccessible.Text.Description) != name
    qtbot.waitExposed(window)
    zoom = viewer.zoom_in_button
    centre = zoom.rect().center()
    QApplication.sendEvent(zoom, QHelpEvent(QEvent.Type.ToolTip, centre, zoom.mapToGlobal(centre)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Zoom in"  # the glyph "+" is still explained to the eye
    QToolTip.hideText()


def test_a_damaged_fact_sheet_says_so(qtbot, launch: Launch) -> None:
    window = launch().window
    assert window is not None
    window.open_item(PACK_ID, "l2-sheet")  # packkit's sheet.pdf is not a real PDF
    assert window.item_page.stack.currentWidget() is window.item_page.message
    qtbot.waitUntil(lambda: "cannot" in window.item_page.message.text(), timeout=5_000)
    # Its bytes are whole, so the advice must not stop at adding the same pack again.
    assert "not a PDF this app can read" in window.item_page.message.text()
    assert "tell whoever gave it to you" in window.item_page.message.text()


def test_a_fact_sheet_missing_from_the_library_says_to_add_its_course_again(
        qtbot, app_dir: Path, launch: Launch) -> None:
    controller = launch()
    window = controller.window
    assert window is not None
    for blob in (app_dir / "store").rglob("*"):
        if blob.is_file() and blob.read_bytes().startswith(b"%PDF"):
            blob.unlink()
    window.open_item(PACK_ID, "l1-sheet")
    assert window.item_page.stack.currentWidget() is window.item_page.message
    qtbot.waitUntil(lambda: "missing from the library" in window.item_page.message.text(),
                    timeout=5_000)


def _damaged(app_dir: Path, launch: Launch, pack_path: str) -> MainWindow:
    """The window, once one byte in the middle of ``pack_path``'s blob has changed (its size
    kept), as a failing disk or a bad copy of the data folder would do."""
    window = launch().window
    assert window is not None
    pack = next(pack for pack in window.packs if pack.id == PACK_ID)
    blob = DataDir(app_dir).blob_path(pack.manifest.files[pack_path].sha256)
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x01
    blob.chmod(0o644)
    blob.write_bytes(bytes(data))
    return window


def test_a_fact_sheet_damaged_on_this_computer_says_to_add_its_course_again(
        qtbot, app_dir: Path, launch: Launch) -> None:
    window = _damaged(app_dir, launch, "l1/sheet.pdf")
    window.open_item(PACK_ID, "l1-sheet")  # shown while its file is checked on a thread
    qtbot.waitUntil(lambda: window.item_page.stack.currentWidget() is window.item_page.message,
                    timeout=5_000)
    assert window.item_page.pdf_viewer.document.pageCount() == 0  # nothing of it stays
    assert window.item_page.message.text() == (
        "This fact sheet cannot be opened: its file is damaged on this computer; add its "
        "course again (File → Add packs…) to repair it.")


def test_a_fact_sheet_check_that_ends_after_another_item_opened_changes_nothing(
        qtbot, app_dir: Path, launch: Launch) -> None:
    window = _damaged(app_dir, launch, "l1/sheet.pdf")
    window.open_item(PACK_ID, "l1-sheet")
    window.open_item(PACK_ID, "l1-text")  # before the sheet's check has answered
    page = window.item_page
    qtbot.wait(300)  # the check's answer is delivered by the event loop meanwhile
    assert page.stack.currentWidget() is page.document_view
    assert "damaged" not in page.message.text()


def test_a_text_damaged_on_this_computer_is_not_shown(app_dir: Path, launch: Launch) -> None:
    window = _damaged(app_dir, launch, "l1/text.en.md")
    window.open_item(PACK_ID, "l1-text")
    view = window.item_page.document_view
    assert "Text with a figure." not in view.toPlainText()
    assert view.toPlainText() == ("This text is missing from the library or damaged; add its "
                                  "course again (File → Add packs…) to repair it.")


def test_a_video_missing_from_the_library_says_to_add_its_course_again(
        app_dir: Path, launch: Launch) -> None:
    window = launch().window
    assert window is not None
    pack = next(pack for pack in window.packs if pack.id == PACK_ID)
    blob = DataDir(app_dir).blob_path(pack.manifest.files["l1/video.mp4"].sha256)
    blob.unlink()
    window.open_item(PACK_ID, "l1-video")
    page = window.item_page
    assert page.stack.currentWidget() is page.message
    assert page.message.text() == (
        "This video cannot be opened: its file is missing or damaged; add its course again "
        "(File → Add packs…) to repair it.")
    assert page.video_view.place is None  # no engine told to play a file that is not there


def test_a_damaged_video_opens_in_the_player_and_says_so(qtbot, launch: Launch) -> None:
    window = launch(open_target=(PACK_ID, "l1-video")).window  # packkit's video is noise
    assert window is not None
    page = window.item_page
    assert page.stack.currentWidget() is page.video_view
    assert not page.previous_button.isEnabled() and page.next_button.isEnabled()
    page.video_view.play()
    qtbot.waitUntil(lambda: "cannot be played" in page.video_view.notice.text(), timeout=20_000)
    assert page.video_view.screen_stack.currentWidget() is page.video_view.poster
