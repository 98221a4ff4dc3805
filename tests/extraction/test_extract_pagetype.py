"""Page-type decisions the crawler relies on to skip non-articles."""

from __future__ import annotations

import pytest

from scrape import extract
from scrape.extraction.dom import text_words

_THREAD = """<html><head><title>Best budget headphones? - Audio Forum</title>
<meta property="og:type" content="website"></head><body>
<h1>Best budget headphones?</h1>
<div class="post"><p class="byline">By <a rel="author" href="/u/sam">Sam Carter</a></p>
<time datetime="2025-03-02T10:00:00Z">Mar 2, 2025</time>
{posts}
</div></body></html>"""

_POST = "".join(
    f"<p>Reply {i}: I have compared pair number {i} under fifty dollars; its sound stage, "
    f"comfort over {i + 2} hours and cable quality beat the pair I owned before it.</p>"
    for i in range(20)
)


def test_dated_signed_forum_thread_is_not_an_article() -> None:
    # A post date and a user name are no evidence of an article on a forum URL.
    html = _THREAD.format(posts=_POST)
    art = extract(html, "https://forum.example.org/t/best-budget-headphones/40024")
    assert not art.is_article
    assert art.page_type == "forum"


def test_dated_signed_docs_page_is_not_an_article() -> None:
    html = _THREAD.format(posts=_POST)
    art = extract(html, "https://example.org/docs/get-started/introduction/")
    assert not art.is_article
    assert art.page_type == "documentation"


def test_news_article_with_structured_data_still_is_one() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Council approves budget", "datePublished": "2025-03-02T10:00:00Z", '
        '"author": {"@type": "Person", "name": "Jane Roe"}}</script>'
    )
    html = _THREAD.format(posts=_POST).replace("</head>", ld + "</head>")
    art = extract(html, "https://news.example.org/2025/03/02/council-approves-budget")
    assert art.is_article


_FAQ_LD = (
    '<script type="application/ld+json">[{{"@type": "BlogPosting", "headline": "How to price '
    'plumbing jobs", "datePublished": "2025-03-02T10:00:00Z", "author": {{"@type": "Person", '
    '"name": "Jane Roe"}}}}, {{"@type": "{page}", "mainEntity": [{{"@type": "Question", '
    '"name": "What is a fair hourly rate?", "acceptedAnswer": {{"@type": "Answer", '
    '"text": "It depends on the region."}}}}]}}]</script>'
)


def test_blog_post_with_faq_markup_is_an_article() -> None:
    # FAQPage > Question is how posts mark up their FAQ section: no forum thread.
    html = _THREAD.format(posts=_POST).replace(
        "</head>", _FAQ_LD.format(page="FAQPage") + "</head>"
    )
    art = extract(html, "https://example.com/resources/blog/how-to-price-plumbing-jobs/")
    assert art.is_article


def test_question_and_answer_page_is_a_forum() -> None:
    ld = _FAQ_LD.format(page="QAPage").replace("BlogPosting", "WebPage")
    html = _THREAD.format(posts=_POST).replace("</head>", ld + "</head>")
    art = extract(html, "https://example.com/answers/how-to-price-plumbing-jobs/")
    assert not art.is_article
    assert art.page_type == "forum"


_PROSE = "".join(
    f"<p>Step {i}: unplug the router, wait {i + 10} seconds and plug it back in; most home "
    f"networks recover this way, and the lights on the front panel show when the line is "
    f"ready again after roughly {i + 1} minutes of negotiation with the exchange.</p>"
    for i in range(12)
)


def _page(
    headline: str,
    *,
    og_type: str = "article",
    head: str = "",
    byline: str = "",
    before: str = "",
    published: bool = False,
) -> str:
    meta = f'<meta property="og:type" content="{og_type}">' if og_type else ""
    if published:
        meta += '<meta property="article:published_time" content="2025-03-02T10:00:00Z">'
    return (
        f"<html><head><title>{headline} | Example</title>{meta}{head}</head><body>"
        f"<main><h1>{headline}</h1>{byline}{before}{_PROSE}</main></body></html>"
    )


_SIGNED = '<p class="byline">By <a rel="author" href="/people/sam">Sam Carter</a></p>'


