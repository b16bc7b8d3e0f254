"""What every ``c4s`` command shares: the data folder, opened lazily, and the log."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from c4s_desktop.core.datadir import DataDir, resolve_data_dir
from c4s_desktop.core.errors import C4SError, DataDirBusyError, StoreError
from c4s_desktop.core.logs import configure_logging
from c4s_desktop.core.packs.trust import seed_default_trust
from c4s_desktop.core.progress.last_run import Settled, left_over, settle_last_run
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.failures import database_expected
from c4s_desktop.core.store.opening import Opening, Stage


class Context:
    """Opens the store on first use, for writing or reading, and closes it at the end.

    Opened for writing, the store is first settled: what the app's last run left when it was
    cut short (drafts, open sessions) is recorded, as the app does at start
    (:mod:`~c4s_desktop.core.progress.last_run`), so that what a command saves, sends or
    counts holds the learner's last answer or video span.
    """

    def __init__(self, data_dir: str | None) -> None:
        self.root = resolve_data_dir(data_dir)
        self._store: Store | None = None
        self.app_holds_folder = False
        """True when :meth:`settled_store` found the folder's lock taken (an app runs on it,
        whose drafts are its own): what it left unrecorded is not settled."""

    @property
    def data_dir(self) -> DataDir:
        return DataDir(self.root)

    def store(self, *, write: bool = True) -> Store:
        """The open store; a writer takes the data folder's lock and settles the last run."""
        if self._store is None or (write and not self._store.writable):
            if self._store is not None:
                self._store.close()
                self._store = None  # a failed opening below leaves none, not a closed one
            self._store = Store.open(self.root, write=write, opening=opening_printer())
            if self._store.writable:
                configure_logging(self.data_dir.logs, "c4s")
                seed_default_trust(self._store)
                _settle(self._store)
        return self._store

    def existing_store(self) -> Store | None:
        """The store for reading if the data folder has a database, else None (nothing made)."""
        if not database_expected(self.data_dir):  # raises when a used folder lost it
            return None
        return self.store(write=False)

    def settled_store(self) -> Store | None:
        """:meth:`existing_store`, for a command that saves or reports progress: when the
        folder holds drafts or open sessions and no app holds its lock, opened for writing
        instead, so what a cut run left is recorded first (:meth:`store`).

        Read-only otherwise, as before: nothing left (one read each of two empty tables), or
        an app running on the folder (:attr:`app_holds_folder`; its drafts are its own to
        record), or a folder that cannot be written now (said on stderr).
        """
        store = self.existing_store()
        if store is None or store.writable or not left_over(store):
            return store
        try:
            return self.store()
        except DataDirBusyError:
            self.app_holds_folder = True
        except StoreError as exc:
            _say(f"warning: what the app's last run left unrecorded (a power cut or a killed "
                 f"run) cannot be recorded now: {exc.message}")
        return self.store(write=False)

    def log_unexpected(self, exc: BaseException) -> str:
        """Log an unexpected exception with its traceback in the data folder's log (set up now
        when the command had not opened the store); say where the details went. Nothing goes
        to the terminal but the one line the caller prints."""
        try:
            path = configure_logging(self.data_dir.logs, "c4s")  # once per file
        except OSError as err:
            return f"its details could not be logged ({err.strerror})"
        logging.getLogger("c4s").error("unexpected error", exc_info=exc)
        return f"details are in {path}"

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _settle(store: Store) -> None:
    """Settle what the last run left in a store just opened for writing; say on stderr what
    was recorded, if anything (stdout stays the command's own, for scripts)."""
    try:
        settled = settle_last_run(store)
    except C4SError as exc:  # as the app: the command goes on, the drafts wait for the next
        logging.getLogger("c4s").warning("the last run's drafts and sessions not settled: %r",
                                         exc)
        _say(f"warning: what the app's last run left unrecorded (a power cut or a killed run) "
             f"could not be recorded: {exc.message}")
        return
    sentence = _settled_sentence(settled)
    if sentence:
        _say(sentence)


def _settled_sentence(settled: Settled) -> str:
    """One plain sentence saying what settling recorded; empty when it recorded nothing."""
    done = []
    if settled.drafts:
        done.append(f"recorded {settled.drafts} unfinished answer(s) or video span(s)")
    if settled.sessions:
        done.append(f"ended {settled.sessions} session(s)")
    if not done:
        return ""
    return (f"{' and '.join(done)} that the app's last run left open when it was cut short "
            "(a power cut or a killed run)")


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def progress_printer(label: str) -> Callable[[int, int], None] | None:
    """A progress callback printing a percentage on stderr, only when it is a terminal."""
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def report(done: int, total: int) -> None:
        pct = 100 if total == 0 else done * 100 // total
        if pct != last[0]:
            last[0] = pct
            end = "\n" if pct >= 100 else ""
            print(f"\r{label}: {pct:3d}%", end=end, file=sys.stderr, flush=True)

    return report


OPENING_STEPS = {
    "check": "checking the database for damage (after a power cut, and once a week)",
    "backup": "keeping a copy of the database before this version updates it",
    "migrate": "updating the database for this version",
}


def opening_printer() -> Opening | None:
    """An :class:`Opening` that prints each long step of opening the store on stderr (a
    schema change or whole-file check can take minutes on a big database), only when stderr
    is a terminal: a line a step, the copy's a percentage (:func:`progress_printer`)."""
    copy = progress_printer(OPENING_STEPS["backup"])
    if copy is None:
        return None
    copied = False

    def report(stage: Stage, done: int, total: int) -> None:
        nonlocal copied
        if stage != "backup":
            print(f"{OPENING_STEPS[stage]}…", file=sys.stderr, flush=True)
        elif total:
            copy(done, total)
            copied = done == total
        elif copied:  # (0, 0) before the copy, whose percentage follows; after it, its check
            print("checking the copy…", file=sys.stderr, flush=True)

    return Opening(report)


def human_size(size: int) -> str:
    """Bytes as a short human-readable figure (decimal units, as disks are sold)."""
    value = float(size)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"


def path_arg(text: str) -> Path:
    """An argparse type for paths."""
    return Path(text)
