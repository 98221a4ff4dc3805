"""The per-page budget counts work done, not time waited: the same page gets the same
optional work (the fallback date search here) however busy the machine is.

No timing is measured: the extractor's clocks are replaced by ones the test moves, as if
trafilatura's pass had taken long on the wall clock (the thread waited for a CPU) or had
burnt a lot of CPU (a hostile page).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import pytest

from scrape.extraction import extractor
from scrape.extraction.body import main_text

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)
URL = "https://quay.example/harbour-plan-approved/"
TEXT = "<p>" + "The council met again to weigh the plan for the harbour front. " * 12 + "</p>"


def _page(lang: str, label: str, shown: str) -> str:
    # The only date sits in a "post data" aside that the pruner drops with the furniture:
    # only the fallback search of the whole page finds it.
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<title>Harbour plan approved</title></head><body>"
        "<nav><a href='/'>Home</a><a href='/blog/'>Blog</a></nav>"
        "<main><article><header><h1>Harbour plan approved</h1></header>"
        f"<aside class='blogData'><dl><dt>{label}</dt><dd>{shown}</dd></dl></aside>"
        f"{TEXT}{TEXT}</article></main>"
        "<footer><p>Quay Studio, Hafenstraße 1</p></footer></body></html>"
    )


PAGES = [
    ("en", "Date", "January 12, 2017"),
    ("de", "Datum", "12.01.2017"),
    ("fr", "Date de publication", "12/01/2017"),
]


class _Clocks:
    """The ``time`` module as the extractor sees it, with its clocks pushed forward: ``wall``
    seconds on the wall clocks, ``cpu`` seconds on the CPU clocks."""

    def __init__(self) -> None:
        self.wall = 0.0
        self.cpu = 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)

    def monotonic(self) -> float:
        return time.monotonic() + self.wall

    def perf_counter(self) -> float:
        return time.perf_counter() + self.wall

    def time(self) -> float:
        return time.time() + self.wall

    def thread_time(self) -> float:
        return time.thread_time() + self.cpu

    def process_time(self) -> float:
        return time.process_time() + self.cpu


@pytest.fixture
def clocks(monkeypatch: pytest.MonkeyPatch) -> _Clocks:
    fake = _Clocks()
    monkeypatch.setattr(extractor, "time", fake)
    return fake


def _after_the_text_pass(monkeypatch: pytest.MonkeyPatch, move: Any) -> None:
    """Run ``move`` after trafilatura's pass, before the fallback date search decides."""
    real = main_text.trafilatura_blocks

    def text_pass(*args: Any, **kwargs: Any) -> list[str]:
        found = real(*args, **kwargs)
        move()
        return found

    monkeypatch.setattr(main_text, "trafilatura_blocks", text_pass)


@pytest.mark.parametrize(("lang", "label", "shown"), PAGES)
def test_time_spent_waiting_for_a_cpu_skips_no_optional_work(
    clocks: _Clocks, monkeypatch: pytest.MonkeyPatch, lang: str, label: str, shown: str
) -> None:
    # A minute passes on the wall clock while the thread is descheduled; it does no work.
    def descheduled() -> None:
        clocks.wall += 60

    _after_the_text_pass(monkeypatch, descheduled)
    published = extractor.extract(_page(lang, label, shown), URL, fetched_at=FETCHED).published
    assert published is not None
    assert published.date().isoformat() == "2017-01-12"


@pytest.mark.parametrize(("lang", "label", "shown"), PAGES)
def test_work_past_half_the_budget_still_skips_optional_work(
    clocks: _Clocks, monkeypatch: pytest.MonkeyPatch, lang: str, label: str, shown: str
) -> None:
    # The safety purpose holds: a page whose text pass burnt more than half the budget of
    # CPU gets no fallback search, so it has no date.
    def costly() -> None:
        clocks.cpu += extractor.DEADLINE_SECONDS / 2 + 1

    _after_the_text_pass(monkeypatch, costly)
    page = _page(lang, label, shown)
    assert extractor.extract(page, URL, fetched_at=FETCHED).published is None


def test_the_page_is_dated_with_the_clocks_untouched(clocks: _Clocks) -> None:
    # The two tests above differ from this only by the moved clock.
    published = extractor.extract(_page(*PAGES[0]), URL, fetched_at=FETCHED).published
    assert published is not None
    assert published.date().isoformat() == "2017-01-12"
