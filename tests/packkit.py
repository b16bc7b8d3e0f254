"""Making real packs for tests: a small valid source, built and signed by the real builder."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from c4s_desktop.core.packs.build import build_pack
from c4s_desktop.core.packs.signing import public_key_b64, sign

QUIZ: dict[str, Any] = {
    "shuffle": False,
    "questions": [
        {
            "id": "q1",
            "type": "single",
            "prompt": {"en": "Pick b"},
            "choices": [{"id": "a", "text": {"en": "A"}}, {"id": "b", "text": {"en": "B"}}],
            "answer": "b",
        },
        {"id": "q2", "type": "true_false", "prompt": {"en": "True?"}, "answer": True},
    ],
}


def source_manifest(pack_id: str = "org.example.test", version: int = 1,
                    lessons: int = 1) -> dict[str, Any]:
    """A manifest for :func:`write_source` (no ``files``, no key)."""
    lesson_list = []
    for n in range(1, lessons + 1):
        lesson_list.append({
            "id": f"l{n}",
            "title": {"en": f"Lesson {n}", "fr": f"Leçon {n}"},
            "items": [
                {"id": f"l{n}-video", "type": "video", "title": {"en": "Video"},
                 "file": f"l{n}/video.mp4", "duration_s": 12.5,
                 "subtitles": {"en": f"l{n}/video.en.vtt"}},
                {"id": f"l{n}-text", "type": "document", "title": {"en": "Text"},
                 "file": {"en": f"l{n}/text.en.md", "fr": f"l{n}/text.fr.md"}},
                {"id": f"l{n}-sheet", "type": "factsheet", "title": {"en": "Sheet"},
                 "file": f"l{n}/sheet.pdf"},
                {"id": f"l{n}-quiz", "type": "quiz", "title": {"en": "Quiz"},
                 "quiz": f"l{n}/quiz.json", "pass_score": 0.5, "feedback": "immediate"},
            ],
        })
    return {
        "format": 1,
        "id": pack_id,
        "version": version,
        "title": {"en": "Test pack", "fr": "Paquet de test"},
        "languages": ["en", "fr"],
        "publisher": {"name": "Test publisher"},
        "modules": [{"id": "m1", "title": {"en": "Module 1"}, "lessons": lesson_list}],
    }


def write_source(src: Path, manifest: dict[str, Any] | None = None, *, lessons: int = 1,
                 media_size: int = 20_000, seed: int = 0) -> Path:
    """Write a pack source folder with content for every file the manifest references."""
    manifest = manifest or source_manifest(lessons=lessons)
    src.mkdir(parents=True, exist_ok=True)
    (src / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    for n in range(1, lessons + 1):
        d = src / f"l{n}"
        d.mkdir(exist_ok=True)
        (d / "video.mp4").write_bytes(os.urandom(8) + bytes([seed, n]) * (media_size // 2))
        (d / "video.en.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n", "utf-8")
        (d / "text.en.md").write_text(f"# Lesson {n}\n\nText.\n", "utf-8")
        (d / "text.fr.md").write_text(f"# Leçon {n}\n\nTexte.\n", "utf-8")
        (d / "sheet.pdf").write_bytes(b"%PDF-1.4\n" + bytes([n]) * 1000)
        (d / "quiz.json").write_text(json.dumps(QUIZ), "utf-8")
    return src


def make_key() -> Ed25519PrivateKey:
    """A fresh publisher key."""
    return Ed25519PrivateKey.generate()


def write_pub(path: Path, key: Ed25519PrivateKey) -> Path:
    """Write the public half of ``key`` as a ``.pub`` file."""
    path.write_text(public_key_b64(key) + "\n", "ascii")
    return path


def build(src: Path, out: Path, key: Ed25519PrivateKey | None, *, folder: bool = False) -> Path:
    """Build ``src`` with the real builder."""
    build_pack(src, out, key, folder=folder)
    return out


def resign(folder: Path, key: Ed25519PrivateKey, manifest: dict[str, Any] | None = None,
           raw: bytes | None = None) -> None:
    """Rewrite a folder pack's manifest (given as a dict or raw bytes) and sign it."""
    data = raw if raw is not None else json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    (folder / "manifest.json").write_bytes(data)
    (folder / "manifest.sig").write_text(sign(key, data) + "\n", "ascii")


def load_manifest(folder: Path) -> dict[str, Any]:
    """The parsed manifest of a folder pack."""
    return json.loads((folder / "manifest.json").read_text("utf-8"))


def zip_folder(folder: Path, out: Path, *, extra: list[tuple[zipfile.ZipInfo, bytes]] = ()
               ) -> Path:
    """Zip a folder pack as a ``.c4spack`` (stored entries), with optional extra entries."""
    with zipfile.ZipFile(out, "w") as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(folder).as_posix())
        for info, data in extra:
            zf.writestr(info, data)
    return out


def copy_tree(src: Path, dst: Path) -> Path:
    """Copy a folder pack so a test can damage the copy."""
    shutil.copytree(src, dst, symlinks=True)
    return dst
