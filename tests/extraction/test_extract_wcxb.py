"""Scored gate on a fixed sample of WCXB article pages (read from ../shared/eval/wcxb).

The floors sit a little below what the extractor measures on this sample, so a change that
costs quality fails here. Skipped only when the dataset folder is absent.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scrape.extraction.evaluate import (
    author_match,
    body_scores,
    date_match,
    f1,
    iter_pages,
    select_ids,
    title_match,
)
from scrape.extraction.extractor import extract

DATASET = Path(__file__).resolve().parents[3] / "shared" / "eval" / "wcxb"
SAMPLE = 60
FLOORS = {"f1": 0.93, "title": 0.85, "date": 0.85, "author": 0.85}
# Labels date from 2025-2026; a pinned "now" keeps the result from drifting with the clock.
FETCHED_AT = datetime(2027, 1, 1, tzinfo=UTC)


@pytest.mark.skipif(not (DATASET / "metadata.json").exists(), reason="WCXB dataset absent")
def test_wcxb_sample_meets_floors() -> None:
    logging.disable(logging.WARNING)
    try:
        pages = list(iter_pages(DATASET, select_ids(DATASET, "article", sample=SAMPLE)))
        precision, recall, titles, dates, authors = [], [], [], [], []
        for page in pages:
            article = extract(page.html, page.url, fetched_at=FETCHED_AT)
            p, r = body_scores(article.body, page.text)
            precision.append(p)
            recall.append(r)
            if page.title:
                titles.append(title_match(article.title, page.title))
            if page.date:
                found = article.published.date().isoformat() if article.published else None
                dates.append(date_match(found, page.date))
            if page.author:
                authors.append(author_match(article.authors, page.author))
    finally:
        logging.disable(logging.NOTSET)
    scores = {
        "f1": f1(sum(precision) / len(precision), sum(recall) / len(recall)),
        "title": sum(titles) / len(titles),
        "date": sum(dates) / len(dates),
        "author": sum(authors) / len(authors),
    }
    assert len(pages) == SAMPLE
    for name, floor in FLOORS.items():
        assert scores[name] >= floor, f"{name} {scores[name]:.3f} < floor {floor} ({scores})"
