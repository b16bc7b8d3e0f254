"""Opening the data folder and database, and running the server under uvicorn."""

from __future__ import annotations

import contextlib
import errno
import signal
import socket
import threading
from collections.abc import Callable, Iterator

import uvicorn

from c4s_desktop.core.errors import InputError
from sync.catalog.trust import seed_default_trust
from sync.config import DB_FILE, STANDARD_OUTPUT, ServerConfig
from sync.db.backup import serving
from sync.db.engine import Database
from sync.db.migrations import migrate
from sync.logfile import FileSink, LogSink, standard_output
from sync.web.access_log import AccessLog
from sync.web.app import create_app


def _make_private(config: ServerConfig) -> None:
    """Create the data folder readable by its owner only (0700), and tighten one that others
    may read, with the SQLite files in it (0600): they hold admin password hashes and every
    statement."""
    folder = config.data_dir
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o077:
        # A folder someone else owns (shared with a group on purpose) is left as its owner
        # set it; the database files below are this user's and are made private all the same.
        with contextlib.suppress(PermissionError):
            folder.chmod(0o700)
    if config.db_url is not None:
        return
    database = folder / DB_FILE
    # Made before SQLite opens it: SQLite gives its -wal and -shm files the database's mode.
    database.touch(mode=0o600)
    for path in (database, *folder.glob(f"{DB_FILE}-*")):
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)


def open_database(config: ServerConfig, *, create: bool = True) -> Database:
    """The server's database, private, reachable, intact and migrated to the newest schema.

    Without ``create``, a data folder holding no SQLite database is refused rather than given
    a new one: an admin command run without the server's ``--data-dir`` would else change a
    database nobody serves.
    """
    if not create and config.db_url is None and not (config.data_dir / DB_FILE).is_file():
        raise InputError("server.no_database", folder=config.data_dir)
    _make_private(config)
    db = Database(config.database_url)
    db.check()
    migrate(db)
    seed_default_trust(db)
    return db


_BIND_ERRORS = {errno.EADDRINUSE: "server.port_in_use", errno.EACCES: "server.port_forbidden",
                errno.EADDRNOTAVAIL: "server.no_such_address"}


def bind(host: str, port: int) -> socket.socket:
    """A listening socket (port 0: any free port), made before uvicorn starts.

    An address that cannot be had (a port in use, a privileged port, an address not this
    machine's) raises an :class:`InputError` that says which and what to change.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        # IPPROTO_TCP, not 0: asyncio turns TCP_NODELAY on only for sockets that say TCP, and
        # without it each reply but the first on a kept-alive connection waited ~40 ms for the
        # client's delayed ACK (a reply goes out in two writes).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    except OSError as exc:
        raise InputError("server.cannot_listen", address=f"{host}:{port}",
                         detail=exc.strerror or str(exc)) from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        code = _BIND_ERRORS.get(exc.errno or 0, "server.cannot_listen")
        raise InputError(code, address=address, detail=exc.strerror or str(exc)) from exc
    return sock


class _Server(uvicorn.Server):
    """uvicorn's server, except that a stop signal ends ``run`` instead of the process, and
    the access log is closed when it ends.

    uvicorn shuts down on SIGINT or SIGTERM and then raises the signal again, which for
    SIGTERM (systemd's and docker's stop) kills the process before :func:`serve` closes the
    database: the write-ahead log stayed, and ``sync.sqlite`` alone lacked acknowledged
    statements. Here both signals just stop the server, and :func:`serve` returns.
    """

    access_log: LogSink | None = None

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # only the main thread receives signals (tests serve from a thread)
            return
        stops = (signal.SIGINT, signal.SIGTERM)
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in stops}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    async def serve(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().serve(sockets)
        finally:
            if self.access_log is not None:
                self.access_log.close()


def open_access_log(config: ServerConfig) -> LogSink | None:
    """Where the access log goes (its file opened, so that one that cannot be written is
    reported at start), or None when it is turned off."""
    if config.access_log is None:
        return None
    if config.access_log == STANDARD_OUTPUT:
        return standard_output()
    path = config.access_log_path
    assert path is not None
    sink = FileSink(path)
    sink.open()
    return sink


def make_server(config: ServerConfig, db: Database, *, log_level: str = "warning"
                ) -> uvicorn.Server:
    """A uvicorn server for the application (not started), writing the access log.

    uvicorn's own access log stays off: it writes the query string, which holds learners'
    identities (``agent``), and knows neither the device nor the reply's size.
    """
    app = create_app(config, db)
    sink = open_access_log(config)
    if sink is not None:
        app = AccessLog(app, sink)
    uv_config = uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="off",
                               timeout_graceful_shutdown=5)
    server = _Server(uv_config)
    server.access_log = sink
    return server


def serve(config: ServerConfig, host: str, port: int,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Run until Ctrl+C or SIGTERM, then close the database cleanly (on SQLite its log is
    emptied into ``sync.sqlite``); ``on_ready`` gets the base URL once the socket listens.

    The data folder is marked as served meanwhile, so that ``c4s-sync restore`` refuses it.
    """
    with serving(config.data_dir):
        db = open_database(config)
        try:
            sock = bind(host, port)
            real_port = sock.getsockname()[1]
            shown = f"[{host}]" if ":" in host else host
            server = make_server(config, db, log_level="info")
            if on_ready:
                on_ready(f"http://{shown}:{real_port}")
            server.run(sockets=[sock])
            # Closing the last connection would empty the log too, but an admin command may
            # hold the database open at this moment: the server's work is made whole now.
            db.checkpoint()
        finally:
            db.dispose()
