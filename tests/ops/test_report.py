"""``scrape report``: one offline HTML page, rendered by a real headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from samples import journal_run

from scrape.cli.main import main
from scrape.crawl.pipeline import SourceReport
from scrape.ops.report import render_report
from scrape.store.database import Store

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)
FLAG_RED = (0xB3, 0x26, 0x1E)


def journal(store: Store, now: datetime) -> None:
    """Two weeks of a healthy source, and one whose layout changed yesterday."""
    for hours in range(12, 14 * 24, 12):
        when = now - timedelta(hours=hours)
        journal_run(store, when, SourceReport("calm-daily", discovered=80, fetched=10, new=9))
        broke = hours < 24
        journal_run(
            store,
            when,
            SourceReport(
                "zz-redesigned",
                discovered=60,
                fetched=10,
                new=0 if broke else 8,
                skipped=10 if broke else 2,
                failed=hours % 5,
            ),
        )


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_report_is_self_contained_and_puts_flagged_sources_first(memory_store: Store) -> None:
    now = datetime.now(UTC)
    journal(memory_store, now)
    html = render_report(memory_store, now)
    parser = Elements()
    parser.feed(html)
    tags = [tag for tag, _ in parser.tags]
    assert "script" not in tags and "link" not in tags
    assert not [a for _, attrs in parser.tags for k, a in attrs.items() if k in ("src", "href")]
    assert tags.count("svg") == 4  # two charts per source
    assert html.index("zz-redesigned") < html.index("calm-daily")  # flagged first
    assert "yield_drop" in html and "has the page layout changed?" in html
    assert re.search(r"Content-Security-Policy.*default-src 'none'", html, re.DOTALL)


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary found (apt-get install chromium)")
def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    assert CHROMIUM is not None
    database = tmp_path / "articles.db"
    with Store(database) as store:
        journal(store, datetime.now(UTC))
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", "--db", str(database), "--out", str(out)])
    assert result.exit_code == 0, result.output

    shot = tmp_path / "report.png"
    browser = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1280,900",
            f"--screenshot={shot}",
            out.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert browser.returncode == 0, browser.stderr[-2000:]
    # The page's own messages (CSP violations, load errors) are logged as CONSOLE lines.
    console = [line for line in browser.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
    with Image.open(shot) as image:
        assert image.size == (1280, 900)
        colors = {color for _, color in image.convert("RGB").getcolors(1 << 20) or []}
    assert FLAG_RED in colors, "the flagged source's badge should be drawn"
    assert len(colors) > 20, "charts and text, not a blank page"
