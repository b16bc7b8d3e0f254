"""Messages for errors about syncing with the server and downloading packs."""

from __future__ import annotations

SYNC_MESSAGES: dict[str, str] = {
    "sync.not_set_up": (
        "This computer is not connected to a sync server yet; set up sync first."
    ),
    "sync.not_an_address": (
        "'{server}' is not a server address; give one such as https://sync.example.org."
    ),
    "sync.unreachable": (
        "The sync server at {server} cannot be reached; your progress is kept and "
        "will be sent later."
    ),
    "sync.server_error": (
        "The sync server at {server} answered with an error ({status}); your progress is kept "
        "and will be sent later."
    ),
    "sync.server_unavailable": (
        "The sync server at {server} cannot take anything right now and asks to be tried "
        "later; your progress is kept and will be sent later."
    ),
    "sync.bad_reply": "The sync server at {server} sent a reply this app does not understand.",
    "sync.web_page": (
        "A web page answered instead of the sync server at {server}: if this network asks you "
        "to sign in (as hotel or office Wi-Fi does), sign in with a web browser; your progress "
        "is kept and will be sent later."
    ),
    "sync.unauthorized": (
        "The sync server at {server} refused this computer's credentials; ask an administrator "
        "to enroll it again."
    ),
    "sync.forbidden": (
        "The sync server at {server} does not let this computer do that."
    ),
    "sync.plain_http": (
        "The connection to {server} would not be encrypted, so the credentials and learners' "
        "progress could be read on the network: use https:// if the server offers it, or add "
        "--allow-http to connect anyway."
    ),
    "sync.enroll_refused": (
        "The server refused the enrollment code; ask an admin for a new one."
    ),
    "sync.no_enrollment": (
        "The server at {server} does not offer device enrollment; use a user name and password "
        "instead."
    ),
    "sync.no_password": "Type the LRS password on the first line of the standard input.",
    "sync.bad_credentials_file": (
        "The sync settings in {path} cannot be read; set up sync again."
    ),
    "sync.no_catalog": "The server at {server} does not offer a pack catalog.",
    "learner.bad_id": "'{learner}' is not a learner id (it looks like 8-4-4-4-12 hex digits).",
    "download.no_pack": "The server does not offer a pack with the id {pack_id}.",
    "download.failed": (
        "Downloading {what} failed; start the download again to resume it."
    ),
    "download.paused": "The download is paused; start it again to resume where it stopped.",
    "download.corrupt": (
        "The file {what} arrived damaged (its checksum is wrong), so it was not kept; try again."
    ),
}
