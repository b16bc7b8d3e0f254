"""Ordered schema migrations. Entry N (1-based) takes the schema from version N-1 to N.

Never edit a migration that has shipped; append a new one.
"""

from __future__ import annotations

SCHEMA_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE trusted_keys (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);
CREATE TABLE packs (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    languages TEXT NOT NULL,
    publisher_name TEXT NOT NULL,
    publisher_key TEXT,
    trusted INTEGER NOT NULL,
    size INTEGER NOT NULL,
    manifest BLOB NOT NULL,
    installed_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE pack_files (
    pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (pack_id, path)
);
CREATE INDEX pack_files_sha256 ON pack_files(sha256);
CREATE TABLE pack_history (
    id INTEGER PRIMARY KEY,
    pack_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    action TEXT NOT NULL,
    at TEXT NOT NULL
);
"""

SCHEMA_V2 = """
CREATE TABLE learners (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    pin_hash TEXT,
    created_at TEXT NOT NULL,
    last_seen_at TEXT
);
CREATE UNIQUE INDEX learners_name ON learners(name COLLATE NOCASE);
"""

SCHEMA_V3 = """
CREATE TABLE statements (
    id TEXT PRIMARY KEY,
    learner_id TEXT NOT NULL,
    verb TEXT NOT NULL,
    activity TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    item_id TEXT,
    timestamp TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    origin TEXT NOT NULL,
    sent_at TEXT,
    body TEXT NOT NULL
);
CREATE INDEX statements_learner_item ON statements(learner_id, pack_id, item_id);
CREATE INDEX statements_outbox ON statements(stored_at) WHERE sent_at IS NULL AND origin = 'local';
CREATE TABLE item_progress (
    learner_id TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    started INTEGER NOT NULL,
    done INTEGER NOT NULL,
    detail TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (learner_id, pack_id, item_id)
);
CREATE TABLE resume_points (
    learner_id TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    position REAL NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (learner_id, pack_id, item_id)
);
"""

SCHEMA_V4 = """
CREATE VIRTUAL TABLE search_index USING fts5(
    body,
    pack_id UNINDEXED,
    item_id UNINDEXED,
    kind UNINDEXED,
    lang UNINDEXED,
    start_s UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TABLE search_packs (
    pack_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    indexed_at TEXT NOT NULL
);
"""

SCHEMA_V5 = """
CREATE TABLE sync_learners (
    learner_id TEXT PRIMARY KEY,
    registered_at TEXT,
    pull_cursor TEXT
);
CREATE TABLE sync_rejects (
    statement_id TEXT PRIMARY KEY,
    status INTEGER NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
"""

SCHEMA_V6 = """
CREATE INDEX statements_learner_time
    ON statements(learner_id, timestamp, id, pack_id, item_id, verb);
"""
"""A learner's statements in time order without reading their bodies: the progress report's
time spent, attempts and dates (core/progress/timeline.py) read this index alone."""

SCHEMA_V7 = """
CREATE INDEX statements_registration
    ON statements(json_extract(body, '$.context.registration'));
"""
"""The statements of one quiz attempt (its ``registration``) without scanning the learner's
others: checked on every answer (core/quiz/attempts.py), so answering stays fast however many
attempts came before."""

SCHEMA_V8 = """
DROP INDEX statements_outbox;
CREATE INDEX statements_outbox ON statements(stored_at)
    WHERE sent_at IS NULL AND origin IN ('local', 'usb');
"""
"""Statements loaded from a progress file (``origin = 'usb'``, core/exchange/merge.py) wait in
the outbox too, so a computer that syncs relays the record of one that never does."""

SCHEMA_V9 = """
ALTER TABLE learners ADD COLUMN trainer INTEGER NOT NULL DEFAULT 0;
"""
"""A trainer sees every learner's progress (core/learners/trainers.py). Learners already here,
and those arriving from a progress file or sync, are not trainers: only this computer makes one."""

SCHEMA_V10 = """
CREATE TABLE pin_failures (
    learner_id TEXT PRIMARY KEY REFERENCES learners(id) ON DELETE CASCADE,
    count INTEGER NOT NULL,
    last_at TEXT NOT NULL
);
"""
"""Wrong PINs in a row, per learner, and when the last was typed: each try after the fifth
waits (core/learners/pin_attempts.py). This computer's only; never exported."""

SCHEMA_V11 = """
CREATE TABLE open_items (
    learner_id TEXT PRIMARY KEY,
    launched_id TEXT NOT NULL,
    last_at TEXT NOT NULL
);
"""
"""The non-video item each learner has open on this computer (its ``launched`` statement) and
their newest statement since, so a session cut by a power cut is ended where its evidence ends
(core/progress/open_items.py). This computer's only; never exported."""

SCHEMA_V12 = """
CREATE TABLE timelines (
    learner_id TEXT PRIMARY KEY,
    basis TEXT NOT NULL,
    folded INTEGER NOT NULL,
    last_timestamp TEXT NOT NULL,
    last_id TEXT NOT NULL,
    state TEXT NOT NULL
);
"""
"""Each learner's time line (time spent, last activity) as the class report last folded it,
and how far, so the next one reads only the statements since (core/progress/timeline_cache.py).
Derived from the statements, so it only ever saves time; empty at first, filled by the first
class report. This computer's only; never exported."""

SCHEMA_V13 = """
CREATE TABLE drafts (
    learner_id TEXT NOT NULL,
    activity TEXT NOT NULL,
    pack_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (learner_id, activity)
) WITHOUT ROWID;
"""
"""Statements still growing (a case-study answer being written, a video span being watched):
one ready-made statement per learner and activity, replaced at each save and recorded when the
action ends (core/progress/drafts.py). This computer's only; never exported."""

MIGRATIONS: tuple[str, ...] = (
    SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8,
    SCHEMA_V9, SCHEMA_V10, SCHEMA_V11, SCHEMA_V12, SCHEMA_V13,
)

SCHEMA_VERSION = len(MIGRATIONS)
