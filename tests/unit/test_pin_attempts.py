"""Wrong PINs in a row make the next tries wait: on real stores, with real scrypt hashes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from c4s_desktop.core.errors import InputError
from c4s_desktop.core.learners import create_learner, sign_in
from c4s_desktop.core.learners.pin_attempts import FREE_TRIES, seconds_left, wait_error
from c4s_desktop.core.learners.trainers import (
    claim_first_trainer,
    confirm_as_trainer,
    set_trainer,
)
from c4s_desktop.core.store.database import Store


def failures(store: Store, learner_id: str) -> int:
    row = store.conn.execute("SELECT count FROM pin_failures WHERE learner_id = ?",
                             [learner_id]).fetchone()
    return 0 if row is None else int(row[0])


def wind_back(store: Store, learner_id: str, seconds: float) -> None:
    """Move the last wrong PIN ``seconds`` into the past, as if that long had gone by."""
    last = datetime.now(UTC) - timedelta(seconds=seconds)
    with store.transaction() as db:
        db.execute("UPDATE pin_failures SET last_at = ? WHERE learner_id = ?",
                   [last.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                    learner_id])


def refused(call: object, *args: object) -> InputError:
    assert callable(call)
    with pytest.raises(InputError) as info:
        call(*args)
    return info.value


def test_five_wrong_pins_are_free_then_even_the_right_one_waits(store: Store) -> None:
    ana = create_learner(store, "Ana", pin="4821")
    for n in range(1, FREE_TRIES + 1):
        assert refused(sign_in, store, ana.id, "0000").code == "learner.wrong_pin"
        assert failures(store, ana.id) == n
    error = refused(sign_in, store, ana.id, "4821")
    assert error.code == "learner.pin_wait_seconds"
    assert error.params == {"name": "Ana", "seconds": 30}
    assert error.message == ("Too many wrong PINs for Ana in a row; wait 30 seconds, then try "
                             "again.")
    refused(sign_in, store, ana.id, "0000")
    assert failures(store, ana.id) == FREE_TRIES, "tries while waiting are not counted"
    # A switch from a list read before Ana had a PIN: asked for it, not made to wait.
    assert refused(sign_in, store, ana.id).code == "learner.wrong_pin"
    assert failures(store, ana.id) == FREE_TRIES

    wind_back(store, ana.id, 31)
    assert sign_in(store, ana.id, "4821").name == "Ana"
    assert failures(store, ana.id) == 0, "the right PIN ends the count"
    assert refused(sign_in, store, ana.id, "0000").code == "learner.wrong_pin"


def test_the_wait_grows_to_five_minutes_and_stays_there(store: Store) -> None:
    ana = create_learner(store, "Ana", pin="4821")
    for _ in range(FREE_TRIES):
        refused(sign_in, store, ana.id, "0000")
    seen = []
    for _ in range(5):
        wind_back(store, ana.id, 301)
        assert refused(sign_in, store, ana.id, "0000").code == "learner.wrong_pin"
        error = refused(sign_in, store, ana.id, "4821")
        seen.append((error.code, error.params.get("seconds") or error.params["minutes"]))
    assert seen == [("learner.pin_wait_seconds", 60), ("learner.pin_wait_minutes", 2),
                    ("learner.pin_wait_minutes", 5), ("learner.pin_wait_minutes", 5),
                    ("learner.pin_wait_minutes", 5)]
    assert error.message == ("Too many wrong PINs for Ana in a row; wait 5 minutes, then try "
                             "again.")
    wind_back(store, ana.id, 299)
    assert refused(sign_in, store, ana.id, "4821").code == "learner.pin_wait_seconds"


def test_the_count_outlives_the_app_and_belongs_to_one_learner(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        ana = create_learner(store, "Ana", pin="4821")
        bela = create_learner(store, "Béla", pin="1357")
        for _ in range(FREE_TRIES):
            refused(sign_in, store, ana.id, "1357")
    with Store.open(data_dir) as store:
        assert refused(sign_in, store, ana.id, "4821").code == "learner.pin_wait_seconds"
        assert sign_in(store, bela.id, "1357").name == "Béla"


def test_a_clock_set_back_before_the_last_wrong_pin_waits_the_whole_wait(store: Store) -> None:
    ana = create_learner(store, "Ana", pin="4821")
    for _ in range(FREE_TRIES):
        refused(sign_in, store, ana.id, "0000")
    wind_back(store, ana.id, -365 * 86400)  # the last wrong PIN a year ahead of the clock
    assert refused(sign_in, store, ana.id, "4821").params["seconds"] == 30
    wind_back(store, ana.id, 31)  # the wait started again at that try, not a year on
    assert sign_in(store, ana.id, "4821").name == "Ana"


@pytest.mark.parametrize("pin", ["", "12", "abcd", "123456789"])
def test_what_cannot_be_a_pin_is_refused_without_counting(store: Store, pin: str) -> None:
    ana = create_learner(store, "Ana", pin="4821")
    for _ in range(FREE_TRIES + 1):
        assert refused(sign_in, store, ana.id, pin).code == "learner.bad_pin"
    assert failures(store, ana.id) == 0 and sign_in(store, ana.id, "4821").name == "Ana"


def test_a_pin_is_never_checked_inside_a_transaction(store: Store) -> None:
    ana = create_learner(store, "Ana", pin="4821")
    with pytest.raises(AssertionError), store.transaction():
        sign_in(store, ana.id, "0000")


def test_a_trainer_s_claim_and_confirmations_count_the_same_wrong_pins(store: Store) -> None:
    ana = create_learner(store, "Ana", pin="2468")
    for _ in range(FREE_TRIES - 2):
        assert refused(claim_first_trainer, store, ana.id, "0000").code == "learner.wrong_pin"
    assert failures(store, ana.id) == FREE_TRIES - 2, "kept though the claim was refused"
    refused(sign_in, store, ana.id, "0000")
    wind_back(store, ana.id, 0)
    assert claim_first_trainer(store, ana.id, "2468").trainer
    create_learner(store, "Béla")
    for _ in range(FREE_TRIES):
        assert refused(confirm_as_trainer, store, "Ana", "1111").code == "learner.wrong_pin"
    assert refused(confirm_as_trainer, store, "Ana", "2468").code == "learner.pin_wait_seconds"
    assert refused(sign_in, store, ana.id, "2468").code == "learner.pin_wait_seconds"
    set_trainer(store, ana.id, False)  # the owner's command line checks no PIN
    assert failures(store, ana.id) == FREE_TRIES


@pytest.mark.parametrize(("left", "code", "shown"), [
    (0.2, "learner.pin_wait_seconds", 5),
    (30, "learner.pin_wait_seconds", 30),
    (31, "learner.pin_wait_seconds", 35),
    (90, "learner.pin_wait_seconds", 90),
    (90.2, "learner.pin_wait_minutes", 2),
    (119.9, "learner.pin_wait_minutes", 2),
    (121, "learner.pin_wait_minutes", 3),
    (300, "learner.pin_wait_minutes", 5),
])
def test_the_wait_is_said_in_whole_fives_of_seconds_or_minutes(left: float, code: str,
                                                                shown: int) -> None:
    error = wait_error("Ana", left)
    assert error.code == code
    unit = 1 if code.endswith("seconds") else 60
    assert error.params.get("seconds", error.params.get("minutes")) == shown
    assert left <= shown * unit < left + 60, "never shorter than the wait"


def test_the_wait_counts_from_the_last_wrong_pin() -> None:
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    ten_ago = "2026-11-24T11:59:50.000Z"
    assert seconds_left(FREE_TRIES - 1, ten_ago, now) == 0
    assert seconds_left(FREE_TRIES, ten_ago, now) == 20
    assert seconds_left(FREE_TRIES + 1, ten_ago, now) == 50
    assert seconds_left(FREE_TRIES + 50, ten_ago, now) == 290
    assert seconds_left(FREE_TRIES, "2026-11-24T11:58:00.000Z", now) == 0
    assert seconds_left(FREE_TRIES, "2027-11-24T12:00:00.000Z", now) == 30  # clock set back
