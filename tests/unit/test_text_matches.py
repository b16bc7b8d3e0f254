"""Finding words in a text as the library search matches them: accents and case ignored."""

from __future__ import annotations

import pytest

from c4s_desktop.core.search.query import MARK_END, MARK_START
from c4s_desktop.core.search.text_matches import find_spans, fold, query_words, written_words

TEXT = "La Gestión de CLUSTERS: cluster-management, İstanbul, Straße, e\u0301cole. Gestion!"


def found(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in find_spans(text, query)]


def test_fold_keeps_every_position() -> None:
    folded = fold(TEXT)
    assert len(folded) == len(TEXT)  # "İ".lower() alone would add a character
    assert folded.startswith("la gestion de clusters: cluster-management, istanbul, straße")
    assert fold("PLAIN ascii") == "plain ascii"


@pytest.mark.parametrize(("query", "places"), [
    ("gestion", ["Gestión", "Gestion"]),
    ("GESTIÓN", ["Gestión", "Gestion"]),
    ("cluster management", ["cluster-management"]),  # across punctuation, as the index does
    ("istanbul", ["İstanbul"]),
    ("ecole", ["e\u0301cole"]),  # an accent written apart from its letter
    ("de clusters", ["de CLUSTERS"]),
    ("strasse", []),  # ß is its own letter, as in the index
    ("", []),
    ("  ;; ", []),
])
def test_words_are_found_without_accents_or_case(query: str, places: list[str]) -> None:
    assert found(TEXT, query) == places


def test_words_apart_are_each_found_when_never_together() -> None:
    # The library search finds a text holding all its words anywhere; the learner it sends
    # there sees each of them.
    assert found(TEXT, "gestion clusters") == ["Gestión", "CLUSTERS", "Gestion"]
    assert found(TEXT, "gestion roadmap") == ["Gestión", "Gestion"]
    assert found(TEXT, "roadmap") == []


def test_query_words_are_folded_and_split_on_punctuation() -> None:
    assert query_words("Gestión  4.0, «cluster»") == ["gestion", "4", "0", "cluster"]


def test_written_words_prefers_the_query_s_whole_words() -> None:
    snippet = (f"{MARK_START}Cluster4Smart{MARK_END} · Fiche · {MARK_START}Stratégie{MARK_END}"
               f" de {MARK_START}cluster{MARK_END} {MARK_START}stratégie{MARK_END}")
    assert written_words(snippet, "strategie cluster") == "cluster stratégie"
    assert written_words(snippet, "strategie") == "Stratégie"
    assert written_words("nothing marked", "x") == ""
