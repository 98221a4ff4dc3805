"""Headlines in Chinese, Japanese and Korean: a dozen characters hold a whole headline, so
lengths that tell a headline from a label are measured as the text would run in Latin
letters."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

PARA = {
    "zh": "<p>"
    + "受强降雨影响，南方多个城市的中小学今天宣布停课，交通部门也发布了出行提示。" * 4
    + "</p>",
    "ja": "<p>"
    + "記録的な大雪の影響で、北海道内の空港では朝から欠航が相次ぎ、利用客が足止めされた。" * 4
    + "</p>",
    "ko": "<p>"
    + "밤사이 쏟아진 폭우로 시내 도로 곳곳이 통제됐고 시민들은 출근길에 큰 불편을 겪었다. " * 4
    + "</p>",
}


def _page(lang: str, title: str, head: str, body: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body>{body}</body></html>"
    )


# Site names in their own script, the hosts spelling them in Latin letters; no declaration
# names the site, and the logo is an image without words.
LOGO = '<header><h1 class="logo"><a href="/"><img src="/logo.svg"></a></h1></header>'
CASES = [
    ("zh", "东岸晚报", "https://www.dongan-wanbao.example/2024/0512/a1.html", "暴雨致南方多地停课"),
    ("zh", "臺北時報", "https://taipei-shibao.example/news/2024/05/12/7781", "捷運新線年底通車"),
    ("ja", "西都日報", "https://www.saito-nippo.example/articles/-/55120", "地銀2行が経営統合へ"),
    (
        "ko",
        "한빛신문",
        "https://www.hanbit-news.example/news/articleView.html?idxno=9912",
        "폭우로 도로 곳곳 통제",
    ),
]


@pytest.mark.parametrize(("lang", "site", "url", "headline"), CASES)
def test_short_heading_inside_a_title_with_an_unknown_site_name_is_the_headline(
    lang: str, site: str, url: str, headline: str
) -> None:
    # "Site — Headline" in both declarations, which agree; the <h2> spells the headline.
    title = f"{site} — {headline}"
    head = f'<meta property="og:title" content="{title}">'
    body = f"{LOGO}<main><article><h2>{headline}</h2>{PARA[lang]}</article></main>"
    assert extract(_page(lang, title, head, body), url).title == headline


@pytest.mark.parametrize(("lang", "site", "url", "headline"), CASES)
def test_short_headline_set_in_a_block_is_found_by_the_titles_parts(
    lang: str, site: str, url: str, headline: str
) -> None:
    # No heading at all: the headline is a <div> over the text, the <title> adds the
    # site's name (and, in the portals' chain, the section's).
    for title in (f"{headline} - {site}", f"{headline} < 新闻 < {site}"):
        body = f'{LOGO}<main><div class="title">{headline}</div>{PARA[lang]}</main>'
        assert extract(_page(lang, title, "", body), url).title == headline


@pytest.mark.parametrize(("lang", "site", "url", "headline"), CASES)
def test_marked_kicker_left_out_where_the_declared_titles_keep_it(
    lang: str, site: str, url: str, headline: str
) -> None:
    kicker = {"zh": "天气", "ja": "気象", "ko": "날씨"}[lang]
    title = f"{kicker}: {headline}"
    head = (
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{site}">'
    )
    heading = f'<h1><span class="kicker">{kicker}</span><span>{headline}</span></h1>'
    body = f"{LOGO}<main><article>{heading}{PARA[lang]}</article></main>"
    assert extract(_page(lang, f"{title} | {site}", head, body), url).title == headline


def test_short_headline_block_under_a_section_heading_inside_the_title() -> None:
    # The section's <h2> ("国际") spells a part of the title too, and is too short to be the
    # headline; the block spelling the headline part is.
    title = "暴雨致南方多地停课 - 国际 - 东岸晚报"
    body = (
        f'{LOGO}<main><h2>国际</h2><article><div class="title">暴雨致南方多地停课</div>'
        f"{PARA['zh']}</article></main>"
    )
    url = CASES[0][2]
    assert extract(_page("zh", title, "", body), url).title == "暴雨致南方多地停课"
