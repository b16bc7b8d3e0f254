"""The server's data layer: one SQLAlchemy Core schema on SQLite or PostgreSQL."""
