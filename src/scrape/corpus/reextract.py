"""Re-extraction: run the current extractor over archived pages, without fetching.

``scrape reextract [--source NAME]`` takes every article whose raw page was archived
(``settings.keep_raw_html``), extracts the page again with the source's current hints
and replaces the article's text and metadata, recording the new ``extractor_version``
and ``extracted_at``. Provenance (source, URL, fetch time, HTTP status) stays as it was.

A page the new extractor no longer sees as an article keeps its old text (it is counted
as ``kept``), so a regression in the extractor never deletes data.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ..config import Source
from ..errors import ScrapeError
from ..extraction.extractor import extract
from ..models import Article, ExtractionHints, FetchedPage
from ..store import archive
from ..store.database import Store, content_hash

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReextractReport:
    pages: int  # archived pages looked at
    updated: int  # articles whose text or metadata changed
    unchanged: int  # extracted the same as before
    kept: int  # no longer an article to the extractor: old text kept
    failed: int  # could not be read or extracted


def reextract(
    store: Store,
    source: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ReextractReport:
    """Re-extract the archived pages of ``source`` (default: all) into their articles."""
    where, params = ("and a.source = ?", [source]) if source else ("", [])
    ids = [
        row[0]
        for row in store.db.execute(
            f"select a.id from articles a where a.page_id is not null {where} order by a.id",
            params,
        )
    ]
    counts = dict.fromkeys(("updated", "unchanged", "kept", "failed"), 0)
    hints: dict[str, ExtractionHints] = {}
    for done, article_id in enumerate(ids, 1):
        row = next(
            store.db.query(
                "select a.source, a.content_hash, a.title, a.published, p.* from articles a "
                "join pages p on p.id = a.page_id where a.id = ?",
                [article_id],
            )
        )
        try:
            page = _page(row)
            if row["source"] not in hints:
                hints[row["source"]] = _hints(store, row["source"])
            article = extract(
                page.text,
                url=page.final_url,
                fetched_at=page.fetched_at,
                hints=hints[row["source"]],
            )
        except ScrapeError as exc:
            log.warning("cannot re-extract article %d: %s", article_id, exc)
            counts["failed"] += 1
            continue
        if not article.is_article or not article.body.strip():
            counts["kept"] += 1
        else:
            counts["updated" if _changed(row, article) else "unchanged"] += 1
            store.replace_content(article_id, article)
        if progress:
            progress(done, len(ids))
    return ReextractReport(len(ids), **counts)


def _page(row: dict[str, object]) -> FetchedPage:
    return FetchedPage(
        url=str(row["url"]),
        final_url=str(row["final_url"]),
        status=int(row["status"] or 0),  # type: ignore[call-overload]
        content=archive.decompress(row["content"], str(row["encoding"])),  # type: ignore[arg-type]
        headers=json.loads(str(row["headers"] or "{}")),
        fetched_at=datetime.fromisoformat(str(row["fetched_at"])),
    )


def _hints(store: Store, source: str) -> ExtractionHints:
    """The source's drop rules as last configured, and its learned page template."""
    row = store.db.execute("select config from sources where name = ?", [source]).fetchone()
    try:
        config = Source.model_validate_json(row[0]) if row and row[0] else None
    except ValueError:  # written by an older version with other fields: no drop rules then
        config = None
    return ExtractionHints(
        drop_selectors=config.drop_selectors if config else (),
        drop_phrases=config.drop_phrases if config else (),
        template_blocks=store.site_template(source),
    )


def _changed(row: dict[str, object], article: Article) -> bool:
    published = article.published.isoformat() if article.published else None
    return (row["content_hash"], row["title"], row["published"]) != (
        content_hash(article.body),
        article.title,
        published,
    )
