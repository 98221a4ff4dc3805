"""The corpus in Datasette: ``scrape browse`` / ``make browse``.

The metadata (titles, descriptions, facets by source and day, full-text search on the
articles table) is built here rather than kept in a file, so the column descriptions are
always those of ``article.schema.json``. Datasette is an optional extra:
``pip install 'scrape[datasette]'``.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ScrapeError
from .reader import article_schema, open_corpus

# Tables of the machinery, not of the corpus: hidden from the table list (still queryable).
_HIDDEN = (
    "_sqlite_migrations",
    "minhash_bands",
    "export_watermarks",
    "http_cache",
    "site_templates",
)


def datasette_metadata(database: str) -> dict[str, Any]:
    """Datasette metadata for a corpus served under the name ``database``."""
    schema = article_schema()
    columns = {name: spec["description"] for name, spec in schema["properties"].items()}
    tables: dict[str, Any] = {
        "articles": {
            "description": schema["description"],
            "facets": ["source", "day"],
            "sort_desc": "id",
            "label_column": "title",
            "fts_table": "articles_fts",
            "fts_pk": "id",
            "columns": columns,
        },
        "pages": {"description": "Raw fetched pages (zstd), kept when keep_raw_html is on."},
        "urls": {"description": "The crawl frontier: every discovered URL and its state."},
        "fetches": {"description": "Every HTTP exchange of the crawls, with its outcome."},
        "sources": {"description": "The configured sources, as of their last crawl."},
    }
    tables.update({name: {"hidden": True} for name in _HIDDEN})
    return {
        "title": "scrape news corpus",
        "description": (
            "Articles crawled and cleaned by scrape. Copies of a story share a cluster_id; "
            "filter on duplicate_of is null for one article per story."
        ),
        "source": "scrape",
        "source_url": "https://github.com/scrape-news/scrape",
        "databases": {database: {"tables": tables}},
    }


def serve(
    path: str | Path,
    host: str = "127.0.0.1",
    port: int = 8001,
    ready: Callable[[], None] | None = None,
) -> None:
    """Serve the corpus at ``path`` until interrupted; ``ready`` is called once the
    corpus is checked and the port is free, just before serving starts."""
    try:
        import uvicorn
        from datasette.app import Datasette
    except ImportError:
        raise ScrapeError("browsing needs Datasette: pip install 'scrape[datasette]'") from None
    file = Path(path)
    open_corpus(file).close()  # a clear error for a missing, foreign or outdated corpus
    _check_port(host, port)
    datasette = Datasette(
        [str(file)],
        metadata=datasette_metadata(file.stem),
        settings={"sql_time_limit_ms": 3000, "facet_time_limit_ms": 1000},
    )
    asyncio.run(datasette.invoke_startup())
    if ready is not None:
        ready()
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")


def _check_port(host: str, port: int) -> None:
    """Fail with one line when the port is taken (uvicorn would log a traceback-like
    block and exit)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ScrapeError(
                f"cannot listen on {host}:{port}: {exc.strerror}; choose another --port"
            ) from None
