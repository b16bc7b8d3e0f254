"""The French, Spanish and Hungarian interface: complete .ts files, working .qm, the language
setting of the data folder and the Settings dialog that changes it."""

from __future__ import annotations

import importlib.util
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QTreeView,
)

from c4s_desktop.core.datadir import DataDir
from c4s_desktop.core.errors import StoreError
from c4s_desktop.core.messages import CATALOGUE, TECHNICAL_PARAMS, UNKNOWN_CODE_TEMPLATE
from c4s_desktop.core.packs.blobstore import BlobStore
from c4s_desktop.core.store.database import Store
from c4s_desktop.core.store.meta import get_meta
from c4s_desktop.ui import controller as controller_module
from c4s_desktop.ui import translations
from c4s_desktop.ui.errors import error_details, error_text
from c4s_desktop.ui.main_window import MainWindow
from c4s_desktop.ui.settings_dialog import SettingsDialog
from c4s_desktop.ui.translations import (
    UI_LANGUAGE_KEY,
    install_translators,
    peek_language,
    save_language,
    settled_language,
)
from tests.schema_behind import step_behind
from tests.ui.conftest import Launch

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("fr", "es", "hu")
ACCELERATOR = re.compile(r"&[^&\s]")


def load_update_script() -> ModuleType:
    """resources/translations/update_ts.py, imported as a module."""
    spec = importlib.util.spec_from_file_location("update_ts", TRANSLATIONS / "update_ts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(lang: str) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every current message of ``c4s_<lang>.ts``."""
    found = []
    root = ET.parse(TRANSLATIONS / f"c4s_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            found.append((context.findtext("name") or "", message.findtext("source") or "",
                          forms or [translation.text or ""]))
    return found


def fields(text: str) -> list[str]:
    """The ``{name:spec}`` fields of a format string, sorted (with repeats)."""
    return sorted(f"{name}:{spec}" for _lit, name, spec, _conv in string.Formatter().parse(text)
                  if name is not None)


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files compiled by pyside6-lrelease, as the setup does, in a temporary folder."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None, "pyside6-lrelease comes with PySide6"
    out = tmp_path_factory.mktemp("qm")
    for lang in (*LANGUAGES, "en"):  # English: the plural forms of the %n messages
        subprocess.run([lrelease, "-silent", str(TRANSLATIONS / f"c4s_{lang}.ts"),
                        "-qm", str(out / f"c4s_{lang}.qm")], check=True)
    return out


