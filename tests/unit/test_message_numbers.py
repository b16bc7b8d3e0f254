"""Quantities in error sentences are grouped as the reader's language groups digits; ports,
versions and status codes are not; a parameter that is no number never spoils a sentence."""

from __future__ import annotations

import re

import pytest

from c4s_desktop.core.errors import InputError, SpaceError
from c4s_desktop.core.messages import CATALOGUE, group_english, render
from sync.messages import SERVER_MESSAGES, explain

PORT_AND_COUNT = "c4s-sync on port {port} lost {count:n} requests."


def bracketed(number: float) -> str:
    """A grouper that shows what it was given."""
    return f"<{number}>"


def test_a_quantity_goes_through_the_given_grouper_and_a_port_does_not() -> None:
    params = {"port": 8765, "count": 400_000}
    assert render("x.y", params, PORT_AND_COUNT, bracketed) == (
        "c4s-sync on port 8765 lost <400000> requests.")
    assert render("x.y", params, PORT_AND_COUNT) == "c4s-sync on port 8765 lost 400,000 requests."


@pytest.mark.parametrize(("count", "shown"), [
    ("many", "many"), (None, "None"), (True, "True"), ("400000", "400000")])
def test_what_is_no_number_is_shown_as_it_is_in_the_filled_sentence(
        count: object, shown: str) -> None:
    params = {"port": 8765, "count": count}
    assert render("x.y", params, PORT_AND_COUNT, bracketed) == (
        f"c4s-sync on port 8765 lost {shown} requests.")


@pytest.mark.parametrize(("number", "shown"), [
    (7, "7"), (999, "999"), (1000, "1,000"), (400_000, "400,000"), (5_000_000_000,
    "5,000,000,000"), (1234.5, "1,234.5"), (120.0, "120"), (0.1, "0.1")])
def test_english_groups_digits_by_three_with_commas(number: float, shown: str) -> None:
    assert group_english(number) == shown


def test_a_real_error_says_its_quantities_grouped_in_english() -> None:
    refused = InputError("exchange.save_too_big", records=412_345, statements=400_000,
                         megabytes=268, detail="412345 statements, more than 400000")
    assert refused.message.startswith(
        "This progress (412,345 records) is more than one progress file can hold (at most "
        "400,000 records and 268 MB)")
    full = SpaceError("space.not_enough", path="/data", needed_mb=1234.5, free_mb=120.0)
    assert "1,234.5 MB needed, 120 MB free" in full.message
    assert "2,400 devices are called" in explain(InputError(
        "server.same_name", count=2400, device="'laptop'", listing="..."))


def marked(templates: dict[str, str]) -> set[str]:
    return {f"{code}:{name}" for code, text in templates.items()
            for name in re.findall(r"{(\w+):n}", text)}


def test_the_quantities_marked_are_counts_and_sizes_never_ports_versions_or_codes() -> None:
    # Looked at template by template: what can pass 999 and counts something is marked;
    # versions, schema numbers, status codes, lengths, offsets and attempt limits are not.
    assert marked(CATALOGUE) == {
        "manifest.too_large:limit", "pack.quiz_too_large:limit",
        "pack.size_mismatch:found", "pack.size_mismatch:expected",
        "build.not_enough_space:needed_mb", "build.not_enough_space:free_mb",
        "space.not_enough:needed_mb", "space.not_enough:free_mb",
        "exchange.too_big:statements", "exchange.too_big:megabytes",
        "exchange.save_too_big:records", "exchange.save_too_big:statements",
        "exchange.save_too_big:megabytes",
    }
    assert marked(SERVER_MESSAGES) == {"server.same_name:count", "server.access_log_again:lost"}
    # Any other format spec would fail in some caller's hands: only plain fields and ":n".
    specs = {spec for text in (*CATALOGUE.values(), *SERVER_MESSAGES.values())
             for spec in re.findall(r"{\w+(?:![rsa])?(:[^}]*)}", text)}
    assert specs <= {":n"}
