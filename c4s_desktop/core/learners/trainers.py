"""Trainers: learners who may see every learner's progress (the class progress).

Each learner sees only their own progress; a trainer sees everyone's, so a trainer's profile
is always locked by a PIN. On a computer with trainers, they are also the ones who confirm,
with that PIN, what changes the computer for every learner (see :func:`confirm_as_trainer`).
The role belongs to this computer: progress files and sync never carry it, so a learner
arriving from elsewhere is never a trainer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import Learner, find_learner
from c4s_desktop.core.learners.pin_attempts import check_learner_pin, pin_hash
from c4s_desktop.core.learners.pins import hash_pin, is_valid_pin
from c4s_desktop.core.store.database import Store

if TYPE_CHECKING:
    import sqlite_utils


def any_trainer(store: Store) -> bool:
    """True when some learner of this computer is a trainer."""
    return store.conn.execute("SELECT 1 FROM learners WHERE trainer LIMIT 1").fetchone() is not None


def trainer_names(store: Store) -> list[str]:
    """The names of this computer's trainers, in alphabetical order (case folded)."""
    rows = store.conn.execute("SELECT name FROM learners WHERE trainer").fetchall()
    return sorted((str(row[0]) for row in rows), key=lambda name: (name.casefold(), name))


def claim_first_trainer(store: Store, learner_id: str, pin: str) -> Learner:
    """Make the learner this computer's first trainer.

    Refused with ``trainer.taken`` when a trainer exists already (then only a trainer may see
    class progress, and a learner cannot promote themselves), and with ``trainer.not_alone``
    when any other learner uses this computer: the role is claimed only while setting a
    computer up (a trainer's own laptop), so a curious learner on a shared computer cannot
    make themselves the one who sees everyone's progress; there the owner gives it
    (:func:`set_trainer`). A learner with a PIN proves it with ``pin`` (``learner.wrong_pin``,
    and waits after wrong PINs in a row: :mod:`~c4s_desktop.core.learners.pin_attempts`); one
    without a PIN gets ``pin`` (4-8 digits, else
    ``learner.bad_pin``) as their PIN.
    """
    # Checked before the promotion's transaction, not in it: a wrong PIN's count must be
    # kept, and the transaction is undone when it refuses. The store has one writer (the
    # data folder's lock, one worker thread), so nothing changes in between.
    if any_trainer(store):
        raise InputError("trainer.taken")
    learner = find_learner(store, learner_id)
    if _others_exist(store, learner.id):
        raise InputError("trainer.not_alone", name=learner.name)
    if learner.has_pin:
        check_learner_pin(store, learner.id, learner.name, pin)
    elif not is_valid_pin(pin):
        raise InputError("learner.bad_pin")
    with store.transaction() as db:
        _promote(db, learner.id, pin_hash(store, learner.id) or hash_pin(pin))
    return find_learner(store, learner.id)


def set_trainer(store: Store, learner_id: str, trainer: bool, pin: str | None = None) -> Learner:
    """Give or take away the trainer role, as this computer's account owner (the CLI).

    The owner holds the data folder anyway, so no PIN is checked; but a trainer needs one:
    a learner without a PIN gets ``pin`` (4-8 digits, else ``learner.bad_pin``), and without
    it the role is refused with ``trainer.needs_pin``. A learner's existing PIN is kept
    (``pin`` is then not used), and so is it when the role is taken away.
    """
    with store.transaction() as db:
        learner = find_learner(store, learner_id)
        if not trainer:
            db.execute("UPDATE learners SET trainer = 0 WHERE id = ?", [learner.id])
        else:
            stored = pin_hash(store, learner.id)
            if stored is None:
                if pin is None:
                    raise InputError("trainer.needs_pin", name=learner.name)
                if not is_valid_pin(pin):
                    raise InputError("learner.bad_pin")
                stored = hash_pin(pin)
            _promote(db, learner.id, stored)
    return find_learner(store, learner.id)


def confirm_as_trainer(store: Store, learner_id: str, pin: str) -> Learner:
    """Check a trainer's confirmation of a decision for the whole computer; the trainer.

    Installing a pack whose publisher this computer does not trust, trusting a publisher's
    key, removing a course or changing the sync server affects every learner, so where the
    computer has trainers, one of them confirms with their PIN. Refused with
    ``trainer.not_trainer`` when the learner is not a trainer (any more) and with
    ``learner.wrong_pin`` when ``pin`` is not theirs (wrong PINs in a row make the next tries
    wait, as when signing in).
    """
    learner = find_learner(store, learner_id)
    if not learner.trainer:
        raise InputError("trainer.not_trainer", name=learner.name)
    # A trainer always has a PIN; one without (a damaged row) cannot confirm anything.
    check_learner_pin(store, learner.id, learner.name, pin)
    return learner


def _others_exist(store: Store, learner_id: str) -> bool:
    return store.conn.execute("SELECT 1 FROM learners WHERE id != ? LIMIT 1",
                              [learner_id]).fetchone() is not None


def _promote(db: sqlite_utils.Database, learner_id: str, pin_hash: str) -> None:
    db.execute("UPDATE learners SET trainer = 1, pin_hash = ? WHERE id = ?",
               [pin_hash, learner_id])
