"""Learners on a shared machine: names, scrypt PINs, sign-in."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from c4s_desktop.core.errors import InputError, NotFoundError
from c4s_desktop.core.learners import create_learner, find_learner, list_learners, sign_in
from c4s_desktop.core.learners.pins import check_pin, hash_pin
from c4s_desktop.core.store.database import Store


def test_pin_is_stored_as_salted_scrypt(store: Store) -> None:
    learner = create_learner(store, "  Ana   María ", pin="4821")
    assert learner.name == "Ana María" and learner.has_pin
    stored = store.db.execute("SELECT pin_hash FROM learners").fetchone()[0]
    assert "4821" not in stored and stored.startswith("scrypt$")
    assert hash_pin("4821") != hash_pin("4821"), "a fresh salt each time"
    assert check_pin("4821", stored) and not check_pin("4822", stored)


def test_sign_in_checks_pin_and_orders_by_last_seen(store: Store) -> None:
    ana = create_learner(store, "Ana", pin="123456")
    bela = create_learner(store, "Béla")
    with pytest.raises(InputError) as info:
        sign_in(store, ana.id, "000000")
    assert info.value.code == "learner.wrong_pin" and "Ana" in info.value.message
    with pytest.raises(InputError):
        sign_in(store, ana.id)
    sign_in(store, bela.id)
    sign_in(store, ana.id, "123456")
    assert [learner.name for learner in list_learners(store)] == ["Ana", "Béla"]


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", ""])
def test_bad_pins_are_refused(store: Store, pin: str) -> None:
    with pytest.raises(InputError) as info:
        create_learner(store, "Zoé", pin=pin)
    assert info.value.code == "learner.bad_pin"


def test_names_are_unique_ignoring_case(store: Store) -> None:
    create_learner(store, "Marie")
    with pytest.raises(InputError) as info:
        create_learner(store, "MARIE")
    assert "already a learner" in info.value.message
    with pytest.raises(InputError):
        create_learner(store, "   ")


def test_find_by_id_or_name(store: Store) -> None:
    learner = create_learner(store, "Kata")
    assert find_learner(store, "kata").id == learner.id
    assert find_learner(store, learner.id).name == "Kata"
    with pytest.raises(NotFoundError):
        find_learner(store, "nobody")


def test_learners_survive_reopening(data_dir: Path, store: Store) -> None:
    create_learner(store, "Persistent")
    store.close()
    conn = sqlite3.connect(data_dir / "c4s.sqlite")
    assert conn.execute("SELECT name FROM learners").fetchall() == [("Persistent",)]
    conn.close()
