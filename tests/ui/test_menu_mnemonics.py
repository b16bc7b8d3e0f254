"""The menus' Alt-letters in every language, in a running window: the entries of one menu (some
put there by other classes than the window's, like File → Continue) and the menu bar's titles
each have a letter of their own."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from c4s_desktop.ui.translations import install_translators
from tests.ui.conftest import Launch
from tests.ui.test_translations import qm_dir, ui_language  # noqa: F401  (fixtures)
from tests.unit.test_mnemonics import LANGUAGES, mnemonic


def clashes(title: str, texts: list[str]) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return [f"{title}: Alt+{letter.upper()} for {', '.join(shared)}"
            for letter, shared in by_letter.items() if len(shared) > 1]


@pytest.mark.usefixtures("ui_language")  # the .ts files compiled
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_menu_has_one_letter_per_entry(launch: Launch, qapp: QApplication,
                                            lang: str) -> None:
    install_translators(qapp, lang)
    window = launch(lang=lang, learner="Ana").window
    assert window is not None
    menus = [action.menu() for action in window.menuBar().actions()]
    assert menus and all(isinstance(menu, QMenu) for menu in menus)
    found = clashes("menu bar", [action.text() for action in window.menuBar().actions()])
    entries = 0
    for menu in menus:
        assert isinstance(menu, QMenu)
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        assert all(mnemonic(text) for text in texts), texts
        entries += len(texts)
        found += clashes(menu.title(), texts)
    assert entries >= 15  # File's, View's, Tools' and Help's entries were all looked at
    assert (lang == "en") == (window.menuBar().actions()[0].text() == "&File")  # translated
    assert found == []
