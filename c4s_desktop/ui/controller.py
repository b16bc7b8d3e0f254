"""Start-up and the jobs behind the window: open the store, offer the demo, load the library.

Every store access is a job on the :class:`StoreWorker`; this object only reacts to results.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import CancelledError, DataDirBusyError, StoreError
from c4s_desktop.core.logs import configure_logging
from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.progress.last_run import settle_last_run
from c4s_desktop.ui import disk_use
from c4s_desktop.ui.errors import error_text, show_error
from c4s_desktop.ui.first_launch import demo_packs_to_offer, install_demo_packs
from c4s_desktop.ui.launch import LaunchOptions
from c4s_desktop.ui.library_data import LibraryPack, load_library
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.pack_manager import PackManager
from c4s_desktop.ui.pool_job import PoolJob
from c4s_desktop.ui.progress_screen_flow import ProgressScreenFlow
from c4s_desktop.ui.progress_session import ProgressSession
from c4s_desktop.ui.search_ui import attach_search
from c4s_desktop.ui.session import Session
from c4s_desktop.ui.settings_flow import SettingsFlow
from c4s_desktop.ui.translations import install_translators, peek_language, settled_language
from c4s_desktop.ui.worker import StoreWorker, Task

if TYPE_CHECKING:
    from c4s_desktop.core.packs.install import InstallResult
    from c4s_desktop.core.store.database import Store
    from c4s_desktop.ui.class_progress_flow import ClassProgressFlow
    from c4s_desktop.ui.disk_use import Storage
    from c4s_desktop.ui.error_dialog import ErrorDialog
    from c4s_desktop.ui.get_packs_dialog import GetPacksDialog
    from c4s_desktop.ui.opening_dialog import OpeningDialog
    from c4s_desktop.ui.progress_exchange import ProgressExchange
    from c4s_desktop.ui.restore_offer import RestoreOffer
    from c4s_desktop.ui.sync_flow import SyncFlow

log = logging.getLogger("c4s.ui")

SLOW_OPEN_MS = 1000
"""How long opening the data folder may take before the learner is told what it does."""


class AppController(QObject):
    """Owns the store worker and the main window for one run of the app."""

    finished = Signal(int)
    """The app should end with this exit code."""
    ready = Signal()
    """Start-up is over: library shown, demo installed, ``--open`` done, no job running, the
    data folder measured."""

    def __init__(self, options: LaunchOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.options = options
        self.interactive = options.screenshot is None
        self.worker = StoreWorker(self)
        self.worker.opened.connect(self._opened)
        self.worker.open_failed.connect(self._open_failed)
        self.worker.open_progress.connect(self._open_progressed)
        self.window: MainWindow | None = None
        self.session = Session(self)
        self.progress: ProgressSession | None = None
        self.install_task: Task | None = None
        self.sync: SyncFlow | None = None
        self.get_packs: GetPacksDialog | None = None
        self.backup_job: PoolJob | None = None
        """The backup after start, while it runs (see :meth:`_backup_after_start`)."""
        self.exchange: ProgressExchange | None = None
        self.class_flow: ClassProgressFlow | None = None
        self.startup_dialog: ErrorDialog | None = None
        self.restore_offer: RestoreOffer | None = None
        """The offer of a backup after damage found at start, if made."""
        self.is_ready = False
        self._idle_once = False
        self._measuring = 0
        """Disk-use measurements under way (each on a thread of its own)."""
        self.restart = False
        """Start the app again once this run ends (the learner changed the language)."""
        self.opening_dialog: OpeningDialog | None = None
        """Shown while a slow opening keeps the window away (see :meth:`_opening_is_slow`)."""
        self._open_stage: tuple[str, int, int] | None = None
        """The step opening (or the whole-file check after it) reported last, until the
        first library load, which follows them."""
        self._opening_over = False
        self._quitting = False

    def start(self) -> None:
        """Open the data folder in the writer thread; the rest follows from its signals."""
        try:
            configure_logging(DataDir(self.options.data_dir).logs, "app")
        except OSError as exc:  # the store's own error explains an unwritable folder
            log.warning("no log file: %s", exc)
        log.info("starting on %s", self.options.data_dir)
        on_open = (partial(settled_language, first_run=self.options.lang)
                   if self.options.lang_from_settings else None)
        # Learners' runs keep the day's backup; a screenshot run (docs, benchmarks) leaves the
        # data folder as it found it.
        self.worker.start(self.options.data_dir, on_open, backup_at_close=self.interactive)
        QTimer.singleShot(SLOW_OPEN_MS, self._opening_is_slow)

    def shutdown(self) -> None:
        """Cancel what runs, close the store and release the data folder."""
        if self.sync is not None:
            self.sync.shutdown()
        if self.get_packs is not None:
            self.get_packs.shutdown()
        if self.backup_job is not None and self.backup_job.running:
            self.backup_job.cancel.set()  # the copy is dropped; the next start makes it
        self.worker.stop()

    # --- Opening ---------------------------------------------------------------------------

    def _open_progressed(self, stage: str, done: int, total: int) -> None:
        self._open_stage = (stage, done, total)
        if self.opening_dialog is not None:
            self.opening_dialog.show_stage(stage, done, total)

    def _opening_is_slow(self) -> None:
        """A second has gone by: say what takes so long, if something still does."""
        stage = self._open_stage
        if self.window is None and not self._opening_over:
            from c4s_desktop.ui.opening_dialog import OpeningDialog

            if self.options.lang_from_settings:  # the store tells it only once open
                saved = peek_language(DataDir(self.options.data_dir).database)
                if saved is not None:
                    self._speak(saved)

            dialog = self.opening_dialog = OpeningDialog()
            dialog.quit_requested.connect(self._quit_opening)
            if stage is not None:
                dialog.show_stage(*stage)
            dialog.show()
        elif self.window is not None and stage is not None and stage[0] == "check":
            from c4s_desktop.ui.opening_dialog import reassurance, stage_text

            self.window.home_page.show_message(f"{stage_text('check')}\n\n{reassurance()}")

    def _speak(self, lang: str) -> None:
        """Use ``lang`` for every text shown from now on."""
        app = QCoreApplication.instance()
        if lang != self.options.lang and app is not None:
            install_translators(app, lang)
            self.options = replace(self.options, lang=lang)

    def _quit_opening(self) -> None:
        self._quitting = True
        self.worker.stop_opening()  # open_failed follows, with a CancelledError

    def _opening_ended(self) -> None:
        self._opening_over = True
        if self.opening_dialog is not None:
            self.opening_dialog.finish()
            self.opening_dialog = None

    def _open_failed(self, exc: BaseException) -> None:
        self._opening_ended()
        if isinstance(exc, CancelledError):  # asked to quit: the next start takes it up again
            log.info("opening the data folder stopped")
            self.finished.emit(0)
            return
        log.warning("cannot open the data folder: %s", getattr(exc, "code", exc))
        if self.window is not None:
            self.window.hide()  # the check after opening found damage: only the error stays
        if not self.interactive:
            print(error_text(exc), file=sys.stderr)
            self.finished.emit(1)
            return
        if isinstance(exc, StoreError) and exc.code in ("store.corrupt", "store.missing"):
            # (those two are chosen only when a backup exists)
            from c4s_desktop.ui.restore_offer import RestoreOffer

            self.restore_offer = RestoreOffer(self.options.data_dir, exc, self)
            self.restore_offer.finished.connect(self._restore_answered)
            self.restore_offer.open()
            return
        self.startup_dialog = show_error(None, exc)  # no window yet: kept alive here
        if isinstance(exc, DataDirBusyError):
            self.startup_dialog.setWindowTitle(self.tr("C4S Desktop is already open"))
        self.startup_dialog.finished.connect(lambda _result: self.finished.emit(1))

    def _restore_answered(self, restored: bool) -> None:
        self.restart = restored  # start again on the restored database
        self.finished.emit(0 if restored else 1)

    def _opened(self) -> None:
        self._opening_ended()
        if self._quitting:  # Quit came as the last step ended
            self.finished.emit(0)
            return
        lang = self.worker.open_result
        if isinstance(lang, str):
            self._speak(lang)  # the data folder's setting, before any widget
        # Queued before the window is built, so the worker reads the library meanwhile; the
        # result is delivered once this method has returned and the window exists.
        self.worker.run(partial(_demo_or_library, demo_dir=self.options.demo_dir),
                        on_done=self._first_load)
        # What a cut run left (drafts, open sessions; logged in core) is settled next, before
        # this run records anything (a learner's statement would move the cut session's end
        # into this run), and after the library, which the first paint needs.
        self.worker.run(lambda store, _task: settle_last_run(store),
                        on_error=lambda exc: log.warning("the last run's drafts and sessions "
                                                         "not settled: %r", exc))
        window = MainWindow(BlobStore(DataDir(self.options.data_dir)), self.options.lang)
        window.closed.connect(lambda: self.finished.emit(0))
        window.home_page.cancel_requested.connect(self._cancel_install)
        self.worker.unhandled_error.connect(partial(show_error, window))
        self.window = window
        window.on_item_page(lambda page: page.use_services(self.worker, self.session,
                                                           self.options.video_backend))
        self.progress = ProgressSession(self.worker, window, self.session, self.options)
        self.progress_screen = ProgressScreenFlow(self.worker, window, self.session,
                                                  self.options.lang)
        self.packs = PackManager(self.worker, window, self.options.lang)
        self.packs.library_changed.connect(self.reload_library)
        self.search = attach_search(window, self.worker, self.options.lang)
        self.settings = SettingsFlow(self.worker, window, self.options.lang)
        self.settings.restart_requested.connect(self._restart)
        window.get_packs_action.triggered.connect(self.open_get_packs)
        window.save_progress_action.triggered.connect(
            lambda: self.progress_exchange().ask_where_to_save())
        window.load_progress_action.triggered.connect(
            lambda: self.progress_exchange().ask_what_to_load())
        for action in (window.save_progress_action, window.class_progress_action):
            self.session.learner_changed.connect(
                lambda learner, action=action: action.setEnabled(learner is not None))
        window.class_progress_action.triggered.connect(lambda: self.class_progress().open())
        if self.interactive:  # a screenshot run never goes on the network
            from c4s_desktop.ui.sync_flow import SyncFlow

            self.sync = SyncFlow(self.worker, window, DataDir(self.options.data_dir))
            self.progress.statements_stored.connect(self._activity)
            self.sync.progress_pulled.connect(self._progress_pulled)
        if window.opens_maximized:
            window.showMaximized()
        else:
            window.show()

    def _first_load(self, result: tuple[list[Path], list[LibraryPack]]) -> None:
        self._open_stage = None  # the check, if any, ran before this first job
        paths, packs = result
        if paths:
            self._offer_demo(paths)
        else:
            self._library_loaded(packs)

    def _restart(self) -> None:
        self.restart = True
        if self.window is not None:
            self.window.close()

    # --- First launch ----------------------------------------------------------------------

    def _offer_demo(self, paths: list[Path]) -> None:
        if not paths:
            self._load_library()
            return
        assert self.window is not None
        self.window.home_page.show_installing(
            self.tr("Installing the demo course, so you can start learning right away…")
        )
        self.install_task = self.worker.run(
            lambda store, task: install_demo_packs(store, task, paths),
            on_done=self._demo_installed,
            on_error=self._demo_failed,
            on_progress=self.window.home_page.set_progress,
        )

    def _cancel_install(self) -> None:
        if self.install_task is not None:
            self.install_task.cancel()

    def _demo_installed(self, results: list[InstallResult]) -> None:
        self.install_task = None
        log.info("demo installed: %s", ", ".join(r.pack_id for r in results))
        self._load_library()

    def _demo_failed(self, exc: BaseException) -> None:
        self.install_task = None
        if not isinstance(exc, CancelledError) and self.interactive:
            show_error(self.window, exc)
        elif not isinstance(exc, CancelledError):
            print(error_text(exc), file=sys.stderr)
        self._load_library()

    # --- The library -----------------------------------------------------------------------

    def _load_library(self) -> None:
        self.worker.run(load_library, on_done=self._library_loaded)

    def _library_loaded(self, packs: list[LibraryPack]) -> None:
        window = self.window
        assert window is not None
        window.set_library(packs)
        assert self.progress is not None
        self.progress.set_library(packs)
        target = self.options.open_target
        if target is not None and not window.open_item(*target):
            text = self.tr("There is no item {target} in the library.").format(
                target="/".join(target)
            )
            window.statusBar().showMessage(text)
            if not self.interactive:
                print(text, file=sys.stderr)
                self.finished.emit(1)
                return
        self.search.start(self.options.search)
        self.refresh_disk_use()
        if self.sync is not None:  # the window is painted: now sync may start
            self.sync.start()
        self.worker.idle.connect(self._became_idle)

    def reload_library(self) -> None:
        """Load the library again (packs were added or removed), show it, measure the disk."""
        self.worker.run(load_library, on_done=self._library_reloaded)

    def _library_reloaded(self, packs: list[LibraryPack]) -> None:
        if self.window is not None:
            self.window.set_library(packs)
        if self.progress is not None:
            self.progress.set_library(packs)
        self.refresh_disk_use()

    def refresh_disk_use(self) -> None:
        """Measure the data folder beside the store worker (see :mod:`disk_use`) and show the
        figure in the status bar."""
        self._measuring += 1
        disk_use.measure(self.options.data_dir, self._disk_measured, self._disk_not_measured,
                         parent=self)

    def _disk_measured(self, storage: Storage) -> None:
        self._measuring -= 1
        if self.window is not None:
            self.window.set_disk_use(storage.used, str(self.options.data_dir))
        self._maybe_ready()

    def _disk_not_measured(self, exc: BaseException) -> None:
        self._measuring -= 1
        log.warning("could not measure the data folder: %r", exc)
        self._maybe_ready()

    def _activity(self) -> None:
        if self.sync is not None:
            self.sync.activity()

    def _progress_pulled(self) -> None:
        if self.progress is not None and self.window is not None:
            self.progress.set_library(self.window.packs)  # reloads the learner's states

    def open_get_packs(self) -> GetPacksDialog:
        """Show the "Get packs" dialog (made once) and read the server's catalog."""
        if self.get_packs is None:
            from c4s_desktop.ui.get_packs_dialog import GetPacksDialog

            assert self.window is not None
            self.get_packs = GetPacksDialog(self.worker, DataDir(self.options.data_dir),
                                            self.options.lang, self.window,
                                            can_set_up=self.sync is not None)
            self.get_packs.library_changed.connect(self.reload_library)
            if self.sync is not None:
                dialog, sync = self.get_packs, self.sync
                dialog.setup_requested.connect(lambda: sync.open_setup(dialog))
                sync.enrolled.connect(dialog.refresh)
        self.get_packs.open()
        self.get_packs.refresh()
        return self.get_packs

    def progress_exchange(self) -> ProgressExchange:
        """What saves and loads progress files (made, and its module loaded, on first use)."""
        if self.exchange is None:
            from c4s_desktop.ui.progress_exchange import ProgressExchange

            assert self.window is not None
            self.exchange = ProgressExchange(self.worker, self.window, self.session,
                                             self.options.data_dir)
            self.exchange.progress_loaded.connect(self._progress_loaded)
        return self.exchange

    def class_progress(self) -> ClassProgressFlow:
        """View → Class progress… (made, and its modules loaded, on first use)."""
        if self.class_flow is None:
            from c4s_desktop.ui.class_progress_flow import ClassProgressFlow

            assert self.window is not None
            self.class_flow = ClassProgressFlow(self.worker, self.window, self.session,
                                                self.options.lang)
        return self.class_flow

    def _progress_loaded(self) -> None:
        self._progress_pulled()
        self._activity()  # a computer that syncs relays what it was given soon

    def _became_idle(self) -> None:
        self.worker.idle.disconnect(self._became_idle)
        self._idle_once = True
        self._maybe_ready()

    def _maybe_ready(self) -> None:
        if self._idle_once and not self._measuring and not self.is_ready:
            self.is_ready = True
            self.ready.emit()
            if self.interactive:
                self._backup_after_start()

    def _backup_after_start(self) -> None:
        """The backup the last close had no time for (see ``daily_backup``): once the store
        worker says the file was found sound, copied on a thread of its own, so that the
        learner's progress and answers do not queue behind a copy of the whole database."""
        self.worker.run(lambda store, _task: store.writable and store.checked_at is not None,
                        on_done=self._start_backup)

    def _start_backup(self, checked: bool) -> None:
        if not checked or not self.worker.running:
            return
        from c4s_desktop.core.store.daily_backup import after_start  # not at start: timed

        data_dir = DataDir(self.options.data_dir)
        self.backup_job = PoolJob(lambda job: after_start(data_dir, job.cancel.is_set),
                                  on_done=self._backup_ended, on_error=self._backup_ended,
                                  parent=self, thread_name="c4s-backup").start()

    def _backup_ended(self, result: object) -> None:
        self.backup_job = None
        if isinstance(result, BaseException):  # logged; the next start tries again
            log.warning("no backup after start: %s", getattr(result, "code", result))
        elif result is not None:
            log.info("backup after start: %s", result)


def _demo_or_library(
    store: Store, task: Task, demo_dir: Path
) -> tuple[list[Path], list[LibraryPack]]:
    """The demo packs to offer; when there are none, the library at once (one start-up job)."""
    paths = demo_packs_to_offer(store, demo_dir)
    return paths, [] if paths else load_library(store, task)
