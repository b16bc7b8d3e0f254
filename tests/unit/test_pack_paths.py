"""The pack contract's path rules: relative, portable, NFC, unique ignoring case."""

from __future__ import annotations

import pytest

from c4s_desktop.core.errors import PackError
from c4s_desktop.core.packs.manifest_messages import MANIFEST_MESSAGES
from c4s_desktop.core.packs.paths import casefold_key, check_pack_path, check_unique_casefold


def _strict_message(exc: PackError) -> str:
    """The English message, failing if the template names a parameter the error lacks."""
    return MANIFEST_MESSAGES[exc.code].format(**exc.params)


@pytest.mark.parametrize(
    "path",
    [
        "intro.mp4",
        "m1/intro.mp4",
        "m1/sub folder/Ünïcödé ✓.md",
        "a/.hidden/b...c",
        "x" * 255,
        "é" * 127,  # 254 bytes
    ],
)
def test_good_paths_are_returned(path: str) -> None:
    assert check_pack_path(path, "files") == path


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("", "empty"),
        ("/etc/passwd", "starts with '/'"),
        ("a\\b.mp4", "'\\'"),
        ("C:/x.mp4", "drive letter"),
        ("c:x.mp4", "drive letter"),
        ("a//b.mp4", "empty segment"),
        ("a/b/", "empty segment"),
        ("../up.mp4", "'..'"),
        ("a/../b.mp4", "'..'"),
        ("./a.mp4", "'.'"),
        ("a/./b.mp4", "'.'"),
        ("a\x00b", "control character"),
        ("a\nb", "control character"),
        ("a\x7fb", "control character"),
        ("a\x85b", "control character"),
        ("e\u0301.md", "NFC"),
        ("x" * 256, "256 bytes"),
        ("é" * 128, "256 bytes"),
        ("a\ud800b", "not valid Unicode"),
    ],
)
def test_bad_paths_are_refused_naming_where_and_why(path: str, problem: str) -> None:
    with pytest.raises(PackError) as info:
        check_pack_path(path, 'files["x"]')
    assert info.value.code == "manifest.bad_path"
    assert 'files["x"]' in _strict_message(info.value)
    assert problem in info.value.technical


def test_bad_path_message_escapes_control_characters() -> None:
    with pytest.raises(PackError) as info:
        check_pack_path("a\nb", "the pack's files")
    assert "a\\u000ab" in _strict_message(info.value)
    assert "\n" not in _strict_message(info.value)


def test_casefold_key_ignores_case_and_normalisation() -> None:
    assert casefold_key("M1/Intro.MP4") == casefold_key("m1/intro.mp4")
    assert casefold_key("Straße") == casefold_key("STRASSE")
    assert casefold_key("É") == casefold_key("e\u0301")
    assert casefold_key("a/b") != casefold_key("a/c")


def test_distinct_paths_pass() -> None:
    check_unique_casefold(["a/b.mp4", "a/c.mp4", "ab", "a/b/../c"])


@pytest.mark.parametrize(
    ("paths", "first", "second"),
    [
        (["m1/Intro.mp4", "m1/intro.mp4"], "m1/Intro.mp4", "m1/intro.mp4"),
        (["M1/a.md", "m1/a.md"], "M1/a.md", "m1/a.md"),
        (["a", "a/b.md"], "a", "a/b.md"),
        (["a/b.md", "A"], "a/b.md", "A"),
        (["x/Y/z.md", "x/y"], "x/Y/z.md", "x/y"),
    ],
)
def test_colliding_paths_are_refused_naming_both(paths: list[str], first: str, second: str) -> None:
    with pytest.raises(PackError) as info:
        check_unique_casefold(paths)
    assert info.value.code == "manifest.path_collision"
    message = _strict_message(info.value)
    assert f"'{first}'" in message
    assert f"'{second}'" in message
    assert "the pack's files" in message


def test_collision_names_the_given_place() -> None:
    with pytest.raises(PackError) as info:
        check_unique_casefold(["a.md", "A.md"], where="the source folder")
    assert "the source folder" in _strict_message(info.value)
