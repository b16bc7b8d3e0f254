"""The class progress as a spreadsheet (CSV) a trainer can open in any spreadsheet program.

UTF-8 with a byte order mark, which spreadsheet programs need to show accents right; one row
per learner and course. Written whole or not at all (``copying.written_whole``), and safe to
open: a cell that a spreadsheet would run as a formula is written as text.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.packs.copying import written_whole
from c4s_desktop.core.packs.manifest import pick_text
from c4s_desktop.core.progress.class_report import ClassReport, ClassRow
from c4s_desktop.core.progress.percent import whole_percent

CSV_HEADERS: tuple[str, ...] = (
    "Learner", "Course", "Course id", "Done (%)", "Items done", "Items", "Quizzes passed",
    "Quizzes", "Average best score (%)", "Time spent (min)", "Last active (UTC)",
    "Completed (UTC)",
)
"""The English column names; the app passes them translated."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula. A learner's name may come from another
computer's progress file, so such a cell is written after a ``'``, which shows it as text."""


def utc_minute(timestamp: str) -> str:
    """An ISO 8601 time as ``YYYY-MM-DD HH:MM`` in UTC (the text itself if it is not one)."""
    try:
        moment = datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return f"{moment:%Y-%m-%d %H:%M}"


def text_cell(text: str) -> str:
    """``text`` as a cell no spreadsheet runs as a formula (see :data:`FORMULA_STARTS`)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cells(row: ClassRow, course_title: str, decimal: str) -> list[object]:
    # Only the texts need guarding: a figure (even a negative one) is read as a number.
    return [
        text_cell(row.learner_name), text_cell(course_title), text_cell(row.pack_id),
        whole_percent(row.completion), row.items_done, row.items_total, row.quizzes_passed,
        row.quizzes_total, "" if row.mean_score is None else whole_percent(row.mean_score),
        f"{row.time_spent_s / 60:.1f}".replace(".", decimal),
        "" if row.last_active is None else text_cell(utc_minute(row.last_active)),
        "" if row.completed_at is None else text_cell(utc_minute(row.completed_at)),
    ]


def write_class_csv(path: Path, report: ClassReport, lang: str,
                    headers: Sequence[str] = CSV_HEADERS, delimiter: str = ",",
                    decimal: str = ".") -> int:
    """Write every row of ``report`` to ``path`` (replacing it) and return how many.

    Course titles are in ``lang`` (else each course's own language). Percentages are whole
    numbers, minutes have one decimal (after ``decimal``), times are UTC ``YYYY-MM-DD HH:MM``;
    what does not exist yet (no quiz attempted, never active, not completed) is blank. Cells
    are separated by ``delimiter``: spreadsheets set up for a language that writes 1,5 (French,
    Spanish, Hungarian) expect ``;`` and ``,``.
    The file appears whole or not at all; an OS error, or a path naming no file (``""``,
    ``.``, ``/``), leaves anything already at ``path`` as it was and becomes
    ``SpaceError("class.csv_disk_full")`` or ``InputError("class.csv_unwritable")``.
    """
    if len(headers) != len(CSV_HEADERS):
        raise ValueError(f"{len(CSV_HEADERS)} headers needed, {len(headers)} given")
    if path.name in ("", ".", ".."):
        raise InputError("class.csv_unwritable", path=str(path), detail="not a file name")
    titles = {c.pack_id: pick_text(c.title, lang, c.default_language) for c in report.courses}
    with written_whole(path, full="class.csv_disk_full",
                       unwritable="class.csv_unwritable") as part, \
            open(part, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)  # CRLF line ends, quotes where needed
        writer.writerow([text_cell(header) for header in headers])
        writer.writerows(_cells(row, titles[row.pack_id], decimal) for row in report.rows)
    return len(report.rows)
