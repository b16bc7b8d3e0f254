"""The message catalogue: one English template per error code.

Templates use ``str.format`` fields named after the error's parameters. The UI passes the
template through Qt's translation (context ``errors``) before formatting, so each template
is also the source text translators see.
"""

from __future__ import annotations

from collections.abc import Mapping

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


def render(code: str, params: Mapping[str, object], text: str | None = None) -> str:
    """Format ``text`` (default: the English template of ``code``) with ``params``."""
    fmt = text if text is not None else template(code)
    try:
        return fmt.format(code=code, **params)
    except (KeyError, IndexError, ValueError):
        return fmt
