"""Source health: the journal of runs, ``scrape status`` and its flags."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from samples import journal_run
from sitegen import GeneratedSite

from scrape import crawl
from scrape.cli.demo import FixtureSite, fixture_config
from scrape.cli.main import EXIT_FLAGGED, main
from scrape.config import load_config
from scrape.crawl.pipeline import SourceReport
from scrape.ops.health import source_health
from scrape.ops.schedule import crawl_once
from scrape.store.database import Store

NOW = datetime(2024, 3, 20, 12, 0, tzinfo=UTC)


def good_day(name: str) -> SourceReport:
    return SourceReport(name, discovered=100, queued=20, fetched=20, new=18, skipped=2)


def history(store: Store, name: str, days: int = 10) -> None:
    for day in range(2, 2 + days):
        journal_run(store, NOW - timedelta(days=day), good_day(name))


def health_of(store: Store, name: str) -> tuple[str, ...]:
    (health,) = [h for h in source_health(store, now=NOW) if h.source == name]
    return tuple(flag.kind for flag in health.flags)


def test_a_steady_source_is_not_flagged(memory_store: Store) -> None:
    history(memory_store, "steady")
    journal_run(memory_store, NOW - timedelta(hours=3), good_day("steady"))
    (health,) = source_health(memory_store, now=NOW)
    assert health.flags == ()
    assert (health.new_24h, health.consecutive_failures) == (18, 0)
    assert health.yield_24h == pytest.approx(0.9)
    assert health.usual_yield == pytest.approx(0.9)
    assert health.last_status == "ok"


def test_yield_drop_flags_a_layout_change_and_sorts_first(memory_store: Store) -> None:
    history(memory_store, "aaa-steady")
    history(memory_store, "redesigned")
    journal_run(memory_store, NOW - timedelta(hours=2), good_day("aaa-steady"))
    journal_run(
        memory_store,
        NOW - timedelta(hours=2),
        SourceReport("redesigned", discovered=100, fetched=20, new=1, skipped=19),
    )
    first, second = source_health(memory_store, now=NOW)
    # Fewer articles arrive too, so the daily volume dropped as well.
    assert first.source == "redesigned"
    assert [f.kind for f in first.flags] == ["yield_drop", "volume_drop"]
    assert "5%" in first.flags[0].detail and "90%" in first.flags[0].detail
    assert second.flags == ()


def test_failing_and_blocked_sources_are_flagged(memory_store: Store) -> None:
    history(memory_store, "walled")
    history(memory_store, "down")
    walled = SourceReport("walled", discovered=100, fetched=0, failed=20, blocked=20)
    journal_run(memory_store, NOW - timedelta(hours=1), walled)
    for hours in (3, 2, 1):
        down = SourceReport("down", entry_points_failed=2, errors=["feed: HTTP 500"])
        journal_run(memory_store, NOW - timedelta(hours=hours), down)

    assert "blocked" in health_of(memory_store, "walled")
    assert health_of(memory_store, "down") == ("failing",)
    (down,) = [h for h in source_health(memory_store, now=NOW) if h.source == "down"]
    assert down.consecutive_failures == 3 and down.last_status == "failed"
    assert down.last_success == (NOW - timedelta(days=2)).isoformat(timespec="seconds")


def test_volume_drop_of_listings_is_flagged(memory_store: Store) -> None:
    history(memory_store, "thin")
    journal_run(
        memory_store, NOW - timedelta(hours=1), SourceReport("thin", discovered=12, fetched=2)
    )
    assert health_of(memory_store, "thin") == ("volume_drop",)


def test_too_little_history_is_never_a_drop(memory_store: Store) -> None:
    journal_run(memory_store, NOW - timedelta(days=3), good_day("young"))
    journal_run(
        memory_store, NOW - timedelta(hours=1), SourceReport("young", discovered=3, fetched=20)
    )
    assert health_of(memory_store, "young") == ()


@pytest.mark.parametrize(
    ("breakage", "flag"), [("layout_broken", "yield_drop"), ("blocking", "blocked")]
)
def test_status_flags_a_real_crawl_of_a_broken_site(
    tmp_path: Path, breakage: str, flag: str
) -> None:
    with GeneratedSite(articles=20) as site:
        setattr(site, breakage, True)
        config = load_config(site.write_config(tmp_path))
        database = str(config.settings.database)
        with Store(database) as store:
            now = datetime.now(UTC)
            for day in range(2, 9):  # a week of good crawls before today's
                journal_run(store, now - timedelta(days=day), good_day("gazette"))
            crawl_once(config, store)

    runner = CliRunner()
    result = runner.invoke(main, ["status", "--db", database, "--json"])
    assert result.exit_code == 0, result.output
    (gazette,) = json.loads(result.output)
    assert gazette["source"] == "gazette" and gazette["new_24h"] == 0
    assert flag in [f["kind"] for f in gazette["flags"]]

    table = runner.invoke(main, ["status", "--db", database, "--check"])
    assert table.exit_code == EXIT_FLAGGED, table.output
    assert f"gazette: {flag}: " in table.output


def test_a_source_crawled_through_the_library_is_listed_without_runs(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with FixtureSite() as site, Store(db) as store:
        crawl(fixture_config(site, str(db)), store)
    result = CliRunner().invoke(main, ["status", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    (source,) = json.loads(result.output)
    assert source["source"] == "conflict-news"
    assert source["last_run"] is None and source["flags"] == []
