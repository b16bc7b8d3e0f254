"""A small, generic xAPI statements LRS for tests: no C4S extensions, Basic auth, real HTTP.

It stands for "any conformant LRS": the client must work against it given a URL and
credentials. It keeps statements in memory, answers the statement resource's POST, PUT and
GET (``agent``, ``since``, ``limit``, ``ascending``, ``more``), and refuses what an LRS
refuses: 400 for an invalid statement or duplicate ids in a batch, 409 for an id it holds
with other content, 413 above ``max_body``.
"""

from __future__ import annotations

import base64
import gzip
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

KEYS = ("id", "actor", "verb", "object", "result", "context", "timestamp")


class MiniLRS:
    """The LRS's data and rules, shared by the handler threads."""

    def __init__(self, users: dict[str, str], max_body: int = 8 * 1024 * 1024) -> None:
        self.users = users
        self.max_body = max_body
        self.lock = threading.Lock()
        self.statements: dict[str, dict[str, Any]] = {}
        self.order: list[str] = []
        self.posts = 0
        self._clock = datetime(2026, 1, 1, tzinfo=UTC)
        self.packs: dict[str, Path] = {}
        """Folder packs offered at ``/catalog``, ``/packs/<id>/...`` and ``/blobs/<sha>``."""
        self.blob_requests: list[str | None] = []
        self.more_origin = ""
        """Put before each ``more`` link (``http://host:port``): a hostile LRS's links."""

    def offer(self, folder: Path) -> dict[str, Any]:
        """Offer a built folder pack for download; return its manifest."""
        manifest = json.loads((folder / "manifest.json").read_bytes())
        self.packs[manifest["id"]] = folder
        return manifest  # type: ignore[no-any-return]

    def blob_file(self, sha256: str) -> Path | None:
        for folder in self.packs.values():
            files = json.loads((folder / "manifest.json").read_bytes())["files"]
            for path, entry in files.items():
                if entry["sha256"] == sha256:
                    return folder / path
        return None

    def _stored(self) -> str:
        self._clock += timedelta(milliseconds=1)
        return self._clock.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def store(self, batch: list[Any]) -> tuple[int, Any]:
        """All or nothing, like the statements resource."""
        ids = [s.get("id") if isinstance(s, dict) else None for s in batch]
        if len(set(ids)) != len(ids):
            return 400, {"error": "duplicate statement ids in one batch"}
        for statement in batch:
            problem = invalid(statement)
            if problem:
                return 400, {"error": problem}
        with self.lock:
            for statement in batch:
                held = self.statements.get(statement["id"])
                if held is not None and any(held.get(k) != statement.get(k) for k in KEYS):
                    return 409, {"error": f"statement {statement['id']} differs"}
            for statement in batch:
                if statement["id"] not in self.statements:
                    kept = dict(statement, stored=self._stored())
                    self.statements[statement["id"]] = kept
                    self.order.append(statement["id"])
            self.posts += 1
        return 200, ids

    def query(self, params: dict[str, str]) -> dict[str, Any]:
        agent = json.loads(params["agent"]) if "agent" in params else None
        since = params.get("since")
        limit = int(params.get("limit", "100")) or 100
        with self.lock:
            found = [self.statements[i] for i in self.order]
        if agent is not None:
            name = agent.get("account", {}).get("name")
            found = [s for s in found if s["actor"].get("account", {}).get("name") == name]
        if since:
            found = [s for s in found if s["stored"] > since]
        page = found[:limit]
        more = ""
        if len(found) > limit:
            rest = dict(params, since=page[-1]["stored"])
            more = self.more_origin + "/xapi/statements?" + urlencode(rest)
        return {"statements": page, "more": more}


