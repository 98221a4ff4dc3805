"""The one SQLite connection the parts of the store share, and how it is opened.

A writer opens the file in WAL mode, so readers (sqlite3, Datasette, ``scrape.open_corpus``)
work while a crawl writes; a reader opens it read-only and changes nothing on disk.
Every part of :class:`scrape.store.Store` builds on :class:`Connection`: one transaction
spans them all, so a page's fetch log, article, frontier row and validators commit at once.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import StoreError
from ._sqlite_utils import sqlite_utils

BUSY_TIMEOUT_MS = 10_000  # how long a write waits for another writer's transaction
# WAL pages between checkpoints during a bulk write (SQLite's default is 1,000, about 4 MB).
BULK_CHECKPOINT_PAGES = 10_000


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def table(db: sqlite_utils.Database, name: str) -> sqlite_utils.db.Table:
    """``db[name]`` as a table (sqlite-utils types it as table-or-view)."""
    return db.table(name)


@functools.cache
def _insert_sql(table_name: str, columns: tuple[str, ...], verb: str) -> str:
    names = ", ".join(f"[{c}]" for c in columns)
    return f"{verb} into [{table_name}] ({names}) values ({', '.join('?' * len(columns))})"


def insert(
    db: sqlite_utils.Database, table_name: str, record: dict[str, Any], *, replace: bool = False
) -> int:
    """Insert one plain record and return its rowid.

    The crawl writes a few rows per page, and sqlite-utils' ``Table.insert`` reads the
    table's schema again on every call; this is the same statement, built once per shape."""
    sql = _insert_sql(table_name, tuple(record), "insert or replace" if replace else "insert")
    cursor = db.execute(sql, list(record.values()))
    if cursor.lastrowid is None:
        raise StoreError(f"insert into {table_name} returned no row id")
    return cursor.lastrowid


def connect_read_only(path: str | Path) -> sqlite3.Connection:
    """A connection to the corpus at ``path`` that cannot write to it.

    ``mode=ro`` changes nothing on disk. Where it cannot open the file (a WAL database
    with a ``-wal`` but no ``-shm`` in a read-only directory: SQLite cannot create its WAL
    index there) the file is opened ``immutable``: nobody can be writing to it there.
    Raises :class:`StoreError` for a path that is missing, a directory or not SQLite."""
    file = Path(path)
    if file.is_dir():
        raise StoreError(f"{file} is a directory, not a database")
    if not file.is_file():
        raise StoreError(f"no database at {file}: run 'scrape crawl' first")
    uri = file.resolve().as_uri()
    problem: sqlite3.Error | None = None
    for options in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(f"{uri}?{options}", uri=True)
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            conn.close()
            if "not a database" in str(exc):
                raise StoreError(f"{file} is not a SQLite database") from None
            problem = exc
            continue
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn
    raise StoreError(f"cannot read {file}: {problem}")


def connect_writer(path: str | Path | None) -> sqlite_utils.Database:
    """The corpus at ``path`` opened for writing (created if missing), in WAL mode; a
    database in memory when ``path`` is None.

    A crawl does its store work on a thread of its own (see ``scrape.crawl.storethread``),
    one call at a time, so the connection may be used by a thread other than its maker."""
    if path is None:
        return sqlite_utils.Database(sqlite3.connect(":memory:", check_same_thread=False))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(sqlite3.connect(path, check_same_thread=False))
    db.enable_wal()
    return db


def set_writer_pragmas(db: sqlite_utils.Database) -> None:
    db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.conn.execute("PRAGMA foreign_keys = ON")


class Connection:
    """The database handle, the settings and the transaction every part of the store uses."""

    db: sqlite_utils.Database
    settings: Settings
    _transaction_depth: int = 0

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One commit for everything inside; nested calls join the outer transaction (the
        crawl stores a page's fetch log, article, frontier row and validators at once)."""
        if self._transaction_depth:
            self._transaction_depth += 1
            try:
                yield self.db.conn
            finally:
                self._transaction_depth -= 1
            return
        self._transaction_depth = 1
        try:
            # An explicit BEGIN: sqlite-utils commits a lone write at once unless a
            # transaction is open, so the connection's implicit one would not hold.
            with self.db.atomic():
                yield self.db.conn
        finally:
            self._transaction_depth = 0

    def make_self_contained(self) -> None:
        """Leave WAL mode: the file then holds everything, with no ``-wal`` beside it."""
        self.db.disable_wal()

    @contextmanager
    def bulk_writes(self, *, durable: bool = True) -> Iterator[None]:
        """Many small commits in a row (a crawl, a WARC merge, a shard being built).

        ``synchronous = NORMAL`` drops the fsync of every commit: with WAL it never
        corrupts and survives a killed process; a power cut can lose the last commits,
        which are then simply done again (each article commits with its frontier row, each
        WARC unit is recorded done only after its articles). Checkpoints are spaced wider
        too: each copies the WAL into the database and fsyncs both, and the pages every
        commit touches (index roots, the full-text index) are copied once per checkpoint.

        ``durable=False`` (``synchronous = OFF``) is for a file that is thrown away unless
        it is completed, like a WARC shard. The earlier settings come back on exit."""
        (synchronous,) = self.db.execute("PRAGMA synchronous").fetchone()
        (checkpoint,) = self.db.execute("PRAGMA wal_autocheckpoint").fetchone()
        self.db.execute(f"PRAGMA synchronous = {'NORMAL' if durable else 'OFF'}")
        self.db.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA synchronous = {int(synchronous)}")
            self.db.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint)}")
