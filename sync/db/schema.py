"""The server's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Statements keep their full JSON in ``body``; the columns and the two index tables beside it
exist only to answer the xAPI query filters without reading every body.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# SQLite makes only an INTEGER PRIMARY KEY an alias of its rowid (auto-numbered).
SEQ = BigInteger().with_variant(Integer(), "sqlite")

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, nullable=False),
)

meta = Table(
    "meta", metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

devices = Table(
    "devices", metadata,
    Column("id", String(40), primary_key=True),
    Column("name", Text, nullable=False),
    Column("secret_hash", Text, nullable=False),
    Column("created_at", Float, nullable=False),
    Column("revoked_at", Float),
)

device_seen = Table(
    "device_seen", metadata,
    Column("device_id", String(40), ForeignKey("devices.id"), primary_key=True),
    Column("last_seen_at", Float, nullable=False),
    Column("address", String(100), nullable=False),
)

enroll_codes = Table(
    "enroll_codes", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("used_at", Float),
    Column("device_id", String(40)),
)

admins = Table(
    "admins", metadata,
    Column("username", String(100), primary_key=True),
    Column("secret_hash", Text, nullable=False),
    Column("created_at", Float, nullable=False),
)

learners = Table(
    "learners", metadata,
    Column("learner_id", String(36), primary_key=True),
    Column("device_id", String(40), ForeignKey("devices.id"), primary_key=True),
    Column("name", Text),
    Column("registered_at", Float, nullable=False),
)

rate_buckets = Table(
    "rate_buckets", metadata,
    Column("principal", String(100), primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("updated", Float, nullable=False),
)

# Where each admin name (hashed) last logged in from, the latest few (sync/auth/throttle.py).
login_addresses = Table(
    "login_addresses", metadata,
    Column("name_hash", String(40), primary_key=True),
    Column("address", String(100), primary_key=True),
    Column("last_ok", Float, nullable=False),
)

statements = Table(
    "statements", metadata,
    Column("seq", SEQ, primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False, unique=True),
    Column("stored_us", BigInteger, nullable=False),
    Column("verb_id", Text, nullable=False),
    Column("registration", String(36)),
    Column("ref_id", String(36)),
    Column("voiding", Boolean, nullable=False),
    Column("learner_id", String(36)),
    Column("ts_given", Boolean, nullable=False),
    Column("writer", String(100), nullable=False),
    Column("body", Text, nullable=False),
)
Index("statements_stored", statements.c.stored_us, statements.c.seq)
Index("statements_ref", statements.c.ref_id)
Index("statements_learner", statements.c.learner_id, statements.c.stored_us)
Index("statements_verb", statements.c.verb_id)
Index("statements_registration", statements.c.registration)

statement_agents = Table(
    "statement_agents", metadata,
    Column("seq", SEQ, ForeignKey("statements.seq"), nullable=False),
    Column("agent", Text, nullable=False),
    Column("related", Boolean, nullable=False),
)
Index("statement_agents_agent", statement_agents.c.agent, statement_agents.c.seq)

statement_activities = Table(
    "statement_activities", metadata,
    Column("seq", SEQ, ForeignKey("statements.seq"), nullable=False),
    Column("activity", Text, nullable=False),
    Column("related", Boolean, nullable=False),
)
Index("statement_activities_activity", statement_activities.c.activity,
      statement_activities.c.seq)

trusted_keys = Table(
    "trusted_keys", metadata,
    Column("key", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("added_at", Float, nullable=False),
)

packs = Table(
    "packs", metadata,
    Column("pack_id", String(100), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("languages", Text, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("publisher_name", Text, nullable=False),
    Column("publisher_key", String(64), nullable=False),
    Column("manifest", LargeBinary, nullable=False),
    Column("signature", LargeBinary, nullable=False),
    Column("published_at", Float, nullable=False),
)

pack_blobs = Table(
    "pack_blobs", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
)
