"""Building a pack from a source folder: fill in ``files``, sign, write a file or folder."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import shutil
import stat
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.errors import InputError, PackError, SpaceError
from c4s_desktop.core.packs.copying import fsync_dir
from c4s_desktop.core.packs.fat import FAT_MAX_FILE_SIZE, on_fat
from c4s_desktop.core.packs.manifest import (
    TEXT_ITEM_TYPES,
    Manifest,
    parse_manifest,
    read_manifest_json,
)
from c4s_desktop.core.packs.paths import (
    check_pack_path,
    check_portable_path,
    check_unique_casefold,
)
from c4s_desktop.core.packs.signing import public_key_b64, sign
from c4s_desktop.core.packs.source import MANIFEST, SIGNATURE, open_pack
from c4s_desktop.core.packs.verify import check_pack

# Media are stored so that installing is a copy; text compresses well and is deflated.
DEFLATED_SUFFIXES = {".json", ".md", ".html", ".htm", ".vtt", ".txt", ".svg", ".css"}
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
PDF_MAGIC = b"%PDF-"
# What file managers leave in folders (macOS, Windows), never course content: not packed.
OS_METADATA_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})
APPLEDOUBLE_PREFIX = "._"
PEM_BEGIN = b"-----BEGIN"
SPACE_MARGIN_BYTES = 1 << 20
"""Room kept beyond the files: the manifest, the archive's headers, the folders."""

Progress = Callable[[int, int], None]
"""``progress(done, total)`` in bytes: every file is read once to hash it, once to copy it."""


class _Meter:
    """Bytes read so far out of twice the pack's size (hashing, then copying)."""

    def __init__(self, total: int, report: Progress | None) -> None:
        self.total = 2 * total
        self.done = 0
        self._report = report

    def add(self, size: int) -> None:
        self.done += size
        if self._report is not None:
            self._report(self.done, self.total)


class _Metered(io.RawIOBase):
    """A source file being copied into the pack, counted as it is read."""

    def __init__(self, fh: BinaryIO, meter: _Meter) -> None:
        super().__init__()
        self._fh = fh
        self._meter = meter

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = self._fh.readinto(buffer)  # type: ignore[attr-defined]
        self._meter.add(n or 0)
        return int(n or 0)


def build_pack(
    src: Path,
    out: Path,
    key: Ed25519PrivateKey | None = None,
    *,
    folder: bool = False,
    key_file: Path | None = None,
    progress: Progress | None = None,
) -> Manifest:
    """Build the pack in ``src`` into ``out`` (a ``.c4spack`` or, with ``folder``, a folder).

    ``key_file`` is the file ``key`` was read from: it, and any other PEM private key, must
    not lie in ``src``, or the pack would give the key to everyone who gets the pack.
    ``progress`` is told of the bytes read (see :data:`Progress`).
    """
    if not (src / MANIFEST).is_file():
        raise InputError("build.no_manifest", src=str(src))
    if key_file is not None and src.resolve() in key_file.resolve().parents:
        raise InputError("build.key_in_source", key=str(key_file), src=str(src))
    raw = _load_source_manifest(src)
    if key is not None:
        public = public_key_b64(key)
        publisher = raw.get("publisher")
        if isinstance(publisher, dict):
            if publisher.get("key") not in (None, public):
                raise InputError("build.key_conflict", src=str(src))
            publisher["key"] = public
    parse_manifest(_dump(raw), require_files=False, require_key=key is None)
    listing = _list_files(src)
    out = out.absolute()
    _check_fits_drive(src, out, listing, folder=folder)
    total = sum(size for _full, size in listing.values())
    _check_space(out, total)
    meter = _Meter(total, progress)
    raw["files"] = _hash_files(src, listing, meter)
    data = _dump(raw)
    manifest = parse_manifest(data, require_files=True, require_key=key is None)
    _check_contents(src, manifest)
    signature = sign(key, data).encode("ascii") + b"\n" if key is not None else None
    _check_output(src, out)
    _write(src, out, data, signature, manifest, meter, folder=folder)
    return manifest


def _write(
    src: Path, out: Path, data: bytes, signature: bytes | None, manifest: Manifest,
    meter: _Meter, *, folder: bool,
) -> None:
    """Write the pack under a hidden name, check it, then give it the name ``out``.

    The Add-packs scanner skips hidden names, so a build cut short by a power cut or a pulled
    stick is never offered as a pack. Everything is on the disk before the rename, and the
    rename itself before this returns.
    """
    tmp = out.with_name(f".{out.name}.building")
    try:
        _remove(tmp)
        try:
            if folder:
                _write_folder(src, tmp, data, signature, manifest, meter)
            else:
                _write_zip(src, tmp, data, signature, manifest, meter)
            with open_pack(tmp) as built:
                check_pack(built, set(), allow_untrusted=True)
            _remove(out)
            os.replace(tmp, out)
            fsync_dir(out.parent)
        finally:
            _remove(tmp)
    except OSError as exc:  # a full disk, a read-only drive, a missing folder
        detail = exc.strerror or type(exc).__name__
        if exc.errno == errno.EFBIG:  # the file system's (FAT's) largest file
            raise InputError("build.too_large_for_drive", out=str(out), detail=detail) from exc
        raise InputError("build.unwritable", out=str(out), detail=detail) from exc


