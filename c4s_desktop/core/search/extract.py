"""Plain text out of a pack's files, for the search index: Markdown, HTML and PDF pages.

Everything here is pure and defensive: a file that cannot be read as expected gives less text
(or none), never an exception the install would see, except ``OSError`` from reading a blob.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

log = logging.getLogger("c4s.search")

MAX_TEXT_CHARS = 2_000_000
PDF_CACHE_SIZE = 64
_CONTROL = {c: " " for c in range(32) if chr(c) not in "\n\t"} | {0x7F: " "}
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# Markdown, taken apart with patterns that cannot backtrack badly (no nested repeats).
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_MD_REF_DEF = re.compile(r"^\s{0,3}\[[^\]\n]+\]:.*$", re.MULTILINE)
_MD_LINE_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)", re.MULTILINE)
_MD_RULES = re.compile(r"^\s*(?:\|?\s*:?-{3,}:?\s*)+\|?\s*$", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"[*_`~]{1,3}")
_HTML_TAG = re.compile(r"<[^<>\n]{0,500}>")
_SKIPPED_HTML = {"script", "style", "head", "template"}
_BLOCK_HTML = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th"}


def clean(text: str) -> str:
    """NFKC (so the ligature "ﬀ" is "ff"), control characters out, runs of spaces collapsed."""
    text = unicodedata.normalize("NFKC", text[:MAX_TEXT_CHARS]).translate(_CONTROL)
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def decode(data: bytes) -> str:
    """UTF-8 text (a BOM dropped); undecodable bytes become U+FFFD."""
    return data.decode("utf-8-sig", errors="replace")


def markdown_text(source: str) -> str:
    """The readable text of a Markdown document: images give their alt text, links their text."""
    text = _MD_REF_DEF.sub("", source)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_RULES.sub("", text)
    text = _MD_LINE_MARKS.sub("", text)
    text = _HTML_TAG.sub(" ", text)
    text = _MD_EMPHASIS.sub("", text).replace("|", " ")
    return clean(html.unescape(text))


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_HTML:
            self._skipping += 1
        elif tag in _BLOCK_HTML:
            self.parts.append("\n")
        elif tag == "img":
            self.parts.append(" " + (dict(attrs).get("alt") or "") + " ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_HTML:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_HTML:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_text(source: str) -> str:
    """The readable text of an HTML document (scripts, styles and the head left out)."""
    parser = _TextCollector()
    parser.feed(source)
    parser.close()
    return clean("".join(parser.parts))


def document_text(path: str, data: bytes) -> str:
    """The text of a course text or case study, by its extension (.md or .html)."""
    source = decode(data)
    return html_text(source) if path.lower().endswith((".html", ".htm")) else markdown_text(source)


@lru_cache(maxsize=PDF_CACHE_SIZE)
def _pdf_pages_cached(blob: Path) -> tuple[str, ...]:
    from pypdf import PdfReader

    reader = PdfReader(blob)
    return tuple(clean(page.extract_text() or "") for page in reader.pages)


def pdf_pages(blob: Path) -> tuple[str, ...]:
    """The text of each page of a PDF; none when it cannot be parsed (logged, never raised).

    Blobs are named by their SHA-256, so a shared fact sheet's text is extracted once per run,
    however many packs use it.
    """
    try:
        return _pdf_pages_cached(blob)
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        log.warning("fact sheet %s not indexed: %s: %s", blob.name, type(exc).__name__, exc)
        return ()
