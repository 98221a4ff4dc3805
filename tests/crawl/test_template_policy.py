"""The template policy on its own: which pages wait for a source's template, when they are
handed back, and which template each extraction applies (no crawl, no store)."""

from __future__ import annotations

from samples import make, page

from scrape.crawl.templates import Template, TemplatePolicy
from scrape.models import Extracted, FetchedPage

SITE = "https://herald.example/news/"


def _article(
    slug: str, blocks: set[str], canonical: str | None = None
) -> tuple[FetchedPage, Extracted]:
    url = SITE + slug + "/"
    article = make(url, canonical=canonical or url)
    return page(url), Extracted(article, frozenset(blocks), ())


def _not_an_article(slug: str) -> tuple[FetchedPage, Extracted]:
    url = SITE + slug + "/"
    listing = make(url, body="", is_article=False, page_type="listing")
    return page(url), Extracted(listing, frozenset(), ())


def test_a_new_sources_first_articles_wait_until_its_template_is_learned() -> None:
    policy = TemplatePolicy(frozenset(), min_pages=2)
    pages = [_article(f"story-{n}", {"must read", f"story {n}"}) for n in range(4)]
    held = [policy.observe(*pages[n]) for n in range(3)]
    assert held == [True, True, True]
    assert policy.learning and policy.release() == []
    assert policy.observe(*pages[3]) is False  # the fourth distinct article ends learning
    assert not policy.learning
    assert policy.release() == [fetched for fetched, _ in pages[:3]]
    assert policy.release() == []  # handed back once
    assert policy.template().blocks == {"must read"} == policy.shown()


def test_copies_of_one_article_teach_once_and_never_wait() -> None:
    policy = TemplatePolicy(frozenset(), min_pages=2)
    canonical = SITE + "ferry-timetable/"
    original = _article("ferry-timetable", {"must read", "the ferry story"})
    amp = _article("ferry-timetable/amp", {"must read", "the ferry story"}, canonical=canonical)
    assert policy.observe(*original) is True
    assert policy.observe(*amp) is False
    assert policy.learner.pages == 1
    assert policy.shown() == frozenset()  # one article's own text is no template


def test_a_page_that_is_no_article_neither_teaches_nor_hands_back_the_held_pages() -> None:
    policy = TemplatePolicy(frozenset(), min_pages=2)
    held = _article("story-1", {"must read", "story one"})
    assert policy.observe(*held) is True
    assert policy.observe(*_not_an_article("world")) is False
    assert policy.learner.pages == 1
    assert policy.release() == []  # the template is still unknown: they keep waiting
    assert policy.release(crawl_over=True) == [held[0]]


def test_the_end_of_the_crawl_hands_back_pages_held_for_a_template_never_learned() -> None:
    policy = TemplatePolicy(frozenset(), min_pages=3)
    pages = [_article(f"story-{n}", {"must read"}) for n in range(2)]
    assert all(policy.observe(*p) for p in pages)
    assert policy.release(crawl_over=True) == [fetched for fetched, _ in pages]
    assert policy.release(crawl_over=True) == []


def test_a_stored_template_applies_from_the_first_page_and_nothing_waits() -> None:
    stored = frozenset({"must read", "please enter your comment"})
    policy = TemplatePolicy(stored, min_pages=2)
    first = policy.template()
    assert first == Template(stored, provisional=False)
    assert policy.observe(*_article("story-1", {"must read", "story one"})) is False
    assert policy.release() == []
    # Stored blocks its articles show again are what the site shows now; the others wait
    # in the store until they are a month unseen.
    assert policy.shown() == {"must read"}


def test_a_page_begun_while_learning_is_extracted_again_with_blocks_learned_meanwhile() -> None:
    policy = TemplatePolicy(frozenset(), min_pages=2)
    begun = policy.template()
    assert begun == Template(frozenset(), provisional=True)
    for n in range(4):  # other pages finish while this one is extracted
        policy.observe(*_article(f"story-{n}", {"must read", f"story {n}"}))
    _, late = _article("story-late", {"must read", "the late story"})
    _, unaffected = _article("story-other", {"the other story"})
    assert policy.outdated(begun, late)
    assert not policy.outdated(begun, unaffected)  # nothing it holds was learned since
    # Once learned, blocks that join the template later apply to later pages only.
    settled = policy.template()
    assert not settled.provisional
    for n in range(4, 8):
        policy.observe(*_article(f"story-{n}", {"must read", "sign up"}))
    _, later = _article("story-later", {"must read", "sign up"})
    assert "sign up" in policy.shown()
    assert not policy.outdated(settled, later)