def test_table_of_contents_links_are_no_teasers() -> None:
    # Linked sub-headings pointing into the page are the article's own sections.
    toc = "".join(f'<h2><a href="#part-{i}">Part {i} of the setup</a></h2>' for i in range(10))
    html = _page("Resetting a home router", byline=_SIGNED, before=toc)
    art = extract(html, "https://example.com/resetting-a-home-router/")
    assert art.is_article
    teasers = "".join(
        f'<h2><a href="/2025/03/0{i % 9 + 1}/story-{i}">Story {i} of the week</a></h2>'
        for i in range(10)
    )
    html = _page("Resetting a home router", byline=_SIGNED, before=teasers)
    art = extract(html, "https://example.com/resetting-a-home-router/")
    assert art.page_type == "listing"


def test_article_filed_under_a_topic_is_no_tag_page() -> None:
    html = _page("Climate change and farm incomes", published=True)
    assert extract(html, "https://example.gov/topics/environment/climate-change").is_article
    # "/topic/<name>" alone is the topic's page; with a number, a forum thread.
    art = extract(html, "https://example.com/topic/climate-change")
    assert art.page_type == "listing"
    art = extract(html, "https://example.com/forums/topic/18427-climate-change/")
    assert art.page_type == "forum"
    art = extract(html, "https://example.com/topic/18427/climate-change")
    assert art.page_type == "forum"


def test_explainer_headline_counts_for_an_undated_page() -> None:
    # Evergreen how-tos and explainers often show no date; their headline gives them away.
    for headline in [
        "How to reset a home router",
        "The best 4 routers for small flats",
        "Best mesh routers of 2025",
        "7 signs your router needs a reset",
    ]:
        assert extract(_page(headline), "https://example.com/router-reset").is_article, headline
    html = _page("Router reset")
    assert not extract(html, "https://example.com/router-reset").is_article


def test_slug_under_a_blog_section_counts_for_an_undated_page() -> None:
    html = _page("Router reset")
    assert extract(html, "https://example.com/blog/router-reset").is_article
    assert not extract(html, "https://example.com/router-reset").is_article


def test_section_front_page_is_a_listing() -> None:
    html = _page("Company news", byline=_SIGNED, published=True)
    art = extract(html, "https://example.com/about/news/")
    assert not art.is_article
    assert art.page_type == "listing"
    # An old CMS's story address.
    assert extract(html, "https://example.com/news?id=1234").is_article


def test_services_section_counts_against_an_article() -> None:
    html = _page("Network consulting", byline=_SIGNED)
    assert extract(html, "https://example.com/network-consulting/").is_article
    assert not extract(html, "https://example.com/services/network-consulting/").is_article


def test_docs_forum_and_shop_subdomains() -> None:
    html = _page("Network consulting", byline=_SIGNED, published=True)
    assert extract(html, "https://www.example.com/network-consulting").is_article
    art = extract(html, "https://docs.example.com/network-consulting")
    assert art.page_type == "documentation"
    art = extract(html, "https://forums.example.com/network-consulting")
    assert art.page_type == "forum"
    # A shop subdomain weighs like a shop path: -2, enough to sink a weakly dated page.
    weak = _page("Network consulting", og_type="website", published=True)
    assert extract(weak, "https://www.example.com/network-consulting").is_article
    assert not extract(weak, "https://store.example.com/network-consulting").is_article


def test_docs_and_forum_generators() -> None:
    url = "https://example.com/network-consulting"
    for generator, kind in [("Docusaurus v3.5.2", "documentation"), ("Discourse 3.2", "forum")]:
        head = f'<meta name="generator" content="{generator}">'
        html = _page("Network consulting", byline=_SIGNED, published=True, head=head)
        art = extract(html, url)
        assert art.page_type == kind
    html = _page("Network consulting", byline=_SIGNED, published=True)
    assert extract(html, url).is_article


