"""Headline choice: the article's own visible headline, minus the site's name."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.extractor import extract
from scrape.extraction.metadata import read_metadata
from scrape.extraction.title import meta_titles, site_names
from scrape.extraction.title.choice import slug_words
from scrape.extraction.title.heading import heading_text
from scrape.extraction.title.headline import find_headline
from scrape.extraction.title.site_names import drop_tail, strip_site_name

PARA = (
    "<p>"
    + "The council approved the plan after a long debate about costs and timing. " * 4
    + "</p>"
)


def _page(head: str, body: str, url: str = "https://example-news.example/a/story") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_site_acronym_suffix_is_removed() -> None:
    head = (
        "<title>2025 Top 100 Harbour Companies | HBA</title>"
        '<meta property="og:site_name" content="Harbour Business Awards">'
    )
    html = _page(head, f"<article>{PARA * 3}</article>")
    assert extract(html, "https://hba.example/top-100").title == "2025 Top 100 Harbour Companies"


def test_headline_sharing_a_word_with_the_host_is_kept() -> None:
    head = "<title>Best Bread Machines - My Favorites! - Bread Dad</title>"
    html = _page(head, f"<article>{PARA * 3}</article>")
    title = extract(html, "https://breaddad.example/best-bread-machines/").title
    assert title == "Best Bread Machines - My Favorites!"


def test_h1_inside_content_and_sidebar_wrapper_is_the_headline() -> None:
    # Genesis-style themes wrap content AND sidebar in "content-sidebar-wrap".
    head = "<title>Pros and Cons of Tiny Houses | LoadUp</title>"
    sidebar = "<aside class='sidebar'>" + "<a href='/x'>Other post</a>" * 20 + "</aside>"
    body = (
        "<div class='site-header'><a href='/'>LoadUp</a></div>"
        "<div class='content-sidebar-wrap'><main><article>"
        "<h1>Pros and Cons of Tiny Houses: Why Live Small?</h1>"
        f"{PARA * 4}</article></main>{sidebar}</div>"
    )
    html = _page(head, body)
    title = extract(html, "https://loadup.example/blog/tiny-houses/").title
    assert title == "Pros and Cons of Tiny Houses: Why Live Small?"


def test_article_header_with_many_links_is_not_site_chrome() -> None:
    head = (
        "<title>The Best Earbuds (of the 500 I Tested)</title>"
        '<script type="application/ld+json">{"@type": "Article", '
        '"headline": "The Best Earbuds"}</script>'
    )
    links = "".join(f"<a href='/c{i}'>Cat {i}</a>" for i in range(7))
    body = (
        f"<article><header class='entry-header'>{links}<h1>The Best Earbuds</h1></header>"
        f"<h1>How we picked</h1>{PARA * 4}</article>"
    )
    html = _page(head, body)
    assert extract(html, "https://reviews.example/best-earbuds/").title == "The Best Earbuds"


def test_subheading_echoing_part_of_the_title_is_not_the_headline() -> None:
    head = "<title>What is Social Commerce - A guided introduction | Emplio</title>"
    body = (
        "<article><h1>An introduction to social commerce: what brands need to know</h1>"
        f"{PARA}<h2>What is social commerce?</h2>{PARA * 3}</article>"
    )
    html = _page(head, body)
    title = extract(html, "https://emplio.example/blog/social-commerce/").title
    # The sub-heading is a fragment of the declared title, not the headline.
    assert title != "What is social commerce?"


def test_short_label_after_the_headline_is_dropped() -> None:
    head = "<title>Harbour cranes return to the east quay | District | Port Gazette</title>"
    body = (
        f"<article><h1>Harbour cranes return to the east quay | District</h1>{PARA * 4}</article>"
    )
    html = _page(head + '<meta property="og:site_name" content="Port Gazette">', body)
    title = extract(html, "https://portgazette.example/district/123").title
    assert title == "Harbour cranes return to the east quay"


def test_tail_that_is_a_clause_or_completes_a_short_headline_is_kept() -> None:
    clause = "Cranes return to the east quay - and may stay"
    short = "Zero Waste - A Beginner's Guide"
    for headline in (clause, short):
        html = _page(
            f"<title>{headline}</title>", f"<article><h1>{headline}</h1>{PARA * 4}</article>"
        )
        assert extract(html, "https://portgazette.example/a").title == headline


def test_twice_escaped_declared_title_is_unescaped() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Ferries &amp; buses: the council&#8217;s new timetable"}</script>'
    )
    html = _page(head, f"<div>{PARA * 4}</div>")
    title = extract(html, "https://portgazette.example/a").title
    assert title == "Ferries & buses: the council\u2019s new timetable"


def test_section_label_in_h1_gives_way_to_the_agreed_declared_title() -> None:
    head = (
        '<meta property="og:title" content="Harbour cranes return to the east quay">'
        "<title>Harbour cranes return to the east quay - Port Gazette</title>"
    )
    body = f"<main><h1>Port Updates</h1><article>{PARA * 4}</article></main>"
    html = _page(head, body)
    title = extract(html, "https://portgazette.example/news/cranes-east-quay").title
    assert title == "Harbour cranes return to the east quay"


def test_short_h1_named_by_the_url_is_the_headline() -> None:
    head = (
        '<meta property="og:title" content="Cheap food: nutrition for families">'
        "<title>Cheap food: nutrition for families | Port Gazette</title>"
    )
    body = f"<main><h1>Affordable nutrition</h1><article>{PARA * 4}</article></main>"
    html = _page(head, body)
    title = extract(html, "https://portgazette.example/affordable-nutrition/").title
    assert title == "Affordable nutrition"


def test_headline_typed_in_capitals_takes_the_declared_spelling() -> None:
    head = '<meta property="og:title" content="Best Harbour Walks 2026: Tips From Locals">'
    body = f"<article><h1>BEST HARBOUR WALKS IN 2026: TIPS FROM LOCALS</h1>{PARA * 4}</article>"
    html = _page(head, body)
    title = extract(html, "https://portgazette.example/walks").title
    assert title == "Best Harbour Walks 2026: Tips From Locals"


def test_without_a_headline_the_declared_titles_vote() -> None:
    # og:title is a social teaser; JSON-LD and <title> agree on the headline.
    head = (
        '<meta property="og:title" content="From quay to quay, these are the walks to take now">'
        '<script type="application/ld+json">{"@type": "Article", '
        '"headline": "The 12 Best Harbour Walks"}</script>'
        "<title>The 12 Best Harbour Walks | Port Gazette</title>"
        '<meta property="og:site_name" content="Port Gazette">'
    )
    html = _page(head, f"<div>{PARA * 4}</div>")
    assert extract(html, "https://portgazette.example/walks").title == "The 12 Best Harbour Walks"


def test_byline_glued_to_the_declared_title_is_dropped() -> None:
    head = "<title>How to plan a harbour walk - by Jane Roe</title>"
    html = _page(head, f"<div>{PARA * 4}</div>")
    title = extract(html, "https://harbourletters.example/p/harbour-walk").title
    assert title == "How to plan a harbour walk"


def test_long_capitalised_tail_does_not_backtrack() -> None:
    # A regex over "1-3 capitalised words" let a long all-caps run be split every way
    # (about 20 s for this title).
    title = "Word " * 400 + "| " + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 20 + " y"
    # bench/bench_robust.py times it; here the suite's hang guard (pytest-timeout) catches it.
    assert drop_tail(title) == title


def test_slug_words_only_from_a_worded_last_segment() -> None:
    assert slug_words("https://x.example/news/how-to-start-a-ferry-line/") == {
        "how",
        "to",
        "start",
        "a",
        "ferry",
        "line",
    }
    assert slug_words("https://x.example/a/harbour_walks.html?utm=1") == {"harbour", "walks"}
    assert slug_words("https://x.example/story/123456") == set()
    # Trailing dates and ids are skipped to reach the worded segment.
    assert slug_words("https://x.example/why-ferries-stall/2025/11") == {"why", "ferries", "stall"}
    assert slug_words("https://x.example/p/9f3a2-b71c4-08d2e") == set()
    assert slug_words("https://x.example/webcams") == set()
    assert slug_words(None) == set()
    # A dotted article id closing the slug, as some CMSs write it.
    assert slug_words("https://x.example/vestland/nye-ferjer-i-fjorden-1.17110423") == {
        "nye",
        "ferjer",
        "i",
        "fjorden",
    }


_REWRITTEN = (
    '<meta property="og:title" content="Ferry fares: 5 changes | Port Gazette">'
    "<title>Ferry fares: 5 changes | Port Gazette</title>"
    '<meta property="og:site_name" content="Port Gazette">'
)
_REWRITTEN_H1 = "Five things every commuter should know about the new ferry prices"


def test_rewritten_h1_named_by_the_slug_beats_the_declared_title() -> None:
    # The h1 shares few words with the declared title; the slug was made from the h1.
    html = _page(_REWRITTEN, f"<article><h1>{_REWRITTEN_H1}</h1>{PARA * 4}</article>")
    url = "https://portgazette.example/five-things-commuters-know-new-ferry-prices/"
    assert extract(html, url).title == _REWRITTEN_H1


def test_rewritten_h1_gives_way_when_the_slug_spells_the_declared_title() -> None:
    html = _page(_REWRITTEN, f"<article><h1>{_REWRITTEN_H1}</h1>{PARA * 4}</article>")
    url = "https://portgazette.example/ferry-fares-5-changes/"
    assert extract(html, url).title == "Ferry fares: 5 changes"
    # Without a worded slug to ask, the declarations that agree win as before.
    assert extract(html, "https://portgazette.example/story/88123").title == (
        "Ferry fares: 5 changes"
    )


def test_slogan_h1_gives_way_to_the_declared_title_the_slug_spells() -> None:
    head = (
        '<meta property="og:title" content="How to Register a Boat in Maine">'
        "<title>How to Register a Boat in Maine</title>"
    )
    body = f"<article><h1>Register your Maine boat today</h1>{PARA * 4}</article>"
    html = _page(head, body)
    url = "https://boatpapers.example/articles/how-to-register-a-boat-in-maine"
    assert extract(html, url).title == "How to Register a Boat in Maine"
    # The same h1 stays when the slug says nothing about either.
    assert extract(html, "https://boatpapers.example/articles/1234").title == (
        "Register your Maine boat today"
    )


def test_h1_naming_the_site_and_more_is_a_headline() -> None:
    head = "<title>Harbourline Catalog Index</title>"
    body = f"<main><h1>Harbourline Hardware Catalog</h1><article>{PARA * 4}</article></main>"
    html = _page(head, body)
    url = "https://www.harbourlinehardware.example/catalog/"
    assert extract(html, url).title == "Harbourline Hardware Catalog"


def test_h1_of_the_site_name_and_a_generic_word_is_not_the_headline() -> None:
    head = "<title>Harbour cranes return to the east quay | Harbourline</title>"
    body = (
        "<main><h1>Harbourline Blog</h1><article><h2>Harbour cranes return to the east quay</h2>"
        f"{PARA * 4}</article></main>"
    )
    html = _page(head, body)
    title = extract(html, "https://harbourline.example/cranes-east-quay/").title
    assert title == "Harbour cranes return to the east quay"


def test_inline_markup_inside_the_headline_joins_its_neighbours() -> None:
    # A drop cap: the browser shows "Cycle", the parser's text joined with spaces would not.
    body = (
        "<article><h1>How AI Can Cut Your Planning <span class='cap'>C</span>ycle "
        f"<em>in</em> Half</h1>{PARA * 3}</article>"
    )
    html = _page("", body)
    assert extract(html).title == "How AI Can Cut Your Planning Cycle in Half"


def test_h1_sharing_its_header_with_a_breadcrumb_is_the_headline() -> None:
    # The header navigates (a breadcrumb), so it looks like site chrome; an <h1> that spells
    # a declared title is the headline all the same, not the social-media rewording.
    head = (
        "<title>Diet Trends 2025: What Nutritionists Say | Health Site</title>"
        '<meta property="og:title" content="Nutritionists Explain the Diet Trends of 2025">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "The Biggest Diet Trends of 2025"}</script>'
    )
    body = (
        "<header><nav><a href='/'>Home</a> <a href='/food'>Food</a></nav>"
        "<h1>The Biggest Diet Trends of 2025</h1></header>"
        f"<article><h2>Nutritionists explain the biggest diet trends</h2>{PARA * 3}</article>"
    )
    assert extract(_page(head, body)).title == "The Biggest Diet Trends of 2025"


def test_copy_of_the_headline_in_a_sidebar_widget_is_not_the_headline() -> None:
    # A "republish this article" widget repeats the headline as the page's only <h1>; taken
    # as the headline it would anchor the body in the sidebar.
    body = (
        f"<main><p>Stream these shows and spark your imagination.</p>{PARA * 3}</main>"
        "<div class='sidebar'><div class='republish'><h1>Six Gardening Shows to Watch</h1>"
        "<p>Copy this article to your site under our licence terms.</p></div></div>"
    )
    tree = LexborHTMLParser(_page("", body))
    assert find_headline(tree, ["Six Gardening Shows to Watch"]) is None


def test_marked_kicker_over_the_headline_is_left_out_and_never_glued() -> None:
    # The kicker is styled onto its own line; in the markup nothing separates the two.
    # Readers quote the headline without it.
    body = (
        "<article><h1><span class='topline'>Nationale Demo</span><span class='title'>"
        f"Der 9. Juli wird laut</span></h1>{PARA * 3}</article>"
    )
    html = _page("<title>Der 9. Juli wird laut</title>", body)
    assert extract(html, "https://zeitung.example/politik/demo-123.html").title == (
        "Der 9. Juli wird laut"
    )


def test_unmarked_first_line_of_a_two_line_headline_is_joined_with_a_colon() -> None:
    body = (
        "<article><h1 class='entry-title'><b>Editor’s Letter</b><i>bye OC Baby, hi Bernsi "
        f"Baby!</i></h1>{PARA * 3}</article>"
    )
    html = _page("", body)
    assert extract(html, "https://copy.example/editors-letter-baby/").title == (
        "Editor’s Letter: bye OC Baby, hi Bernsi Baby!"
    )


def test_quoted_kicker_glued_to_the_headline() -> None:
    body = (
        '<article><h1><span>"Es wird bald beginnen"</span>Trump kündigt Zölle an</h1>'
        f"{PARA * 3}</article>"
    )
    title = extract(_page("", body), "https://nachrichten.example/welt/zoelle").title
    assert title == '"Es wird bald beginnen": Trump kündigt Zölle an'
    # A declared title that leaves the quotation out says it is the template's kicker.
    html = _page("<title>Trump kündigt Zölle an | Nachrichten</title>", body)
    title = extract(html, "https://nachrichten.example/welt/zoelle").title
    assert title == "Trump kündigt Zölle an"


def test_kicker_element_over_a_spaced_headline() -> None:
    body = (
        "<main><h1>\n  <span class='article-kicker'>Élections</span>\n"
        f"  Le second tour aura lieu dimanche\n</h1>{PARA * 3}</main>"
    )
    html = _page("<title>Le second tour aura lieu dimanche - Le Quotidien</title>", body)
    title = extract(html, "https://quotidien.example/politique/second-tour").title
    assert title == "Le second tour aura lieu dimanche"


def test_marked_kicker_longer_than_its_headline_is_left_out() -> None:
    body = (
        "<article><h1 class='article-header__headline'>\n<span class='article-header__roofline'>"
        "Adblue nachfüllen: wo kaufen (Tankstelle); Preis</span>\n\n"
        f"  So wird Adblue richtig angewendet  </h1>{PARA * 3}</article>"
    )
    html = _page("<title>Adblue nachfüllen: wo kaufen | autoblatt.example</title>", body)
    title = extract(html, "https://www.autoblatt.example/adblue-ratgeber-180301.html").title
    assert title == "So wird Adblue richtig angewendet"


def test_kicker_styled_apart_on_the_headline_line_is_joined_with_a_colon() -> None:
    # The kicker shares the headline's line in the markup, the page's CSS sets it apart;
    # the space in the source between them is only the source's line break.
    for kicker in ("<span>Wahl in Hessen</span>", "<b class='accent'>Wahl in Hessen</b>"):
        body = f"<article><h1>{kicker}\n  Die CDU legt deutlich zu</h1>{PARA * 3}</article>"
        assert extract(_page("", body), "https://kurier.example/wahl/").title == (
            "Wahl in Hessen: Die CDU legt deutlich zu"
        )


def test_styled_first_word_or_unseen_label_is_not_a_kicker() -> None:
    cases = {
        # A drop cap or a highlighted first word on a title-cased headline.
        "<span class='dropcap'>A</span> Winter Walk by the Sea": "A Winter Walk by the Sea",
        "<span class='hl'>Nobody</span> Saw the Flood Coming": "Nobody Saw the Flood Coming",
        # Bare emphasis opening the sentence: a title, not a line over it.
        "<em>The Salt Road</em> Review: A Caravan Epic": "The Salt Road Review: A Caravan Epic",
    }
    for heading, title in cases.items():
        body = f"<article><h1>{heading}</h1>{PARA * 3}</article>"
        assert extract(_page("", body), "https://apps.example/walks/").title == title
    # Text for screen readers only is no line the reader sees, set apart from nothing.
    heading = "<h1><span class='sr-only'>Top story</span> Harbour cranes return</h1>"
    body = f"<article>{heading}{PARA * 3}</article>"
    title = extract(_page("", body), "https://apps.example/cranes/").title or ""
    assert ":" not in title and title.endswith("Harbour cranes return")


def test_link_opening_a_headline_is_not_a_kicker() -> None:
    body = (
        f"<article><h1><a href='/people/trump'>Trump</a> Says He Will Go</h1>{PARA * 3}</article>"
    )
    assert extract(_page("", body)).title == "Trump Says He Will Go"


def test_site_name_after_a_hangul_bar_and_its_section_are_removed() -> None:
    head = (
        "<title>여야, 예산안 처리 합의 -정치ᅵ한국신문</title>"
        '<meta property="og:site_name" content="한국신문">'
    )
    html = _page(head, f"<div>{PARA * 3}</div>")
    assert extract(html, "https://www.hankook.example/news/1234").title == "여야, 예산안 처리 합의"


def test_site_name_after_a_full_width_bar_is_removed() -> None:
    head = "<title>国务院召开常务会议部署经济工作｜新华日报</title>"
    head += '<meta property="og:site_name" content="新华日报">'
    html = _page(head, f"<div>{PARA * 3}</div>")
    assert extract(html, "https://news.xinhua.example/2025/c_1.htm").title == (
        "国务院召开常务会议部署经济工作"
    )


def test_date_or_repeated_word_over_the_headline_is_not_a_kicker() -> None:
    dated = (
        "<article><h1><span class='date'>1. Februar 2022</span>"
        f"<span>Ministerin stellt Plan vor</span></h1>{PARA * 3}</article>"
    )
    assert extract(_page("", dated)).title == "Ministerin stellt Plan vor"
    repeated = (
        "<article><h1><span class='kicker'>Wurmkiste</span>"
        f"<span>Wurmkiste selber bauen</span></h1>{PARA * 3}</article>"
    )
    assert extract(_page("", repeated)).title == "Wurmkiste selber bauen"


def test_separator_after_a_marked_kicker_goes_with_it() -> None:
    body = (
        "<article><h1><span class='kicker'>Corona-Pandemie</span> - "
        f"<span>„Es kommt darauf an“</span></h1>{PARA * 3}</article>"
    )
    assert extract(_page("", body)).title == "„Es kommt darauf an“"
    body = (
        "<article><h1><span class='kicker'>Covid-19</span><span>:</span> "
        f"Lässt sich die Ausbreitung kontrollieren?</h1>{PARA * 3}</article>"
    )
    assert extract(_page("", body)).title == "Lässt sich die Ausbreitung kontrollieren?"


def test_marked_kicker_in_cyrillic_is_left_out() -> None:
    body = (
        "<article><h1><span class='article__overline'>Экономика</span>"
        f"Центробанк сохранил ключевую ставку</h1>{PARA * 3}</article>"
    )
    head = "<title>Экономика: Центробанк сохранил ключевую ставку - Вечерние вести</title>"
    html = _page(head, body)
    assert extract(html, "https://vesti-vecher.example/economy/2024/06/07/stavka").title == (
        "Центробанк сохранил ключевую ставку"
    )


def test_a_kicker_marked_as_the_overhead_is_left_out() -> None:
    # A guest column's kicker names its writer ("Gastbeitrag von ..."); the headline stands
    # alone, as the page declares it.
    body = (
        "<article><h1 class='Article-Header__Title'><span class='Article-Header__Overhead'>"
        "Gastbeitrag von Helmut Kerschbaum</span><span class='visually-hidden'> - </span>"
        "<span class='Article-Header__Headline'>Rente mit 63: Warum die Rente reformiert "
        f"werden muss</span></h1>{PARA * 3}</article>"
    )
    head = (
        "<title>Gastbeitrag von Helmut Kerschbaum - Rente mit 63: Warum die Rente reformiert "
        "werden muss - Magazin</title>"
    )
    html = _page(head, body)
    assert extract(html, "https://magazin.example/experts/rente-63_id_1.html").title == (
        "Rente mit 63: Warum die Rente reformiert werden muss"
    )


def test_marked_kicker_in_japanese_and_korean_is_left_out() -> None:
    body = f"<article><h1><small>速報</small>東京都心で初雪を観測</h1>{PARA * 3}</article>"
    html = _page("", body)
    assert extract(html, "https://minato-shimbun.example/articles/20250105").title == (
        "東京都心で初雪を観測"
    )
    body = (
        "<article><h1><span class='kicker'>단독</span>"
        f"<span>시의회, 내년 예산안 처리 합의</span></h1>{PARA * 3}</article>"
    )
    assert extract(_page("", body), "https://hangang-ilbo.example/news/1234").title == (
        "시의회, 내년 예산안 처리 합의"
    )


def test_text_run_into_an_inline_element_is_never_glued_to_it() -> None:
    body = (
        "<main><h1>The Best Notion Alternatives<span class='block text-sm'>Top Note-taking "
        f"Tools like Notion</span></h1>{PARA * 3}</main>"
    )
    assert extract(_page("", body), "https://apps.example/notion/").title == (
        "The Best Notion Alternatives: Top Note-taking Tools like Notion"
    )
    # A drop cap or a styled letter inside a word stays inside it.
    body = f"<main><h1><span class='dropcap'>W</span>inter Walks by the Sea</h1>{PARA * 3}</main>"
    assert extract(_page("", body), "https://apps.example/walks/").title == (
        "Winter Walks by the Sea"
    )


def test_an_app_name_repeating_the_page_title_is_not_the_site_name() -> None:
    # Scripts that keep every title-like <meta> in step fill "application-name" with the
    # page's title; read as the site's name it made the headline "the site's name", and the
    # date printed under the headline was never read.
    title = "Le port de plaisance rouvre ses pontons après deux ans de travaux"
    head = (
        f"<title>{title} | Le Courrier du Lac</title>"
        f'<meta name="application-name" content="{title} | Le Courrier du Lac">'
        f'<meta property="og:title" content="{title} | Le Courrier du Lac">'
    )
    body = (
        f"<div class='page-header'><h1 class='page-header__title'>{title}</h1>"
        "<p class='page-header__meta'>Le Courrier du Lac • 3 février 2022</p></div>"
        f"<div class='content'>{PARA * 3}</div>"
    )
    html = f"<html lang='fr'><head>{head}</head><body>{body}</body></html>"
    article = extract(html, "https://courrierdulac.example/region/2022/port-de-plaisance/")
    assert article.title == title
    assert article.published is not None
    assert article.published.date().isoformat() == "2022-02-03"
    md = read_metadata(LexborHTMLParser(html))
    assert site_names(md, "https://courrierdulac.example/a") == [
        "courrierdulac.example",
        "courrierdulac",
    ]


def test_separators_of_seo_plugins_and_other_scripts_cut_the_site_name() -> None:
    cases = [
        ("Harbour walks reopen « Port Gazette", "Port Gazette"),
        ("Harbour walks reopen ‹ Port Gazette", "Port Gazette"),
        ("Harbour walks reopen › Port Gazette", "Port Gazette"),
        ("Harbour walks reopen ⋆ Port Gazette", "Port Gazette"),
        ("Harbour walks reopen > Port Gazette", "Port Gazette"),
        ("港口步道重新开放丨东岸新闻", "东岸新闻"),
        ("港口步道重新开放——东岸新闻", "东岸新闻"),
    ]
    for title, site in cases:
        got = strip_site_name(title, [site])
        assert got in {"Harbour walks reopen", "港口步道重新开放"}, title


def test_host_name_leaves_no_separator_behind() -> None:
    cases = [
        ("Rząd przyjął projekt budżetu - kurierwschodni.example", "kurierwschodni.example"),
        ("www.limanpostasi.example | Enflasyon kasımda geriledi", "limanpostasi.example"),
        ("Riksdagen röstade ja till lagen – www.dagensposten.example", "dagensposten.example"),
    ]
    wanted = {"Rząd przyjął projekt budżetu", "Enflasyon kasımda geriledi"}
    wanted.add("Riksdagen röstade ja till lagen")
    for title, host in cases:
        assert strip_site_name(title, [], host) in wanted, title
    # The company's name, capitalised, is the headline's subject: nothing goes.
    kept = "Booking.com raportuje rekordowe lato"
    assert strip_site_name(kept, [], "booking.com") == kept


def test_angle_quoted_phrase_is_never_cut_by_its_marks() -> None:
    site = ["Le Quotidien du Port"]
    title = "Le maire : « Nous rouvrirons la piscine » - Le Quotidien du Port"
    assert strip_site_name(title, site) == "Le maire : « Nous rouvrirons la piscine »"
    title = "Merz: »Wir schaffen das« | Hafenkurier"
    assert strip_site_name(title, ["Hafenkurier"]) == "Merz: »Wir schaffen das«"
    # A quotation between separators stays whole; the site's name before it still goes.
    title = "Le Quotidien du Port : « Un festival à taille humaine »"
    assert strip_site_name(title, site) == "« Un festival à taille humaine »"
    # A Chinese dash inside the headline is no separator unless the site's name follows it.
    assert strip_site_name("古城新地标——博物馆开放", ["东岸新闻"]) == "古城新地标——博物馆开放"


def _headline_of(html: str) -> str | None:
    tree = LexborHTMLParser(html)
    node = find_headline(tree, meta_titles(read_metadata(tree)))
    return " ".join(node.text().split()) if node is not None else None


def test_heading_is_matched_by_the_text_it_shows_not_an_icons_stylesheet() -> None:
    icon = '<svg viewBox="0 0 9 9"><style>.st0{fill:#003865;}</style><path class="st0"/></svg>'
    cases = [
        ("Harbour walks reopen after repairs", "en"),
        ("Hafenweg nach Reparatur wieder offen", "de"),
        ("Le sentier du port rouvre après travaux", "fr"),
    ]
    for headline, _lang in cases:
        head = f'<title>Walks | Port Gazette</title><meta property="og:title" content="{headline}">'
        body = f'<main><h2 class="story-headline">{icon}{headline}</h2>{PARA}</main>'
        found = _headline_of(_page(head, body))
        assert found is not None and found.endswith(headline), headline


def test_social_card_title_copying_og_title_is_one_declaration() -> None:
    head = (
        '<meta property="og:title" content="You will not believe this">'
        '<meta name="twitter:title" content="You will not believe this">'
        "<title>Council approves bus lanes - Northgate Post</title>"
    )
    tree = LexborHTMLParser(_page(head, PARA))
    assert meta_titles(read_metadata(tree)) == [
        "You will not believe this",
        "Council approves bus lanes - Northgate Post",
    ]
    # A card title of its own is a declaration of its own.
    head = head.replace(
        'name="twitter:title" content="You', 'name="twitter:title" content="Yes, you'
    )
    tree = LexborHTMLParser(_page(head, PARA))
    assert len(meta_titles(read_metadata(tree))) == 3


def test_h1_ending_a_breadcrumb_trail_is_the_headline() -> None:
    head = (
        '<meta property="og:title" content="Shown headline of the story">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Search headline of the story"}</script>'
    )
    crumbs = (
        '<nav><ol class="breadcrumb"><li><a href="/">Home</a></li>'
        "<li><h1>Search headline of the story</h1></li></ol></nav>"
    )
    shown = f"<main><article><h2>Shown headline of the story</h2>{PARA}</article></main>"
    assert _headline_of(_page(head, crumbs + shown)) == "Search headline of the story"
    # A menu's <h1> is no trail's end, even spelling the title.
    menu = crumbs.replace('class="breadcrumb"', 'class="menu"')
    assert _headline_of(_page(head, menu + shown)) == "Shown headline of the story"


def test_headline_reworded_from_the_only_declared_title_is_kept() -> None:
    body = f"<main><h1>Cranes can barely keep up as the harbour fills</h1>{PARA * 3}</main>"
    url = "https://ledger.example/port-posts-record-container-volume/"
    one = "<title>Port posts record container volume - Ledger</title>"
    title = extract(_page(one, body), url).title
    assert title == "Cranes can barely keep up as the harbour fills"
    # A second declaration agreeing with the first outweighs the heading's wording.
    two = one + '<meta property="og:title" content="Port posts record container volume">'
    assert extract(_page(two, body), url).title == "Port posts record container volume"


def test_button_inside_a_heading_is_no_part_of_its_text() -> None:
    cases = [
        '<h1>Module runtime <button id="copy-path">Copy item path</button></h1>',
        '<h1>Der Hafen wächst <button class="bookmark">Merken</button></h1>',
        '<h1><button aria-label="Partager">Partager</button>Le port grandit encore</h1>',
    ]
    wanted = ["Module runtime", "Der Hafen wächst", "Le port grandit encore"]
    for html, text in zip(cases, wanted, strict=True):
        node = LexborHTMLParser(html).css_first("h1")
        assert node is not None
        assert heading_text(node) == text, html


def test_heading_spelling_whole_parts_of_the_title_is_the_last_resort_headline() -> None:
    # The <h1> is the blog's name; the post's <h2> spells the title's last part.
    title = "Port Gazette Weekly » Blog Archive » Tide tables for the spring"
    body = (
        "<div id='header'><h1><a href='/'>Port Gazette Weekly</a></h1></div>"
        f"<div class='post'><h2>Tide tables for the spring</h2>{PARA * 3}</div>"
        "<div id='sidebar'><h2>Archives</h2><ul><li><a href='/2011/'>2011</a></li></ul></div>"
    )
    node = find_headline(LexborHTMLParser(_page("", body)), [title], _is_port_gazette)
    assert node is not None and heading_text(node) == "Tide tables for the spring"
    # A page naming itself in the title's first part, before a tagline.
    body = f"<div class='offer'><h2>Villa Galaxy</h2>{PARA * 3}</div>"
    node = find_headline(
        LexborHTMLParser(_page("", body)), ["Villa Galaxy - Ferienvilla in Florida"]
    )
    assert node is not None and heading_text(node) == "Villa Galaxy"


def test_headline_in_h3_under_a_section_h2_spelling_part_of_the_title() -> None:
    # The section's name in an <h2> spells one part of the title, the headline in the
    # <h3> under it another: the longer part is the page's own name.
    cases = [
        ("Wiadomości gospodarcze", "Inflacja spadła do 2 procent"),
        ("Inrikes nyheter", "Riksdagen röstade ja till lagen"),
    ]
    for section, headline in cases:
        for title in (
            f"{headline} | {section} | Port Gazette",
            f"{section} - {headline} - Port Gazette",
        ):
            body = (
                f"<div class='story'><h2 class='section'>{section}</h2>"
                f"<h3 class='title'>{headline}</h3>{PARA * 3}</div>"
            )
            node = find_headline(LexborHTMLParser(_page("", body)), [title])
            assert node is not None and heading_text(node) == headline, title


def test_section_boxs_heading_spelling_a_part_of_the_title_is_no_headline() -> None:
    # "Headline | Section | Site", the headline in no heading: the heading of a box of
    # links to the section's stories spells a part of the title too, but heads no text.
    section = "Ekonomika & Finance"
    title = f"Vláda schválila nový rozpočet na příští rok | {section} | Přístavní listy"
    for tag in ("h2", "h3"):
        body = (
            f"<div class='story'><div class='nadpis'>Vláda schválila nový rozpočet na příští rok"
            f"</div>{PARA * 3}</div><div class='box'><{tag}>{section}</{tag}>"
            "<ul><li><a href='/a'>Inflace zpomalila</a></li><li><a href='/b'>Koruna posílila"
            "</a></li></ul></div>"
        )
        found = find_headline(LexborHTMLParser(_page("", body)), [title])
        # The story's own <div> spelling the title's first part is its headline.
        assert found is not None and found.tag == "div", tag
        # The same heading over the story's text is its headline.
        body = f"<div class='story'><{tag}>{section}</{tag}>{PARA * 3}</div>"
        node = find_headline(LexborHTMLParser(_page("", body)), [title])
        assert node is not None and heading_text(node) == section, tag
    # A wrapper the heading alone fills ("<div class=title><h2>") stands for it.
    body = (
        "<div class='post'><div class='title'><h2>Tide tables for the spring</h2></div>"
        f"<div class='meta'>Posted by Jo</div><div class='entry'>{PARA * 2}</div></div>"
    )
    spring = "Port Gazette » Blog Archive » Tide tables for the spring"
    node = find_headline(LexborHTMLParser(_page("", body)), [spring])
    assert node is not None and heading_text(node) == "Tide tables for the spring"


def test_part_of_a_title_part_or_a_sidebar_heading_is_no_headline() -> None:
    title = "Villa Galaxy - Ferienvilla in Florida mit Pool"
    body = f"<div class='offer'><h2>Ferienvilla in Florida</h2>{PARA * 3}</div>"
    assert find_headline(LexborHTMLParser(_page("", body)), [title]) is None
    body = f"<main>{PARA * 3}</main><aside><h2>Villa Galaxy</h2><p>Weitere Villen</p></aside>"
    assert find_headline(LexborHTMLParser(_page("", body)), [title]) is None


def _is_port_gazette(text: str) -> bool:
    return text == "Port Gazette Weekly"


def test_declared_title_cut_at_an_unescaped_quote_is_read_whole_from_the_heading() -> None:
    # A single-quoted attribute ends at the first apostrophe; the heading shows a curly one.
    head = "<meta property=\"og:title\" content='Europe's ports brace for a record summer'>"
    head += '<meta name="dc.title" content="Harbour traffic forecast for the summer season">'
    body = f"<main><h1>Europe’s ports brace for a record summer</h1>{PARA * 3}</main>"
    url = "https://ledger.example/n/88123"
    assert extract(_page(head, body), url).title == "Europe’s ports brace for a record summer"


def test_declared_title_the_heading_goes_on_from_with_words_is_a_shorter_title() -> None:
    head = (
        '<meta property="og:title" content="Minister quits">'
        '<meta name="dc.title" content="Minister quits">'
    )
    url = "https://ledger.example/n/88123"
    body = f'<main><h1>Minister quits over "no regrets" remark</h1>{PARA * 3}</main>'
    assert extract(_page(head, body), url).title == "Minister quits"


def test_title_ending_in_an_ellipsis_no_witness_goes_on_from_is_kept() -> None:
    # The heading ends where the declared title does, ellipsis and all: the headline itself.
    head = (
        "<title>Alles neu macht der Mai… | Hafenbote</title>"
        '<meta property="og:title" content="Alles neu macht der Mai…">'
    )
    body = f"<main><h1>Alles neu macht der Mai…</h1>{PARA * 3}</main>"
    assert extract(_page(head, body), "https://hafenbote.example/n/1").title == (
        "Alles neu macht der Mai…"
    )
    # A title that repeats the ellipsis before going on is another text, not the rest.
    head = (
        "<title>Und dann kam der Regen... und mit ihm die Flut | Hafenbote</title>"
        '<meta property="og:title" content="Und dann kam der Regen...">'
        '<meta name="dc.title" content="Und dann kam der Regen...">'
    )
    body = f"<main>{PARA * 3}</main>"
    assert extract(_page(head, body), "https://hafenbote.example/n/1").title == (
        "Und dann kam der Regen..."
    )


def test_site_name_is_the_title_when_every_declaration_names_the_site() -> None:
    head = (
        "<title>Hafenbote</title>"
        '<meta property="og:site_name" content="Hafenbote">'
        '<meta property="og:title" content="Hafenbote">'
    )
    html = _page(head, f"<main>{PARA * 3}</main>")
    assert extract(html, "https://hafenbote.example/").title == "Hafenbote"


def test_h3_spelling_the_whole_title_is_the_headline_unless_a_list_item() -> None:
    # A stock "news detail" template: the headline in an <h3>, the <title> the headline alone.
    title = "Počinje zamena vodovodne mreže u centru grada"
    body = f"<div class='news-detail'><h3>{title}</h3>{PARA * 3}</div>"
    node = find_headline(LexborHTMLParser(_page("", body)), [title])
    assert node is not None and heading_text(node) == title
    # A stream of teasers, one linking to this very story, is no headline.
    stream = f"<ul class='stream'><li><h3><a href='/n/1'>{title}</a></h3>{PARA}</li></ul>"
    assert find_headline(LexborHTMLParser(_page("", stream)), [title]) is None


def test_declared_title_a_witness_quotes_is_not_cut() -> None:
    # The <title> quotes the short declared title: its closing mark ends a quotation.
    head = (
        "<title>„Tatort“ aus Münster: Die Kritik zum Sonntagskrimi | Hafenbote</title>"
        '<meta property="og:title" content="Tatort">'
        '<meta name="dc.title" content="Tatort">'
    )
    html = _page(head, f"<main>{PARA * 3}</main>")
    assert extract(html, "https://hafenbote.example/n/1").title == "Tatort"


def test_title_shortened_with_a_chinese_ellipsis_is_read_whole() -> None:
    # Chinese writes the ellipsis twice ("……"); the <title> and og:title are cut alike,
    # the JSON-LD headline is whole.
    whole = "港口新建跨海大桥正式通车往返两岸时间缩短一半以上"
    head = (
        "<title>港口新建跨海大桥正式通车……_港城日报</title>"
        '<meta property="og:title" content="港口新建跨海大桥正式通车……">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
        + whole
        + '"}</script>'
    )
    body = f"<main>{PARA * 3}</main>"
    assert extract(_page(head, body), "https://gangcheng.example/n/1").title == whole


def test_title_shortened_before_the_site_name_is_read_whole() -> None:
    # "Headline... - Site": the ellipsis ends the title once the site's name is cut off.
    whole = "Thành phố khởi công cây cầu mới nối hai bờ cảng sau nhiều năm chờ đợi"
    head = (
        "<title>Thành phố khởi công cây cầu mới nối hai bờ... - Báo Cảng</title>"
        '<meta name="twitter:title" '
        'content="Thành phố khởi công cây cầu mới nối hai bờ... | Báo Cảng">'
        '<meta property="og:site_name" content="Báo Cảng">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "'
        + whole
        + '"}</script>'
    )
    html = _page(head, f"<main><div class='tieu-de'>{whole}</div>{PARA * 3}</main>")
    assert extract(html, "https://baocang.example/n/1").title == whole


UNSPACED_H1 = [
    pytest.param(
        "ja",
        "【速報】台風10号、九州に上陸へ 交通機関に影響",
        "大型の台風10号が九州南部に上陸する見通し、気象庁が警戒を呼びかけ",
        "2024年8月28日 14時35分",
        "気象庁によると、台風10号は28日夜にも鹿児島県に上陸する見通しです。",
        id="ja",
    ),
    pytest.param(
        "zh",
        "快讯：台风登陆在即 多地停课",
        "第十号台风预计今晚在南部沿海登陆 气象部门发布红色预警",
        "2024年8月28日 14:35",
        "气象部门表示，台风预计今晚在南部沿海地区登陆，多地已经宣布停课。",
        id="zh",
    ),
    pytest.param(
        "th",
        "ด่วน! พายุเข้าภาคใต้ คืนนี้",
        "กรมอุตุนิยมวิทยาเตือนพายุโซนร้อนจะเคลื่อนเข้าฝั่งภาคใต้ในคืนนี้",
        "28/08/2024 14:35",
        "กรมอุตุนิยมวิทยาประกาศเตือนประชาชนในพื้นที่ภาคใต้ให้เตรียมรับมือกับพายุ",
        id="th",
    ),
]


@pytest.mark.parametrize(("lang", "social", "headline", "shown", "sentence"), UNSPACED_H1)
def test_the_one_h1_in_a_script_without_spaces_is_the_headline_element(
    lang: str, social: str, headline: str, shown: str, sentence: str
) -> None:
    # Worded unlike the social title, the lone <h1> is still the page's headline: the
    # byline's date and time are read beside it (no date is declared).
    text = "".join(f"<p>{sentence}（{i}）</p>" for i in range(10))
    html = (
        f"<html lang='{lang}'><head><title>{social}</title>"
        f"<meta property='og:title' content='{social}'></head><body>"
        "<header><a href='/'>NEWS</a></header><main><article>"
        f"<h1>{headline}</h1><div class='meta'><span class='time'>{shown}</span></div>"
        f"{text}</article></main></body></html>"
    )
    tree = LexborHTMLParser(html)
    node = find_headline(tree, [social], lambda _: False)
    assert node is not None and node.tag == "h1"
    article = extract(html, "https://news.example/articles/20240828/k10014560123000.html")
    assert article.published is not None
    assert (article.published.hour, article.published.minute) == (14, 35)


def test_title_cut_without_an_ellipsis_is_read_whole_only_where_it_was_cut() -> None:
    from scrape.extraction.title.declared import uncut as _uncut

    whole = "Bundesregierung und Länder einigen sich auf die Finanzierung des Deutschlandtickets"
    # Inside a word of a spaced script: cut at a length, whatever the declaration.
    assert _uncut(whole[:70], [f"{whole} | Tagesblatt"]) == f"{whole} | Tagesblatt"
    # At a word, only the JSON-LD headline is one a length limit cuts: an og:title that
    # the <title> extends with words is a shorter wording of its own.
    short = "Bundesregierung und Länder einigen sich"
    assert _uncut(short, [f"{whole} | Tagesblatt"]) == short
    assert _uncut(short, [whole], by_length=True) == whole
    # In a script without spaces every title the other starts with meets it "inside a
    # word": nothing there says it was cut.
    assert _uncut("北京发布新规", ["北京发布新规定实施细则"]) == "北京发布新规"


def test_a_word_of_the_heading_text_is_no_kicker_a_shorter_title_leaves_out() -> None:
    # The <title> shortens the headline; the heading marks no part of it as a line of its
    # own, so nothing says "Mehr" is the template's.
    body = f"<article><h1>Mehr Transparenz bei Preisanpassungen</h1>{PARA * 3}</article>"
    html = _page("<title>Transparenz bei Preisanpassungen | Ministerium</title>", body)
    assert extract(html, "https://ministerium.example/news/preise").title == (
        "Mehr Transparenz bei Preisanpassungen"
    )
    # A kicker the declarations carry stays joined.
    body = (
        "<article><h1><span class='c1'>Neuer Hafen</span> Rostock stoppt Pläne für neues "
        f"Fährterminal</h1>{PARA * 3}</article>"
    )
    html = _page("<title>Neuer Hafen: Rostock stoppt Pläne für neues Fährterminal</title>", body)
    assert extract(html, "https://bote.example/region/123").title == (
        "Neuer Hafen: Rostock stoppt Pläne für neues Fährterminal"
    )


def test_kicker_ending_in_a_separator_gets_no_colon_after_it() -> None:
    body = (
        "<article><h1 class='entry-title'><div class='entry-section'><a href='/local-news/'>"
        "Local News | </a></div> <span class='dfm-title'>Brothel busted in Boston suburb"
        f"</span></h1>{PARA * 3}</article>"
    )
    assert extract(_page("", body), "https://herald.example/2023/11/08/brothel/").title == (
        "Local News | Brothel busted in Boston suburb"
    )


def test_headline_set_in_a_div_is_found_by_the_title_part_it_spells() -> None:
    # No heading: the <title> part the page shows over the text is the headline, whatever
    # script the site's name after it is in.
    body = (
        f"<main><div class='c1'>Tallinn opens its new harbour ferry terminal</div>{PARA * 3}</main>"
    )
    tree = LexborHTMLParser(
        _page(
            "<title>Tallinn opens its new harbour ferry terminal | Põhjaranniku Leht</title>", body
        )
    )
    found = find_headline(
        tree, ["Tallinn opens its new harbour ferry terminal | Põhjaranniku Leht"]
    )
    assert found is not None and found.text().strip().startswith("Tallinn opens")


def test_site_name_over_its_address_is_no_headline_in_a_div() -> None:
    # The footer's name of the association spells the title's last part, over its address.
    body = (
        "<main><p>Termine und Ergebnisse der Saison werden hier laufend veröffentlicht.</p></main>"
        "<div><p>Deutscher Ruderverband e.V.</p>"
        f"{PARA * 2}</div>"
    )
    tree = LexborHTMLParser(
        _page("<title>Rudern - Aktuelles - Rudern | Deutscher Ruderverband e.V.</title>", body)
    )
    assert (
        find_headline(tree, ["Rudern - Aktuelles - Rudern | Deutscher Ruderverband e.V."]) is None
    )
