"""Messages for errors about xAPI statements."""

from __future__ import annotations

XAPI_MESSAGES: dict[str, str] = {
    "xapi.invalid": "The statement field {field} is not valid.",
}
