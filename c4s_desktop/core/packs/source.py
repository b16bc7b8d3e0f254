"""Reading a pack in either form: a folder, or a ``.c4spack`` ZIP archive.

A source lists its files with the sizes its container declares and opens each one for
reading. It never writes, so packs install from read-only media.

An OS error while a pack is read is raised as a :class:`PackError`, never as a bare
``OSError``, so that a caller installing several packs can name this one and go on with the
next: ``pack.drive_lost`` once the pack is open (a USB stick pulled out, a failing drive),
``pack.unreadable`` before that or for a file it may not read.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import os
import posixpath
import stat
import unicodedata
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any, BinaryIO

from c4s_desktop.core.errors import InputError, PackError
from c4s_desktop.core.packs.zipraw import stored_entry_reader

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024

# What Finder and Explorer write into a FAT or exFAT stick just by browsing it. A folder pack
# may hold these beside its listed files: they are never installed, so ignoring them leaves
# the signature's guarantee whole. Nothing else unlisted is ever ignored.
OS_METADATA_FILES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})
OS_METADATA_FOLDERS = frozenset(
    {"System Volume Information", ".Trashes", ".Spotlight-V100", ".fseventsd"}
)
APPLEDOUBLE_PREFIX = "._"
PERMISSION_ERRNOS = frozenset({errno.EACCES, errno.EPERM})

log = logging.getLogger("c4s.packs")


def is_os_metadata_file(path: str) -> bool:
    """True when ``path``'s file name is one an operating system writes while browsing
    (``.DS_Store``, ``Thumbs.db``, ``desktop.ini``, an AppleDouble ``._name``)."""
    name = posixpath.basename(path)
    return name in OS_METADATA_FILES or (
        name.startswith(APPLEDOUBLE_PREFIX) and len(name) > len(APPLEDOUBLE_PREFIX)
    )


def read_error(exc: OSError, pack: str, path: str) -> PackError:
    """The error for ``exc``, raised while reading ``path`` of a pack that opened fine.

    A permission problem is ``pack.unreadable``; anything else means the drive stopped
    answering (pulled out, a FUSE mount gone, a failing stick): ``pack.drive_lost``.
    """
    detail = f"{path}: {exc.strerror or exc}" if path else str(exc.strerror or exc)
    code = "pack.unreadable" if exc.errno in PERMISSION_ERRNOS else "pack.drive_lost"
    return PackError(code, pack=pack, detail=detail)


class PackSource(ABC):
    """One pack, opened for reading."""

    def __init__(self, location: Path) -> None:
        self.location = location

    @abstractmethod
    def entries(self) -> dict[str, int]:
        """Every file but the manifest and signature: path -> size declared by the container."""

    @abstractmethod
    def open(self, path: str) -> BinaryIO:
        """Open one file of the pack for reading."""

    @abstractmethod
    def has(self, path: str) -> bool:
        """True when the container holds ``path`` (manifest and signature included)."""

    def close(self) -> None:  # noqa: B027 - a folder holds nothing open
        """Release what the source holds open."""

    def read_small(self, path: str, limit: int, too_large_code: str) -> bytes:
        """Read a whole small file, refusing one larger than ``limit`` bytes."""
        data = bytearray()
        with self.open(path) as fh:
            # a raw reader may return less than asked (FUSE, network drives): read to the end
            while len(data) <= limit:
                chunk = fh.read(limit + 1 - len(data))
                if not chunk:
                    break
                data += chunk
        if len(data) > limit:
            raise PackError(too_large_code, pack=str(self.location), path=path, limit=limit)
        return bytes(data)

    def is_os_metadata(self, path: str) -> bool:
        """True when ``path``, if the manifest does not list it, is an operating system's
        browsing litter to ignore rather than a file slipped into the pack (folders only)."""
        return False

    def read_manifest(self) -> bytes:
        """The exact bytes of ``manifest.json``."""
        if not self.has(MANIFEST):
            raise PackError("pack.no_manifest", pack=str(self.location))
        return self.read_small(MANIFEST, MAX_MANIFEST_BYTES, "manifest.too_large")

    def read_signature(self) -> bytes | None:
        """The bytes of ``manifest.sig``, or None for an unsigned pack."""
        if not self.has(SIGNATURE):
            return None
        return self.read_small(SIGNATURE, MAX_SIGNATURE_BYTES, "pack.signature_too_large")

    def __enter__(self) -> PackSource:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        _close_after(self.close, exc, str(self.location))


class FolderSource(PackSource):
    """A pack laid out as plain files in a folder (USB sticks, file managers)."""

    def __init__(self, location: Path) -> None:
        super().__init__(location)
        self._entries: dict[str, tuple[Path, int]] | None = None

    def _scan(self) -> dict[str, tuple[Path, int]]:
        if self._entries is not None:
            return self._entries
        found: dict[str, tuple[Path, int]] = {}
        pending: list[tuple[Path, str]] = [(self.location, "")]
        while pending:
            folder, prefix = pending.pop()
            try:
                items = list(os.scandir(folder))
            except OSError as exc:
                raise PackError(
                    "pack.unreadable", pack=str(self.location), detail=exc.strerror
                ) from exc
            for entry in items:
                rel = unicodedata.normalize("NFC", prefix + entry.name)
                try:
                    info = entry.stat(follow_symlinks=False)
                except OSError as exc:
                    raise PackError(
                        "pack.unreadable", pack=str(self.location), detail=f"{rel}: {exc.strerror}"
                    ) from exc
                if stat.S_ISLNK(info.st_mode):
                    raise PackError("pack.symlink", pack=str(self.location), path=rel)
                if stat.S_ISDIR(info.st_mode):
                    if entry.name in OS_METADATA_FOLDERS:
                        # never read: macOS makes .Trashes unreadable to other users
                        continue
                    pending.append((Path(entry.path), rel + "/"))
                elif stat.S_ISREG(info.st_mode):
                    if rel in found:
                        raise PackError("pack.duplicate_entry", pack=str(self.location), path=rel)
                    found[rel] = (Path(entry.path), info.st_size)
                else:
                    raise PackError("pack.special_file", pack=str(self.location), path=rel)
        self._entries = found
        return found

    def entries(self) -> dict[str, int]:
        return {
            path: size
            for path, (_, size) in self._scan().items()
            if path not in (MANIFEST, SIGNATURE)
        }

    def has(self, path: str) -> bool:
        return path in self._scan()

    def is_os_metadata(self, path: str) -> bool:
        return is_os_metadata_file(path)

    def open(self, path: str) -> BinaryIO:
        real, _ = self._scan()[path]
        try:
            raw = open(real, "rb", buffering=0)  # noqa: SIM115 - the caller closes the entry
        except OSError as exc:
            raise read_error(exc, str(self.location), path) from exc
        return _GuardedEntry(raw, str(self.location), path)  # type: ignore[return-value]


class ZipSource(PackSource):
    """A pack in one ``.c4spack`` ZIP archive."""

    def __init__(self, location: Path) -> None:
        super().__init__(location)
        self._fd: int | None = None
        try:
            self._zip = zipfile.ZipFile(location, "r")
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
            raise PackError("pack.bad_zip", pack=str(location), detail=str(exc)) from exc
        except OSError as exc:
            raise PackError("pack.unreadable", pack=str(location), detail=exc.strerror) from exc
        self._infos: dict[str, zipfile.ZipInfo] = {}
        try:
            self._index()
            self._fd = os.open(location, os.O_RDONLY)
        except BaseException as exc:
            _close_after(self._zip.close, exc, str(location))
            if isinstance(exc, OSError):
                raise PackError(
                    "pack.unreadable", pack=str(location), detail=exc.strerror
                ) from exc
            raise

    def _index(self) -> None:
        """Index the entries, refusing links, encrypted and duplicate entries."""
        location = self.location
        for info in self._zip.infolist():
            name = info.filename
            if name.endswith("/"):
                continue
            mode = info.external_attr >> 16
            if info.create_system == 3 and stat.S_ISLNK(mode):
                raise PackError("pack.symlink", pack=str(location), path=name)
            if info.flag_bits & 0x1:
                raise PackError("pack.encrypted_entry", pack=str(location), path=name)
            if name in self._infos:
                raise PackError("pack.duplicate_entry", pack=str(location), path=name)
            self._infos[name] = info

    def entries(self) -> dict[str, int]:
        return {
            name: info.file_size
            for name, info in self._infos.items()
            if name not in (MANIFEST, SIGNATURE)
        }

    def has(self, path: str) -> bool:
        return path in self._infos

    def open(self, path: str) -> BinaryIO:
        info = self._infos[path]
        pack = str(self.location)
        try:
            entry: IO[bytes]
            if info.compress_type == zipfile.ZIP_STORED and self._fd is not None:
                entry = stored_entry_reader(self._fd, info, pack)  # type: ignore[assignment]
            else:
                entry = self._zip.open(info, "r")
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError) as exc:
            raise PackError("pack.bad_zip", pack=pack, detail=str(exc)) from exc
        except OSError as exc:
            raise read_error(exc, pack, path) from exc
        return _GuardedEntry(entry, pack, path)  # type: ignore[return-value]

    def read_small(self, path: str, limit: int, too_large_code: str) -> bytes:
        if self._infos[path].file_size > limit:
            raise PackError(too_large_code, pack=str(self.location), path=path, limit=limit)
        return super().read_small(path, limit, too_large_code)

    def close(self) -> None:
        """Close the archive and its descriptor (both, even when the first fails)."""
        fd, self._fd = self._fd, None
        try:
            with contextlib.ExitStack() as closing:
                if fd is not None:
                    closing.callback(os.close, fd)
                self._zip.close()
        except OSError as exc:
            raise read_error(exc, str(self.location), "") from exc


class _GuardedEntry(io.RawIOBase):
    """One file of a pack being read. An OS error (the drive pulled out) raises the pack's
    read error, and damaged compressed bytes (a wrong CRC, a broken deflate stream, an entry
    cut short) the damaged-pack error, instead of the OS's, zipfile's or zlib's own."""

    def __init__(self, entry: IO[bytes], pack: str, path: str) -> None:
        super().__init__()
        self._entry = entry
        self._pack = pack
        self._path = path

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            n = self._entry.readinto(buffer)  # type: ignore[attr-defined]
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise PackError("pack.bad_zip", pack=self._pack, detail=str(exc)) from exc
        except OSError as exc:
            raise read_error(exc, self._pack, self._path) from exc
        return int(n or 0)

    def close(self) -> None:
        if self.closed:
            return
        try:
            self._entry.close()
        except OSError as exc:
            raise read_error(exc, self._pack, self._path) from exc
        finally:
            super().close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        _close_after(self.close, exc, self._pack)


def _close_after(close: Callable[[], None], exc: BaseException | None, pack: str) -> None:
    """Call ``close`` as a ``with`` block over a pack ends.

    After an error, a failing close must not replace it (a pulled drive fails both the read
    and the close, and the read says what happened). After success, reading is over and a
    read-only file loses nothing on close, so its error is only logged: raising it would
    report an install that did complete as failed.
    """
    try:
        close()
    except (OSError, PackError) as close_exc:
        if exc is None:
            log.warning("closing %s failed after reading it whole: %s", pack, close_exc)
        else:
            log.debug("closing %s failed after %r: %s", pack, exc, close_exc)


def open_pack(path: Path) -> PackSource:
    """Open a pack folder or ``.c4spack`` file; raise a clear error for anything else."""
    try:
        if path.is_dir():
            return FolderSource(path)
        if not path.exists():
            raise InputError("pack.not_found", pack=str(path))
        with open(path, "rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise PackError("pack.unreadable", pack=str(path), detail=exc.strerror) from exc
    if not zipfile.is_zipfile(path):
        if magic == b"PK\x03\x04":
            raise PackError("pack.bad_zip", pack=str(path), detail="no central directory")
        raise PackError("pack.not_a_pack", pack=str(path))
    return ZipSource(path)
