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


@pytest.mark.parametrize(
    ("site", "credit"),
    [("FRANCE 24", "(FRANCE 24 with AFP)"), ("Le Parisien", "(Le Parisien avec AFP)")],
)
def test_the_sites_desk_with_an_agency_closing_an_unsigned_story_credits_the_agency(
    site: str, credit: str
) -> None:
    # The site declared as the author and printed as the byline: nobody signs the story,
    # and its last line says whose copy it is.
    html = (
        f"<html lang='en'><head><title>Fishermen turn to seaweed</title>"
        f"<meta property='og:site_name' content='{site}'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Fishermen '
        'turn to seaweed", "datePublished": "2024-05-03T14:22:38+02:00", "author": {"@type": '
        f'"Organization", "name": "{site}"}}}}</script></head><body><main><article>'
        f"<h1>Fishermen turn to seaweed</h1><div class='m-from-author'><span>{site}</span>"
        f"</div>{BODY}<p>The ministry said it would fund a pilot in three more villages.</p>"
        f"<p class='t-content__source'>{credit}</p></article></main></body></html>"
    )
    url = "https://www.news.example/en/africa/20240503-fishermen-seaweed"
    assert extract(html, url).authors == ("AFP",)


@pytest.mark.parametrize("agency", ["dpa", "afp", "epd"])
def test_an_agency_the_meta_tag_declares_alone_is_the_byline(agency: str) -> None:
    # A wire's letters in lower case read like a writer's initials ("(obe)"): declared as
    # the page's author with no one else named, they are the agency.
    html = (
        f"<html lang='de'><head><title>Unfälle</title><meta name='author' content='{agency}'>"
        "<meta property='og:site_name' content='Pfälzischer Merkur'></head><body><article>"
        f"<h1>Mehr Motorradunfälle</h1>{BODY}</article></body></html>"
    )
    assert extract(html, "https://www.merkur.example/unfaelle_aid-1").authors == (agency,)
