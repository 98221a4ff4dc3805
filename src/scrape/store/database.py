"""The store: the one writer of the SQLite corpus, made of one part per concern.

    schema      migrations (sqlite-utils), applied when a writer opens the file
    sources     the crawled sources and their settings
    frontier    every discovered URL, its state, retries and parked copy
    fetchlog    every request, and the validators for conditional requests
    articles    articles, their versions and their duplicate links (with dedup)
    archive     raw pages, for re-extraction
    templates   learned site templates
    runs        the crawl journal
    warc_units  the WARC files ingested
    watermarks  where each named incremental export stopped

Each part is a class over one shared :class:`~scrape.store.connection.Connection`;
:class:`Store` is all of them. No code outside this package writes SQL to the corpus.
"""

from __future__ import annotations

from pathlib import Path

from ..config import Settings
from ..errors import StoreError
from ._sqlite_utils import sqlite_utils
from .articles import Articles
from .connection import connect_read_only, connect_writer, set_writer_pragmas
from .fetchlog import FetchLog
from .runs import RunJournal
from .schema import check_schema, migrate
from .sources import Sources
from .templates import SiteTemplates
from .warc_units import WarcUnits
from .watermarks import ExportWatermarks


class Store(Articles, FetchLog, Sources, SiteTemplates, RunJournal, WarcUnits, ExportWatermarks):
    """The SQLite corpus. ``Store(path)`` for a file, ``Store(memory=True)`` for tests.

    ``settings`` supplies the near-duplicate thresholds and whether raw pages are kept.
    ``read_only=True`` opens an existing, up-to-date corpus for reading: nothing on disk
    changes (no WAL switch, no migration) and the writer's lock is never needed.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        memory: bool = False,
        settings: Settings | None = None,
        read_only: bool = False,
    ) -> None:
        self.settings = settings or Settings()
        self.applied_migrations: list[str] = []
        if memory:
            self.db = connect_writer(None)
        elif path is None:
            raise ValueError("Store needs a path or memory=True")
        elif read_only:
            self.db = sqlite_utils.Database(connect_read_only(path))
            try:
                check_schema(self.db, path)
            except StoreError:
                self.db.close()
                raise
            return
        else:
            self.db = connect_writer(path)
        set_writer_pragmas(self.db)
        self.applied_migrations = self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def migrate(self) -> list[str]:
        """Apply the migrations this database has not seen; return their names."""
        return migrate(self.db)
