"""Building a pack from a source folder: fill in ``files``, sign, write a file or folder."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
import unicodedata
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.errors import InputError, PackError
from c4s_desktop.core.packs.manifest import (
    TEXT_ITEM_TYPES,
    Manifest,
    parse_manifest,
    read_manifest_json,
)
from c4s_desktop.core.packs.paths import check_pack_path, check_unique_casefold
from c4s_desktop.core.packs.signing import public_key_b64, sign
from c4s_desktop.core.packs.source import MANIFEST, SIGNATURE, open_pack
from c4s_desktop.core.packs.verify import check_pack

# Media are stored so that installing is a copy; text compresses well and is deflated.
DEFLATED_SUFFIXES = {".json", ".md", ".html", ".htm", ".vtt", ".txt", ".svg", ".css"}
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
PDF_MAGIC = b"%PDF-"


def build_pack(
    src: Path, out: Path, key: Ed25519PrivateKey | None = None, *, folder: bool = False
) -> Manifest:
    """Build the pack in ``src`` into ``out`` (a ``.c4spack`` or, with ``folder``, a folder)."""
    if not (src / MANIFEST).is_file():
        raise InputError("build.no_manifest", src=str(src))
    raw = _load_source_manifest(src)
    if key is not None:
        public = public_key_b64(key)
        publisher = raw.get("publisher")
        if isinstance(publisher, dict):
            if publisher.get("key") not in (None, public):
                raise InputError("build.key_conflict", src=str(src))
            publisher["key"] = public
    parse_manifest(_dump(raw), require_files=False, require_key=key is None)
    raw["files"] = _hash_files(src)
    data = _dump(raw)
    manifest = parse_manifest(data, require_files=True, require_key=key is None)
    _check_contents(src, manifest)
    signature = sign(key, data).encode("ascii") + b"\n" if key is not None else None
    out = out.absolute()
    _check_output(src, out)
    tmp = out.with_name(out.name + ".building")
    try:
        _remove(tmp)
        try:
            if folder:
                _write_folder(src, tmp, data, signature, manifest)
            else:
                _write_zip(src, tmp, data, signature, manifest)
            with open_pack(tmp) as built:
                check_pack(built, set(), allow_untrusted=True)
            _remove(out)
            os.replace(tmp, out)
        finally:
            _remove(tmp)
    except OSError as exc:  # a full disk, a read-only drive, a missing folder
        raise InputError("build.unwritable", out=str(out),
                         detail=exc.strerror or type(exc).__name__) from exc
    return manifest


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


def _hash_files(src: Path) -> dict[str, dict[str, object]]:
    files: dict[str, dict[str, object]] = {}
    for root, dirs, names in os.walk(src, followlinks=False):
        dirs.sort()
        for name in sorted(dirs + names):
            full = Path(root) / name
            rel = unicodedata.normalize("NFC", full.relative_to(src).as_posix())
            info = full.lstat()
            if stat.S_ISLNK(info.st_mode):
                raise PackError("pack.symlink", pack=str(src), path=rel)
            if stat.S_ISDIR(info.st_mode) or rel in (MANIFEST, SIGNATURE):
                continue
            if not stat.S_ISREG(info.st_mode):
                raise PackError("pack.special_file", pack=str(src), path=rel)
            check_pack_path(rel, "the source folder")
            digest = hashlib.sha256()
            with open(full, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    digest.update(chunk)
            files[rel] = {"sha256": digest.hexdigest(), "size": info.st_size}
    check_unique_casefold(files)
    return dict(sorted(files.items()))


def _write_zip(
    src: Path, target: Path, data: bytes, signature: bytes | None, manifest: Manifest
) -> None:
    with zipfile.ZipFile(target, "w", allowZip64=True) as zf:
        zf.writestr(_info(MANIFEST, zipfile.ZIP_DEFLATED), data)
        if signature is not None:
            zf.writestr(_info(SIGNATURE, zipfile.ZIP_STORED), signature)
        for path in manifest.files:
            method = (
                zipfile.ZIP_DEFLATED
                if Path(path).suffix.lower() in DEFLATED_SUFFIXES
                else zipfile.ZIP_STORED
            )
            info = _info(path, method)
            info.file_size = manifest.files[path].size
            with open(src / path, "rb") as fh, zf.open(info, "w", force_zip64=True) as dst:
                shutil.copyfileobj(fh, dst, 1 << 20)
    _fsync_file(target)


def _info(name: str, method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, ZIP_EPOCH)
    info.compress_type = method
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _write_folder(
    src: Path, target: Path, data: bytes, signature: bytes | None, manifest: Manifest
) -> None:
    target.mkdir(parents=True)
    (target / MANIFEST).write_bytes(data)
    if signature is not None:
        (target / SIGNATURE).write_bytes(signature)
    for path in manifest.files:
        dest = target / path
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / path, dest)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
