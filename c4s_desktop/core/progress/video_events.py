"""The statement for one watched span of a video (docs/xapi.md, "watches a span of a video")."""

from __future__ import annotations

from c4s_desktop.core.progress.intervals import format_segments
from c4s_desktop.core.xapi.statements import Statement, activity_iri, make_statement
from c4s_desktop.core.xapi.vocabulary import EXT_FILE, EXT_LENGTH, EXT_SEGMENT


def watched_statement(
    learner_id: str,
    pack_id: str,
    item_id: str,
    start: float,
    end: float,
    length: float,
    lang: str,
    lesson_id: str | None = None,
    file_sha256: str | None = None,
) -> Statement:
    """An ``experienced`` statement saying the learner played ``start``..``end`` seconds.

    ``length`` is the video's length in seconds; ``lang`` the subtitle or app language;
    the course, and the lesson when ``lesson_id`` is given, are the parent activities.
    ``file_sha256`` names the file played, so a span counts only for that file once a course
    update replaces it (``summary.item_completion``).
    """
    course = activity_iri(pack_id)
    parents = (activity_iri(pack_id, lesson_id), course) if lesson_id else (course,)
    extensions: dict[str, object] = {EXT_LENGTH: round(float(length), 3)}
    if file_sha256:
        extensions[EXT_FILE] = file_sha256
    return make_statement(
        learner_id,
        "experienced",
        activity_iri(pack_id, item_id),
        "video",
        result={"extensions": {EXT_SEGMENT: format_segments([(start, end)])}},
        extensions=extensions,
        parents=parents,
        language=lang,
    )
