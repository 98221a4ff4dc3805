"""The extraction pool's task: a page and the site's learned template cross the process
boundary and come back as the article the crawler process would have extracted itself."""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from scrape import processes
from scrape.config import Settings
from scrape.crawl import workers
from scrape.crawl.workers import (
    _extract_in_worker,
    _extract_with_template,
    _template_blocks,
    _template_text,
    _template_version,
    extract_off_loop,
    extract_page,
)
from scrape.extraction.blocks import normalise, text_blocks
from scrape.models import ExtractionHints, FetchedPage, TextDigest
from scrape.processes import Trimmer
from scrape.store.articles import content_hash

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


def sent(source: str, blocks: frozenset[str]) -> frozenset[str] | None:
    """The blocks a worker reads from what the crawler sends it for ``source``."""
    return _template_blocks(source, _template_version(source, blocks), _template_text(blocks))


@given(normalised_blocks)
def test_a_template_survives_its_trip_to_a_worker(blocks: frozenset[str]) -> None:
    assert sent("herald", blocks) == blocks


def test_a_block_holding_a_newline_is_left_out_not_split() -> None:
    # It could never match a page's (normalised) block; split, its parts might.
    assert sent("herald", frozenset({"must read", "sign up\nnow"})) == {"must read"}


def test_a_template_is_sent_once_per_version_not_with_every_page() -> None:
    blocks = frozenset({"must read", "sign up"})
    number = _template_version("courier", blocks)
    assert _template_version("courier", frozenset(blocks)) == number  # equal: the same
    assert _template_blocks("courier", number, None) is None  # this worker never got it
    assert _template_blocks("courier", number, _template_text(blocks)) == blocks
    assert _template_blocks("courier", number, None) == blocks  # kept: no text needed
    grown = blocks | {"most popular"}
    assert (newer := _template_version("courier", grown)) != number
    assert _template_blocks("courier", newer, None) is None
    assert _template_version("courier", frozenset()) == _template_version("other", frozenset())
    assert _template_blocks("courier", _template_version("courier", frozenset()), None) == set()


def test_a_worker_without_the_template_asks_for_it_rather_than_extracting_without() -> None:
    hints = ExtractionHints()
    blocks = frozenset({normalise(PROMO)})
    number = _template_version("ledger", blocks)
    args = (PAGE.encode(), "text/html", URL, datetime(2025, 3, 4, tzinfo=UTC), hints, "ledger")
    assert _extract_with_template(*args, number, None) is None
    with_text = _extract_with_template(*args, number, _template_text(blocks))
    assert with_text is not None and PROMO not in with_text.article.body
    assert _extract_with_template(*args, number, None) == with_text


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
        assert sent("herald", blocks) == blocks
    assert len(workers._sent) == len(workers._received) == 1
    for source in range(workers._SOURCES_KEPT + 5):
        sent(f"site {source}", frozenset({"x"}))
    assert len(workers._sent) == len(workers._received) == workers._SOURCES_KEPT


def test_interleaved_sources_each_get_their_own_template() -> None:
    herald, gazette = frozenset({"must read"}), frozenset({"sign up", "most popular"})
    numbers = {"herald": _template_version("herald", herald)}
    numbers["gazette"] = _template_version("gazette", gazette)
    for source, blocks in (("herald", herald), ("gazette", gazette)):
        _template_blocks(source, numbers[source], _template_text(blocks))
    for _ in range(3):
        assert _template_version("herald", herald) == numbers["herald"]
        assert _template_blocks("herald", numbers["herald"], None) == herald
        assert _template_version("gazette", gazette) == numbers["gazette"]
        assert _template_blocks("gazette", numbers["gazette"], None) == gazette


def test_a_worker_hands_back_the_body_digest_the_store_would_work_out() -> None:
    page = (FIXTURES / "jsonld_newsarticle.html").read_bytes()
    fetched_at = datetime(2024, 5, 10, tzinfo=UTC)
    extracted = extract_page(page, "text/html", FIXTURE_URL, fetched_at, ExtractionHints())
    body = extracted.article.body
    assert extracted.digest == TextDigest(content_hash(body), len(body.split()))


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


def test_in_the_pool_each_worker_gets_each_template_version_once(monkeypatch) -> None:
    """And starts with what its forkserver preloaded frozen out of garbage collection,
    so that the pages holding it stay shared between the workers."""
    memory = Settings().extract_memory
    workers.warm_up(1, workers.MIN_PAGES_FOR_POOL, memory=memory)
    assert workers._started[1, memory].wait(120), "the extraction pool never started"
    pool = workers.extraction_pool(1, memory)
    assert pool is not None
    texts: list[int] = []

    def counted(blocks: frozenset[str]) -> str:
        texts.append(len(blocks))
        return _template_text(blocks)

    monkeypatch.setattr(workers, "_template_text", counted)
    page = FetchedPage(URL, URL, 200, PAGE.encode(), {"content-type": "text/html"})
    template = frozenset({normalise(PROMO), "must read"})
    grown = template | {"most popular"}

    async def crawl() -> list[str]:
        bodies = []
        for blocks in (template,) * 4 + (grown,) * 3:
            hints = ExtractionHints(template_blocks=blocks)
            extracted = await extract_off_loop(page, hints, workers=1, source="pool herald")
            bodies.append(extracted.article.body)
        return bodies

    try:
        bodies = asyncio.run(crawl())
        assert pool.schedule(gc.get_freeze_count).result(timeout=60) > 10_000
    finally:
        workers._discard(pool)
    assert texts == [2, 3]
    assert all(PROMO not in body and PARAGRAPH in body for body in bodies)


