"""Text as people expect it matched: "gestion" is "Gestión", "ANA" is "Ana"."""

from __future__ import annotations

import unicodedata


def normalise_text(text: str) -> str:
    """``text`` case folded, accents stripped, spaces collapsed: how typed text is matched."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.split())
