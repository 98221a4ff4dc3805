"""A site's learned template is what its pages repeat now: blocks the last pages no longer
show leave it, so that a crawl of any length holds a template of bounded size (and sends
its workers no more), while the stored template still comes back on the next crawl."""

from __future__ import annotations

import math
from pathlib import Path

from samples import make, page

from scrape.crawl import workers
from scrape.crawl.templates import TEMPLATE_STEP_PAGES, TemplatePolicy
from scrape.extraction import blocks
from scrape.extraction.blocks import TEMPLATE_WINDOW_PAGES, TemplateLearner
from scrape.models import Extracted, FetchedPage
from scrape.store.database import Store

SITE = "https://gazette.example/news/"
PAGES_PER_DAY = 12
TEASED_DAYS = 4  # each page teases a story of each of the days before its own
# The most blocks the template may hold: "must read", and the teasers of the days that the
# pages of the window (and the tenth of it a block may leave late) span, or tease.
MOST_BLOCKS = 1 + math.ceil(TEMPLATE_WINDOW_PAGES * 1.1 / PAGES_PER_DAY) + 1 + TEASED_DAYS


def _day_page(n: int) -> set[str]:
    """Page ``n`` of a news site: its own paragraph, the site's menu, and bylines of
    the teased stories of the last few days, as a "latest news" box lists them."""
    day = n // PAGES_PER_DAY
    teasers = {f"ann hale - day {day - k}" for k in range(1, TEASED_DAYS + 1)}
    return {"must read", f"the story of page {n} and nothing else", *teasers}


def _article(
    n: int, blocks_: set[str], canonical: str | None = None
) -> tuple[FetchedPage, Extracted]:
    url = f"{SITE}story-{n}/"
    return page(url), Extracted(make(url, canonical=canonical or url), frozenset(blocks_), ())


def test_a_learned_block_no_page_shows_any_more_leaves_the_template() -> None:
    learner = TemplateLearner(min_pages=3, window=50)
    for _ in range(3):
        learner.observe_blocks({"must read", "ann hale - march 3"})
    assert learner.template() == {"must read", "ann hale - march 3"}
    for _ in range(49):  # still on one of the last 50 pages
        learner.observe_blocks({"must read"})
    assert "ann hale - march 3" in learner.template()
    for _ in range(50 // 10):  # left at most a tenth of the window late
        learner.observe_blocks({"must read"})
    assert learner.template() == {"must read"}
    for _ in range(2):  # back on pages again: it must be learned again
        learner.observe_blocks({"must read", "ann hale - march 3"})
    assert learner.template() == {"must read"}
    learner.observe_blocks({"ann hale - march 3"})
    assert learner.template() == {"must read", "ann hale - march 3"}


def test_the_template_stays_bounded_over_a_long_crawl_of_ever_new_teaser_lines() -> None:
    learner, sizes = TemplateLearner(min_pages=3), []
    for n in range(20_000):
        learner.observe_blocks(_day_page(n))
        sizes.append(learner.learned_count)
    assert max(sizes) <= MOST_BLOCKS
    assert max(sizes[-5_000:]) <= max(sizes[:5_000])  # flat, not growing with the calendar
    assert "must read" in learner.template()
    assert "ann hale - day 1665" in learner.template()  # teased by the last pages
    assert "ann hale - day 100" not in learner.template()


def test_learning_goes_on_once_blocks_seen_twice_fill_the_candidates(monkeypatch) -> None:
    monkeypatch.setattr(blocks, "MAX_TRACKED_BLOCKS", 100)
    learner, tracked = TemplateLearner(min_pages=3), []
    for n in range(400):  # every block on two pages, never three: never learned
        learner.observe_blocks({f"pair {n // 2} line {k}" for k in range(10)} | {"must read"})
        tracked.append(len(learner._counts))
    for n in range(5):  # the least recently seen make room: a new template block is learned
        own = {f"story {n} line {k}" for k in range(10)}
        learner.observe_blocks({"must read", "sign up for our newsletter", *own})
        tracked.append(len(learner._counts))
    assert learner.template() == {"must read", "sign up for our newsletter"}
    assert max(tracked) <= 100 + 10


def test_a_copy_of_an_article_counts_again_only_beyond_the_window() -> None:
    policy = TemplatePolicy(frozenset(), min_pages=2)
    window = policy.learner.window
    policy.observe(*_article(0, {"must read", "story 0"}))
    amp = _article(0, {"must read", "story 0"}, canonical=f"{SITE}story-0/")
    policy.observe(*amp)
    assert policy.learner.pages == 1  # a copy of an article just counted
    for n in range(1, window + 1):
        policy.observe(*_article(n, {"must read", f"story {n}"}))
    assert policy.learner.pages == window + 1
    policy.observe(*amp)  # its original is beyond the window now: remembering it costs memory
    assert policy.learner.pages == window + 2


def test_extraction_and_the_stored_template_drop_blocks_that_left(tmp_path: Path) -> None:
    stored = frozenset({"please enter your comment"})
    policy = TemplatePolicy(stored, min_pages=3)
    for n in range(3):
        policy.observe(*_article(n, {"must read", "ann hale - march 3", f"story {n}"}))
    assert policy.template().blocks == stored | {"must read", "ann hale - march 3"}
    last = 3 + TEMPLATE_WINDOW_PAGES + TEMPLATE_WINDOW_PAGES // 10 + TEMPLATE_STEP_PAGES
    for n in range(3, last):
        policy.observe(*_article(n, {"must read", f"story {n}"}))
    # The stored template came from the site's earlier crawls: it applies the whole crawl.
    assert policy.template().blocks == stored | {"must read"}
    assert policy.shown() == {"must read"}
    with Store(tmp_path / "a.db") as store:
        store.save_site_template("gazette", policy.shown())
    with Store(tmp_path / "a.db") as store:
        assert store.site_template("gazette") == {"must read"}


def test_workers_are_sent_the_bounded_template(monkeypatch) -> None:
    monkeypatch.setattr(workers, "_sent", workers._LatestPerSource())
    monkeypatch.setattr(workers, "_received", workers._LatestPerSource())
    policy, numbers = TemplatePolicy(frozenset(), min_pages=3), set()
    received: frozenset[str] | None = frozenset()
    for n in range(3_000):
        policy.observe(*_article(n, _day_page(n)))
        template = policy.template().blocks
        number = workers._template_version("gazette", template)
        if number not in numbers:  # a new version: each worker is sent its text once
            numbers.add(number)
            text = workers._template_text(template)
            received = workers._template_blocks("gazette", number, text)
            assert received == template
    assert received is not None and "must read" in received
    assert len(received) <= MOST_BLOCKS
    assert "ann hale - day 10" not in received  # teased long ago, no more
