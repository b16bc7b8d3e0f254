"""Messages for errors while saving or loading a progress file.

What exactly is damaged or not valid goes in the error's ``detail`` parameter, in English, for
"Copy details" and the log; the sentence itself stays translatable."""

from __future__ import annotations

EXCHANGE_MESSAGES: dict[str, str] = {
    "exchange.not_a_file": (
        "{path} is not a progress file saved by C4S Desktop, whatever its name says; choose a "
        "file saved with File → Save my progress to a drive…"
    ),
    "exchange.damaged": (
        "The progress file {path} is damaged, so nothing was loaded from it; save it again "
        "on the computer it came from."
    ),
    "exchange.too_big": (
        "The progress file {path} holds more than this app loads at once (at most "
        "{statements:n} records and {megabytes:n} MB), so nothing was loaded from it; save it "
        "again on the computer it came from, with fewer learners in each file."
    ),
    "exchange.save_too_big": (
        "This progress ({records:n} records) is more than one progress file can hold (at most "
        "{statements:n} records and {megabytes:n} MB), so no file was saved; save fewer learners "
        "in each file."
    ),
    "exchange.too_new": (
        "The progress file {path} was saved by a newer C4S Desktop; update this app, then "
        "load it again."
    ),
    "exchange.bad_record": (
        "The progress file {path} holds a record that is not valid, so nothing was loaded "
        "from it; save it again on the computer it came from."
    ),
    "exchange.unreadable": (
        "The progress file {path} cannot be read; check that the drive is still "
        "plugged in, then try again."
    ),
    "exchange.unwritable": (
        "The progress file cannot be saved as {path}; choose another place, then "
        "try again."
    ),
    "exchange.disk_full": (
        "The drive holding {folder} is full, so the progress file was not saved; free some "
        "space or choose another drive, then try again."
    ),
    "exchange.nothing": (
        "There is no learner to save on this computer yet, so no progress file was written."
    ),
}
