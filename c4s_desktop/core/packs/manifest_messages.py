"""Messages for errors found in a pack's manifest and quiz files."""

from __future__ import annotations

MANIFEST_MESSAGES: dict[str, str] = {
    "manifest.too_large": (
        "The pack's {path} is larger than the {limit:n} bytes a manifest may have; ask the "
        "pack's publisher for a corrected pack."
    ),
    "manifest.not_utf8": (
        "The pack's manifest.json is not UTF-8 text (invalid byte at offset {offset}); ask the "
        "pack's publisher for a corrected pack."
    ),
    "manifest.not_json": (
        "The pack's manifest.json is not valid JSON; ask the pack's publisher for a "
        "corrected pack."
    ),
    "manifest.invalid": (
        "The pack's manifest is invalid at {where}; ask the pack's publisher for a "
        "corrected pack."
    ),
    "manifest.bad_path": (
        "The path '{path}' (in {where}) breaks the pack rules: the pack was made wrongly or "
        "changed since; ask the pack's publisher for a corrected pack."
    ),
    # Checked by 'c4s pack build' only (paths.check_portable_path): packs travel on FAT sticks.
    "build.name_forbidden_char": (
        "{path} in {src} has {chars} in its name, which Windows and FAT or exFAT sticks do not "
        "allow; rename it and build again."
    ),
    "build.name_reserved": (
        "{path} in {src} uses the name {name}, which Windows keeps for a device, so the file "
        "could not be copied to a Windows computer; rename it and build again."
    ),
    "build.name_trailing": (
        "{path} in {src} has a name ending in a dot or a space ('{name}'), which Windows and "
        "FAT or exFAT sticks drop; rename it and build again."
    ),
    "manifest.path_collision": (
        "The paths '{first}' and '{second}' in {where} cannot both be in one pack; rename one "
        "or ask the pack's publisher for a corrected pack."
    ),
    "manifest.duplicate_id": (
        "The pack's manifest is invalid at {where}: the id '{id}' is already used at {first}; "
        "ask the pack's publisher for a corrected pack."
    ),
    "manifest.dangling_ref": (
        "The pack's manifest is invalid at {where}: item '{item}' refers to '{path}', which is "
        "not one of the pack's files; ask the pack's publisher for a corrected pack."
    ),
    "manifest.unknown_item_type": (
        "The pack's manifest is invalid at {where}: item '{item}' has the type '{type}', which "
        "this C4S Desktop does not know (it knows {known}); ask the pack's publisher for a "
        "corrected pack."
    ),
    "manifest.format_too_new": (
        "This pack is in pack format {found} (see {where} in its manifest), but this C4S "
        "Desktop reads only format {supported}; update C4S Desktop to install it."
    ),
    "manifest.app_too_old": (
        "This pack needs C4S Desktop {needed} or newer (see {where} in its manifest), but this "
        "is version {have}; update C4S Desktop to install it."
    ),
    "quiz.not_json": (
        "The pack's quiz file {file} is not valid JSON; ask the pack's publisher for "
        "a corrected pack."
    ),
    "quiz.invalid": (
        "The pack's quiz file {file} is invalid at {at}; ask the pack's publisher "
        "for a corrected pack."
    ),
}
