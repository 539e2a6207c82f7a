"""A store on disk of pages already read, so that a rebuild reads again only the pages that changed.

Keys are digests of what decides a page's records: the page's bytes, its file name, its tags and
the reader itself (the source of every ``scraper`` module, the lxml/libxml2 and Python
versions). A change to any of these is a different key, so an entry can never be stale; entries
made by another reader version are deleted when the store is opened, and entries no build has
used for ``KEEP_DAYS`` days are deleted when it is closed, so the store stays about the size of
the docs it serves. Values are opaque bytes (``scraper.parallel`` pickles the records).

The store is one SQLite file, safe for builds running at the same time. A store that cannot be
opened or read (corrupt file, locked too long, read-only folder) never fails a build: it is
used as far as it works, and what went wrong is listed in ``problems``.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import lxml.etree

FILE_NAME = "pages.sqlite3"
KEEP_DAYS = 30
_DAY = 86400
_BATCH = 500  # keys per SELECT (SQLite's host-parameter limit is 32766 on 3.32+, 999 before)


@cache
def reader_version() -> str:
    """Digest of everything besides a page that decides its records: this package's source,
    the parser's and Python's versions."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (sys.version, lxml.etree.LXML_VERSION, lxml.etree.LIBXML_VERSION):
        digest.update(repr(part).encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def page_key(name: str, tags: Sequence[str], data: bytes) -> bytes:
    """The key of a page: its file name, tags and bytes (with the reader's version)."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(reader_version().encode())
    for part in (name, *tags):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(b"\1")
    digest.update(data)
    return digest.digest()


@dataclass
class CacheStats:
    """What the store did during one build."""

    reused: int = 0  # pages taken from the store
    read: int = 0  # pages read from their file (and stored)
    problems: list[str] = field(default_factory=list)  # what did not work, for the user

    def summary(self, where: Path) -> str:
        """One line for the build's summary."""
        total = self.reused + self.read
        text = f"page cache {where}: {self.reused} of {total} pages reused, {self.read} read"
        return text + "".join(f"; {problem}" for problem in self.problems)


class PageCache:
    """The store in ``directory`` (created when missing); ``get_many`` / ``put_many``, then
    ``close`` (which prunes). Usable as a context manager."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.stats = CacheStats()
        self._db: sqlite3.Connection | None = None
        self._today = int(time.time()) // _DAY
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.directory / FILE_NAME, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
            with self._db:
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS pages"
                    " (key BLOB PRIMARY KEY, value BLOB NOT NULL, used INTEGER NOT NULL)"
                )
                self._db.execute(
                    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)"
                )
                row = self._db.execute("SELECT value FROM meta WHERE name = 'reader'").fetchone()
                if row is None or row[0] != reader_version():
                    self._db.execute("DELETE FROM pages")  # made by another reader: never hit
                    self._db.execute(
                        "INSERT OR REPLACE INTO meta VALUES ('reader', ?)", (reader_version(),)
                    )
        except (OSError, sqlite3.Error) as exc:
            self._fail("could not be opened", exc)

    def _fail(self, what: str, exc: Exception) -> None:
        self.stats.problems.append(f"the store {what} ({exc}); pages were read from their files")
        if self._db is not None:
            self._db.close()
            self._db = None

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, bytes]:
        """The stored values of those ``keys`` that are in the store (marked as used today)."""
        found: dict[bytes, bytes] = {}
        if self._db is None or not keys:
            return found
        try:
            for start in range(0, len(keys), _BATCH):
                batch = keys[start : start + _BATCH]
                marks = ",".join("?" * len(batch))
                found.update(
                    self._db.execute(
                        f"SELECT key, value FROM pages WHERE key IN ({marks})",
                        batch,
                    ).fetchall()
                )
            with self._db:
                self._db.executemany(
                    "UPDATE pages SET used = ? WHERE key = ? AND used < ?",
                    ((self._today, key, self._today) for key in found),
                )
        except sqlite3.Error as exc:
            self._fail("could not be read", exc)
        return found

    def put_many(self, entries: Iterable[tuple[bytes, bytes]]) -> None:
        """Store ``(key, value)`` pairs."""
        if self._db is None:
            return
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO pages VALUES (?, ?, ?)",
                    ((key, value, self._today) for key, value in entries),
                )
        except sqlite3.Error as exc:
            self._fail("could not be written", exc)

    def close(self) -> None:
        """Delete entries unused for ``KEEP_DAYS`` days, then close the store."""
        if self._db is None:
            return
        try:
            with self._db:
                self._db.execute("DELETE FROM pages WHERE used < ?", (self._today - KEEP_DAYS,))
        except sqlite3.Error as exc:
            self._fail("could not be pruned", exc)
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> PageCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["CacheStats", "PageCache", "page_key", "reader_version"]
