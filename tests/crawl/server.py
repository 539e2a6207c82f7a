"""A local HTTP server for crawl tests: static folders, ETag/Last-Modified, injected faults.

Serves folders under URL prefixes on 127.0.0.1 (a free port), a generated index page for a
folder URL (like a web server's directory listing), robots.txt, in-memory overlays (pages
"changed" without touching the shared corpus) and per-path faults. Every request is logged
so tests can assert what went over the wire.
"""

from __future__ import annotations

import hashlib
import html
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

TYPES = {".html": "text/html; charset=utf-8", ".json": "application/json", ".txt": "text/plain"}


@dataclass
class Fault:
    """What to do instead of (or before) serving a path normally."""

    statuses: list[int] = field(default_factory=list)  # answered in turn, then normal service
    retry_after: str | None = None  # Retry-After header sent with those statuses
    slow: int = 0  # this many requests sleep `delay` seconds before answering
    delay: float = 0.0
    redirect: str | None = None  # always answer 302 to this location
    body: bytes | None = None  # serve this body instead
    content_type: str | None = None
    send_length: bool = True  # False: no Content-Length, close the connection at the end


@dataclass(frozen=True)
class Hit:
    """One request as the server saw it."""

    method: str
    path: str
    status: int
    body_bytes: int
    user_agent: str
    conditional: bool  # carried If-None-Match or If-Modified-Since
    at: float  # time.monotonic() when the answer was sent


@dataclass
class Site:
    """What the server serves; tests mutate it between crawls."""

    folders: dict[str, Path] = field(default_factory=dict)  # URL prefix ("/a/") -> folder
    overlay: dict[str, bytes] = field(default_factory=dict)  # URL path -> body
    faults: dict[str, Fault] = field(default_factory=dict)  # URL path -> fault
    robots: str | None = None  # robots.txt text (None: 404)
    catch_all: bytes | None = None  # body for any unknown non-JSON path under a folder prefix
    hits: list[Hit] = field(default_factory=list)
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def lookup(self, path: str) -> tuple[bytes, str, float] | None:
        """Body, content type and modification time of `path`, or None."""
        if path in self.overlay:
            suffix = Path(path).suffix or ".html"
            return self.overlay[path], TYPES.get(suffix, "text/html"), 1_700_000_000.0
        for prefix, folder in self.folders.items():
            if not path.startswith(prefix):
                continue
            relative = path[len(prefix) :]
            if relative == "":
                return self._listing(prefix, folder), TYPES[".html"], 1_600_000_000.0
            try:
                target = (folder / relative).resolve()
                exists = target.is_file() and folder.resolve() in target.parents
            except (OSError, ValueError):  # hostile names: too long, NUL...
                exists = False
            if exists:
                kind = TYPES.get(target.suffix, "application/octet-stream")
                return target.read_bytes(), kind, target.stat().st_mtime
            if self.catch_all is not None and not path.endswith(".json"):
                return self.catch_all, TYPES[".html"], 1_600_000_000.0
        return None

    def _listing(self, prefix: str, folder: Path) -> bytes:
        names = sorted(p.name for p in folder.iterdir() if p.is_file())
        items = "".join(
            f'<li><a href="{html.escape(n, quote=True)}">{html.escape(n)}</a></li>\n' for n in names
        )
        title = f"Index of {html.escape(prefix)}"
        page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        return f"{page}<ul>\n{items}</ul></body></html>".encode()

    def page_hits(self, *, statuses: tuple[int, ...] | None = None) -> list[Hit]:
        """Hits other than robots.txt, optionally only those with the given statuses."""
        with self.lock:
            hits = [h for h in self.hits if h.path != "/robots.txt"]
        return [h for h in hits if statuses is None or h.status in statuses]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet

    def _log(self, status: int, body_bytes: int) -> None:
        site = self.server.site
        conditional = bool(
            self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since")
        )
        hit = Hit(
            self.command,
            unquote(urlsplit(self.path).path),
            status,
            body_bytes,
            self.headers.get("User-Agent", ""),
            conditional,
            time.monotonic(),
        )
        with site.lock:
            site.hits.append(hit)

    def _send(
        self,
        status: int,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        *,
        send_length: bool = True,
    ) -> None:
        self._log(status, len(body))
        try:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if send_length:
                self.send_header("Content-Length", str(len(body)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (timeout test)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        site = self.server.site
        with site.lock:
            site.in_flight += 1
            site.max_in_flight = max(site.max_in_flight, site.in_flight)
        try:
            self._get()
        finally:
            with site.lock:
                site.in_flight -= 1

    def _get(self) -> None:
        site = self.server.site
        path = unquote(urlsplit(self.path).path)
        if path == "/robots.txt":
            if site.robots is None:
                self._send(404, b"no robots.txt", {"Content-Type": "text/plain"})
            else:
                self._send(200, site.robots.encode(), {"Content-Type": "text/plain"})
            return
        fault = site.faults.get(path)
        if fault is not None and self._fault(fault):
            return
        found = site.lookup(path)
        if found is None:
            self._send(404, b"<html><body>not found</body></html>", {"Content-Type": "text/html"})
            return
        body, kind, mtime = found
        if fault is not None and fault.body is not None:
            body = fault.body
        if fault is not None and fault.content_type is not None:
            kind = fault.content_type
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        headers = {
            "Content-Type": kind,
            "ETag": etag,
            "Last-Modified": formatdate(mtime, usegmt=True),
        }
        if self._not_modified(etag, mtime):
            self._send(304, b"", {"ETag": etag, "Last-Modified": headers["Last-Modified"]})
            return
        send_length = fault is None or fault.send_length
        self._send(200, body, headers, send_length=send_length)

    def _not_modified(self, etag: str, mtime: float) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:  # RFC 7232: If-None-Match takes precedence
            return etag in [m.strip() for m in match.split(",")] or match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since is None:
            return False
        try:
            return int(mtime) <= parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError):
            return False

    def _fault(self, fault: Fault) -> bool:
        """Apply a fault; True when the response has been sent."""
        with self.server.site.lock:
            slow = fault.slow > 0
            if slow:
                fault.slow -= 1
            status = fault.statuses.pop(0) if fault.statuses else None
        if slow:
            time.sleep(fault.delay)
        if fault.redirect is not None:
            self._send(302, b"", {"Location": fault.redirect})
            return True
        if status is not None:
            headers = {"Content-Type": "text/html"}
            if fault.retry_after is not None:
                headers["Retry-After"] = fault.retry_after
            self._send(status, f"<html><body>{status}</body></html>".encode(), headers)
            return True
        return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: Site) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.site = site


@dataclass
class Running:
    """A started server: its site (mutable) and base URL."""

    site: Site
    base: str  # "http://127.0.0.1:PORT"

    def url(self, path: str) -> str:
        """Absolute URL of a path on this server."""
        return self.base + path


@contextmanager
def serve(site: Site) -> Iterator[Running]:
    """Run a server for `site` on 127.0.0.1 on a free port for the duration of the block."""
    server = _Server(site)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield Running(site, f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
