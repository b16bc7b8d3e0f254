"""Messages for errors of the data folder, the database and the blob store."""

from __future__ import annotations

STORE_MESSAGES: dict[str, str] = {
    "store.busy": (
        "The data folder {data_dir} is in use by another C4S Desktop window or c4s command; "
        "close it and try again."
    ),
    "store.corrupt": (
        "The database {db} is damaged; restore the latest backup with "
        "'c4s store restore' (your blobs and backups are untouched)."
    ),
    "store.corrupt_no_backup": (
        "The progress recorded on this computer cannot be read: its file {db} is damaged, and "
        "there is no backup of it. Ask whoever looks after this computer for help; progress "
        "already sent to your organisation's server is safe there."
    ),
    "store.too_new": (
        "The database {db} was written by a newer C4S Desktop (schema {found}, this app knows "
        "up to {known}); update C4S Desktop to open it."
    ),
    "store.unwritable": (
        "C4S Desktop cannot write to the data folder {data_dir}; choose another "
        "folder with --data-dir or fix its permissions."
    ),
    "store.read_only_disk": (
        "The disk holding the data folder {data_dir} has become read-only, which often means "
        "it is failing: ask whoever looks after this computer to check it, and to copy the "
        "data folder somewhere safe first."
    ),
    "store.no_backup": "There is no backup in {backups} to restore.",
    "store.backup_missing": "The backup {backup} does not exist.",
    "store.backup_corrupt": "The backup {backup} is damaged too; try an older one.",
    "store.disk_full": (
        "The disk holding {path} is full; free some space and try again (nothing was lost)."
    ),
    "store.unreadable": (
        "The database {db} could not be read; it was left as it is. Check that its "
        "disk is connected and working, then try again."
    ),
    "store.missing": (
        "The database {db} is missing, though the data folder {data_dir} has been used; "
        "restore the latest backup with 'c4s store restore'. Nothing was changed."
    ),
    "store.missing_no_backup": (
        "The database {db} is missing, though the data folder {data_dir} has been used, and "
        "there is no backup of it; put the file back, or ask an admin to recover it. Nothing "
        "was changed."
    ),
    "store.foreign": (
        "The file {db} is not a C4S Desktop database; it was left as it is. Move it out of the "
        "data folder {data_dir}, or choose another folder with --data-dir."
    ),
}
