"""Small helpers shared by the demo course content modules."""

from __future__ import annotations

Text = dict[str, str]


def t(en: str, fr: str) -> Text:
    """Return a bilingual text in the pack's ``{lang: string}`` form."""
    return {"en": en, "fr": fr}


def choices(*pairs: tuple[str, str, str]) -> list[dict[str, object]]:
    """Build quiz choices from ``(id, en, fr)`` triples."""
    return [{"id": cid, "text": t(en, fr)} for cid, en, fr in pairs]
