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

MIGRATIONS: tuple[str, ...] = (SCHEMA_V1, SCHEMA_V2)

SCHEMA_VERSION = len(MIGRATIONS)
