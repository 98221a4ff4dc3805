"""Words are counted in every script when the extraction weighs the HTML's text against the
text a page carries as data: a Chinese, Japanese or Thai article is a few space-separated
tokens, and counted by its spaces it read as an empty page, swapped for the interface
messages of the framework's state, while a page rendered in the browser had its JSON-LD
articleBody or its state's paragraphs refused as too short to be prose."""

from __future__ import annotations

import json

import pytest

from scrape.extraction.extractor import extract

_ARTICLES = {
    "ja": (
        "東京都、来年度から公立小学校の給食費を無償化へ",
        [
            "東京都は21日、来年度から都内の公立小学校に通う児童の給食費を全額補助し、"
            "実質的に無償化する方針を明らかにした。",
            "都によると、対象となる児童はおよそ六十万人で、必要な予算は年間三百億円程度になる"
            "見込みだという。",
            "知事は記者会見で「子育て世帯の負担を少しでも軽くしたい」と述べ、区市町村と協議を"
            "進める考えを示した。",
        ],
    ),
    "zh": (
        "前三季度全国规模以上工业增加值同比增长5.8%",
        [
            "国家统计局周二公布的数据显示，今年前三季度全国规模以上工业增加值同比增长百分之"
            "五点八，增速比上半年加快零点二个百分点。",
            "分行业看，装备制造业和高技术制造业增长较快，其中新能源汽车、工业机器人和集成电路"
            "产量保持两位数增长。",
            "分析人士认为，四季度消费和投资有望继续回升，全年经济增长目标有望顺利实现。",
        ],
    ),
    "zh-Hant": (
        "颱風逼近 氣象署發布海上警報",
        [
            "中央氣象署今天上午發布海上颱風警報，預估颱風中心明天清晨最接近臺灣東南部海面，"
            "東部及南部地區將有豪雨。",
            "氣象署提醒，恆春半島及花東地區明天起風雨明顯增強，山區可能出現超大豪雨，民眾應"
            "避免前往山區及海邊活動。",
            "農業部也呼籲農民提早採收已成熟的作物，並加強農田排水及棚架設施的防颱措施。",
        ],
    ),
}
_MESSAGES = {
    "login": "Please sign in to your account to read the full story, follow the topics you "
    "care about and save articles to read later on any of your devices.",
    "error": "Something went wrong while loading this page. Please check your connection and "
    "try again in a few minutes, or contact our support team if the problem persists.",
    "app": "Get the app for breaking news alerts, live coverage of the stories that matter to "
    "you and a personalised feed that learns what you like to read.",
}


def _head(language: str, title: str, ld: dict[str, object] | None = None) -> str:
    data = (
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        if ld
        else ""
    )
    head = f'<html lang="{language}"><head><meta charset="utf-8"><title>{title}</title>'
    return f"{head}{data}</head>"


@pytest.mark.parametrize("language", sorted(_ARTICLES))
def test_an_unspaced_article_in_the_html_is_not_swapped_for_state_messages(
    language: str,
) -> None:
    title, paragraphs = _ARTICLES[language]
    state = {"props": {"pageProps": {"i18n": {"en": _MESSAGES}}}}
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f'{_head(language, title)}<body><div id="__next"><main><article><h1>{title}</h1>'
        f'<div class="article-body">{text}</div></article></main></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script>'
        "</body></html>"
    )
    body = extract(page, "https://news.example/2025/10/21/a.html").body
    for paragraph in paragraphs:
        assert paragraph in body
    for message in _MESSAGES.values():
        assert message not in body


@pytest.mark.parametrize("language", sorted(_ARTICLES))
def test_an_unspaced_article_body_of_a_scripted_page_is_read(language: str) -> None:
    title, paragraphs = _ARTICLES[language]
    ld = {"@type": "NewsArticle", "headline": title, "articleBody": "\n".join(paragraphs)}
    page = f'{_head(language, title, ld)}<body><div id="app"></div></body></html>'
    body = extract(page, "https://news.example/2025/10/21/a.html").body
    for paragraph in paragraphs:
        assert paragraph in body


@pytest.mark.parametrize("language", sorted(_ARTICLES))
def test_unspaced_paragraphs_in_a_scripted_page_state_are_read(language: str) -> None:
    title, paragraphs = _ARTICLES[language]
    blocks = [{"type": "paragraph", "text": p} for p in paragraphs]
    state = {"props": {"pageProps": {"story": {"headline": title, "blocks": blocks}}}}
    page = (
        f'{_head(language, title)}<body><div id="__next"></div><script id="__NEXT_DATA__" '
        f'type="application/json">{json.dumps(state, ensure_ascii=False)}</script></body></html>'
    )
    body = extract(page, "https://news.example/2025/10/21/a.html").body
    for paragraph in paragraphs:
        assert paragraph in body
