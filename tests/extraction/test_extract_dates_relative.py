"""A relative stamp by the headline ("vor 3 Stunden", "Gestern, 18:00 Uhr") in the languages
news is written in:
read against the fetch time, and only when the page dates itself no other way."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scrape.extraction.extractor import extract

FETCHED = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)


def _page(lang: str, stamp: str, head: str = "", text: str = "") -> str:
    body = (text or "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ") * 8
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>Harbour plan approved</title>{head}</head><body><main><article>"
        "<h1>Harbour plan approved</h1>"
        f"<div class='x1'><span class='x2'>Jane Smith</span> <span class='x3'>{stamp}</span></div>"
        f"<p>{body}</p><p>{body}</p></article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "stamp", "hours"),
    [
        ("de", "vor 3 Stunden", 3),
        ("de", "Vor einer Stunde", 1),
        ("fr", "il y a 2 heures", 2),
        ("es", "hace 5 horas", 5),
        ("it", "4 ore fa", 4),
        ("nl", "2 uur geleden", 2),
        ("pl", "3 godziny temu", 3),
        ("ru", "3 часа назад", 3),
        ("tr", "6 saat önce", 6),
        ("ja", "3時間前", 3),
        ("zh", "3小时前", 3),
        ("ko", "3시간 전", 3),
        ("ar", "منذ 3 ساعات", 3),
        ("el", "πριν από 3 ώρες", 3),
        ("sw", "saa 3 zilizopita", 3),
        ("si", "පැය 3කට පෙර", 3),
    ],
)
def test_a_relative_stamp_is_read_against_the_fetch_time(lang: str, stamp: str, hours: int) -> None:
    article = extract(_page(lang, stamp), "https://quay.example/city/plan", fetched_at=FETCHED)
    assert article.published is not None
    assert (FETCHED - article.published).total_seconds() == hours * 3600


def test_days_ago() -> None:
    article = extract(_page("de", "vor 2 Tagen"), "https://quay.example/a", fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.date().isoformat() == "2026-12-03"


@pytest.mark.parametrize(
    ("lang", "stamp", "when"),
    [
        ("de", "Heute, 08:35 Uhr", "2026-12-05 08:35"),
        ("de", "Gestern, 18:00 Uhr", "2026-12-04 18:00"),
        ("en", "Yesterday at 4:10 PM", "2026-12-04 16:10"),
        ("en", "Today 9:05 a.m.", "2026-12-05 09:05"),
        ("fr", "Hier à 18h30", "2026-12-04 18:30"),
        ("es", "Ayer a las 11:15", "2026-12-04 11:15"),
    ],
)
def test_today_or_yesterday_with_the_time(lang: str, stamp: str, when: str) -> None:
    article = extract(_page(lang, stamp), "https://quay.example/a", fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.strftime("%Y-%m-%d %H:%M") == when


@pytest.mark.parametrize("stamp", ["Heute im Rat", "hier um 18:00 Uhr", "Gestern Abend", "Today"])
def test_today_or_yesterday_without_a_time_opening_the_stamp_gives_no_date(stamp: str) -> None:
    # German "hier" is "here": only the stamp opening with the day word counts.
    article = extract(_page("de", stamp), "https://quay.example/a", fetched_at=FETCHED)
    assert article.published is None


@pytest.mark.parametrize("stamp", ["seit 3 Tagen", "3 Tage lang", "for 3 timer", "12月3日前"])
def test_words_that_do_not_say_ago_give_no_date(stamp: str) -> None:
    article = extract(_page("de", stamp), "https://quay.example/a", fetched_at=FETCHED)
    assert article.published is None


def test_a_declared_date_beats_a_relative_stamp() -> None:
    head = '<meta property="article:published_time" content="2026-12-03T14:35:00+01:00">'
    page = _page("de", "vor 3 Stunden", head)
    article = extract(page, "https://quay.example/a", fetched_at=FETCHED)
    assert article.published is not None
    assert article.published.isoformat() == "2026-12-03T14:35:00+01:00"
