"""Bring the translation sources (``c4s_<lang>.ts``) up to date with the code.

Run it from anywhere, with the project's Python::

    .venv/bin/python resources/translations/update_ts.py          # update the .ts files
    .venv/bin/python resources/translations/update_ts.py --check  # change nothing; exit 1 when
                                                                  # a string lacks a translation

For each language it runs (from the project folder)::

    pyside6-lupdate -extensions py -locations none -source-language en -target-language LANG \
        c4s_desktop -ts resources/translations/c4s_LANG.ts

which collects every ``tr()`` and ``QCoreApplication.translate()`` string, keeps the existing
translations and marks vanished strings. lupdate cannot see the core message catalogue (dict
values), so each template of ``c4s_desktop.core.messages.CATALOGUE`` is then written into the
context ``errors`` (where :func:`c4s_desktop.ui.errors.error_text` looks it up), keeping its
translation; a template no longer in the catalogue is marked ``vanished`` (obsolete).
Then translate the ``unfinished`` entries with Qt Linguist (``pyside6-linguist``), or fill
them from a JSON file with ``--fill FILE.json``: ``{"fr": {"source": "translation", ...}, ...}``,
where a plural (``%n``) message takes a list of forms.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("fr", "es", "hu")
PLURALS_ONLY = ("en",)
"""Languages whose .ts holds only the ``%n`` messages (lupdate ``-pluralonly``): English
needs nothing but their singular and plural forms ("1 item", "2 items")."""
ERRORS_CONTEXT = "errors"

sys.path.insert(0, str(ROOT))
from c4s_desktop.core.messages import CATALOGUE, UNKNOWN_CODE_TEMPLATE  # noqa: E402


def ts_path(lang: str, folder: Path = HERE) -> Path:
    """The translation source of ``lang`` in ``folder``."""
    return folder / f"c4s_{lang}.ts"


def find_tool(name: str) -> str:
    """A PySide6 tool beside the running Python (the venv's), else on the PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this Python's environment")
    return found


def run_lupdate(lang: str, ts_file: Path) -> None:
    """Merge the strings of ``c4s_desktop/`` into ``ts_file`` (created when missing)."""
    command = [
        find_tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-locations", "none",
        "-source-language", "en", "-target-language", lang,
        *(["-pluralonly"] if lang in PLURALS_ONLY else []),
        "c4s_desktop", "-ts", str(ts_file),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def catalogue_templates() -> list[str]:
    """Every template the UI translates in the ``errors`` context, without duplicates."""
    return list(dict.fromkeys([UNKNOWN_CODE_TEMPLATE, *CATALOGUE.values()]))


def _errors_context(root: ET.Element) -> ET.Element:
    for context in root.iter("context"):
        if context.findtext("name") == ERRORS_CONTEXT:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = ERRORS_CONTEXT
    return context


def merge_catalogue(ts_file: Path) -> None:
    """Write the catalogue templates into ``ts_file``'s ``errors`` context, keeping translations.

    lupdate marks them vanished (or drops them untranslated) since no ``tr()`` holds them:
    the templates still in the catalogue come back; those removed from it stay vanished.
    """
    root = ET.parse(ts_file).getroot()
    context = _errors_context(root)
    messages = {m.findtext("source"): m for m in context.findall("message")}
    wanted = catalogue_templates()
    for text in wanted:
        message = messages.get(text)
        if message is None:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
            continue
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            if translation.text:
                del translation.attrib["type"]
            else:
                translation.set("type", "unfinished")
    write_ts(root, ts_file)


def write_ts(root: ET.Element, ts_file: Path) -> None:
    """Save ``root`` as a TS file (the XML declaration and doctype lupdate writes, too)."""
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n',
                       encoding="utf-8")


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every current message of ``ts_file`` without a translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            kind = None if translation is None else translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            if translation is None or kind == "unfinished" or not "".join(translation.itertext()):
                missing.append((context.findtext("name") or "", message.findtext("source") or ""))
    return missing


def fill(ts_file: Path, translations: dict[str, str | list[str]]) -> int:
    """Write ``translations`` (by source text) into the unfinished messages of ``ts_file``;
    return how many were filled."""
    root = ET.parse(ts_file).getroot()
    filled = 0
    for message in root.iter("message"):
        wanted = translations.get(message.findtext("source") or "")
        translation = message.find("translation")
        if wanted is None or translation is None or translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in wanted if isinstance(wanted, list) else [wanted]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted if isinstance(wanted, str) else wanted[0]
        del translation.attrib["type"]
        filled += 1
    write_ts(root, ts_file)
    return filled


def update(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """Update the .ts files in ``folder``; the untranslated messages of each language."""
    result = {}
    for lang in (*LANGUAGES, *PLURALS_ONLY):
        ts_file = ts_path(lang, folder)
        run_lupdate(lang, ts_file)
        if lang in LANGUAGES:
            merge_catalogue(ts_file)
        result[lang] = unfinished(ts_file)
    return result


def main(argv: list[str] | None = None) -> int:
    """Update the .ts files (or, with ``--check``, copies of them) and list what lacks a
    translation; the exit code is 1 in check mode when anything does."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="update copies in a temporary folder; fail when a string lacks a "
                             "translation")
    parser.add_argument("--fill", type=Path, metavar="FILE.json",
                        help='after updating, fill unfinished messages from {"fr": {source: '
                             'translation}, ...}')
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) if args.check else HERE
        if args.check:
            for lang in (*LANGUAGES, *PLURALS_ONLY):
                if ts_path(lang).exists():
                    shutil.copy2(ts_path(lang), ts_path(lang, folder))
        result = update(folder)
        if args.fill is not None:
            table = json.loads(args.fill.read_text(encoding="utf-8"))
            for lang in (*LANGUAGES, *PLURALS_ONLY):
                count = fill(ts_path(lang, folder), table.get(lang, {}))
                print(f"c4s_{lang}.ts: filled {count} string(s)")
                result[lang] = unfinished(ts_path(lang, folder))
    for lang, missing in result.items():
        print(f"c4s_{lang}.ts: {len(missing)} string(s) to translate")
        for context, source in missing:
            print(f"  [{context}] {source!r}")
    return 1 if args.check and any(result.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
