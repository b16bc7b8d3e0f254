"""``c4s quiz score`` on real quiz and answer files written in ``tmp_path``."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from c4s_desktop.cli import quiz_cmds
from c4s_desktop.cli.context import Context
from c4s_desktop.cli.refusal import report_refusal
from c4s_desktop.core.errors import C4SError


def text(value: str) -> dict[str, str]:
    return {"en": value}


QUIZ: dict[str, Any] = {
    "shuffle": True,
    "questions": [
        {"id": "q1", "type": "single", "prompt": text("Pick b"), "answer": "b",
         "choices": [{"id": "a", "text": text("A")}, {"id": "b", "text": text("B")}]},
        {"id": "q2", "type": "multiple", "prompt": text("Pick a to d"), "points": 2,
         "partial": True, "answer": ["a", "b", "c", "d"],
         "choices": [{"id": c, "text": text(c)} for c in "abcde"]},
        {"id": "num", "type": "numeric", "prompt": text("Pi?"), "answer": 3.14,
         "tolerance": 0.01},
        {"id": "text", "type": "text", "prompt": text("¿Qué?"), "answers": ["Gestión"]},
        {"id": "match", "type": "matching", "prompt": text("Match"),
         "pairs": [{"left": text("L0"), "right": text("R0")},
                   {"left": text("L1"), "right": text("R1")}]},
        {"id": "steps-order", "type": "ordering", "prompt": text("Order"),
         "items": [text("one"), text("two"), text("three")]},
    ],
}

ANSWERS: dict[str, Any] = {
    "q1": "b",
    "q2": ["a", "b", "c"],
    "num": 3.15,
    "text": "  GESTION ",
    "match": [0, 1],
    "steps-order": [1, 0, 2],
}


def write(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return write(tmp_path / "quiz.json", QUIZ), write(tmp_path / "answers.json", ANSWERS)


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, *argv: str) -> tuple[int, str, str]:
    """Run ``c4s quiz ...`` through a parser holding just this group, as ``c4s`` would.

    Errors are printed as ``c4s`` prints them.
    """
    common = argparse.ArgumentParser(add_help=False)
    parser = argparse.ArgumentParser(prog="c4s")
    quiz_cmds.register(parser.add_subparsers(dest="group", required=True), common)
    args = parser.parse_args(argv)
    ctx = Context(str(tmp_path / "data"))
    try:
        code: int = args.run(args, ctx)
    except C4SError as exc:
        report_refusal(exc)
        code = exc.exit_code
    finally:
        ctx.close()
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_is_an_aligned_table_and_a_total(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, tmp_path, "quiz", "score", *map(str, files))
    assert (code, err) == (0, "")
    assert out == (
        "q1           1/1\n"
        "q2           1.5/2\n"
        "num          1/1\n"
        "text         1/1\n"
        "match        1/1\n"
        "steps-order  0/1\n"
        "total 5.5/7 (79%)\n"
    )
    assert not (tmp_path / "data").exists()  # scoring needs no data folder


def test_json_output(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, tmp_path, "quiz", "score", *map(str, files), "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "questions": {
            "q1": {"score": 1, "max": 1},
            "q2": {"score": 1.5, "max": 2},
            "num": {"score": 1, "max": 1},
            "text": {"score": 1, "max": 1},
            "match": {"score": 1, "max": 1},
            "steps-order": {"score": 0, "max": 1},
        },
        "score": 5.5,
        "max": 7,
    }


def test_unanswered_questions_count_as_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quiz = write(tmp_path / "quiz.json", QUIZ)
    answers = write(tmp_path / "answers.json", {"q1": "b", "match": None})
    code, out, _ = run(capsys, tmp_path, "quiz", "score", str(quiz), str(answers))
    assert code == 0 and out.endswith("total 1/7 (14%)\n")
    score = quiz_cmds.score_files(quiz, answers)
    assert (score.score, score.max) == (1.0, 7.0)


@pytest.mark.parametrize(
    ("quiz", "answers", "exit_code", "words"),
    [
        (None, ANSWERS, 10, ["There is no file at", "quiz.json"]),
        (QUIZ, None, 10, ["There is no file at", "answers.json"]),
        (QUIZ, [ANSWERS], 10, ["answers.json holds a list", "must be one JSON object"]),
        (QUIZ, "{not json", 10, ["answers.json is not valid JSON", "line 1"]),
        (QUIZ, {**ANSWERS, "q9": "a", "q10": 1}, 10, ["does not have: 'q9', 'q10'"]),
        (QUIZ, {**ANSWERS, "match": "0,1"}, 10, ["question match cannot be scored",
                                                 "2 right-side indices"]),
        (QUIZ, {**ANSWERS, "steps-order": [0, 0, 1]}, 10, ["question steps-order",
                                                           "a list holding 0 twice"]),
        ({**QUIZ, "questions": []}, ANSWERS, 3, ["quiz.json is invalid at questions"]),
        ("[1, 2", ANSWERS, 3, ["quiz.json is not valid JSON"]),
    ],
)
def test_errors_are_one_error_line_and_the_class_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], quiz: object, answers: object,
    exit_code: int, words: list[str],
) -> None:
    paths = []
    for name, content in (("quiz.json", quiz), ("answers.json", answers)):
        path = tmp_path / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        elif content is not None:
            write(path, content)
        paths.append(str(path))
    code, out, err = run(capsys, tmp_path, "quiz", "score", *paths)
    assert code == exit_code and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and "{" not in err
    for word in words:
        assert word in err


def test_unreadable_files_are_named(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    code, _, err = run(capsys, tmp_path, "quiz", "score", str(files[0]), str(folder))
    assert code == 10 and err.startswith(
        f"error: The file {folder} cannot be read; check the path. (detail: ")
    (tmp_path / "bytes.json").write_bytes(b'{"q1": "\xff"}')
    code, _, err = run(capsys, tmp_path, "quiz", "score", str(files[0]),
                       str(tmp_path / "bytes.json"))
    assert code == 10 and "not UTF-8" in err


def _quiz_registered() -> bool:
    proc = subprocess.run([sys.executable, "-m", "c4s_desktop.cli", "quiz", "--help"],
                          capture_output=True, timeout=60)
    return proc.returncode == 0


def test_the_real_c4s_command(files: tuple[Path, Path], tmp_path: Path) -> None:
    if not _quiz_registered():
        pytest.skip("'c4s quiz' is not registered in c4s_desktop/cli/__init__.py yet")
    command = [sys.executable, "-m", "c4s_desktop.cli", "quiz", "score"]
    proc = subprocess.run([*command, *map(str, files), "--json"], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["score"] == 5.5
    bad = write(tmp_path / "bad.json", {"q1": ["b"]})
    proc = subprocess.run([*command, str(files[0]), str(bad)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 10 and proc.stdout == ""
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1
    assert "question q1" in proc.stderr
