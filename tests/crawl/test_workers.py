"""The extraction pool's task: a page and the site's learned template cross the process
boundary and come back as the article the crawler process would have extracted itself."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from scrape.crawl import workers
from scrape.crawl.workers import _template_blocks, _template_text, extract_off_loop, extract_page
from scrape.extraction.blocks import normalise, text_blocks
from scrape.models import ExtractionHints, FetchedPage

PROMO = "Follow the Harbour Herald on Mastodon for breaking alerts and weekend long reads."
PARAGRAPH = (
    "The ferry operator confirmed on Tuesday that the winter timetable will keep the "
    "evening crossing, after the council's transport committee heard evidence from crews, "
    "passengers and the harbour master about safety on the late route."
)
PAGE = f"""<html><head><title>Ferry keeps its evening crossing</title></head><body>
<article><h1>Ferry keeps its evening crossing</h1>
<p>{PARAGRAPH}</p><p>{PROMO}</p><p>{PARAGRAPH.replace("Tuesday", "Monday")}</p>
<p>{PARAGRAPH.replace("winter", "summer")}</p></article></body></html>"""
URL = "https://herald.example/news/ferry"
FIXTURES = Path(__file__).parent.parent / "fixtures" / "pages"
FIXTURE_URL = "https://dailyledger.example/economy/central-bank-holds-rates"

# Blocks as text_blocks writes them: whitespace collapsed, so no newline inside.
normalised_blocks = st.frozensets(
    st.text(st.characters(blacklist_characters="\n"), min_size=1, max_size=40), max_size=50
)


@given(normalised_blocks)
def test_a_template_survives_its_trip_to_a_worker(blocks: frozenset[str]) -> None:
    assert _template_blocks("herald", _template_text("herald", blocks)) == blocks


def test_a_block_holding_a_newline_is_left_out_not_split() -> None:
    # It could never match a page's (normalised) block; split, its parts might.
    blocks = frozenset({"must read", "sign up\nnow"})
    sent = _template_blocks("herald", _template_text("herald", blocks))
    assert sent == {"must read"}


def test_the_worker_task_extracts_with_the_template_it_was_sent() -> None:
    page = FetchedPage(
        url=URL,
        final_url=URL,
        status=200,
        content=PAGE.encode(),
        headers={"content-type": "text/html; charset=utf-8"},
        fetched_at=datetime(2025, 3, 4, tzinfo=UTC),
    )
    hints = ExtractionHints(template_blocks=frozenset({normalise(PROMO), "must read"}))
    # workers=0: the task runs in a thread, through the same argument passing as a worker
    through_task = asyncio.run(extract_off_loop(page, hints, workers=0, source="herald"))
    direct = extract_page(page.content, page.content_type, URL, page.fetched_at, hints)
    without = extract_page(page.content, page.content_type, URL, page.fetched_at, ExtractionHints())
    assert through_task == direct
    assert PROMO in without.article.body and PROMO not in through_task.article.body


def test_each_side_keeps_one_template_per_source_not_every_version(monkeypatch) -> None:
    # A long crawl applies hundreds of template versions, each a megabyte or two as a set.
    monkeypatch.setattr(workers, "_sent", workers._LatestPerSource())
    monkeypatch.setattr(workers, "_received", workers._LatestPerSource())
    for version in range(1, 60):
        blocks = frozenset(f"teaser byline {k}" for k in range(version))
        assert _template_blocks("herald", _template_text("herald", blocks)) == blocks
    assert len(workers._sent) == len(workers._received) == 1
    for source in range(workers._SOURCES_KEPT + 5):
        _template_blocks(f"site {source}", _template_text(f"site {source}", frozenset({"x"})))
    assert len(workers._sent) == len(workers._received) == workers._SOURCES_KEPT


def test_interleaved_sources_each_get_their_own_template() -> None:
    herald, gazette = frozenset({"must read"}), frozenset({"sign up", "most popular"})
    for _ in range(3):
        assert _template_blocks("herald", _template_text("herald", herald)) == herald
        assert _template_blocks("gazette", _template_text("gazette", gazette)) == gazette


def test_the_template_blocks_are_the_whole_pages_read_from_the_one_parse() -> None:
    """The worker reads the blocks from the tree extraction parsed, before pruning: the
    same blocks a second parse of the page gives, the furniture that pruning drops too."""
    page = (FIXTURES / "jsonld_newsarticle.html").read_bytes()
    menu = b'<nav class="menu"><a href="/">Home</a> <a href="/economy/">Economy</a></nav>'
    page = page.replace(b"<body>", b"<body>" + menu, 1)
    hints = ExtractionHints(drop_selectors=("nav.menu",))
    fetched_at = datetime(2024, 5, 10, tzinfo=UTC)
    extracted = extract_page(page, "text/html", FIXTURE_URL, fetched_at, hints)
    assert extracted.article.is_article
    assert extracted.blocks == frozenset(text_blocks(page))
    assert "home economy" in extracted.blocks
