"""``extract`` reports where its time went when asked, and extracts the same either way."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from scrape.extraction.extractor import Timings, extract

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
FETCHED = datetime(2026, 12, 1, tzinfo=UTC)
# The stages every page with a body goes through, in the order they run.
ALWAYS = ["decode", "depth guard", "parse", "metadata", "headline/title", "dates", "authors"]


def test_timings_name_every_stage_in_order_and_change_nothing() -> None:
    html = (PAGES / "jsonld_newsarticle.html").read_bytes()
    url = "https://news.example.com/2024/05/story"
    timings = Timings()
    timed = extract(html, url, fetched_at=FETCHED, timings=timings)
    assert timed == extract(html, url, fetched_at=FETCHED)
    stages = list(timings.seconds)
    assert stages[: len(ALWAYS)] == ALWAYS
    assert {"prune", "serialise", "trafilatura", "cleaning", "classify"} <= set(stages)
    assert all(seconds >= 0 for seconds in timings.seconds.values())
