"""The search index: one FTS5 table (schema 4) holding every searchable text of every pack.

Rows are made once, at install, from the pack's files in the blob store: titles of modules,
lessons and items in every language, course texts and case studies as plain text, fact-sheet
PDFs page by page with their page numbers, and subtitle cues with their start times.
``search_packs`` records which version of each pack the index holds, so :func:`ensure_index`
can heal what a crash left; the meta key :data:`FORMAT_KEY` says which format of rows it holds,
so an index made by an earlier version of the app is made again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

from c4s_desktop.core.clock import utc_now_iso
from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.packs.manifest import TEXT_ITEM_TYPES, Item, Manifest, parse_manifest
from c4s_desktop.core.packs.pack_files import PackFiles
from c4s_desktop.core.packs.stored_manifest import manifest_json
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta, set_meta

log = logging.getLogger("c4s.search")

KINDS = ("title", "text", "factsheet", "subtitle")
ANY_LANGUAGE = "*"
FORMAT_KEY = "search_index_format"
INDEX_FORMAT = "2"
"""2: a fact sheet's rows carry their page (format 1 had none)."""


@dataclass(frozen=True)
class Entry:
    """One row of the index. ``start_s`` is where in the item: a subtitle cue's start in
    seconds, or a fact-sheet page's number from 0 (the column keeps its first name)."""

    body: str
    item_id: str
    kind: str
    lang: str
    start_s: float | None = None


def _lang_of(manifest: Manifest, key: str) -> str:
    """The language of a file reference's key (a plain path counts as the pack default)."""
    return manifest.default_language if key == ANY_LANGUAGE else key


def _titles(manifest: Manifest) -> Iterator[Entry]:
    from c4s_desktop.core.search.extract import clean  # its parsers: indexing only, not at start

    for module in manifest.modules:
        nodes = [(module.id, module.title)]
        for lesson in module.lessons:
            nodes += [(lesson.id, lesson.title)]
            nodes += [(item.id, item.title) for item in lesson.items]
        for node_id, title in nodes:
            for lang, text in title.items():
                yield Entry(clean(text), node_id, "title", lang)


def _item_entries(reader: PackFiles, item: Item) -> Iterator[Entry]:
    from c4s_desktop.core.media.webvtt import parse_webvtt
    from c4s_desktop.core.search.extract import clean, decode, document_text, pdf_pages

    if item.type in TEXT_ITEM_TYPES and item.file:
        for key, path in item.file.items():
            lang = _lang_of(reader.manifest, key)
            data = reader.read_bytes(path)
            prompts = [clean(q[lang]) for q in item.questions if lang in q]
            body = "\n\n".join([document_text(path, data) if data else "", *prompts])
            yield Entry(body.strip(), item.id, "text", lang)
    elif item.type == "factsheet" and item.file:
        for key, path in item.file.items():
            blob = reader.blob_path(path)
            for number, page in enumerate(pdf_pages(blob) if blob is not None else ()):
                yield Entry(page, item.id, "factsheet", _lang_of(reader.manifest, key), number)
    elif item.type == "video":
        for lang, path in item.subtitles.items():
            for cue in parse_webvtt(decode(reader.read_bytes(path) or b"")):
                yield Entry(clean(cue.text), item.id, "subtitle", lang, cue.start)


def pack_entries(store: Store, manifest: Manifest) -> list[Entry]:
    """Every row the index holds for ``manifest``, read from the blob store (no writes)."""
    reader = PackFiles(manifest, BlobStore(store.data_dir))
    entries = list(_titles(manifest))
    for _module, _lesson, item in manifest.iter_items():
        entries += _item_entries(reader, item)
    return [entry for entry in entries if entry.body]


def index_pack(store: Store, manifest: Manifest) -> int:
    """(Re)index the installed pack ``manifest`` in one transaction; returns the rows written.

    A file that cannot be read or parsed is left out with a log line, never an error.
    """
    entries = pack_entries(store, manifest)
    with store.transaction() as db:
        if store.conn.execute("SELECT 1 FROM search_packs WHERE pack_id != ? LIMIT 1",
                              [manifest.id]).fetchone() is None:
            set_meta(store, FORMAT_KEY, INDEX_FORMAT)  # no row of an older format is left
        db.execute("DELETE FROM search_index WHERE pack_id = ?", [manifest.id])
        db.conn.executemany(
            "INSERT INTO search_index (body, pack_id, item_id, kind, lang, start_s) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(e.body, manifest.id, e.item_id, e.kind, e.lang, e.start_s) for e in entries],
        )
        db.execute(
            "INSERT OR REPLACE INTO search_packs (pack_id, version, indexed_at) VALUES (?, ?, ?)",
            [manifest.id, manifest.version, utc_now_iso()],
        )
    log.info("indexed %s v%d: %d rows", manifest.id, manifest.version, len(entries))
    return len(entries)


def unindex_pack(store: Store, pack_id: str) -> None:
    """Drop every row of ``pack_id`` from the index."""
    with store.transaction() as db:
        db.execute("DELETE FROM search_index WHERE pack_id = ?", [pack_id])
        db.execute("DELETE FROM search_packs WHERE pack_id = ?", [pack_id])


def ensure_index(store: Store) -> list[str]:
    """Index the packs whose installed version is not the indexed one; drop removed packs.

    Heals an index left behind by a crash between an install's commit and its indexing, and
    makes every pack's rows again when they are of an older format. Returns the ids of the
    packs (re)indexed or dropped.
    """
    if get_meta(store, FORMAT_KEY) != INDEX_FORMAT:
        with store.transaction() as db:  # every installed pack then looks stale
            db.execute("DELETE FROM search_index")
            db.execute("DELETE FROM search_packs")
    stale = store.conn.execute(
        "SELECT p.id, p.manifest FROM packs p LEFT JOIN search_packs s ON s.pack_id = p.id "
        "WHERE s.version IS NOT p.version ORDER BY p.id"
    ).fetchall()
    gone = [row[0] for row in store.conn.execute(
        "SELECT pack_id FROM search_packs WHERE pack_id NOT IN (SELECT id FROM packs)"
    ).fetchall()]
    for pack_id in gone:
        unindex_pack(store, pack_id)
    for _pack_id, stored in stale:
        index_pack(store, parse_manifest(manifest_json(bytes(stored)), require_key=False))
    if get_meta(store, FORMAT_KEY) != INDEX_FORMAT:  # no pack installed: nothing to make
        set_meta(store, FORMAT_KEY, INDEX_FORMAT)
    return sorted({*gone, *(row[0] for row in stale)})
