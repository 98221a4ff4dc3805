"""A magazine declared as the author is its publisher, not the writer: the byline that
credits the writer with the text and the pictures ("Text & Fotos:") names them."""

from __future__ import annotations

import json

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


@pytest.mark.parametrize(
    ("magazine", "label", "writer"),
    [
        ("Auto Illustrierte", "Text & Fotos:", "Stefan Brunner"),  # German
        ("Revista Viajar", "Texto y fotos:", "Lucía Herrera"),  # Spanish
        ("Magazyn Podróże", "Tekst i zdjęcia:", "Tomasz Lis"),  # Polish
        ("Majalah Jalan", "Teks dan foto:", "Dewi Lestari"),  # Indonesian
        ("Gezi Dergisi", "Metin ve fotoğraflar:", "Emre Aydın"),  # Turkish
    ],
)
def test_the_declared_publisher_gives_way_to_the_text_and_photos_credit(
    magazine: str, label: str, writer: str
) -> None:
    head = (
        f"<meta name='author' content='{magazine}'><meta name='DC.publisher' content='{magazine}'>"
    )
    byline = (
        "<table><tr><td>04 | 03 | 2025</td><td class='categories'>Reise</td>"
        f"<td class='authorbold'><b>{label}</b> {writer}</td></tr></table>"
    )
    assert extract(_page(head, byline), "https://mag.example/reise/1026").authors == (writer,)


@pytest.mark.parametrize(
    ("line", "writer"),
    [
        ("Texto y fotos: Ana Ruiz", "Ana Ruiz"),
        ("Text und Bilder: Anna Roth", "Anna Roth"),
        ("Tekst en foto's: Pieter Jansen", "Pieter Jansen"),
    ],
)
def test_the_text_and_photos_label_in_one_line(line: str, writer: str) -> None:
    byline = f"<div class='byline'>{line}</div>"
    assert extract(_page("", byline), "https://mag.example/reise/1026").authors == (writer,)


def _declared(kind: str, author: str, publisher: str) -> str:
    graph = {
        "@type": kind,
        "headline": "Über die Pässe",
        "author": {"@type": "Organization", "name": author},
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return f'<script type="application/ld+json">{json.dumps(graph)}</script>'


@pytest.mark.parametrize(
    ("kind", "author"),
    [
        ("NewsArticle", "Talbote"),
        # The site's name with its desk or region ("NOS Nieuws", "MDR THÜRINGEN").
        ("ReportageNewsArticle", "Talbote Regional"),
        ("LiveBlogPosting", "TALBOTE"),
    ],
)
def test_a_news_story_the_site_declares_as_its_own_is_unsigned(kind: str, author: str) -> None:
    page = _page(_declared(kind, author, "Talbote"), "")
    assert extract(page, "https://www.talbote.example/reise/paesse-100").authors == ()


def test_a_companys_post_the_company_declares_as_its_own_is_the_companys() -> None:
    page = _page(_declared("BlogPosting", "Talbote", "Talbote"), "")
    assert extract(page, "https://www.talbote.example/blog/paesse").authors == ("Talbote",)


def test_a_news_story_by_another_organisation_keeps_it() -> None:
    page = _page(_declared("NewsArticle", "Alpenverein Sektion Tal", "Talbote"), "")
    authors = extract(page, "https://www.talbote.example/reise/paesse-100").authors
    assert authors == ("Alpenverein Sektion Tal",)
