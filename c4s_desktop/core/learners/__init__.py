"""Learners sharing one machine: each has a name, an optional PIN and their own progress.

A learner may also be a trainer, who sees everyone's progress (``trainers.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.errors import InputError, NotFoundError
from c4s_desktop.core.learners.names import MAX_NAME, clean_name, name_key
from c4s_desktop.core.learners.pin_attempts import check_learner_pin
from c4s_desktop.core.learners.pins import hash_pin, is_valid_pin
from c4s_desktop.core.store.database import Store

__all__ = ["MAX_NAME", "Learner", "create_learner", "find_learner", "learner_named",
           "list_learners", "rename_learner", "set_pin", "sign_in"]


@dataclass(frozen=True)
class Learner:
    """One learner of this machine."""

    id: str
    name: str
    has_pin: bool
    created_at: str
    last_seen_at: str | None
    trainer: bool = False
    """A trainer sees every learner's progress, so always has a PIN."""


_COLUMNS = "id, name, pin_hash IS NOT NULL, created_at, last_seen_at, trainer"


def _learner(row: tuple[object, ...]) -> Learner:
    return Learner(str(row[0]), str(row[1]), bool(row[2]), str(row[3]),
                   None if row[4] is None else str(row[4]), bool(row[5]))


def create_learner(store: Store, name: str, pin: str | None = None) -> Learner:
    """Add a learner; the PIN (4-8 digits) is optional and stored as a scrypt hash.

    The name is cleaned by :func:`~c4s_desktop.core.learners.names.clean_name`; a name that
    differs from a learner's only in case or in how its accents are encoded is taken.
    """
    clean = clean_name(name)
    if pin is not None and not is_valid_pin(pin):
        raise InputError("learner.bad_pin")
    import uuid  # with platform: only when a learner is added, not at every start

    learner = Learner(str(uuid.uuid4()), clean, pin is not None, utc_now_iso(), None)
    with store.transaction() as db:
        # The unique index folds ASCII case only (COLLATE NOCASE): "ZOË" and "zoë", or a name
        # stored decomposed before names were normalised, get past it.
        same = learner_named(store, clean)
        if same is not None:
            raise InputError("learner.exists", name=same.name)
        db.table("learners").insert({
            "id": learner.id,
            "name": learner.name,
            "pin_hash": hash_pin(pin) if pin is not None else None,
            "created_at": learner.created_at,
            "last_seen_at": None,
        })
    return learner


def rename_learner(store: Store, learner_id: str, name: str) -> Learner:
    """Give the learner another name, under the rules of :func:`create_learner`.

    Their id, PIN and progress stay; changing only the case or accents of their own name is
    allowed. Two learners of one name from two computers get "(2)" when the second arrives
    by progress file or sync: this is how they are told apart for good.
    """
    clean = clean_name(name)
    with store.transaction() as db:
        learner = find_learner(store, learner_id)
        same = learner_named(store, clean)
        if same is not None and same.id != learner.id:
            raise InputError("learner.exists", name=same.name)
        db.execute("UPDATE learners SET name = ? WHERE id = ?", [clean, learner.id])
    return find_learner(store, learner.id)


def set_pin(store: Store, learner_id: str, pin: str | None) -> Learner:
    """Give the learner a new PIN (4-8 digits, else ``learner.bad_pin``), or none, as this
    computer's account owner (the CLI): for a learner who forgot theirs. No PIN is checked,
    and wrong PINs counted so far are forgotten. A trainer keeps a PIN
    (``trainer.needs_pin``). Only this computer's copy changes: progress files and sync add
    learners new to a computer, never a PIN to one it knows.
    """
    if pin is not None and not is_valid_pin(pin):
        raise InputError("learner.bad_pin")
    with store.transaction() as db:
        learner = find_learner(store, learner_id)
        if pin is None and learner.trainer:
            raise InputError("trainer.needs_pin", name=learner.name)
        db.execute("UPDATE learners SET pin_hash = ? WHERE id = ?",
                   [None if pin is None else hash_pin(pin), learner.id])
        db.execute("DELETE FROM pin_failures WHERE learner_id = ?", [learner.id])
    return find_learner(store, learner.id)


def list_learners(store: Store) -> list[Learner]:
    """Every learner, most recently seen first, then by name."""
    # Plain sqlite3 for reads: sqlite-utils takes a tenth of a second to import, and the app
    # lists its learners at every start.
    rows = store.conn.execute(
        f"SELECT {_COLUMNS} FROM learners "
        "ORDER BY last_seen_at IS NULL, last_seen_at DESC, name COLLATE NOCASE"
    ).fetchall()
    return [_learner(row) for row in rows]


def find_learner(store: Store, id_or_name: str) -> Learner:
    """The learner with this id, or else this name (ignoring case and accent encoding)."""
    row = store.conn.execute(f"SELECT {_COLUMNS} FROM learners WHERE id = ?",
                             [id_or_name]).fetchone()
    found = _learner(row) if row is not None else learner_named(store, id_or_name)
    if found is None:
        raise NotFoundError("learner.not_found", learner=id_or_name)
    return found


def learner_named(store: Store, name: str) -> Learner | None:
    """The learner whose name is ``name`` under the name rule (case and accent encoding
    aside), if any."""
    # In Python, not SQL: SQLite folds ASCII case only and knows nothing of NFC. A machine
    # has tens of learners, so reading them all costs nothing.
    key = name_key(name)
    rows = store.conn.execute(f"SELECT {_COLUMNS} FROM learners ORDER BY created_at, id")
    return next((_learner(row) for row in rows if name_key(str(row[1])) == key), None)


def sign_in(store: Store, learner_id: str, pin: str | None = None) -> Learner:
    """Check the learner's PIN (when they have one) and note when they were last seen.

    Wrong PINs in a row make the next tries wait (``learner.pin_wait_seconds`` or
    ``learner.pin_wait_minutes``, see :mod:`~c4s_desktop.core.learners.pin_attempts`).
    """
    learner = find_learner(store, learner_id)
    if learner.has_pin:
        check_learner_pin(store, learner.id, learner.name, pin)
    with store.transaction() as db:
        db.execute("UPDATE learners SET last_seen_at = ? WHERE id = ?",
                   [utc_now_iso(), learner.id])
    return find_learner(store, learner.id)
