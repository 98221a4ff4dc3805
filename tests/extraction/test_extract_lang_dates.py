"""Dates as publishers outside the labelled sets' languages print them: month names of the
scripts of South Asia, Persian, Urdu, Georgian, Armenian and Thai, the Levant's and the
Maghreb's Arabic months, digits of those scripts, and calendars other than the Gregorian
(the Thai Buddhist era, the Persian solar hijri, Japanese eras), read into Gregorian days;
relative stamps ("3 घंटे पहले") in those languages."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from scrape.extraction.dates.calendars import solar_hijri_day
from scrape.extraction.dates.grammar import parse_date
from scrape.extraction.extractor import extract

FETCHED = datetime(2025, 12, 5, 10, 0, tzinfo=UTC)


def _page(lang: str, byline: str, headline: str = "Headline of the story") -> str:
    text = "<p>" + "The council met again to weigh the plan for the harbour front. " * 12 + "</p>"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{headline} - Port News</title></head><body>"
        "<header class='site-header'><a href='/'>Port News</a><nav><a href='/city'>City</a>"
        "<a href='/sport'>Sport</a></nav></header>"
        f"<main><article><h1>{headline}</h1><div class='date'>{byline}</div>{text}{text}"
        "</article></main><footer><p>© 2025 Port News</p></footer></body></html>"
    )


def _day(lang: str, byline: str, fetched: datetime = FETCHED) -> str | None:
    found = extract(_page(lang, byline), "https://port.example/news/story", fetched_at=fetched)
    return found.published.date().isoformat() if found.published else None


@pytest.mark.parametrize(
    ("lang", "byline", "day"),
    [
        ("hi", "प्रकाशित: 3 दिसंबर 2025, 10:30 AM IST", "2025-12-03"),
        ("hi", "अपडेट: ७ मार्च २०२५", "2025-03-07"),
        ("mr", "15 ऑगस्ट 2024, 10:30", "2024-08-15"),
        ("bn", "প্রকাশ: ০৩ ডিসেম্বর ২০২৫, ১০:৩০", "2025-12-03"),
        ("bn", "ফেব্রুয়ারি ৭, ২০২৫", "2025-02-07"),
        ("ur", "شائع 07 مارچ 2025 10:30am", "2025-03-07"),
        ("ta", "வெளியிடப்பட்ட நேரம்: 15 ஆகஸ்ட் 2024, 10:30", "2024-08-15"),
        ("te", "ప్రచురణ: 3 డిసెంబర్ 2025", "2025-12-03"),
        ("ml", "പ്രസിദ്ധീകരിച്ചത്: 7 മാർച്ച് 2025", "2025-03-07"),
        ("gu", "૧૫ ઓગસ્ટ ૨૦૨૪, ૧૦:૩૦", "2024-08-15"),
        ("pa", "3 ਦਸੰਬਰ 2025", "2025-12-03"),
        ("fa", "تاریخ انتشار: ۷ مارس ۲۰۲۵ - ۱۰:۳۰", "2025-03-07"),
        ("ar", "3 كانون الأول 2025 - 10:30", "2025-12-03"),
        ("ar", "15 آب/أغسطس 2024", "2024-08-15"),
        ("ar", "07 أفريل 2025", "2025-04-07"),
        ("ka", "3 დეკემბერი 2025, 10:30", "2025-12-03"),
        ("hy", "7 մարտի 2025", "2025-03-07"),
        ("th", "3 ธันวาคม 2025", "2025-12-03"),
        ("vi", "03 Tháng 12, 2025 | 10:30", "2025-12-03"),
        ("ne", "प्रकाशित: ३ डिसेम्बर २०२५", "2025-12-03"),
        ("si", "2025 දෙසැම්බර් 03", "2025-12-03"),
        ("si", "අප්\u200dරේල් 07, 2025 10:30", "2025-04-07"),
        ("or", "15 ଅଗଷ୍ଟ 2024, 10:30", "2024-08-15"),
        ("as", "প্ৰকাশ: ৩ ডিচেম্বৰ ২০২৫", "2025-12-03"),
        # The year first in two digits, as Korean sites print it.
        ("ko", "24.11.05 07:10", "2024-11-05"),
    ],
)
def test_a_byline_date_in_the_language_s_words_and_digits(lang: str, byline: str, day: str) -> None:
    assert _day(lang, byline) == day


@pytest.mark.parametrize(
    ("lang", "byline", "day"),
    [
        # The Thai Buddhist era: 2568 is 2025; news sites print its last two digits too.
        ("th", "3 ธ.ค. 2568 10:30 น.", "2025-12-03"),
        ("th", "๗ มี.ค. ๒๕๖๘", "2025-03-07"),
        ("th", "15 ส.ค. 67 10:30 น.", "2024-08-15"),
        ("th", "วันที่ 3 ธันวาคม พ.ศ. 2568", "2025-12-03"),
        # The Persian solar hijri calendar, alone and beside the Gregorian date.
        ("fa", "چهارشنبه ۱۲ آذر ۱۴۰۴ - ۱۰:۳۰", "2025-12-03"),
        ("fa", "۲۵ مرداد ۱۴۰۳", "2024-08-15"),
        ("fa", "جمعه ۱۷ اسفند ۱۴۰۳ - ۷ مارس ۲۰۲۵", "2025-03-07"),
        # A Japanese era's year: Reiwa 7 is 2025.
        ("ja", "令和7年12月3日 10時30分", "2025-12-03"),
    ],
)
def test_a_date_of_another_calendar_is_read_as_its_gregorian_day(
    lang: str, byline: str, day: str
) -> None:
    assert _day(lang, byline) == day


@pytest.mark.parametrize(
    "value",
    [
        "12 جمادى الآخرة 1447 هـ",  # the lunar hijri calendar: no Gregorian day is read
        "31 اسفند 1403",  # Esfand has 30 days
        "พ.ศ. 2568",  # a year alone
        "3 ธ.ค.",  # no year
    ],
)
def test_no_gregorian_day_is_made_of_another_calendar_s_year(value: str) -> None:
    assert parse_date(value) is None


def test_solar_hijri_days_are_the_iranian_calendar_s() -> None:
    assert solar_hijri_day(1404, 1, 1) == date(2025, 3, 21)  # Nowruz
    assert solar_hijri_day(1403, 12, 30) == date(2025, 3, 20)  # a leap year's last day
    assert solar_hijri_day(1404, 9, 12) == date(2025, 12, 3)
    assert solar_hijri_day(1375, 7, 1) == date(1996, 9, 22)


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [
        ("hi", "3 घंटे पहले"),
        ("mr", "3 तासांपूर्वी"),
        ("bn", "৩ ঘণ্টা আগে"),
        ("ur", "3 گھنٹے پہلے"),
        ("fa", "۳ ساعت پیش"),
        ("ta", "3 மணி நேரத்துக்கு முன்"),
        ("te", "3 గంటల క్రితం"),
        ("ml", "3 മണിക്കൂർ മുമ്പ്"),
        ("gu", "3 કલાક પહેલા"),
        ("pa", "3 ਘੰਟੇ ਪਹਿਲਾਂ"),
        ("th", "3 ชั่วโมงที่แล้ว"),
        ("vi", "3 giờ trước"),
        ("he", "לפני 3 שעות"),
        ("ka", "3 საათის წინ"),
        ("sw", "saa 3 zilizopita"),
        ("ne", "३ घण्टा अघि"),
        ("or", "3 ଘଣ୍ଟା ପୂର୍ବରୁ"),
        ("as", "৩ ঘণ্টা আগতে"),
    ],
)
def test_a_relative_stamp_in_the_language_dates_the_story(lang: str, stamp: str) -> None:
    fetched = datetime(2025, 12, 3, 2, 0, tzinfo=UTC)
    assert _day(lang, stamp, fetched) == "2025-12-02"


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [("hi", "3 घंटे तक बैठक चली"), ("th", "ประชุม 3 ชั่วโมง"), ("sw", "saa 3 za mkutano")],
)
def test_a_duration_is_no_relative_stamp(lang: str, stamp: str) -> None:
    fetched = datetime(2025, 12, 3, 2, 0, tzinfo=UTC)
    assert _day(lang, stamp, fetched) is None


@pytest.mark.parametrize(
    ("lang", "byline", "day"),
    [
        ("fa", "<time>۱۴۰۴/۰۹/۱۲ - ۱۰:۳۰</time>", "2025-12-03"),
        ("fa", "۱۴۰۳-۰۵-۲۵ ۱۰:۳۰", "2024-08-15"),
        ("th", "03/12/2568 10:30 น.", "2025-12-03"),
        ("th", "<time>7/3/2568</time>", "2025-03-07"),
        # A lunar-hijri date of the web's years is never read as a solar one.
        ("ar", "<time>12/06/1447 هـ الموافق 03/12/2025 م</time>", "2025-12-03"),
    ],
)
def test_a_numeric_date_of_the_language_s_own_calendar(lang: str, byline: str, day: str) -> None:
    assert _day(lang, byline) == day


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_numeric_solar_hijri_date_is_read_only_on_a_persian_page(lang: str) -> None:
    assert _day(lang, "1404/09/12 - 10:30") is None


@pytest.mark.parametrize(
    ("lang", "stamp", "hours"),
    [
        ("ar", "منذ ساعة", 1),
        ("ar", "منذ ساعتين", 2),
        ("ar", "منذ يومين", 48),
        ("he", "לפני שעה", 1),
        ("he", "לפני שעתיים", 2),
        ("he", "לפני יומיים", 48),
    ],
)
def test_a_relative_stamp_in_the_unit_s_dual_or_without_a_count(
    lang: str, stamp: str, hours: int
) -> None:
    # Fetched an hour into the 3rd: one hour ago is the 3rd, two hours or days earlier
    # are days before.
    fetched = datetime(2025, 12, 3, 1, 0, tzinfo=UTC)
    day = {1: "2025-12-03", 2: "2025-12-02", 48: "2025-12-01"}[hours]
    assert _day(lang, stamp, fetched) == day


def test_a_unit_without_a_count_or_ago_is_no_relative_stamp() -> None:
    fetched = datetime(2025, 12, 3, 1, 0, tzinfo=UTC)
    assert _day("ar", "ساعة من النقاش", fetched) is None
