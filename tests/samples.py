"""Sample records for tests of the store and the read side: an article, its fetched page,
a small corpus of them, and the journal of a run."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from scrape.crawl.pipeline import SourceReport
from scrape.models import Article, FetchedPage
from scrape.ops.runs import RunLog
from scrape.store.database import Store

BODY = " ".join(f"Paragraph {i} of the council budget story with word{i} in it." for i in range(40))


def make(url: str, body: str = BODY, canonical: str | None = None, **fields: object) -> Article:
    values: dict[str, object] = {
        "url": url,
        "canonical_url": canonical,
        "title": "Council passes budget",
        "published": datetime(2024, 5, 1, 9, 30, tzinfo=UTC),
        "modified": None,
        "authors": ("Ana Lopez",),
        "body": body,
        "language": "en",
        "description": "The council voted.",
        "site_name": "Daily",
        "image": None,
        "tags": ("politics", "budget"),
    }
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


def page(url: str, content: bytes = b"<html>page</html>", status: int = 200) -> FetchedPage:
    return FetchedPage(
        url=url,
        final_url=url,
        status=status,
        content=content,
        headers={"content-type": "text/html; charset=utf-8", "etag": '"v1"'},
        fetched_at=datetime(2024, 5, 1, 10, tzinfo=UTC),
    )


def body(n: int) -> str:
    return " ".join(f"Story {n} sentence {i} about topic{n}x{i} and more." for i in range(30))


def add(path: Path, numbers: range, source: str = "daily") -> None:
    with Store(path) as store:
        for n in numbers:
            url = f"https://{source}.test/{n}"
            published = datetime(2024, 5, 1 + n % 28, 9, tzinfo=UTC)
            article = make(url, body=body(n), published=published, authors=("Ana", "Ben"))
            store.save_article(article, page(url), source)


def journal_run(
    store: Store, when: datetime, report: SourceReport, status: str = "finished"
) -> None:
    """Journal one run of ``report.name`` alone that started at ``when``."""
    journal = RunLog(store)
    run_id = journal.start("crawl", [report.name])
    journal.source_done(run_id, when.isoformat(timespec="seconds"), report)
    journal.finish(run_id, status)