def _check_fits_drive(src: Path, out: Path, listing: dict[str, tuple[Path, int]], *,
                      folder: bool) -> None:
    """On a FAT drive, refuse before writing what the drive would refuse after gigabytes."""
    if not on_fat(out.parent):
        return
    if folder:
        for path, (_full, size) in listing.items():
            if size > FAT_MAX_FILE_SIZE:
                raise InputError("build.file_too_large_for_drive", path=path, src=str(src))
        return
    # Stored entries go into the archive as they are: their sizes alone are less than its own.
    stored = sum(size for path, (_full, size) in listing.items() if not _deflated(path))
    if stored > FAT_MAX_FILE_SIZE:
        raise InputError("build.too_large_for_drive", out=str(out))


def _check_space(out: Path, total: int) -> None:
    """Refuse before writing when ``out``'s drive lacks room for the pack (its files' own
    size: media are stored as they are, text is small), rather than after minutes of copying."""
    try:
        free = shutil.disk_usage(out.parent).free
    except OSError:
        return  # a missing folder: writing says so
    needed = total + SPACE_MARGIN_BYTES
    if needed > free:
        raise SpaceError("build.not_enough_space", out=str(out),
                         needed_mb=round(needed / 1e6, 1), free_mb=round(free / 1e6, 1))


def _check_output(src: Path, out: Path) -> None:
    """Refuse an output that would destroy something: the source itself, a path inside it or
    holding it, or anything already at ``out`` that is not a pack built before (which a
    rebuild replaces)."""
    source, target = src.resolve(), out.resolve()
    if target == source or source in target.parents or target in source.parents:
        raise InputError("build.out_in_source", out=str(out), src=str(src))
    if (out.exists() or out.is_symlink()) and not _is_built_pack(out):
        raise InputError("build.out_exists", out=str(out))


def _is_built_pack(path: Path) -> bool:
    """True when ``path`` is a pack as ``build_pack`` writes one: a ``.c4spack`` file, or a
    folder holding only a manifest, its signature and the files the manifest lists."""
    if path.is_symlink():
        return False
    if path.is_file():
        try:
            with zipfile.ZipFile(path) as zf:
                return MANIFEST in zf.namelist()
        except (zipfile.BadZipFile, OSError):
            return False
    manifest = path / MANIFEST
    if not path.is_dir() or not manifest.is_file():
        return False
    try:
        raw = read_manifest_json(manifest.read_bytes())
    except (PackError, OSError):
        return False
    listed = raw.get("files") if isinstance(raw, dict) else None
    if not isinstance(listed, dict):
        return False
    allowed = {*listed, MANIFEST, SIGNATURE}
    return all(
        entry.is_dir() or entry.relative_to(path).as_posix() in allowed
        for entry in path.rglob("*")
    )


def _load_source_manifest(src: Path) -> dict[str, object]:
    raw = read_manifest_json((src / MANIFEST).read_bytes())
    if not isinstance(raw, dict):
        raise PackError("manifest.not_json", detail="it is not a JSON object")
    raw.pop("files", None)
    return raw


