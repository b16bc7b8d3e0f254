"""Copying bytes while hashing them, in one pass, durably.

``hashlib`` is imported where a hash is made: it loads OpenSSL's libcrypto (3 MiB resident),
and the app imports this module at start without hashing anything.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from c4s_desktop.core.errors import CancelledError, InputError, SpaceError
from c4s_desktop.core.store.database import is_disk_full

CHUNK = 1 << 20


def hash_stream(
    src: BinaryIO, limit: int, cancel: Callable[[], bool] | None = None
) -> tuple[str, int]:
    """SHA-256 and length of ``src``, reading at most ``limit + 1`` bytes."""
    import hashlib

    digest = hashlib.sha256()
    size = 0
    while size <= limit:
        chunk = src.read(min(CHUNK, limit + 1 - size))
        if not chunk:
            break
        digest.update(chunk)
        size += len(chunk)
        if cancel is not None and cancel():
            raise CancelledError("op.cancelled")
    return digest.hexdigest(), size


def copy_hashing(
    src: BinaryIO,
    target: Path,
    limit: int,
    on_bytes: Callable[[int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    *,
    durable: bool = True,
) -> tuple[str, int]:
    """Copy ``src`` to ``target`` and return its SHA-256 and length.

    Reads at most ``limit + 1`` bytes, so a container that lies about a size cannot fill the
    disk. With ``durable`` the file is fsynced before returning; otherwise the caller must
    call :func:`make_durable` before relying on it. On any error ``target`` is removed.
    """
    import hashlib

    digest = hashlib.sha256()
    size = 0
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    readinto = getattr(src, "readinto", None)
    try:
        with open(target, "wb") as out:
            while size <= limit:
                want = min(CHUNK, limit + 1 - size)
                if readinto is not None:
                    n = readinto(view[:want])
                    chunk = view[:n]
                else:
                    data = src.read(want)
                    n = len(data)
                    chunk = memoryview(data)
                if not n:
                    break
                digest.update(chunk)
                out.write(chunk)
                size += n
                if on_bytes is not None:
                    on_bytes(n)
                if cancel is not None and cancel():
                    raise CancelledError("op.cancelled")
            out.flush()
            if durable:
                os.fsync(out.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        if is_disk_full(exc):
            raise SpaceError("space.disk_full", path=str(target.parent)) from exc
        raise
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return digest.hexdigest(), size


def make_durable(tmp: Path, final: Path) -> None:
    """Flush a written file to disk, then give it its final name (so a name means whole)."""
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, final)


@contextlib.contextmanager
def written_whole(target: Path, *, full: str, unwritable: str) -> Iterator[Path]:
    """Write a file the user asked for (a copy, a progress file) as ``target``, whole or not
    at all: the caller writes the yielded hidden path beside it, which is then flushed and
    renamed, and the folder flushed, so a drive pulled right after keeps the file. On an OS
    error the hidden file goes, anything already at ``target`` stays, and the error becomes
    ``SpaceError(full, folder=…)`` or ``InputError(unwritable, path=…, detail=…)``."""
    part = target.with_name(f".{target.name}.part")
    try:
        yield part
        make_durable(part, target)
        fsync_dir(target.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        if not isinstance(exc, OSError):
            raise
        if is_disk_full(exc):
            raise SpaceError(full, folder=str(target.parent)) from exc
        detail = exc.strerror or type(exc).__name__
        raise InputError(unwritable, path=str(target), detail=detail) from exc


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in ``path`` durable (no-op where unsupported)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
