"""The rule for learners' names: one spelling per name, nothing invisible, nothing hidden.

A name is stored in Unicode NFC with its white space collapsed, so "Zoë" typed on a keyboard
that makes ``o`` + combining diaeresis is the same name as the one-character ``ë``. Control
and format characters (bell, NUL, zero-width space, the right-to-left override) are refused:
they are invisible in a list of names, or reorder what is shown, so two learners could look
alike. Two names that differ only in case (in any script) are the same name.
"""

from __future__ import annotations

import unicodedata

from c4s_desktop.core.errors import InputError

MAX_NAME = 60

# Cc: control (NUL, bell, escape...); Cf: format (zero-width space, BOM, bidi overrides,
# soft hyphen); Zl/Zp: the line and paragraph separators, which break a name across lines;
# Cs: a lone surrogate, which cannot even be written to the database as UTF-8.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})

# Letters and symbols that draw nothing, so a name made of them is blank on screen: the
# Hangul fillers and the braille blank.
_BLANK_SIGNS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def clean_name(name: str) -> str:
    """``name`` as stored: NFC, trimmed, runs of spaces made one; :class:`InputError`
    (``learner.bad_name``, ``learner.hidden_characters``, ``learner.invisible_name``) when it
    cannot be a learner's name."""
    stripped = unicodedata.normalize("NFC", name).strip()
    # Checked before spaces are collapsed: split() takes a tab, a newline or a line separator
    # inside the name for a space, and the name would silently change.
    if any(unicodedata.category(char) in _REFUSED_CATEGORIES for char in stripped):
        raise InputError("learner.hidden_characters")
    clean = " ".join(stripped.split())
    if not 1 <= len(clean) <= MAX_NAME:
        raise InputError("learner.bad_name", max_len=MAX_NAME)
    if not any(_visible(char) for char in clean):
        raise InputError("learner.invisible_name")
    return clean


def name_key(name: str) -> str:
    """What two names must share to be the same name: NFC, case folded, spaces collapsed."""
    folded = unicodedata.normalize("NFC", name).casefold()
    # casefold can undo composition ("ǰ" folds to j + combining caron): normalise again.
    return " ".join(unicodedata.normalize("NFC", folded).split())


def _visible(char: str) -> bool:
    # A letter, digit, punctuation or symbol draws something; a lone combining mark, a space
    # or a filler does not.
    return unicodedata.category(char)[0] in "LNPS" and char not in _BLANK_SIGNS