@pytest.fixture
def ui_language(qapp: QApplication, qm_dir: Path,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Translators load the freshly compiled .qm files; English is back after the test."""
    (qm_dir / "translations").mkdir(exist_ok=True)
    for qm in qm_dir.glob("*.qm"):
        shutil.copy2(qm, qm_dir / "translations" / qm.name)
    monkeypatch.setattr(translations, "resources_dir", lambda: qm_dir)
    yield
    install_translators(qapp, "en")


# --- The .ts files ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    root = ET.parse(TRANSLATIONS / f"c4s_{lang}.ts").getroot()
    assert root.get("language") == lang
    untranslated = [(context, source) for context, source, texts in messages(lang)
                    if not all(text.strip() for text in texts)]
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation[@type='unfinished']") is not None]
    assert untranslated == []
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders_and_one_accelerator(lang: str) -> None:
    for context, source, texts in messages(lang):
        for text in texts:
            assert fields(text) == fields(source), (context, source, text)
            wanted = len(ACCELERATOR.findall(source))
            assert len(ACCELERATOR.findall(text)) == wanted, (context, source, text)


SHOWN_TOGETHER: dict[str, tuple[str, ...]] = {
    # What one dialog or page shows at once: its classes' translation contexts. The menus, whose
    # entries come from several classes, are checked in a running window below.
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


def alt_letter(text: str) -> str | None:
    """The letter of the text's accelerator, lower case; None when it has none."""
    found = ACCELERATOR.search(text.replace("&&", ""))
    return found.group()[1].lower() if found else None


def clashes(group: str, texts: list[tuple[str, str]]) -> list[str]:
    """The letters two or more of ``texts`` ((source, shown) pairs) share, in words."""
    by_letter: dict[str, list[tuple[str, str]]] = {}
    for source, shown in texts:
        if (letter := alt_letter(shown)) is not None:
            by_letter.setdefault(letter, []).append((source, shown))
    return [f"{group}: Alt+{letter.upper()} for " + ", ".join(shown for _s, shown in shared)
            for letter, shared in by_letter.items()
            if len(shared) > 1 and frozenset(source for source, _s in shared) not in ALTERNATIVES]


@pytest.mark.parametrize("lang", ("en", *LANGUAGES))
def test_what_is_shown_together_has_an_alt_letter_each(lang: str) -> None:
    """Else Alt+letter only moves between the entries instead of pressing one (the keyboard
    audit found four such pairs in Spanish and Hungarian)."""
    shown: dict[str, list[tuple[str, str]]] = {}
    for context, source, texts in messages(lang):
        if alt_letter(source) is None:
            continue
        text = texts[0] or source  # English: the source itself
        shown.setdefault(context, []).append((source, text))
        if context == "MainWindow" and source in MENU_BAR:
            shown.setdefault("menu bar", []).append((source, text))
    found = [clash for group, contexts in SHOWN_TOGETHER.items() for clash in clashes(
        group, [pair for context in contexts for pair in shown.get(context, [])])]
    assert found == []


@pytest.mark.parametrize("lang", ("en", *LANGUAGES))
def test_each_menu_has_an_alt_letter_per_entry(launch: Launch, qapp: QApplication,
                                               ui_language: None, lang: str) -> None:
    install_translators(qapp, lang)
    window = launch(lang=lang, learner="Ana").window  # File → Continue comes with a learner
    assert window is not None
    bar = window.menuBar().actions()
    assert (lang == "en") == (bar[0].text() == "&File")  # translated
    found = clashes("menu bar", [(a.text(), a.text()) for a in bar])
    entries = 0
    for title in bar:
        menu = title.menu()
        assert isinstance(menu, QMenu)
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        assert all(alt_letter(text) for text in texts), texts
        entries += len(texts)
        found += clashes(menu.title(), [(text, text) for text in texts])
    assert entries >= 15  # File's, View's, Tools' and Help's entries were all looked at
    assert found == []


@pytest.mark.parametrize(("lang", "keys"), [("en", "Ctrl+Shift+"), ("fr", "Ctrl+Maj+")])
def test_tooltips_name_the_keys_as_the_shortcuts_list_does(
        launch: Launch, qapp: QApplication, ui_language: None, lang: str, keys: str) -> None:
    install_translators(qapp, lang)
    window = launch(lang=lang, learner="Ana").window
    assert window is not None
    continue_action = next(a for a in window.findChildren(QAction)
                           if a.shortcut() == QKeySequence("Ctrl+Shift+C"))
    assert window.progress_action.toolTip().endswith(f"({keys}P)")
    assert continue_action.toolTip().endswith(f"({keys}C)")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalogue_template_has_an_errors_entry(lang: str) -> None:
    translated = {source for context, source, _texts in messages(lang) if context == "errors"}
    assert set(CATALOGUE.values()) | {UNKNOWN_CODE_TEMPLATE} <= translated


def test_the_code_holds_no_string_missing_from_the_ts_files(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Runs lupdate on the current code into copies of the .ts files: a new tr() string
    without its translations fails here (translate it after running update_ts.py)."""
    code = load_update_script().main(["--check"])
    assert code == 0, capsys.readouterr().out


# --- The .qm files and the window ----------------------------------------------------------

@pytest.mark.parametrize(("lang", "words"), [("en", "new records"), ("fr", "nouveaux"),
                                             ("hu", "új haladási")])
def test_large_counts_are_written_the_languages_way(qapp: QApplication, ui_language: None,
                                                    lang: str, words: str) -> None:
    install_translators(qapp, lang)
    text = QCoreApplication.translate("ProgressExchange", "%Ln new record(s) of progress.",
                                      "", 100_000)
    assert text.startswith("100") and words in text
    assert "100000" not in text  # grouped as the language groups digits


def test_no_error_sentence_embeds_what_a_library_said() -> None:
    # Such words stay English in every language: they go to "Copy details" and the CLI.
    shown = [(code, name) for code, text in CATALOGUE.items() for name in TECHNICAL_PARAMS
             if f"{{{name}}}" in text]
    assert shown == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_error_reads_in_the_learners_language_with_its_detail_kept_for_support(
        qapp: QApplication, ui_language: None, lang: str) -> None:
    install_translators(qapp, lang)
    error = StoreError("store.unreadable", db="/data/c4s.sqlite", detail="disk I/O error")
    text = error_text(error)
    assert text != error.message and "/data/c4s.sqlite" in text
    assert "disk I/O error" not in text
    assert "detail: disk I/O error" in error_details(error)


@pytest.mark.parametrize(("lang", "file_menu"), [("fr", "&Fichier"), ("es", "&Archivo"),
                                                 ("hu", "&Fájl")])
def test_the_compiled_translations_load(qm_dir: Path, lang: str, file_menu: str) -> None:
    translator = QTranslator()
    assert translator.load(f"c4s_{lang}", str(qm_dir))
    assert translator.translate("MainWindow", "&File") == file_menu
    template = CATALOGUE["pack.not_found"]
    assert translator.translate("errors", template) not in ("", template)


@pytest.mark.parametrize(("lang", "titles"), [
    ("fr", ["&Fichier", "&Affichage", "&Outils", "A&ide"]),
    ("hu", ["&Fájl", "&Nézet", "&Eszközök", "&Súgó"]),
])
def test_the_main_window_speaks_the_chosen_language(
    qapp: QApplication, ui_language: None, tmp_path: Path, lang: str, titles: list[str]
) -> None:
    install_translators(qapp, lang)
    window = MainWindow(BlobStore(DataDir(tmp_path)), lang)
    try:
        menus = [action.text() for action in window.menuBar().actions()]
        assert [title for title in menus if title in titles] == titles
        assert window.settings_action.text() != "&Settings…"
    finally:
        window.deleteLater()


@pytest.mark.parametrize("lang", ["fr", "es", "hu"])
def test_a_file_chooser_has_no_english_label_left(qtbot, qapp: QApplication,  # type: ignore[no-untyped-def]
                                                  ui_language: None, tmp_path: Path,
                                                  lang: str) -> None:
    # Qt's own translations lack some of its file chooser's strings (changed in Qt 6.11).
    install_translators(qapp, lang)
    (tmp_path / "folder").mkdir()
    (tmp_path / "class.csv").write_text("", "utf-8")
    dialog = QFileDialog(None, "", str(tmp_path), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert len(labels) == 3 and not {"&Look in:", "File &name:", "Files of &type:"} & set(
            labels)
        view = dialog.findChild(QTreeView, "treeView")
        assert view is not None
        model = view.model()
        qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2)
        types = {model.index(row, 2, view.rootIndex()).data()
                 for row in range(model.rowCount(view.rootIndex()))}
        assert len(types) == 2 and not types & {"Folder", "csv File"}, types
    finally:
        dialog.deleteLater()


# --- The language setting ----------------------------------------------------------------

def test_the_first_run_language_is_saved_and_then_wins(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        assert settled_language(store, "hu") == "hu"
        assert get_meta(store, UI_LANGUAGE_KEY) == "hu"
        assert settled_language(store, "en") == "hu"
        save_language(store, "es")
        assert settled_language(store, "en") == "es"
        with pytest.raises(ValueError):
            save_language(store, "de")


def test_the_data_folders_language_is_used_without_lang(
    launch: Launch, app_dir: Path, ui_language: None
) -> None:
    with Store.open(app_dir) as store:
        save_language(store, "fr")
    controller = launch(lang="en", lang_from_settings=True)
    assert controller.options.lang == "fr"
    assert controller.window is not None
    assert controller.window.file_menu.title() == "&Fichier"
    assert QCoreApplication.translate("errors", UNKNOWN_CODE_TEMPLATE).startswith("Une erreur")


def test_a_slow_opening_speaks_the_data_folders_language(
    qtbot, launch: Launch, app_dir: Path, ui_language: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The window that says why opening takes long comes before the store can tell the
    # language; the system's (English here) would greet a Hungarian class.
    with Store.open(app_dir) as store:
        save_language(store, "hu")
    step_behind(app_dir, 3000, monkeypatch)
    monkeypatch.setattr(controller_module, "SLOW_OPEN_MS", 0)
    controller = launch(wait=False, lang="en", lang_from_settings=True)
    qtbot.waitUntil(lambda: controller.opening_dialog is not None, timeout=10_000)
    dialog = controller.opening_dialog
    assert dialog is not None
    assert dialog.quit_button.text() == "&Kilépés"
    assert dialog.note.text().startswith("Régebbi számítógépen")
    with qtbot.waitSignal(controller.ready, timeout=30_000):
        pass
    assert controller.options.lang == "hu"
    assert controller.window is not None and controller.window.file_menu.title() == "&Fájl"


@pytest.mark.parametrize(("lang", "down", "up"), [
    ("hu", "Page Down", "Page Up"),  # as the Hungarian sentences name them; Qt says "PgDown"
    ("fr", "Page suiv", "Page préc"),  # Qt's own names, unchanged
    ("es", "Av Pág", "Re Pág"),
])
def test_the_page_keys_are_named_as_the_sentences_name_them(
    qapp: QApplication, ui_language: None, lang: str, down: str, up: str
) -> None:
    install_translators(qapp, lang)
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("PgDown").toString(native) == down
    assert QKeySequence("PgUp").toString(native) == up
    hint = QCoreApplication.translate(
        "PresentationMode", "Presenting. Page Down and Page Up move on; B blanks the screen; "
        "Esc or F5 ends the presentation.")
    assert down.rstrip(".") in hint and up.rstrip(".") in hint


def test_the_language_cannot_be_peeked_from_a_folder_being_made(tmp_path: Path) -> None:
    assert peek_language(tmp_path / "c4s.sqlite") is None
    (tmp_path / "c4s.sqlite").write_bytes(b"not a database at all" * 100)
    assert peek_language(tmp_path / "c4s.sqlite") is None


def test_settings_saves_the_language_and_offers_a_restart(
    qtbot, launch: Launch, app_dir: Path
) -> None:
    controller = launch()
    window = controller.window
    assert window is not None
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: isinstance(controller.settings.dialog, SettingsDialog),
                    timeout=10_000)
    dialog = controller.settings.dialog
    assert dialog is not None and dialog.chosen_language() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("hu"))
    dialog.accept()
    qtbot.waitUntil(lambda: controller.settings.question is not None, timeout=10_000)
    question = controller.settings.question
    assert question is not None and "Magyar" in question.text()
    later = [b for b in question.buttons()
             if question.buttonRole(b) == QMessageBox.ButtonRole.RejectRole]
    later[0].click()
    assert not controller.restart
    controller.shutdown()
    with Store.open(app_dir, write=False) as store:
        assert get_meta(store, UI_LANGUAGE_KEY) == "hu"
