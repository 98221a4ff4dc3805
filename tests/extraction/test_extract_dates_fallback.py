"""The last-resort date search: htmldate's dateparser reads a page's dates in the languages
the page declares (and English), one page's readings never answer for another's, and the
check that a day is written in full reads only the text around its year."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from htmldate import extractors as htmldate_extractors
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.dates.fallback import fallback_date
from scrape.extraction.dates.grammar import dates_in_text, writes_day
from scrape.extraction.metadata import declared_languages, read_metadata

FETCHED = datetime(2026, 12, 1, tzinfo=UTC)

# A Finnish report whose only date is one htmldate's own patterns cannot read (its month
# tables hold English, French, German, Indonesian and Turkish): dateparser reads it.
_FINNISH = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Kaupunginvaltuusto päätti kirjastosta</title></head><body>
<article><h1>Kaupunginvaltuusto päätti kirjastosta</h1>
<div class="meta"><span>12. maaliskuuta 2021</span></div>
<p>Kaupunginvaltuusto päätti maanantaina uuden kirjaston rakentamisesta keskustaan.
Päätös syntyi pitkän keskustelun ja äänestyksen jälkeen.</p></article></body></html>"""


def test_a_date_is_read_in_the_language_the_page_declares() -> None:
    page = _FINNISH.format(lang="fi")
    assert fallback_date(page, FETCHED, page, ("fi",)) == (datetime(2021, 3, 12), True)


def test_a_page_that_declares_no_language_is_read_in_the_languages_of_news() -> None:
    page = _FINNISH.format(lang="")
    assert fallback_date(page, FETCHED, page, ()) == (datetime(2021, 3, 12), True)


def test_one_pages_reading_never_answers_for_another() -> None:
    # htmldate caches its readings by the text alone: the same date on an English page
    # first, read (and cached) as no date, must not hide it on the Finnish page.
    english, finnish = _FINNISH.format(lang="en"), _FINNISH.format(lang="fi")
    assert fallback_date(english, FETCHED, english, ("en",))[0] is None
    assert fallback_date(finnish, FETCHED, finnish, ("fi",))[0] == datetime(2021, 3, 12)


def test_the_search_asks_dateparser_for_the_declared_languages_and_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[list[str] | None] = []
    read = htmldate_extractors._external_date

    def recording(text: str) -> datetime | None:
        asked.append(htmldate_extractors.get_external_parser().languages)
        return read(text)

    monkeypatch.setattr(htmldate_extractors, "_external_date", recording)
    page = _FINNISH.format(lang="de-CH")
    fallback_date(page, FETCHED, page, ("de-ch",))
    assert asked
    assert all(sorted(languages or []) == ["de", "en"] for languages in asked)


def test_htmldate_keeps_its_own_parser_for_everyone_else() -> None:
    page = _FINNISH.format(lang="fi")
    fallback_date(page, FETCHED, page, ("fi",))
    assert htmldate_extractors.get_external_parser().languages is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<html lang="de-CH">', ("de-ch",)),
        ('<html lang="pt_BR"><meta property="og:locale" content="pt_BR">', ("pt-br",)),
        (
            '<html><meta http-equiv="Content-Language" content="fr, en">',
            ("fr", "en"),
        ),
        (
            '<html lang="x-default"><meta name="language" content="English">'
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "headline": "H", "inLanguage": "es-MX"}</script>',
            ("es-mx",),
        ),
        ("<html>", ()),
    ],
)
def test_declared_languages(head: str, expected: tuple[str, ...]) -> None:
    tree = LexborHTMLParser(f"{head}<title>T</title><body><p>Text</p></body></html>")
    assert declared_languages(read_metadata(tree)) == expected


# Pieces of pages around dates: markup, numbers that are not dates, dates in several
# forms and languages, and spacing as markup indents it (a dozen pieces keep a date within
# the 100 characters either side of its year that the check reads).
_PIECES = st.sampled_from(
    [
        "12 May 2020",
        "May 1, 2020",
        "1. Mai 2020",
        "2020-05-01",
        "01.05.2020",
        "1/5/2020",
        "1 de mayo de 2020",
        "2020年5月1日",
        "٢٠٢٠",
        "١ مايو ٢٠٢٠",
        "2020. május 1.",
        "Issue 112 May 2020",
        "© 2020",
        "2020",
        "1",
        " ",
        "\n      ",
        '<span class="date">',
        "</span>",
        "x",
        "Mai",
    ]
)


@given(st.lists(_PIECES, max_size=12), st.sampled_from([date(2020, 5, 1), date(2020, 5, 12)]))
def test_a_day_is_written_exactly_when_the_text_dates_list_holds_it(
    pieces: list[str], day: date
) -> None:
    text = "".join(pieces)
    assert writes_day(text, day) == any(found.date() == day for found in dates_in_text(text))


def test_a_date_is_never_read_from_the_middle_of_a_number() -> None:
    # The window read around the year starts 100 characters before it: here on the "2" of
    # "112", which is no "2 May" (the "May" is 95 spaces of indentation further on).
    text = "Issue 112" + " " * 95 + "May 2020"
    assert text.index("2020") - text.index("2 ") == 100
    assert dates_in_text(text) == []
    assert not writes_day(text, date(2020, 5, 2))
    assert writes_day("Issue 1, 12 May 2020", date(2020, 5, 12))
