"""What a certificate states, and its canonical JSON: the exact bytes that are signed.

Canonical JSON: UTF-8, keys sorted, no spaces, no ASCII escaping; scores are whole percents
(integers), so any language can reproduce the bytes without float-formatting surprises.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from c4s_desktop.core.errors import NotFoundError
from c4s_desktop.core.packs.manifest import pick_text
from c4s_desktop.core.progress.report import CourseProgress

FORMAT = "c4s-certificate/1"


@dataclass(frozen=True)
class ModuleScore:
    """A module's title (in the certificate's language) and score in whole percent, if any."""

    title: str
    score: int | None


@dataclass(frozen=True)
class CertificateFacts:
    """Everything a certificate states; :meth:`canonical` is what the device key signs."""

    certificate_id: str
    learner: str
    course_id: str
    course: str
    publisher: str
    completed_on: str
    """The completion date, ``YYYY-MM-DD`` (UTC)."""
    modules: tuple[ModuleScore, ...]
    lang: str

    def to_dict(self) -> dict[str, Any]:
        """The facts as a JSON object."""
        return {
            "format": FORMAT, "id": self.certificate_id, "learner": self.learner,
            "course_id": self.course_id, "course": self.course, "publisher": self.publisher,
            "completed": self.completed_on, "lang": self.lang,
            "modules": [{"title": m.title, "score": m.score} for m in self.modules],
        }

    def canonical(self) -> bytes:
        """The canonical JSON bytes of the facts."""
        return canonical_json(self.to_dict())


def canonical_json(value: object) -> bytes:
    """``value`` as canonical JSON (see the module docstring)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def facts_for(learner: str, course: CourseProgress, lang: str) -> CertificateFacts:
    """The facts of a certificate for ``learner`` on a completed course, with a new UUID.

    Titles are in ``lang`` where the pack has it. Raises ``NotFoundError`` while the course
    is not complete.
    """
    if not course.complete or course.completed_at is None:
        raise NotFoundError("cert.course_incomplete", learner=learner,
                            course=pick_text(course.title, lang, course.default_language))

    def text(value: dict[str, str]) -> str:
        return pick_text(value, lang, course.default_language)

    modules = tuple(ModuleScore(text(m.title), None if m.score is None else round(m.score * 100))
                    for m in course.modules)
    return CertificateFacts(str(uuid.uuid4()), learner, course.pack_id, text(course.title),
                            course.publisher, course.completed_at[:10], modules, lang)


def parse_facts(data: bytes) -> CertificateFacts:
    """Read facts back from their JSON; ``ValueError`` when they are not of their shape."""
    try:
        value = json.loads(data.decode("utf-8"))
        if not isinstance(value, dict) or value.get("format") != FORMAT:
            raise ValueError("unknown format")
        modules = tuple(ModuleScore(str(m["title"]), None if m["score"] is None
                                    else int(m["score"])) for m in value["modules"])
        return CertificateFacts(str(value["id"]), str(value["learner"]),
                                str(value["course_id"]), str(value["course"]),
                                str(value["publisher"]), str(value["completed"]), modules,
                                str(value["lang"]))
    except (UnicodeDecodeError, KeyError, TypeError) as exc:
        raise ValueError(f"facts of the wrong shape: {exc}") from exc
