"""Reading a stored (uncompressed) ZIP entry straight from the archive's bytes.

Python's zip reader copies every chunk and computes a CRC-32 that the install does not need:
each byte is already checked against the manifest's SHA-256. Reading the stored bytes with
``pread`` makes installing from a ``.c4spack`` a plain copy.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile

from c4s_desktop.core.errors import PackError

LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
LOCAL_MAGIC = b"PK\x03\x04"


class StoredEntryReader(io.RawIOBase):
    """A read-only, length-limited view of one stored entry of an open archive file."""

    def __init__(self, fd: int, start: int, length: int) -> None:
        super().__init__()
        self._fd = fd
        self._pos = start
        self._end = start + length

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), self._end - self._pos)
        if want <= 0:
            return 0
        data = os.pread(self._fd, want, self._pos)
        n = len(data)
        buffer[:n] = data
        self._pos += n
        return n


def stored_entry_reader(fd: int, info: zipfile.ZipInfo, pack: str) -> StoredEntryReader:
    """A reader for ``info``'s bytes; the local header is checked to find where they start."""
    header = os.pread(fd, LOCAL_HEADER.size, info.header_offset)
    if len(header) != LOCAL_HEADER.size or header[:4] != LOCAL_MAGIC:
        raise PackError("pack.bad_zip", pack=pack, detail=f"bad local header for {info.filename}")
    fields = LOCAL_HEADER.unpack(header)
    name_len, extra_len = fields[-2], fields[-1]
    start = info.header_offset + LOCAL_HEADER.size + name_len + extra_len
    return StoredEntryReader(fd, start, info.compress_size)
