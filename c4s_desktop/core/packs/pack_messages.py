"""Messages for errors about whole packs, keys, installs and the library."""

from __future__ import annotations

PACK_MESSAGES: dict[str, str] = {
    "pack.not_found": "There is no file or folder at {pack}; check the path.",
    "pack.not_a_pack": (
        "{pack} is not a C4S pack: it is neither a pack folder nor a .c4spack file."
    ),
    "pack.bad_zip": (
        "The pack file {pack} is damaged or incomplete; copy it again from its "
        "source."
    ),
    "pack.unreadable": (
        "The pack {pack} cannot be read; check the drive and copy it again."
    ),
    "pack.drive_lost": (
        "The drive holding {pack} stopped answering, so nothing was installed; plug it in "
        "again and retry."
    ),
    "pack.no_manifest": "{pack} has no manifest.json, so it is not a C4S pack.",
    "pack.signature_too_large": "The signature file of {pack} is too large to be a signature.",
    "pack.quiz_too_large": "The quiz file {path} in {pack} is larger than {limit:n} bytes.",
    "pack.symlink": (
        "The pack {pack} contains a link ({path}); packs must hold plain files only, so it "
        "was refused."
    ),
    "pack.special_file": "The pack {pack} contains {path}, which is not a plain file.",
    "pack.duplicate_entry": "The pack {pack} holds {path} twice; it was refused.",
    "pack.encrypted_entry": "The pack {pack} holds an encrypted entry ({path}); it was refused.",
    "pack.unlisted_file": (
        "The pack {pack} contains {path}, which its manifest does not list; it may have been "
        "tampered with, so it was refused."
    ),
    "pack.missing_file": (
        "The pack {pack} is incomplete: {path} is missing; copy the whole pack again."
    ),
    "pack.size_mismatch": (
        "{path} in {pack} has {found:n} bytes where the manifest says {expected:n}; the pack is "
        "damaged or was altered, so nothing was installed."
    ),
    "pack.hash_mismatch": (
        "{path} in {pack} does not match its checksum; the pack is damaged or was altered, "
        "so nothing was installed."
    ),
    "pack.bad_signature": (
        "The signature of {pack} does not match its manifest; the pack was altered after it "
        "was signed, so it was refused."
    ),
    "pack.unsigned": (
        "{pack} is not signed; an admin can install it anyway with --allow-untrusted."
    ),
    "pack.untrusted": (
        "{pack} is signed by '{publisher}' (key {fingerprint}), which this computer does not "
        "trust; an admin can trust the key or install it once with --allow-untrusted."
    ),
    "pack.publisher_changed": (
        "{pack} is signed by '{publisher}' (key {fingerprint}), but the installed version of "
        "this course came from '{installed_publisher}' (key {installed_fingerprint}); install "
        "it only if the course changed hands: an admin can allow it once with "
        "--allow-untrusted."
    ),
    "pack.changed_after_question": (
        "{pack} changed after installing it was confirmed, so nothing of it was installed; "
        "add it again to be asked about what it holds now."
    ),
    "pack.not_newer": (
        "Version {version} of {pack_id} is already installed; use --force to reinstall it "
        "and repair its files."
    ),
    "pack.older": (
        "Version {version} of {pack_id} is older than the installed version {installed}; "
        "use --force only to go back to it on purpose (what learners did in the newer "
        "version is kept)."
    ),
    "pack.not_installed": "No pack with the id {pack_id} is installed.",
    "key.exists": "{path} already exists; choose another file name so no key is overwritten.",
    "key.unwritable": "Cannot write the key file {path}.",
    "key.unreadable": "{path} is not an Ed25519 private key written by 'c4s pack keygen'.",
    "key.pub_missing": "There is no public key file at {path}; check the path.",
    "key.pub_unreadable": (
        "{path} does not hold a public key (one line of base64 for 32 bytes)."
    ),
    "key.pub_invalid": "'{key}' is not a public key (base64 of 32 bytes).",
    "key.not_trusted": "No trusted key matches '{key}'; 'c4s trust list' shows the keys.",
    "build.no_manifest": "The source folder {src} has no manifest.json.",
    "build.out_exists": (
        "{out} already exists and is not a pack built before; choose another output path so "
        "nothing is overwritten."
    ),
    "build.out_in_source": (
        "The output {out} would overwrite the source folder {src} or a part of it; choose an "
        "output path outside it."
    ),
    "build.unwritable": (
        "Cannot write the pack {out}; check that its folder exists, can be written "
        "to and has free space."
    ),
    "build.not_utf8": (
        "{path} in {src} is not UTF-8 text, so the app would show it as garbage; save it as "
        "UTF-8 and build again."
    ),
    "build.not_pdf": (
        "{path} in {src} is not a PDF file; export the fact sheet as PDF and build again."
    ),
    "build.key_conflict": (
        "The manifest in {src} names a publisher key that is not the key given with --key; "
        "remove publisher.key from it."
    ),
    "build.key_in_source": (
        "The signing key {key} lies inside the source folder {src}, so it would be shipped in "
        "the pack for anyone to copy; move it out of the folder and build again."
    ),
    "build.private_key": (
        "{path} in {src} is a private key, which must never be shipped in a pack; move it out "
        "of the folder and build again."
    ),
    "build.not_enough_space": (
        "There is not enough free space for the pack {out}: {needed_mb:n} MB needed, "
        "{free_mb:n} MB free; free some space on that drive or choose another, then build "
        "again."
    ),
    "build.too_large_for_drive": (
        "The pack {out} is too large for its drive, which cannot hold a file this big (FAT32 "
        "sticks hold no file over 4 GiB); build it with --folder if no single file of the "
        "course is over 4 GiB, or write it to a stick formatted as exFAT."
    ),
    "build.file_too_large_for_drive": (
        "{path} in {src} is too large for the drive the pack goes to, which cannot hold a file "
        "this big (FAT32 sticks hold no file over 4 GiB); write the pack to a stick formatted "
        "as exFAT, or make the file smaller."
    ),
    "space.not_enough": (
        "There is not enough free space in {path}: {needed_mb:n} MB needed, {free_mb:n} MB free; "
        "free some space or remove packs, then try again."
    ),
    "space.disk_full": (
        "The disk holding {path} became full; nothing was installed. Free some space and try "
        "again."
    ),
    "op.cancelled": "Cancelled; nothing was changed.",
}
