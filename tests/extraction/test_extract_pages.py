"""Regression gate over saved news pages: one case per ``tests/fixtures/pages/*.json``.

Each JSON names its HTML file and what ``extract`` must return; keys left out are not
checked. ``published``/``modified`` are ISO strings: a bare date compares the day only, a
full timestamp compares the instant and the UTC offset.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from scrape.extraction.extractor import extract
from scrape.models import Article

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
CASES = sorted(PAGES.glob("*.json"))


def _check_date(actual: datetime | None, expected: str | None, field: str) -> None:
    if expected is None:
        assert actual is None, f"{field}: expected none, got {actual}"
        return
    assert actual is not None, f"{field}: expected {expected}, got none"
    if len(expected) == 10:
        assert actual.date().isoformat() == expected, field
    else:
        wanted = datetime.fromisoformat(expected)
        assert actual == wanted, f"{field}: {actual.isoformat()} != {expected}"
        assert actual.utcoffset() == wanted.utcoffset(), f"{field}: timezone lost"


def check(article: Article, spec: dict[str, Any]) -> None:
    if "title" in spec:
        assert article.title == spec["title"]
    for field in ("published", "modified"):
        if field in spec:
            _check_date(getattr(article, field), spec[field], field)
    if "authors" in spec:
        assert list(article.authors) == spec["authors"]
    if "is_article" in spec:
        assert article.is_article is spec["is_article"], article.page_type
    if "page_type" in spec:
        assert article.page_type == spec["page_type"]
    body = article.body
    if "paragraphs" in spec:
        assert len(body.split("\n\n")) == spec["paragraphs"], body
    if "body_startswith" in spec:
        assert body.startswith(spec["body_startswith"]), body[:200]
    if "body_endswith" in spec:
        assert body.endswith(spec["body_endswith"]), body[-200:]
    for needle in spec.get("body_contains", []):
        assert needle in body, needle
    for needle in spec.get("body_not_contains", []):
        assert needle.casefold() not in body.casefold(), needle
    if body:
        assert "\n\n\n" not in body and body == body.strip()


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_saved_page(case: Path) -> None:
    spec = json.loads(case.read_text(encoding="utf-8"))
    html = (PAGES / spec["html"]).read_bytes()
    fetched_at = datetime.fromisoformat(spec["fetched_at"]) if "fetched_at" in spec else None
    article = extract(html, spec.get("url"), fetched_at=fetched_at)
    check(article, spec)
