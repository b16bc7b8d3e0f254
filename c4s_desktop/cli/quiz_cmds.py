"""``c4s quiz``: score a file of answers against a quiz file, as the app would."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from c4s_desktop.cli.context import Context, path_arg
from c4s_desktop.core.errors import InputError
from c4s_desktop.core.packs.jsonshape import JsonSyntaxError, describe, load_json
from c4s_desktop.core.quiz.schema import parse_quiz
from c4s_desktop.core.quiz.scoring import QuizScore, score_quiz


def register(groups: Any, common: argparse.ArgumentParser) -> None:
    """Add ``c4s quiz ...`` to the parser."""
    quiz = groups.add_parser("quiz", help="check answers against quiz files", parents=[common])
    cmds = quiz.add_subparsers(dest="command", required=True)

    score = cmds.add_parser(
        "score",
        help="score a JSON object of answers ({question id: answer}) against a quiz file",
        parents=[common],
    )
    score.add_argument("quiz_file", type=path_arg)
    score.add_argument("responses_file", type=path_arg)
    score.add_argument("--json", action="store_true")
    score.set_defaults(run=_score)


def score_files(quiz_file: Path, responses_file: Path) -> QuizScore:
    """Read a quiz file and a file of answers, and score the answers.

    Raises ``InputError`` for a missing or unreadable file, answers that are not one JSON
    object, unknown question ids or answers of the wrong shape, and ``PackError`` for an
    invalid quiz file.
    """
    quiz = parse_quiz(_read(quiz_file), str(quiz_file))
    return score_quiz(quiz, _responses(responses_file))


def format_score(result: QuizScore) -> str:
    """The score as an aligned table, one question a line, then the total and percentage."""
    width = max(len(question_id) for question_id in result.questions)
    lines = [
        f"{question_id:<{width}}  {_number(s.score)}/{_number(s.max)}"
        for question_id, s in result.questions.items()
    ]
    lines.append(f"total {_number(result.score)}/{_number(result.max)} ({result.ratio:.0%})")
    return "\n".join(lines)


def score_json(result: QuizScore) -> dict[str, Any]:
    """The score as ``{"questions": {id: {"score", "max"}}, "score", "max"}``."""
    return {
        "questions": {
            question_id: {"score": s.score, "max": s.max}
            for question_id, s in result.questions.items()
        },
        "score": result.score,
        "max": result.max,
    }


def _score(args: argparse.Namespace, ctx: Context) -> int:
    result = score_files(args.quiz_file, args.responses_file)
    if args.json:
        print(json.dumps(score_json(result), ensure_ascii=False, indent=2))
    else:
        print(format_score(result))
    return 0


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("quiz.file_missing", path=str(path)) from exc
    except OSError as exc:
        detail = exc.strerror or exc.__class__.__name__
        raise InputError("quiz.file_unreadable", path=str(path), detail=detail) from exc


def _responses(path: Path) -> dict[str, object]:
    data = _read(path)
    try:
        value = load_json(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        detail = f"it is not UTF-8 text: invalid byte at offset {exc.start}"
        raise InputError("quiz.responses_not_json", path=str(path), detail=detail) from exc
    except JsonSyntaxError as exc:
        raise InputError("quiz.responses_not_json", path=str(path), detail=exc.detail) from exc
    if not isinstance(value, dict):
        raise InputError("quiz.responses_not_object", path=str(path), got=describe(value))
    return value


def _number(value: float) -> str:
    """A score for reading: at most two decimals, no trailing zeros (``5.5``, ``7``)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
