"""Finding packs on removable drives and in folders, and saying what installing each would do.

Everything here is cheap: it lists folders and reads manifests and their signatures, never
the media. A pack that cannot be read, or whose signature does not match its manifest, is
described as broken with the error an install would raise (the UI words it in the reader's
language), so one damaged file on a USB stick does not hide the others.
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from c4s_desktop import __version__
from c4s_desktop.core.errors import C4SError, PackError
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.packs.manifest import parse_manifest, pick_text
from c4s_desktop.core.packs.source import MANIFEST, open_pack
from c4s_desktop.core.packs.verify import check_signature
from c4s_desktop.core.store.database import Store

PACK_SUFFIX = ".c4spack"
DRIVE_REMOVABLE = 2
FILE_ATTRIBUTE_HIDDEN = 0x2
SKIPPED_FOLDERS = frozenset({"system volume information", "$recycle.bin"})


@dataclass(frozen=True)
class Candidate:
    """A pack found on a drive or in a folder, and what installing it would do.

    ``status`` is "new", "update" (``version`` is newer than ``installed_version``),
    "installed" (the same version), "older" (an older version than the installed one) or
    "broken" (``error`` says why; its ``pack`` parameter is the file name, so its sentence
    names the pack as the list does).
    """

    path: Path
    pack_id: str
    version: int
    title: dict[str, str]
    size: int | None
    status: str
    error: C4SError | None = None
    languages: tuple[str, ...] = ()
    installed_version: int | None = None

    def title_in(self, lang: str) -> str:
        """The title in ``lang``, else the pack's default language, else the file name."""
        if not self.title:
            return self.path.name
        return pick_text(self.title, lang, self.languages[0] if self.languages else "")


# --- Removable drives -----------------------------------------------------------------------


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for escape, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escape, char)
    return field


def linux_mount_roots(mounts: str, user: str) -> list[Path]:
    """The mount points in ``mounts`` (``/proc/mounts`` text) where removable drives appear.

    That is ``/media/*``, ``/media/<user>/*``, ``/run/media/<user>/*`` and ``/mnt/*``.
    """
    parents = {"/media", f"/media/{user}", f"/run/media/{user}", "/mnt"}
    roots: list[Path] = []
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 2:
            continue
        point = _unescape_mount(fields[1])
        if os.path.dirname(point) in parents and point != f"/media/{user}":
            roots.append(Path(point))
    return sorted(set(roots))


def _linux_roots() -> list[Path]:
    try:
        mounts = Path("/proc/mounts").read_text("utf-8", errors="replace")
    except OSError:
        return []
    return linux_mount_roots(mounts, getpass.getuser())


def _windows_roots() -> list[Path]:
    if sys.platform != "win32":
        return []
    import ctypes

    kernel32 = ctypes.windll.kernel32
    mask = kernel32.GetLogicalDrives()
    roots = []
    for number in range(26):
        if mask & (1 << number):
            root = f"{chr(ord('A') + number)}:\\"
            if kernel32.GetDriveTypeW(root) == DRIVE_REMOVABLE:
                roots.append(Path(root))
    return roots


def _macos_roots() -> list[Path]:
    volumes = Path("/Volumes")
    try:
        entries = sorted(volumes.iterdir())
    except OSError:
        return []
    roots = []
    for entry in entries:
        try:
            if entry.name.startswith(".") or not entry.is_dir() or entry.samefile("/"):
                continue
        except OSError:
            continue
        roots.append(entry)
    return roots


def removable_roots() -> list[Path]:
    """Where removable drives are mounted on this computer, that can be read now."""
    if sys.platform == "win32":
        roots = _windows_roots()
    elif sys.platform == "darwin":
        roots = _macos_roots()
    else:
        roots = _linux_roots()
    return [root for root in roots if os.access(root, os.R_OK | os.X_OK)]


# --- Finding packs --------------------------------------------------------------------------


def _hidden(entry: os.DirEntry[str], info: os.stat_result) -> bool:
    attributes = getattr(info, "st_file_attributes", 0)
    return (
        entry.name.startswith(".")
        or entry.name.lower() in SKIPPED_FOLDERS
        or bool(attributes & FILE_ATTRIBUTE_HIDDEN)
    )


def find_packs(root: Path, max_depth: int = 3) -> list[Path]:
    """Every ``.c4spack`` file and pack folder (one holding a manifest.json) under ``root``.

    Looks ``max_depth`` folders deep; a found pack folder is not searched further; hidden,
    linked and unreadable folders are skipped. ``root`` itself may be a pack folder.
    """
    if (root / MANIFEST).is_file():
        return [root]
    found: list[Path] = []
    pending: list[tuple[Path, int]] = [(root, 0)]
    while pending:
        folder, depth = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                info = entry.stat(follow_symlinks=False)
                if _hidden(entry, info):
                    continue
                if stat.S_ISDIR(info.st_mode):
                    if depth + 1 > max_depth:
                        continue
                    if os.path.isfile(os.path.join(entry.path, MANIFEST)):
                        found.append(Path(entry.path))
                    else:
                        pending.append((Path(entry.path), depth + 1))
                elif entry.name.lower().endswith(PACK_SUFFIX) and entry.is_file():
                    found.append(Path(entry.path))
            except OSError:
                continue
    return sorted(found)


# --- Describing a pack ----------------------------------------------------------------------


def _size_on_disk(path: Path) -> int | None:
    try:
        return None if path.is_dir() else path.stat().st_size
    except OSError:
        return None


def describe(store: Store, path: Path) -> Candidate:
    """What ``path`` holds and what installing it would do, from its manifest alone.

    The manifest's signature is checked too (a few microseconds): a pack edited after it was
    signed is listed as broken, not as new. An unsigned pack is not broken: installing it
    asks an admin, as for a publisher this computer does not trust.
    """
    try:
        with open_pack(path) as source:
            data = source.read_manifest()
            manifest = parse_manifest(data, app_version=__version__)
            check_signature(source, manifest, data)
    except C4SError as exc:
        return _broken(path, exc)
    except OSError as exc:
        return _broken(path, PackError("pack.unreadable", detail=exc.strerror or str(exc)))
    installed = get_installed(store, manifest.id)
    if installed is None:
        status = "new"
    elif manifest.version > installed.version:
        status = "update"
    elif manifest.version == installed.version:
        status = "installed"
    else:
        status = "older"
    return Candidate(
        path,
        manifest.id,
        manifest.version,
        dict(manifest.title),
        manifest.total_size,
        status,
        languages=manifest.languages,
        installed_version=None if installed is None else installed.version,
    )


def _broken(path: Path, exc: C4SError) -> Candidate:
    """``path`` described as broken by ``exc``, kept as a new error of the same kind and code
    (no traceback holding the closed pack) that names the pack by its file name."""
    error = type(exc)(exc.code, **{**exc.params, "pack": path.name})
    return Candidate(path, "", 0, {}, _size_on_disk(path), "broken", error)
