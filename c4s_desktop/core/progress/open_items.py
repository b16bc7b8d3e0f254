"""Which item each learner has open on this computer, kept as the statements are recorded.

Time spent after a statement about a non-video item runs until the learner's next statement,
and an ``exited`` one ends it (``timeline``). The app records ``exited`` when it closes or
another learner signs in, but a power cut or a killed process records nothing, and the gap
to the next day's first statement would count (up to the 10-minute cap). So every local
statement also keeps, in the same transaction, a row per learner in ``open_items``: the
``launched`` statement of the non-video item they opened, and the timestamp of their newest
statement since. ``exited`` or a video opened (whose time is its played spans) clears it.
A row still there at the next start is a session cut short: :mod:`session_end` ends it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from c4s_desktop.core.xapi.vocabulary import ACTIVITY_TYPES, VERBS

if TYPE_CHECKING:
    import sqlite_utils

_VIDEO = ACTIVITY_TYPES["video"]


def note(db: sqlite_utils.Database, statement: dict[str, Any], about_item: bool) -> None:
    """Keep the learner's open item up to date with a statement recorded on this computer.

    ``about_item`` is whether the statement is about an item (not a lesson, module or course).
    Call inside the transaction that stores the statement, so the two never disagree.
    """
    learner = statement["actor"]["account"]["name"]
    verb = statement["verb"]["id"]
    if verb == VERBS["exited"] or (
            verb == VERBS["launched"] and about_item
            and statement["object"].get("definition", {}).get("type") == _VIDEO):
        db.execute("DELETE FROM open_items WHERE learner_id = ?", [learner])
    elif verb == VERBS["launched"] and about_item:
        db.execute("INSERT OR REPLACE INTO open_items (learner_id, launched_id, last_at) "
                   "VALUES (?, ?, ?)", [learner, statement["id"], statement["timestamp"]])
    else:
        # Timestamps share one format (UTC, milliseconds, Z), so text order is time order.
        db.execute("UPDATE open_items SET last_at = max(last_at, ?) WHERE learner_id = ?",
                   [statement["timestamp"], learner])
