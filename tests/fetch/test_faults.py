"""A crawl against a site that misbehaves on purpose, on 127.0.0.1.

One source lists good articles next to every fault. Each test asserts the exact outcome
of its fault (what was counted, logged and requested) and that the good articles were
all stored, i.e. the crawl carried on past it. Waits are kept tiny through the settings;
every server stops by itself.
"""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Iterator
from dataclasses import dataclass

import brotli
import pytest
from faulty_servers import (
    FaultyServer,
    article,
    article_html,
    chunked,
    fast_settings,
    gzipped,
    redirect,
    reset_mid_body,
    respond,
    sequence,
    slow_headers_then_nothing,
    trickle,
)

from scrape.config import Config, Source
from scrape.crawl.pipeline import SourceReport, crawl_async
from scrape.store.database import Store

MAX_BYTES = 200_000
GOOD = [f"/news/good-{n}" for n in range(4)]
ROBOTS = "User-agent: *\nDisallow: /private/\n"

SETTINGS = fast_settings(
    concurrency=16, per_host_concurrency=16, timeout=0.5, deadline=1.5, max_bytes=MAX_BYTES
)

CHALLENGE = (
    "<html><head><title>Just a moment...</title></head><body>"
    '<div id="cf-chl-widget">Checking your browser before accessing the site.</div>'
    '<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/jsch/v1"></script>'
    "</body></html>"
)


def misbehaving_routes() -> dict[str, object]:
    wrong_charset = article_html(90, extra=" Café, naïve, déjà vu.", charset="utf-8")
    return {
        "/robots.txt": respond(200, ROBOTS, content_type="text/plain"),
        **{path: article(n) for n, path in enumerate(GOOD)},
        "/news/flaky": sequence(respond(503), respond(503), article(10)),
        "/news/throttled": sequence(respond(429, "", {"Retry-After": "1"}), article(11)),
        "/news/slow": slow_headers_then_nothing(pause=3),
        "/news/trickle": trickle(article_html(12).encode(), interval=0.05),
        "/news/reset": reset_mid_body(article_html(13).encode(), sent=300),
        "/news/truncated-gzip": gzipped(article_html(14), truncate_to=400),
        "/news/wrong-charset": respond(
            200,
            wrong_charset.encode("cp1252"),
            content_type="text/html; charset=utf-8",
        ),
        "/news/huge": respond(200, b"<html>" + b"x" * (MAX_BYTES + 1)),
        "/news/huge-chunked": chunked([b"<html>" + b"x" * 65536] * 4),
        "/news/gzip-bomb": respond(
            200, gzip.compress(b"\0" * 50_000_000), {"Content-Encoding": "gzip"}
        ),
        "/news/brotli-bomb": respond(
            200, brotli.compress(b"\0" * 200_000_000, quality=5), {"Content-Encoding": "br"}
        ),
        "/news/loop-a": redirect("/news/loop-b"),
        "/news/loop-b": redirect("/news/loop-a"),
        "/news/moved": redirect("/news/good-0-moved", status=301),
        "/news/good-0-moved": article(15),
        "/private/secret": article(16),
        "/news/challenge": respond(200, CHALLENGE),
        "/news/wall": respond(403, "<html><title>Forbidden</title>Forbidden</html>"),
        "/news/gone": respond(404, "not here"),
        "/news/pdf": respond(200, b"%PDF-1.4", content_type="application/pdf"),
    }


FAULTS = [p for p in misbehaving_routes() if p.startswith(("/news/", "/private/"))]
FAULTS = [p for p in FAULTS if p not in (*GOOD, "/news/good-0-moved", "/news/loop-b")]


def sitemap(base: str) -> str:
    # Indented as generators write them, and larger than max_bytes: a listing may be as
    # large as the sitemap protocol allows, whatever the limit for pages says.
    indent = "\n" + " " * 20_000
    urls = "".join(f"{indent}<url><loc>{base}{path}</loc></url>" for path in GOOD + FAULTS)
    text = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}\n</urlset>'
    assert len(text) > MAX_BYTES
    return text


@dataclass
class Crawled:
    server: FaultyServer
    report: SourceReport
    store: Store

    def state(self, path: str) -> tuple[str, str | None]:
        row = self.store.db.execute(
            "select state, error from urls where url = ?", [self.server.url(path)]
        ).fetchone()
        return row[0], row[1]

    def outcomes(self, path: str) -> list[str]:
        rows = self.store.db.execute(
            "select outcome from fetches where url = ? order by id", [self.server.url(path)]
        )
        return [row[0] for row in rows]

    def stored(self, path: str) -> bool:
        row = self.store.db.execute(
            "select count(*) from articles a join urls u on u.article_id = a.id where u.url = ?",
            [self.server.url(path)],
        ).fetchone()
        return bool(row[0])


