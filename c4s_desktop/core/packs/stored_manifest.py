"""Reading back a manifest the app stored itself, without checking the pack contract again.

``install_pack`` stores a manifest in the ``packs`` table only after :func:`parse_manifest`
accepted it and its signature was verified, so reading it back needs none of those checks:
the library of 50 packs is read at every start, and the full parse of 50 manifests was the
largest part of that start (``bench/startup.py``). Every manifest from outside (a pack file,
a pack source, a download) still goes through :func:`parse_manifest`.

The model built here equals the one :func:`parse_manifest` builds from the same bytes
(``tests/unit/test_stored_manifest.py`` holds them side by side).

The table keeps a manifest zlib-compressed (:func:`stored_form`, about a quarter of its size):
the library job holds every pack's stored manifest for the life of the window, 1.4 MiB for 50
packs of the demo course as plain JSON, 0.4 MiB compressed. Rows written by versions before
the compression hold the JSON itself and still read (:func:`manifest_json`).
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from c4s_desktop.core.packs.manifest import (
    FileEntry,
    FileRef,
    Item,
    Lesson,
    Manifest,
    Module,
    Publisher,
)

ZLIB_HEADER = b"\x78"
"""The first byte of every zlib stream made with the default window; a manifest's JSON starts
with ``{`` (or white space), so the two stored forms cannot be mistaken for each other."""


def stored_form(manifest_json: bytes) -> bytes:
    """What the ``packs`` table keeps of a manifest's JSON: the bytes, compressed."""
    return zlib.compress(manifest_json, 9)


def manifest_json(stored: bytes) -> bytes:
    """A manifest's JSON bytes from what the ``packs`` table holds (compressed or not)."""
    return zlib.decompress(stored) if stored[:1] == ZLIB_HEADER else stored


def read_stored_manifest(data: bytes, *, keep_raw: bool = True) -> Manifest:
    """The manifest stored at install (``data`` as the ``packs`` table holds it), parsed
    without re-checking it.

    ``keep_raw`` False leaves ``raw`` empty in the manifest and its items (the JSON objects
    as they were): the library on screen never reads them, and they hold about a third of a
    parsed manifest's memory.
    """
    root: dict[str, Any] = json.loads(manifest_json(data))
    files = {
        path: FileEntry(path, entry["sha256"], entry["size"])
        for path, entry in root.get("files", {}).items()
    }
    publisher = root["publisher"]
    return Manifest(
        format=root["format"],
        id=root["id"],
        version=root["version"],
        title=root["title"],
        description=root.get("description"),
        languages=tuple(root["languages"]),
        publisher=Publisher(publisher["name"], publisher.get("key")),
        min_app_version=root.get("min_app_version"),
        files=files,
        modules=tuple(_module(module, keep_raw) for module in root["modules"]),
        raw=root if keep_raw else {},
    )


def _module(obj: dict[str, Any], keep_raw: bool) -> Module:
    return Module(
        id=obj["id"],
        title=obj["title"],
        description=obj.get("description"),
        lessons=tuple(_lesson(lesson, keep_raw) for lesson in obj["lessons"]),
    )


def _lesson(obj: dict[str, Any], keep_raw: bool) -> Lesson:
    minutes = obj.get("estimated_minutes")
    return Lesson(
        id=obj["id"],
        title=obj["title"],
        estimated_minutes=None if minutes is None else float(minutes),
        items=tuple(_item(item, keep_raw) for item in obj["items"]),
    )


def _item(obj: dict[str, Any], keep_raw: bool) -> Item:
    kind = obj["type"]
    raw = obj if keep_raw else {}
    if kind == "quiz":
        return Item(
            obj["id"], kind, obj["title"], quiz=obj["quiz"],
            pass_score=float(obj["pass_score"]), max_attempts=obj.get("max_attempts"),
            feedback=obj["feedback"], raw=raw,
        )
    file = _file_ref(obj["file"])
    if kind == "video":
        return Item(
            obj["id"], kind, obj["title"], file=file, duration_s=float(obj["duration_s"]),
            subtitles=obj.get("subtitles") or {}, poster=obj.get("poster"), raw=raw,
        )
    questions = obj["questions"] if kind == "case_study" else []
    return Item(obj["id"], kind, obj["title"], file=file, questions=questions, raw=raw)


def _file_ref(value: str | FileRef) -> FileRef:
    return {"*": value} if isinstance(value, str) else value
