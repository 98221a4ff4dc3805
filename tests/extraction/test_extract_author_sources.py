"""Authors from the places real pages keep them: JSON-LD references, the article's own
header and footer, field labels after the text, bylines in other languages."""

from __future__ import annotations

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

BODY = "<p>" + "Plain article text that goes on for a while. " * 20 + "</p>"
TEXT_DE = "<p>" + "Ein ganz normaler Absatz des Artikels, der eine Weile weitergeht. " * 15 + "</p>"


def _page(article: str, head: str = "", after: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{article}</article>{after}</body></html>"


def test_json_ld_author_given_as_a_reference_to_a_person_in_the_graph() -> None:
    # Yoast-style graph: the article names its author only by "@id".
    graph = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "@id": "https://papa.example/#website", "name": "Papablog"},'
        '{"@type": "Article", "@id": "https://papa.example/2016/04/02/minions/#article",'
        ' "headline": "Minions mit Schablonen malen",'
        ' "author": {"@id": "https://papa.example/#/schema/person/77c5"},'
        ' "publisher": {"@id": "https://papa.example/#organization"}},'
        '{"@type": ["Person"], "@id": "https://papa.example/#/schema/person/77c5",'
        ' "name": "Floyd Berger"}]}</script>'
    )
    html = _page(f"<h1>Minions mit Schablonen malen</h1>{TEXT_DE}", head=graph)
    assert extract(html, "https://papa.example/2016/04/02/minions/").authors == ("Floyd Berger",)
    # A reference to nothing on the page gives no name.
    dangling = html.replace('"@id": "https://papa.example/#/schema/person/77c5",', "")
    assert extract(dangling, "https://papa.example/2016/04/02/minions/").authors == ()


def test_byline_in_a_header_by_class_inside_the_article() -> None:
    story = _page(
        "<h1>Intelligence briefings skipped</h1><div class='story--header--author'>"
        "<a href='/author/pat-frye/' rel='author'>Pat Frye</a></div>" + BODY
    )
    assert extract(story, "https://news.example/3790467/briefings/").authors == ("Pat Frye",)
    # A top bar inside the post (WordPress theme): author link, then the date.
    bar = _page(
        "<header class='element-top-bar clearfix'><a href='/author/patrickd/' rel='author'>"
        "Patrick Danowski</a> <span>06 PM | 18 Mai</span></header>"
        f"<h2>Alles neu macht der Mai</h2>{TEXT_DE}"
    )
    assert extract(bar, "https://bibliothek.example/2014/05/18/mai/").authors == (
        "Patrick Danowski",
    )


def test_site_header_outside_the_article_is_still_not_the_byline() -> None:
    html = (
        "<html><body><div class='site-header'><span class='author'>Harbourcast</span></div>"
        f"<article><h1>Cranes return to the east quay</h1>{BODY}</article></body></html>"
    )
    assert extract(html, "https://port.example/a").authors == ()


def test_byline_in_the_articles_own_footer() -> None:
    html = _page(
        f"<h1>Firefox – weniger Werbung, mehr Tempo</h1>{TEXT_DE}"
        "<footer class='meta'><address class='author p-author h-card'>Aureliana</address>"
        "<time datetime='2019-12-22'>22.12.2019</time></footer>"
    )
    assert extract(html, "https://journal.example/posts/2019-12-22-firefox/").authors == (
        "Aureliana",
    )


def test_cjk_author_label_is_not_the_name() -> None:
    html = _page(
        "<h1>Masscan と ZMap によるスキャンの違い</h1>"
        "<footer><p class='post-author'><span>投稿者</span> <a href='/author/negishi/'>"
        "Masafumi Negishi</a></p></footer>" + BODY
    )
    assert extract(html, "https://diary.example/d/2019/02/134052.html").authors == (
        "Masafumi Negishi",
    )
    assert clean_name("作者：李明") == ["李明"]
    assert clean_name("责任编辑") == []


def test_by_line_chunk_in_other_languages() -> None:
    de = _page(
        "<h1>Lesbische Erinnerungskultur</h1><p>Zum Gedenktag erinnern Vereine an verfolgte"
        " Frauen.</p><p>Alexandra Sackmann</p><p>Von Claudia Lindner</p>" + TEXT_DE,
        head="<meta name='author' content='L-MAG – Das Magazin'>",
    )
    assert extract(de, "https://lmag.example/news-1010/gedenken.html").authors == (
        "Claudia Lindner",
    )
    fr = _page("<h1>La réforme des retraites</h1><p>Par Claire Dubois</p>" + BODY)
    assert extract(fr, "https://journal.example/politique/retraites").authors == ("Claire Dubois",)


