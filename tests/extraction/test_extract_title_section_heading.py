"""A section's name in the page's <h1>, the story's headline a level down: the <title> names
both, and the headline is the longer part of it."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

SENTENCES = {
    "nl": "De gemeenteraad stemde dinsdagavond na een lang debat in met de begroting. ",
    "de": "Nach einer langen Debatte stimmte der Stadtrat am Dienstag dem Haushalt zu. ",
    "pt": "Depois de um longo debate, a câmara aprovou o orçamento na terça-feira. ",
    "zh": "经过长时间讨论，市议会周二晚间通过了新大桥的建设预算。",
    "ko": "시의회는 긴 논의 끝에 화요일 밤 새 다리 건설 예산안을 통과시켰다. ",
}
MENU = "".join(f'<li><a href="/s{i}/">Rubrik {i}</a></li>' for i in range(6))
HEADER = f'<header class="site-header"><a href="/">Logo</a><nav><ul>{MENU}</ul></nav></header>'


def _page(lang: str, title: str, section: str, headline: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'{HEADER}<div class="category-head"><h1 class="category-title">{section}</h1></div>'
        f'<main><article><h2 class="post-title">{headline}</h2><div class="date">12.05.2024</div>'
        f"<p>{SENTENCES[lang] * 4}</p><p>{SENTENCES[lang] * 3}</p></article></main>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "section", "headline", "title"),
    [
        (
            "nl",
            "Binnenland",
            "Raad keurt begroting voor brug goed",
            "Raad keurt begroting voor brug goed | Binnenland | Dagblad van het Noorden",
        ),
        (
            "de",
            "Lokales",
            "Stadtrat billigt Haushalt für neue Brücke",
            "Stadtrat billigt Haushalt für neue Brücke - Verkehr - Lokales - Abendpost Nord",
        ),
        (
            "pt",
            "Cidades",
            "Câmara aprova verba da ponte",
            "Câmara aprova verba da ponte | Obras | Cidades | Jornal da Serra",
        ),
        ("zh", "国际", "市议会通过大桥预算", "市议会通过大桥预算_国际_江城日报"),
        ("ko", "사회", "시의회, 다리 예산 통과", "시의회, 다리 예산 통과 | 사회 | 항구일보"),
    ],
)
def test_section_h1_gives_way_to_the_heading_spelling_the_longer_title_part(
    lang: str, section: str, headline: str, title: str
) -> None:
    url = "https://www.paper.example/2024/05/12/a-88123.html"
    assert extract(_page(lang, title, section, headline), url).title == headline


def test_section_h1_that_is_the_whole_title_stays() -> None:
    # A section's front page names itself in its <title> and its <h1>; a story's heading
    # under it spells no part of the title.
    html = _page("de", "Lokales | Abendpost Nord", "Lokales", "Stadtrat billigt Haushalt")
    assert extract(html, "https://www.paper.example/lokales/").title == "Lokales"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # The slug spells the <h2>: the headline.
        ("https://blog.example/der-neue-trend-muss-statt-wunschkoalition/", "headline"),
        ("https://blog.example/2012/05/neuer-trend-muss-statt-wunschkoalition.html", "headline"),
        # An archive's copy: the <title>, a web address alone, is the site's all the same.
        (
            "https://web.archive.org/web/20120509080000/"
            "https://blog.example/der-neue-trend-muss-statt-wunschkoalition/",
            "headline",
        ),
        # A slug naming other words, or no worded slug, says nothing.
        ("https://blog.example/2012/05/gruene-koalition-vorbei", None),
        ("https://blog.example/?p=43546", None),
    ],
)
def test_a_heading_the_slug_spells_where_only_the_site_is_declared(
    url: str, expected: str | None
) -> None:
    # The <title> names the site alone and the <h1> holds its logo; the headline is an <h2>
    # in a banner of its own, apart from the text it heads.
    headline = "Der neue Trend: Muss- statt Wunschkoalition"
    page = (
        '<html lang="de"><head><meta charset="utf-8"><title>blog.example</title></head><body>'
        '<header class="theheader"><h1><a href="/" rel="home"><img src="/logo.png" '
        'alt=""></a></h1></header><main><div class="topbanner"><div class="posttitlein">'
        f'<p><a href="/tag/gruene/">#Die Grünen</a></p><h2>{headline}</h2></div></div>'
        f'<div class="article-text"><p>{SENTENCES["de"] * 4}</p><p>{SENTENCES["de"] * 3}</p>'
        "</div></main></body></html>"
    )
    title = extract(page, url).title
    if expected:
        assert title == headline
    else:
        assert title != headline


def test_a_sidebar_box_s_headline_class_gives_way_to_the_block_spelling_the_title() -> None:
    # No heading element holds the story's headline; a block spells the <title>'s part,
    # and a sidebar box's "headline" <div> names another text.
    page = (
        '<html lang="de"><head><meta charset="utf-8"><title>CDU-Fraktion im Stadtrat - '
        "Entwicklung der Waldorfschule ermöglicht</title></head><body>"
        '<div class="sidebar-box"><div class="headline">CDU-Fraktion überall</div>'
        '<a href="/karte/">Karte</a></div><div id="content"><div class="blog_teaser_firstline">'
        '22.05.2014 - Gemeinde</div><div class="blog_teaser_headline">Entwicklung der '
        f'Waldorfschule ermöglicht</div><div class="blog_teaser_text"><p>{SENTENCES["de"] * 4}'
        f"</p><p>{SENTENCES['de'] * 3}</p></div></div></body></html>"
    )
    url = "https://fraktion.example/inhalte/aktuelles/entwicklung-der-waldorfschule/index.html"
    assert extract(page, url).title == "Entwicklung der Waldorfschule ermöglicht"
