"""Telling whether a folder lies on a FAT drive, which holds no file of 4 GiB or more.

Packs travel on USB sticks, many of them formatted FAT32. Writing a pack there that a FAT
drive cannot hold fails only after gigabytes were written, so a build asks first. Only Linux
says cheaply which file system holds a folder (``/proc/self/mounts``); elsewhere the answer is
"not known", and the write's own error (EFBIG) tells.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FAT_MAX_FILE_SIZE = 4 * 1024**3 - 1
FAT_TYPES = frozenset({"vfat", "msdos", "fat"})
MOUNTS = Path("/proc/self/mounts")
# /proc/mounts writes space, tab, newline and backslash in a mount point as octal escapes.
_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")


def fat_in_mounts(folder: Path, mounts: str) -> bool:
    """True when the absolute ``folder`` lies on a FAT file system, as ``mounts`` (the text
    of ``/proc/mounts``) says: the deepest mount point holding it decides."""
    target = folder.as_posix()
    best, fstype = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _OCTAL_ESCAPE.sub(lambda m: chr(int(m[1], 8)), fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        # ">=": of two mounts on one point, the later one (listed last) is the one seen.
        if inside and len(point) >= len(best):
            best, fstype = point, fields[2]
    return fstype in FAT_TYPES


def on_fat(folder: Path) -> bool:
    """True when ``folder`` is known to lie on a FAT drive; False when not, or not known."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mounts = MOUNTS.read_text("utf-8", errors="replace")
    except OSError:
        return False
    return fat_in_mounts(folder.resolve(), mounts)
