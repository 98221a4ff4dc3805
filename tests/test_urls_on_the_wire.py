"""URLs on the wire: each article is requested at the spelling its site serves, once.

The servers here answer each page at exactly one request target (path and query as sent),
404 for any other spelling, as WordPress (slashed paths), old CMSes (slash-less) and
query-order-sensitive scripts do. The redirecting site is served under a host name, over
http and https (a throwaway certificate authority), through a transport that dials the
test's own servers on 127.0.0.1.
"""

from __future__ import annotations

import ssl
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import trustme
from faulty_servers import article_html, fast_settings
from sitegen import ServedInThread

from scrape import crawl
from scrape.config import Config, Source
from scrape.extraction.extractor import extract
from scrape.models import FetchedPage
from scrape.store.database import Store

HOST = "news.test"
LIFETIME = 60.0


def page(n: int, canonical: str | None = None) -> bytes:
    html = article_html(n)
    if canonical:
        html = html.replace("</head>", f'<link rel="canonical" href="{canonical}"></head>')
    return html.encode()


def feed(links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Story {n}</title><link>{link.replace('&', '&amp;')}</link>"
        f"<pubDate>Mon, 06 May 2024 08:00:00 +0000</pubDate></item>"
        for n, link in enumerate(links)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
        f"<link>http://{HOST}/</link>{items}</channel></rss>"
    ).encode()


@dataclass
class StrictServer:
    """Serves ``pages`` (request target -> body) and ``redirects`` (target -> Location) at
    exactly those targets, 404 for anything else; ``seen`` lists the targets asked for."""

    pages: dict[str, bytes] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)
    tls: ssl.SSLContext | None = None
    seen: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.seen.append(self.path)
                if self.path in server.redirects:
                    self.send_response(301)
                    self.send_header("Location", server.redirects[self.path])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = server.pages.get(self.path)
                if self.path == "/robots.txt":
                    body = b"User-agent: *\nAllow: /\n"
                if body is None:
                    self.send_error(404)
                    return
                kind = "application/rss+xml" if body.startswith(b"<?xml") else "text/html"
                self.send_response(200)
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # ``seen`` is the log

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if self.tls:
            self._server.socket = self.tls.wrap_socket(self._server.socket, server_side=True)
        self._serving = ServedInThread(self._server, LIFETIME)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, target: str) -> str:
        return f"http://127.0.0.1:{self.port}{target}"

    def hits(self) -> Counter[str]:
        return Counter(self.seen)

    def __enter__(self) -> StrictServer:
        self._serving.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._serving.stop()


class HostDialer(httpx.AsyncBaseTransport):
    """Requests to ``(scheme, host)`` go to the test server on that 127.0.0.1 port; the
    request keeps its Host header and the server its certificate for the host name."""

    def __init__(self, ports: dict[tuple[str, str], int], trust: ssl.SSLContext) -> None:
        self.ports = ports
        self.inner = httpx.AsyncHTTPTransport(verify=trust)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        port = self.ports.get((request.url.scheme, request.url.host))
        if port is None:
            raise httpx.ConnectError(f"no test server for {request.url}", request=request)
        request.url = request.url.copy_with(host="127.0.0.1", port=port)
        request.extensions = {**request.extensions, "sni_hostname": HOST}
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def feed_config(feed_url: str, home: str, database: Path) -> Config:
    return Config(
        settings=fast_settings(retry_attempts=1, database=str(database)),
        sources=(Source(name="news", home=home, feeds=(feed_url,)),),
    )


def articles(store: Store) -> list[tuple[str, str]]:
    return [
        (row["url"], row["canonical_url"])
        for row in store.db.query("select url, canonical_url from articles order by id")
    ]


def test_a_site_that_serves_articles_only_with_their_trailing_slash(tmp_path: Path) -> None:
    slugs = [f"/2023/09/07/story-{n}/" for n in range(4)]
    with StrictServer() as site:
        site.pages = {slug: page(n, site.url(slug)) for n, slug in enumerate(slugs)}
        listed = [site.url(s) for s in slugs]
        listed[0] += "?utm_source=rss&utm_medium=feed"
        listed[1] += "#comments"
        site.pages["/feed/"] = feed(listed)
        config = feed_config(site.url("/feed/"), site.url("/"), tmp_path / "a.db")
        with Store(tmp_path / "a.db") as store:
            first = crawl(config, store).sources[0]
            second = crawl(config, store).sources[0]
            stored = articles(store)

    assert (first.new, first.failed, second.fetched) == (4, 0, 0)
    assert {site.url(s) for s in slugs} == {url for url, _ in stored} == {c for _, c in stored}
    # Each article asked for once, and no other spelling of it (slash-less, tracked) ever.
    assert site.hits() == Counter({"/robots.txt": 2, "/feed/": 2, **dict.fromkeys(slugs, 1)})


