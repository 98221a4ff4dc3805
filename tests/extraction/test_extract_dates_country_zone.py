"""A UTC instant a page declares, with nothing shown to date it, is on the local day of the
country the page is written for, where that country keeps one zone; elsewhere it stays in
UTC."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scrape.extraction.dates.zones import page_zone
from scrape.extraction.extractor import extract

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)
TEXT = "<p>" + "Der Rat hat am Abend den Haushalt für das kommende Jahr beschlossen. " * 12 + "</p>"


def _published(lang: str, url: str, instant: str = "2024-07-09T22:15:00Z", shown: str = "") -> str:
    html = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>Haushalt</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Haushalt", '
        f'"datePublished": "{instant}"}}</script></head><body><main><article><h1>Haushalt</h1>'
        f"{shown}{TEXT}</article></main></body></html>"
    )
    published = extract(html, url, fetched_at=FETCHED).published
    assert published is not None
    return published.isoformat()


@pytest.mark.parametrize(
    ("lang", "url", "local"),
    [
        # The language's one country (German: Germany, Austria, Switzerland, one zone).
        ("de", "https://www.br.example/nachrichten/haushalt,U9ad", "2024-07-10T00:15:00+02:00"),
        # The region of the declared language.
        ("en-NZ", "https://www.stuff.example/nz-news/350123", "2024-07-10T10:15:00+12:00"),
        # The country of the address, where the language says nothing of it.
        ("en", "https://www.herald.example.co.nz/nz/story/1", "2024-07-10T10:15:00+12:00"),
        # A country of one zone the zone database names (Namibia), not the table.
        ("de", "https://www.az.example.com.na/nachrichten/wasser", "2024-07-10T00:15:00+02:00"),
        # Brazil keeps several zones, but its capital's holds nine in ten of its people.
        ("pt-BR", "https://g1.example.com.br/ce/noticia/1", "2024-07-09T19:15:00-03:00"),
    ],
)
def test_a_utc_instant_is_on_its_countrys_day(lang: str, url: str, local: str) -> None:
    assert _published(lang, url) == local


@pytest.mark.parametrize(
    ("lang", "url"),
    [
        # Countries of several zones, languages of many countries, open domains.
        ("en-US", "https://www.station.example/news/fire-1"),
        ("en", "https://www.news.example.com/story/1"),
        ("es", "https://www.diario.example/politica/1"),
        ("en", "https://www.startup.example.co/blog/launch"),
    ],
)
def test_no_zone_is_guessed_where_the_country_keeps_several(lang: str, url: str) -> None:
    assert _published(lang, url) == "2024-07-09T22:15:00+00:00"


def test_a_day_the_page_shows_wins_over_its_countrys_zone() -> None:
    shown = "<p class='date'>09.07.2024</p>"
    assert _published("de", "https://www.br.example/nachrichten/1", shown=shown).startswith(
        "2024-07-09"
    )


def test_an_update_alone_shown_leaves_the_publication_on_its_countrys_day() -> None:
    # Lima: only the update's day is shown; the first publication is the evening before.
    shown = "<p class='date'>Actualizado el 09/07/2024 a las 08:15</p>"
    local = _published("es-PE", "https://elcomercio.example/lima/1", "2024-07-09T03:40:00Z", shown)
    assert local == "2024-07-08T22:40:00-05:00"


def test_page_zone_reads_region_address_and_language() -> None:
    assert str(page_zone(("pt-br",), None)) == "America/Sao_Paulo"
    assert page_zone(("pt",), None) is None
    assert str(page_zone(("ja",), "https://news.example.jp/a/1")) == "Asia/Tokyo"
    assert str(page_zone(("de-at",), None)) == "Europe/Vienna"
    assert page_zone((), "https://example.com/a") is None


def test_a_relative_stamp_shows_no_day_and_leaves_the_countrys_day() -> None:
    # "vor 9 Std." over the declared instant: the reader sees no day.
    shown = "<time datetime='2024-07-09T22:15:00Z'>vor 9 Std.</time>"
    published = _published("de", "https://www.merkur.example/mainz/bar_Zmq", shown=shown)
    assert published == "2024-07-10T00:15:00+02:00"


def test_a_vanity_country_domain_gives_no_zone() -> None:
    assert page_zone(("en",), "https://esports.example.gg/news/finals") is None


def test_a_day_shown_over_the_headline_that_is_the_countrys_day_agrees_with_it() -> None:
    # The header's "today" or a dateline over the headline, on the day the instant has in
    # the country's zone (00:20 in Dublin): it says nothing against that day.
    html = (
        "<!DOCTYPE html><html lang='en-IE'><head><title>Traders call for action</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Traders '
        'call for action", "datePublished": "2024-08-21T23:20:00+00:00"}</script></head><body>'
        "<div class='td-header-template-wrap'><div class='tdb-header-top'><span "
        "class='td_data_time'>Thursday, August 22, 2024</span></div><ul class='tdb-menu'>"
        "<li><a href='/'>Home</a></li><li><a href='/news/'>News</a></li></ul></div>"
        "<div class='td-main-content-wrap'><h1 class='tdb-title-text'>Traders call for action</h1>"
        "<div class='tdb-author-name-wrap'><span>By</span> <a href='/author/aoifek/'>Aoife "
        "Keating</a></div><div class='td-post-date'><time class='entry-date updated' "
        f"datetime='2024-08-21T23:20:00+00:00'></time></div>{TEXT}</div></body></html>"
    )
    fetched = datetime(2024, 8, 22, 15, 10, tzinfo=UTC)
    published = extract(html, "https://clare.example.ie/traders/", fetched_at=fetched).published
    assert published is not None
    assert published.isoformat() == "2024-08-22T00:20:00+01:00"


def test_an_update_labelled_before_its_time_leaves_the_countrys_day() -> None:
    # "Atualizado às 09:15 | 15/04/2024": the label, then the clock, then the day.
    shown = "<div class='date'><span>Atualizado às 09:15 | 15/04/2024</span></div>"
    local = _published(
        "pt-BR", "https://diario.example.com.br/ceara/1", "2024-04-15T00:30:00.000Z", shown
    )
    assert local == "2024-04-14T21:30:00-03:00"


def test_the_address_country_wins_over_a_cms_default_region() -> None:
    # WordPress declares "en-US" wherever it runs: a .co.zw address says where the paper is.
    assert str(page_zone(("en-us",), "https://www.herald.example.co.zw/x/")) == "Africa/Harare"
    assert str(page_zone(("es-es",), "https://www.diario.example.com.ar/n/1")) == (
        "America/Argentina/Buenos_Aires"
    )


def test_a_time_classed_as_the_update_that_shows_the_declared_instant_dates_the_story() -> None:
    # A theme classes the post's one date "entry-date updated": it is the declared
    # publication to the second, and its text shows the local day (22:00Z is midnight in
    # Harare), not the header's "today".
    html = (
        "<!DOCTYPE html><html lang='en-US'><head><title>Harare to sink boreholes</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harare to '
        'sink boreholes", "datePublished": "2024-05-03T22:00:51+00:00", "dateModified": '
        '"2024-05-03T22:00:51+00:00"}</script></head><body><div class="td-header-top">'
        "<span class='td_data_time'>Monday, May 6, 2024</span></div><article><header>"
        "<h1 class='entry-title'>Harare to sink boreholes</h1><div class='td-module-meta-info'>"
        "<span class='td-post-date'><time class='entry-date updated td-module-date' "
        "datetime='2024-05-03T22:00:51+00:00'>May 4, 2024</time></span></div></header>"
        f"{TEXT}</article></body></html>"
    )
    fetched = datetime(2024, 5, 6, 8, tzinfo=UTC)
    published = extract(html, "https://www.news.example.com/harare/", fetched_at=fetched).published
    assert published is not None
    assert published.isoformat() == "2024-05-04T00:00:51+02:00"


@pytest.mark.parametrize(
    ("url", "instant", "local"),
    [
        # 22:41Z is 23:41 in Zurich: the next day shown is the print edition's.
        (
            "https://www.kuesnacht.example.ch/a/bad",
            "2024-12-09T22:41:00Z",
            "2024-12-09T23:41:00+01:00",
        ),
        # An address that names no country: the shown day is the page's own, in the least
        # offset that gives it.
        (
            "https://www.kuesnacht.example/a/bad",
            "2024-12-09T22:41:00Z",
            "2024-12-10T00:41:00+02:00",
        ),
        # Nor does one whose country the language's contradicts (Trinidad's ending on a
        # German magazine): Germany's clock gives the shown day.
        ("https://kuesnacht.tt/a/bad/", "2024-12-09T23:20:00Z", "2024-12-10T00:20:00+01:00"),
    ],
)
def test_a_next_day_shown_is_the_instants_only_where_the_addresss_country_agrees(
    url: str, instant: str, local: str
) -> None:
    shown = "<p class='date'>10.12.2024</p>"
    assert _published("de", url, instant, shown) == local


@pytest.mark.parametrize(
    ("local", "published"),
    [
        # The same instant in the site's clock, five hours behind: the evening before.
        ("2024-05-05 22:30:00", "2024-05-05T22:30:00-05:00"),
        # A time of another minute is no clock of that instant.
        ("2024-05-05 22:47:00", "2024-05-06T03:30:00+00:00"),
    ],
)
def test_a_zone_free_time_of_the_same_instant_gives_the_pages_offset(
    local: str, published: str
) -> None:
    html = (
        "<!DOCTYPE html><html lang='en'><head><title>Jail overtime</title>"
        f"<meta name='sailthru.date' content='{local}'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Jail '
        'overtime", "datePublished": "2024-05-06T03:30:00Z"}</script></head><body><main>'
        "<article><h1>Jail overtime</h1>"
        + "<p>The county paid more overtime to jail staff than in any year before. </p>" * 8
        + "</article></main></body></html>"
    )
    found = extract(html, "https://www.news.example.com/local/jail-overtime", fetched_at=FETCHED)
    assert found.published is not None
    assert found.published.isoformat() == published
