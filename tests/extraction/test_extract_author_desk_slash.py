"""The desk or the wire agency, a slash, then the writer ("Redaktion / Anna Schneider",
"Redacción / Lucía Fernández", "AFP / Claire Dubois"): the writer is the author."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

BODY = (
    "<p>" + "Der Stadtrat hat am Dienstag nach langer Debatte die Linie beschlossen. " * 20 + "</p>"
)


def _page(byline: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Linie</title></head><body>"
        "<header><a href='/'>Start</a></header><main><article>"
        f"<h1>Neue Linie beschlossen</h1><div class='byline'>{byline}</div>"
        "<div class='date'><time datetime='2024-11-26T09:30:00+01:00'>26.11.2024</time></div>"
        f"{BODY}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("Redaktion / Anna Schneider", "de", ("Anna Schneider",)),
        ("Redacción / Lucía Fernández", "es", ("Lucía Fernández",)),
        ("Redazione / Giulia Romano", "it", ("Giulia Romano",)),
        ("Redação / João Silva", "pt", ("João Silva",)),
        ("Redakcja / Katarzyna Nowak", "pl", ("Katarzyna Nowak",)),
        ("AFP / Claire Dubois", "fr", ("Claire Dubois",)),
        ("EFE / Lucía Fernández", "es", ("Lucía Fernández",)),
    ],
)
def test_the_writer_after_the_desk(byline: str, lang: str, expected: tuple[str, ...]) -> None:
    page = extract(_page(byline, lang), "https://zeitung.example/politik/2024/11/26/linie")
    assert page.authors == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Two people set apart by a slash are not a desk and its writer: two writers, as
        # they are with a paper or a place beside them.
        ("Jane Doe / John Roe", ["Jane Doe", "John Roe"]),
        ("Ralph Steiner/Carlo Natter", ["Ralph Steiner", "Carlo Natter"]),
        ("Jane Doe / The Guardian", ["Jane Doe"]),
        ("Anna Roth/Max Weber/dpa", ["Anna Roth", "Max Weber"]),
        ("Text/Fotos: Anna Roth", []),
        # Writers in the plural are nobody.
        ("Auswärtige Autoren (AA)", []),
        ("Various Authors", []),
        ("Auteurs invités", []),
        ("Autori vari", []),
        ("Gastauteurs", []),
        # A label before the names is no placeholder.
        ("Autoren: Anna Roth, Max Weber", ["Anna Roth", "Max Weber"]),
        # The agency's place after it is no writer.
        ("EFE / Madrid", []),
        # The agency and the site's own name.
        ("AFP/The Local", []),
        ("Anna Roth / dpa", ["Anna Roth"]),
    ],
)
def test_only_a_desk_or_agency_leads(raw: str, expected: list[str]) -> None:
    assert clean_name(raw) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The writer, then the address of the site that prints the story.
        ("Michał Zieliński / polsatnews.pl", ["Michał Zieliński"]),
        ("Anna Nowak / Jan Kowalski / wp.pl", ["Anna Nowak", "Jan Kowalski"]),
        # The site's address and its name: nobody.
        ("stol.it / Suedtirol Online", []),
    ],
)
def test_the_sites_address_after_the_writer(line: str, expected: list[str]) -> None:
    assert clean_name(line) == expected


def test_a_writer_signing_with_the_sites_address_beats_the_site_declared() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Strefa", '
        '"author": {"@type": "Organization", "name": "polsatnews.pl"}}</script>'
    )
    page = (
        f"<html lang='pl'><head><title>Strefa</title>{ld}</head><body><main><article>"
        f"<h1>Strefa płatnego parkowania obejmie kolejne ulice</h1>{BODY}"
        "<p class='news__author'>Michał Zieliński / polsatnews.pl</p></article></main>"
        "</body></html>"
    )
    article = extract(page, "https://www.polsatnews.pl/wiadomosc/2024-05-22/strefa/")
    assert article.authors == ("Michał Zieliński",)