def test_page_speaking_as_we_with_calls_to_action_is_a_sales_page() -> None:
    pitch = (
        "<p>We install and maintain office networks. Our engineers answer within the hour, "
        "our plans cover every router we sell, and we visit on weekends. Let us take the "
        "cables off your hands: we have done it for our clients since 2004.</p>"
        '<p><a href="/contact">Contact us</a> or <a href="/quote">get a quote</a>.</p>'
    )
    html = _page("Network consulting", byline=_SIGNED, before=pitch)
    assert not extract(html, "https://example.com/network-consulting/").is_article
    # The same voice without the calls to action: an article by the firm.
    html = _page("Network consulting", byline=_SIGNED, before=pitch.split("<p><a")[0])
    assert extract(html, "https://example.com/network-consulting/").is_article


def test_service_structured_data_counts_against_an_article() -> None:
    ld = '<script type="application/ld+json">{"@type": "Service", "name": "Network consulting"}'
    html = _page("Network consulting", byline=_SIGNED)
    assert extract(html, "https://example.com/network-consulting/").is_article
    html = _page("Network consulting", byline=_SIGNED, head=ld + "</script>")
    assert not extract(html, "https://example.com/network-consulting/").is_article


def test_reading_time_counts_for_an_undated_page() -> None:
    url = "https://example.com/router-reset"
    assert not extract(_page("Router reset"), url).is_article
    html = _page("Router reset", before='<p class="meta">4 min read</p>')
    assert extract(html, url).is_article


def test_text_in_many_short_pieces_is_no_article() -> None:
    cards = "".join(
        f"<p>Walnut desk model {i}, {i + 100} cm wide.</p><p>Oak shelf model {i} for offices.</p>"
        for i in range(30)
    )
    url = "https://example.com/office-furniture"
    assert extract(_page("Office furniture", byline=_SIGNED), url).is_article
    html = _page("Office furniture", byline=_SIGNED).replace(_PROSE, cards)
    art = extract(html, url)
    assert art.body.count("\n\n") >= 30
    assert not art.is_article


def test_showtopic_addresses_are_forum_threads() -> None:
    html = _page("A first trip to Japan", published=True)
    assert extract(html, "https://example.com/travel/first-trip-to-japan").is_article
    for url in [
        "https://example.com/ShowTopic-g1-i2-k3-A_first_trip_to_Japan.html",
        "https://example.com/index.php?showtopic=4521",
    ]:
        assert extract(html, url).page_type == "forum"


def test_public_institution_pages_lean_towards_articles() -> None:
    html = _page("Router reset")
    assert not extract(html, "https://www.example.com/router-reset").is_article
    for host in ["www.example.gov", "it.example.edu", "www.example.ac.uk", "www.example.gov.au"]:
        assert extract(html, f"https://{host}/router-reset").is_article
    # The host must end in the public suffix, not merely contain it.
    assert not extract(html, "https://gov.example.com/router-reset").is_article


def test_tag_and_browse_pages_with_query_strings_are_listings() -> None:
    html = _page("Climate change and farm incomes", published=True)
    for url in [
        "https://example.com/tag/climate?utm_source=feed",
        "https://example.org/webbin/book/browse?type=subject&key=Climate",
        "https://example.com/stories?page=3",
    ]:
        art = extract(html, url)
        assert art.page_type == "listing", url


def test_malformed_teaser_links_do_not_break_classification() -> None:
    teasers = "".join(f'<h2><a href="http://[story-{i}">Story {i}</a></h2>' for i in range(10))
    html = _page("Resetting a home router", byline=_SIGNED, before=teasers)
    assert extract(html, "https://example.com/resetting-a-home-router/").page_type == "listing"


def test_og_type_article_weighs_no_more_than_a_headline() -> None:
    # WordPress SEO plugins stamp og:type=article on every page, services and "About" included.
    url = "https://example.com/network-consulting/"
    untitled = _page("Network consulting", byline=_SIGNED).replace(
        "<h1>Network consulting</h1>", ""
    )
    assert not extract(untitled, url).is_article
    assert not extract(
        _page("Network consulting", og_type="website", byline=_SIGNED), url
    ).is_article
    dated = _page("Network consulting", byline=_SIGNED, published=True)
    assert extract(dated.replace("<h1>Network consulting</h1>", ""), url).is_article


