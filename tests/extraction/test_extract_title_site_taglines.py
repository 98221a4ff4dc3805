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
