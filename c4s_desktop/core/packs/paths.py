"""The pack contract's rules for the paths of files inside a pack.

A path is relative, ``/``-separated, Unicode NFC, free of ``.``/``..`` and empty segments, of
``\\``, drive letters and control characters, at most 255 UTF-8 bytes, and unique among the
pack's paths when compared case-insensitively, so a pack unpacks the same on every system.
Building a pack also asks for names that Windows and FAT or exFAT drives can hold (see
:func:`check_portable_path`); installing does not, so packs built before still install.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import NoReturn

from c4s_desktop.core.errors import InputError, PackError

MAX_PATH_BYTES = 255
_DRIVE = re.compile(r"[A-Za-z]:")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc, all of it
# What Windows, and so FAT and exFAT drives, refuse in a name besides what every pack is
# refused for already (control characters, the backslash).
WINDOWS_FORBIDDEN = ':?*"<>|'
# Device names: Windows opens the device, not a file, whatever extension follows.
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\..*)?", re.IGNORECASE)


def printable(text: str) -> str:
    """``text`` fit for a message: unprintable characters shown as ``\\uXXXX`` escapes."""
    if text.isprintable():  # nearly always: every location string of a manifest comes here
        return text
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)


def _path_problem(path: str) -> str | None:
    """Why ``path`` breaks the contract's path rules, or None when it follows them."""
    if not path:
        return "it is empty"
    try:
        size = len(path.encode("utf-8"))
    except UnicodeEncodeError:
        return "it is not valid Unicode text"
    if _CONTROL.search(path):
        return "it contains a control character"
    if "\\" in path:
        return "it contains '\\' (use '/' between folders)"
    if path.startswith("/"):
        return "it starts with '/' (it must be relative to the pack)"
    if _DRIVE.match(path):
        return "it starts with a drive letter (it must be relative to the pack)"
    if not unicodedata.is_normalized("NFC", path):
        return "it is not in Unicode NFC form"
    if size > MAX_PATH_BYTES:
        return f"it is {size} bytes long, more than {MAX_PATH_BYTES}"
    segments = path.split("/")
    if "" in segments:
        return "it has an empty segment ('//' or a '/' at the end)"
    if "." in segments or ".." in segments:
        return "it has a '.' or '..' segment"
    return None


def check_pack_path(path: str, where: str) -> str:
    """Return ``path`` when it follows the contract's path rules; else raise ``PackError``.

    ``where`` names the place the path comes from (a manifest location or a folder).
    """
    problem = _path_problem(path)
    if problem is not None:
        raise PackError("manifest.bad_path", where=where, path=printable(path), problem=problem)
    return path


def check_portable_path(path: str, src: str) -> None:
    """Raise ``InputError`` when a name in ``path`` (a file of the source folder ``src``)
    cannot be stored on Windows or on a FAT or exFAT drive, where packs travel.

    That is a name holding one of ``: ? * " < > |``, a Windows device name (CON, PRN, AUX,
    NUL, COM1 to COM9, LPT1 to LPT9, with any extension), or one ending in a dot or a space
    (which Windows drops, so two names could become one). Only a build asks this.
    """
    for name in path.split("/"):
        forbidden = [char for char in WINDOWS_FORBIDDEN if char in name]
        if forbidden:
            chars = ", ".join(f"'{char}'" for char in forbidden)
            raise InputError("build.name_forbidden_char", path=path, src=src, chars=chars)
        if _RESERVED.fullmatch(name):
            raise InputError("build.name_reserved", path=path, src=src, name=name)
        if name.endswith((".", " ")):
            raise InputError("build.name_trailing", path=path, src=src, name=name)


def casefold_key(path: str) -> str:
    """The form under which two paths name the same file on a case-insensitive system."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", path).casefold())


def check_unique_casefold(paths: Iterable[str], *, where: str = "the pack's files") -> None:
    """Raise ``PackError`` naming both paths when two of ``paths`` cannot coexist on disk.

    That is when they differ only in letter case (Windows and macOS would see one file), or
    when one path is a folder of the other (one name would be both a file and a folder).
    """
    files: dict[str, str] = {}
    folders: dict[str, str] = {}
    for path in paths:
        key = casefold_key(path)
        if key in files:
            _collision(where, files[key], path, "name the same file on Windows and macOS")
        if key in folders:
            _collision(where, folders[key], path, "need one name to be a file and a folder")
        files[key] = path
        parts = key.split("/")
        for end in range(1, len(parts)):
            folder = "/".join(parts[:end])
            if folder in files:
                _collision(where, files[folder], path, "need one name to be a file and a folder")
            folders.setdefault(folder, path)


def _collision(where: str, first: str, second: str, problem: str) -> NoReturn:
    raise PackError(
        "manifest.path_collision",
        where=where,
        first=printable(first),
        second=printable(second),
        problem=problem,
    )
