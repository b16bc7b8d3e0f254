"""The version of a quiz question that an answer was given to, so an update can be checked
against it.

An ``answered`` statement records, in its ``question-version`` extension, a fingerprint of what
its response means. It is written as ``<lang>:<16 hex>``: the language the question was shown
in, then a fingerprint of the question's structure (type, choice ids, the number of pairs or
items) and of its texts in that language only. So an update that adds a translation, or edits
a language the learner did not read, keeps the answer; an edit to what the learner read does
not. Answers recorded before this form carry 16 hex digits over the texts in every language,
and are still checked that way, so no recorded statement changes meaning.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from c4s_desktop.core.packs.manifest import pick_language
from c4s_desktop.core.quiz.model import Question

SEPARATOR = ":"


def shown_language(question: Question, lang: str | None, default_lang: str) -> str:
    """The language ``question`` is shown in to a learner reading ``lang`` (None: the pack's
    default): its prompt's language as the quiz screen picks it, with the pack's fallback."""
    keys = list(question.prompt)
    found = pick_language(keys, lang or default_lang, default_lang)
    # pick_text shows the prompt's first text when neither language is there.
    return found if found is not None else keys[0]


def question_version(question: Question, lang: str) -> str:
    """The ``question-version`` of ``question`` shown in ``lang``: ``<lang>:<16 hex>``.

    The answer key, points and explanation are left out: when only they change, a response
    still answers the same question and is scored by the new key.
    """
    return f"{lang}{SEPARATOR}{_fingerprint(question, lang)}"


def all_languages_version(question: Question) -> str:
    """The ``question-version`` recorded before the language was part of it: 16 hex digits
    over the type, prompt and texts of choices, pairs or items in every language.

    Kept unchanged so answers recorded in that form keep their meaning.
    """
    meaning = [question.type, question.prompt,
               [[choice.id, choice.text] for choice in question.choices],
               [list(pair) for pair in question.pairs], list(question.items)]
    return _digest(meaning)


def same_version(question: Question, recorded: str) -> bool:
    """Whether an answer recorded with the version ``recorded`` still answers ``question``.

    A version in a language the question's prompt no longer has counts as changed: what the
    learner read is gone.
    """
    lang, separator, _digits = recorded.rpartition(SEPARATOR)
    if not separator:
        return recorded == all_languages_version(question)
    if lang not in question.prompt:
        return False
    return recorded == question_version(question, lang)


def _fingerprint(question: Question, lang: str) -> str:
    def text(value: Mapping[str, str]) -> object:
        # A text without ``lang`` was shown by the pack's fallback, in a language not recorded:
        # all of its languages count, so an edit to the one shown is never missed.
        return value[lang] if lang in value else dict(value)

    meaning = [question.type, lang, text(question.prompt),
               [[choice.id, text(choice.text)] for choice in question.choices],
               [[text(left), text(right)] for left, right in question.pairs],
               [text(item) for item in question.items]]
    return _digest(meaning)


def _digest(meaning: object) -> str:
    encoded = json.dumps(meaning, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:16]
