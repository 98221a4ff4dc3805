"""Discovery parsers: feeds, sitemaps (index, news, gzip, plain) and section pages, and
what one listing offers a source."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

from scrape import discover
from scrape.config import Source
from scrape.discover import gunzip_capped, parse_feed, parse_section, parse_sitemap, read_listing
from scrape.errors import DiscoveryError, TooLargeError
from scrape.models import FetchedPage
from scrape.urls import url_key

BASE = "https://example.com/"

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example</title>
  <entry><title>A</title><link href="/2024/05/a-story"/><id>urn:a</id>
    <published>2024-05-01T10:00:00Z</published></entry>
  <entry><title>B</title><link href="https://example.com/b?utm_campaign=x"/><id>urn:b</id>
    <updated>2024-05-02T10:00:00+02:00</updated></entry>
</feed>"""

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
<item><title>One</title><link>https://example.com/one</link>
<pubDate>Tue, 07 May 2024 08:00:00 +0000</pubDate></item>
</channel></rss>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://example.com/news/a</loc><lastmod>2024-06-01</lastmod>
    <news:news><news:publication_date>2024-05-30T08:00:00+00:00</news:publication_date>
    </news:news></url>
  <url><loc>https://example.com/news/b</loc><lastmod>2024-06-02</lastmod></url>
</urlset>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://example.com/sitemap-1.xml.gz</loc></sitemap>
  <sitemap><loc>https://example.com/sitemap-2.xml</loc></sitemap>
</sitemapindex>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&lol2;</loc></url></urlset>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><link>&xxe;</link></item></channel></rss>"""


def test_atom_links_are_absolute_normalised_and_dated() -> None:
    links = parse_feed(ATOM, BASE)
    assert [link.url for link in links] == [
        "https://example.com/2024/05/a-story",
        "https://example.com/b",
    ]
    assert links[0].published == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert links[1].published is not None and links[1].published.utcoffset() is not None


def test_rss_feed() -> None:
    (link,) = parse_feed(RSS, BASE)
    assert link.url == "https://example.com/one"
    assert link.published == datetime(2024, 5, 7, 8, tzinfo=UTC)


def test_news_sitemap_prefers_the_publication_date_over_lastmod() -> None:
    sitemap = parse_sitemap(NEWS_SITEMAP, BASE)
    assert [(link.url, link.published.date().isoformat()) for link in sitemap.links] == [
        ("https://example.com/news/a", "2024-05-30"),
        ("https://example.com/news/b", "2024-06-02"),
    ]
    assert sitemap.children == ()


def test_sitemap_index_lists_children_and_gzip_is_read() -> None:
    sitemap = parse_sitemap(gzip.compress(INDEX), BASE)
    assert sitemap.children == (
        "https://example.com/sitemap-1.xml.gz",
        "https://example.com/sitemap-2.xml",
    )
    assert sitemap.links == ()


def test_plain_text_sitemap() -> None:
    sitemap = parse_sitemap(b"https://example.com/a\nhttps://example.com/b\n", BASE)
    assert [link.url for link in sitemap.links] == [
        "https://example.com/a",
        "https://example.com/b",
    ]


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, gzip.compress(BILLION_LAUGHS)])
def test_entity_expansion_is_refused_in_sitemaps(payload: bytes) -> None:
    with pytest.raises(DiscoveryError, match="entity"):
        parse_sitemap(payload, BASE)


@pytest.mark.parametrize("payload", [XXE, BILLION_LAUGHS])
def test_entity_declarations_are_refused_in_feeds(payload: bytes) -> None:
    with pytest.raises(DiscoveryError, match="entities"):
        parse_feed(payload, BASE)


def test_malformed_sitemap_is_a_clear_error() -> None:
    with pytest.raises(DiscoveryError, match="malformed XML"):
        parse_sitemap(b"<urlset><url><loc>https://example.com/a</loc>", BASE)


def test_gzip_bomb_is_stopped_at_the_cap() -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)
    with pytest.raises(TooLargeError):
        gunzip_capped(bomb, limit=1_000_000)
    assert len(gunzip_capped(bomb, limit=5_000_000)) == 5_000_000


def test_section_page_links_skip_navigation_scripts_and_duplicates() -> None:
    html = """<html><body>
      <nav><a href="/tag/politics/">Politics</a><a href="/login">Log in</a></nav>
      <a href="/2024/05/01/story-one/">Story one</a>
      <a href="/2024/05/01/story-one/#comments">3 comments</a>
      <a href="https://other.example/x">elsewhere</a>
      <a href="mailto:desk@example.com">mail</a>
      <script>var a = '<a href="/from-script">';</script>
    </body></html>"""
    urls = [link.url for link in parse_section(html, BASE)]
    assert urls == ["https://example.com/2024/05/01/story-one/", "https://other.example/x"]


def urlset(locs: list[str], extra: str = "") -> bytes:
    entries = "".join(f"<url><loc>{loc}</loc>{extra}</url>" for loc in locs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
        f"{entries}</urlset>"
    ).encode()


def test_a_sitemap_is_read_up_to_the_protocols_50000_urls(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert discover.MAX_SITEMAP_ENTRIES == 50_000
    monkeypatch.setattr(discover, "MAX_SITEMAP_ENTRIES", 500)  # the same code, 100 times faster
    locs = [f"https://example.com/2024/05/01/story-{n}/" for n in range(502)]
    xml = parse_sitemap(gzip.compress(urlset(locs)), BASE)
    plain = parse_sitemap("\n".join(locs).encode(), BASE)
    for sitemap in (xml, plain):
        assert sitemap.truncated
        assert [link.url for link in sitemap.links] == [
            f"https://example.com/2024/05/01/story-{n}/" for n in range(500)
        ]
    exactly = parse_sitemap(urlset(locs[:500]), BASE)
    assert not exactly.truncated and len(exactly.links) == 500


def test_an_image_extensions_loc_is_not_taken_for_the_page() -> None:
    image = (
        "<image:image><image:loc>https://example.com/wp-content/uploads/a.jpg</image:loc>"
        "</image:image>"
    )
    sitemap = parse_sitemap(urlset(["https://example.com/2024/05/01/story/"], image), BASE)
    assert [link.url for link in sitemap.links] == ["https://example.com/2024/05/01/story/"]


def test_nested_sitemaps_come_newest_first_undated_last() -> None:
    index = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://example.com/post-sitemap1.xml</loc><lastmod>2019-01-02</lastmod></sitemap>
  <sitemap><loc>https://example.com/page-sitemap.xml</loc></sitemap>
  <sitemap><loc>https://example.com/post-sitemap3.xml</loc>
    <lastmod>2024-05-02T09:00:00+02:00</lastmod></sitemap>
  <sitemap><loc>https://example.com/post-sitemap2.xml</loc>
    <lastmod>2024-05-02T08:30:00Z</lastmod></sitemap>
</sitemapindex>"""
    assert parse_sitemap(index, BASE).children == (
        "https://example.com/post-sitemap2.xml",  # 08:30 UTC
        "https://example.com/post-sitemap3.xml",  # 07:00 UTC
        "https://example.com/post-sitemap1.xml",
        "https://example.com/page-sitemap.xml",
    )


