"""URLs: fetched as published, and variants of one page one identity."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import pytest
from courlan import normalize_url as courlan_normalize
from hypothesis import given
from hypothesis import strategies as st

from scrape.urls import normalize_url, site_of, url_key


@pytest.mark.parametrize(
    "variant",
    [
        "https://www.example.com/news/story",
        "http://example.com/news/story/",
        "https://example.com/news/story?utm_source=twitter&utm_medium=social",
        "https://EXAMPLE.com/news/story#comments",
        "https://example.com:443/news/story?fbclid=abc",
        "/news/story/?gclid=1",
    ],
)
def test_variants_share_one_key(variant: str) -> None:
    normalized = normalize_url(variant, base="https://example.com/world/")
    assert normalized is not None
    assert url_key(normalized) == "example.com/news/story"


@pytest.mark.parametrize(
    ("published", "fetched"),
    [
        ("https://example.com/2023/09/07/some-slug/", "https://example.com/2023/09/07/some-slug/"),
        ("https://example.com/News/Story", "https://example.com/News/Story"),
        ("https://example.com/?p=5&b=2&a=1", "https://example.com/?p=5&b=2&a=1"),
        ("https://example.com/a/?utm_source=x&id=3&fbclid=y#top", "https://example.com/a/?id=3"),
        (
            "https://example.com/a?ref=home&gallery=2&_ga=1",
            "https://example.com/a?ref=home&gallery=2",
        ),
        (
            "https://example.com/news/x-1?at_medium=RSS&at_campaign=rss",
            "https://example.com/news/x-1",
        ),
        ("HTTPS://Example.COM:443/a/b/", "https://example.com/a/b/"),
        ("http://example.com:8080/a/", "http://example.com:8080/a/"),
        ("https://example.com", "https://example.com/"),
    ],
)
def test_the_url_fetched_is_the_url_published(published: str, fetched: str) -> None:
    """Path case, trailing slash and query order are the server's business: only the
    fragment, tracking parameters, and the case and default port of the host go."""
    assert normalize_url(published) == fetched


@pytest.mark.parametrize(
    ("url", "key"),
    [
        (
            "https://www.example.com/News/Story/?b=2&a=1&utm_source=x",
            "example.com/News/Story?a=1&b=2",
        ),
        ("http://example.com/2023/09/07/some-slug/", "example.com/2023/09/07/some-slug"),
        ("https://example.com/", "example.com"),
        ("https://example.com:8443/a?x=1#f", "example.com:8443/a?x=1"),
    ],
)
def test_keys_are_spelled_as_stored_databases_hold_them(url: str, key: str) -> None:
    """Every database holds these keys: a published URL must find its old row."""
    published = normalize_url(url)
    assert published is not None
    assert url_key(published) == url_key(url) == key


def test_query_order_and_trailing_slash_are_one_identity() -> None:
    assert url_key("https://example.com/a/?b=2&a=1") == url_key("http://example.com/a?a=1&b=2")
    assert url_key("https://example.com/a?b=2") != url_key("https://example.com/a?b=3")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("https://example.com/index.php?cid=5", "https://example.com/index.php?cid=6"),
        ("https://example.com/article.php?uid=31", "https://example.com/article.php?uid=32"),
        ("https://example.com/view?gallery=2", "https://example.com/view?gallery=3"),
        ("https://example.com/entry?eid=9&ref=rss", "https://example.com/entry?eid=10&ref=rss"),
    ],
)
def test_parameters_that_number_the_page_keep_pages_apart(first: str, second: str) -> None:
    assert url_key(first) != url_key(second)


def test_parameters_that_name_the_click_s_origin_are_one_page() -> None:
    plain = url_key("https://example.com/story?id=4")
    for origin in ("ref=rss", "source=homepage", "utm_campaign=x", "medium=email", "gl=de"):
        assert url_key(f"https://example.com/story?id=4&{origin}") == plain


def _key_before_0015(url: str) -> str:
    """How keys were spelled up to migration 0015: courlan's query cleaning included."""
    parts = urlsplit(courlan_normalize(normalize_url(url) or url, trailing_slash=False))
    path = parts.path.rstrip("/") if len(parts.path) > 1 else parts.path
    host = parts.netloc.removeprefix("www.")
    return host + (path if path != "/" else "") + (f"?{parts.query}" if parts.query else "")


_NAMES = ["id", "cid", "uid", "p", "ref", "source", "utm_source", "gallery", "page", "session"]


@given(
    st.lists(st.tuples(st.sampled_from(_NAMES), st.sampled_from(["1", "2", ""])), max_size=4),
    st.lists(st.tuples(st.sampled_from(_NAMES), st.sampled_from(["1", "2", ""])), max_size=4),
)
def test_keys_only_tell_more_pages_apart_than_older_keys(
    first: list[tuple[str, str]], second: list[tuple[str, str]]
) -> None:
    # What lets migration 0015 re-key stored rows without two of them meeting.
    def url(query: list[tuple[str, str]]) -> str:
        return urlunsplit(
            ("https", "example.com", "/a/", "&".join(f"{k}={v}" for k, v in query), "")
        )

    old_first, old_second = _key_before_0015(url(first)), _key_before_0015(url(second))
    if url_key(url(first)) == url_key(url(second)):
        assert old_first == old_second
    if not any(name in ("cid", "uid", "gallery") for name, _ in first):
        assert url_key(url(first)) == old_first  # keys without such parameters are unchanged


@pytest.mark.parametrize(
    "url", ["mailto:desk@example.com", "javascript:void(0)", "ftp://x/y", "data:text/html,x"]
)
def test_non_http_urls_are_refused(url: str) -> None:
    assert normalize_url(url, base="https://example.com/") is None


def test_a_site_is_its_registered_domain_or_its_address_and_port() -> None:
    assert site_of("https://news.bbc.co.uk/x") == site_of("https://www.bbc.co.uk/") == "bbc.co.uk"
    assert site_of("https://bbc.com/x") == "bbc.com"
    assert site_of("http://127.0.0.1:8000/a") == "127.0.0.1:8000"
    assert site_of("http://127.0.0.1:8001/a") != site_of("http://127.0.0.1:8000/")


@given(st.from_regex(r"[a-z]{1,10}(/[a-z0-9-]{1,12}){0,4}/?", fullmatch=True))
def test_normalisation_is_idempotent(path: str) -> None:
    once = normalize_url(f"https://example.com/{path}")
    assert once is not None
    assert normalize_url(once) == once
    assert url_key(once) == url_key(f"http://www.example.com/{path}/")


def test_a_tracking_parameter_courlan_keeps_does_not_split_an_identity() -> None:
    """A feed link with ``srsltid`` is fetched without it, so its key must not hold it."""
    linked = "https://shop.example/products/board?srsltid=AfmBOop&variant=2"
    assert url_key(linked) == url_key("https://shop.example/products/board?variant=2")
