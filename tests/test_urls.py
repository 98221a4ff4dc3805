"""URL normalisation: variants of one page become one URL identity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrape.urls import normalize_url, same_site, url_key


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


def test_meaningful_query_parameters_are_kept_and_sorted() -> None:
    assert normalize_url("https://example.com/?p=5&b=2&a=1") == "https://example.com/?a=1&b=2&p=5"


@pytest.mark.parametrize(
    "url", ["mailto:desk@example.com", "javascript:void(0)", "ftp://x/y", "data:text/html,x"]
)
def test_non_http_urls_are_refused(url: str) -> None:
    assert normalize_url(url, base="https://example.com/") is None


def test_same_site_uses_the_registered_domain() -> None:
    assert same_site("https://news.bbc.co.uk/x", "https://www.bbc.co.uk/")
    assert not same_site("https://bbc.com/x", "https://www.bbc.co.uk/")
    assert same_site("http://127.0.0.1:8000/a", "http://127.0.0.1:8000/")
    assert not same_site("http://127.0.0.1:8001/a", "http://127.0.0.1:8000/")


@given(st.from_regex(r"[a-z]{1,10}(/[a-z0-9-]{1,12}){0,4}/?", fullmatch=True))
def test_normalisation_is_idempotent(path: str) -> None:
    once = normalize_url(f"https://example.com/{path}")
    assert once is not None
    assert normalize_url(once) == once
    assert url_key(once) == url_key(f"http://www.example.com/{path}/")
