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
}


def explain(error: C4SError) -> str:
    """The English sentence for ``error``."""
    text = SERVER_MESSAGES.get(error.code) or template(error.code)
    return render(error.code, error.params, text)
