"""Who is learning, and what their opening and reading adds to their progress.

Wires the learner dialog, the learner switcher and the Continue action into the main window;
records "launched" when an item opens, "completed" when a fact sheet opens or a course text is
read to the end, "exited" for the item open when the window closes or another learner signs
in (so time spent stops there), and updates the tree and the lesson page from the states the
record returns.
Every store access is a store-worker job.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import Learner, list_learners, sign_in
from c4s_desktop.core.progress.derive import ItemState
from c4s_desktop.core.progress.item_events import (
    ItemRef,
    completed,
    exited,
    launched,
    record_item_events,
)
from c4s_desktop.core.progress.summary import Opened
from c4s_desktop.core.xapi.statements import Statement
from c4s_desktop.ui.errors import error_text, show_error
from c4s_desktop.ui.launch import LaunchOptions
from c4s_desktop.ui.layouts import tab_reachable
from c4s_desktop.ui.learner_switcher import LearnerSwitcher
from c4s_desktop.ui.library_data import ItemPlace, LibraryPack
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.progress_jobs import LearnerProgress, load_progress, sign_in_by_name
from c4s_desktop.ui.progress_reading import ReadToEndWatcher
from c4s_desktop.ui.progress_view_model import ProgressViewModel
from c4s_desktop.ui.session import Session
from c4s_desktop.ui.worker import StoreWorker

if TYPE_CHECKING:  # the dialog's module loads when someone is first asked, after the paint
    from c4s_desktop.ui.item_page import ItemPage
    from c4s_desktop.ui.learner_dialog import LearnerDialog

CONTINUE_SHORTCUT = "Ctrl+Shift+C"
STATUS_MS = 10_000
"""How long a word about Continue stays in the status bar."""


class ProgressSession(QObject):
    """The signed-in learner's side of the window."""

    progress_loaded = Signal()
    """The signed-in learner's states are loaded and shown."""
    recorded = Signal(str, str)
    """(pack id, item id): statements about the item are stored and the views updated."""
    statements_stored = Signal()
    """Any record job stored statements (they wait to be synced)."""

    def __init__(self, worker: StoreWorker, window: MainWindow, session: Session,
                 options: LaunchOptions) -> None:
        super().__init__(window)
        self._worker = worker
        self._window = window
        self._options = options
        self.session = session
        self.view = ProgressViewModel()
        self.dialog: LearnerDialog | None = None
        self._packs: list[LibraryPack] = []
        self._learners: list[Learner] = []
        self._asked = False
        self._loaded_for: str | None = None
        self._open: tuple[Learner, ItemPlace] | None = None
        """The non-video item the signed-in learner has open (its time is still counting)."""
        window.model.set_completion(self.view.completion)
        window.lesson_page.set_state(self.view.state)
        window.item_opened.connect(self._item_opened)
        self.reading: ReadToEndWatcher | None = None
        window.on_item_page(self._watch_item_page)
        self.switcher = LearnerSwitcher()
        self.switcher.learner_picked.connect(self._switch_to)
        self.switcher.new_requested.connect(self._new_learner)
        self.continue_action = QAction(self.tr("&Continue where I left off"), window)
        self.continue_action.setIconText(self.tr("Continue"))
        self.continue_action.setShortcut(QKeySequence(CONTINUE_SHORTCUT))
        # The key's name as the shortcuts list writes it ("Ctrl+Maj+C" in French).
        self.continue_action.setToolTip(self.tr("Open the item you had open last ({key})").format(
            key=self.continue_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.continue_action.setEnabled(False)
        self.continue_action.triggered.connect(self.continue_learning)
        self._add_to_window(window)
        session.learner_changed.connect(self._learner_changed)
        window.closed.connect(self._leave_item)

    def _add_to_window(self, window: MainWindow) -> None:
        toolbar = QToolBar(self.tr("Learning"))
        toolbar.setObjectName("learning-toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.continue_action)
        tab_reachable(toolbar, self.continue_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.switcher)
        window.addToolBar(toolbar)
        first = window.file_menu.actions()[0] if window.file_menu.actions() else None
        window.file_menu.insertAction(first, self.continue_action)  # type: ignore[arg-type]
        window.file_menu.insertSeparator(first)  # type: ignore[arg-type]

    # --- Signing in ------------------------------------------------------------------------

    def set_library(self, packs: list[LibraryPack]) -> None:
        """The library is (re)loaded: the first time, sign someone in; later, reload states."""
        self._packs = packs
        self.view.set_packs(packs)
        self._refresh_views()
        if self.session.learner is not None:
            self._load(self.session.learner)
        elif not self._asked:
            self._asked = True
            name = self._options.learner
            if name is not None:
                self._worker.run(lambda store, _task: sign_in_by_name(store, name),
                                 on_done=self.session.set_learner, on_error=self._failed)
            elif self._options.ask_learner:
                self._worker.run(lambda store, _task: list_learners(store), on_done=self._ask)

    def _ask(self, learners: list[Learner], new: bool = False,
             pin_for: Learner | None = None) -> None:
        if self.dialog is not None:
            self.dialog.close()
        from c4s_desktop.ui.learner_dialog import LearnerDialog

        first = self.session.learner is None
        dialog = LearnerDialog(self._worker, learners, self._window, first=first)
        dialog.signed_in.connect(self.session.set_learner)
        dialog.rejected.connect(self._dialog_rejected)
        if new:
            dialog.show_new()
        elif pin_for is not None:
            dialog.show_pin(pin_for)
        self.dialog = dialog
        dialog.open()

    def _dialog_rejected(self) -> None:
        if self.session.learner is None:
            self._window.close()  # Esc or Quit before anyone signed in ends the app

    def _new_learner(self) -> None:
        self.session.begin_switch()
        self._ask(self._learners, new=True)

    def _switch_to(self, learner: Learner) -> None:
        # Before the PIN is asked or the sign-in job is queued: the leaving learner's last
        # records are stored first, and nothing counts for them while someone types a PIN.
        self.session.begin_switch()
        if learner.has_pin:
            self._ask(self._learners, pin_for=learner)
        else:
            self._worker.run(lambda store, _task: sign_in(store, learner.id),
                             on_done=self.session.set_learner,
                             on_error=partial(self._switch_failed, learner))

    def _switch_failed(self, learner: Learner, exc: BaseException) -> None:
        if isinstance(exc, InputError) and exc.code == "learner.wrong_pin":
            # Their PIN was set after this list was read (becoming the trainer, or with
            # `c4s learners trainer`): ask for it rather than refuse them.
            self._ask(self._learners, pin_for=replace(learner, has_pin=True))
        else:
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        if self._options.screenshot is None:
            show_error(self._window, exc)
        else:
            print(error_text(exc), file=sys.stderr)

    def _watch_item_page(self, page: ItemPage) -> None:
        page.states_recorded.connect(self._stored)
        self.reading = ReadToEndWatcher(page.document_view, self)
        self.reading.reached_end.connect(self._read_to_end)

    def _learner_changed(self, learner: Learner | None) -> None:
        self._leave_item()
        if self.reading is not None:
            self.reading.disarm()
        self.view.set_states({})
        self.view.last_opened = None
        self._refresh_views()
        self._loaded_for = None
        self.continue_action.setEnabled(False)
        self.switcher.set_learners(learner, self._learners)
        if learner is not None:
            self._load(learner)

    def _load(self, learner: Learner) -> None:
        packs, lang = list(self._packs), self._options.lang
        self._worker.run(lambda store, _task: load_progress(store, learner.id, packs, lang),
                         on_done=self._loaded)

    def _loaded(self, progress: LearnerProgress) -> None:
        learner = self.session.learner
        if learner is None or learner.id != progress.learner_id:
            return  # someone else signed in meanwhile
        self._learners = progress.learners
        self.switcher.set_learners(learner, progress.learners)
        self.view.set_states(progress.states)
        self.view.last_opened = progress.last_opened
        self._refresh_views()
        self._loaded_for = learner.id
        self.continue_action.setEnabled(bool(self._packs))
        place = self._window.opened_item
        if place is not None:
            self._item_opened(place)
        self.progress_loaded.emit()

    def _refresh_views(self, pack_id: str | None = None) -> None:
        self._window.model.refresh_completion(pack_id)
        self._window.lesson_page.refresh_states()

    # --- Recording -------------------------------------------------------------------------

    def _item_opened(self, place: ItemPlace) -> None:
        learner = self.session.learner
        if self.reading is not None:
            self.reading.disarm()
        if learner is None or learner.id != self._loaded_for:
            return  # nobody signed in, or their states are still loading
        ref = ItemRef(place.pack.manifest, place.lesson, place.item)
        statements = [launched(learner.id, ref, self._options.lang)]
        # A video's time is its played spans: only other items count until the next statement.
        self._open = None if place.item.type == "video" else (learner, place)
        done = self.view.item_state(place.pack.id, place.item.id).done
        if place.item.type == "factsheet" and self._window.item_page.showing_pdf and not done:
            statements.append(completed(learner.id, ref, self._options.lang))
        self.view.last_opened = Opened(place.pack.id, place.item.id, place.lesson.id)
        self._record(learner, place, statements)
        if self.reading is not None and self._window.item_page.showing_text:
            self.reading.arm((place.pack.id, place.item.id))

    def _leave_item(self) -> None:
        """Record that the session left the open item (queued before the worker stops)."""
        if self._open is None or not self._worker.running:
            return  # a window closed after the store: the time-spent cap has to do
        learner, place = self._open
        self._open = None
        ref = ItemRef(place.pack.manifest, place.lesson, place.item)
        self._record(learner, place, [exited(learner.id, ref, self._options.lang)])

    def _read_to_end(self, key: object) -> None:
        place = self._window.opened_item
        learner = self.session.learner
        if place is None or learner is None or key != (place.pack.id, place.item.id):
            return
        ref = ItemRef(place.pack.manifest, place.lesson, place.item)
        self._record(learner, place, [completed(learner.id, ref, self._options.lang)])

    def _record(self, learner: Learner, place: ItemPlace, statements: list[Statement]) -> None:
        manifest, lang = place.pack.manifest, self._options.lang
        self._worker.run(
            lambda store, _task: record_item_events(store, learner.id, manifest, statements, lang),
            on_done=partial(self._stored, learner.id, place.pack.id, place.item.id),
        )

    def _stored(self, learner_id: str, pack_id: str, item_id: str,
                states: dict[str, ItemState]) -> None:
        self.statements_stored.emit()
        if self.show_item_states(learner_id, pack_id, states):
            self.recorded.emit(pack_id, item_id)

    def show_item_states(self, learner_id: str, pack_id: str,
                         states: dict[str, ItemState]) -> bool:
        """Show new item states of one pack (returned by any record job: video, quiz...) in
        the tree and the lesson page; False when that learner is no longer signed in."""
        learner = self.session.learner
        if learner is None or learner.id != learner_id:
            return False
        self.view.update_pack(pack_id, states)
        self._refresh_views(pack_id)
        return True

    # --- Continue --------------------------------------------------------------------------

    def continue_learning(self) -> bool:
        """Open the item the learner had open last (else the first not done); False if none.

        Never silently: the status bar (and a screen reader) says why nothing opened, or that
        the item opened stands in for one a course update removed."""
        target = self.view.continue_target()
        if target is None:
            self._tell(self.tr("Every course is complete: there is nothing left to continue."))
            return False
        if not self._window.open_item(target.pack_id, target.item_id):
            self._tell(self.tr("The item to continue with is no longer in the library."))
            return False
        if target.instead:
            self._tell(self.tr("The item you had open last was removed by a course update; "
                               "here is the next one."))
        return True

    def _tell(self, text: str) -> None:
        from c4s_desktop.ui.announce import announce  # when first needed: not at start

        self._window.statusBar().showMessage(text, STATUS_MS)
        announce(self._window.statusBar(), text)
