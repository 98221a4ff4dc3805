"""The picture credit's field after the writer's name in the same line ("Text: Karin
Lindqvist Foto: Erik Holm") ends the name; the writer's field labels of Turkish and
Indonesian ("Muhabir:", "Kontributor:", "Wartawan:") and "text" in more languages."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = (
    "<p>" + "The new bridge opens to pedestrians and cyclists at the start of May. " * 20 + "</p>"
)


def _page(byline: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Bridge</title></head><body><header><a href='/'>"
        "Home</a></header><main><article><h1>The bridge opens in May</h1>"
        f"{byline}{BODY}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "name", "lang"),
    [
        ("Text: Karin Lindqvist Foto: Erik Holm", "Karin Lindqvist", "sv"),
        ("Text: Anna Roth Fotos: Jan Koch", "Anna Roth", "de"),
        ("Tekst: Femke Visser Foto: Pieter Jansen", "Femke Visser", "nl"),
        ("Tekst en beeld: Femke Visser", "Femke Visser", "nl"),
    ],
)
def test_the_picture_credit_after_the_writer(line: str, name: str, lang: str) -> None:
    page = _page(f"<div class='byline'>{line}</div>", lang)
    assert extract(page, "https://city.example/news/bridge").authors == (name,)


def test_a_photographer_declared_by_job_stays_out_though_the_byline_lists_them() -> None:
    # The JSON-LD lists the photographer with "jobTitle": "Fotograf"; the byline's cards
    # list both, the photographer's with no link.
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Person", "name": "Linnéa Berg", "jobTitle": "Reporter"}, '
        '{"@type": "Person", "name": "Jonas Ek", "jobTitle": "Fotograf"}]}</script>'
    )
    byline = (
        "<div class='byline'><div><a href='/authors/linnea-berg'>Linnéa Berg</a>"
        "<span class='role'>Reporter</span></div><div><span>Jonas Ek</span>"
        "<span class='role'>Fotograf</span></div></div>"
    )
    page = _page(byline, "sv").replace("<title>Bridge</title>", f"<title>Bridge</title>{ld}")
    assert extract(page, "https://city.example/news/bridge").authors == ("Linnéa Berg",)
