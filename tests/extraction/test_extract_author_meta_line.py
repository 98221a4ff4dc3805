"""A meta line under the headline, in a plain <div>: the story's source ("Quelle: dpa"),
the writer who took the pictures too ("Text und Fotos: Anna Roth"), a name signed with its
own initials in lower case ("Anna Roth (ar)"), a name with the writer's role after it
("Jane Doe, Staff Writer"), the kind of piece before the by-word ("Analysis by Jane Doe"),
the agencies whose material the writer used ("Anna Roth (mit dpa)"), the site's address
before the writer ("Quelle: ntv.de, Anna Roth").
Another's initials, an acronym, a place or a picture's source name nobody."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

TEXT = (
    "<p>" + "Der Stadtrat hat am Dienstag die neue Straßenbahnlinie beschlossen, nach langer und "
    "teils hitziger Debatte im Rathaus. " * 8 + "</p>"
)
URL = "https://www.stadtanzeiger.example/lokales/neue-linie-123.html"


def _page(meta: str) -> str:
    return (
        "<html lang='de'><head><title>Neue Linie beschlossen | Stadtanzeiger</title></head>"
        "<body><header class='site-header'><a href='/'>Stadtanzeiger</a></header><main>"
        f"<article><h1>Neue Linie beschlossen</h1><div class='article-meta'><span>{meta}"
        f"</span></div>{TEXT}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        ("Quelle: dpa", ("dpa",)),
        ("Text und Fotos: Anna Roth", ("Anna Roth",)),
        ("Anna Roth (ar)", ("Anna Roth",)),
        ("Jan Koch (jko)", ("Jan Koch",)),
        ("Anna Roth, Leiterin Politik", ("Anna Roth",)),
        # ... or the writer's department, which its capitals would read as a name.
        ("Text: Thomas Gruber, Abteilung Hütten &amp; Wege", ("Thomas Gruber",)),
        ("Jane Doe, Staff Writer", ("Jane Doe",)),
        ("By Jane Doe and John Smith, Staff Writers", ("Jane Doe", "John Smith")),
        ("Jane Doe, Senior Reporter", ("Jane Doe",)),
        ("Analysis by Jane Doe", ("Jane Doe",)),
        ("Opinion by Jane Doe", ("Jane Doe",)),
        ("Story by Jane Doe • Photos by John Smith", ("Jane Doe",)),
        ("João Silva, correspondente em Lisboa", ("João Silva",)),
        ("Jean Dupont avec AFP", ("Jean Dupont",)),
        # The agencies whose material the writers used, in brackets.
        ("Anna Roth (mit dpa)", ("Anna Roth",)),
        ("Anna Roth und Max Weber (dpa/AFP)", ("Anna Roth", "Max Weber")),
        ("Jane Doe (with AP)", ("Jane Doe",)),
        # The site's address, then the writer.
        ("Quelle: stadtanzeiger.example, Anna Roth", ("Anna Roth",)),
    ],
)
def test_the_writer_in_a_meta_line(meta: str, authors: tuple[str, ...]) -> None:
    assert extract(_page(meta), URL).authors == authors


@pytest.mark.parametrize(
    "meta",
    [
        "Neue Linie (ar)",
        "Frequently Asked Questions (FAQ)",
        "Quelle: Stadtverwaltung",
        "Anna Roth, Berlin",
        "Jane Doe, London",
        "Anna Roth (Berlin)",
        "Stadtrat (dpa)",
    ],
)
def test_no_writer_in_a_meta_line_naming_none(meta: str) -> None:
    assert extract(_page(meta), URL).authors == ()


@pytest.mark.parametrize(
    "picture",
    [
        "<figure><img src='a.jpg'><figcaption>Michael Kappeler/dpa</figcaption></figure>",
        "<div class='image'><img src='a.jpg'><span>Michael Kappeler | dpa</span></div>",
        "<div><img src='a.jpg'><span>Anna Roth (ar)</span></div>",
        "<figure><img src='a.jpg'><figcaption>Quelle: dpa</figcaption></figure>",
        "<figure><img src='a.jpg'><figcaption>Anna Roth (dpa)</figcaption></figure>",
    ],
)
def test_a_pictures_credit_under_the_headline_is_no_byline(picture: str) -> None:
    page = _page("").replace("<div class='article-meta'><span></span></div>", picture)
    assert extract(page, URL).authors == ()


def test_a_name_beside_the_writers_portrait_is_the_byline() -> None:
    meta = "<img class='author-avatar' src='roth.jpg'>Jane Doe, Staff Writer"
    assert extract(_page(meta), URL).authors == ("Jane Doe",)


@pytest.mark.parametrize("credit", ["Agencia EFE", "Agence AFP", "Agenzia ANSA"])
def test_an_agency_named_with_the_word_agency_is_the_agency(credit: str) -> None:
    assert clean_name(credit, desks=True) == [credit.split()[1]]
