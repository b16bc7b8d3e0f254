"""``c4s progress``: a learner's progress as the app shows it, the class's progress as a trainer
sees it, and rebuilding progress from statements."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from c4s_desktop.cli import exchange_cmds
from c4s_desktop.cli.columns import table
from c4s_desktop.cli.context import Context
from c4s_desktop.core.errors import NotFoundError
from c4s_desktop.core.learners import find_learner
from c4s_desktop.core.packs.library import get_installed
from c4s_desktop.core.packs.manifest import Manifest, pick_text
from c4s_desktop.core.progress.class_csv import utc_minute, write_class_csv
from c4s_desktop.core.progress.class_report import ClassReport, ClassRow, class_report
from c4s_desktop.core.progress.log import rebuild
from c4s_desktop.core.progress.percent import whole_percent
from c4s_desktop.core.progress.report import CourseProgress, ProgressReport, learner_report


def register(groups: Any, common: argparse.ArgumentParser) -> None:
    """Add ``c4s progress ...`` to the parser."""
    progress = groups.add_parser("progress", help="learners' progress, derived from statements",
                                 parents=[common])
    cmds = progress.add_subparsers(dest="command", required=True)
    show = cmds.add_parser("show", help="a learner's progress on every installed course",
                           parents=[common])
    show.add_argument("--learner", required=True, help="the learner's name or id")
    show.add_argument("--lang", default="en", help="language of course titles (default: en)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=_show)
    klass = cmds.add_parser(
        "class", parents=[common],
        help="every learner's progress (trainers left out), one block per installed course")
    klass.add_argument("--course", metavar="PACK_ID", help="only this course")
    klass.add_argument("--lang", default="en", help="language of course titles (default: en)")
    output = klass.add_mutually_exclusive_group()
    output.add_argument("--csv", type=Path, metavar="FILE",
                        help="write a spreadsheet (CSV, UTF-8) instead of printing")
    output.add_argument("--json", action="store_true")
    klass.set_defaults(run=_class)
    again = cmds.add_parser("rebuild", help="recompute every item state from the statements alone",
                            parents=[common])
    again.set_defaults(run=_rebuild)
    exchange_cmds.add_commands(cmds, common)


def _show(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.settled_store()  # counts what a cut run left too
    if store is None:
        raise NotFoundError("learner.not_found", learner=args.learner)
    report = learner_report(store, find_learner(store, args.learner))
    if args.json:
        print(json.dumps(report_json(report, args.lang), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, args.lang))
    return 0


def _class(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.settled_store()  # counts what a cut run left too
    manifests: list[Manifest] | None = None
    if args.course is not None:
        pack = get_installed(store, args.course) if store is not None else None
        if pack is None:
            raise NotFoundError("pack.not_installed", pack_id=args.course)
        manifests = [pack.manifest(keep_raw=False)]
    report = class_report(store, manifests) if store is not None else ClassReport((), ())
    if args.csv is not None:
        rows = write_class_csv(args.csv, report, args.lang)
        print(f"saved {rows} row(s), {len(report.courses)} course(s), to {args.csv}")
    elif args.json:
        print(json.dumps(class_json(report, args.lang), ensure_ascii=False, indent=2))
    else:
        print(format_class(report, args.lang))
    return 0


def _rebuild(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store()
    before = _derived_rows(ctx)
    items = rebuild(store)
    after = _derived_rows(ctx)
    statements = store.db.execute("SELECT count(*) FROM statements").fetchone()[0]
    differed = sum(1 for key in before.keys() | after.keys() if before.get(key) != after.get(key))
    print(f"rebuilt the progress of {items} items from {statements} statements; "
          f"{differed} differed from what was stored")
    return 0


def _derived_rows(ctx: Context) -> dict[tuple[str, str, str], tuple[object, ...]]:
    rows = ctx.store().db.execute(
        "SELECT learner_id, pack_id, item_id, started, done, detail FROM item_progress")
    return {(row[0], row[1], row[2]): tuple(row[3:]) for row in rows.fetchall()}


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{whole_percent(value)}%"


def _duration(seconds: float) -> str:
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {secs:02d} s"


def format_report(report: ProgressReport, lang: str) -> str:
    """The report as indented, readable text: course, modules, lessons, quizzes, next step."""
    lines = [f"{report.learner_name}: {len(report.courses)} course(s), "
             f"{_duration(report.time_spent_s)} spent"]
    for course in report.courses:
        lines += ["", *_course_lines(course, lang)]
    return "\n".join(lines)


def _course_lines(course: CourseProgress, lang: str) -> list[str]:
    def text(value: dict[str, str]) -> str:
        return pick_text(value, lang, course.default_language)

    state = f"completed {course.completed_at[:10]}" if course.completed_at else "in progress"
    lines = [f"{text(course.title)} ({course.publisher}): {_percent(course.completion)}, "
             f"{state}, {_duration(course.time_spent_s)} spent"]
    for module in course.modules:
        score = "" if module.score is None else f", score {_percent(module.score)}"
        lines.append(f"  {text(module.title)}: {_percent(module.completion)}{score}")
        lines += [f"    {text(lesson.title)}: {lesson.done}/{lesson.total} items"
                  for lesson in module.lessons]
    for quiz in course.quizzes:
        if quiz.attempts:
            scores = " ".join(_percent(a.scaled) + ("✓" if a.passed else "")
                              for a in quiz.attempts)
            lines.append(f"  quiz {text(quiz.title)}: {scores}")
    if course.next_step is not None:
        lines.append(f"  next: {text(course.next_step.title)} "
                     f"({text(course.next_step.lesson_title)})")
    return lines


def report_json(report: ProgressReport, lang: str) -> dict[str, Any]:
    """The report as JSON-ready data; titles in ``lang`` (else each course's own language)."""
    def course_json(course: CourseProgress) -> dict[str, Any]:
        def text(value: dict[str, str]) -> str:
            return pick_text(value, lang, course.default_language)

        step = course.next_step
        return {
            "id": course.pack_id, "title": text(course.title), "publisher": course.publisher,
            "completion": course.completion, "completed_at": course.completed_at,
            "time_spent_s": round(course.time_spent_s, 3),
            "modules": [{
                "id": m.id, "title": text(m.title), "completion": m.completion, "score": m.score,
                "lessons": [{"id": le.id, "title": text(le.title), "completion": le.completion,
                             "done": le.done, "total": le.total} for le in m.lessons],
            } for m in course.modules],
            "quizzes": [{
                "id": q.item_id, "title": text(q.title), "pass_score": q.pass_score,
                "best": q.best,
                "attempts": [{"timestamp": a.timestamp, "score": a.scaled, "passed": a.passed,
                              "registration": a.registration} for a in q.attempts],
            } for q in course.quizzes],
            "next": None if step is None else {"item": step.item_id, "title": text(step.title),
                                               "lesson": text(step.lesson_title)},
        }

    return {"learner": {"id": report.learner_id, "name": report.learner_name},
            "time_spent_s": round(report.time_spent_s, 3),
            "statements": report.statement_count,
            "courses": [course_json(course) for course in report.courses]}


_CLASS_COLUMNS = ("done", "items", "quizzes passed", "average best score", "time spent",
                  "last active (UTC)")


def format_class(report: ClassReport, lang: str) -> str:
    """The class report as text: for each course, a line naming it, then a table of learners."""
    if not report.courses:
        return "no courses installed"
    blocks = []
    for course in report.courses:
        rows = report.for_course(course.pack_id)
        title = pick_text(course.title, lang, course.default_language)
        lines = [f"{title} ({course.pack_id}): {len(rows)} learner(s)"]
        if rows:
            lines += table([("learner", *_CLASS_COLUMNS), *(_class_cells(row) for row in rows)],
                           indent="  ")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _class_cells(row: ClassRow) -> tuple[str, ...]:
    return (row.learner_name, f"{whole_percent(row.completion)}%",
            f"{row.items_done}/{row.items_total}", f"{row.quizzes_passed}/{row.quizzes_total}",
            "-" if row.mean_score is None else f"{whole_percent(row.mean_score)}%",
            _duration(row.time_spent_s),
            "never" if row.last_active is None else utc_minute(row.last_active))


def class_json(report: ClassReport, lang: str) -> dict[str, Any]:
    """The class report as JSON-ready data: courses, each with its learners' rows."""
    return {"courses": [{
        "id": course.pack_id, "title": pick_text(course.title, lang, course.default_language),
        "learners": [{
            "id": row.learner_id, "name": row.learner_name, "completion": row.completion,
            "items_done": row.items_done, "items_total": row.items_total,
            "quizzes_passed": row.quizzes_passed, "quizzes_total": row.quizzes_total,
            "mean_score": row.mean_score, "time_spent_s": round(row.time_spent_s, 3),
            "last_active": row.last_active, "completed_at": row.completed_at,
        } for row in report.for_course(course.pack_id)],
    } for course in report.courses]}
