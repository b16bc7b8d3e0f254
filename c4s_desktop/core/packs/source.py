"""Reading a pack in either form: a folder, or a ``.c4spack`` ZIP archive.

A source lists its files with the sizes its container declares and opens each one for
reading. It never writes, so packs install from read-only media.
"""

from __future__ import annotations

import io
import os
import stat
import unicodedata
import zipfile
import zlib
from abc import ABC, abstractmethod
from pathlib import Path
from types import TracebackType
from typing import IO, Any, BinaryIO

from c4s_desktop.core.errors import InputError, PackError
from c4s_desktop.core.packs.zipraw import stored_entry_reader

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024


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
        with self.open(path) as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise PackError(too_large_code, pack=str(self.location), path=path, limit=limit)
        return data

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
        self.close()


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
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISLNK(info.st_mode):
                    raise PackError("pack.symlink", pack=str(self.location), path=rel)
                if stat.S_ISDIR(info.st_mode):
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

    def open(self, path: str) -> BinaryIO:
        real, _ = self._scan()[path]
        try:
            return open(real, "rb")
        except OSError as exc:
            raise PackError(
                "pack.unreadable", pack=str(self.location), detail=f"{path}: {exc.strerror}"
            ) from exc


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
        except BaseException:
            self._zip.close()
            raise
        self._fd = os.open(location, os.O_RDONLY)

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
        if info.compress_type == zipfile.ZIP_STORED and self._fd is not None:
            return stored_entry_reader(self._fd, info, str(self.location))  # type: ignore[return-value]
        try:
            entry = self._zip.open(info, "r")
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError) as exc:
            raise PackError("pack.bad_zip", pack=str(self.location), detail=str(exc)) from exc
        return _CheckedEntry(entry, str(self.location))  # type: ignore[return-value]

    def read_small(self, path: str, limit: int, too_large_code: str) -> bytes:
        if self._infos[path].file_size > limit:
            raise PackError(too_large_code, pack=str(self.location), path=path, limit=limit)
        try:
            return super().read_small(path, limit, too_large_code)
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise PackError("pack.bad_zip", pack=str(self.location), detail=str(exc)) from exc

    def close(self) -> None:
        self._zip.close()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class _CheckedEntry(io.RawIOBase):
    """A compressed entry being read: damaged bytes (a wrong CRC, a broken deflate stream, an
    entry cut short) raise the damaged-pack error instead of zipfile's or zlib's own."""

    def __init__(self, entry: IO[bytes], pack: str) -> None:
        super().__init__()
        self._entry = entry
        self._pack = pack

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._entry.read(len(buffer))
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise PackError("pack.bad_zip", pack=self._pack, detail=str(exc)) from exc
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._entry.close()
        super().close()


def open_pack(path: Path) -> PackSource:
    """Open a pack folder or ``.c4spack`` file; raise a clear error for anything else."""
    if path.is_dir():
        return FolderSource(path)
    if not path.exists():
        raise InputError("pack.not_found", pack=str(path))
    try:
        with open(path, "rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise PackError("pack.unreadable", pack=str(path), detail=exc.strerror) from exc
    if not zipfile.is_zipfile(path):
        if magic == b"PK\x03\x04":
            raise PackError("pack.bad_zip", pack=str(path), detail="no central directory")
        raise PackError("pack.not_a_pack", pack=str(path))
    return ZipSource(path)
