"""Which of a case study's current prompts a saved answer belongs to.

An answer's statement names its prompt twice: by index (the activity IRI, ``/prompt/<n>``) and
by text (``object.definition.name``, the prompt's texts by language). A course update may drop,
add, reorder or reword prompts under the same item, so the text decides: an answer belongs to
the current prompt whose text it was given to, wherever that prompt now stands. The index alone
is trusted only for an answer saved without its prompt's text, and only while the case study
has as many prompts as when it was saved.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence

Text = Mapping[str, str]


def prompt_key(name: Text) -> str:
    """A stable string for a prompt's texts (what an item state keeps of an answered prompt)."""
    return json.dumps(dict(name), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def same_prompt(stored: Text, current: Text) -> bool:
    """True when ``stored`` (the texts an answer was given to) is ``current``'s prompt.

    The texts must agree in every language both have, and they must share one: a translation
    added by an update keeps the answers, a reworded sentence does not (the learner answered
    another question).
    """
    shared = stored.keys() & current.keys()
    return bool(shared) and all(stored[lang].strip() == current[lang].strip()
                                for lang in shared)


def match_prompt(name: object, index: int | None, count: object,
                 prompts: Sequence[Text]) -> int | None:
    """The index among the current ``prompts`` of the prompt an answer was given to, or None.

    ``name`` is the statement's prompt texts (absent in answers from elsewhere), ``index`` and
    ``count`` the prompt's index and the prompt count it was saved with.
    """
    if isinstance(name, Mapping) and name:
        stored = {str(lang): str(text) for lang, text in name.items()}
        return next((i for i, prompt in enumerate(prompts) if same_prompt(stored, prompt)), None)
    if index is not None and count == len(prompts) and 0 <= index < len(prompts):
        return index
    return None


def answered_indexes(prompts: Sequence[Text], keys: Iterable[str], legacy: Iterable[int],
                     legacy_count: int | None) -> set[int]:
    """The indexes of the current ``prompts`` that have an answer.

    ``keys`` are the :func:`prompt_key` of every prompt answered with its text; ``legacy`` the
    indexes answered without it, out of ``legacy_count`` prompts.
    """
    found = {match_prompt(json.loads(key), None, None, prompts) for key in keys}
    found |= {match_prompt(None, index, legacy_count, prompts) for index in legacy}
    return {index for index in found if index is not None}
