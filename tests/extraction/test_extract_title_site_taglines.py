"""The site's name with its tagline at a title's end, and the site's default title left in
the declarations of an article page."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

PARA = "<p>" + "The council voted late on Tuesday after a long debate on the budget. " * 5 + "</p>"


def _page(title: str, site: str, head: str = "", body: str = "") -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
        f'<header><a href="/">{site}</a><nav><a href="/a/">A</a><a href="/b/">B</a></nav></header>'
        f"<main>{body}{PARA}</main></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "site", "headline"),
    [
        (
            "Stadtwerke erhöhen die Gaspreise | Nordkurier Abendpost: Nachrichten aus dem Norden",
            "Nordkurier Abendpost",
            "Stadtwerke erhöhen die Gaspreise",
        ),
        (
            "La mairie vote le budget du pont - Le Courrier des Vallées, l'actualité des vallées",
            "Le Courrier des Vallées",
            "La mairie vote le budget du pont",
        ),
        (
            "Городская дума утвердила бюджет моста | Волжская правда: новости Поволжья",
            "Волжская правда",
            "Городская дума утвердила бюджет моста",
        ),
        (
            "市議会が新しい橋の建設予算を可決 | 湊新聞: 湊のニュース",
            "湊新聞",
            "市議会が新しい橋の建設予算を可決",
        ),
    ],
)
def test_site_name_and_tagline_ending_the_title_are_cut(
    title: str, site: str, headline: str
) -> None:
    url = "https://www.paper.example/2024/05/12/a-88123.html"
    assert extract(_page(title, site), url).title == headline


def test_a_site_name_starting_the_title_keeps_the_headline_after_its_colon() -> None:
    # "Name: words" at the title's start is the site naming its headline, not a tagline.
    title = "Nordkurier Abendpost: Stadtwerke erhöhen die Gaspreise | Wirtschaft"
    url = "https://www.paper.example/2024/05/12/a-88123.html"
    found = extract(_page(title, "Nordkurier Abendpost"), url).title
    assert found is not None and "Stadtwerke erhöhen die Gaspreise" in found


def _ld(headline: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "NewsArticle", "headline": "{headline}"}}</script>'
    )


@pytest.mark.parametrize(
    ("site", "default", "headline"),
    [
        (
            "Harbour Tribune",
            "Harbour Tribune – News from the coast",
            "Council approves bridge budget",
        ),
        (
            "Gazzetta del Lago",
            "Gazzetta del Lago | Cronaca",
            "Il consiglio approva il bilancio del ponte",
        ),
        ("Волжская правда", "Волжская правда — Новости Поволжья", "Дума утвердила бюджет моста"),
        ("صوت الميناء", "صوت الميناء - أخبار الميناء", "المجلس البلدي يقر ميزانية الجسر"),
        # In Brahmic scripts the section's name and the headline share letters between
        # their vowel signs ("र", "न"), not words.
        ("नदी समाचार", "नदी समाचार - राजनीति", "नगर परिषद ने नए पुल के लिए बजट को मंजूरी दी"),
        ("নদীর খবর", "নদীর খবর | রাজনীতি", "নতুন সেতুর জন্য বাজেট অনুমোদন করল পৌরসভা"),
        ("નદી સમાચાર", "નદી સમાચાર – રાજકારણ", "નવા પુલના બજેટને નગરપાલિકાની મંજૂરી"),
    ],
)
def test_site_default_title_loses_to_the_articles_declared_headline(
    site: str, default: str, headline: str
) -> None:
    head = (
        f'<meta property="og:title" content="{default}">'
        f'<meta property="og:site_name" content="{site}">{_ld(headline)}'
    )
    url = "https://www.paper.example/2024/05/12/a-88123.html"
    assert extract(_page(default, site, head), url).title == headline


def test_site_first_title_sharing_words_with_the_articles_headline_keeps_its_vote() -> None:
    # "Site: Headline" everywhere, the JSON-LD headline a shorter wording of it: the
    # declarations' headline, not the JSON-LD one, as before.
    site = "Harbour Tribune"
    title = f"{site} | Council approves the river bridge budget after long debate"
    head = (
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{site}">{_ld("Council approves bridge budget")}'
    )
    url = "https://www.paper.example/2024/05/12/a-88123.html"
    found = extract(_page(title, site, head), url).title
    assert found == "Council approves the river bridge budget after long debate"
