"""Dates as publishers in many languages print them: in <time> elements with their label,
in the byline beside the language's own month abbreviations, times and two-digit years."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scrape.extraction.dates.clock import clock_after
from scrape.extraction.dates.grammar import dates_in_text, parse_date
from scrape.extraction.extractor import extract

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)
TEXT = "<p>" + "The council met again to weigh the plan for the harbour front. " * 12 + "</p>"


def _published(article: str, lang: str, head: str = "") -> datetime | None:
    html = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>Harbour plan approved | Quay News</title>{head}</head><body>"
        "<header class='site-header'><a href='/'>Quay News</a><nav><a href='/city'>City</a>"
        "<a href='/sport'>Sport</a></nav><span class='today'>1.1.2026</span></header>"
        f"<main><article>{article}{TEXT}</article></main>"
        "<footer><p>© 2019 Quay News</p></footer></body></html>"
    )
    return extract(html, "https://quay.example/city/harbour-plan", fetched_at=FETCHED).published


def _shown(value: datetime | None) -> str | None:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else None


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("pl", "Opublikowano: 03.12.2025, 14:35"),
        ("pt", "Publicado em 03/12/2025 às 14h35"),
        ("ro", "Publicat: 03.12.2025 14:35"),
        ("ru", "Опубликовано: 03.12.2025 14:35"),
        ("de", "Stand: 03.12.2025, 14:35 Uhr"),
        ("fr", "Publié le 03/12/2025 à 14:35"),
        ("ja", "2025年12月3日 14時35分"),
        ("ko", "2025.12.03 오후 2:35"),
    ],
)
def test_a_time_element_with_its_label_inside_reads_day_first(lang: str, shown: str) -> None:
    # The <time> above the headline holds the label and the date, day first as the
    # language writes it, and its time.
    article = f"<div class='kicker-row'><span>City</span> <time>{shown}</time></div>"
    article += "<h1>Harbour plan approved</h1><div class='byline'>Jane Smith</div>"
    assert _shown(_published(article, lang)) == "2025-12-03 14:35"


def test_a_live_blog_declaring_only_its_coverage_start_is_dated_by_it() -> None:
    # A LiveBlogPosting may declare no datePublished, only when its coverage began; the
    # byline prints the last update.
    head = (
        '<script type=\'application/ld+json\'>{"@context":"https://schema.org",'
        '"@type":"LiveBlogPosting","headline":"Harbour plan approved",'
        '"coverageStartTime":"2025-12-03T14:35:00+01:00",'
        '"dateModified":"2025-12-04T09:10:00+01:00"}</script>'
    )
    article = (
        "<h1>Harbour plan approved</h1>"
        "<div class='byline'>Jane Smith <span>Updated 4 December 2025, 09:10</span></div>"
    )
    published = _published(article, "en", head)
    assert published is not None
    assert published.isoformat() == "2025-12-03T14:35:00+01:00"


@pytest.mark.parametrize(
    ("lang", "byline", "update"),
    [
        ("no", "3. des. 2025 14:35", "Oppdatert"),
        ("nb", "Publisert 3. des. 2025 kl. 14.35", "Oppdatert"),
        ("id", "Kamis, 03 Des 2025 14:35", "Diperbarui"),
        ("ms", "3 Dis 2025, 14:35", "Dikemaskini"),
    ],
)
def test_the_month_abbreviations_of_norwegian_and_indonesian(
    lang: str, byline: str, update: str
) -> None:
    # "des" is December only in these languages (French "des" is a word); the byline prints
    # the update below the first day.
    article = (
        f"<h1>Harbour plan approved</h1><div class='byline'>Jane Smith <span>{byline}</span>"
        f"</div><p>{update} 04.12.2025 09:10</p>"
    )
    assert _shown(_published(article, lang)) == "2025-12-03 14:35"
    assert parse_date("3 des 2025") is None


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("pl", "czwartek, 3 grudnia 2025 r., godz. 14:35"),
        ("ru", "3 декабря 2025 г., 14:35"),
        ("uk", "3 грудня 2025 року о 14:35"),
    ],
)
def test_the_word_year_between_the_date_and_its_time(lang: str, byline: str) -> None:
    article = (
        f"<h1>Harbour plan approved</h1><div class='byline'>Jane Smith <span>{byline}</span></div>"
    )
    assert _shown(_published(article, lang)) == "2025-12-03 14:35"


@pytest.mark.parametrize(
    ("lang", "byline", "offset"),
    [
        ("en", "2:35 PM GMT+1, December 3, 2025", 3600),
        ("en", "2:35 p.m. EST December 3, 2025", -5 * 3600),
        ("ru", "14:35, 3 декабря 2025", None),
        ("de", "14:35 Uhr, 3. Dezember 2025", None),
    ],
)
def test_a_time_printed_before_the_date(lang: str, byline: str, offset: int | None) -> None:
    article = f"<h1>Harbour plan approved</h1><div class='byline'>Jane Smith | {byline}</div>"
    published = _published(article, lang)
    assert _shown(published) == "2025-12-03 14:35"
    assert published is not None
    zone = published.utcoffset()
    assert (zone.total_seconds() if zone is not None else None) == offset


def test_a_time_after_another_date_is_not_the_next_dates() -> None:
    # "Updated 4 Dec 2025 09:10 | 3 December 2025": the time is the update's.
    byline = "Aktualisiert 04.12.2025 09:10 | 3. Dezember 2025"
    article = f"<h1>Harbour plan approved</h1><div class='byline'>{byline}</div>"
    assert _shown(_published(article, "de")) == "2025-12-03 00:00"


@pytest.mark.parametrize(
    ("lang", "byline"),
    [("de", "03.12.25, 14:35 Uhr"), ("de", "Stand: 03.12.25 14:35"), ("fi", "3.12.25 klo 14.35")],
)
def test_a_dotted_date_with_a_two_digit_year_and_its_time(lang: str, byline: str) -> None:
    # The byline's only date has a two-digit year; the update stamp below it has one too.
    article = (
        f"<h1>Harbour plan approved</h1><div class='byline'>Jane Smith <span>{byline}</span>"
        "</div><div class='meta'>Aktualisiert: 04.12.2025, 09:10 Uhr</div>"
    )
    assert _shown(_published(article, lang)) == "2025-12-03 14:35"
    # Version numbers and scores in text are no dates.
    assert dates_in_text("Version 1.2.26 und 3.12.25 Tore, 2.1.25 Punkte") == []


@pytest.mark.parametrize(
    ("lang", "value"),
    [
        ("it", "03/12/2025 14:35"),
        ("es", "03-12-2025 14:35"),
        ("de", "03/12/2025 14:35"),
        ("pl", "03-12-2025 14:35"),
    ],
)
def test_a_json_ld_date_written_day_first_on_a_day_first_page(lang: str, value: str) -> None:
    # The CMS writes its JSON-LD date as its bylines write dates, day first.
    head = (
        '<script type=\'application/ld+json\'>{"@context":"https://schema.org",'
        f'"@type":"NewsArticle","headline":"Harbour plan approved","datePublished":"{value}"}}'
        "</script>"
    )
    article = "<h1>Harbour plan approved</h1><div class='byline'>Jane Smith</div>"
    assert _shown(_published(article, lang, head)) == "2025-12-03 14:35"


@pytest.mark.parametrize(
    ("lang", "byline", "shown"),
    [
        ("nl", "03-12-25, 14:35", "2025-12-03 14:35"),
        ("nl", "Gepubliceerd: 03-12-25 14:35", "2025-12-03 14:35"),
        ("es", "03-12-25 - 14:35", "2025-12-03 14:35"),
        ("en-us", "12-03-25, 2:35 PM", "2025-12-03 14:35"),
    ],
)
def test_a_dashed_date_with_a_two_digit_year_and_its_time(
    lang: str, byline: str, shown: str
) -> None:
    # The page's day/month order reads it, as it reads a dashed date with its full year.
    article = (
        f"<h1>Harbour plan approved</h1><div class='byline'>Jane Smith <span>{byline}</span>"
        "</div><div class='meta'>Bijgewerkt: 04-12-2025, 09:10</div>"
    )
    assert _shown(_published(article, lang)) == shown
    # Without a time after it, a dashed pair of numbers is no date (scores, codes).
    assert dates_in_text("Uitslag 03-12-25 en 2-1-25 na verlenging") == []


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("tr", "03 Aralık 2025, Perşembe 14:35"),
        ("tr", "3 Aralık 2025 Çarşamba saat 14:35"),
        ("en", "3 December 2025, Wednesday 14:35"),
        ("de", "3. Dezember 2025, Mittwoch, 14:35 Uhr"),
    ],
)
def test_a_weekday_between_the_date_and_its_time(lang: str, byline: str) -> None:
    article = f"<h1>Harbour plan approved</h1><div class='byline'>Jane Smith | {byline}</div>"
    assert _shown(_published(article, lang)) == "2025-12-03 14:35"
    # A name between a date and a number is no weekday before a time.
    assert clock_after(", Autor Jan 14") is None


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("zh-TW", "更新時間： 2025/12/04 10:15 · 發布時間： 2025/12/03 14:35"),
        ("zh-CN", "更新时间： 2025-12-04 10:15 · 发布时间： 2025-12-03 14:35"),
        ("zh-CN", "更新于 2025年12月04日 10:15 · 发布于 2025年12月03日 14:35"),
        ("ja", "最終更新： 2025/12/04 10:15 · 配信： 2025/12/03 14:35"),
        ("ko", "수정 2025.12.04 10:15 · 입력 2025.12.03 14:35"),
        ("ko", "업데이트 2025-12-04 10:15 · 등록 2025-12-03 14:35"),
        ("th", "อัปเดต 04/12/2025 10:15 · เผยแพร่ 03/12/2025 14:35"),
        ("hi", "अपडेटेड: 04 Dec 2025 10:15 · प्रकाशित: 03 Dec 2025 14:35"),
    ],
)
def test_an_update_stamp_before_the_publication_in_asian_languages(lang: str, byline: str) -> None:
    shown = _published(f"<h1>Harbour plan approved</h1><p class='meta'>{byline}</p>", lang)
    assert _shown(shown) == "2025-12-03 14:35"
