"""The server's own messages (admin command line and HTTP errors), in English.

They are not part of the app's translated catalogue: only the people running the server read
them. :func:`explain` renders any core error, whichever catalogue its code is in.
"""

from __future__ import annotations

from c4s_desktop.core.errors import C4SError
from c4s_desktop.core.messages import render, template

SERVER_MESSAGES: dict[str, str] = {
    "server.bad_db_url": "{url} is not a database URL this server can use "
                         "(give postgresql://user:password@host/db, or no --db for SQLite).",
    "server.db_unreachable": "The database {url} cannot be reached: {detail}",
    "server.no_device": "There is no device {device}; `c4s-sync devices` lists them.",
    "server.no_admin": "There is no admin account {user}.",
    "server.bad_username": "An admin name is 1 to 100 letters, digits or . _ - @ (got {user!r}).",
    "server.empty_password": "The password is empty; give one on standard input.",
    "server.passwords_differ": "The two passwords differ; nothing was changed.",
    "server.pack_published": "{pack} version {version} is already published with other "
                             "content; publish it under a larger version number.",
    "server.pack_older": "{pack} version {version} is older than the published version "
                         "{published}; publish a larger version.",
    "server.pack_publisher": "{pack} version {version} is signed by key {given}, not by key "
                             "{published} of the published version {published_version}; "
                             "give --allow-new-publisher if the publisher really changed.",
    # Backup and restore (sync/db/backup.py).
    "server.backup_postgres": "`c4s-sync backup` copies the SQLite database; this server uses "
                              "PostgreSQL ({url}). Back it up with `pg_dump --format=custom "
                              "--file=c4s.dump URL`, and copy {blobs} beside it.",
    "server.restore_postgres": "`c4s-sync restore` puts back a SQLite backup; this server uses "
                               "PostgreSQL ({url}). Stop every server, run `pg_restore --clean "
                               "--if-exists --dbname=URL c4s.dump`, then `c4s-sync "
                               "mark-restored --db URL` so devices send again what the backup "
                               "lacks.",
    "server.backup_no_database": "There is no c4s-sync database in {folder} (the server's "
                                 "folder is given with --data-dir or $C4S_SYNC_DATA_DIR).",
    "server.backup_exists": "{path} already exists and is not an empty folder; give a new "
                            "folder for the backup.",
    "server.no_backup": "There is no backup at {path} (give the folder `c4s-sync backup` "
                        "wrote, or a sync.sqlite file).",
    "server.not_a_backup": "{path} is not a c4s-sync database that can be restored "
                           "({detail}); nothing was changed.",
    "server.running": "A server is running on {folder}; stop it before restoring a backup "
                      "into it.",
}


def explain(error: C4SError) -> str:
    """The English sentence for ``error``."""
    text = SERVER_MESSAGES.get(error.code) or template(error.code)
    return render(error.code, error.params, text)
