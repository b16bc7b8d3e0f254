"""Search over installed packs: the demo course installed for real, queried through FTS5."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from c4s_desktop.core.packs.install import install_pack
from c4s_desktop.core.packs.library import remove_pack
from c4s_desktop.core.packs.trust import seed_default_trust
from c4s_desktop.core.search.extract import html_text, markdown_text
from c4s_desktop.core.search.index import FORMAT_KEY, INDEX_FORMAT, ensure_index
from c4s_desktop.core.search.query import MARK_END, MARK_START, Hit, fts_query, search
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "packs" / "demo" / "eu.cluster4smart.essentials.c4spack"
DEMO_SRC = ROOT / "packs" / "demo" / "src"
DEMO_ID = "eu.cluster4smart.essentials"


def _install_demo(root: Path) -> Store:
    store = Store.open(root)
    seed_default_trust(store)
    install_pack(store, DEMO)
    return store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A store with the demo course installed (shared: tests here only read it)."""
    store = _install_demo(tmp_path_factory.mktemp("search") / "data")
    yield store
    store.close()


@pytest.fixture
def own_demo(tmp_path: Path) -> Iterator[Store]:
    """A store of this test's own with the demo course installed."""
    store = _install_demo(tmp_path / "data")
    yield store
    store.close()


def found(hits: list[Hit], item_id: str, kind: str) -> Hit | None:
    return next((h for h in hits if h.item_id == item_id and h.kind == kind), None)


def test_words_are_found_whatever_their_accents(demo: Store) -> None:
    assert "gestion des données" in (DEMO_SRC / "m2/l2/text-fr.md").read_text("utf-8")
    for typed in ("gestion", "Gestión", "GESTION"):
        hit = found(search(demo, typed, "fr"), "m2-l2-text", "text")
        assert hit is not None and hit.lang == "fr"
        assert f"{MARK_START}gestion{MARK_END}" in hit.snippet
    assert "stratégie" in (DEMO_SRC / "m1/l1/text-fr.md").read_text("utf-8")
    hit = found(search(demo, "strategie", "fr"), "m1-l1-text", "text")
    assert hit is not None and f"{MARK_START}stratégie{MARK_END}" in hit.snippet.lower()


def test_a_subtitle_hit_carries_the_start_of_its_cue(demo: Store) -> None:
    vtt = (DEMO_SRC / "m3/l1/video-fr.vtt").read_text("utf-8")
    assert "00:00:08.386 --> 00:00:15.479\nLes partenaires étrangers" in vtt
    hit = found(search(demo, "partenaires etrangers", "fr"), "m3-l1-video", "subtitle")
    assert hit is not None
    assert hit.start_s == pytest.approx(8.386)
    assert hit.lang == "fr"


def test_fact_sheet_text_is_found_ligatures_included(demo: Store) -> None:
    # The PDF writes "Chiﬀres" with the ligature U+FB00; the index holds "Chiffres".
    hit = found(search(demo, "chiffres cles", "fr"), "m3-l2-factsheet", "factsheet")
    assert hit is not None and hit.start_s is None
    assert f"{MARK_START}Chiffres{MARK_END}" in hit.snippet


def test_titles_are_found_in_the_learners_language_first(demo: Store) -> None:
    hits = search(demo, "Valnord", "fr")
    assert (hits[0].item_id, hits[0].kind, hits[0].lang) == ("m4-case", "title", "fr")
    assert found(hits, "m4-case", "text") is not None
    assert {h.lang for h in hits} == {"fr", "en"}
    assert search(demo, "Valnord", "en")[0].lang == "en"
    lesson_titles = [h for h in search(demo, "Building a cluster strategy", "en")
                     if h.kind == "title"]
    assert "m1-l1" in {h.item_id for h in lesson_titles}


def test_the_last_word_matches_as_a_prefix_while_typed(demo: Store) -> None:
    assert found(search(demo, "Valn", "en"), "m4-case", "title") is not None
    assert search(demo, "Valn ", "en") == []
    assert fts_query("feuille de ro") == '"feuille" "de" "ro"*'