def invalid(statement: Any) -> str | None:
    """Why a statement is not valid xAPI (the few rules the tests exercise), or None."""
    if not isinstance(statement, dict):
        return "a statement must be an object"
    if not isinstance(statement.get("id"), str):
        return "id is required"
    verb = statement.get("verb")
    if not isinstance(verb, dict) or ":" not in str(verb.get("id", "")):
        return "verb.id must be an IRI"
    if not isinstance(statement.get("actor"), dict):
        return "actor is required"
    if not isinstance(statement.get("object"), dict):
        return "object is required"
    return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _reply(self, status: int, payload: Any = None) -> None:
        body = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("X-Experience-API-Version", "1.0.3")
        if payload is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _authorized(self) -> bool:
        header = self.headers.get("Authorization", "")
        if header.startswith("Basic "):
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
            if self.server.lrs.users.get(user) == password:
                return True
        self._reply(401, {"error": "credentials needed"})
        return False

    def _body(self) -> Any:
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.headers.get("Content-Encoding") == "gzip":
            raw = gzip.decompress(raw)
        if len(raw) > self.server.lrs.max_body:
            return _TOO_LARGE
        return json.loads(raw)

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/xapi/about":
            self._reply(200, {"version": ["1.0.3"]})
            return
        if not self._authorized():
            return
        params = {k: v[0] for k, v in parse_qs(url.query).items()}
        if not url.path.startswith("/xapi/"):
            self._pack_files(url.path)
        elif url.path != "/xapi/statements":
            self._reply(404, {"error": "no such resource"})
        elif "statementId" in params:
            held = self.server.lrs.statements.get(params["statementId"])
            self._reply(404 if held is None else 200, held or {"error": "not found"})
        else:
            self._reply(200, self.server.lrs.query(params))

    def _pack_files(self, path: str) -> None:
        lrs = self.server.lrs
        parts = path.strip("/").split("/")
        if parts == ["catalog"]:
            packs = []
            for folder in lrs.packs.values():
                m = json.loads((folder / "manifest.json").read_bytes())
                packs.append({"id": m["id"], "version": m["version"], "title": m["title"],
                              "languages": m["languages"], "publisher": m["publisher"],
                              "size": sum(f["size"] for f in m["files"].values())})
            self._reply(200, {"packs": packs})
        elif len(parts) == 3 and parts[0] == "packs" and parts[1] in lrs.packs:
            self._send_file(lrs.packs[parts[1]] / parts[2])
        elif len(parts) == 2 and parts[0] == "blobs":
            lrs.blob_requests.append(self.headers.get("Range"))
            self._send_file(lrs.blob_file(parts[1]))
        else:
            self._reply(404, {"error": "no such resource"})

    def _send_file(self, file: Path | None) -> None:
        if file is None or not file.is_file():
            self._reply(404, {"error": "not found"})
            return
        data = file.read_bytes()
        start = 0
        ranged = self.headers.get("Range", "")
        if ranged.startswith("bytes=") and ranged.endswith("-"):
            start = int(ranged[6:-1])
        self.send_response(206 if start else 200)
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Length", str(len(data) - start))
        self.end_headers()
        self.wfile.write(data[start:])

    def do_POST(self) -> None:
        if not self._authorized():
            return
        if urlsplit(self.path).path != "/xapi/statements":
            self._reply(404, {"error": "no such resource"})
            return
        body = self._body()
        if body is _TOO_LARGE:
            self._reply(413, {"error": "request too large"})
            return
        batch = body if isinstance(body, list) else [body]
        status, payload = self.server.lrs.store(batch)
        self._reply(status, payload)


_TOO_LARGE = object()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    lrs: MiniLRS


@contextmanager
def running_lrs(users: dict[str, str], max_body: int = 8 * 1024 * 1024
                ) -> Iterator[tuple[str, MiniLRS]]:
    """Run a :class:`MiniLRS` on 127.0.0.1, port 0; yield (its xAPI endpoint URL, the LRS)."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.lrs = MiniLRS(users, max_body)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/xapi/", server.lrs
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
