"""Re-extraction: run the current extractor over archived pages, without fetching.

``scrape reextract [--source NAME]`` takes every article whose raw page was archived
(``settings.keep_raw_html``), extracts the page again with the source's current hints
and replaces the article's text and metadata, recording the new ``extractor_version``
and ``extracted_at``. Provenance (source, URL, fetch time, HTTP status) stays as it was.

A page the new extractor no longer sees as an article keeps its old text (it is counted
as ``kept``), so a regression in the extractor never deletes data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import ScrapeError
from ..extraction.extractor import extract
from ..models import Article, ExtractionHints
from ..store.archive import ArchivedArticle
from ..store.articles import content_hash
from ..store.database import Store

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
    ids = store.archived_article_ids(source)
    counts = dict.fromkeys(("updated", "unchanged", "kept", "failed"), 0)
    hints: dict[str, ExtractionHints] = {}
    for done, article_id in enumerate(ids, 1):
        try:
            stored = store.archived_article(article_id)
            if stored.source not in hints:
                hints[stored.source] = _hints(store, stored.source)
            page = stored.page
            article = extract(
                page.text,
                url=page.final_url,
                fetched_at=page.fetched_at,
                hints=hints[stored.source],
            )
        except ScrapeError as exc:
            log.warning("cannot re-extract article %d: %s", article_id, exc)
            counts["failed"] += 1
            continue
        if not article.is_article or not article.body.strip():
            counts["kept"] += 1
        else:
            counts["updated" if _changed(stored, article) else "unchanged"] += 1
            store.replace_content(article_id, article)
        if progress:
            progress(done, len(ids))
    return ReextractReport(len(ids), **counts)


def _hints(store: Store, source: str) -> ExtractionHints:
    """The source's drop rules as last configured, and its learned page template."""
    config = store.source_config(source)
    return ExtractionHints(
        drop_selectors=config.drop_selectors if config else (),
        drop_phrases=config.drop_phrases if config else (),
        template_blocks=store.site_template(source),
    )


def _changed(stored: ArchivedArticle, article: Article) -> bool:
    published = article.published.isoformat() if article.published else None
    return (stored.content_hash, stored.title, stored.published) != (
        content_hash(article.body),
        article.title,
        published,
    )
