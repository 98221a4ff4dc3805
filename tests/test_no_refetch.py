"""Nothing fetched twice for nothing: a page is asked for again only when a listing says it
changed after the copy we hold, or when a failure may have been passing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from faulty_servers import FaultyServer, article_html, conditional, fast_settings, respond

from scrape import crawl
from scrape.config import Config, Source
from scrape.store import Store

PUBLISHED = "2024-05-06T08:00:00+00:00"
EDITED = "2024-05-06T09:30:00+00:00"  # before the first crawl: our copy has this edit


def feed(base: str, path: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>'
        f"<link>{base}/</link><item><title>Story</title><link>{base}{path}</link>"
        "<pubDate>Mon, 06 May 2024 08:00:00 +0000</pubDate></item></channel></rss>"
    )


def sitemap(base: str, entries: dict[str, str | None]) -> str:
    urls = "".join(
        f"<url><loc>{base}{path}</loc>" + (f"<lastmod>{when}</lastmod>" if when else "") + "</url>"
        for path, when in entries.items()
    )
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def edited_article(n: int, modified: str, extra: str = "") -> str:
    meta = f'<meta property="article:modified_time" content="{modified}">'
    return article_html(n, extra=extra).replace("</head>", f"{meta}</head>")


def config_for(server: FaultyServer, database: Path, **settings: object) -> Config:
    return Config(
        settings=fast_settings(database=str(database), **settings),
        sources=(
            Source(
                name="news",
                home=server.url("/"),
                feeds=(server.url("/feed/"),),
                sitemaps=(server.url("/sitemap.xml"),),
            ),
        ),
    )


def test_a_sitemap_date_after_the_feed_date_but_before_our_copy_fetches_nothing(
    tmp_path: Path,
) -> None:
    """The feed lists the article with its publication date and answers 304 from the
    second crawl on; the sitemap lists the last edit, made before the first crawl fetched
    the page. Only an edit after it (the control) is fetched again, once."""
    path = "/2024/05/06/story/"
    with FaultyServer({}) as server:
        server.routes["/feed/"] = conditional(
            feed(server.base, path), '"f1"', "application/rss+xml"
        )
        server.routes["/sitemap.xml"] = respond(
            200, sitemap(server.base, {path: EDITED}), content_type="application/xml"
        )
        server.routes[path] = respond(200, edited_article(1, EDITED))
        config = config_for(server, tmp_path / "a.db")
        with Store(tmp_path / "a.db") as store:
            first = crawl(config, store).sources[0]
            later = [crawl(config, store).sources[0] for _ in range(3)]
            assert server.hits(path) == 1
            assert [r.unchanged for r in later] == [1, 1, 1]  # the feed's 304s

            edit = (datetime.now(UTC) + timedelta(seconds=1)).isoformat()
            server.routes["/sitemap.xml"] = respond(
                200, sitemap(server.base, {path: edit}), content_type="application/xml"
            )
            server.routes[path] = respond(200, edited_article(1, edit, extra=" Corrected."))
            changed = crawl(config, store).sources[0]
            after = crawl(config, store).sources[0]

    assert (first.new, *(r.fetched for r in later)) == (1, 0, 0, 0)
    assert (changed.fetched, changed.updated, after.fetched) == (1, 1, 0)
    assert server.hits(path) == 2


def nested(depth: int) -> str:
    return f"<html><body>{'<div>' * depth}<p>Deep.</p>{'</div>' * depth}</body></html>"


def test_refusals_a_retry_cannot_change_are_never_fetched_again(tmp_path: Path) -> None:
    """Pages refused for what they are (nesting past the guard, larger than the limit)
    are asked for once; a 503 (the control) is asked for again whenever it is due."""
    refused = {"/deep/": respond(200, nested(1_500)), "/huge/": respond(200, "x" * 60_000)}
    with FaultyServer({**refused, "/down/": respond(503)}) as server:
        server.routes["/feed/"] = respond(200, feed(server.base, "/deep/"))
        listed = dict.fromkeys(("/deep/", "/huge/", "/down/"), None)
        server.routes["/sitemap.xml"] = respond(
            200, sitemap(server.base, listed), content_type="application/xml"
        )
        config = config_for(server, tmp_path / "a.db", retry_attempts=1, max_bytes=50_000)
        with Store(tmp_path / "a.db") as store:
            reports = []
            for _ in range(3):
                reports.append(crawl(config, store).sources[0])
                past = (datetime.now(UTC) - timedelta(seconds=1)).isoformat(timespec="seconds")
                store.db.execute(  # time passes: every retryable failure is due
                    "update urls set next_attempt_at = ? where next_attempt_at is not null", [past]
                )
            errors = dict(store.db.execute("select url, error from urls").fetchall())

    assert [r.failed for r in reports] == [3, 1, 1]
    assert (server.hits("/deep/"), server.hits("/huge/"), server.hits("/down/")) == (1, 1, 3)
    assert "nesting" in errors[server.url("/deep/")]
    assert "limit" in errors[server.url("/huge/")]
