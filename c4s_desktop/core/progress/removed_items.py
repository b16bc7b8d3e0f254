"""Who loses something when an update removes items: the admin is told before it runs."""

from __future__ import annotations

from collections.abc import Collection

from c4s_desktop.core.store.database import Store


def learners_with_work_in(store: Store, pack_id: str, item_ids: Collection[str]) -> int:
    """How many learners on this computer started any of ``item_ids`` of ``pack_id``.

    Their statements stay (history is never deleted), but once the items are gone they no
    longer count towards the course.
    """
    if not item_ids:
        return 0
    marks = ",".join("?" * len(item_ids))
    row = store.conn.execute(
        f"SELECT COUNT(DISTINCT learner_id) FROM item_progress "
        f"WHERE pack_id = ? AND started = 1 AND item_id IN ({marks})",
        [pack_id, *item_ids],
    ).fetchone()
    return int(row[0])
