"""Alt-letters (mnemonics) in every language: the entries a learner sees together never share a
letter, or Alt+letter only moves between them instead of pressing one (the keyboard audit found
four such pairs in Spanish and Hungarian). Read from the translation sources; the menus, whose
entries come from several classes, are checked in a running window
(``tests/ui/test_menu_mnemonics.py``)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("en", "fr", "es", "hu")

SHOWN_TOGETHER: dict[str, tuple[str, ...]] = {
    # What one dialog or page shows at once: its classes' translation contexts.
    **{name: (name,) for name in (
        "ClassProgressDialog", "GetPacksDialog", "LearnerDialog", "PacksDialog",
        "RemovePackDialog", "RestoreOffer", "SettingsDialog", "SettingsFlow", "SyncDetailsDialog",
        "SyncSetupDialog", "TrainerClaimDialog", "TrainerConfirmDialog", "QFileDialog")},
    # My progress: its own buttons, the course card's and the window's menu bar.
    "My progress": ("ProgressScreen", "CourseCard", "menu bar"),
}
MENU_BAR = ("&File", "&View", "&Tools", "&Help")
ALTERNATIVES = {
    # Texts one widget shows in turn, never side by side.
    frozenset({"&Download", "&Update"}),
    frozenset({"Your &PIN:", "New &PIN:"}),
    frozenset({"&Set up…", "Connect to another &server…"}),
}


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a plain ampersand), lower case."""
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found[1].lower() if found else None


def texts(lang: str) -> dict[str, dict[str, str]]:
    """Per context, source → translation (the source itself in English) of every current
    message that has a mnemonic in its source."""
    root = ET.parse(TRANSLATIONS / f"c4s_{lang}.ts").getroot()
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if not mnemonic(source) or kind in ("vanished", "obsolete"):
                continue
            shown = (translation.text or "") if translation is not None else ""
            found[name][source] = shown or source  # unfinished: Qt shows the source
            if name == "MainWindow" and source in MENU_BAR:
                found["menu bar"][source] = found[name][source]
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_what_is_shown_together_has_one_letter_each(lang: str) -> None:
    every = texts(lang)
    clashes = []
    for group, contexts in SHOWN_TOGETHER.items():
        by_letter: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for context in contexts:
            for source, shown in every.get(context, {}).items():
                letter = mnemonic(shown)
                if letter is not None:
                    by_letter[letter].append((source, shown))
        for letter, entries in by_letter.items():
            sources = frozenset(source for source, _shown in entries)
            if len(entries) > 1 and sources not in ALTERNATIVES:
                clashes.append(f"{group}: Alt+{letter.upper()} for "
                               + ", ".join(shown for _source, shown in entries))
    assert clashes == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_mnemonic_of_the_source_is_kept_in_the_translation(lang: str) -> None:
    lost = [f"{context}: {source!r} → {shown!r}"
            for context, messages in texts(lang).items() for source, shown in messages.items()
            if mnemonic(shown) is None]
    assert lost == []
