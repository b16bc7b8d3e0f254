"""How much disk the data folder uses, measured on a thread of its own.

The walk visits every file of every installed pack: thousands of them, seconds on an old
disk. As a store-worker job it would hold every answer and video position queued behind it;
it reads no database, so it runs beside the store worker instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from c4s_desktop.ui.pool_job import PoolJob


@dataclass(frozen=True)
class Storage:
    """Bytes the data folder uses, and bytes free on its disk."""

    used: int
    free: int


def folder_size(root: Path) -> int:
    """The bytes used by every file under ``root`` (symbolic links are not followed)."""
    total = 0
    stack = [root]
    while stack:
        try:
            entries = list(os.scandir(stack.pop()))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=False):
                    total += entry.stat(follow_symlinks=False).st_size
            except OSError:
                continue
    return total


def measure_storage(root: Path) -> Storage:
    """The disk use of ``root`` and the free space on its disk."""
    return Storage(folder_size(root), shutil.disk_usage(root).free)


def measure(root: Path, on_done: Callable[[Storage], None],
            on_error: Callable[[BaseException], None], parent: QObject) -> PoolJob:
    """Measure ``root`` on a background thread; ``on_done``/``on_error`` run on the UI thread."""
    return PoolJob(lambda _job: measure_storage(root), on_done, on_error, parent=parent,
                   thread_name="c4s-disk").start()