def _dump(raw: dict[str, object]) -> bytes:
    return (json.dumps(raw, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _check_contents(src: Path, manifest: Manifest) -> None:
    """Refuse what the app could not show: course texts and subtitles that are not UTF-8
    (they would read as garbage, and count as read), fact sheets that are not PDF files."""
    for _module, _lesson, item in manifest.iter_items():
        texts = list(item.subtitles.values())
        if item.type in TEXT_ITEM_TYPES:
            texts += (item.file or {}).values()
        for path in texts:
            try:
                (src / path).read_bytes().decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError("build.not_utf8", src=str(src), path=path) from exc
        if item.type == "factsheet":
            for path in (item.file or {}).values():
                with open(src / path, "rb") as fh:
                    if not fh.read(len(PDF_MAGIC)) == PDF_MAGIC:
                        raise InputError("build.not_pdf", src=str(src), path=path)


def _list_files(src: Path) -> dict[str, tuple[Path, int]]:
    """The files of ``src`` to pack, by pack path: each one's place on disk and size.

    Leaves out the manifest, its signature and OS metadata files; refuses links, special
    files, and paths that break the contract or that Windows and FAT drives cannot hold.
    """
    listing: dict[str, tuple[Path, int]] = {}
    for root, dirs, names in os.walk(src, followlinks=False):
        dirs.sort()
        for name in sorted(dirs + names):
            full = Path(root) / name
            rel = unicodedata.normalize("NFC", full.relative_to(src).as_posix())
            info = full.lstat()
            if stat.S_ISDIR(info.st_mode) or rel in (MANIFEST, SIGNATURE):
                continue
            if _is_os_metadata(name):
                continue
            if stat.S_ISLNK(info.st_mode):
                raise PackError("pack.symlink", pack=str(src), path=rel)
            if not stat.S_ISREG(info.st_mode):
                raise PackError("pack.special_file", pack=str(src), path=rel)
            check_pack_path(rel, "the source folder")
            check_portable_path(rel, str(src))
            listing[rel] = (full, info.st_size)
    check_unique_casefold(listing)
    return listing


def _is_os_metadata(name: str) -> bool:
    """True for what Finder and Explorer leave behind: .DS_Store, Thumbs.db, desktop.ini
    and AppleDouble ``._*`` files (a file's macOS metadata on a drive that has none)."""
    return name.lower() in OS_METADATA_NAMES or name.startswith(APPLEDOUBLE_PREFIX)


def _hash_files(src: Path, listing: dict[str, tuple[Path, int]],
                meter: _Meter) -> dict[str, dict[str, object]]:
    """The manifest's ``files``: each file's SHA-256 and size. Refuses a private key."""
    files: dict[str, dict[str, object]] = {}
    for rel, (full, size) in sorted(listing.items()):
        digest = hashlib.sha256()
        with open(full, "rb") as fh:
            chunk = fh.read(1 << 20)
            if _is_private_key(chunk):
                raise InputError("build.private_key", path=rel, src=str(src))
            while chunk:
                digest.update(chunk)
                meter.add(len(chunk))
                chunk = fh.read(1 << 20)
        files[rel] = {"sha256": digest.hexdigest(), "size": size}
    return files


def _is_private_key(head: bytes) -> bool:
    """True when ``head``, the start of a file, opens a PEM private key of any kind (PKCS#8,
    RSA, EC, OpenSSH, encrypted or not): its first line names one."""
    first_line = head[:100].lstrip().split(b"\n", 1)[0]
    return first_line.startswith(PEM_BEGIN) and b"PRIVATE KEY" in first_line


def _deflated(path: str) -> bool:
    return Path(path).suffix.lower() in DEFLATED_SUFFIXES


def _write_zip(
    src: Path, target: Path, data: bytes, signature: bytes | None, manifest: Manifest,
    meter: _Meter,
) -> None:
    """Write the file form to ``target`` and flush it to disk."""
    with open(target, "wb") as raw:
        with zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
            zf.writestr(_info(MANIFEST, zipfile.ZIP_DEFLATED), data)
            if signature is not None:
                zf.writestr(_info(SIGNATURE, zipfile.ZIP_STORED), signature)
            for path in manifest.files:
                method = zipfile.ZIP_DEFLATED if _deflated(path) else zipfile.ZIP_STORED
                info = _info(path, method)
                info.file_size = manifest.files[path].size
                with open(src / path, "rb", buffering=0) as fh, \
                        zf.open(info, "w", force_zip64=True) as dst:
                    shutil.copyfileobj(_Metered(fh, meter), dst, 1 << 20)
        raw.flush()
        os.fsync(raw.fileno())


def _info(name: str, method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, ZIP_EPOCH)
    info.compress_type = method
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _write_folder(
    src: Path, target: Path, data: bytes, signature: bytes | None, manifest: Manifest,
    meter: _Meter,
) -> None:
    """Write the folder form into ``target``, every file and folder flushed to disk.

    The manifest goes last: a folder holding a manifest.json holds all that it lists.
    """
    target.mkdir(parents=True)
    for path in manifest.files:
        dest = target / path
        dest.parent.mkdir(parents=True, exist_ok=True)
        with open(src / path, "rb", buffering=0) as fh:
            try:
                _write_durable(dest, _Metered(fh, meter))
            except OSError as exc:
                if exc.errno != errno.EFBIG:
                    raise
                raise InputError("build.file_too_large_for_drive", path=path, src=str(src),
                                 detail=exc.strerror) from exc
    if signature is not None:
        _write_durable(target / SIGNATURE, io.BytesIO(signature))
    _write_durable(target / MANIFEST, io.BytesIO(data))
    for folder in [*(p for p in target.rglob("*") if p.is_dir()), target]:
        fsync_dir(folder)


def _write_durable(dest: Path, content: BinaryIO | io.RawIOBase) -> None:
    with open(dest, "wb") as fh:
        shutil.copyfileobj(content, fh, 1 << 20)
        fh.flush()
        os.fsync(fh.fileno())


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
