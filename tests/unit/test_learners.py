"""Learners on a shared machine: names, scrypt PINs, sign-in."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest

from c4s_desktop.core.errors import InputError, NotFoundError
from c4s_desktop.core.learners import (
    create_learner,
    find_learner,
    list_learners,
    rename_learner,
    sign_in,
)
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


ZOE_NFC = "Zo\u00eb \u00dcn\u00efc\u00f6d\u00e9"
ZOE_NFD = unicodedata.normalize("NFD", ZOE_NFC)


def test_a_name_is_stored_composed_and_its_decomposed_twin_is_taken(store: Store) -> None:
    """The audit's case: "Zoë Ünïcödé" typed with combining accents made a second learner
    who looked exactly like the first."""
    assert ZOE_NFD != ZOE_NFC
    zoe = create_learner(store, ZOE_NFD)
    assert zoe.name == ZOE_NFC
    for twin in (ZOE_NFC, ZOE_NFD, ZOE_NFC.upper(), f" {ZOE_NFD.lower()}\t"):
        with pytest.raises(InputError) as info:
            create_learner(store, twin)
        assert info.value.code == "learner.exists" and ZOE_NFC in info.value.message
    assert [learner.name for learner in list_learners(store)] == [ZOE_NFC]
    assert find_learner(store, ZOE_NFD.upper()).id == zoe.id


def test_case_is_folded_beyond_ascii(store: Store) -> None:
    create_learner(store, "Győző Ödön")
    create_learner(store, "Straße")
    for twin in ("GYŐZŐ ÖDÖN", "győző ödön", "STRASSE"):
        with pytest.raises(InputError) as info:
            create_learner(store, twin)
        assert info.value.code == "learner.exists"


@pytest.mark.parametrize("name", [
    "\u200b",              # zero-width space, alone
    "\x07bell",            # a control character
    "a\x00b",              # NUL
    "Ana\u202eanaM",       # right-to-left override: shows as "AnaManA"
    "Ana\u200bMaría",      # zero-width space inside
    "Ana\u2028María",      # line separator: str.split() would quietly make it a space
    "Ana\tMaría",
    "\ufeffAna",           # byte order mark
    "Ana\u00adMaría",      # soft hyphen
])
def test_control_and_format_characters_are_refused(store: Store, name: str) -> None:
    with pytest.raises(InputError) as info:
        create_learner(store, name)
    assert info.value.code == "learner.hidden_characters"
    assert list_learners(store) == []


@pytest.mark.parametrize("name", ["\u3164", "\u3164 \u2800", "\u0301\u0308", "\u00a0\u3000"])
def test_a_name_that_shows_nothing_is_refused(store: Store, name: str) -> None:
    with pytest.raises(InputError) as info:
        create_learner(store, name)
    assert info.value.code in ("learner.invisible_name", "learner.bad_name")
    assert list_learners(store) == []


def test_names_in_every_language_of_the_app_still_work(store: Store) -> None:
    names = ["Élodie Lefèvre", "François Œuvray", "Íñigo Núñez", "Güell Peña",
             "Kővári Győző", "Szűcs Ödön", "Ana María", "O'Brien-Smith", "李小龍", "Ана"]
    for name in names:
        assert create_learner(store, f"  {name}\n").name == name
    assert {learner.name for learner in list_learners(store)} == set(names)
    assert find_learner(store, "szűcs ödön").name == "Szűcs Ödön"


def test_a_learner_is_renamed_keeping_their_pin_and_the_name_rules(store: Store) -> None:
    ana = create_learner(store, "Ana", pin="4821")
    create_learner(store, "Béla")
    renamed = rename_learner(store, ana.id, "  Ana   García ")
    assert (renamed.id, renamed.name, renamed.has_pin) == (ana.id, "Ana García", True)
    assert sign_in(store, ana.id, "4821").name == "Ana García"
    assert rename_learner(store, ana.id, "ANA GARCÍA").name == "ANA GARCÍA"  # her own name
    with pytest.raises(InputError) as info:
        rename_learner(store, ana.id, "BÉLA")
    assert info.value.code == "learner.exists" and info.value.params["name"] == "Béla"
    with pytest.raises(InputError) as info:
        rename_learner(store, ana.id, "a\u200bb")
    assert info.value.code == "learner.hidden_characters"
    assert [x.name for x in list_learners(store)] == ["ANA GARCÍA", "Béla"]
