"""The verbs, activity types and extensions C4S Desktop uses, from ADL, cmi5 and the video profile.

``docs/xapi.md`` lists which learner action becomes which statement.
"""

from __future__ import annotations

ADL = "http://adlnet.gov/expapi/verbs/"

VERBS: dict[str, str] = {
    "launched": ADL + "launched",
    "experienced": ADL + "experienced",
    "completed": ADL + "completed",
    "responded": ADL + "responded",
    "answered": ADL + "answered",
    "attempted": ADL + "attempted",
    "passed": ADL + "passed",
    "failed": ADL + "failed",
    "suspended": ADL + "suspended",
    "resumed": ADL + "resumed",
    "exited": ADL + "exited",
}
VERB_NAMES = {iri: name for name, iri in VERBS.items()}

ACTIVITY_TYPES: dict[str, str] = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "module": "http://adlnet.gov/expapi/activities/module",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "video": "https://w3id.org/xapi/video/activity-type/video",
    "document": "http://adlnet.gov/expapi/activities/file",
    "factsheet": "http://adlnet.gov/expapi/activities/file",
    "case_study": "http://adlnet.gov/expapi/activities/simulation",
    "quiz": "http://adlnet.gov/expapi/activities/assessment",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
    "prompt": "http://adlnet.gov/expapi/activities/question",
}

EXT = "https://c4s.invalid/xapi/extensions/"
# The video profile's own extensions: a watched span and the video's length, in seconds.
EXT_SEGMENT = "https://w3id.org/xapi/video/extensions/played-segments"
EXT_LENGTH = "https://w3id.org/xapi/video/extensions/length"
EXT_ATTEMPT = EXT + "attempt"
EXT_PROMPTS = EXT + "prompt-count"
EXT_PACK_VERSION = EXT + "pack-version"
EXT_QUESTION_VERSION = EXT + "question-version"
EXT_FILE = EXT + "file-sha256"
"""The SHA-256 of the video file a span was played from: an update may replace the file."""

ACTIVITY_BASE = "urn:c4s:activity:"
LEARNER_HOME_PAGE = "https://c4s.invalid/learners"
PLATFORM = "C4S Desktop"
XAPI_VERSION = "1.0.3"
