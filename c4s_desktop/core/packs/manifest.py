"""The pack manifest (``manifest.json``): its typed model and the strict parser of the contract.

The typed JSON reads it uses live in ``jsonshape.py``, shared with the quiz file parser.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from c4s_desktop.core.errors import PackError, VersionError
from c4s_desktop.core.packs.jsonshape import (
    LANGUAGE,
    JsonObject,
    JsonSyntaxError,
    ShapeError,
    Text,
    as_id,
    as_int,
    as_list,
    as_number,
    as_object,
    as_string,
    as_text,
    child,
    describe,
    language_key,
    load_json,
    maybe,
    need,
)
from c4s_desktop.core.packs.paths import (
    casefold_key,
    check_pack_path,
    check_unique_casefold,
    printable,
)

MAX_MANIFEST_BYTES = 4 * 1024 * 1024
FORMAT = 1
RESERVED_PATHS = ("manifest.json", "manifest.sig")
ITEM_TYPES = ("video", "document", "factsheet", "quiz", "case_study")
TEXT_ITEM_TYPES = ("document", "case_study")
"""The item types whose file is a course text (Markdown or HTML)."""
FEEDBACK_MODES = ("immediate", "end")
FILE_EXTENSIONS: dict[str, tuple[str, ...]] = {
    "video": (".mp4", ".webm", ".mkv"),
    "document": (".md", ".html"),
    "factsheet": (".pdf",),
    "case_study": (".md", ".html"),
}
SUBTITLE_EXTENSIONS = (".vtt",)
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".webp")
PACK_ID = re.compile(r"[a-z0-9][a-z0-9.-]{2,99}")
SHA256 = re.compile(r"[0-9a-f]{64}")

FileRef = dict[str, str]


# --- Picking a language -------------------------------------------------------------------


def matching_language(keys: Iterable[str], lang: str) -> str | None:
    """The one of ``keys`` (language tags) that serves ``lang``: the same tag, then the same
    ignoring case, then the same primary language (``de-AT`` finds ``de``); else None."""
    keys = list(keys)
    if lang in keys:
        return lang
    wanted = lang.casefold()
    for key in keys:
        if key.casefold() == wanted:
            return key
    primary = wanted.split("-")[0]
    return next((key for key in keys if key.casefold().split("-")[0] == primary), None)


def pick_language(keys: Iterable[str], lang: str, default_lang: str) -> str | None:
    """The one of ``keys`` for the learner's language, else for the pack's default language
    (matched as :func:`matching_language` does); None when neither is there."""
    keys = list(keys)
    for wanted in (lang, default_lang):
        key = matching_language(keys, wanted)
        if key is not None:
            return key
    return None


def pick_text(text: Mapping[str, str], lang: str, default_lang: str) -> str:
    """The entry for the learner's language, else the pack's default language, else any.

    A tag matches as :func:`matching_language` says. An empty mapping gives ``""``.
    """
    key = pick_language(text, lang, default_lang)
    if key is not None:
        return text[key]
    return next(iter(text.values()), "")


def pick_file(ref: Mapping[str, str], lang: str, default_lang: str) -> str:
    """The path of a file ref for the learner's language, chosen as :func:`pick_text` does.

    A plain-path ref is stored as ``{"*": path}`` and so fits every language.
    """
    return pick_text(ref, lang, default_lang)


# --- The model ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FileEntry:
    """One file of the pack, as the manifest lists it."""

    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Publisher:
    """Who made the pack; ``key`` is its Ed25519 public key in base64, None when absent."""

    name: str
    key: str | None


@dataclass(frozen=True)
class Item:
    """One thing a learner opens; the fields its ``type`` does not use keep their defaults."""

    id: str
    type: str
    title: Text
    file: FileRef | None = None
    duration_s: float | None = None
    subtitles: dict[str, str] = field(default_factory=dict)
    poster: str | None = None
    quiz: str | None = None
    pass_score: float | None = None
    max_attempts: int | None = None
    feedback: str | None = None
    questions: list[Text] = field(default_factory=list)
    raw: JsonObject = field(default_factory=dict)

    def referenced_paths(self) -> list[str]:
        """Every pack path the item refers to: its files, subtitles, poster and quiz."""
        paths = [*(self.file or {}).values(), *self.subtitles.values()]
        return paths + [path for path in (self.poster, self.quiz) if path is not None]


@dataclass(frozen=True)
class Lesson:
    """An ordered list of items."""

    id: str
    title: Text
    estimated_minutes: float | None
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Module:
    """An ordered list of lessons."""

    id: str
    title: Text
    description: Text | None
    lessons: tuple[Lesson, ...]


@dataclass(frozen=True)
class Manifest:
    """A parsed, checked ``manifest.json``; ``raw`` keeps the JSON object as it was."""

    format: int
    id: str
    version: int
    title: Text
    description: Text | None
    languages: tuple[str, ...]
    publisher: Publisher
    min_app_version: str | None
    files: dict[str, FileEntry]
    modules: tuple[Module, ...]
    raw: JsonObject

    @property
    def default_language(self) -> str:
        """The pack's default language: the first of ``languages``."""
        return self.languages[0]

    @property
    def total_size(self) -> int:
        """The size in bytes of all the pack's listed files."""
        return sum(entry.size for entry in self.files.values())

    def iter_items(self) -> Iterator[tuple[Module, Lesson, Item]]:
        """Every item in course order, with its module and lesson."""
        for module in self.modules:
            for lesson in module.lessons:
                for item in lesson.items:
                    yield module, lesson, item

    def referenced_paths(self) -> set[str]:
        """Every path any item refers to (files, subtitles, posters, quizzes)."""
        return {path for _m, _l, item in self.iter_items() for path in item.referenced_paths()}