@pytest.fixture(scope="module")
def crawled() -> Iterator[Crawled]:
    routes = misbehaving_routes()
    with FaultyServer(routes, lifetime=60) as server:  # type: ignore[arg-type]
        routes["/sitemap.xml"] = respond(200, sitemap(server.base), content_type="application/xml")
        server.routes = routes  # type: ignore[assignment]
        source = Source(
            name="gazette", home=server.url("/"), sitemaps=(server.url("/sitemap.xml"),)
        )
        config = Config(settings=SETTINGS, sources=(source,))
        with Store(memory=True) as store:
            report = asyncio.run(crawl_async(config, store)).sources[0]
            yield Crawled(server, report, store)


def test_the_crawl_carried_on_past_every_fault(crawled: Crawled) -> None:
    for path in GOOD:
        assert crawled.stored(path), path
        assert crawled.server.hits(path) == 1
    assert crawled.report.discovered == len(GOOD) + len(FAULTS)


def test_503_twice_then_200_is_retried_and_stored(crawled: Crawled) -> None:
    assert crawled.server.hits("/news/flaky") == 3
    assert crawled.outcomes("/news/flaky") == ["retry", "retry", "article"]
    assert crawled.stored("/news/flaky")


def test_429_waits_for_retry_after(crawled: Crawled) -> None:
    first, second = crawled.server.times("/news/throttled")
    assert second - first >= 1.0  # the server asked for one second
    assert crawled.outcomes("/news/throttled") == ["retry", "article"]
    assert crawled.stored("/news/throttled")


@pytest.mark.parametrize("path", ["/news/slow", "/news/trickle", "/news/reset"])
def test_slow_trickled_and_reset_bodies_are_retried_then_given_up(
    crawled: Crawled, path: str
) -> None:
    assert crawled.server.hits(path) == SETTINGS.retry_attempts
    assert crawled.outcomes(path) == ["retry", "retry", "gave_up"]
    assert crawled.state(path)[0] == "failed"


def test_the_deadline_stops_a_trickle_the_read_timeout_never_would(crawled: Crawled) -> None:
    assert "deadline" in (crawled.state("/news/trickle")[1] or "")
    assert "ReadTimeout" in (crawled.state("/news/slow")[1] or "")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/news/truncated-gzip", "truncated compressed body"),
        ("/news/huge", "Content-Length"),
        ("/news/huge-chunked", f"body exceeds the {MAX_BYTES}-byte limit"),
        ("/news/gzip-bomb", f"decompresses to more than {MAX_BYTES} bytes"),
        ("/news/brotli-bomb", f"decompresses to more than {MAX_BYTES} bytes"),
        ("/news/loop-a", "redirect loop"),
        ("/news/gone", "HTTP 404"),
        ("/news/pdf", "unwanted content type 'application/pdf' (wanted html)"),
    ],
)
def test_unusable_answers_fail_once_with_the_reason(
    crawled: Crawled, path: str, message: str
) -> None:
    state, error = crawled.state(path)
    assert state == "failed"
    assert message in (error or "")
    assert crawled.outcomes(path) == ["error"]  # never retried
    assert not crawled.stored(path)


def test_a_redirect_loop_requests_each_hop_once(crawled: Crawled) -> None:
    assert crawled.server.hits("/news/loop-a") == 1
    assert crawled.server.hits("/news/loop-b") == 1


def test_a_redirect_is_followed_to_the_article(crawled: Crawled) -> None:
    assert crawled.stored("/news/moved")
    assert crawled.server.hits("/news/good-0-moved") == 1


def test_a_wrong_charset_header_still_decodes(crawled: Crawled) -> None:
    body = crawled.store.db.execute(
        "select a.body from articles a join urls u on u.article_id = a.id where u.url = ?",
        [crawled.server.url("/news/wrong-charset")],
    ).fetchone()[0]
    assert "Café, naïve, déjà vu." in body


def test_robots_disallowed_urls_are_never_requested_and_counted(crawled: Crawled) -> None:
    assert crawled.server.hits("/private/secret") == 0
    assert crawled.report.disallowed == 1
    assert crawled.outcomes("/private/secret") == ["disallowed"]
    assert crawled.state("/private/secret")[0] == "skipped"
    assert crawled.server.hits("/robots.txt") == 1  # once per host and crawl


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/news/challenge", "Cloudflare challenge"), ("/news/wall", "HTTP 403 access wall")],
)
def test_challenges_and_walls_are_blocked_not_stored(
    crawled: Crawled, path: str, reason: str
) -> None:
    state, error = crawled.state(path)
    assert (state, error) == ("failed", f"blocked: {reason}")
    assert crawled.server.hits(path) == 1
    assert not crawled.stored(path)


def test_the_report_counts_each_kind(crawled: Crawled) -> None:
    report = crawled.report
    assert report.new == len(GOOD) + 4  # flaky, throttled, wrong-charset, moved
    assert report.retries == 2 + 1 + 3 * 2  # flaky, throttled, slow/trickle/reset
    assert report.gave_up == 3
    assert report.blocked == 2
    assert report.failed == 3 + 8 + 2  # given up, unusable, blocked
    assert report.disallowed == 1