def test_a_site_that_serves_articles_only_without_a_trailing_slash(tmp_path: Path) -> None:
    paths = [f"/news/story-{n}" for n in range(3)]
    with StrictServer() as site:
        site.pages = {p: page(n, site.url(p)) for n, p in enumerate(paths)}
        site.pages["/feed"] = feed([site.url(p) for p in paths])
        config = feed_config(site.url("/feed"), site.url("/"), tmp_path / "a.db")
        with Store(tmp_path / "a.db") as store:
            report = crawl(config, store).sources[0]
            stored = articles(store)

    assert (report.new, report.failed) == (3, 0)
    assert {url for url, _ in stored} == {site.url(p) for p in paths}
    assert site.hits() == Counter({"/robots.txt": 1, "/feed": 1, **dict.fromkeys(paths, 1)})


def test_a_site_that_reads_the_query_in_order(tmp_path: Path) -> None:
    targets = [f"/article.php?sid={n}&lang=en" for n in range(3)]
    with StrictServer() as site:
        site.pages = {t: page(n) for n, t in enumerate(targets)}
        listed = [site.url(t) for t in targets]
        listed[0] = site.url("/article.php?utm_campaign=x&sid=0&fbclid=y&lang=en")
        site.pages["/feed/"] = feed(listed)
        config = feed_config(site.url("/feed/"), site.url("/"), tmp_path / "a.db")
        with Store(tmp_path / "a.db") as store:
            report = crawl(config, store).sources[0]
            stored = articles(store)

    assert (report.new, report.failed) == (3, 0)
    assert sorted(url for url, _ in stored) == sorted(site.url(t) for t in targets)
    assert site.hits() == Counter({"/robots.txt": 1, "/feed/": 1, **dict.fromkeys(targets, 1)})


@pytest.fixture
def http_and_https(tmp_path: Path) -> Iterator[tuple[StrictServer, StrictServer, HostDialer]]:
    """news.test over http, which redirects everything to https, and over https, which
    redirects slash-less article paths to their slashed spelling."""
    authority = trustme.CA()
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert(HOST).configure_cert(server_tls)
    trust = ssl.create_default_context()
    authority.configure_trust(trust)
    with StrictServer() as plain, StrictServer(tls=server_tls) as secure:
        dialer = HostDialer({("http", HOST): plain.port, ("https", HOST): secure.port}, trust)
        yield plain, secure, dialer


def test_http_to_https_and_slashless_to_slashed_redirects_fetch_and_store_once(
    http_and_https: tuple[StrictServer, StrictServer, HostDialer], tmp_path: Path
) -> None:
    plain, secure, dialer = http_and_https
    slugs = [f"/2024/05/06/story-{n}" for n in range(3)]
    for n, slug in enumerate(slugs):
        plain.redirects[slug] = f"https://{HOST}{slug}"
        secure.redirects[slug] = f"https://{HOST}{slug}/"
        secure.pages[f"{slug}/"] = page(n, f"https://{HOST}{slug}/")
    # The feed links the old http spelling without the slash (its own URL is https).
    secure.pages["/feed/"] = feed([f"http://{HOST}{slug}" for slug in slugs])
    config = feed_config(f"https://{HOST}/feed/", f"https://{HOST}/", tmp_path / "a.db")
    with Store(tmp_path / "a.db") as store:
        first = crawl(config, store, transport=dialer).sources[0]
        second = crawl(config, store, transport=dialer).sources[0]
        stored = articles(store)
        frontier = store.db.execute("select count(*) from urls").fetchone()[0]

    assert (first.new, first.duplicate, first.failed) == (3, 0, 0)
    assert second.fetched == 0
    assert sorted(stored) == [(f"https://{HOST}{s}/", f"https://{HOST}{s}/") for s in slugs]
    assert frontier == 3
    for slug in slugs:  # one request per hop, one download of each article
        assert plain.hits()[slug] == secure.hits()[slug] == secure.hits()[f"{slug}/"] == 1


