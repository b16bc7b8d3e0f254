"""Check the demo course pack source (packs/demo/src/) against the pack contract.

Run from the repository root:

    python packs/tools/check_demo_source.py [path/to/src]

Only the standard library is needed; video checks use ``ffprobe`` when it is installed and
are skipped otherwise. Prints a summary and exits with status 1 when anything is wrong.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

DEFAULT_SRC = Path(__file__).resolve().parent.parent / "demo" / "src"
LANGUAGES = ("en", "fr")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
PACK_ID_RE = re.compile(r"^[a-z0-9][a-z0-9.-]{2,99}$")
PATH_RE = re.compile(r"^[a-z0-9_-]+(\.[a-z0-9]+)*(/[a-z0-9_-]+(\.[a-z0-9]+)*)*$")
IMAGE_RE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
QUESTION_TYPES = {"single", "multiple", "true_false", "numeric", "text", "matching", "ordering"}
LESSON_ORDER = ["video", "document", "factsheet", "quiz"]
MAX_TOTAL_BYTES = 12_000_000
MAX_PNG_BYTES = 120_000
MIN_QUESTIONS = 6


class Checker:
    """Collects problems and facts while walking a pack source folder."""

    def __init__(self, src: Path) -> None:
        self.src = src
        self.problems: list[str] = []
        self.referenced: set[str] = set()
        self.ids: Counter[str] = Counter()
        self.question_ids: Counter[str] = Counter()
        self.question_types: dict[str, list[str]] = {}
        self.partial_multiple: list[str] = []
        self.videos: list[tuple[str, float]] = []
        self.has_ffprobe = shutil.which("ffprobe") is not None

    def fail(self, where: str, message: str) -> None:
        """Record one problem."""
        self.problems.append(f"{where}: {message}")

    # ------------------------------------------------------------------ basic values

    def text(self, where: str, value: Any) -> None:
        """Check a bilingual text: a non-empty string for every course language."""
        if not isinstance(value, dict) or set(value) != set(LANGUAGES):
            self.fail(where, f"text must have exactly the languages {LANGUAGES}")
            return
        for lang, string in value.items():
            if not isinstance(string, str) or not string.strip():
                self.fail(where, f"empty or non-string text for '{lang}'")

    def ident(self, where: str, value: Any) -> None:
        """Check an id's form and count it for uniqueness."""
        if not isinstance(value, str) or not ID_RE.match(value):
            self.fail(where, f"bad id {value!r}")
            return
        self.ids[value] += 1

    def path(self, where: str, value: Any, suffixes: tuple[str, ...]) -> Path | None:
        """Check a pack path's form, extension and existence; mark it referenced."""
        if not isinstance(value, str) or not PATH_RE.match(value) or len(value.encode()) > 255:
            self.fail(where, f"bad path {value!r} (lowercase ascii, '/'-separated, relative)")
            return None
        if not value.endswith(suffixes):
            self.fail(where, f"{value} should end with one of {suffixes}")
        target = self.src / value
        if not target.is_file():
            self.fail(where, f"missing file {value}")
            return None
        self.referenced.add(value)
        return target

    def file_ref(self, where: str, value: Any, suffixes: tuple[str, ...]) -> list[Path]:
        """Check a file ref given per language; return the existing files."""
        if not isinstance(value, dict) or set(value) != set(LANGUAGES):
            self.fail(where, f"file ref must be {{lang: path}} for {LANGUAGES}")
            return []
        found = [self.path(f"{where}.{lang}", p, suffixes) for lang, p in value.items()]
        return [f for f in found if f is not None]

    # ------------------------------------------------------------------ content files

    def markdown(self, where: str, path: Path, min_words: int, max_words: int) -> None:
        """Check a Markdown text: length, headings, a list, images that resolve."""
        body = path.read_text(encoding="utf-8")
        images = IMAGE_RE.findall(body)
        words = len(IMAGE_RE.sub("", body).replace("#", " ").split())
        if not min_words <= words <= max_words:
            self.fail(where, f"{path.name} has {words} words, expected {min_words}-{max_words}")
        if not re.search(r"^#{1,3} ", body, re.M):
            self.fail(where, f"{path.name} has no heading")
        if min_words and not re.search(r"^(- |\d+\. )", body, re.M):
            self.fail(where, f"{path.name} has no list")
        if min_words and not images:
            self.fail(where, f"{path.name} has no image")
        for image in images:
            rel = (path.parent / image).resolve().relative_to(self.src.resolve()).as_posix()
            self.path(f"{where} image", rel, (".png",))

    def pdf(self, where: str, path: Path) -> None:
        """Check a fact sheet PDF: signature, one or two A4 pages."""
        data = path.read_bytes()
        if not data.startswith(b"%PDF-"):
            self.fail(where, f"{path.name} is not a PDF")
            return
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
        if not 1 <= pages <= 2:
            self.fail(where, f"{path.name} has {pages} pages, expected 1 or 2")
        for box in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", data):
            size = [float(v) for v in box.split()][2:]
            if len(size) != 2 or abs(size[0] - 595) > 2 or abs(size[1] - 842) > 2:
                self.fail(where, f"{path.name} page is not A4: {box.decode()}")

    def png(self, where: str, path: Path) -> None:
        """Check a PNG's signature and file size."""
        data = path.read_bytes()
        if data[:8] != b"\x89PNG\r\n\x1a\n":
            self.fail(where, f"{path.name} is not a PNG")
        elif len(data) > MAX_PNG_BYTES:
            self.fail(where, f"{path.name} is {len(data)} bytes, over {MAX_PNG_BYTES}")
        else:
            width, height = struct.unpack(">II", data[16:24])
            if width > 1920 or height > 1080:
                self.fail(where, f"{path.name} is {width}x{height}, too large")

    def vtt_cues(self, where: str, path: Path) -> list[str]:
        """Return a WebVTT file's cue timings, checking its header."""
        body = path.read_text(encoding="utf-8")
        if not body.startswith("WEBVTT"):
            self.fail(where, f"{path.name} does not start with WEBVTT")
        cues = re.findall(r"^(\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3})$", body, re.M)
        if not cues:
            self.fail(where, f"{path.name} has no cues")
        return cues

    def video(self, where: str, item: dict[str, Any]) -> None:
        """Check a video item: file, duration, subtitles and poster."""
        target = self.path(f"{where}.file", item.get("file"), (".mp4", ".webm", ".mkv"))
        duration = item.get("duration_s")
        if not isinstance(duration, (int, float)) or duration <= 0:
            self.fail(where, "duration_s must be a number > 0")
            duration = 0.0
        subtitles = item.get("subtitles", {})
        timings = []
        for lang in LANGUAGES:
            vtt = self.path(f"{where}.subtitles.{lang}", subtitles.get(lang), (".vtt",))
            if vtt:
                timings.append(self.vtt_cues(where, vtt))
        if len(timings) == 2 and timings[0] != timings[1]:
            self.fail(where, "en and fr subtitles have different cue timings")
        poster = self.path(f"{where}.poster", item.get("poster"), (".png",))
        if poster:
            self.png(where, poster)
        if target is None:
            return
        self.videos.append((item["file"], float(duration)))
        if not self.has_ffprobe:
            return
        probe = json.loads(subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries",
             "format=duration:stream=codec_type,codec_name,width,height", "-of", "json",
             str(target)], capture_output=True, text=True, check=True).stdout)
        real = float(probe["format"]["duration"])
        if not 15 <= real <= 60:
            self.fail(where, f"video lasts {real:.1f} s, expected 15-60 s")
        if abs(real - float(duration)) > 0.1:
            self.fail(where, f"duration_s {duration} but the file lasts {real:.2f} s")
        codecs = {s["codec_type"]: s for s in probe["streams"]}
        v, a = codecs.get("video"), codecs.get("audio")
        if not v or v.get("codec_name") != "h264" or not a or a.get("codec_name") != "aac":
            self.fail(where, "video must be H.264 with AAC audio")
        elif v["width"] > 854 or v["height"] > 480:
            self.fail(where, f"video is {v['width']}x{v['height']}, over 854x480")

    # ------------------------------------------------------------------ quizzes

    def question(self, where: str, q: dict[str, Any]) -> None:
        """Check one quiz question against the contract's rules for its type."""
        qid, kind = q.get("id"), q.get("type")
        if not isinstance(qid, str) or not ID_RE.match(qid):
            self.fail(where, f"bad question id {qid!r}")
        self.question_ids[str(qid)] += 1
        if kind not in QUESTION_TYPES:
            self.fail(where, f"unknown question type {kind!r}")
            return
        self.question_types.setdefault(kind, []).append(str(qid))
        where = f"{where} {qid}"
        self.text(f"{where}.prompt", q.get("prompt"))
        self.text(f"{where}.explanation", q.get("explanation"))
        if "points" in q and not (isinstance(q["points"], (int, float)) and q["points"] > 0):
            self.fail(where, "points must be > 0")
        if kind in ("single", "multiple"):
            options = q.get("choices", [])
            ids = [c.get("id") for c in options]
            if len(options) < 2 or len(set(ids)) != len(ids):
                self.fail(where, "needs at least 2 choices with unique ids")
            for c in options:
                self.text(f"{where}.choice", c.get("text"))
            answer = q.get("answer")
            if kind == "single" and answer not in ids:
                self.fail(where, "answer is not a choice id")
            if kind == "multiple":
                if not isinstance(answer, list) or not answer or not set(answer) <= set(ids):
                    self.fail(where, "answer must be a non-empty list of choice ids")
                if q.get("partial") is True:
                    self.partial_multiple.append(str(qid))
                elif "partial" in q and not isinstance(q["partial"], bool):
                    self.fail(where, "partial must be a boolean")
        elif kind == "true_false" and not isinstance(q.get("answer"), bool):
            self.fail(where, "answer must be a boolean")
        elif kind == "numeric":
            answer, tolerance = q.get("answer"), q.get("tolerance", 0)
            if isinstance(answer, bool) or not isinstance(answer, (int, float)):
                self.fail(where, "answer must be a number")
            if not isinstance(tolerance, (int, float)) or tolerance < 0:
                self.fail(where, "tolerance must be >= 0")
        elif kind == "text":
            answers = q.get("answers")
            if not answers or not all(isinstance(a, str) and a.strip() for a in answers):
                self.fail(where, "answers must be a non-empty list of strings")
        elif kind == "matching":
            pairs = q.get("pairs", [])
            if len(pairs) < 2:
                self.fail(where, "needs at least 2 pairs")
            for pair in pairs:
                self.text(f"{where}.left", pair.get("left"))
                self.text(f"{where}.right", pair.get("right"))
        elif kind == "ordering":
            items = q.get("items", [])
            if len(items) < 2:
                self.fail(where, "needs at least 2 items")
            for entry in items:
                self.text(f"{where}.item", entry)

    def quiz(self, where: str, item: dict[str, Any]) -> None:
        """Check a quiz item and its quiz file."""
        target = self.path(f"{where}.quiz", item.get("quiz"), (".json",))
        score = item.get("pass_score")
        if not isinstance(score, (int, float)) or not 0 <= score <= 1:
            self.fail(where, "pass_score must be between 0 and 1")
        if item.get("feedback") not in ("immediate", "end"):
            self.fail(where, "feedback must be 'immediate' or 'end'")
        attempts = item.get("max_attempts")
        if attempts is not None and (not isinstance(attempts, int) or attempts < 1):
            self.fail(where, "max_attempts must be an integer >= 1")
        if target is None:
            return
        data = json.loads(target.read_text(encoding="utf-8"))
        if not isinstance(data.get("shuffle"), bool):
            self.fail(where, "quiz shuffle must be a boolean")
        questions = data.get("questions", [])
        if len(questions) < MIN_QUESTIONS:
            self.fail(where, f"{len(questions)} questions, expected at least {MIN_QUESTIONS}")
        for q in questions:
            self.question(where, q)

    # ------------------------------------------------------------------ manifest

    def item(self, where: str, item: dict[str, Any]) -> None:
        """Check one item of any type."""
        self.ident(where, item.get("id"))
        where = f"{where} {item.get('id')}"
        self.text(f"{where}.title", item.get("title"))
        kind = item.get("type")
        if kind == "video":
            self.video(where, item)
        elif kind == "document":
            for md in self.file_ref(f"{where}.file", item.get("file"), (".md",)):
                self.markdown(where, md, 250, 500)
        elif kind == "factsheet":
            for pdf in self.file_ref(f"{where}.file", item.get("file"), (".pdf",)):
                self.pdf(where, pdf)
        elif kind == "quiz":
            self.quiz(where, item)
        elif kind == "case_study":
            for md in self.file_ref(f"{where}.file", item.get("file"), (".md",)):
                self.markdown(where, md, 0, 1000)
            questions = item.get("questions")
            if not isinstance(questions, list) or not questions:
                self.fail(where, "case_study needs a list of questions")
            for prompt in questions or []:
                self.text(f"{where}.question", prompt)
        else:
            self.fail(where, f"unknown item type {kind!r}")

    def manifest(self) -> dict[str, Any]:
        """Check manifest.json and everything it references; return it."""
        manifest = json.loads((self.src / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("format") != 1:
            self.fail("manifest", "format must be 1")
        if not PACK_ID_RE.match(str(manifest.get("id", ""))):
            self.fail("manifest", f"bad pack id {manifest.get('id')!r}")
        version = manifest.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.fail("manifest", "version must be an integer >= 1")
        if manifest.get("languages") != list(LANGUAGES):
            self.fail("manifest", f"languages must be {list(LANGUAGES)}")
        self.text("manifest.title", manifest.get("title"))
        self.text("manifest.description", manifest.get("description"))
        publisher = manifest.get("publisher")
        if not isinstance(publisher, dict) or not publisher.get("name") or "key" in publisher:
            self.fail("manifest", "publisher must have a name and no key in the source")
        if "files" in manifest:
            self.fail("manifest", "the source manifest must not have 'files'")
        for module in manifest.get("modules", []):
            self.ident("module", module.get("id"))
            self.text(f"module {module.get('id')}.title", module.get("title"))
            for lesson in module.get("lessons", []):
                where = f"lesson {lesson.get('id')}"
                self.ident(where, lesson.get("id"))
                self.text(f"{where}.title", lesson.get("title"))
                if not isinstance(lesson.get("estimated_minutes"), int):
                    self.fail(where, "estimated_minutes missing")
                items = lesson.get("items", [])
                types = [i.get("type") for i in items]
                if types[:4] != LESSON_ORDER:
                    self.fail(where, f"items should start with {LESSON_ORDER}, got {types}")
                for entry in items:
                    self.item(where, entry)
        return manifest

    def run(self) -> dict[str, Any]:
        """Run every check; return the manifest for the summary."""
        manifest = self.manifest()
        for name, count in self.ids.items():
            if count > 1:
                self.fail("ids", f"{name} is used {count} times")
        for name, count in self.question_ids.items():
            if count > 1:
                self.fail("question ids", f"{name} is used {count} times")
        missing_types = QUESTION_TYPES - set(self.question_types)
        if missing_types:
            self.fail("quizzes", f"question types never used: {sorted(missing_types)}")
        if not self.partial_multiple:
            self.fail("quizzes", "no 'multiple' question with partial: true")
        files = {p.relative_to(self.src).as_posix() for p in self.src.rglob("*") if p.is_file()}
        for extra in sorted(files - self.referenced - {"manifest.json"}):
            self.fail("files", f"{extra} is not referenced by the manifest")
        lowered = Counter(name.lower() for name in files)
        for name, count in lowered.items():
            if count > 1:
                self.fail("files", f"{name} clashes case-insensitively")
        return manifest


def main(argv: list[str]) -> int:
    """Check the pack source given on the command line (default packs/demo/src)."""
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    if not (src / "manifest.json").is_file():
        print(f"error: no manifest.json in {src}", file=sys.stderr)
        return 1
    checker = Checker(src)
    manifest = checker.run()
    total = sum(p.stat().st_size for p in src.rglob("*") if p.is_file())
    if total >= MAX_TOTAL_BYTES:
        checker.fail("size", f"{total} bytes, the limit is {MAX_TOTAL_BYTES}")

    modules = manifest.get("modules", [])
    lessons = [lesson for m in modules for lesson in m.get("lessons", [])]
    items = Counter(i.get("type") for lesson in lessons for i in lesson.get("items", []))
    print(f"pack {manifest.get('id')} v{manifest.get('version')}: {len(modules)} modules, "
          f"{len(lessons)} lessons, items {dict(items)}")
    for name, seconds in checker.videos:
        print(f"  video {name}: {seconds:.1f} s")
    if not checker.has_ffprobe:
        print("  (ffprobe not found: video duration, codec and size checks skipped)")
    for kind in sorted(checker.question_types):
        print(f"  {kind}: {len(checker.question_types[kind])} questions")
    print(f"  multiple with partial credit: {', '.join(checker.partial_multiple) or 'none'}")
    print(f"  {len(checker.referenced)} files referenced, total {total / 1_000_000:.2f} MB")
    if checker.problems:
        print(f"\n{len(checker.problems)} problem(s):")
        for problem in checker.problems:
            print(f"  - {problem}")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
