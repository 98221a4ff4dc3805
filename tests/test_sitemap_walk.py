"""Discovery in a crawl, against sitemaps as sites publish them, on 127.0.0.1.

Sitemap indexes nest, list themselves and list each other; some sites have more sitemaps
than any crawl should read, and some declare them only in robots.txt. Every walk here is
bounded by the settings, each sitemap is read once, and the URLs a listing gives are in
the frontier as soon as that listing is read. A listing of 200,000 URLs is read where it
cannot hold up another source's fetches.
"""

from __future__ import annotations

import asyncio
import gzip
import os
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from faulty_servers import Behaviour, FaultyServer, article, fast_settings, respond
from sitegen import scrape_command, wait_until

from scrape import discover
from scrape.config import Config, Settings, Source
from scrape.crawl.pipeline import SourceReport, crawl_async
from scrape.discover import Listing
from scrape.models import FetchedPage
from scrape.store.database import Store
from scrape.urls import url_key

XML = "application/xml; charset=utf-8"
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def story(n: int) -> str:
    """A WordPress-style article path (trailing slash)."""
    return f"/2024/05/{n % 28 + 1:02d}/story-{n}/"


def urlset(base: str, numbers: range | list[int]) -> str:
    entries = "".join(
        f"<url><loc>{base}{story(n)}</loc><lastmod>2024-05-{n % 28 + 1:02d}T08:00:00Z</lastmod>"
        "</url>"
        for n in numbers
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset {NS}>{entries}</urlset>'


def index(base: str, paths: list[str], lastmods: list[str] | None = None) -> str:
    dates = lastmods or [""] * len(paths)
    entries = "".join(
        f"<sitemap><loc>{base}{path}</loc>{f'<lastmod>{d}</lastmod>' if d else ''}</sitemap>"
        for path, d in zip(paths, dates, strict=True)
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex {NS}>{entries}</sitemapindex>'


Serve = Callable[[dict[str, str]], FaultyServer]


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Starts servers whose routes are filled in once their address is known (``{base}``),
    and stops them after the test."""
    started: list[FaultyServer] = []

    def start(routes: dict[str, str]) -> FaultyServer:
        server = FaultyServer({}, lifetime=90)
        started.append(server.__enter__())
        server.routes = {
            path: respond(200, body.replace("{base}", server.base), content_type=XML)
            for path, body in routes.items()
        }
        return server

    yield start
    for server in started:
        server.__exit__(None, None, None)


def crawl(
    server: FaultyServer, settings: Settings, store: Store, **entry_points: tuple[str, ...]
) -> SourceReport:
    points = {kind: tuple(server.url(p) for p in paths) for kind, paths in entry_points.items()}
    source = Source(name="site", home=server.url("/"), **points)
    config = Config(settings=settings, sources=(source,))
    return asyncio.run(crawl_async(config, store, limit=1)).sources[0]


def frontier(store: Store) -> set[str]:
    return {row[0] for row in store.db.execute("select url_key from urls")}


def keys(server: FaultyServer, numbers: range | list[int]) -> set[str]:
    return {url_key(server.url(story(n))) for n in numbers}


def sitemaps_requested(server: FaultyServer) -> list[str]:
    return [seen.path for seen in server.seen if seen.path.endswith(".xml")]


def test_nested_and_looping_indexes_read_each_sitemap_once(
    serve: Serve, memory_store: Store
) -> None:
    server = serve(
        {
            # The root lists itself; the two indexes below list each other and the root.
            "/sitemap_index.xml": index("{base}", ["/sitemap_index.xml", "/a.xml", "/b.xml"]),
            "/a.xml": index("{base}", ["/b.xml", "/sitemap_index.xml", "/a-posts.xml"]),
            "/b.xml": index("{base}", ["/a.xml", "/b-posts.xml", "/b-posts.xml"]),
            "/a-posts.xml": urlset("{base}", range(0, 6)),
            "/b-posts.xml": urlset("{base}", range(4, 10)),  # 4 and 5 listed twice
        }
    )
    report = crawl(server, fast_settings(), memory_store, sitemaps=("/sitemap_index.xml",))

    requested = sitemaps_requested(server)
    assert sorted(requested) == sorted(
        ["/sitemap_index.xml", "/a.xml", "/b.xml", "/a-posts.xml", "/b-posts.xml"]
    )
    assert frontier(memory_store) == keys(server, range(10))
    assert (report.discovered, report.queued, report.entry_points_failed) == (10, 10, 0)

    again = crawl(server, fast_settings(), memory_store, sitemaps=("/sitemap_index.xml",))
    assert (again.discovered, again.queued) == (10, 0)


def chain(depth: int) -> dict[str, str]:
    """Indexes nested ``depth`` deep, each also listing one sitemap of two articles."""
    routes = {}
    for level in range(depth):
        nested = [f"/index-{level + 1}.xml"] if level + 1 < depth else []
        routes[f"/index-{level}.xml"] = index("{base}", [*nested, f"/posts-{level}.xml"])
        routes[f"/posts-{level}.xml"] = urlset("{base}", [2 * level, 2 * level + 1])
    return routes


@pytest.mark.parametrize("max_depth", [0, 2])
def test_nesting_deeper_than_max_sitemap_depth_is_not_read(
    max_depth: int, serve: Serve, memory_store: Store
) -> None:
    server = serve(chain(5))
    settings = fast_settings(max_sitemap_depth=max_depth)
    report = crawl(server, settings, memory_store, sitemaps=("/index-0.xml",))

    # A sitemap listed in the config is depth 0, what it nests depth 1, and so on.
    read = {f"/index-{level}.xml" for level in range(max_depth + 1)}
    read |= {f"/posts-{level}.xml" for level in range(max_depth)}
    assert set(sitemaps_requested(server)) == read
    assert frontier(memory_store) == keys(server, range(2 * max_depth))
    assert report.discovered == 2 * max_depth


def test_max_sitemaps_per_source_reads_the_most_recent_first(
    serve: Serve, memory_store: Store
) -> None:
    months = [f"/posts-2024-{m:02d}.xml" for m in range(1, 13)]
    shuffled = months[5:] + months[:5]  # as an index lists them: in no useful order
    routes = {"/sitemap_index.xml": index("{base}", shuffled, [p[7:14] for p in shuffled])}
    for m, path in enumerate(months):
        routes[path] = urlset("{base}", [m])
    server = serve(routes)
    report = crawl(
        server,
        fast_settings(max_sitemaps_per_source=4),
        memory_store,
        sitemaps=("/sitemap_index.xml",),
    )

    assert sitemaps_requested(server)[0] == "/sitemap_index.xml"
    assert set(sitemaps_requested(server)[1:]) == set(months[-3:])  # 4 in all, the index too
    assert frontier(memory_store) == keys(server, [9, 10, 11])
    assert report.discovered == 3


ROBOTS = (
    "User-agent: *\nDisallow: /private/\nSitemap: {base}/news-sitemap.xml\nSitemap: /relative.xml\n"
)


@pytest.mark.parametrize(
    ("entry_points", "reads_robots_sitemaps"),
    [
        ({"sections": ("/news/",)}, True),
        ({"sections": ("/news/",), "feeds": ("/feed.xml",)}, False),
        ({"sitemaps": ("/sitemap.xml",)}, False),
    ],
)
def test_robots_txt_sitemaps_serve_a_source_without_sitemaps_or_feeds(
    entry_points: dict[str, tuple[str, ...]],
    reads_robots_sitemaps: bool,
    serve: Serve,
    memory_store: Store,
) -> None:
    server = serve(
        {
            "/news-sitemap.xml": urlset("{base}", range(3)),
            "/sitemap.xml": urlset("{base}", [7]),
            "/feed.xml": "<rss version='2.0'><channel><title>x</title></channel></rss>",
        }
    )
    server.routes["/robots.txt"] = respond(200, ROBOTS.replace("{base}", server.base))
    server.routes["/news/"] = respond(200, f'<a href="{story(8)}">story 8</a>')
    report = crawl(server, fast_settings(), memory_store, **entry_points)

    assert ("/news-sitemap.xml" in sitemaps_requested(server)) == reads_robots_sitemaps
    assert "/relative.xml" not in sitemaps_requested(server)
    from_robots = keys(server, range(3)) if reads_robots_sitemaps else set()
    assert from_robots <= frontier(memory_store)
    assert report.entry_points_failed == 0


def test_a_stop_request_ends_the_walk_and_keeps_what_was_listed(
    serve: Serve, memory_store: Store
) -> None:
    children = [f"/posts-{n}.xml" for n in range(4)]
    server = serve(
        {
            "/sitemap_index.xml": index("{base}", children),
            **{path: urlset("{base}", range(3 * n, 3 * n + 3)) for n, path in enumerate(children)},
        }
    )
    stop = threading.Event()
    answer = server.routes[children[1]]

    def answer_then_stop(handler: BaseHTTPRequestHandler, halt: threading.Event) -> None:
        stop.set()  # as SIGINT's handler does, while the crawl is reading this sitemap
        answer(handler, halt)  # type: ignore[operator]

    server.routes[children[1]] = answer_then_stop
    source = Source(name="site", home=server.url("/"), sitemaps=(server.url("/sitemap_index.xml"),))
    config = Config(settings=fast_settings(per_host_concurrency=1), sources=(source,))
    report = asyncio.run(crawl_async(config, memory_store, stop=stop)).sources[0]

    assert sitemaps_requested(server) == ["/sitemap_index.xml", *children[:2]]
    assert frontier(memory_store) == keys(server, range(6))
    assert report.stopped and report.fetched == 0


# -- a run killed mid-walk keeps what it queued ---------------------------------------------
def test_a_crawl_killed_mid_walk_keeps_the_urls_already_listed(tmp_path: Path) -> None:
    reached_last = threading.Event()

    def never_answers(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        reached_last.set()
        stop.wait(60)

    children = [f"/posts-{n}.xml" for n in range(4)]
    with FaultyServer({}, lifetime=90) as server:
        server.routes = {
            "/sitemap_index.xml": respond(200, index(server.base, children), content_type=XML),
            **{
                path: respond(200, urlset(server.base, range(5 * n, 5 * n + 5)), content_type=XML)
                for n, path in enumerate(children[:3])
            },
            children[3]: never_answers,
        }
        config = tmp_path / "sources.yaml"
        database = tmp_path / "articles.db"
        config.write_text(
            f"""settings:
  database: {database}
  delay: 0
  per_host_concurrency: 1
  allow_private_hosts: ["127.0.0.1"]
sources:
  - name: site
    home: {server.url("/")}
    sitemaps: ["{server.url("/sitemap_index.xml")}"]
""",
            encoding="utf-8",
        )
        log = (tmp_path / "crawl.log").open("w")
        crawl = subprocess.Popen(
            scrape_command("crawl", "--config", str(config)), stdout=log, stderr=log
        )
        try:
            wait_until(reached_last.is_set, timeout=60, what="the last sitemap asked for")
            crawl.send_signal(signal.SIGKILL)
            crawl.wait(timeout=30)
        finally:
            crawl.kill()
            crawl.wait(timeout=10)
            log.close()

    with sqlite3.connect(database) as conn:
        queued = {row[0] for row in conn.execute("select url_key from urls where state = 'new'")}
    assert queued == keys(server, range(15))


# -- parsing off the event loop ---------------------------------------------------------------
def where_read(*args: object) -> Listing:
    """Stands in for read_listing: says which process and thread it ran in."""
    return Listing(((str(os.getpid()), str(threading.get_ident()), None),))


def test_listings_are_read_off_the_event_loops_thread_big_ones_in_another_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(discover, "read_listing", where_read)
    source = Source(name="site", home="https://example.com/", feeds=("https://example.com/f",))

    async def read(content: bytes) -> tuple[str, str]:
        page = FetchedPage(
            url=source.feeds[0], final_url=source.feeds[0], status=200, content=content
        )
        listing = await discover.read_off_loop("feed", page, source, frozenset())
        pid, thread, _ = listing.candidates[0]
        return pid, thread

    async def main() -> tuple[tuple[str, str], tuple[str, str]]:
        small = await read(b"<rss/>")
        big = await read(gzip.compress(b"<urlset/>"))
        return small, big

    (small_pid, small_thread), (big_pid, _) = asyncio.run(main())
    assert small_pid == str(os.getpid()) and small_thread != str(threading.get_ident())
    assert big_pid != str(os.getpid())


def test_the_discovery_process_stops_when_idle_and_a_later_listing_starts_a_fresh_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Between crawls, or past a crawl's discovery, it would hold tens of megabytes idle.
    monkeypatch.setattr(discover, "read_listing", where_read)
    monkeypatch.setattr(discover, "IDLE_SECONDS", 0.2)
    source = Source(name="site", home="https://example.com/", sitemaps=("https://example.com/s",))
    page = FetchedPage(source.sitemaps[0], source.sitemaps[0], 200, gzip.compress(b"<urlset/>"))

    def read() -> int:
        listing = asyncio.run(discover.read_off_loop("sitemap", page, source, frozenset()))
        return int(listing.candidates[0][0])

    def gone(pid: int) -> bool:
        try:
            os.kill(pid, 0)
            with open(f"/proc/{pid}/stat") as stat:  # ended, not yet reaped
                return stat.read().split(") ")[1].startswith("Z")
        except (ProcessLookupError, FileNotFoundError):
            # Reaped, possibly between the signal and the read of its /proc entry.
            return True

    first = read()
    assert first != os.getpid()
    wait_until(lambda: gone(first), timeout=30, what="the idle discovery process to end")
    assert discover._process is None
    second = read()
    assert second not in (first, os.getpid())


HUGE = 100_000
ARTICLES = 30
# Parsed on the event loop, the first 50,000 of those URLs alone held it for 4.6 s here.
STALL_BOUND_MS = 1000


def test_a_huge_sitemap_does_not_hold_up_another_sources_fetches(tmp_path: Path) -> None:
    """Source "huge" lists 100,000 URLs in one gzipped sitemap; source "news" is read and
    fetched meanwhile, from a server that answers each article in 20 ms. Parsed on the
    event loop, that sitemap held every fetch of "news" in flight for seconds (29 s for
    500,000 URLs); read off it, no fetch of "news" takes more than a small bound."""
    served = threading.Event()

    def after_the_huge_sitemap(behave: Behaviour) -> Behaviour:
        def gated(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
            served.wait(60)
            behave(handler, stop)

        return gated

    def slowly(n: int) -> Behaviour:
        def behave(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
            stop.wait(0.02)
            article(n)(handler, stop)

        return behave

    with FaultyServer({}, lifetime=120) as huge, FaultyServer({}, lifetime=120) as news:
        body = gzip.compress(urlset(huge.base, range(HUGE)).encode(), compresslevel=1)

        def huge_sitemap(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
            respond(200, body, content_type="application/x-gzip")(handler, stop)
            served.set()

        items = "".join(f"<item><link>{news.base}{story(n)}</link></item>" for n in range(ARTICLES))
        feed = f"<rss version='2.0'><channel><title>News</title>{items}</channel></rss>"
        huge.routes = {"/sitemap.xml.gz": huge_sitemap}
        news.routes = {
            "/feed.xml": after_the_huge_sitemap(
                respond(200, feed, content_type="application/rss+xml")
            ),
            # as published, and as the crawler spelled article URLs before issue 14
            **{story(n): slowly(n) for n in range(ARTICLES)},
            **{story(n).rstrip("/"): slowly(n) for n in range(ARTICLES)},
        }
        sources = (
            Source(name="huge", home=huge.url("/"), sitemaps=(huge.url("/sitemap.xml.gz"),)),
            Source(name="news", home=news.url("/"), feeds=(news.url("/feed.xml"),)),
        )
        config = Config(settings=fast_settings(timeout=10, deadline=30), sources=sources)
        discovered_at: dict[str, float] = {}

        def progress(report: SourceReport, total: int | None) -> None:
            if total is not None:  # the source's discovery is over
                discovered_at.setdefault(report.name, time.monotonic())

        with Store(tmp_path / "articles.db") as store:
            huge_report, news_report = asyncio.run(
                crawl_async(config, store, limit=ARTICLES, progress=progress)
            ).sources
            elapsed = dict(
                store.db.execute(
                    "select url, elapsed_ms from fetches where source = 'news' "
                    "and outcome in ('feed', 'article')"
                ).fetchall()
            )

    assert (huge_report.discovered, huge_report.queued) == (50_000, 50_000)  # the protocol's cap
    assert news_report.new == ARTICLES == len(elapsed) - 1
    # No fetch of "news", its feed included, was held up ...
    slowest = max(elapsed, key=elapsed.__getitem__)
    assert elapsed[slowest] < STALL_BOUND_MS, f"{slowest} took {elapsed[slowest]} ms"
    # ... although all of them happened while "huge" was reading its sitemap.
    article_requests = [seen.at for seen in news.seen if seen.path.startswith("/2024/")]
    assert max(article_requests) < discovered_at["huge"]
