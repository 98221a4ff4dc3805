"""The sources file: validation errors name the file, line, source and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrape.config import load_config, parse_config, parse_duration
from scrape.errors import ConfigError

GOOD = """\
settings:
  delay: 0.5
  interval: 15m
sources:
  - name: example
    home: https://example.com/
    feeds: [https://example.com/feed]
    exclude: ['/live/']
    interval: 1h
"""


def test_shipped_sources_file_is_valid() -> None:
    config = load_config(Path(__file__).parents[1] / "config" / "sources.yaml")
    assert len(config.sources) >= 3
    for source in config.sources:
        assert source.entry_points


def test_good_file_loads_with_defaults_and_durations() -> None:
    config = parse_config(GOOD)
    (source,) = config.sources
    assert config.settings.delay == 0.5
    assert config.settings.interval == 900
    assert config.interval_for(source) == 3600
    assert config.delay_for(source) == 0.5
    assert config.settings.concurrency == 8  # default
    assert (config.settings.max_sitemap_depth, config.settings.max_sitemaps_per_source) == (3, 100)
    assert source.wants("https://example.com/2024/story")
    assert not source.wants("https://example.com/live/blog")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            GOOD.replace("https://example.com/feed", "ftp://example.com/feed"),
            "x.yaml:7: source 'example': feeds[0]: not an http(s) URL: 'ftp://example.com/feed'",
        ),
        (
            GOOD.replace("    interval: 1h", "    colour: red"),
            "x.yaml:9: source 'example': colour: unknown field",
        ),
        (
            GOOD.replace("['/live/']", "['(unclosed']"),
            "x.yaml:8: source 'example': exclude[0]: not a valid regular expression",
        ),
        (
            GOOD.replace("    feeds: [https://example.com/feed]\n", ""),
            "x.yaml:5: source 'example': needs at least one of feeds, sitemaps or sections",
        ),
        (
            GOOD.replace("delay: 0.5", "delay: -1"),
            "x.yaml:2: settings.delay: Input should be greater than or equal to 0",
        ),
        (
            GOOD.replace("interval: 15m", "interval: often"),
            "x.yaml:3: settings.interval: not a duration",
        ),
        (
            GOOD.replace("interval: 15m", "interval: 0.001"),
            "x.yaml:3: settings.interval: 0.001 is too short: at least 60s between crawls",
        ),
        (
            GOOD.replace("interval: 1h", "interval: 1s"),
            "x.yaml:9: source 'example': interval: '1s' is too short: at least 60s between "
            "crawls of a source",
        ),
        (
            GOOD.replace("interval: 15m", "max_sitemap_depth: -1"),
            "x.yaml:3: settings.max_sitemap_depth: Input should be greater than or equal to 0",
        ),
        (
            GOOD.replace("interval: 15m", "max_sitemaps_per_source: 0"),
            "x.yaml:3: settings.max_sitemaps_per_source: Input should be greater than or equal "
            "to 1",
        ),
        (
            GOOD.replace("    home: https://example.com/\n", ""),
            "source 'example': home: Field required",
        ),
        (
            GOOD + GOOD.split("sources:\n")[1],
            "x.yaml:10: source 'example': name: used twice (first on line 5)",
        ),
        ("sources: []\n", "x.yaml:1: sources: empty: list at least one source"),
        ("sources: [\n", "x.yaml:2: not valid YAML"),
        # Tags a safe loader refuses: an error at their line, never a traceback.
        ("sources: !!python/object:os.system {}\n", "x.yaml:1: not valid YAML: could not"),
        ("settings:\n  delay: !secret x\n", "x.yaml:2: not valid YAML: could not"),
        ("- just\n- a list\n", "expected a mapping"),
    ],
)
def test_errors_name_line_source_and_field(text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(text, origin="x.yaml")
    assert message in str(caught.value)


def test_every_problem_is_reported_at_once() -> None:
    text = (
        GOOD.replace("ftp", "x")
        .replace("https://example.com/feed", "nope")
        .replace("interval: 1h", "wat: 1")
    )
    with pytest.raises(ConfigError) as caught:
        parse_config(text, origin="x.yaml")
    assert len(str(caught.value).splitlines()) == 2


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "absent.yaml")


def test_unknown_source_name_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError, match=r"no source named 'nope' \(known: example\)"):
        parse_config(GOOD).source("nope")


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("15m", 900), ("2h", 7200), (5, 5)])
def test_durations(text: str | int, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("interval", ["1m", "60", "60s", "1h"])
def test_an_interval_of_a_minute_or_more_is_accepted(interval: str) -> None:
    config = parse_config(GOOD.replace("interval: 1h", f"interval: {interval}"))
    assert config.interval_for(config.sources[0]) >= 60


def test_a_duplicate_name_is_reported_with_the_other_problems() -> None:
    text = GOOD + GOOD.split("sources:\n")[1].replace("https://example.com/feed", "nope")
    with pytest.raises(ConfigError) as caught:
        parse_config(text, origin="x.yaml")
    assert str(caught.value).splitlines() == [
        "x.yaml:12: source 'example': feeds[0]: not an http(s) URL: 'nope'",
        "x.yaml:10: source 'example': name: used twice (first on line 5)",
    ]