def test_soft_hyphens_inside_a_name_are_dropped() -> None:
    assert clean_name("Von Mat\u00adthi\u00adas Lauerer") == ["Matthias Lauerer"]
    assert clean_name("Anna\u200b Berg") == ["Anna Berg"]


def test_full_stop_of_an_initial_or_suffix_is_kept() -> None:
    assert clean_name("By Perry Bacon Jr.") == ["Perry Bacon Jr."]
    assert clean_name("Joe S.") == ["Joe S."]
    assert clean_name("Por Juan Carlos Muñoz C.") == ["Juan Carlos Muñoz C."]
    # A sentence's full stop is not part of the name.
    assert clean_name("Written by Jane Doe.") == ["Jane Doe"]
    assert clean_name("J.") == ["J"]


def test_agency_or_desk_code_after_a_slash() -> None:
    assert clean_name("Peter Maahn/SP-X") == ["Peter Maahn"]
    assert clean_name("Jane Roe / Reuters") == ["Jane Roe"]
    assert clean_name("Foto: Bernd Weiß/dpa") == []


def test_writer_field_label_after_the_text() -> None:
    credits = _page(
        f"<h1>Die Haubenfahrzeuge der Nachkriegszeit</h1>{TEXT_DE}"
        "<p><strong>Text:</strong> Klausmartin Friedrich</p>"
        "<p><strong>Fotos: </strong>Helmut Elstrodt, Frank Jäger</p>"
    )
    assert extract(credits, "https://fahrzeuge.example/news/haubenfahrzeuge-49").authors == (
        "Klausmartin Friedrich",
    )
    role = _page(
        f"<h1>Große Aufgaben für die neue Regierung</h1>{TEXT_DE}"
        "<p><strong>Autorin: Uta Staschewski, Projektleiterin der Stiftung in Tunesien."
        "</strong></p>",
        head="<meta name='author' content='Hanns-Stiftung e.V.'>",
    )
    assert extract(role, "https://stiftung.example/news/regierung").authors == ("Uta Staschewski",)
    es = _page(f"<h1>El juicio sigue abierto</h1>{BODY}<p>Texto: Isabel Caro</p>")
    assert extract(es, "https://diario.example/pais/juicio").authors == ("Isabel Caro",)


def test_writer_label_in_the_comments_is_not_the_author() -> None:
    comments = (
        "<section class='comments'><div class='comment'><p>Autor: Max Leser</p>"
        "<p>Toller Beitrag!</p></div></section>"
    )
    html = _page(f"<h1>Hafen wird ausgebaut</h1>{TEXT_DE}", after=comments)
    assert extract(html, "https://zeitung.example/hafen").authors == ()


def test_an_agency_source_line_right_after_the_texts_container_is_the_byline() -> None:
    html = (
        "<html><body><div class='story'><h1>Customs seize pills hidden in lemons</h1>"
        f"<div class='story-text'>{BODY * 6}</div>"
        "<div class='story-source'>Source: Agence France Presse</div>"
        "<div class='story-tags'>Tags: <a href='/tags/customs'>Customs</a></div>"
        "</div></body></html>"
    )
    assert extract(html, "https://news.example/stories/305118").authors == ("Agence France Presse",)
    # A source that is no agency (a ministry's statement) names no writer.
    ministry = html.replace("Agence France Presse", "Ministry of Finance")
    assert extract(ministry, "https://news.example/stories/305118").authors == ()


def test_an_agency_after_the_place_in_a_source_line_is_the_byline() -> None:
    text = (
        "<p>" + "زرعت الهيئة مئة ألف شجرة غاف في مناطق مختلفة من الإمارة هذا العام. " * 12 + "</p>"
    )
    html = (
        "<html lang='ar' dir='rtl'><body><div class='article'><h1>زراعة 100 ألف شجرة غاف</h1>"
        f"<div class='article-body'>{text}<p class='article-source'>المصدر: أبوظبي - وام</p>"
        "</div></div></body></html>"
    )
    assert extract(html, "https://www.emaratalyoum.example/local/1").authors == ("وام",)
