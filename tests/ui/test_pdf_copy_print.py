"""A fact sheet saved as a copy where the learner chooses, and printed (here: to a PDF file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from c4s_desktop.core.errors import InputError
from c4s_desktop.ui.error_dialog import ErrorDialog
from c4s_desktop.ui.pdf_view import PdfViewer
from tests.ui.conftest import PACK_ID, PDF_PAGES, Launch


def open_sheet(launch: Launch) -> PdfViewer:
    controller = launch()
    assert controller.window is not None
    assert controller.window.open_item(PACK_ID, "l1-sheet")
    viewer = controller.window.item_page.pdf_viewer
    assert viewer.save_button.isEnabled() and viewer.print_button.isEnabled()
    return viewer


def test_save_a_copy_offers_the_name_and_copies_the_file(qtbot, launch: Launch,
                                                         tmp_path: Path) -> None:
    viewer = open_sheet(launch)
    dialog = viewer.ask_where_to_save()
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.selectedFiles()[0].endswith("sheet.pdf")
    dialog.reject()
    target = tmp_path / "out" / "my sheet.pdf"
    target.parent.mkdir()
    with qtbot.waitSignal(viewer.copy_finished, timeout=10_000) as done:
        viewer.save_copy_as(target)
    assert done.args == [target, None]
    assert target.read_bytes() == (tmp_path / "course-src" / "l1" / "sheet.pdf").read_bytes()
    assert not list(target.parent.glob(".*.part"))
    window = viewer.window()
    assert window.statusBar().currentMessage() == f"Saved a copy as {target}"


def test_a_copy_that_cannot_be_written_says_why(qtbot, launch: Launch, tmp_path: Path) -> None:
    viewer = open_sheet(launch)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    target = blocker / "sheet.pdf"  # a folder that is a file: no copy can go there
    with qtbot.waitSignal(viewer.copy_finished, timeout=10_000) as done:
        viewer.save_copy_as(target)
    assert isinstance(done.args[1], InputError)
    dialogs = [d for d in viewer.findChildren(ErrorDialog) if d.isVisible()]
    assert len(dialogs) == 1, "the learner is not told"
    assert dialogs[0].message.text() == (
        f"The copy cannot be saved as {target}. Choose another place, then try again.")
    assert f"detail: {done.args[1].technical}" in dialogs[0].details  # for "Copy details"
    assert not target.exists()
    dialogs[0].close()


def test_print_renders_every_page(qtbot, launch: Launch, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    viewer = open_sheet(launch)
    dialog = viewer.ask_to_print()
    assert isinstance(dialog, QPrintDialog)
    dialog.reject()
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert viewer.print_to(printer) == PDF_PAGES
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == PDF_PAGES
    image = printed.render(0, printed.pagePointSize(0).toSize())
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 1, "the printed page is blank"
