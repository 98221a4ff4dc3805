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
    assert page_zone(("pt-br",), None) is None
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
