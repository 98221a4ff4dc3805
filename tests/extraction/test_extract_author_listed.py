"""Co-authors a byline lists as links of their own, with nothing written between them or set
apart by a mark: every one is an author, and a link elsewhere (a section, a place) is not."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract


def _page(lang: str, headline: str, byline: str, sentence: str) -> str:
    text = "".join(f"<p>{sentence} ({i})</p>" for i in range(12))
    return (
        f"<html lang='{lang}'><head><title>{headline} | Primer</title></head><body>"
        "<header><a href='/'>Primer</a><nav><a href='/novice/'>Novice</a></nav></header>"
        f"<main><article><h1>{headline}</h1>{byline}"
        "<time datetime='2024-11-12T10:00:00+01:00'>12. 11. 2024</time>"
        f"{text}</article></main></body></html>"
    )


LISTED = [
    pytest.param(
        "sl",
        "Nov načrt za vodovod v središču mesta",
        "<ul class='authors'><li><a href='/avtor/ana-novak/'>Ana Novak</a></li>"
        "<li><a href='/avtor/marko-kos/'>Marko Kos</a></li>"
        "<li><a href='/avtor/eva-zupan/'>Eva Zupan</a></li></ul>",
        "Mestna občina je včeraj predstavila nov načrt za obnovo vodovodnega omrežja.",
        ("Ana Novak", "Marko Kos", "Eva Zupan"),
        id="sl-list-items",
    ),
    pytest.param(
        "pt",
        "Câmara aprova novo plano para a rede de água",
        "<div class='byline'>Por <a href='https://primer.pt/autores/joana-reis'>Joana Reis</a>"
        " · <a href='https://primer.pt/autores/rui-matos'>Rui Matos</a></div>",
        "A câmara municipal aprovou ontem o novo plano para a rede de abastecimento de água.",
        ("Joana Reis", "Rui Matos"),
        id="pt-middle-dot",
    ),
    pytest.param(
        "tr",
        "Belediye su şebekesi için yeni planı onayladı",
        "<div class='article-authors'><a class='author' href='/yazar/ayse-demir'>Ayşe Demir</a>"
        "<a class='author' href='/yazar/mehmet-kaya'>Mehmet Kaya</a></div>",
        "Belediye meclisi dün şehir merkezindeki su şebekesinin yenilenmesi planını onayladı.",
        ("Ayşe Demir", "Mehmet Kaya"),
        id="tr-adjacent-links",
    ),
    pytest.param(
        "sk",
        "Mesto schválilo nový plán pre vodovod",
        "<p class='autor'><a href='/autor/jana-horvathova'>Jana Horváthová</a> | "
        "<a href='/autor/peter-kral'>Peter Kráľ</a></p>",
        "Mestské zastupiteľstvo včera schválilo nový plán obnovy vodovodnej siete v centre.",
        ("Jana Horváthová", "Peter Kráľ"),
        id="sk-bar",
    ),
]


@pytest.mark.parametrize(("lang", "headline", "byline", "sentence", "expected"), LISTED)
def test_every_listed_co_author_is_an_author(
    lang: str, headline: str, byline: str, sentence: str, expected: tuple[str, ...]
) -> None:
    html = _page(lang, headline, byline, sentence)
    assert extract(html, "https://primer.example/novice/plan/").authors == expected


@pytest.mark.parametrize(
    "after",
    [
        "<a href='/novice/lokalno/'>Lokalne Novice</a>",  # a section's link
        "<a href='/kraj/nova-gorica/'>Nova Gorica</a>",  # a place's link
        # The writer's own page again, under a button's words ("All articles").
        "<a class='all' href='/avtor/ana-novak'>Vsi Članki</a>",
    ],
)
def test_a_link_beside_the_name_elsewhere_or_to_the_name_s_page_is_no_co_author(after: str) -> None:
    byline = f"<div class='byline'><a href='/avtor/ana-novak/'>Ana Novak</a> · {after}</div>"
    sentence = "Mestna občina je včeraj predstavila nov načrt za obnovo vodovodnega omrežja."
    html = _page("sl", "Nov načrt za vodovod v središču mesta", byline, sentence)
    assert extract(html, "https://primer.example/novice/plan/").authors == ("Ana Novak",)


def _declared_page(ld_author: str, byline: str) -> str:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        f'"Der Hafen bekommt neue Kräne", "author": {ld_author}}}</script>'
    )
    text = "".join(
        f"<p>Der Hafen bekommt neue Kräne, und die Stadt zahlt dafür mehr als geplant ({i}).</p>"
        for i in range(12)
    )
    return (
        f"<html lang='de'><head><title>Der Hafen bekommt neue Kräne | Primer</title>{ld}"
        "</head><body><main><article><h1>Der Hafen bekommt neue Kräne</h1>"
        f"{byline}{text}</article></main></body></html>"
    )


def test_a_byline_listing_the_declared_writer_and_more_names_every_co_author() -> None:
    # The JSON-LD declares the first writer only; the byline prints both.
    byline = (
        "<div class='byline'><a href='/autor/anna-roth/'>Anna Roth</a>, "
        "<a href='/autor/jan-koch/'>Jan Koch</a></div>"
    )
    html = _declared_page('{"@type": "Person", "name": "Anna Roth"}', byline)
    assert extract(html, "https://primer.example/hafen/").authors == ("Anna Roth", "Jan Koch")


@pytest.mark.parametrize(
    "role", ["Print Managing Editor", "Chief Business Officer", "Shipping Expert"]
)
def test_a_role_after_the_declared_writers_name_is_no_co_author(role: str) -> None:
    byline = (
        "<div class='byline'><span class='name'><a href='/autor/anna-roth/'>Anna Roth</a>"
        f"</span>, <span class='job'>{role}</span></div>"
    )
    html = _declared_page('{"@type": "Person", "name": "Anna Roth"}', byline)
    assert extract(html, "https://primer.example/hafen/").authors == ("Anna Roth",)
    # Nor when nothing is declared.
    html = _declared_page('""', byline)
    assert extract(html, "https://primer.example/hafen/").authors == ("Anna Roth",)


def test_an_author_element_holding_the_writers_job_is_no_co_author() -> None:
    byline = (
        "<div class='info'><div><a class='info_authorName' href='/autor/anna-roth/'>Anna Roth"
        "</a></div><span class='info_authorJob'>Chief Business Editor</span></div>"
    )
    html = _declared_page('{"@type": "Person", "name": "Anna Roth"}', byline)
    assert extract(html, "https://primer.example/hafen/").authors == ("Anna Roth",)


def test_a_co_author_s_job_beside_their_name_is_no_co_author() -> None:
    # Two author cards, each a linked name and the writer's job in a span of its own.
    cards = "".join(
        f"<div class='author-information'><span class='author'><a href='/authors/{slug}/' "
        f"rel='author'>{name}</a></span><span class='author-title'>{job}</span></div>"
        for slug, name, job in (
            ("chloe-barnes", "Chloe Barnes", "News Reporter"),
            ("ryan-fletcher", "Ryan Fletcher", "Senior Reporter"),
        )
    )
    sentence = "The council said the bench had been taken away by mistake on Tuesday morning."
    html = _page("en", "Memorial bench crushed by bin crew", f"<div>{cards}</div>", sentence)
    assert extract(html, "https://primer.example/news/bench/").authors == (
        "Chloe Barnes",
        "Ryan Fletcher",
    )


def test_the_photographer_the_byline_credits_is_no_author_though_declared() -> None:
    people = (
        '[{"@type": "Person", "name": "Markus Feldner"}, '
        '{"@type": "Person", "name": "Jürgen Degenhardt"}]'
    )
    credits = (
        "<div class='credits'>Text: <a href='/autoren/markus-feldner/'>Markus Feldner</a> | "
        "Fotos: Jürgen Degenhardt<br>Veröffentlicht am 16.06.2024</div>"
    )
    html = _declared_page(people, credits)
    assert extract(html, "https://primer.example/hafen/kraene/").authors == ("Markus Feldner",)
    # A card per person, the third saying "Fotograf".
    cards = "".join(
        f"<li class='byline__author'><div><a class='byline__name' href='/kontakt/{slug}/'>"
        f"{name}</a><span class='byline__title'>{job}</span></div></li>"
        for slug, name, job in (
            ("lisa.berg", "Lisa Berg", "Reporter"),
            ("amir.haddad", "Amir Haddad", "Reporter"),
            ("erik.holm", "Erik Holm", "Fotograf"),
        )
    )
    declared = (
        people.replace("Markus Feldner", "Lisa Berg").replace("Jürgen Degenhardt", "Amir Haddad")[
            :-1
        ]
        + ', {"@type": "Person", "name": "Erik Holm"}]'
    )
    html = _declared_page(declared, f"<ul class='byline'>{cards}</ul>")
    assert extract(html, "https://primer.example/hafen/kraene/").authors == (
        "Lisa Berg",
        "Amir Haddad",
    )


@pytest.mark.parametrize(
    "byline",
    [
        # The role before the name, the name a link of its own.
        "<div><span>Von</span> <a href='/de/contributor/lisa-berg'>Lisa Berg</a></div>"
        "<div><span>Fotos von</span> <a href='/de/contributor/erik-holm'>Erik Holm</a></div>",
        # ... or in the byline's one line, after the writers.
        "<div class='byline'>By <a href='/profile/lisa-berg/'>Lisa Berg</a>, Photographs by "
        "<a href='/profile/erik-holm/'>Erik Holm</a></div>",
    ],
)
def test_the_photographer_credited_before_the_name_is_no_author_though_declared(
    byline: str,
) -> None:
    declared = (
        '[{"@type": "Person", "name": "Lisa Berg"}, {"@type": "Person", "name": "Erik Holm"}]'
    )
    html = _declared_page(declared, byline)
    assert extract(html, "https://primer.example/hafen/kraene/").authors == ("Lisa Berg",)


def test_the_writer_who_took_the_photos_too_stays_the_author() -> None:
    declared = '{"@type": "Person", "name": "Erik Holm"}'
    byline = (
        "<div class='byline'>Text und Fotos von <a href='/autor/erik-holm/'>Erik Holm</a></div>"
    )
    html = _declared_page(declared, byline)
    assert extract(html, "https://primer.example/hafen/kraene/").authors == ("Erik Holm",)
