"""How this process holds memory: the C library's allocator (glibc on Linux; elsewhere those
functions do nothing) and Python's cycle collector during start-up.

glibc gives threads malloc arenas of their own and keeps what they free for reuse. libVLC's
decoder threads, started anew for every video, each filled an arena that was never given
back: resident memory doubled over 20 videos (``bench/video_memory.py``). Capping the arenas
helps only if done before the process starts its first thread (``MALLOC_ARENA_MAX`` is read
even earlier, when the process starts, so ``os.environ`` is too late: :func:`cap_arenas` calls
``mallopt``), and :func:`trim` hands freed memory back after a video is closed.

Start-up makes some 30,000 objects that live as long as the app (modules, classes, widgets):
the cycle collector, run every 700 allocations, walked them some sixty times for nothing
(about 8 ms of a start), and every later full collection would walk them again (a pause while
a video plays), the interpreter's last one at exit too (~20 ms of every quit).
:func:`pause_collector` holds the collector during start-up; :func:`resume_collector` moves
what start-up made out of its sight (``gc.freeze``) and lets it run again. The few hundred
objects start-up left in reference cycles (tens of KiB, measured at 391) are kept for the life
of the process rather than paying a full collection for them. What start-up freed on the
way is handed back to the system then too (``malloc_trim``, well under a millisecond).
"""

from __future__ import annotations

import gc
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


def pause_collector() -> None:
    """Hold Python's cycle collector while the app starts (reference counting still frees)."""
    gc.disable()


def resume_collector() -> None:
    """Start-up is over: set what it made aside from the collector, let the collector run and
    give back what start-up freed (the library read's rows, SQLite's cache: about 0.5 MiB)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
        trim()