def test_a_pool_that_cannot_start_leaves_the_pages_to_a_thread(monkeypatch) -> None:
    def cannot_start(count: int, memory: int | None = None) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(workers, "extraction_pool", cannot_start)
    monkeypatch.setattr(workers, "_started", {})
    workers.warm_up(3, workers.MIN_PAGES_FOR_POOL)
    page = FetchedPage(URL, URL, 200, PAGE.encode(), {"content-type": "text/html"})
    extracted = asyncio.run(extract_off_loop(page, ExtractionHints(), workers=3, source="x"))
    assert extracted.article.title == "Ferry keeps its evening crossing"


def test_pages_extracted_in_the_loops_threads_go_one_at_a_time(monkeypatch) -> None:
    """trafilatura's lxml parser is shared by the trees it makes, which libxml2 does not
    guard: two threads copying them at once corrupted the heap."""
    running, most = 0, 0

    def extract(*args: object) -> str:
        nonlocal running, most
        running += 1
        most = max(most, running)
        time.sleep(0.02)  # long enough for the other threads to start theirs
        running -= 1
        return "extracted"

    monkeypatch.setattr(workers, "extract_page", extract)
    page = FetchedPage(URL, URL, 200, PAGE.encode(), {"content-type": "text/html"})

    async def main() -> list[object]:
        pages = (workers._in_thread(page, ExtractionHints(), 30) for _ in range(6))
        return list(await asyncio.gather(*pages))

    assert asyncio.run(main()) == ["extracted"] * 6
    assert most == 1


def test_a_worker_keeps_no_text_of_a_page_it_has_finished() -> None:
    from trafilatura.utils import line_processing, trim

    args = (PAGE.encode(), "text/html; charset=utf-8", URL, datetime(2025, 3, 4, tzinfo=UTC))
    extracted = _extract_in_worker(*args, ExtractionHints(), "herald", 0, None)
    assert extracted is not None and PARAGRAPH in extracted.article.body
    assert trim.cache_info().currsize == 0
    assert line_processing.cache_info().currsize == 0


def test_a_worker_and_the_crawler_trim_their_heaps_every_so_many_pages(monkeypatch) -> None:
    trims: list[str] = []
    monkeypatch.setattr(workers, "_worker_trimmer", Trimmer(every=2))
    monkeypatch.setattr(workers, "_crawler_trimmer", Trimmer(every=3))
    monkeypatch.setattr(processes, "return_free_memory", lambda: trims.append("trim") or True)
    args = (PAGE.encode(), "text/html; charset=utf-8", URL, datetime(2025, 3, 4, tzinfo=UTC))
    for _ in range(5):
        _extract_in_worker(*args, ExtractionHints(), "herald", 0, None)
    assert workers._worker_trimmer.trims == 2

    page = FetchedPage(URL, URL, 200, PAGE.encode(), {"content-type": "text/html"})

    async def crawl() -> None:
        for _ in range(7):
            await extract_off_loop(page, ExtractionHints(), workers=0, source="herald")

    asyncio.run(crawl())
    assert workers._crawler_trimmer.trims == 2
    assert len(trims) == 4


# Run in a fresh interpreter, as the forkserver does: importing scrape.crawl.preloaded
# freezes the garbage collector of the process that imports it.
_FORKSERVER = """
import gc, json, logging, sys
from scrape.crawl import workers

logging.getLogger("scrape").addHandler(logging.StreamHandler())

real = workers.extract_page
seen = []

def watched(*args):
    if {fail}:
        raise ValueError("a parser broke")
    article = real(*args).article
    seen.append([gc.get_freeze_count(), article.title, str(article.published),
                 list(article.authors), article.body])
    return real(*args)

workers.extract_page = watched
import scrape.crawl.preloaded
from trafilatura.utils import trim
json.dump([seen, gc.get_freeze_count(), trim.cache_info().currsize], sys.stdout)
"""


def forkserver_import(fail: bool) -> tuple[list[list], int, int, str]:
    done = subprocess.run(
        [sys.executable, "-c", _FORKSERVER.format(fail=fail)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    seen, frozen, memo = json.loads(done.stdout)
    return seen, frozen, memo, done.stderr


def test_the_forkserver_extracts_a_sample_article_before_it_freezes() -> None:
    """What a first page creates is then shared by the workers; the sample reaches every
    stage (its title, date, author and body are found, its furniture pruned)."""
    seen, frozen, memo, _ = forkserver_import(fail=False)
    assert len(seen) == 1
    unfrozen_then, title, published, authors, body = seen[0]
    assert unfrozen_then == 0 and frozen > 10_000
    assert title == "Harbour bridge reopens after repairs"
    assert published == "2024-03-05 08:30:00+00:00"
    assert authors == ["Jane Doe"]
    assert "The harbour bridge reopened" in body and "wider lane" in body
    assert "Ferry service extended" not in body and "rights reserved" not in body
    assert memo == 0  # nothing of the sample is kept


def test_a_forkserver_whose_sample_fails_says_so_and_still_serves() -> None:
    seen, frozen, _, stderr = forkserver_import(fail=True)
    assert seen == [] and frozen > 10_000
    assert "the extraction failed on its sample page" in stderr
    assert "a parser broke" in stderr
