"""A byline date with a time keeps its time, and the page's offset when the page gives one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from scrape.extraction.dates.clock import clock_after
from scrape.extraction.dates.grammar import parse_date
from scrape.extraction.extractor import extract

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)
TEXT = "<p>" + "The council met again to weigh the plan for the harbour front. " * 12 + "</p>"


def _published(byline: str, head: str = "", lang: str = "en") -> datetime | None:
    html = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>Harbour plan approved | Quay News</title>{head}</head><body>"
        "<header class='site-header'><a href='/'>Quay News</a><nav><a href='/city'>City</a>"
        "<a href='/sport'>Sport</a></nav></header><main><article>"
        f"<h1>Harbour plan approved</h1><div class='byline'>{byline}</div>{TEXT}"
        "</article></main><footer><p>© 2019 Quay News</p></footer></body></html>"
    )
    return extract(html, "https://quay.example/city/harbour-plan", fetched_at=FETCHED).published


@pytest.mark.parametrize(
    ("after", "clock"),
    [
        (", 09:30", (9, 30, 0, None)),
        (" um 9:30 Uhr", (9, 30, 0, None)),  # de
        (" à 05h00", (5, 0, 0, None)),  # fr
        (", ore 17:45", (17, 45, 0, None)),  # it
        (", godz. 09:30", (9, 30, 0, None)),  # pl
        (" saat 14:05", (14, 5, 0, None)),  # tr
        (" pukul 08.15 WIB", (8, 15, 0, 7 * 3600)),  # id
        (" kl. 21.10", (21, 10, 0, None)),  # sv, da, no
        (" ob 14.05", (14, 5, 0, None)),  # sl
        (" 2:05 petang", (14, 5, 0, None)),  # ms
        (" 9:15 pagi", (9, 15, 0, None)),  # ms, id
        (" 12:30 tengah hari", (12, 30, 0, None)),  # ms
        (" στις 10:20", (10, 20, 0, None)),  # el
        (" | 7:08pm", (19, 8, 0, None)),
        (" at 12:30 a.m. EDT", (0, 30, 0, -4 * 3600)),
        (" 09:30 GMT+2", (9, 30, 0, 2 * 3600)),
        (", 14:35 (GMT+7)", (14, 35, 0, 7 * 3600)),  # vi: the offset in brackets
        (" 14:35 (UTC-3)", (14, 35, 0, -3 * 3600)),
        (" 13:45:12+05:30", (13, 45, 12, 5 * 3600 + 1800)),
        (" · ٠٩:٣٠", (9, 30, 0, None)),  # Arabic-Indic digits
        ("日(木) 午後3時05分", (15, 5, 0, None)),  # ja
        ("日（木）15:40", (15, 40, 0, None)),  # ja
        ("日 下午3:05", (15, 5, 0, None)),  # zh
        ("일 오후 3:05", (15, 5, 0, None)),  # ko
        # The dot languages write after a year or a day belongs to the date.
        (". 오후 3:05", (15, 5, 0, None)),  # ko: "2025. 5. 6. 오후 3:05"
        (". u 09:30", (9, 30, 0, None)),  # hr, sr, bs: "6. svibnja 2025. u 09:30"
        (". 09:30", (9, 30, 0, None)),  # hu: "2025. május 6. 09:30"
    ],
)
def test_a_clock_time_after_a_date(after: str, clock: tuple[int, int, int, int | None]) -> None:
    assert clock_after(after) == clock


@pytest.mark.parametrize(
    "after", [" 12.000 Leser", " 5 min read", " 10.05.2022", " · 3 Kommentare", " 13:75", " 25:10"]
)
def test_no_clock_time_after_a_date(after: str) -> None:
    assert clock_after(after) is None


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("en", "Published 6 May 2025, 09:30"),
        ("de", "6. Mai 2025, 09:30 Uhr"),
        ("cs", "6. 5. 2025 v 09:30"),
        ("ro", "6 mai 2025, ora 09:30"),
        ("ja", "2025年5月6日 9時30分"),
        ("ko", "2025년 5월 6일 오전 9:30"),
        ("sv", "6 maj 2025 kl. 09.30"),
        ("tr", "6 Mayıs 2025 saat 09:30"),
        ("ko", "입력 2025. 5. 6. 오전 9:30"),
        ("hu", "2025. május 6. 09:30"),
        ("hr", "6. svibnja 2025. u 09:30"),
        ("lt", "2025 m. gegužės 6 d. 09:30"),
        ("lv", "2025. gada 6. maijs 09:30"),
        ("vi", "Thứ Ba, 6 tháng 5, 2025 09:30"),
    ],
)
def test_a_byline_time_is_kept(lang: str, byline: str) -> None:
    # Nothing on the page says which zone it is in: the reader's wall clock, no offset.
    assert _published(byline, lang=lang) == datetime(2025, 5, 6, 9, 30)


def test_a_zone_the_byline_names_is_kept() -> None:
    published = _published("May 6, 2025 at 9:30 p.m. EDT")
    assert published == datetime(2025, 5, 6, 21, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert published is not None and published.utcoffset() == timedelta(hours=-4)


def test_the_page_offset_comes_from_its_own_timestamps() -> None:
    head = "<meta property='article:modified_time' content='2025-05-07T08:00:00+02:00'>"
    published = _published("6 May 2025, 23:30", head)
    assert published is not None
    assert published.utcoffset() == timedelta(hours=2)
    assert published.date().isoformat() == "2025-05-06"
    # UTC stamps say nothing of the page's zone (servers write them whatever it is).
    head = "<meta property='article:modified_time' content='2025-05-07T08:00:00Z'>"
    assert _published("6 May 2025, 23:30", head) == datetime(2025, 5, 6, 23, 30)


def test_a_shown_time_of_a_declared_instant_takes_its_zone() -> None:
    # The byline shows the day before the declared one (re-stamped on an update); its time
    # is the JSON-LD creation instant's in the page's zone.
    head = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": '
        '"Harbour plan approved", "datePublished": "2025-05-09T10:00:00Z", '
        '"dateCreated": "2025-05-07T02:30:00Z"}</script>'
        "<meta name='dcterms.created' content='2025-05-07T02:30:00Z'>"
    )
    published = _published("6 May 2025 22:30", head)
    assert published == datetime(2025, 5, 7, 2, 30, tzinfo=UTC)
    assert published is not None and published.utcoffset() == timedelta(hours=-4)
    assert published.date().isoformat() == "2025-05-06"


def test_a_shown_update_time_takes_the_zone_of_the_update_it_is_to_the_minute() -> None:
    # "Mis à jour ... 07 h 12" is the update's 11:12Z at -04:00; the publication's 03:41Z
    # lies 3 h 31 min before it, a minute off a zone of half an hour (+03:30).
    head = (
        "<meta property='article:published_time' content='2024-03-15T03:41:00Z'>"
        "<meta property='article:modified_time' content='2024-03-15T11:12:00Z'>"
    )
    published = _published("Mis à jour le 15 mars 2024 à 07 h 12", head, lang="fr")
    assert published is not None
    assert published.utcoffset() == timedelta(hours=-4)
    assert published.date().isoformat() == "2024-03-14"


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("en", "May 6, 2025 at 9:30 am"),
        ("es", "6 de mayo de 2025, 09:30"),
        ("fi", "6.5.2025 klo 9.30"),
    ],
)
def test_a_date_only_declaration_takes_the_byline_time_of_its_day(lang: str, byline: str) -> None:
    head = "<meta property='article:published_time' content='2025-05-06'>"
    assert _published(byline, head, lang=lang) == datetime(2025, 5, 6, 9, 30)
    # A time shown on another day is not the declared day's.
    head = "<meta property='article:published_time' content='2025-05-05'>"
    assert _published(byline, head, lang=lang) == datetime(2025, 5, 5)


@pytest.mark.parametrize(
    ("written", "offset"),
    [
        ("Thứ Hai, 25/11/2024, 14:35 (GMT+7)", 7),
        ("25.11.2024 14:35 GMT+3", 3),
        ("Nov 25, 2024 2:35 PM UTC-5", -5),
        ("2024-11-25 14:35 GMT+05:30", 5.5),
    ],
)
def test_a_gmt_offset_reads_ahead_of_utc(written: str, offset: float) -> None:
    # "GMT+7" is seven hours ahead, as bylines mean it; the POSIX reading (behind) is never
    # what a page means.
    parsed = parse_date(written)
    assert parsed is not None and parsed.utcoffset() == timedelta(hours=offset)
    assert (parsed.hour, parsed.minute) == (14, 35)


def test_each_of_two_stamps_keeps_the_time_printed_before_it() -> None:
    # The time after the first date is the next stamp's, behind its label; each stamp's
    # own time stands before its date, with the weekday between.
    est = timezone(timedelta(hours=-5))
    for byline in (
        "Updated 10:00 AM EST, Thu March 1, 2024 | Published 2:35 PM EST, Mon February 5, 2024",
        "Published 2:35 PM EST, Mon February 5, 2024 | Updated 10:00 AM EST, Thu March 1, 2024",
    ):
        assert _published(byline) == datetime(2024, 2, 5, 14, 35, tzinfo=est), byline


def test_a_declared_utc_instant_is_on_the_day_the_byline_shows_it() -> None:
    # Published at 21:25 in Buenos Aires, declared in UTC after midnight: the page's day
    # is the one its byline shows.
    head = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": '
        '"Harbour plan approved", "datePublished": "2025-05-07T00:25:56Z"}</script>'
    )
    published = _published("6 May 2025 21:25", head)
    assert published == datetime(2025, 5, 7, 0, 25, 56, tzinfo=UTC)
    assert published is not None and published.utcoffset() == timedelta(hours=-3)
    # A shown time that is no zone's reading of the instant says nothing of the zone.
    published = _published("6 May 2025 21:47", head)
    assert published == datetime(2025, 5, 7, 0, 25, 56, tzinfo=UTC)
    assert published is not None and published.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("byline", "offset"),
    [
        ("Dec 2, 2024, 10:30 PM EST", -5),
        ("2 December 2024, 23:30 GMT-4", -4),
        ("3 December 2024 — 9:30am AEDT", 11),
    ],
)
def test_a_declared_utc_instant_is_on_the_day_the_byline_shows_in_its_zone(
    byline: str, offset: int
) -> None:
    head = "<meta property='article:published_time' content='2024-12-03T03:30:00Z'>"
    if offset > 0:
        head = head.replace("2024-12-03T03:30:00Z", "2024-12-02T22:30:00Z")
    published = _published(byline, head)
    assert published is not None and published.utcoffset() == timedelta(hours=offset)
    assert published.date().isoformat() == ("2024-12-03" if offset > 0 else "2024-12-02")


def test_the_bylines_clock_gives_the_declared_instant_its_day_beside_a_list_of_days() -> None:
    # A daily column published at 05:00 in Tokyo, declared at 20:00Z the evening before; a
    # list of the column's earlier days after the text shows the UTC day, 05:00 too. The
    # byline shows the instant's local time: its day is the page's.
    head = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": '
        '"Harbour plan approved", "datePublished": "2025-01-20T20:00:00Z"}</script>'
    )
    byline = "<time datetime='2025-01-20T20:00:00Z'>2025/1/21 05:00</time>"
    earlier = "".join(
        f"<li><a href='/c/01{day}'>Column of January {day}</a><time>2025/1/{day} 05:00</time></li>"
        for day in (20, 19, 18)
    )
    # A column is short: the list is near the byline.
    column = "".join(f"<p>Winter came late this year to the harbour, {n}.</p>" for n in range(6))
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Harbour plan approved | Quay News</title>{head}</head><body><main><article>"
        f"<h1>Harbour plan approved</h1><div class='byline'>{byline}</div>{column}</article>"
        f"<section class='backnumber'><h2>Column</h2><ul>{earlier}</ul></section>"
        "</main></body></html>"
    )
    published = extract(html, "https://quay.example/column/0121", fetched_at=FETCHED).published
    assert published == datetime(2025, 1, 20, 20, 0, tzinfo=UTC)
    assert published is not None and published.date().isoformat() == "2025-01-21"


@pytest.mark.parametrize(
    ("shown", "expected_day", "offset"),
    [
        # Only the update is shown, in Lima's time: 11:48 p.m. on the 21st is 04:48Z.
        ("<p class='author-date'>Actualizado el 21/08/2024, 11:48 p. m.</p>", "2024-08-21", -5),
        # The publication's own clock, in New Zealand's winter time, classed "updated".
        ("<span class='updated'>12:30 am on 22 August 2024</span>", "2024-08-22", 12),
    ],
)
def test_a_clock_shown_for_a_declared_instant_gives_the_page_its_zone(
    shown: str, expected_day: str, offset: int
) -> None:
    # Declared in UTC: published 03:30Z (the 21st in Lima), or 12:30Z (the 22nd in
    # Auckland).
    head = (
        "<meta property='article:published_time' content='2024-08-22T03:30:00.000Z'>"
        "<meta property='article:modified_time' content='2024-08-22T04:48:00.000Z'>"
    )
    if offset > 0:
        head = head.replace("2024-08-22T03:30:00.000Z", "2024-08-21T12:30:00.000Z")
    published = _published(shown, head)
    assert published is not None and published.utcoffset() == timedelta(hours=offset)
    assert published.date().isoformat() == expected_day


def test_a_medical_web_pages_declared_publication_dates_it() -> None:
    # A health guide declares itself a MedicalWebPage, not an article, and shows only the
    # day of its last review.
    ld = (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", "@type": '
        '"MedicalWebPage", "name": "Harbour plan approved", "datePublished": '
        '"2023-10-17T09:00:00+02:00", "dateModified": "2025-02-12T14:10:00+01:00"}</script>'
    )
    published = _published("Aktualisiert am 12.02.2025", ld, "de")
    assert published == datetime(2023, 10, 17, 9, 0, tzinfo=timezone(timedelta(hours=2)))


def test_a_zone_the_page_shows_beside_an_update_gives_the_publication_its_day() -> None:
    # A UTC declaration at 03:41 and an update shown as "9:58 PM PDT" on the day before,
    # in a <time> holding the same instant in UTC: the page's day is the Pacific one.
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2024-07-24T03:41:00Z", "dateModified": "2024-07-24T04:58:00Z"}</script>'
    )
    byline = (
        "The Associated Press</div><div class='article-date'><time class='updated' "
        "datetime='2024-07-24T04:58:00Z'>Updated: 9:58 PM PDT Jul 23, 2024</time>"
    )
    published = _published(byline, head)
    assert published is not None
    assert published.isoformat() == "2024-07-23T20:41:00-07:00"
