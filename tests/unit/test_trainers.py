"""Trainers: the role on real stores, its PIN rule, and the schema migration that adds it."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from c4s_desktop.core.errors import DataDirBusyError, InputError, NotFoundError
from c4s_desktop.core.learners import (
    Learner,
    create_learner,
    find_learner,
    list_learners,
    rename_learner,
    sign_in,
)
from c4s_desktop.core.learners.pin_attempts import pin_hash
from c4s_desktop.core.learners.trainers import (
    any_trainer,
    claim_first_trainer,
    confirm_as_trainer,
    set_trainer,
    trainer_names,
)
from c4s_desktop.core.store import migrations
from c4s_desktop.core.store.database import Store


def test_a_database_of_schema_8_keeps_its_learners_none_a_trainer(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as schema8:
        schema8.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:8])
        with Store.open(data_dir) as store, store.transaction() as db:
            db.execute("INSERT INTO learners (id, name, pin_hash, created_at, last_seen_at) "
                       "VALUES ('a1', 'Ana', NULL, '2026-01-01T00:00:00.000Z', NULL), "
                       "('b2', 'Béla', 'scrypt$x', '2026-01-02T00:00:00.000Z', "
                       "'2026-02-01T08:00:00.000Z')")
    with Store.open(data_dir) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        learners = {x.name: x for x in list_learners(store)}
        assert set(learners) == {"Ana", "Béla"}
        assert not learners["Ana"].trainer and not learners["Béla"].trainer
        assert learners["Béla"].has_pin and learners["Béla"].last_seen_at is not None
        column = [c for c in store.conn.execute("PRAGMA table_info(learners)")
                  if c[1] == "trainer"]
        assert [(c[2], c[3], c[4]) for c in column] == [("INTEGER", 1, "0")]
        # Writers that name their columns (progress files, sync) still add learners.
        with store.transaction() as db:
            db.execute("INSERT INTO learners (id, name, pin_hash, created_at, last_seen_at) "
                       "VALUES ('c3', 'Cleo', NULL, '2026-03-01T00:00:00.000Z', NULL)")
        assert find_learner(store, "c3").trainer is False
    assert any("before-schema9" in p.name for p in (data_dir / "backups").iterdir())


def test_the_first_trainer_without_a_pin_gets_the_one_given(store: Store) -> None:
    ana = create_learner(store, "Ana")
    assert not any_trainer(store) and not ana.trainer
    trainer = claim_first_trainer(store, ana.id, "2468")
    assert trainer.trainer and trainer.has_pin and any_trainer(store)
    assert find_learner(store, "Ana") == trainer
    with pytest.raises(InputError) as info:
        sign_in(store, ana.id)
    assert info.value.code == "learner.wrong_pin"
    assert sign_in(store, ana.id, "2468").trainer


def test_the_first_trainer_with_a_pin_proves_it(store: Store) -> None:
    ana = create_learner(store, "Ana", pin="1357")
    before = pin_hash(store, ana.id)
    with pytest.raises(InputError) as info:
        claim_first_trainer(store, ana.id, "9999")
    assert info.value.code == "learner.wrong_pin" and "Ana" in info.value.message
    assert not find_learner(store, ana.id).trainer and not any_trainer(store)
    assert claim_first_trainer(store, ana.id, "1357").trainer
    assert pin_hash(store, ana.id) == before  # their own PIN, unchanged


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", ""])
def test_a_first_trainer_needs_a_pin_of_4_to_8_digits(store: Store, pin: str) -> None:
    ana = create_learner(store, "Ana")
    with pytest.raises(InputError) as info:
        claim_first_trainer(store, ana.id, pin)
    assert info.value.code == "learner.bad_pin"
    assert find_learner(store, ana.id) == ana and pin_hash(store, ana.id) is None


def test_only_the_first_trainer_can_be_claimed(store: Store) -> None:
    ana = create_learner(store, "Ana")
    claim_first_trainer(store, ana.id, "2468")
    ben = create_learner(store, "Ben", pin="8642")
    with pytest.raises(InputError) as info:
        claim_first_trainer(store, ben.id, "8642")
    assert info.value.code == "trainer.taken"
    assert "sign in as a trainer" in info.value.message
    assert [x.name for x in list_learners(store) if x.trainer] == ["Ana"]


def test_the_role_is_claimed_only_by_a_computers_only_learner(store: Store) -> None:
    # A shared computer: a curious learner cannot make themselves the one who sees everyone.
    ana, ben = create_learner(store, "Ana"), create_learner(store, "Ben", pin="8642")
    for learner, pin in ((ana, "2468"), (ben, "8642")):
        with pytest.raises(InputError) as info:
            claim_first_trainer(store, learner.id, pin)
        assert info.value.code == "trainer.not_alone"
    assert info.value.message == (
        "Only the computer's owner can make Ben the trainer now that other learners use this "
        "computer: ask them to run c4s learners trainer with your name.")
    assert not any_trainer(store) and pin_hash(store, ana.id) is None  # nothing changed
    # The owner gives it; then anyone else trying is told a trainer exists.
    set_trainer(store, ben.id, True)
    with pytest.raises(InputError) as info:
        claim_first_trainer(store, ana.id, "2468")
    assert info.value.code == "trainer.taken"


def test_the_trainers_names_in_alphabetical_order(store: Store) -> None:
    assert trainer_names(store) == []
    for name in ("zoë", "Ana", "Dan", "béla", "Cleo"):
        learner = create_learner(store, name)
        if name != "Dan":
            set_trainer(store, learner.id, True, "1234")
    assert trainer_names(store) == ["Ana", "béla", "Cleo", "zoë"]


def test_only_a_trainer_with_their_own_pin_confirms_for_the_computer(store: Store) -> None:
    ana = set_trainer(store, create_learner(store, "Ana").id, True, "2468")
    bela = create_learner(store, "Béla", pin="1357")
    assert confirm_as_trainer(store, "ana", "2468") == ana  # by name, as the dialog asks
    assert confirm_as_trainer(store, ana.id, "2468") == ana
    with pytest.raises(InputError) as info:
        confirm_as_trainer(store, "Ana", "1357")  # another learner's PIN
    assert info.value.code == "learner.wrong_pin"
    with pytest.raises(InputError) as info:
        confirm_as_trainer(store, "Béla", "1357")  # the right PIN of a learner, not a trainer
    assert info.value.code == "trainer.not_trainer"
    assert info.value.message == ("Béla is not a trainer of this computer; choose one of its "
                                  "trainers.")
    set_trainer(store, ana.id, False)
    with pytest.raises(InputError) as info:
        confirm_as_trainer(store, "Ana", "2468")  # the role taken away meanwhile
    assert info.value.code == "trainer.not_trainer"
    with pytest.raises(NotFoundError):
        confirm_as_trainer(store, "Nobody", "2468")
    assert find_learner(store, bela.id) == bela


def test_the_owner_makes_a_trainer_who_needs_a_pin(store: Store) -> None:
    ana = create_learner(store, "Ana")
    with pytest.raises(InputError) as info:
        set_trainer(store, ana.id, True)
    assert info.value.code == "trainer.needs_pin"
    assert info.value.message == ("A trainer sees every learner's progress, so Ana needs a "
                                  "PIN; give one (4 to 8 digits).")
    with pytest.raises(InputError) as info:
        set_trainer(store, ana.id, True, "12")
    assert info.value.code == "learner.bad_pin"
    assert find_learner(store, ana.id) == ana
    assert set_trainer(store, ana.id, True, "5678").trainer
    assert sign_in(store, ana.id, "5678").trainer


def test_the_owner_keeps_an_existing_pin_and_removing_the_role_keeps_it_too(
        store: Store) -> None:
    ana = create_learner(store, "Ana", pin="1357")
    before = pin_hash(store, ana.id)
    assert set_trainer(store, ana.id, True).trainer
    assert set_trainer(store, ana.id, True, "0000").trainer  # a PIN given is not used
    assert pin_hash(store, ana.id) == before
    removed = set_trainer(store, ana.id, False)
    assert not removed.trainer and removed.has_pin and pin_hash(store, ana.id) == before
    assert not any_trainer(store)
    # With no trainer left, the computer's only learner may claim the role again.
    assert claim_first_trainer(store, ana.id, "1357").trainer
    with pytest.raises(NotFoundError):
        set_trainer(store, "nobody", True, "1234")


def test_the_role_is_stored_and_read_back_by_a_reader(data_dir: Path, store: Store) -> None:
    ana = create_learner(store, "Ana")
    set_trainer(store, ana.id, True, "2468")
    store.close()
    conn = sqlite3.connect(data_dir / "c4s.sqlite")
    assert conn.execute("SELECT name, trainer FROM learners").fetchall() == [("Ana", 1)]
    conn.close()
    with Store.open(data_dir, write=False) as reader:
        assert find_learner(reader, "Ana").trainer


CHANGES: dict[str, Callable[[Store, str], Learner]] = {
    "claim": lambda store, ana: claim_first_trainer(store, ana, "2468"),
    "give": lambda store, ana: set_trainer(store, ana, True, "2468"),
    "take away": lambda store, ana: set_trainer(store, ana, False),
    "rename": lambda store, ana: rename_learner(store, ana, "Ana García"),
}
"""Each reads the learner, then writes, in one transaction."""


def hold_write_lock(data_dir: Path) -> sqlite3.Connection:
    """Another connection to the database holding its write lock (as another process would)."""
    other = sqlite3.connect(data_dir / "c4s.sqlite", isolation_level=None,
                            check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    return other


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_waits_for_another_writer_to_finish(data_dir: Path, store: Store,
                                                     change: str) -> None:
    # SQLite refuses a read turned into a write at once while another connection writes,
    # without waiting: the change takes the write lock first, and so waits its turn.
    ana = create_learner(store, "Ana")
    other = hold_write_lock(data_dir)
    release = threading.Timer(0.6, other.execute, ["COMMIT"])
    started = time.monotonic()
    release.start()
    try:
        changed = CHANGES[change](store, ana.id)
    finally:
        release.join()
        other.close()
    assert time.monotonic() - started >= 0.5
    assert find_learner(store, ana.id) == changed


@pytest.mark.parametrize("change", CHANGES)
def test_a_writer_that_keeps_the_lock_is_a_busy_data_folder(data_dir: Path, store: Store,
                                                            change: str) -> None:
    ana = create_learner(store, "Ana")
    store.conn.execute("PRAGMA busy_timeout=200")
    other = hold_write_lock(data_dir)
    try:
        with pytest.raises(DataDirBusyError) as info:
            CHANGES[change](store, ana.id)
    finally:
        other.close()
    assert info.value.code == "store.busy" and str(data_dir) in info.value.message
    assert not store.conn.in_transaction and find_learner(store, ana.id) == ana
