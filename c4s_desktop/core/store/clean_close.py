"""Whether the database needs its whole-file check at open: the mark a clean close leaves.

``PRAGMA quick_check`` reads every page of the database: on a library of 50 packs that is
3,000 page reads, a sixth of a second from a cold disk, and more as a learner's statements
pile up. It only finds something when the file was damaged: by a process killed mid-write, a
power cut, a copy or a restore. So a writer that closes the store cleanly leaves a small mark
beside the database with the file's size and modification time and when it was last fully
checked; the next writer takes the mark away at open (so a crash during that run leaves none)
and skips the check only if the file is exactly as it was left and was checked within
:data:`CHECK_EVERY_S`. Anything else (no mark, a changed or replaced file, a copy of the data
folder even with its times kept, a leftover write-ahead log, an unreadable mark) means the full
check, as before.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

from c4s_desktop.core.datadir import DataDir

MARK_NAME = "c4s.closed"
CHECK_EVERY_S = 7 * 24 * 3600
"""Even after clean closes, the whole file is checked at least once a week (slow bit rot)."""


def _mark(data_dir: DataDir) -> Path:
    return data_dir.root / MARK_NAME


def _file_state(database: Path) -> tuple[int, int, int, int] | None:
    """(size, modification time in ns, device, inode) of the database, or None when a log
    waits beside it. The device and inode tell a copy (``cp -a``, a restored backup, another
    disk) from the very file that was closed."""
    wal = database.with_name(database.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return None  # the next open replays it: what the file holds is not what was left
        st = database.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_dev, st.st_ino


def take(data_dir: DataDir, now: float | None = None) -> float | None:
    """Remove the mark; return when the file was last fully checked if the check may be skipped.

    None means: check the whole file now.
    """
    path = _mark(data_dir)
    try:
        text = path.read_text("utf-8")
    except OSError:
        return None
    try:
        path.unlink()
    except OSError:
        return None  # a mark that cannot go would vouch for a run that may crash: check
    try:
        mark = json.loads(text)
        state = (int(mark["size"]), int(mark["mtime_ns"]), int(mark["device"]),
                 int(mark["inode"]))
        checked_at = float(mark["checked_at"])
    except (ValueError, KeyError, TypeError):
        return None
    now = time.time() if now is None else now
    if not 0 <= now - checked_at <= CHECK_EVERY_S:
        return None
    if _file_state(data_dir.database) != state:
        return None
    return checked_at


def leave(data_dir: DataDir, checked_at: float) -> None:
    """After the database is closed: note its state and when it was last fully checked."""
    state = _file_state(data_dir.database)
    if state is None:
        return
    path = _mark(data_dir)
    temp = path.with_name(path.name + ".tmp")
    try:
        size, mtime_ns, device, inode = state
        temp.write_text(json.dumps({"size": size, "mtime_ns": mtime_ns, "device": device,
                                    "inode": inode, "checked_at": checked_at}), "utf-8")
        os.replace(temp, path)
    except OSError:  # no mark: the next start checks, which is always safe
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
