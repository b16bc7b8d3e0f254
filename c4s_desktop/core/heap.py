"""How the C library's allocator holds memory for this process (glibc on Linux; elsewhere these
do nothing).

glibc gives threads malloc arenas of their own and keeps what they free for reuse. libVLC's
decoder threads, started anew for every video, each filled an arena that was never given
back: resident memory doubled over 20 videos (``bench/video_memory.py``). Capping the arenas
helps only if done before the process starts its first thread (``MALLOC_ARENA_MAX`` is read
even earlier, when the process starts, so ``os.environ`` is too late: :func:`cap_arenas` calls
``mallopt``), and :func:`trim` hands freed memory back after a video is closed.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

M_ARENA_MAX = -8  # mallopt's parameter number, from glibc's malloc.h
ARENAS = 1
"""Arenas for the whole process: the UI thread, the store worker and libVLC's threads share it
(allocation is a small part of their work; each arena more costs megabytes per video)."""


@cache
def _glibc() -> Any:
    """The C library when it is glibc (it has ``mallopt`` and ``malloc_trim``), else None."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here: ctypes costs start-up time on systems where this does nothing

    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


def cap_arenas(arenas: int = ARENAS) -> bool:
    """Let threads started from now on share at most ``arenas`` malloc arenas.

    Call it first thing in ``main``, before any thread starts. True when glibc took it.
    """
    libc = _glibc()
    return libc is not None and libc.mallopt(M_ARENA_MAX, arenas) == 1


def trim() -> None:
    """Give the memory freed in every arena back to the system (after a video is closed)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
