"""The one error hierarchy of the core.

Every error carries a catalogue ``code`` and its parameters; the user-facing sentence is
rendered from the message catalogue (``messages.py``), so the UI can translate it and the
CLI can print it. Subclasses map to distinct CLI exit codes (2 is reserved for usage errors).
"""

from __future__ import annotations

from typing import ClassVar


class C4SError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code: ClassVar[int] = 1

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    @property
    def message(self) -> str:
        """The plain sentence for the user, in English."""
        from c4s_desktop.core.messages import render

        return render(self.code, self.params)

    @property
    def technical(self) -> str:
        """What a library, a check or a server said about the failure, which the sentence
        leaves out (English, for an admin or support; empty when there is nothing more)."""
        from c4s_desktop.core.messages import technical

        return technical(self.params)

    def __str__(self) -> str:
        return self.message


class PackError(C4SError):
    """The pack is broken, hostile or does not follow the pack contract."""

    exit_code = 3


class TrustError(C4SError):
    """The pack is unsigned, its signature is wrong, or its key is not trusted here."""

    exit_code = 4


class VersionError(C4SError):
    """The pack is not newer than the installed one, or needs a newer app."""

    exit_code = 5


class StoreError(C4SError):
    """The local database or blob store cannot be used as it is."""

    exit_code = 6


class DataDirBusyError(StoreError):
    """Another process is writing to the same data folder."""

    exit_code = 7


class SpaceError(C4SError):
    """Not enough free disk space for the operation."""

    exit_code = 8


class NotFoundError(C4SError):
    """A pack, key or learner the user named does not exist."""

    exit_code = 9


class InputError(C4SError):
    """A file or value the user gave cannot be used (unreadable key, bad path...)."""

    exit_code = 10


class CancelledError(C4SError):
    """The user cancelled a long operation; nothing was changed."""

    exit_code = 11


class SyncError(C4SError):
    """The sync server or LRS cannot be reached, refused us, or answered nonsense."""

    exit_code = 12
