"""When a learner completed a course, a module or a lesson: the moment the last of its items,
as the installed version of the course has them, became done.

Not the course's own ``completed`` statement, and never the learner's newest statement: an
update can complete a course without one (the one item left undone was removed), or make it
incomplete and then complete again (items were added, then done), when the first statement
names a day before the new content existed; and the newest statement moves with every later
click. Each item's moment is the timestamp of the statement that first made it done, folding
the learner's statements about it in time order as ``derive.apply`` does; a node's moment is
the latest of its items'. So the progress screen, the class report and its CSV, a certificate
and ``c4s progress`` give one date, however often and whenever they are asked.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from contextlib import closing

from c4s_desktop.core.packs.manifest import Item, Manifest
from c4s_desktop.core.progress.derive import ItemState, apply
from c4s_desktop.core.progress.summary import item_done
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.xapi.vocabulary import VERBS

_DONE_VERBS = json.dumps([VERBS[v] for v in ("completed", "experienced", "responded", "passed",
                                              "failed")])
"""The verbs that can make an item done (``summary.item_done``): a failed attempt too, once an
update lowered the pass mark below its score; the others only start an item."""

_SQL = """
SELECT item_id, timestamp, body FROM statements
WHERE learner_id = :learner AND pack_id = :pack
  AND item_id IN (SELECT value FROM json_each(:items))
  AND verb IN (SELECT value FROM json_each(:verbs))
ORDER BY timestamp, id
"""


def item_done_moments(store: Store, learner_id: str, manifest: Manifest) -> dict[str, str]:
    """When each item of ``manifest`` first became done for the learner: item id -> the
    timestamp of that statement. Items never done are absent.

    The statements come in time order, read as they are needed: once every item is done,
    the later ones (a year of a course gone over again) cannot move a moment, so they are
    never read."""
    installed = {item.id: item for _m, _l, item in manifest.iter_items()}
    items = json.dumps(list(installed))
    states: dict[str, ItemState] = {}
    moments: dict[str, str] = {}
    with closing(store.conn.execute(_SQL, {"learner": learner_id, "pack": manifest.id,
                                           "items": items, "verbs": _DONE_VERBS})) as rows:
        for item_id, timestamp, body in rows:
            if item_id in moments:
                continue  # done stays done: its later statements cannot move the moment
            state = apply(states.get(item_id, ItemState()), json.loads(body))
            states[item_id] = state
            if item_done(installed[item_id], state):  # judged as every screen judges it
                moments[item_id] = timestamp
                if len(moments) == len(installed):
                    break
    return moments


def done_moment(items: Iterable[Item], moments: Mapping[str, str]) -> str | None:
    """The moment the last of ``items`` became done, from :func:`item_done_moments`; None
    when none of them is done."""
    return max((moments[item.id] for item in items if item.id in moments), default=None)


def course_completed_at(store: Store, learner_id: str, manifest: Manifest) -> str | None:
    """When the learner completed the course as it is installed (the timestamp of the
    statement that finished its last item); meaningful only once the course is complete."""
    return done_moment((item for _m, _l, item in manifest.iter_items()),
                       item_done_moments(store, learner_id, manifest))
