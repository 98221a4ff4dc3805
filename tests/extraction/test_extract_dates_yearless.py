"""A byline that writes its day without the year ("3.12. 14:35", "3 декабря, 14:35"), as
news sites do for stories of the current year: when the page dates itself no other way, the
day is read in the year the page was put together, the fetch's unless the page says an
earlier one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scrape.extraction.extractor import extract

FETCHED = datetime(2026, 12, 20, 9, 0, tzinfo=UTC)
TEXT = "<p>" + "The council met again to weigh the plan for the harbour front. " * 12 + "</p>"


def _published(byline: str, lang: str = "de", footer: str = "Quay News", today: str = "") -> str:
    html = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<title>Harbour plan approved | Quay News</title></head><body>"
        "<header class='site-header'><a href='/'>Quay News</a><nav><a href='/city'>City</a>"
        f"<a href='/sport'>Sport</a></nav>{today}</header>"
        f"<main><article><h1>Harbour plan approved</h1><div class='byline'>"
        f"<span class='author'>Jane Doe</span> <span class='date'>{byline}</span></div>"
        f"{TEXT}</article></main><footer><p>{footer}</p></footer></body></html>"
    )
    article = extract(html, "https://quay.example/city/harbour-plan", fetched_at=FETCHED)
    value = article.published
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else "none"


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("de", "03.12. 14:35 Uhr"),
        ("de", "Veröffentlicht am 03.12. um 14:35 Uhr"),
        ("de-AT", "Stand: 3.12., 14:35"),
        ("fi", "Julkaistu 3.12. klo 14.35"),
        ("cs", "Publikováno 3. 12. 14:35"),
        ("ru", "3 декабря, 14:35"),
        ("pl", "3 grudnia, 14:35"),
        ("nb", "Publisert 3. des. kl. 14:35"),
        ("sv", "Publicerad 3 dec 14.35"),
        ("fr", "Publié le 3 déc. à 14h35"),
        ("pt", "03 de dezembro, 14h35"),
        ("en-US", "Dec. 3, 2:35 PM"),
        ("hu", "december 3., 14:35"),
        ("ja", "12月3日 14時35分"),
        ("ko", "12월 3일 오후 2:35"),
    ],
)
def test_the_day_is_read_in_the_year_of_the_fetch(lang: str, byline: str) -> None:
    assert _published(byline, lang) == "2026-12-03 14:35"


def test_a_day_after_the_fetch_is_last_years() -> None:
    assert _published("28.12. 14:35 Uhr") == "2025-12-28 14:35"


def test_the_update_stamp_beside_it_is_not_the_publication() -> None:
    assert _published("3.12. klo 14.35 | Päivitetty 4.12. klo 9.10", "fi") == "2026-12-03 14:35"


def test_a_saved_page_is_read_in_the_year_its_copyright_line_counts() -> None:
    assert _published("03.05. 14:35 Uhr", footer="© 2015–2022 Quay News") == "2022-05-03 14:35"


def test_a_copyright_line_nobody_updated_gives_way_to_the_days_date_the_page_shows() -> None:
    today = "<span class='today'>Sonntag, 20.12.2026</span>"
    found = _published("03.05. 14:35 Uhr", footer="© 2019 Quay News", today=today)
    assert found == "2026-05-03 14:35"


@pytest.mark.parametrize(
    ("lang", "byline"),
    [("de", "Ausgabe 3.12."), ("fi", "Tulos 3.12."), ("en-US", "Match report: 3-1, Dec 3")],
)
def test_a_day_and_month_without_a_clock_time_are_no_date(lang: str, byline: str) -> None:
    assert _published(byline, lang) == "none"


def test_a_declared_date_is_not_moved_by_a_yearless_byline() -> None:
    head = "<meta property='article:published_time' content='2026-11-30T08:00:00+01:00'>"
    html = (
        f"<html lang='de'><head>{head}<title>Harbour plan</title></head><body><main><article>"
        "<h1>Harbour plan approved</h1><p class='byline'>03.12. 14:35 Uhr</p>"
        f"{TEXT}</article></main></body></html>"
    )
    article = extract(html, "https://quay.example/city/harbour-plan", fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.date().isoformat() == "2026-11-30"


def test_a_weekday_written_before_it_names_the_year() -> None:
    # 22 April fell on a Monday in 2024, the latest such year before the fetch.
    assert _published("Mon, Apr 22, 6:03 AM", "en-US") == "2024-04-22 06:03"
