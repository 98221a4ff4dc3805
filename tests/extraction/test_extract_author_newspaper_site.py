"""A news site named with a word for "news", "gazette" or "newspaper" is a publication,
however much its host spells the name like a person's: no owner of a personal site."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = (
    "<p>" + "The ferry returned to its full timetable after three weeks of storms. " * 20 + "</p>"
)


def _page(site: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Ferry | {site}</title><meta property='og:site_name' "
        f"content='{site}'></head><body><header><a href='/'>{site}</a></header><main><article>"
        f"<h1>Ferry service resumes</h1>{BODY}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("site", "host", "lang"),
    [
        ("Harbour Gazette", "harbourgazette.example", "en"),
        ("Ege Haber", "egehaber.example", "tr"),
        ("Warta Nusantara", "wartanusantara.example", "id"),
        ("Nya Kusttidningen", "kusttidningen.example", "sv"),
        ("Gazeta Pomorska", "gazetapomorska.example", "pl"),
    ],
)
def test_a_news_sites_name_is_no_owner(site: str, host: str, lang: str) -> None:
    assert extract(_page(site, lang), f"https://{host}/2025/03/ferry").authors == ()


def test_a_persons_site_is_still_its_owners() -> None:
    page = _page("Owain Brennan", "en")
    assert extract(page, "https://owainbrennan.example/2025/03/ferry").authors == ("Owain Brennan",)