# --- The manifest parser ------------------------------------------------------------------


def read_manifest_json(data: bytes) -> object:
    """The JSON value of ``manifest.json`` bytes: size, UTF-8 and strict JSON checked."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise PackError(
            "manifest.too_large", path="manifest.json", size=len(data), limit=MAX_MANIFEST_BYTES
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackError("manifest.not_utf8", offset=exc.start) from exc
    try:
        return load_json(text)
    except JsonSyntaxError as exc:
        raise PackError("manifest.not_json", detail=exc.detail) from exc


def parse_manifest(
    data: bytes,
    *,
    require_files: bool = True,
    require_key: bool = True,
    app_version: str | None = None,
) -> Manifest:
    """Parse ``manifest.json`` and check every rule of the pack contract.

    ``require_files`` is False for a pack source before it is built: ``files`` may then be
    absent, and references are not checked against it. ``require_key`` demands
    ``publisher.key``. With ``app_version`` (PEP 440), a pack whose ``min_app_version`` is
    newer is refused (an ``app_version`` that is not PEP 440 is a programming error and raises
    ``InvalidVersion``). Raises ``PackError`` for a broken manifest and ``VersionError`` for a
    pack that needs a newer C4S Desktop.
    """
    value = read_manifest_json(data)
    try:
        return _parse(value, require_files, require_key, app_version)
    except ShapeError as exc:
        raise PackError("manifest.invalid", where=exc.where, problem=exc.problem) from exc


def _parse(
    value: object, require_files: bool, require_key: bool, app_version: str | None
) -> Manifest:
    root = as_object(value, "the top level")
    fmt = need(root, "format", "", lambda v, w: as_int(v, w, 1))
    if fmt > FORMAT:
        raise VersionError("manifest.format_too_new", where="format", found=fmt, supported=FORMAT)
    min_app = maybe(root, "min_app_version", "", _as_version)
    if min_app is not None and app_version is not None and _older(app_version, min_app):
        raise VersionError(
            "manifest.app_too_old", where="min_app_version", needed=min_app, have=app_version
        )
    pack_id = need(root, "id", "", _as_pack_id)
    version = need(root, "version", "", lambda v, w: as_int(v, w, 1))
    title = need(root, "title", "", as_text)
    description = maybe(root, "description", "", as_text)
    languages = need(root, "languages", "", _as_languages)
    publisher = need(root, "publisher", "", lambda v, w: _as_publisher(v, w, require_key))
    if require_files:
        files: dict[str, FileEntry] | None = need(root, "files", "", _as_files)
    else:
        files = maybe(root, "files", "", _as_files)
    modules = need(root, "modules", "", _Body(files if require_files else None).modules)
    return Manifest(
        format=fmt,
        id=pack_id,
        version=version,
        title=title,
        description=description,
        languages=languages,
        publisher=publisher,
        min_app_version=min_app,
        files=files or {},
        modules=modules,
        raw=root,
    )


def _either(options: tuple[str, ...]) -> str:
    quoted = [f"'{option}'" for option in options]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} or {quoted[-1]}"


def _older(version: str, than: str) -> bool:
    from packaging.version import Version  # compiles a large pattern: only when checking

    return Version(version) < Version(than)


def _as_version(value: object, where: str) -> str:
    from packaging.version import InvalidVersion, Version

    text = as_string(value, where)
    try:
        Version(text)
    except InvalidVersion as exc:
        problem = f"'{printable(text)}' is not a PEP 440 version such as '1.2.0'"
        raise ShapeError(where, problem) from exc
    return text


def _as_pack_id(value: object, where: str) -> str:
    text = as_string(value, where)
    if not PACK_ID.fullmatch(text):
        raise ShapeError(
            where,
            f"'{printable(text)}' is not a pack id (3 to 100 lowercase letters, digits, '.' or "
            "'-', reverse-DNS style like 'eu.cluster4smart.strategy')",
        )
    return text


def _as_languages(value: object, where: str) -> tuple[str, ...]:
    tags: dict[str, str] = {}
    for index, entry in enumerate(as_list(value, where, 1)):
        tag = as_string(entry, child(where, index))
        if not LANGUAGE.fullmatch(tag):
            problem = f"'{printable(tag)}' is not a language tag like 'en' or 'pt-BR'"
            raise ShapeError(child(where, index), problem)
        if tag.casefold() in tags:
            raise ShapeError(child(where, index), f"'{tag}' is listed twice")
        tags[tag.casefold()] = tag
    return tuple(tags.values())


def _as_publisher(value: object, where: str, require_key: bool) -> Publisher:
    obj = as_object(value, where)
    name = need(obj, "name", where, as_string)
    if not name.strip():
        raise ShapeError(child(where, "name"), "it must not be empty")
    if require_key:
        key: str | None = need(obj, "key", where, _as_public_key)
    else:
        key = maybe(obj, "key", where, _as_public_key)
    return Publisher(name, key)


def _as_public_key(value: object, where: str) -> str:
    text = as_string(value, where)
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        raw = b""
    if len(raw) != 32 or base64.b64encode(raw).decode("ascii") != text:
        raise ShapeError(where, "it must be a 32-byte Ed25519 public key in standard base64")
    return text


def _as_sha256(value: object, where: str) -> str:
    text = as_string(value, where)
    if not SHA256.fullmatch(text):
        raise ShapeError(where, "it must be a SHA-256 of 64 lowercase hexadecimal digits")
    return text


def _as_files(value: object, where: str) -> dict[str, FileEntry]:
    files: dict[str, FileEntry] = {}
    for path, entry in as_object(value, where).items():
        at = child(where, path)
        check_pack_path(path, at)
        if casefold_key(path) in RESERVED_PATHS:
            raise PackError(
                "manifest.bad_path",
                where=at,
                path=printable(path),
                problem="that name is kept for the manifest and its signature",
            )
        fields = as_object(entry, at)
        sha256 = need(fields, "sha256", at, _as_sha256)
        size = need(fields, "size", at, lambda v, w: as_int(v, w, 0))
        files[path] = FileEntry(path, sha256, size)
    check_unique_casefold([*RESERVED_PATHS, *files], where="the manifest's files")
    return files


def _as_feedback(value: object, where: str) -> str:
    text = as_string(value, where)
    if text not in FEEDBACK_MODES:
        raise ShapeError(where, f"it must be {_either(FEEDBACK_MODES)}, not '{printable(text)}'")
    return text


def _as_questions(value: object, where: str) -> list[Text]:
    return [as_text(entry, child(where, i)) for i, entry in enumerate(as_list(value, where))]


class _Body:
    """Parses modules, lessons and items; keeps ids unique and references resolvable."""

    def __init__(self, files: Mapping[str, FileEntry] | None) -> None:
        self.files = files  # None: references are not checked (a pack source)
        self.ids: dict[str, str] = {}

    def unique_id(self, obj: JsonObject, where: str) -> str:
        value = need(obj, "id", where, as_id)
        at = child(where, "id")
        if value in self.ids:
            raise PackError("manifest.duplicate_id", where=at, id=value, first=self.ids[value])
        self.ids[value] = at
        return value

    def modules(self, value: object, where: str) -> tuple[Module, ...]:
        entries = as_list(value, where, 1)
        return tuple(self.module(entry, child(where, i)) for i, entry in enumerate(entries))

    def module(self, value: object, where: str) -> Module:
        obj = as_object(value, where)
        return Module(
            id=self.unique_id(obj, where),
            title=need(obj, "title", where, as_text),
            description=maybe(obj, "description", where, as_text),
            lessons=need(obj, "lessons", where, self.lessons),
        )

    def lessons(self, value: object, where: str) -> tuple[Lesson, ...]:
        entries = as_list(value, where, 1)
        return tuple(self.lesson(entry, child(where, i)) for i, entry in enumerate(entries))

    def lesson(self, value: object, where: str) -> Lesson:
        obj = as_object(value, where)
        return Lesson(
            id=self.unique_id(obj, where),
            title=need(obj, "title", where, as_text),
            estimated_minutes=maybe(
                obj, "estimated_minutes", where, lambda v, w: as_number(v, w, minimum=0)
            ),
            items=need(obj, "items", where, self.items),
        )

    def items(self, value: object, where: str) -> tuple[Item, ...]:
        entries = as_list(value, where, 1)
        return tuple(self.item(entry, child(where, i)) for i, entry in enumerate(entries))

    def item(self, value: object, where: str) -> Item:
        obj = as_object(value, where)
        item_id = self.unique_id(obj, where)
        kind = need(obj, "type", where, as_string)
        if kind not in ITEM_TYPES:
            raise PackError(
                "manifest.unknown_item_type",
                where=child(where, "type"),
                item=item_id,
                type=printable(kind),
                known=", ".join(ITEM_TYPES),
            )
        title = need(obj, "title", where, as_text)
        if kind == "quiz":
            return Item(
                item_id,
                kind,
                title,
                quiz=need(obj, "quiz", where, lambda v, w: self.path(v, w, item_id, ())),
                pass_score=need(
                    obj, "pass_score", where, lambda v, w: as_number(v, w, minimum=0, maximum=1)
                ),
                max_attempts=maybe(obj, "max_attempts", where, lambda v, w: as_int(v, w, 1)),
                feedback=need(obj, "feedback", where, _as_feedback),
                raw=obj,
            )
        extensions = FILE_EXTENSIONS[kind]
        file = need(obj, "file", where, lambda v, w: self.file_ref(v, w, item_id, extensions))
        if kind == "video":
            return Item(
                item_id,
                kind,
                title,
                file=file,
                duration_s=need(obj, "duration_s", where, lambda v, w: as_number(v, w, above=0)),
                subtitles=maybe(obj, "subtitles", where, lambda v, w: self.subtitles(v, w, item_id))
                or {},
                poster=maybe(
                    obj, "poster", where, lambda v, w: self.path(v, w, item_id, IMAGE_EXTENSIONS)
                ),
                raw=obj,
            )
        questions = need(obj, "questions", where, _as_questions) if kind == "case_study" else []
        return Item(item_id, kind, title, file=file, questions=questions, raw=obj)

    def path(self, value: object, where: str, item_id: str, extensions: tuple[str, ...]) -> str:
        path = check_pack_path(as_string(value, where), where)
        if extensions and not path.lower().endswith(extensions):
            raise ShapeError(where, f"'{printable(path)}' must end in {_either(extensions)}")
        if self.files is not None and path not in self.files:
            raise PackError(
                "manifest.dangling_ref", where=where, item=item_id, path=printable(path)
            )
        return path

    def file_ref(
        self, value: object, where: str, item_id: str, extensions: tuple[str, ...]
    ) -> FileRef:
        if isinstance(value, str):
            return {"*": self.path(value, where, item_id, extensions)}
        if not isinstance(value, dict):
            problem = f"it must be a path or an object of language: path, not {describe(value)}"
            raise ShapeError(where, problem)
        if not value:
            raise ShapeError(where, "it must name at least one file")
        return {
            language_key(lang, where): self.path(path, child(where, lang), item_id, extensions)
            for lang, path in value.items()
        }

    def subtitles(self, value: object, where: str, item_id: str) -> dict[str, str]:
        return {
            language_key(lang, where): self.path(
                path, child(where, lang), item_id, SUBTITLE_EXTENSIONS
            )
            for lang, path in as_object(value, where).items()
        }
