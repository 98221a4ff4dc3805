"""What an author search must not return though the page puts it where a byline goes: the
section a byline element files the article under, the pieces of one institution's or the
site's own name cut at its "and", and a phrase declared as the author."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "<p>" + "Ordinary article text that goes on for a while. " * 20 + "</p>"


def _page(header: str, head: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><header><a href='/'>Start</a></header>"
        f"<main><article><h1>Nowe dźwigi w porcie</h1>{header}{BODY}</article></main>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("section", "writer", "day"),
    [
        ("Zdrowie Publiczne", "Agnieszka Nowak", "20.03.2023"),  # Polish
        ("Vida Saudável", "Mariana Costa", "20/03/2023"),  # Portuguese
        ("Wellness & Prevention", "Dana Whitfield", "March 20, 2023"),
    ],
)
def test_the_section_a_byline_element_files_the_article_under_is_no_name(
    section: str, writer: str, day: str
) -> None:
    header = (
        "<div class='byline'>"
        f"<span class='byline__category'><a href='/sections/health'>{section}</a></span>"
        f"<span class='byline__separator'> | </span><span>{writer}</span>"
        f"<span class='byline__date'>{day}</span></div>"
    )
    assert extract(_page(header), "https://port.example/news/cranes").authors == (writer,)


def test_a_byline_element_with_only_its_section_names_nobody() -> None:
    header = (
        "<section class='byline'><span><time datetime='2023-03-20'>March 20, 2023</time></span>"
        "<span> | </span><span class='byline__category'>"
        "<a href='/health/wellness-prevention'>Wellness &amp; Prevention</a></span></section>"
    )
    assert extract(_page(header), "https://port.example/news/cranes").authors == ()


@pytest.mark.parametrize(
    ("declared", "url", "expected"),
    [
        # The site's own name and its address, cut at "und"/"and" and the commas.
        (
            "Stadt und Land, Kassel, Deutschland",
            "https://stadt-und-land.example/kassel/kraene",
            "Stadt und Land",
        ),
        (
            "Town and Country, Leeds, England",
            "https://townandcountry.example/leeds/cranes",
            "Town and Country",
        ),
        # An institution's name, cut at its "und" into what look like two.
        (
            "Landesamt für Umwelt und Geologie",
            "https://umwelt.example/presse/kraene",
            "Landesamt für Umwelt und Geologie",
        ),
        (
            "Department for Environment, Food and Rural Affairs",
            "https://gov.example/news/cranes",
            "Department for Environment, Food and Rural Affairs",
        ),
    ],
)
def test_one_declared_name_is_not_cut_into_several(declared: str, url: str, expected: str) -> None:
    html = _page("", head=f"<meta name='author' content='{declared}'>")
    assert extract(html, url).authors == (expected,)


def test_declared_co_authors_are_still_each_an_author() -> None:
    html = _page("", head="<meta name='author' content='Anna Berg und Jan Ohm, Kassel'>")
    assert extract(html, "https://stadt-und-land.example/kassel/x").authors == (
        "Anna Berg",
        "Jan Ohm",
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "deinen Hochzeitsbloggern",  # German: "your wedding bloggers"
        "nossa Redação",  # Portuguese: "our newsroom"
        "sizin Editörleriniz",  # Turkish: "your editors"
    ],
)
def test_a_phrase_declared_as_the_author_gives_way_to_the_byline(phrase: str) -> None:
    html = _page(
        "<p><span class='author'><a href='/author/samuel'>Samuel Diekmann</a></span></p>",
        head=f"<meta name='author' content='{phrase}'>",
    )
    assert extract(html, "https://trauung.example/blog/kirche").authors == ("Samuel Diekmann",)


def test_a_name_in_lower_case_is_declared_still() -> None:
    html = _page("", head="<meta name='author' content='annette thurmon'>")
    assert extract(html, "https://farm.example/blog/hens").authors == ("annette thurmon",)
