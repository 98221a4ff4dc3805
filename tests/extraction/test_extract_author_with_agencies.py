"""The agencies' material a writer worked in, credited after the name ("avec AFP", "mit
Material von dpa", "(con información de EFE)"): the writer is the author, the credit is
no part of the name and no co-author."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

BODY = "<p>" + "Le conseil municipal a approuvé mardi la nouvelle ligne. " * 20 + "</p>"


def _page(byline: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Ligne</title></head><body>"
        "<header><a href='/'>Accueil</a></header><main><article>"
        f"<h1>Nouvelle ligne approuvée</h1><p class='article-meta'><span>{byline}</span> · "
        "<time datetime='2024-11-26T09:30:00+01:00'>26/11/2024</time></p>"
        f"{BODY}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("Par Claire Dubois (avec AFP)", "fr", ("Claire Dubois",)),
        ("Par Claire Dubois avec AFP", "fr", ("Claire Dubois",)),
        (
            "Par Claire Dubois et Julien Moreau (avec AFP et Reuters)",
            "fr",
            ("Claire Dubois", "Julien Moreau"),
        ),
        ("Von Anna Schneider (mit dpa)", "de", ("Anna Schneider",)),
        ("Von Anna Schneider mit Material von dpa", "de", ("Anna Schneider",)),
        ("Por Lucía Fernández (con información de EFE)", "es", ("Lucía Fernández",)),
        ("By Sarah Mitchell (with files from The Canadian Press)", "en", ("Sarah Mitchell",)),
        ("di Giulia Romano (con Ansa)", "it", ("Giulia Romano",)),
        ("Door Pieter de Vries (met ANP)", "nl", ("Pieter de Vries",)),
    ],
)
def test_the_writer_without_the_agencies_credit(
    byline: str, lang: str, expected: tuple[str, ...]
) -> None:
    page = extract(_page(byline, lang), "https://news.example/politique/2024/11/26/ligne")
    assert page.authors == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lucía Fernández con EFE", ["Lucía Fernández"]),
        ("Claire Dubois (Avec agences)", ["Claire Dubois"]),
        # A person after "with" is no agency's material: left as it was read.
        ("Jane Doe with John Roe", ["Jane Doe with John Roe"]),
    ],
)
def test_clean_name_leaves_the_agencies_out(raw: str, expected: list[str]) -> None:
    assert clean_name(raw) == expected
