"""The message catalogue: one English template per error code.

Templates use ``str.format`` fields named after the error's parameters. The UI passes the
template through Qt's translation (context ``errors``) before formatting, so each template
is also the source text translators see. A field written ``{name:n}`` is a quantity (records,
bytes, megabytes) whose digits are grouped as the reader's language groups them; the other
numbers (ports, years, versions, status codes, lengths) are printed as they are.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping

from c4s_desktop.core.certificates.cert_messages import CERT_MESSAGES
from c4s_desktop.core.exchange.exchange_messages import EXCHANGE_MESSAGES
from c4s_desktop.core.learners.learner_messages import LEARNER_MESSAGES
from c4s_desktop.core.packs.export_messages import EXPORT_MESSAGES
from c4s_desktop.core.packs.manifest_messages import MANIFEST_MESSAGES
from c4s_desktop.core.packs.pack_messages import PACK_MESSAGES
from c4s_desktop.core.progress.progress_messages import PROGRESS_MESSAGES
from c4s_desktop.core.quiz.quiz_messages import QUIZ_MESSAGES
from c4s_desktop.core.store.store_messages import STORE_MESSAGES
from c4s_desktop.core.sync.sync_messages import SYNC_MESSAGES
from c4s_desktop.core.xapi.xapi_messages import XAPI_MESSAGES

CATALOGUE: dict[str, str] = {
    **MANIFEST_MESSAGES,
    **PACK_MESSAGES,
    **STORE_MESSAGES,
    **LEARNER_MESSAGES,
    **QUIZ_MESSAGES,
    **CERT_MESSAGES,
    **SYNC_MESSAGES,
    **XAPI_MESSAGES,
    **EXPORT_MESSAGES,
    **EXCHANGE_MESSAGES,
    **PROGRESS_MESSAGES,
}
UNKNOWN_CODE_TEMPLATE = "Something went wrong ({code}). See the log for details."
"""The template of a code missing from :data:`CATALOGUE` (translated like the others)."""


def template(code: str) -> str:
    """The English template for ``code``, or a generic sentence naming the code."""
    return CATALOGUE.get(code, UNKNOWN_CODE_TEMPLATE)


TECHNICAL_PARAMS = ("detail", "problem", "reason")
"""Parameters holding what a library, a check or a server said, in English. No template shows
them (a translated sentence would embed them untranslated): the CLI prints them after the
sentence, and the UI's "Copy details" holds them."""


def technical(params: Mapping[str, object]) -> str:
    """The technical parameters of an error, joined ('' when it has none)."""
    return "; ".join(str(params[name]) for name in TECHNICAL_PARAMS if name in params)


Grouper = Callable[[float], str]
"""Writes a quantity (an int, or a float) with its digits grouped in some language."""


def group_english(number: float) -> str:
    """``400,000`` or ``1,234.5``, as the CLI and the server print quantities; a whole float
    reads as a whole number (``120``), as Qt's shortest form writes it in the UI."""
    return f"{number:,}".removesuffix(".0")


class _MessageFormatter(string.Formatter):
    """``str.format`` whose ``n`` spec groups a number's digits with the given grouper."""

    def __init__(self, group: Grouper) -> None:
        super().__init__()
        self._group = group

    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec != "n":
            return super().format_field(value, format_spec)
        # A bool is an int to Python, but "True" is no quantity; nor is a text some caller
        # passed: either is printed as it is rather than spoiling the whole sentence.
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self._group(value)
        return str(value)


def fill(text: str, params: Mapping[str, object], group: Grouper = group_english) -> str:
    """``text`` with its fields taken from ``params``, the ``{name:n}`` ones grouped by
    ``group``; raises as ``str.format`` does when a field is missing or malformed."""
    return _MessageFormatter(group).vformat(text, (), params)


def render(code: str, params: Mapping[str, object], text: str | None = None,
           group: Grouper = group_english) -> str:
    """Format ``text`` (default: the English template of ``code``) with ``params``,
    quantities grouped by ``group`` (default: the English way); never raises on a template
    that does not fit its parameters (the template is shown as it is)."""
    fmt = text if text is not None else template(code)
    try:
        return fill(fmt, {"code": code, **params}, group)
    except (KeyError, IndexError, ValueError):
        return fmt
