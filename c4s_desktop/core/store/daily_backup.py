"""The app's own rolling backups: one a day of use, made as the store closes.

A damaged database with no backup loses every learner's progress on that computer, so the app
backs the database up by itself: when the store worker closes the store at the end of a run,
if the newest backup is older than :data:`BACKUP_EVERY_S`, the whole database (with that
day's work) is copied (see :func:`~c4s_desktop.core.store.backups.make_backup`: atomic,
checked, the oldest pruned only after). Never at start, which is timed, and never on the UI
thread.

Closing must stay quick on an old laptop, so the copy at close gets :data:`CLOSE_BUDGET_S`; a
database too big to copy in that time is left as it is, and a mark (:data:`LATE_MARK`) asks
the next run to make the backup once start-up is over (:func:`after_start`), on a thread of
its own beside the store worker: a year of a class's work copies in seconds on a fast disk
and minutes on an old one, and neither the learner's progress nor their answers may wait
for it. While copies take longer than the budget the mark stays, and the close leaves
backups to the run after start. A backup that fails (a full disk, a read-only folder)
is logged and the app goes on: nothing in the database is touched by a backup.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from c4s_desktop.core.errors import CancelledError
from c4s_desktop.core.store.backups import backup_beside_writer, list_backups, make_backup

if TYPE_CHECKING:
    from c4s_desktop.core.datadir import DataDir
    from c4s_desktop.core.store.database import Store

log = logging.getLogger("c4s.store")

BACKUP_EVERY_S = 20 * 3600
"""A backup is due when the newest is older than this: under a day, so that a learner who
closes the app at about the same time each day gets one each day, yet never two a day."""
CLOSE_BUDGET_S = 1.0
"""The most a close spends copying (a few tens of megabytes on an old disk)."""
LATE_MARK = "backup-after-start"
"""A file in ``backups/``: the database took longer than the close's budget to copy."""


def due(backups: Path, now: float | None = None) -> bool:
    """True when no backup was made in the last :data:`BACKUP_EVERY_S`.

    A newest backup dated in the future (the clock was set back, a dead CMOS battery) does not
    count: with it, no backup would be made until the clock caught up.
    """
    newest = list_backups(backups)
    if not newest:
        return True
    try:
        made = newest[0].stat().st_mtime
    except OSError:
        return True
    age = (time.time() if now is None else now) - made
    return not 0 <= age < BACKUP_EVERY_S


def at_close(store: Store) -> Path | None:
    """Back the database up if one is due, within :data:`CLOSE_BUDGET_S`; the backup or None.

    For the store's writer, after its last job and before :meth:`Store.close`. Never raises:
    whatever goes wrong is logged, and the close goes on with the database as it is.
    """
    backups = store.data_dir.backups
    try:
        if (not store.writable or store.checked_at is None  # a backup of what was checked only
                or (backups / LATE_MARK).exists() or not due(backups)):
            return None
        deadline = time.monotonic() + CLOSE_BUDGET_S
        return make_backup(store.conn, backups, "daily", lambda: time.monotonic() > deadline)
    except CancelledError:
        log.info("backup left for after the next start: it needs more than %.1f s",
                 CLOSE_BUDGET_S)
        _set_late(backups, True)
    except Exception:  # nothing may stop a close: the database itself is untouched
        log.warning("no backup at close", exc_info=True)
    return None


def after_start(data_dir: DataDir, cancel: Callable[[], bool]) -> Path | None:
    """Make the backup the last close had no time for, if still due; else None.

    For a thread beside the store worker once start-up is over and the store's writer has
    found the file sound (a backup of what was checked only); the copy reads through a
    connection of its own (:func:`~c4s_desktop.core.store.backups.backup_beside_writer`).
    ``cancel`` stops the copy between steps, dropping it. Errors are raised for the caller
    to log.
    """
    backups = data_dir.backups
    if not (backups / LATE_MARK).exists() or not due(backups):
        return None
    started = time.monotonic()
    made = backup_beside_writer(data_dir.database, backups, "daily", cancel)
    _set_late(backups, time.monotonic() - started > CLOSE_BUDGET_S)
    return made


def _set_late(backups: Path, late: bool) -> None:
    mark = backups / LATE_MARK
    try:
        if late:
            mark.touch()
        else:
            mark.unlink(missing_ok=True)
    except OSError:  # without the mark, the next close tries again: only time is lost
        log.warning("cannot %s %s", "write" if late else "remove", mark, exc_info=True)
