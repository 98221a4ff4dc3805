"""Titles the site's name opens with a colon ("Port Gazette: Headline")."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

PARA = "<p>" + "The council voted late on Tuesday after a long debate on the budget. " * 5 + "</p>"
URL = "https://www.paper.example/2024/05/12/a-88123.html"


def _page(title: str, site: str, head: str, main: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
        f'<header><a href="/">{site}</a><nav><a href="/a/">A</a><a href="/b/">B</a></nav></header>'
        f"<main><article>{main}{PARA}</article></main></body></html>"
    )


CASES = [
    ("Harbour Tribune", "Council approves the river bridge budget"),
    ("Nordkurier Abendpost", "Stadtwerke erhöhen die Gaspreise zum Jahreswechsel"),
    ("Волжская правда", "Городская дума утвердила бюджет моста"),
    ("江城日报", "市议会批准新大桥建设预算"),
]


@pytest.mark.parametrize(("site", "headline"), CASES)
def test_headline_in_a_block_under_a_site_prefixed_title(site: str, headline: str) -> None:
    main = f'<div class="story-title">{headline}</div>'
    assert extract(_page(f"{site}: {headline}", site, "", main), URL).title == headline


def test_a_headlines_own_colon_is_no_site_prefix() -> None:
    # "Minister: ..." opens the headline: the block spelling only the words after it is
    # no headline.
    title = "Minister Ellis: We will finish the bridge by spring"
    main = '<div class="story-title">We will finish the bridge by spring</div>'
    found = extract(_page(title, "Harbour Tribune", "", main), URL).title
    assert found == title


@pytest.mark.parametrize(("site", "headline"), CASES)
def test_site_prefix_left_out_of_an_article_pages_declared_titles(site: str, headline: str) -> None:
    title = f"{site}: {headline}"
    head = (
        '<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{site}">'
    )
    assert extract(_page(title, site, head, ""), URL).title == headline


def test_home_page_named_site_colon_tagline_keeps_its_whole_title() -> None:
    title = "Harbour Tribune: News from the coast since 1887"
    head = (
        '<meta property="og:type" content="website">'
        f'<meta property="og:title" content="{title}">'
        '<meta property="og:site_name" content="Harbour Tribune">'
    )
    html = _page(title, "Harbour Tribune", head, "").replace("<article>", "<div>")
    assert extract(html, "https://www.paper.example/").title == title


@pytest.mark.parametrize(("site", "headline"), CASES)
def test_title_naming_only_the_site_leaves_the_headline_to_the_heading(
    site: str, headline: str
) -> None:
    html = _page(site, site, "", f"<h1>{headline}</h1>")
    assert extract(html, URL).title == headline


def test_home_page_named_by_the_site_alone_keeps_its_name_over_a_slogan() -> None:
    teasers = "".join(
        f'<h2><a href="/{n}/story.html">Council story {n}</a></h2><p>Teaser text {n}.</p>'
        for n in range(4)
    )
    html = (
        '<html><head><meta charset="utf-8"><title>Harbour Tribune</title></head><body>'
        '<header><a href="/">Harbour Tribune</a></header>'
        f"<main><h1>News from the coast since 1887</h1>{teasers}</main></body></html>"
    )
    assert extract(html, "https://www.paper.example/").title == "Harbour Tribune"


def test_a_section_the_menu_links_opening_an_articles_title_is_left_out() -> None:
    # "Politik: Headline | Site" on an article page with no heading: "Politik" is the
    # menu's.
    headline = "Stadtrat beschließt neue Straßenbahnlinie"
    article = '<meta property="og:type" content="article">'
    html = _page(f"Politik: {headline} | Abendpost", "Abendpost", article, "").replace(
        '<a href="/a/">A</a>', '<a href="/politik/">Politik</a>'
    )
    assert extract(html, URL).title == headline
    # A kicker the menu does not link stays ("Verkehrswende: ...").
    html = _page(f"Verkehrswende: {headline} | Abendpost", "Abendpost", article, "")
    assert extract(html, URL).title == f"Verkehrswende: {headline}"
    # On a shop's category page the section is the page's name.
    title = "Camping Tents: Large Tents for Family and Car Camping"
    html = _page(f"{title} | Outdoor Co-op", "Outdoor Co-op", "", "").replace(
        '<a href="/a/">A</a>', '<a href="/camping-tents/">Camping Tents</a>'
    )
    assert extract(html, "https://www.shop.example/c/camping-tents").title == title
