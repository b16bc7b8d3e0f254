"""View → My progress: shows the progress screen, loads its report and saves certificates.

The report and the certificate's signed facts are store-worker jobs; the screen is reloaded
every time it is shown, so it always matches the statements.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QToolBar, QWidget

from c4s_desktop.core.errors import C4SError
from c4s_desktop.core.learners import Learner
from c4s_desktop.core.packs.manifest import pick_text
from c4s_desktop.ui.errors import show_error
from c4s_desktop.ui.layouts import tab_reachable
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.session import Session
from c4s_desktop.ui.worker import StoreWorker

if TYPE_CHECKING:  # signing (cryptography) and the PDF writer (segno): when a certificate is made
    from PySide6.QtWidgets import QFileDialog

    from c4s_desktop.core.certificates.issue import IssuedCertificate
    from c4s_desktop.core.progress.report import ProgressReport
    from c4s_desktop.ui.progress_screen import ProgressScreen

UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class ProgressScreenFlow(QObject):
    """Owns the progress screen page of the main window."""

    report_shown = Signal()
    """A freshly loaded report is on the screen."""
    certificate_saved = Signal(str)
    """The path of a certificate PDF just written."""

    def __init__(self, worker: StoreWorker, window: MainWindow, session: Session, lang: str,
                 ) -> None:
        super().__init__(window)
        self._worker = worker
        self._window = window
        self._session = session
        self._lang = lang
        self._previous: QWidget | None = None
        self.dialog: QFileDialog | None = None
        self._screen: ProgressScreen | None = None
        window.progress_action.triggered.connect(self.open)
        toolbar = window.findChild(QToolBar, "learning-toolbar")
        if isinstance(toolbar, QToolBar):
            first = toolbar.actions()[1] if len(toolbar.actions()) > 1 else None
            toolbar.insertAction(first, window.progress_action)  # type: ignore[arg-type]
            tab_reachable(toolbar, window.progress_action)
        session.learner_changed.connect(self._learner_changed)

    @property
    def screen(self) -> ProgressScreen:
        """The progress screen, a page of the window made on first use (not at start)."""
        if self._screen is None:
            from c4s_desktop.ui.progress_screen import ProgressScreen

            self._screen = ProgressScreen(self._lang)
            self._window.pages.addWidget(self._screen)
            self._screen.open_requested.connect(self._open_item)
            self._screen.back_requested.connect(self.back)
            self._screen.certificate_requested.connect(self.ask_certificate_path)
            QShortcut(QKeySequence("Escape"), self._screen, self.back)
        return self._screen

    @property
    def showing(self) -> bool:
        """True while the progress screen is the page on the right."""
        return self._screen is not None and self._window.pages.currentWidget() is self._screen

    def open(self) -> None:
        """Show the progress screen and load the signed-in learner's report into it."""
        if not self.showing:
            self._previous = self._window.pages.currentWidget()
            page = self._window.item_page_if_made
            if page is not None:
                page.close_video()
            self._window.pages.setCurrentWidget(self.screen)
            self.screen.point_back_to(self._back_name())
        self.refresh()

    def _back_name(self) -> str:
        """Where :meth:`back` goes, in words for a screen reader (the button says "Back")."""
        window, previous = self._window, self._previous
        item_page = window.item_page_if_made
        if previous is None:
            return self.tr("Back to the lesson")
        for page in (item_page, window.lesson_page):
            if previous is page and page.title.text():  # the item's or the lesson's title
                return self.tr("Back to {title}").format(title=page.title.text())
        if previous is window.home_page:
            return self.tr("Back to the welcome page")
        if previous.findChild(QWidget, "search-results") is not None:  # search_results.py's
            return self.tr("Back to the search results")
        return ""  # the screen's "Back to the previous page"

    def back(self) -> None:
        """Return to the page shown before the progress screen."""
        if self.showing:
            previous = self._previous
            page = self._window.item_page_if_made
            if page is not None and previous is page and page.place is not None:
                self._window.open_item(page.place.pack.id, page.place.item.id)
            elif previous is not None:
                self._window.pages.setCurrentWidget(previous)
            else:
                self._window.back_to_lesson()

    def refresh(self) -> None:
        """Load the report again (a store job); the screen shows it when it arrives."""
        learner = self._session.learner
        if learner is None:
            self.screen.show_message(self.tr("Choose who is learning first: your progress is "
                                             "kept under your name."))
            return
        self.screen.show_message(self.tr("Loading your progress…"))
        manifests = [pack.manifest for pack in self._window.packs]
        from c4s_desktop.core.progress.report import build_report

        self._worker.run(lambda store, _task: build_report(store, learner, manifests),
                         on_done=self._loaded, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        show_error(self._window, exc)

    def _loaded(self, report: ProgressReport) -> None:
        learner = self._session.learner
        if learner is None or learner.id != report.learner_id:
            return  # someone else signed in meanwhile; their report is on its way
        self.screen.set_report(report)
        self.report_shown.emit()

    def _learner_changed(self, _learner: Learner | None) -> None:
        if self.showing:
            self.refresh()

    def _open_item(self, pack_id: str, item_id: str) -> None:
        self._previous = None
        self._window.open_item(pack_id, item_id)

    # --- Certificates ----------------------------------------------------------------------

    def ask_certificate_path(self, pack_id: str) -> None:
        """Ask where to save the certificate of the completed course ``pack_id``."""
        report = self.screen.report
        course = next((c for c in report.courses if c.pack_id == pack_id), None) if report else None
        if report is None or course is None:
            return
        title = pick_text(course.title, self._lang, course.default_language)
        name = UNSAFE_IN_FILE_NAMES.sub(" ", self.tr("Certificate - {course} - {learner}").format(
            course=title, learner=report.learner_name)).strip()
        # The file dialog's and paths' enum types cost ~2 ms to set up: not at start.
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        dialog = self.dialog = QFileDialog(self._window, self.tr("Save certificate"),
                                           str(Path(folder) / f"{name}.pdf"),
                                           self.tr("PDF documents (*.pdf)"))
        dialog.setObjectName("certificate-save-dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(partial(self.save_certificate, pack_id))
        dialog.open()

    def save_certificate(self, pack_id: str, path: str) -> None:
        """Seal the certificate's facts (a store job), then draw the PDF at ``path``."""
        learner = self._session.learner
        if learner is None:
            return
        lang = self._lang
        from c4s_desktop.core.certificates.issue import issue_certificate

        self._worker.run(lambda store, _task: issue_certificate(store, learner, pack_id, lang),
                         on_done=partial(self._write, Path(path)),
                         on_error=self._failed)

    def _write(self, path: Path, issued: IssuedCertificate) -> None:
        from c4s_desktop.ui.certificate_pdf import write_certificate

        try:
            write_certificate(path, issued.facts, issued.sealed, self._lang)
        except C4SError as exc:
            self._failed(exc)
            return
        self._window.statusBar().showMessage(
            self.tr("Certificate saved: {path}").format(path=str(path)))
        self.certificate_saved.emit(str(path))
