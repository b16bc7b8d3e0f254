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
    "server.db_full": "The database {url} cannot grow: its disk is full ({detail}). Free "
                      "some space there; devices keep what they could not send.",
    "server.db_io": "The database {url} cannot be read or written ({detail}): its disk may "
                    "be full or failing; check its free space and the system log.",
    "server.db_locked": "The database {url} stayed locked by another program ({detail}); "
                        "close it (an open sqlite3 shell, a copy in progress) and try again.",
    "server.db_damaged": "The database {url} is damaged ({detail}); c4s-sync cannot work on "
                         "it: stop the server and restore a backup (see the admin guide).",
    "server.db_newer": "The database {url} was upgraded by a newer c4s-sync (schema "
                       "{version}; this one knows up to {known}): install that version again, "
                       "or restore a backup taken before the upgrade.",
    "server.no_database": "There is no c4s-sync database in {folder}: give the server's "
                          "folder with --data-dir, or set C4S_SYNC_DATA_DIR (`c4s-sync init` "
                          "or `c4s-sync serve` makes a new one).",
    "server.port_in_use": "c4s-sync cannot listen on {address}: another program (another "
                           "c4s-sync?) already uses that port; stop it, or choose another "
                           "port with --port.",
    "server.port_forbidden": "c4s-sync may not listen on {address}: ports below 1024 need the "
                             "administrator's rights; choose a port above 1024 with --port.",
    "server.no_such_address": "c4s-sync cannot listen on {address}: this machine has no such "
                              "address; give one of its own with --host (127.0.0.1 for this "
                              "machine only).",
    "server.cannot_listen": "c4s-sync cannot listen on {address} ({detail}); check --host "
                            "and --port.",
    "server.same_name": "{count:n} devices are called {device}: {listing}; give the id of the "
                        "one you mean.",
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
    # The access log (sync/logfile.py): a warning on the server's error output, never an error.
    "server.access_log_failed": "The access log {path} cannot be written ({detail}); "
                                "requests are served without it until it can be.",
    "server.access_log_rotate": "The access log {path} cannot be rotated ({detail}); it "
                                "grows on until it can.",
    "server.access_log_again": "The access log {path} is written again; {lost:n} request(s) "
                               "were left out of it meanwhile.",
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
