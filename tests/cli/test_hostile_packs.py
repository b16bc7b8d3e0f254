"""Every way a pack can be broken or hostile: refused with its own sentence, nothing changed.

Each case damages a copy of a good, signed pack; ``c4s library install`` must exit non-zero
with one ``error:`` line naming the problem, and the data folder must be exactly as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.cli import main
from tests import packkit
from tests.conftest import snapshot

Maker = Callable[[Path, Path, Ed25519PrivateKey], Path]


def _copy(tmp: Path, good: Path) -> Path:
    return packkit.copy_tree(good, tmp / "hostile")


def _edit(edit: Callable[[dict[str, Any]], None]) -> Maker:
    """A hostile pack whose manifest was edited and then re-signed with the trusted key."""

    def make(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
        pack = _copy(tmp, good)
        manifest = packkit.load_manifest(pack)
        edit(manifest)
        packkit.resign(pack, key, manifest)
        return pack

    return make


def _raw_manifest(data: bytes) -> Maker:
    def make(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
        pack = _copy(tmp, good)
        packkit.resign(pack, key, raw=data)
        return pack

    return make


def _items(m: dict[str, Any]) -> list[dict[str, Any]]:
    return m["modules"][0]["lessons"][0]["items"]


def _add_file_ref(path: str) -> Callable[[dict[str, Any]], None]:
    def edit(m: dict[str, Any]) -> None:
        m["files"][path] = {"sha256": "0" * 64, "size": 1}
        _items(m)[0]["file"] = path

    return edit


def not_a_zip(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    out = tmp / "random.c4spack"
    out.write_bytes(os.urandom(5000))
    return out


def truncated_zip(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    out = packkit.zip_folder(good, tmp / "whole.c4spack")
    data = out.read_bytes()
    cut = tmp / "truncated.c4spack"
    cut.write_bytes(data[: len(data) // 2])
    return cut


def damaged_deflate(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    """A whole archive (its index intact) whose one compressed entry has damaged bytes."""
    out = tmp / "deflated.c4spack"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(good.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(good).as_posix())
    with zipfile.ZipFile(out) as zf:
        info = max((i for i in zf.infolist() if i.filename != "manifest.json"),
                   key=lambda i: i.compress_size)
    data = bytearray(out.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for n in range(start + info.compress_size // 2, start + info.compress_size // 2 + 40):
        data[n] ^= 0x55
    out.write_bytes(bytes(data))
    return out


def wrong_hash(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    pack = _copy(tmp, good)
    target = pack / "l2" / "video.mp4"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x55
    target.write_bytes(bytes(data))
    return pack


def wrong_size(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    pack = _copy(tmp, good)
    with open(pack / "l1" / "sheet.pdf", "ab") as fh:
        fh.write(b"extra")
    return pack


def file_missing(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    pack = _copy(tmp, good)
    (pack / "l1" / "sheet.pdf").unlink()
    return pack


def unlisted_file(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    pack = _copy(tmp, good)
    (pack / "l1" / "payload.exe").write_bytes(b"MZ" + b"\0" * 100)
    return pack


def bad_signature(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    pack = _copy(tmp, good)
    manifest = packkit.load_manifest(pack)
    manifest["title"]["en"] = "Tampered title"
    (pack / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    return pack


def missing_signature(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    pack = _copy(tmp, good)
    (pack / "manifest.sig").unlink()
    return pack


def garbage_signature(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    pack = _copy(tmp, good)
    (pack / "manifest.sig").write_text("not base64 at all!\n", "ascii")
    return pack


def untrusted_key(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    other = packkit.make_key()
    pack = _copy(tmp, good)
    manifest = packkit.load_manifest(pack)
    from c4s_desktop.core.packs.signing import public_key_b64

    manifest["publisher"]["key"] = public_key_b64(other)
    packkit.resign(pack, other, manifest)
    return pack


def symlink_in_folder(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    pack = _copy(tmp, good)
    target = pack / "l1" / "sheet.pdf"
    target.unlink()
    os.symlink("/etc/passwd", target)
    return pack


def case_collision(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    pack = _copy(tmp, good)
    (pack / "L1").mkdir()
    data = (pack / "l1" / "video.mp4").read_bytes()
    (pack / "L1" / "video.mp4").write_bytes(data)
    manifest = packkit.load_manifest(pack)
    manifest["files"]["L1/video.mp4"] = dict(manifest["files"]["l1/video.mp4"])
    packkit.resign(pack, key, manifest)
    return pack


def zip_bomb(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    """The manifest declares a tiny file; the archive inflates it to 64 MB of zeros."""
    pack = _copy(tmp, good)
    manifest = packkit.load_manifest(pack)
    manifest["files"]["l1/sheet.pdf"] = {"sha256": hashlib.sha256(b"x").hexdigest(), "size": 1}
    packkit.resign(pack, key, manifest)
    (pack / "l1" / "sheet.pdf").unlink()
    bomb = zipfile.ZipInfo("l1/sheet.pdf")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    return packkit.zip_folder(pack, tmp / "bomb.c4spack", extra=[(bomb, b"\0" * (64 << 20))])


def zip_slip_entry(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    return packkit.zip_folder(good, tmp / "slip.c4spack",
                              extra=[(zipfile.ZipInfo("../../evil.sh"), b"rm -rf /")])


def zip_symlink_entry(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    link = zipfile.ZipInfo("l1/link")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    return packkit.zip_folder(good, tmp / "link.c4spack", extra=[(link, b"/etc/passwd")])


def zip_duplicate_entry(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return packkit.zip_folder(
            good, tmp / "dup.c4spack", extra=[(zipfile.ZipInfo("l1/sheet.pdf"), b"%PDF-evil")]
        )


def no_manifest(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    pack = _copy(tmp, good)
    (pack / "manifest.json").unlink()
    (pack / "manifest.sig").unlink()
    return pack


def bad_quiz(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    pack = _copy(tmp, good)
    quiz = dict(packkit.QUIZ)
    quiz["questions"] = [dict(quiz["questions"][0], answer="zzz")]
    data = json.dumps(quiz).encode()
    (pack / "l1" / "quiz.json").write_bytes(data)
    manifest = packkit.load_manifest(pack)
    manifest["files"]["l1/quiz.json"] = {"sha256": hashlib.sha256(data).hexdigest(),
                                         "size": len(data)}
    packkit.resign(pack, key, manifest)
    return pack


def quiz_tampered(tmp: Path, good: Path, key: Ed25519PrivateKey) -> Path:
    pack = _copy(tmp, good)
    path = pack / "l1" / "quiz.json"
    path.write_bytes(path.read_bytes().replace(b'"answer": "b"', b'"answer": "a"'))
    return pack


def _set(key: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda m: m.__setitem__(key, value)


def _dup_ids(m: dict[str, Any]) -> None:
    _items(m)[1]["id"] = _items(m)[0]["id"]


def _dangling(m: dict[str, Any]) -> None:
    _items(m)[0]["file"] = "l1/nowhere.mp4"


def _unknown_type(m: dict[str, Any]) -> None:
    _items(m)[0]["type"] = "hologram"


def _huge(m: dict[str, Any]) -> None:
    m["description"] = {"en": "x" * (4 * 1024 * 1024 + 10)}


def _bad_key(m: dict[str, Any]) -> None:
    m["publisher"]["key"] = "not a key!"


CASES: dict[str, tuple[Maker, str]] = {
    "not a zip": (not_a_zip, r"not a C4S pack"),
    "truncated zip": (truncated_zip, r"damaged or incomplete"),
    "damaged compressed entry": (damaged_deflate, r"damaged or incomplete"),
    "wrong hash": (wrong_hash, r"l2/video\.mp4.*checksum"),
    "wrong size": (wrong_size, r"l1/sheet\.pdf.*bytes"),
    "file missing": (file_missing, r"l1/sheet\.pdf.*missing|missing.*l1/sheet\.pdf"),
    "unlisted file": (unlisted_file, r"payload\.exe.*does not list"),
    "bad signature": (bad_signature, r"signature.*does not match"),
    "missing signature": (missing_signature, r"not signed"),
    "garbage signature": (garbage_signature, r"signature.*does not match"),
    "untrusted key": (untrusted_key, r"does not trust"),
    "dot-dot path": (_edit(_add_file_ref("../evil.mp4")), r"\.\./evil\.mp4"),
    "absolute path": (_edit(_add_file_ref("/etc/evil.mp4")), r"/etc/evil\.mp4"),
    "backslash path": (_edit(_add_file_ref("l1\\evil.mp4")), r"evil\.mp4"),
    "drive letter": (_edit(_add_file_ref("C:/evil.mp4")), r"C:/evil\.mp4"),
    "symlink in folder": (symlink_in_folder, r"link.*l1/sheet\.pdf|l1/sheet\.pdf.*link"),
    "case collision": (case_collision, r"(?i)l1/video\.mp4"),
    "zip bomb": (zip_bomb, r"l1/sheet\.pdf"),
    "zip slip entry": (zip_slip_entry, r"\.\./\.\./evil\.sh"),
    "zip symlink entry": (zip_symlink_entry, r"link.*l1/link|l1/link.*link"),
    "zip duplicate entry": (zip_duplicate_entry, r"l1/sheet\.pdf.*twice"),
    "no manifest": (no_manifest, r"no manifest\.json"),
    "duplicate ids": (_edit(_dup_ids), r"l1-video"),
    "dangling file ref": (_edit(_dangling), r"l1/nowhere\.mp4"),
    "format 2": (_edit(_set("format", 2)), r"format 2.*update C4S Desktop"),
    "manifest over 4 MiB": (_edit(_huge), r"(?i)too large|4 MiB|larger"),
    "invalid JSON": (_raw_manifest(b'{"format": 1, "id": '), r"JSON"),
    "invalid UTF-8": (_raw_manifest(b'{"format": 1, "id": "\xff\xfe"}'), r"UTF-8"),
    "unknown item type": (_edit(_unknown_type), r"hologram"),
    "quiz breaks schema": (bad_quiz, r"(?i)quiz"),
    "quiz tampered": (quiz_tampered, r"l1/quiz\.json.*checksum"),
    "no modules": (_edit(_set("modules", [])), r"modules"),
    "publisher key not a key": (_edit(_bad_key), r"publisher"),
    "needs newer app": (_edit(_set("min_app_version", "99.0")), r"newer"),
    "version zero": (_edit(_set("version", 0)), r"version"),
}


@pytest.fixture
def trusted_data(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    """A data folder that trusts ``key`` and already holds one pack."""
    data = tmp_path / "data"
    pub = packkit.write_pub(tmp_path / "publisher.pub", key)
    assert main(["--data-dir", str(data), "trust", "add", str(pub)]) == 0
    other = packkit.write_source(tmp_path / "other-src",
                                 packkit.source_manifest("org.example.other"), seed=9)
    packkit.build(other, tmp_path / "other.c4spack", key)
    assert main(["library", "install", str(tmp_path / "other.c4spack"),
                 "--data-dir", str(data)]) == 0
    return data


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_pack_is_refused_and_nothing_changes(
    case: str,
    tmp_path: Path,
    key: Ed25519PrivateKey,
    folder_pack: Path,
    trusted_data: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make, pattern = CASES[case]
    hostile = make(tmp_path, folder_pack, key)
    capsys.readouterr()
    before = snapshot(trusted_data)
    code = main(["library", "install", str(hostile), "--data-dir", str(trusted_data)])
    err = capsys.readouterr().err
    assert code not in (0, 2), err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert re.search(pattern, lines[0]), lines[0]
    assert snapshot(trusted_data) == before
    assert not any((trusted_data / "store" / "staging").iterdir())


def test_there_are_at_least_25_distinct_cases() -> None:
    assert len(CASES) >= 25