@pytest.mark.parametrize("typed", [
    '"a" OR b* NEAR(', "*", '"', "NOT", "body:cluster", "^cluster", "a AND", "(", ")",
    "cluster -", "'; DROP TABLE packs; --", "\x00\x02", "NEAR(a b, 2)", "{body}: x", "+",
])
def test_fts_syntax_typed_by_the_learner_is_plain_text(demo: Store, typed: str) -> None:
    hits = search(demo, typed, "en")
    assert isinstance(hits, list)
    assert demo.db.execute("SELECT count(*) FROM packs").fetchone()[0] == 1


def test_empty_input_finds_nothing(demo: Store) -> None:
    assert fts_query("   ") is None
    assert search(demo, "", "en") == []
    assert search(demo, "cluster", "en", limit=0) == []
    assert len(search(demo, "cluster", "en", limit=3)) == 3


def test_removing_the_pack_removes_its_hits(own_demo: Store) -> None:
    assert search(own_demo, "cluster", "en")
    remove_pack(own_demo, DEMO_ID)
    assert search(own_demo, "cluster", "en") == []
    assert own_demo.db.execute("SELECT count(*) FROM search_packs").fetchone()[0] == 0


def test_ensure_index_heals_a_missing_or_stale_index(own_demo: Store) -> None:
    assert ensure_index(own_demo) == []
    with own_demo.transaction() as db:  # as if the app died between the commit and indexing
        db.execute("DELETE FROM search_index")
        db.execute("DELETE FROM search_packs")
        db.execute("INSERT INTO search_packs VALUES ('gone.pack', 1, 'then')")
    assert search(own_demo, "Valnord", "en") == []
    assert ensure_index(own_demo) == [DEMO_ID, "gone.pack"]
    assert found(search(own_demo, "Valnord", "en"), "m4-case", "title") is not None
    own_demo.db.execute("UPDATE search_packs SET version = 0")
    assert ensure_index(own_demo) == [DEMO_ID]
    assert ensure_index(own_demo) == []


def test_a_damaged_fact_sheet_is_skipped_with_a_log_line(
    store: Store, folder_pack: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="c4s.search"):
        install_pack(store, folder_pack)  # packkit's sheet.pdf is not a real PDF
    assert "fact sheet" in caplog.text and "not indexed" in caplog.text
    assert found(search(store, "Hello", "en"), "l1-video", "subtitle") is not None
    assert search(store, "Sheet", "en")[0].kind == "title"


def test_markup_is_stripped_simply() -> None:
    md = "# Title\n\n![A figure](f.png) See [the guide](https://x.org) and **bold** `code`.\n" \
         "| a | b |\n|---|---|\n| c | d |\n> quoted &amp; <span>tag</span>\n"
    text = markdown_text(md)
    assert "Title" in text and "A figure" in text and "the guide" in text
    assert not any(mark in text for mark in ("#", "![", "](", "**", "`", "|", "---", "<span>"))
    assert "quoted & tag" in text
    page = "<html><head><title>T</title><style>p{}</style></head><body><p>One&nbsp;two</p>" \
           "<script>alert(1)</script><img alt='Chart'></body></html>"
    assert html_text(page) == "One two\n Chart"



def test_an_index_of_the_earlier_format_is_made_again_with_fact_sheet_pages(
        own_demo: Store) -> None:
    def sheet_pages() -> list[object]:
        return [row[0] for row in own_demo.conn.execute(
            "SELECT start_s FROM search_index WHERE kind = 'factsheet'").fetchall()]

    assert get_meta(own_demo, FORMAT_KEY) == INDEX_FORMAT  # a first install writes the format
    assert ensure_index(own_demo) == []
    assert sheet_pages() and all(page == 0 for page in sheet_pages())  # one-page sheets
    # What an earlier version left: no pages, and a removed pack's rows still there.
    with own_demo.transaction() as db:
        db.execute("UPDATE search_index SET start_s = NULL WHERE kind = 'factsheet'")
        db.execute("INSERT INTO search_index (body, pack_id, item_id, kind, lang) "
                   "VALUES ('left behind', 'gone.pack', 'x', 'title', 'en')")
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", [FORMAT_KEY])
    assert ensure_index(own_demo) == [DEMO_ID]
    assert all(page == 0 for page in sheet_pages())
    assert search(own_demo, "left behind", "en") == []
    assert get_meta(own_demo, FORMAT_KEY) == INDEX_FORMAT
    assert ensure_index(own_demo) == []
