"""What the README and the shipped sources file promise is what the code does."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from sitegen import GeneratedSite

from scrape import crawl
from scrape.config import Config, Settings, Source, load_config
from scrape.crawl import pages_in_flight
from scrape.store import Store

ROOT = Path(__file__).parents[1]
# An example, not the default: the user agent names whoever runs the crawler.
NOT_DEFAULTS = {"user_agent"}


def readme_settings() -> list[dict[str, Any]]:
    blocks = re.findall(r"```yaml\n(.*?)```", (ROOT / "README.md").read_text(), re.DOTALL)
    return [yaml.safe_load(b)["settings"] for b in blocks if b.startswith("settings:")]


def documented() -> list[tuple[str, str, Any]]:
    shipped = yaml.safe_load((ROOT / "config" / "sources.yaml").read_text())["settings"]
    places = [("config/sources.yaml", shipped)]
    places += [(f"README settings block {n + 1}", b) for n, b in enumerate(readme_settings())]
    return [
        (where, name, value)
        for where, block in places
        for name, value in block.items()
        if name not in NOT_DEFAULTS
    ]


@pytest.mark.parametrize(("where", "name", "value"), documented())
def test_documented_settings_are_the_defaults(where: str, name: str, value: Any) -> None:
    default = getattr(Settings(), name)
    given = getattr(Settings(**{name: value}), name)  # "15m" read as the code reads it
    assert given == default, f"{where} shows {name}: {value!r}, the default is {default!r}"


def test_the_shipped_sources_file_loads() -> None:
    assert load_config(ROOT / "config" / "sources.yaml").settings.max_pages_per_source == 100


def test_by_default_a_run_fetches_a_source_s_newest_hundred_and_the_next_the_rest(
    tmp_path: Path,
) -> None:
    with GeneratedSite(articles=104) as site:
        settings = Settings(
            database=str(tmp_path / "a.db"),
            delay=0,
            extract_workers=0,
            allow_private_hosts=("127.0.0.1",),
        )
        source = Source(name="gazette", home=site.url("/"), sitemaps=(site.url("/sitemap.xml"),))
        config = Config(settings=settings, sources=(source,))
        with Store(tmp_path / "a.db") as store:
            first = crawl(config, store).sources[0]
            first_fetched = set(site.article_requests())
            second = crawl(config, store).sources[0]
            stored = store.article_count()

    assert (first.queued, first.fetched, second.fetched, stored) == (104, 100, 4, 104)
    # The sitemap dates the stories 1 to 28 March, n on day 1 + n % 28: the four left for
    # the second run are among the oldest.
    left = {n for n in range(104) if site.path_of(n) not in first_fetched}
    assert len(left) == 4 and all(n % 28 < 4 for n in left)


def test_a_kill_repeats_at_most_the_downloads_plus_two_pages_per_extraction_worker() -> None:
    """The README's bound on pages fetched again after a kill: 6 with the defaults on a
    two-core machine (2 downloading, 2 workers with one page each in extraction and one
    waiting)."""
    source = Source(name="s", home="https://example.com/", feeds=("https://example.com/f",))
    config = Config(settings=Settings(extract_workers=2), sources=(source,))
    assert pages_in_flight(config, source) == 6
    tight = Source(**{**source.model_dump(), "per_host_concurrency": 1})
    assert pages_in_flight(config, tight) == 5
