"""The manifest parser: a valid pack reads into the model, and every contract rule is enforced."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import c4s_desktop.core.packs.manifest as manifest_module
from c4s_desktop.core.errors import C4SError, PackError, VersionError
from c4s_desktop.core.messages import fill, render
from c4s_desktop.core.packs.manifest import (
    MAX_MANIFEST_BYTES,
    parse_manifest,
    pick_file,
    pick_language,
    pick_text,
)
from c4s_desktop.core.packs.manifest_messages import MANIFEST_MESSAGES
from tests.jsonedit import drop, put

KEY = base64.b64encode(bytes(range(32))).decode("ascii")
FILES = [
    "m1/intro.mp4",
    "m1/intro.de.mp4",
    "m1/intro.en.vtt",
    "m1/poster.png",
    "m1/notes.md",
    "m1/sheet.pdf",
    "m2/quiz1.json",
    "m2/case.html",
]
VIDEO = ("modules", 0, "lessons", 0, "items", 0)
DOCUMENT = ("modules", 0, "lessons", 0, "items", 1)
FACTSHEET = ("modules", 0, "lessons", 0, "items", 2)
QUIZ = ("modules", 1, "lessons", 0, "items", 0)
CASE = ("modules", 1, "lessons", 0, "items", 1)


def valid_manifest() -> dict[str, Any]:
    """A small manifest that uses every item type and every optional key."""
    return {
        "format": 1,
        "id": "eu.cluster4smart.strategy",
        "version": 3,
        "title": {"en": "Strategy", "de": "Strategie"},
        "description": {"en": "A course."},
        "languages": ["en", "de"],
        "publisher": {"name": "Cluster4Smart", "key": KEY},
        "min_app_version": "0.1",
        "files": {
            path: {"sha256": hashlib.sha256(path.encode()).hexdigest(), "size": 10 + n}
            for n, path in enumerate(FILES)
        },
        "modules": [
            {
                "id": "m1",
                "title": {"en": "Basics"},
                "description": {"en": "First steps."},
                "lessons": [
                    {
                        "id": "l1",
                        "title": {"en": "Welcome"},
                        "estimated_minutes": 12,
                        "items": [
                            {
                                "id": "intro",
                                "type": "video",
                                "title": {"en": "Intro"},
                                "file": {"en": "m1/intro.mp4", "de": "m1/intro.de.mp4"},
                                "duration_s": 95.5,
                                "subtitles": {"en": "m1/intro.en.vtt"},
                                "poster": "m1/poster.png",
                                "x-added-later": True,
                            },
                            {
                                "id": "notes",
                                "type": "document",
                                "title": {"en": "Notes"},
                                "file": "m1/notes.md",
                            },
                            {
                                "id": "sheet",
                                "type": "factsheet",
                                "title": {"en": "Sheet"},
                                "file": "m1/sheet.pdf",
                            },
                        ],
                    }
                ],
            },
            {
                "id": "m2",
                "title": {"en": "Practice"},
                "lessons": [
                    {
                        "id": "l2",
                        "title": {"en": "Check"},
                        "items": [
                            {
                                "id": "check",
                                "type": "quiz",
                                "title": {"en": "Check"},
                                "quiz": "m2/quiz1.json",
                                "pass_score": 0.8,
                                "max_attempts": 3,
                                "feedback": "end",
                            },
                            {
                                "id": "case",
                                "type": "case_study",
                                "title": {"en": "Case"},
                                "file": "m2/case.html",
                                "questions": [{"en": "Why?"}, {"en": "How?", "de": "Wie?"}],
                            },
                        ],
                    }
                ],
            },
        ],
        "unknown_future_key": {"anything": [1, 2]},
    }


def encode(data: object) -> bytes:
    return json.dumps(data).encode("ascii")


def strict_message(exc: C4SError) -> str:
    """The English message, failing if the template names a parameter the error lacks."""
    return fill(MANIFEST_MESSAGES[exc.code], exc.params)


# --- The valid manifest -------------------------------------------------------------------


def test_valid_manifest_reads_into_the_model() -> None:
    m = parse_manifest(encode(valid_manifest()), app_version="0.1.0")
    assert (m.format, m.id, m.version) == (1, "eu.cluster4smart.strategy", 3)
    assert m.languages == ("en", "de")
    assert m.default_language == "en"
    assert m.publisher.name == "Cluster4Smart"
    assert m.publisher.key == KEY
    assert m.min_app_version == "0.1"
    assert m.total_size == sum(10 + n for n in range(len(FILES)))
    assert m.files["m1/notes.md"].size == 14
    assert [item.id for _m, _l, item in m.iter_items()] == [
        "intro",
        "notes",
        "sheet",
        "check",
        "case",
    ]
    assert m.referenced_paths() == set(FILES)
    assert m.raw["unknown_future_key"] == {"anything": [1, 2]}


def test_item_fields_are_typed() -> None:
    m = parse_manifest(encode(valid_manifest()))
    video, document, factsheet = m.modules[0].lessons[0].items
    quiz, case = m.modules[1].lessons[0].items
    assert video.file == {"en": "m1/intro.mp4", "de": "m1/intro.de.mp4"}
    assert video.duration_s == 95.5
    assert video.subtitles == {"en": "m1/intro.en.vtt"}
    assert video.poster == "m1/poster.png"
    assert video.raw["x-added-later"] is True
    assert document.file == {"*": "m1/notes.md"}
    assert factsheet.file == {"*": "m1/sheet.pdf"}
    assert (quiz.quiz, quiz.pass_score, quiz.max_attempts, quiz.feedback) == (
        "m2/quiz1.json",
        0.8,
        3,
        "end",
    )
    assert quiz.file is None
    assert case.questions == [{"en": "Why?"}, {"en": "How?", "de": "Wie?"}]
    assert m.modules[0].lessons[0].estimated_minutes == 12
    assert m.modules[1].description is None


def test_optional_keys_may_be_absent() -> None:
    data = valid_manifest()
    for key in ("description", "min_app_version", "unknown_future_key"):
        del data[key]
    data["publisher"] = {"name": "Someone"}
    item = data["modules"][1]["lessons"][0]["items"][0]
    del item["max_attempts"]
    m = parse_manifest(encode(data), require_key=False)
    assert m.publisher.key is None
    assert m.description is None
    assert m.modules[1].lessons[0].items[0].max_attempts is None


def test_a_source_manifest_needs_no_files() -> None:
    data = valid_manifest()
    del data["files"]
    m = parse_manifest(encode(data), require_files=False)
    assert m.files == {}
    assert m.total_size == 0
    with pytest.raises(PackError):
        parse_manifest(encode(data))


def test_a_compatible_app_version_passes() -> None:
    data = valid_manifest()
    data["min_app_version"] = "1.2.0"
    assert parse_manifest(encode(data), app_version="1.2").min_app_version == "1.2.0"
    assert parse_manifest(encode(data), app_version="1.10.0").version == 3


def test_pick_text_prefers_learner_then_default_then_any() -> None:
    text = {"en": "Hello", "de": "Hallo", "pt-BR": "Olá"}
    assert pick_text(text, "de", "en") == "Hallo"
    assert pick_text(text, "fr", "en") == "Hello"
    assert pick_text(text, "de-AT", "en") == "Hallo"
    assert pick_text(text, "PT-br", "en") == "Olá"
    assert pick_text({"fr": "Bonjour"}, "de", "en") == "Bonjour"
    assert pick_text({}, "de", "en") == ""


def test_pick_language_names_the_learners_or_the_default_tag_and_no_other() -> None:
    subtitles = ["en-GB", "fr"]
    assert pick_language(subtitles, "fr", "en-GB") == "fr"
    assert pick_language(subtitles, "hu", "en-GB") == "en-GB"
    assert pick_language(subtitles, "en", "fr") == "en-GB"  # by its primary language
    assert pick_language(["de"], "hu", "en") is None  # not any: German helps no one here


def test_pick_file_handles_plain_and_per_language_refs() -> None:
    assert pick_file({"*": "a.mp4"}, "de", "en") == "a.mp4"
    ref = {"en": "a.en.mp4", "de": "a.de.mp4"}
    assert pick_file(ref, "de", "en") == "a.de.mp4"
    assert pick_file(ref, "fr", "en") == "a.en.mp4"


# --- Every rule ---------------------------------------------------------------------------


def add_file(path: str) -> Callable[[dict[str, Any]], None]:
    return put("files", path, value={"sha256": "a" * 64, "size": 1})


I0 = "modules[0].lessons[0].items[0]"
I1 = "modules[0].lessons[0].items[1]"
I2 = "modules[0].lessons[0].items[2]"
Q = "modules[1].lessons[0].items[0]"
C = "modules[1].lessons[0].items[1]"
INVALID = "manifest.invalid"

RULES: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    ("top-level-list", lambda d: d.clear(), INVALID, "format"),
    ("format-missing", drop("format"), INVALID, "format"),
    ("format-string", put("format", value="1"), INVALID, "format"),
    ("format-bool", put("format", value=True), INVALID, "format"),
    ("format-zero", put("format", value=0), INVALID, "format"),
    ("id-uppercase", put("id", value="Eu.Pack"), INVALID, "id"),
    ("id-too-short", put("id", value="ab"), INVALID, "id"),
    ("id-underscore", put("id", value="eu.my_pack"), INVALID, "id"),
    ("version-zero", put("version", value=0), INVALID, "version"),
    ("version-bool", put("version", value=True), INVALID, "version"),
    ("version-fraction", put("version", value=1.5), INVALID, "version"),
    ("version-huge", put("version", value=2**64), INVALID, "version"),
    ("title-string", put("title", value="Strategy"), INVALID, "title"),
    ("title-empty", put("title", value={}), INVALID, "title"),
    ("title-value-number", put("title", "en", value=5), INVALID, "title.en"),
    ("title-bad-language", put("title", "english!", value="x"), INVALID, 'title["english!"]'),
    ("title-lone-surrogate", put("title", "en", value="a\ud800"), INVALID, "title.en"),
    ("description-list", put("description", value=[]), INVALID, "description"),
    ("languages-empty", put("languages", value=[]), INVALID, "languages"),
    ("languages-duplicate", put("languages", value=["en", "EN"]), INVALID, "languages[1]"),
    ("languages-not-a-tag", put("languages", value=["english"]), INVALID, "languages[0]"),
    ("publisher-missing", drop("publisher"), INVALID, "publisher"),
    ("publisher-name-empty", put("publisher", "name", value=" "), INVALID, "publisher.name"),
    ("publisher-key-missing", drop("publisher", "key"), INVALID, "publisher.key"),
    ("publisher-key-not-base64", put("publisher", "key", value="!!"), INVALID, "publisher.key"),
    (
        "publisher-key-31-bytes",
        put("publisher", "key", value=base64.b64encode(bytes(31)).decode()),
        INVALID,
        "publisher.key",
    ),
    (
        "publisher-key-urlsafe",
        put("publisher", "key", value=base64.urlsafe_b64encode(b"\xff" * 32).decode()),
        INVALID,
        "publisher.key",
    ),
    ("min-app-version-bad", put("min_app_version", value="soon"), INVALID, "min_app_version"),
    ("files-missing", drop("files"), INVALID, "files"),
    ("files-list", put("files", value=[]), INVALID, "files"),
    (
        "files-sha-uppercase",
        put("files", "m1/notes.md", "sha256", value="A" * 64),
        INVALID,
        'files["m1/notes.md"].sha256',
    ),
    (
        "files-size-negative",
        put("files", "m1/notes.md", "size", value=-1),
        INVALID,
        'files["m1/notes.md"].size',
    ),
    (
        "files-size-string",
        put("files", "m1/notes.md", "size", value="10"),
        INVALID,
        'files["m1/notes.md"].size',
    ),
    ("files-dotdot", add_file("../evil.md"), "manifest.bad_path", 'files["../evil.md"]'),
    ("files-absolute", add_file("/etc/x"), "manifest.bad_path", 'files["/etc/x"]'),
    ("files-manifest", add_file("manifest.json"), "manifest.bad_path", 'files["manifest.json"]'),
    ("files-signature", add_file("Manifest.SIG"), "manifest.bad_path", 'files["Manifest.SIG"]'),
    ("files-case-clash", add_file("M1/Notes.md"), "manifest.path_collision", "M1/Notes.md"),
    ("files-file-and-folder", add_file("m1"), "manifest.path_collision", "the manifest's files"),
    ("modules-empty", put("modules", value=[]), INVALID, "modules"),
    ("lessons-empty", put("modules", 0, "lessons", value=[]), INVALID, "modules[0].lessons"),
    (
        "items-empty",
        put("modules", 0, "lessons", 0, "items", value=[]),
        INVALID,
        "modules[0].lessons[0].items",
    ),
    (
        "lesson-minutes-negative",
        put("modules", 0, "lessons", 0, "estimated_minutes", value=-1),
        INVALID,
        "modules[0].lessons[0].estimated_minutes",
    ),
    (
        "module-description-number",
        put("modules", 0, "description", value=5),
        INVALID,
        "modules[0].description",
    ),
    (
        "duplicate-id-lesson-module",
        put("modules", 0, "lessons", 0, "id", value="m1"),
        "manifest.duplicate_id",
        "modules[0].lessons[0].id",
    ),
    ("duplicate-id-items", put(*CASE, "id", value="intro"), "manifest.duplicate_id", f"{C}.id"),
    ("item-id-uppercase", put(*VIDEO, "id", value="Intro"), INVALID, f"{I0}.id"),
    ("item-id-too-long", put(*VIDEO, "id", value="a" * 65), INVALID, f"{I0}.id"),
    ("item-type-missing", drop(*VIDEO, "type"), INVALID, f"{I0}.type"),
    (
        "item-type-unknown",
        put(*VIDEO, "type", value="simulation"),
        "manifest.unknown_item_type",
        f"{I0}.type",
    ),
    ("item-title-missing", drop(*DOCUMENT, "title"), INVALID, f"{I1}.title"),
    ("video-file-missing", drop(*VIDEO, "file"), INVALID, f"{I0}.file"),
    ("video-file-avi", put(*VIDEO, "file", value="m1/intro.avi"), INVALID, f"{I0}.file"),
    ("video-file-number", put(*VIDEO, "file", value=3), INVALID, f"{I0}.file"),
    ("video-file-empty-ref", put(*VIDEO, "file", value={}), INVALID, f"{I0}.file"),
    (
        "video-file-dangling",
        put(*VIDEO, "file", value="m1/other.mp4"),
        "manifest.dangling_ref",
        f"{I0}.file",
    ),
    (
        "video-file-lang-dangling",
        put(*VIDEO, "file", "de", value="m1/x.de.mp4"),
        "manifest.dangling_ref",
        f"{I0}.file.de",
    ),
    ("video-file-lang-bad", put(*VIDEO, "file", "*", value="m1/intro.mp4"), INVALID, f"{I0}.file"),
    (
        "video-file-backslash",
        put(*VIDEO, "file", value="m1\\intro.mp4"),
        "manifest.bad_path",
        f"{I0}.file",
    ),
    ("video-duration-zero", put(*VIDEO, "duration_s", value=0), INVALID, f"{I0}.duration_s"),
    ("video-duration-string", put(*VIDEO, "duration_s", value="9"), INVALID, f"{I0}.duration_s"),
    ("video-duration-missing", drop(*VIDEO, "duration_s"), INVALID, f"{I0}.duration_s"),
    (
        "video-subtitles-srt",
        put(*VIDEO, "subtitles", "en", value="m1/intro.en.srt"),
        INVALID,
        f"{I0}.subtitles.en",
    ),
    (
        "video-subtitles-dangling",
        put(*VIDEO, "subtitles", "de", value="m1/intro.de.vtt"),
        "manifest.dangling_ref",
        f"{I0}.subtitles.de",
    ),
    ("video-subtitles-list", put(*VIDEO, "subtitles", value=[]), INVALID, f"{I0}.subtitles"),
    ("video-poster-gif", put(*VIDEO, "poster", value="m1/poster.gif"), INVALID, f"{I0}.poster"),
    ("document-htm", put(*DOCUMENT, "file", value="m1/notes.htm"), INVALID, f"{I1}.file"),
    ("document-pdf", put(*DOCUMENT, "file", value="m1/sheet.pdf"), INVALID, f"{I1}.file"),
    ("factsheet-docx", put(*FACTSHEET, "file", value="m1/sheet.docx"), INVALID, f"{I2}.file"),
    ("quiz-path-missing", drop(*QUIZ, "quiz"), INVALID, f"{Q}.quiz"),
    ("quiz-path-dangling", put(*QUIZ, "quiz", value="m2/q.json"), "manifest.dangling_ref", Q),
    ("quiz-pass-score-high", put(*QUIZ, "pass_score", value=1.5), INVALID, f"{Q}.pass_score"),
    ("quiz-pass-score-missing", drop(*QUIZ, "pass_score"), INVALID, f"{Q}.pass_score"),
    ("quiz-max-attempts-zero", put(*QUIZ, "max_attempts", value=0), INVALID, f"{Q}.max_attempts"),
    ("quiz-max-attempts-1.5", put(*QUIZ, "max_attempts", value=1.5), INVALID, "max_attempts"),
    ("quiz-feedback-other", put(*QUIZ, "feedback", value="later"), INVALID, f"{Q}.feedback"),
    ("quiz-feedback-missing", drop(*QUIZ, "feedback"), INVALID, f"{Q}.feedback"),
    ("case-questions-missing", drop(*CASE, "questions"), INVALID, f"{C}.questions"),
    ("case-questions-string", put(*CASE, "questions", value="Why?"), INVALID, f"{C}.questions"),
    ("case-question-string", put(*CASE, "questions", 0, value="Why?"), INVALID, "questions[0]"),
]


@pytest.mark.parametrize(
    ("mutate", "code", "where"), [rule[1:] for rule in RULES], ids=[rule[0] for rule in RULES]
)
def test_each_rule_is_enforced_and_named(
    mutate: Callable[[dict[str, Any]], None], code: str, where: str
) -> None:
    data = copy.deepcopy(valid_manifest())
    mutate(data)
    with pytest.raises(PackError) as info:
        parse_manifest(encode(data))
    assert info.value.code == code
    assert where in strict_message(info.value)
    assert str(info.value) == strict_message(info.value)


@pytest.mark.parametrize(
    ("data", "code", "where"),
    [
        (b" " * MAX_MANIFEST_BYTES + b"{}", "manifest.too_large", "manifest.json"),
        (b'{"format": 1, "id": "\xff"}', "manifest.not_utf8", "offset 21"),
        (b"\xef\xbb\xbf{}", "manifest.not_json", "line 1, column 1"),
        (b'{"format": 1,\n "id": }', "manifest.not_json", "line 2, column 8"),
        (b'{"format": 1, "format": 1}', "manifest.not_json", "'format'"),
        (b'{"format": NaN}', "manifest.not_json", "NaN"),
        (b"[" * 100_000 + b"]" * 100_000, "manifest.not_json", "nest"),
        (b"[]", "manifest.invalid", "the top level"),
    ],
    ids=["too-large", "not-utf8", "bom", "syntax", "duplicate-key", "nan", "deep", "list"],
)
def test_unreadable_manifests_are_refused(data: bytes, code: str, where: str) -> None:
    with pytest.raises(PackError) as info:
        parse_manifest(data)
    assert info.value.code == code
    # The sentence or, for what only the parser can say, the detail an admin sees.
    assert where in f"{strict_message(info.value)} {info.value.technical}"


def test_an_infinite_number_is_refused() -> None:
    data = encode(valid_manifest()).replace(b'"duration_s": 95.5', b'"duration_s": 1e400')
    with pytest.raises(PackError) as info:
        parse_manifest(data)
    assert info.value.code == "manifest.invalid"
    assert f"invalid at {I0}.duration_s;" in strict_message(info.value)
    assert info.value.technical == "it must be a finite number"


def test_a_newer_format_needs_a_newer_app() -> None:
    data = valid_manifest()
    data["format"] = 2
    data["modules"] = "whatever format 2 means"
    with pytest.raises(VersionError) as info:
        parse_manifest(encode(data))
    assert info.value.code == "manifest.format_too_new"
    assert "format 2" in strict_message(info.value)
    assert "update C4S Desktop" in strict_message(info.value)


def test_a_too_old_app_is_told_before_other_checks() -> None:
    data = valid_manifest()
    data["min_app_version"] = "2.0"
    data["modules"][0]["lessons"][0]["items"][0]["type"] = "simulation"
    with pytest.raises(VersionError) as info:
        parse_manifest(encode(data), app_version="1.9.9")
    assert info.value.code == "manifest.app_too_old"
    message = strict_message(info.value)
    assert "min_app_version" in message
    assert "2.0" in message
    assert "1.9.9" in message


def test_dangling_reference_names_item_and_path() -> None:
    data = valid_manifest()
    data["modules"][0]["lessons"][0]["items"][0]["file"] = "m2/x.mp4"
    with pytest.raises(PackError) as info:
        parse_manifest(encode(data))
    assert strict_message(info.value) == (
        f"The pack's manifest is invalid at {I0}.file: item 'intro' refers to 'm2/x.mp4', "
        "which is not one of the pack's files; ask the pack's publisher for a corrected pack."
    )


def test_duplicate_id_names_the_first_use() -> None:
    data = valid_manifest()
    data["modules"][1]["lessons"][0]["items"][1]["id"] = "intro"
    with pytest.raises(PackError) as info:
        parse_manifest(encode(data))
    assert f"already used at {I0}.id" in strict_message(info.value)


def test_source_manifests_still_check_paths_but_not_references() -> None:
    data = valid_manifest()
    del data["files"]
    data["modules"][0]["lessons"][0]["items"][1]["file"] = "m1/not-yet-listed.md"
    assert parse_manifest(encode(data), require_files=False).referenced_paths() >= {
        "m1/not-yet-listed.md"
    }
    data["modules"][0]["lessons"][0]["items"][1]["file"] = "../outside.md"
    with pytest.raises(PackError) as info:
        parse_manifest(encode(data), require_files=False)
    assert info.value.code == "manifest.bad_path"


def test_a_present_key_is_checked_even_when_not_required() -> None:
    data = valid_manifest()
    data["publisher"]["key"] = "not a key"
    with pytest.raises(PackError) as info:
        parse_manifest(encode(data), require_key=False)
    assert "publisher.key" in strict_message(info.value)


def test_every_code_raised_has_a_template_and_every_template_is_used() -> None:
    package = Path(manifest_module.__file__).parent.parent
    sources = [
        package / "packs" / "paths.py",
        package / "packs" / "manifest.py",
        package / "quiz" / "schema.py",
    ]
    raised: set[str] = set()
    for source in sources:
        raised |= set(
            re.findall(r'Error\(\s*"([a-z0-9_]+\.[a-z0-9_]+)"', source.read_text("utf-8"))
        )
    assert raised == set(MANIFEST_MESSAGES)


def test_templates_render_through_the_catalogue() -> None:
    for code, template in MANIFEST_MESSAGES.items():
        names = set(re.findall(r"{(\w+)(?::n)?}", template))
        rendered = render(code, {name: f"<{name}>" for name in names})
        assert "{" not in rendered
        assert rendered.endswith(".")
        assert rendered.count(". ") == 0, f"{code} must be one sentence"
