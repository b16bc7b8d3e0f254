"""Wrong PINs slow the next try down, so a PIN cannot be guessed on a shared computer.

A PIN is 4 to 8 digits: 10,000 tries find a 4-digit one, and scrypt alone (~50 ms a try)
would let a script do that in minutes. After :data:`FREE_TRIES` wrong PINs in a row, each
further try waits (:data:`WAITS_S`, up to 5 minutes); the count and the time of the last
wrong PIN are kept in the database, so quitting the app does not start them again. Tries
refused while waiting are not checked and not counted, and the right PIN ends the count.
The wait is short on purpose: another learner typing wrong PINs holds the owner up for five
minutes at most (after the last wrong try), and 10,000 tries then take over a month (about
two weeks on average). The wall clock is what counts, across restarts: a clock set back
restarts the wait rather than making it endless. What this cannot stop: whoever may set the
clock forward skips waits, and whoever can copy the database file or a progress file (which
carries its learners' PIN hashes) can guess against a hash on another machine; this guards
the app's own PIN prompts.

The count belongs to this computer: progress files and sync never carry it.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners.pins import check_pin, is_valid_pin
from c4s_desktop.core.store.database import Store

FREE_TRIES = 5
"""Wrong PINs in a row before any wait: typing mistakes happen."""
WAITS_S = (30, 60, 120, 300)
"""The wait after the 5th, 6th, 7th, and 8th and every later wrong PIN in a row."""


def pin_hash(store: Store, learner_id: str) -> str | None:
    """The learner's stored PIN hash, or None when they have no PIN."""
    row = store.conn.execute("SELECT pin_hash FROM learners WHERE id = ?",
                             [learner_id]).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def check_learner_pin(store: Store, learner_id: str, name: str, pin: str | None) -> None:
    """Check ``pin`` against the learner's stored hash, counting wrong ones.

    Raises ``learner.pin_wait_seconds`` or ``learner.pin_wait_minutes`` while the learner
    must wait, without checking ``pin``, and ``learner.wrong_pin`` when it is not right. No
    PIN at all (``None``: a caller that did not know the learner has one) is refused as wrong
    and one that cannot be a PIN (not 4-8 digits) with ``learner.bad_pin``, neither counted,
    as nobody tried. A learner without a stored hash (a damaged row) has no right PIN. Call
    it outside any transaction: a refused try's count must be kept.
    """
    # Inside a caller's transaction, a refusal would undo the count with everything else.
    assert not store.conn.in_transaction, "check a PIN before the transaction it guards"
    if pin is None:
        raise InputError("learner.wrong_pin", name=name)
    if not is_valid_pin(pin):  # an empty field or a slip of the finger: nothing was tried
        raise InputError("learner.bad_pin")
    now = datetime.now(UTC)
    count, last_at = _failures(store, learner_id)
    if last_at is not None and datetime.fromisoformat(last_at) > now:
        # The clock was set back since the last wrong PIN: the wait starts again now, rather
        # than lasting until the clock has caught up (for a year, with a dead clock battery).
        last_at = utc_now_iso()
        with store.transaction() as db:
            db.execute("UPDATE pin_failures SET last_at = ? WHERE learner_id = ?",
                       [last_at, learner_id])
    left = seconds_left(count, last_at, now)
    if left > 0:
        raise wait_error(name, left)
    stored = pin_hash(store, learner_id)
    if stored is not None and check_pin(pin, stored):
        if count:
            with store.transaction() as db:
                db.execute("DELETE FROM pin_failures WHERE learner_id = ?", [learner_id])
        return
    with store.transaction() as db:
        db.execute(
            "INSERT INTO pin_failures (learner_id, count, last_at) VALUES (?, 1, ?) "
            "ON CONFLICT (learner_id) DO UPDATE SET count = count + 1, last_at = excluded.last_at",
            [learner_id, utc_now_iso()],
        )
    raise InputError("learner.wrong_pin", name=name)


def seconds_left(count: int, last_at: str | None, now: datetime) -> float:
    """How long a learner with ``count`` wrong PINs in a row, the last at ``last_at``, still
    waits at ``now`` (0 when they may try)."""
    if count < FREE_TRIES or last_at is None:
        return 0.0
    wait = WAITS_S[min(count - FREE_TRIES, len(WAITS_S) - 1)]
    since = (now - datetime.fromisoformat(last_at)).total_seconds()
    return max(0.0, min(float(wait), wait - since))  # never more than the wait itself


def wait_error(name: str, left: float) -> InputError:
    """The refusal while waiting: rounded up to 5 seconds up to a minute and a half, else to
    minutes, so the sentence never says "1 seconds" or "1 minutes" in any language."""
    if left <= 90:
        seconds = max(5, 5 * math.ceil(left / 5))
        return InputError("learner.pin_wait_seconds", name=name, seconds=seconds)
    return InputError("learner.pin_wait_minutes", name=name, minutes=math.ceil(left / 60))


def _failures(store: Store, learner_id: str) -> tuple[int, str | None]:
    row = store.conn.execute("SELECT count, last_at FROM pin_failures WHERE learner_id = ?",
                             [learner_id]).fetchone()
    return (0, None) if row is None else (int(row[0]), str(row[1]))
