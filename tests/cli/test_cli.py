"""The command line, run as a user would (click's runner, no terminal)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from scrape.cli.demo import FIXTURE_SITE, FixtureSite
from scrape.cli.main import EXIT_ALL_FAILED, main
from scrape.crawl import workers

SEED_PAGE = FIXTURE_SITE / "news" / "putin-welcomes-azeri-and-armenian-leaders" / "index.html"


def _write_config(path: Path, site: FixtureSite, **source: object) -> Path:
    config = {
        "settings": {"delay": 0, "allow_private_hosts": ["127.0.0.1"]},
        "sources": [
            {
                "name": "conflict-news",
                "home": site.url("/"),
                "feeds": [site.url("/feed/")],
                "sitemaps": [site.url("/sitemap_index.xml")],
                **source,
            }
        ],
    }
    path.write_text(yaml.safe_dump(config))
    return path


def test_extract_prints_the_article_as_json() -> None:
    result = CliRunner().invoke(main, ["extract", str(SEED_PAGE), "--url", "https://x.example/a"])
    assert result.exit_code == 0, result.output
    article = json.loads(result.output)
    assert article["title"] == "Nagorno-Karabakh: Putin welcomes Azeri and Armenian leaders"
    assert article["published"].startswith("2021-01-11")
    assert article["authors"] == ["Aylin Demir"]
    assert "Must read" not in article["body"]


def test_extract_reads_stdin_and_gzip(tmp_path: Path) -> None:
    html = SEED_PAGE.read_bytes()
    from_stdin = CliRunner().invoke(main, ["extract", "-"], input=html)
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(html))
    from_gzip = CliRunner().invoke(main, ["extract", str(packed)])
    assert from_stdin.exit_code == from_gzip.exit_code == 0
    assert json.loads(from_stdin.output)["body"] == json.loads(from_gzip.output)["body"]


def test_extract_of_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.html")])
    assert result.exit_code == 1
    assert "cannot read" in result.output


def test_extract_of_a_url_fetches_it_as_a_crawl_does(tmp_path: Path) -> None:
    path = "/news/putin-welcomes-azeri-and-armenian-leaders/"
    with FixtureSite(FIXTURE_SITE) as site:
        config = _write_config(tmp_path / "sources.yaml", site)
        fetched = CliRunner().invoke(main, ["extract", site.url(path), "--config", str(config)])
        served = site.resolve(path)
        assert served is not None
        saved = tmp_path / "page.html"
        saved.write_bytes(served[0])
        read = CliRunner().invoke(main, ["extract", str(saved), "--url", site.url(path)])
        asked = list(site.requests)
    assert fetched.exit_code == 0, fetched.output
    # robots.txt first, then the page, once: the crawl's manners for one page.
    assert asked == ["/robots.txt", path]
    # The same article as from the saved copy of the page at that address.
    assert json.loads(fetched.output) == json.loads(read.output)
    assert json.loads(fetched.output)["authors"] == ["Aylin Demir"]


def test_extract_of_a_url_it_cannot_fetch_says_why(tmp_path: Path) -> None:
    with FixtureSite(FIXTURE_SITE) as site:
        config = str(_write_config(tmp_path / "sources.yaml", site))
        cases = {
            "/wp-admin/post.php": "robots.txt disallows",
            "/news/no-such-story/": "HTTP 404",
            "/feed/": "unwanted content type",
        }
        results = {
            path: CliRunner().invoke(main, ["extract", site.url(path), "--config", config])
            for path in cases
        }
        # Without allow_private_hosts a loopback address is refused before any request.
        refused = CliRunner().invoke(
            main, ["extract", site.url("/news/"), "--config", str(tmp_path / "none.yaml")]
        )
        asked = list(site.requests)
    for path, reason in cases.items():
        assert results[path].exit_code == 1, results[path].output
        assert f"cannot fetch {site.url(path)}: {reason}" in results[path].output
    assert refused.exit_code == 1
    assert "allow_private_hosts" in refused.output
    assert "/wp-admin/post.php" not in asked
    assert "/news/" not in asked


def test_extract_of_several_pages_prints_a_line_each_and_goes_on_past_a_bad_one(
    tmp_path: Path,
) -> None:
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(SEED_PAGE.read_bytes()))
    picture = tmp_path / "photo.html"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    missing = tmp_path / "gone.html"
    arguments = [str(SEED_PAGE), str(missing), str(picture), str(packed)]
    result = CliRunner().invoke(main, ["extract", *arguments])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    # The readable pages, in the order given, each one JSON object on its line.
    assert [json.loads(line)["source"] for line in lines] == [str(SEED_PAGE), str(packed)]
    first, last = (json.loads(line) for line in lines)
    assert (
        first["title"]
        == last["title"]
        == ("Nagorno-Karabakh: Putin welcomes Azeri and Armenian leaders")
    )
    assert f"cannot read {missing}" in result.stderr
    assert f"{picture}: not HTML (binary data)" in result.stderr
    assert "2 of 4 pages could not be extracted" in result.stderr


def test_extract_jsonl_is_one_line_a_page_however_xargs_splits_the_list(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("a", "b", "c"):
        (pages / f"{name}.html").write_bytes(SEED_PAGE.read_bytes())
    one = CliRunner().invoke(main, ["extract", "--jsonl", str(pages / "a.html"), "--url", "u"])
    assert one.exit_code == 0
    (line,) = one.stdout.splitlines()
    assert json.loads(line)["source"] == str(pages / "a.html")
    assert json.loads(line)["url"] == "u"
    # The README's recipe, with xargs made to split the list unevenly (2 + 1).
    script = f"{sys.executable} -m scrape.cli"
    found = subprocess.run(
        f"find {pages} -name '*.html' -print0 | sort -z | xargs -0 -n 2 {script} extract --jsonl",
        shell=True,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    records = [json.loads(line) for line in found.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(pages / f"{n}.html") for n in "abc"]


def test_extract_of_many_pages_uses_the_crawls_worker_pool_and_keeps_their_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_pool = workers._in_pool
    pooled: list[str] = []

    async def counted(*args: Any, **kwargs: Any) -> Any:
        pooled.append(args[1].url)
        return await in_pool(*args, **kwargs)

    monkeypatch.setattr(workers, "_in_pool", counted)
    articles = sorted(FIXTURE_SITE.glob("news/*/index.html"))
    pages = [articles[i % len(articles)] for i in range(120)]  # a pool's worth (100)
    config = tmp_path / "sources.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "settings": {"extract_workers": 2},
                "sources": [
                    {"name": "x", "home": "https://x.example/", "feeds": ["https://x.example/f"]}
                ],
            }
        )
    )
    result = CliRunner().invoke(main, ["extract", *map(str, pages), "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert pooled == list(map(str, pages))  # every page went to the crawl's pool
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == list(map(str, pages))
    # Each as the page alone gives it, extracted in this process.
    alone = {
        page: json.loads(CliRunner().invoke(main, ["extract", str(page)]).stdout)
        for page in articles
    }
    for record, page in zip(records, pages, strict=True):
        del record["source"]
        assert record == alone[page]


def test_extract_of_several_urls_asks_robots_txt_once(tmp_path: Path) -> None:
    paths = [
        "/news/putin-welcomes-azeri-and-armenian-leaders/",
        "/news/city-council-approves-tram-extension/",
    ]
    with FixtureSite(FIXTURE_SITE) as site:
        config = str(_write_config(tmp_path / "sources.yaml", site))
        result = CliRunner().invoke(
            main, ["extract", *map(site.url, paths), str(SEED_PAGE), "--config", config]
        )
        asked = list(site.requests)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [*map(site.url, paths), str(SEED_PAGE)]
    assert [r["url"] for r in records[:2]] == [site.url(p) for p in paths]
    assert asked == ["/robots.txt", *paths]


def test_extract_of_a_url_takes_no_url_option_and_keeps_the_size_limit(tmp_path: Path) -> None:
    path = "/news/putin-welcomes-azeri-and-armenian-leaders/"
    with FixtureSite(FIXTURE_SITE) as site:
        config = str(_write_config(tmp_path / "sources.yaml", site))
        both = CliRunner().invoke(
            main, ["extract", site.url(path), "--url", site.url("/x"), "--config", config]
        )
        small = CliRunner().invoke(
            main, ["extract", site.url(path), "--max-bytes", "1000", "--config", config]
        )
    several = CliRunner().invoke(main, ["extract", str(SEED_PAGE), str(SEED_PAGE), "--url", "x"])
    assert both.exit_code == several.exit_code == 64
    assert "--url" in both.output
    assert small.exit_code == 1
    assert "1000" in small.output


_DATED_RELATIVELY = (
    "<html lang='en'><head><title>Ferry service extended</title></head><body><article>"
    "<h1>Ferry service extended</h1><p class='byline'>By Anna Roth · 2 hours ago</p>"
    + "<p>The city council voted on Tuesday to extend the harbour ferry service through the"
    " winter, adding two late crossings and an early one for the market traders.</p>"
    * 3
    + "</article></body></html>"
)


def test_extract_counts_a_relative_date_back_from_when_the_page_was_fetched(
    tmp_path: Path,
) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(_DATED_RELATIVELY)

    def published(*options: str) -> str:
        result = CliRunner().invoke(main, ["extract", str(page), *options])
        assert result.exit_code == 0, result.output
        return str(json.loads(result.output)["published"])

    assert published("--fetched-at", "2024-05-01T12:00+02:00") == "2024-05-01T10:00:00+02:00"
    # No offset given: UTC, as the crawl's own fetch times are.
    assert published("--fetched-at", "2024-05-01T12:00") == "2024-05-01T10:00:00+00:00"
    # Without it, now: two runs agree to the second at most, never in microseconds.
    assert "." not in published()


def test_extract_fetched_at_takes_an_iso_time_for_saved_pages_only(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(_DATED_RELATIVELY)
    word = CliRunner().invoke(main, ["extract", str(page), "--fetched-at", "yesterday"])
    url = CliRunner().invoke(main, ["extract", "https://x.example/a", "--fetched-at", "2024-05-01"])
    assert word.exit_code == url.exit_code == 64
    assert "'yesterday' is not an ISO 8601 time" in word.output
    assert "--fetched-at" in url.output


def test_crawl_prints_a_summary_and_stats_counts_per_day(
    fixture_site: FixtureSite, tmp_path: Path
) -> None:
    config = _write_config(tmp_path / "sources.yaml", fixture_site)
    db = tmp_path / "a.db"
    result = CliRunner().invoke(main, ["crawl", "--config", str(config), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "crawl summary" in result.output
    row = next(line for line in result.output.splitlines() if "conflict-news" in line)
    assert [cell.strip() for cell in row.strip("│ ").split("│")] == [
        "conflict-news",
        "4",
        "4",
        "3",
        "1",
        "0",
        "0",
        "0",
    ]
    stats = CliRunner().invoke(main, ["stats", "--db", str(db)])
    assert stats.exit_code == 0
    assert "2021-01-11" in stats.output and "2023-09-18" in stats.output


def test_crawl_limit_bounds_article_fetches(fixture_site: FixtureSite, tmp_path: Path) -> None:
    config = _write_config(tmp_path / "sources.yaml", fixture_site)
    args = ["crawl", "--config", str(config), "--db", str(tmp_path / "a.db"), "--limit", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    fetched = [p for p in fixture_site.requests if p.startswith(("/news/", "/amp/"))]
    assert len(fetched) == 1


def test_crawl_exits_non_zero_when_every_source_failed(
    fixture_site: FixtureSite, tmp_path: Path
) -> None:
    config = _write_config(
        tmp_path / "sources.yaml",
        fixture_site,
        feeds=[fixture_site.url("/missing.xml")],
        sitemaps=[],
    )
    result = CliRunner().invoke(
        main, ["crawl", "--config", str(config), "--db", str(tmp_path / "a.db")]
    )
    assert result.exit_code == EXIT_ALL_FAILED
    assert "HTTP 404" in result.output


def test_bad_config_stops_before_any_request(fixture_site: FixtureSite, tmp_path: Path) -> None:
    config = _write_config(tmp_path / "sources.yaml", fixture_site, feeds=["not a url"])
    result = CliRunner().invoke(
        main, ["crawl", "--config", str(config), "--db", str(tmp_path / "a.db")]
    )
    assert result.exit_code == 1
    assert "source 'conflict-news': feeds[0]: not an http(s) URL" in result.output
    assert fixture_site.requests == []
    assert not (tmp_path / "a.db").exists()


def test_every_command_has_help() -> None:
    for command in ([], ["crawl"], ["extract"], ["stats"]):
        result = CliRunner().invoke(main, [*command, "--help"])
        assert result.exit_code == 0
        assert "Usage:" in result.output


def test_extract_resolves_a_relative_canonical_and_drops_a_template_one(tmp_path: Path) -> None:
    page = SEED_PAGE.read_text()
    url = "https://x.example/news/a/"
    relative = tmp_path / "relative.html"
    relative.write_text(page.replace("{{base}}/news/", "/news/"))
    result = CliRunner().invoke(main, ["extract", str(relative), "--url", url])
    slug = "putin-welcomes-azeri-and-armenian-leaders"
    assert json.loads(result.output)["canonical_url"] == f"https://x.example/news/{slug}/"
    unfilled = CliRunner().invoke(main, ["extract", str(SEED_PAGE), "--url", url])
    assert json.loads(unfilled.output)["canonical_url"] is None
