"""A magazine declared as the author is its publisher, not the writer: the byline that
credits the writer with the text and the pictures ("Text & Fotos:") names them."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "<p>" + "Die Route führt über drei Pässe und zwei Seen bis ins Tal. " * 20 + "</p>"


def _page(head: str, byline: str) -> str:
    return (
        "<html><head><title>Reise</title><meta property='og:site_name' content='Talbote'>"
        f"{head}</head><body><header><a href='/'>Start</a>"
        f"</header><main><article><h1>Über die Pässe</h1>{byline}{BODY}</article></main>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("magazine", "writer"),
    [
        ("Garten Journal", "Sabine Krüger"),  # German
        ("Przegląd Ogrodniczy", "Marek Wójcik"),  # Polish
        ("Bahçe Dergisi", "Selin Arslan"),  # Turkish
        ("Majalah Rumah", "Rina Wulandari"),  # Indonesian
    ],
)
def test_the_declared_publisher_gives_way_to_the_byline(magazine: str, writer: str) -> None:
    head = f"<meta name='author' content='{magazine}'><meta name='publisher' content='{magazine}'>"
    byline = (
        f"<div class='meta'><span>04.03.2025</span> <span class='author-name'>{writer}</span></div>"
    )
    assert extract(_page(head, byline), "https://mag.example/garten/1026").authors == (writer,)