def test_a_feed_link_and_a_canonical_of_another_spelling_are_one_article(
    http_and_https: tuple[StrictServer, StrictServer, HostDialer], tmp_path: Path
) -> None:
    """The feed links ``http://host/a`` and an AMP copy; both pages declare
    ``https://host/a/``: one article."""
    plain, secure, dialer = http_and_https
    canonical = f"https://{HOST}/news/a/"
    plain.redirects["/news/a"] = canonical
    secure.pages["/news/a/"] = page(1, canonical)
    secure.pages["/news/a/amp/"] = page(1, canonical)
    secure.pages["/feed/"] = feed([f"http://{HOST}/news/a", f"https://{HOST}/news/a/amp/"])
    config = feed_config(f"https://{HOST}/feed/", f"https://{HOST}/", tmp_path / "a.db")
    with Store(tmp_path / "a.db") as store:
        report = crawl(config, store, transport=dialer).sources[0]
        stored = articles(store)
        linked = store.db.execute("select distinct article_id from urls").fetchall()

    assert (report.new, report.duplicate) == (1, 1)
    assert [c for _, c in stored] == [canonical]
    assert len(linked) == 1  # both listed URLs lead to the one article
    assert secure.hits()["/news/a/"] == secure.hits()["/news/a/amp/"] == 1


def test_an_older_database_fetches_its_slashless_404s_again_as_published(tmp_path: Path) -> None:
    """Older versions queued ``/a`` for a site that serves ``/a/`` and recorded a 404 that
    is never due again; listed again, the URL is fetched at its published spelling."""
    slugs = [f"/2023/09/07/story-{n}/" for n in range(2)]
    with StrictServer() as site:
        site.pages = {slug: page(n, site.url(slug)) for n, slug in enumerate(slugs)}
        site.pages["/feed/"] = feed([site.url(s) for s in slugs])
        config = feed_config(site.url("/feed/"), site.url("/"), tmp_path / "a.db")
        with Store(tmp_path / "a.db") as store:
            store.add_urls("news", [(site.url(s.rstrip("/")), None) for s in slugs])
            for slug in slugs:
                store.mark_failed(site.url(slug.rstrip("/")), "HTTP 404", retry=False)
            report = crawl(config, store).sources[0]
            again = crawl(config, store).sources[0]
            stored = articles(store)

    assert (report.new, report.failed, again.fetched) == (2, 0, 0)
    assert {url for url, _ in stored} == {site.url(s) for s in slugs}
    assert all(site.hits()[s] == 1 for s in slugs)


def test_a_relisted_spelling_never_makes_a_url_due_beyond_its_attempts(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        store.add_urls("news", [("https://example.com/a", None)])
        for spelling in (
            "https://example.com/a/",
            "http://example.com/a",
            "https://example.com/a/",
        ):
            store.mark_failed("https://example.com/a", "HTTP 404", retry=False)
            store.add_urls("news", [(spelling, None)])
        assert store.pending_urls("news", max_attempts=3) == []
        past = (datetime.now(UTC) - timedelta(days=1)).isoformat()
        store.db.execute("update urls set next_attempt_at = ?", [past])
        assert store.pending_urls("news", max_attempts=4) == ["https://example.com/a/"]


def test_an_article_stored_under_an_older_spelling_is_found_by_its_published_one(
    memory_store: Store,
) -> None:
    """Older versions stored canonical URLs without their slash and with a sorted query:
    the same page met again under its published spelling is that article, not a new one."""
    old, published = "https://example.com/a?id=2&lang=en", "https://www.example.com/a/?lang=en&id=2"
    memory_store.add_urls("news", [(old, None), (published, None)])
    first = memory_store.save_article(
        extract(page(1, old), old), FetchedPage(old, old, 200, page(1, old)), "news"
    )
    again = memory_store.save_article(
        extract(page(1, published), published),
        FetchedPage(published, published, 200, page(1, published)),
        "news",
    )
    assert first.is_new and not again.is_new
    assert again.article_id == first.article_id
    assert memory_store.db.execute("select count(*) from urls").fetchone() == (1,)