def _unspaced_article(lang: str, paragraph: str, title: str) -> str:
    body = "".join(f"<p>{n}. {paragraph}</p>" for n in range(1, 7))
    return (
        f'<html lang="{lang}"><head><title>{title} | Nyheter</title>'
        f'<meta property="og:title" content="{title}"><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2024-11-20T08:00:00+07:00"></head>'
        "<body><header><nav><a href='/'>Home</a></nav></header><main><article>"
        f"<h1>{title}</h1><div class='byline'><a href='/author/lin'>Lin</a></div>{body}"
        "</article></main><footer>©</footer></body></html>"
    )


def test_articles_in_scripts_written_without_spaces_are_articles() -> None:
    # A Chinese, Japanese or Thai paragraph is one space-separated token: counted as such,
    # six paragraphs read as a few words, too short for a story.
    pages = {
        "zh": (
            "市政府昨日宣布，将在明年新增一百辆电动公交车，以减少城市空气污染。市长表示，"
            "新车将首先投入主要线路运营，票价保持不变。环保团体对此表示欢迎。",
            "市政府将新增一百辆电动公交车",
        ),
        "ja": (
            "市は昨日、来年に電気バスを百台増やすと発表した。市長は、新しいバスはまず主要"
            "路線で運行を始め、運賃は据え置くと述べた。環境団体は歓迎した。",
            "市が電気バスを百台増車へ",
        ),
        "th": (
            "กรุงเทพมหานครประกาศแผนเพิ่มรถโดยสารไฟฟ้าอีกหนึ่งร้อยคันภายในปีหน้าเพื่อลดมลพิษ"
            "ทางอากาศในเมืองหลวงซึ่งมีค่าฝุ่นละอองสูงเกินมาตรฐานมาหลายสัปดาห์ติดต่อกัน",
            "กรุงเทพฯ เพิ่มรถเมล์ไฟฟ้า 100 คัน",
        ),
    }
    for lang, (paragraph, title) in pages.items():
        article = extract(_unspaced_article(lang, paragraph, title), "https://n.example/c/bus-2211")
        assert article.page_type == "article", lang


def test_text_words_counts_unspaced_scripts() -> None:
    assert text_words("The council met again on Monday.") == 6
    assert text_words("市政府昨日宣布新增电动公交车") == 14 // 2
    assert text_words("กรุงเทพมหานครประกาศแผน") == 22 // 4
    # A short run of ideographs is one word, as its spaced token counts it.
    assert text_words("子ども") == 1


_STUB = (
    '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
    '<meta property="og:type" content="article">{published}</head><body><header>'
    "<a href='/'>Portal</a><nav><a href='/politik/'>Politik</a> <a href='/sport/'>Sport</a>"
    "</nav></header><main><article><h1>{title}</h1><p class='byline'>04.12.2026, 10:14</p>"
    "<p>{text}</p></article></main><footer>© Portal <a href='/impressum'>Impressum</a>"
    "</footer></body></html>"
)
_OG_PUBLISHED = '<meta property="article:published_time" content="2026-12-04T10:14:00+01:00">'


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "de",
            "Eilmeldung: Bundestag wählt neuen Präsidenten",
            "Der Bundestag hat am Freitag einen neuen Präsidenten gewählt. "
            "Weitere Informationen folgen in Kürze.",
        ),
        (
            "lb",
            "Chamber stëmmt de Budget 2027",
            "D'Chamber huet de Freideg de Budget fir 2027 ugeholl. Méi Informatiounen a Kürze.",
        ),
        (
            "mk",
            "Собранието го избра новиот претседател",
            "Собранието денеска го избра новиот претседател. Повеќе информации наскоро.",
        ),
    ],
)
def test_short_item_declared_an_article_with_its_publication_time_is_one(
    lang: str, title: str, text: str
) -> None:
    # A breaking-news stub or a wire item of two sentences: og declares what it is.
    url = "https://www.portal.example/politik/eilmeldung-a1234.html"
    page = _STUB.format(lang=lang, title=title, text=text, published=_OG_PUBLISHED)
    assert extract(page, url).is_article
    # og:type=article alone, without a publication time, is stamped on service pages too.
    undated = _STUB.format(lang=lang, title=title, text=text, published="")
    assert not extract(undated, url).is_article