def test_a_listing_keeps_the_sources_candidates_once_each() -> None:
    source = Source(
        name="example",
        home="https://www.example.com/",
        feeds=("https://www.example.com/feed/",),
        exclude=("/live/",),
    )
    page = FetchedPage(
        url=source.feeds[0],
        final_url=source.feeds[0],
        status=200,
        content=urlset(
            [
                "https://www.example.com/2024/05/01/story/",
                "http://example.com/2024/05/01/story",  # the same page, spelled otherwise
                "https://cdn.other.net/2024/05/01/story/",
                "https://www.example.com/live/ticker/",
                "https://www.example.com/feed/",
                "https://news.example.com/2024/05/02/other/",
            ],
            "<lastmod>2024-05-01T08:00:00Z</lastmod>",
        ),
    )
    listing = read_listing("sitemap", page, source, frozenset({url_key(source.feeds[0])}))
    assert [(url, listed) for _, url, listed in listing.candidates] == [
        ("https://www.example.com/2024/05/01/story/", "2024-05-01T08:00:00+00:00"),
        ("https://news.example.com/2024/05/02/other/", "2024-05-01T08:00:00+00:00"),
    ]
    assert [key for key, _, _ in listing.candidates] == [
        url_key(url) for _, url, _ in listing.candidates
    ]


@pytest.mark.filterwarnings("error")
def test_a_feed_date_in_a_zone_dateutil_does_not_know_is_read_quietly() -> None:
    feed = RSS.replace(b"Tue, 07 May 2024 08:00:00 +0000", b"Tue, 07 May 2024 08:00:00 GST")
    assert feed != RSS
    (link,) = parse_feed(feed, BASE)
    assert link.published == datetime(2024, 5, 7, 8)
