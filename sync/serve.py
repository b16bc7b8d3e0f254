"""Opening the data folder and database, and running the server under uvicorn."""

from __future__ import annotations

import socket
from collections.abc import Callable

import uvicorn

from sync.catalog.trust import seed_default_trust
from sync.config import ServerConfig
from sync.db.engine import Database
from sync.db.migrations import migrate
from sync.web.app import create_app


def open_database(config: ServerConfig) -> Database:
    """The server's database, reachable and migrated to the newest schema."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(config.database_url)
    db.check()
    migrate(db)
    seed_default_trust(db)
    return db


def bind(host: str, port: int) -> socket.socket:
    """A listening socket (port 0: any free port), made before uvicorn starts."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    return sock


def make_server(config: ServerConfig, db: Database, *, log_level: str = "warning"
                ) -> uvicorn.Server:
    """A uvicorn server for the application (not started)."""
    app = create_app(config, db)
    uv_config = uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="off",
                               timeout_graceful_shutdown=5)
    return uvicorn.Server(uv_config)


def serve(config: ServerConfig, host: str, port: int,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Run until interrupted; ``on_ready`` gets the base URL once the socket listens."""
    db = open_database(config)
    sock = bind(host, port)
    real_port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    server = make_server(config, db, log_level="info")
    if on_ready:
        on_ready(f"http://{shown}:{real_port}")
    try:
        server.run(sockets=[sock])
    finally:
        db.dispose()
