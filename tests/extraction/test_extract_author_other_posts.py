"""Which boxes of a page are other posts' and which are the article's own: an author card,
a <header> that is a part of the page's content, a comment the post's author wrote."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

TEXT = {
    "pl": "Nowy most nad rzeką otwarto dla ruchu po trzech latach budowy. ",
    "tr": "Nehir üzerindeki yeni köprü üç yıllık inşaatın ardından trafiğe açıldı. ",
    "sv": "Den nya bron över älven öppnades för trafik efter tre års bygge. ",
    "id": "Jembatan baru di atas sungai dibuka untuk lalu lintas setelah tiga tahun. ",
    "cs": "Nový most přes řeku byl po třech letech stavby otevřen pro dopravu. ",
    "pt": "A nova ponte sobre o rio foi aberta ao trânsito após três anos de obras. ",
    "de": "Die neue Brücke über den Fluss wurde nach drei Jahren Bauzeit eröffnet. ",
}
HEADLINE = {
    "pl": "Nowy most otwarty",
    "tr": "Yeni köprü açıldı",
    "sv": "Nya bron öppnad",
    "id": "Jembatan baru dibuka",
    "cs": "Nový most otevřen",
    "pt": "Nova ponte aberta",
    "de": "Neue Brücke eröffnet",
}


def _body(lang: str) -> str:
    return "".join(f"<p>{TEXT[lang] * 4}</p>" for _ in range(4))


def _page(lang: str, inside: str) -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{HEADLINE[lang]}</title></head><body>{inside}</body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "box", "name"),
    [
        (
            "pl",
            "<div class='post-author-card'><p class='post-author-card__name'>Zofia Wrona</p>"
            "<p>Zofia Wrona pisze o transporcie publicznym od dziesięciu lat.</p></div>",
            "Zofia Wrona",
        ),
        (
            "tr",
            "<div class='teaser-box author'><div class='title'>Elif Yıldırım</div>"
            "<a href='/arama?yazar=elif-yildirim'>Tüm yazıları</a></div>",
            "Elif Yıldırım",
        ),
    ],
)
def test_author_card_after_the_text_names_the_author(lang: str, box: str, name: str) -> None:
    html = _page(
        lang, f"<main><div class='content'><h1>{HEADLINE[lang]}</h1>{_body(lang)}</div>{box}</main>"
    )
    assert extract(html, "https://gazeta.example/a/most").authors == (name,)


def test_author_named_in_another_posts_card_is_no_author() -> None:
    # The author element sits in a card of a list of other posts: that post's writer.
    cards = "".join(
        f"<div class='card'><h3><a href='/p/{i}'>Inny tekst {i}</a></h3>"
        f"<span class='card__author'>Jan Kowalczyk</span></div>"
        for i in range(3)
    )
    html = _page(
        "pl",
        f"<main><div class='content'><h1>{HEADLINE['pl']}</h1>{_body('pl')}</div>"
        f"<div class='more'>{cards}</div></main>",
    )
    assert extract(html, "https://gazeta.example/a/most").authors == ()


@pytest.mark.parametrize("lang", ["sv", "id"])
def test_header_element_inside_main_is_part_of_the_content(lang: str) -> None:
    # A page built of <header> sections inside <main>: the one after the headline's holds
    # the text and the author box, not the site's banner.
    html = _page(
        lang,
        "<header class='site-banner'><a href='/'>Logo</a></header><main>"
        f"<header class='section-post-header'><h1>{HEADLINE[lang]}</h1></header>"
        f"<header class='section-post-content'><div class='text'>{_body(lang)}</div>"
        "<div class='post-author-box'><div class='post-author-box__name'>Ingrid Lundqvist</div>"
        "<p>Ingrid Lundqvist skriver om infrastruktur.</p></div></header></main>",
    )
    assert extract(html, "https://tidning.example/a/bron").authors == ("Ingrid Lundqvist",)


def test_author_box_in_the_sites_own_header_is_no_author() -> None:
    # A <header> outside <main> and any sectioning element is the site's banner.
    html = _page(
        "sv",
        "<header class='banner'><div class='author-box'><div class='author-box__name'>"
        "Ingrid Lundqvist</div><p>Ingrid Lundqvist redigerar sajten.</p></div></header>"
        f"<div class='content'><h1>{HEADLINE['sv']}</h1>{_body('sv')}</div>",
    )
    assert extract(html, "https://tidning.example/a/bron").authors == ()


def _comments(post_author_class: str) -> str:
    return (
        "<ol class='commentlist'>"
        "<li class='comment byuser comment-author-pavel-novak depth-1'>"
        "<div class='comment-author vcard'><b class='fn'>Pavel Novák</b></div>"
        "<div class='comment-content'><p>Konečně! Čekali jsme dlouho.</p></div>"
        f"<ol class='children'><li class='comment byuser comment-author-jana-dvorakova "
        f"{post_author_class} depth-2'>"
        "<div class='comment-author vcard'><b class='fn'>Jana Dvořáková</b></div>"
        "<div class='comment-content'><p>Děkuji za přečtení.</p></div></li></ol></li></ol>"
    )


def test_comment_the_post_author_wrote_names_the_author() -> None:
    html = _page(
        "cs",
        f"<div class='content'><h1>{HEADLINE['cs']}</h1>{_body('cs')}</div>"
        f"<div id='comments'>{_comments('bypostauthor')}</div>",
    )
    assert extract(html, "https://blog.example/most").authors == ("Jana Dvořáková",)


def test_readers_comments_name_no_author() -> None:
    html = _page(
        "pt",
        f"<div class='content'><h1>{HEADLINE['pt']}</h1>{_body('pt')}</div>"
        f"<div id='comments'>{_comments('')}</div>",
    )
    assert extract(html, "https://blog.example/ponte").authors == ()


def _teaser_classed_article(meta_links: str, card: str = "") -> str:
    # A theme that classes its article's own parts as teasers: the meta line beside the
    # headline, and the text, as well as the cards of other posts.
    return _page(
        "de",
        "<div class='beitrag'><div class='teaser_text_meta'>"
        f"<a href='/autor/frank_g'>Gunter Frank</a> / 22.04.2020 / 06:15{meta_links}</div>"
        f"<div class='teaser_blog_text'><h2>{HEADLINE['de']}</h2>"
        f"{_body('de')}</div></div>{card}",
    )


def test_teaser_classed_meta_line_beside_the_headline_is_the_byline() -> None:
    html = _teaser_classed_article(
        " / <a href='#fusszeile'>Foto: Archiv</a> <a href='#leserpost'>150</a>"
        " <a href='javascript:window.print()'>Drucken</a>"
    )
    assert extract(html, "https://www.blog.example/artikel/lage").authors == ("Gunter Frank",)


def test_teaser_card_linking_to_another_post_is_no_byline() -> None:
    # The same meta line, linking to another post, is that post's card.
    html = _teaser_classed_article(" <a href='/artikel/andere_lage'>Zum Beitrag</a>")
    assert extract(html, "https://www.blog.example/artikel/lage").authors == ()


def test_testimonial_card_linking_nowhere_is_no_byline() -> None:
    # A customer's quote in a slider links nowhere else either, but it stands apart from
    # the headline.
    card = (
        "<div class='swiper'><div class='swiper-slide'><p>Great service!</p>"
        "<div class='customers_author-wrapper'>– Gregory</div></div></div>"
    )
    html = _page(
        "de",
        f"<div class='content'><h1>{HEADLINE['de']}</h1>{_body('de')}</div>{card}",
    )
    assert extract(html, "https://www.blog.example/artikel/lage").authors == ()


@pytest.mark.parametrize(
    ("lang", "by", "aside_class"),
    [("de", "Von", "sidebar"), ("en", "By", "sidebar"), ("de", "Von", "x7f3a")],
)
def test_a_by_line_in_a_list_of_other_posts_after_the_text_is_no_author(
    lang: str, by: str, aside_class: str
) -> None:
    # The article names nobody; the most-read list beside it names each story's writer,
    # in an element with no author class. With a class that says nothing, the list's shape
    # (a linked headline and a day per item, on several days) tells it.
    text = TEXT["de"] if lang == "de" else "The new bridge over the river opened to traffic. "
    items = "".join(
        f"<li><a href='/politik/story-{i}.html'><h3>Another story number {i}</h3></a>"
        f"<span>{by} Max Weber</span> <time datetime='2024-11-0{i}'>0{i}.11.2024</time></li>"
        for i in (1, 2, 3)
    )
    page = (
        f"<html lang='{lang}'><head><title>{HEADLINE['de']}</title></head><body><main><article>"
        f"<h1>{HEADLINE['de']}</h1>"
        + "".join(f"<p>{text * 4}</p>" for _ in range(4))
        + f"</article><aside class='{aside_class}'><h2>Most read</h2><ol>{items}</ol>"
        "</aside></main></body></html>"
    )
    assert extract(page, "https://news.example/politik/bruecke-100.html").authors == ()
