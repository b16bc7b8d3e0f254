"""Messages for errors about learners and trainers."""

from __future__ import annotations

LEARNER_MESSAGES: dict[str, str] = {
    "learner.bad_name": "A learner's name needs 1 to {max_len} characters.",
    "learner.hidden_characters": (
        "A learner's name cannot contain control or invisible formatting characters (such "
        "as a zero-width space or a text direction mark); type the name again."
    ),
    "learner.invisible_name": (
        "A learner's name needs at least one letter, digit or sign that can be seen."
    ),
    "learner.exists": "There is already a learner called '{name}'; choose another name.",
    "learner.bad_pin": "A PIN is 4 to 8 digits.",
    "learner.wrong_pin": "That PIN is not right for {name}; try again.",
    "learner.pin_wait_seconds": (
        "Too many wrong PINs for {name} in a row; wait {seconds} seconds, then try again."
    ),
    "learner.pin_wait_minutes": (
        "Too many wrong PINs for {name} in a row; wait {minutes} minutes, then try again."
    ),
    "learner.pin_mismatch": "The two PINs are not the same; type the same PIN twice.",
    "learner.not_found": "There is no learner '{learner}' on this computer.",
    "trainer.taken": (
        "This computer has a trainer already; only a trainer can see class progress, so sign "
        "in as a trainer."
    ),
    "trainer.needs_pin": (
        "A trainer sees every learner's progress, so {name} needs a PIN; give one (4 to 8 "
        "digits)."
    ),
    "trainer.not_alone": (
        "Only the computer's owner can make {name} the trainer now that other learners use "
        "this computer: ask them to run c4s learners trainer with your name."
    ),
    "trainer.not_trainer": (
        "{name} is not a trainer of this computer; choose one of its trainers."
    ),
    "trainer.only": (
        "Only a trainer can see class progress (on this computer: {names}); sign in as a "
        "trainer."
    ),
}
