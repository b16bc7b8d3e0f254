"""Where a learner stopped in a video, so it can start there next time.

A resume point is a convenience, not a learning record: it is overwritten, never synced, and
kept apart from the statements (the ``resume_points`` table).
"""

from __future__ import annotations

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.store.database import Store


def save_position(store: Store, learner_id: str, pack_id: str, item_id: str,
                  seconds: float) -> None:
    """Remember ``seconds`` as where ``learner_id`` stopped in the item."""
    with store.transaction() as db:
        db.execute(
            "INSERT OR REPLACE INTO resume_points "
            "(learner_id, pack_id, item_id, position, updated_at) VALUES (?, ?, ?, ?, ?)",
            [learner_id, pack_id, item_id, max(0.0, float(seconds)), utc_now_iso()],
        )


def load_position(store: Store, learner_id: str, pack_id: str, item_id: str,
                  duration: float | None = None) -> float | None:
    """Where the learner stopped in the item, in seconds, or None when never saved.

    A point at or past ``duration`` (the item's length as now installed) is None too: it was
    saved in a longer file that a course update replaced.
    """
    row = store.db.execute(
        "SELECT position FROM resume_points WHERE learner_id = ? AND pack_id = ? AND item_id = ?",
        [learner_id, pack_id, item_id],
    ).fetchone()
    if row is None or (duration is not None and float(row[0]) >= duration):
        return None
    return float(row[0])
