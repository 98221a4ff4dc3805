"""Another story's teaser card set inside the article's text (its linked headline, its
writer, its day), as German and English papers print "Lesen Sie auch" boxes between
paragraphs: its day and its writer are that story's, whatever the card's class says, and
a linked section label beside the byline's day is no card."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

PARAGRAPH = (
    "<p>" + "Die Bundesregierung hat am Dienstag neue Regeln beschlossen, die nach monatelangen "
    "Gesprächen mit den Gewerkschaften im Frühjahr gelten sollen. " * 3 + "</p>"
)
DECLARED = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Neue Regeln",'
    ' "datePublished": "2024-11-05T10:22:00+01:00"}</script>'
)


def _page(card: str, byline: str = "", declared: bool = False) -> str:
    return (
        f"<html lang='de'><head><title>Neue Regeln</title>{DECLARED if declared else ''}"
        "</head><body><main><article><h1>Neue Regeln</h1>"
        f"<div class='meta'>{byline}05.11.2024, 10:22 Uhr</div>"
        f"<div class='body'>{PARAGRAPH}{card}{PARAGRAPH}{PARAGRAPH}</div>"
        "</article></main></body></html>"
    )


def _card(css_class: str) -> str:
    return (
        f"<div class='{css_class}'><a href='/politik/ein-anderer-artikel-99.html'>"
        "<img src='t.jpg' alt=''><h3>Ein anderer Artikel über die Steuern</h3></a>"
        "<span>Von Max Weber</span> <time datetime='2024-11-02T08:00:00+01:00'>02.11.2024</time>"
        "</div>"
    )


URL = "https://www.example.de/politik/neue-regeln-100.html"


@pytest.mark.parametrize("css_class", ["teaser", "x7f3a"])
@pytest.mark.parametrize("declared", [False, True])
def test_a_teaser_cards_day_is_not_the_articles(css_class: str, declared: bool) -> None:
    published = extract(_page(_card(css_class), declared=declared), URL).published
    assert published is not None and published.date().isoformat() == "2024-11-05"


@pytest.mark.parametrize("css_class", ["teaser", "x7f3a"])
def test_a_teaser_cards_writer_is_not_the_articles(css_class: str) -> None:
    assert extract(_page(_card(css_class)), URL).authors == ()
    page = _page(_card(css_class), byline="Von Anna Roth · ")
    assert extract(page, URL).authors == ("Anna Roth",)


def test_a_linked_section_label_beside_the_bylines_day_is_no_card() -> None:
    page = (
        "<html lang='de'><head><title>Neue Regeln</title></head><body><main><article>"
        "<div class='top'><h1>Neue Regeln</h1></div>"
        "<div class='meta'><a href='/politik/'><h4>Politik</h4></a>"
        "<time datetime='2024-11-05T10:22:00+01:00'>05.11.2024, 10:22 Uhr</time></div>"
        f"<div class='body'>{PARAGRAPH}{PARAGRAPH}</div></article></main></body></html>"
    )
    published = extract(page, URL).published
    assert published is not None and published.isoformat() == "2024-11-05T10:22:00+01:00"


def test_a_bylines_day_in_a_column_beside_an_up_next_card_is_the_articles() -> None:
    # The column holds the byline a few levels down and, beside it, a card of the next
    # story: the column is no card, the day is the byline's.
    column = (
        "<div class='lc'><div class='ai'><ul><li><div class='pi'><span>by </span>"
        "<a rel='author' href='/profiles/jane/'>Jane Doe</a> "
        "<time datetime='2024-11-05T10:22:00+01:00'>November 5, 2024 10:22 AM</time></div>"
        "</li></ul></div><a href='/news/next-story-12/'><h4>Up Next: Governments are bad at "
        "social media</h4></a></div>"
    )
    page = (
        "<html lang='en'><head><title>Neue Regeln</title></head><body>"
        "<div class='hero'><h1>Neue Regeln</h1></div><main><article>"
        f"{column}<div class='body'>{PARAGRAPH}{PARAGRAPH}</div></article></main></body></html>"
    )
    published = extract(page, URL).published
    assert published is not None and published.isoformat() == "2024-11-05T10:22:00+01:00"


def test_a_teaser_cards_day_does_not_bound_an_update_only_byline() -> None:
    # The byline shows only when the story was updated; the last resort reads the pruned
    # page for the first publication, where the card's day no longer stands.
    page = (
        "<html lang='de'><head><title>Neue Regeln</title></head><body><main><article>"
        "<h1>Neue Regeln</h1><div class='header-detail'><span class='header-label'>Von "
        "<a href='/redaktion/anna-roth'>Anna Roth</a>, Berlin</span>"
        "<time datetime='2024-11-05T10:22:31+0100'>Aktualisiert am 05.11.2024-10:22</time></div>"
        f"<div class='body'>{PARAGRAPH}{_card('teaser')}{PARAGRAPH}{PARAGRAPH}</div>"
        "</article></main></body></html>"
    )
    published = extract(page, URL).published
    assert published is not None and published.date().isoformat() == "2024-11-05"


def test_a_listicles_items_under_linked_headings_stay_in_the_text() -> None:
    items = "".join(
        f"<div class='item'><a href='/cafes/cafe-{i}/'><h3>Café Nummer {i} am Marktplatz</h3>"
        "</a><p>Hier gibt es den besten Kuchen der Stadt, und sonntags spielt eine Band auf "
        "der Terrasse, sagt die Wirtin.</p></div>"
        for i in (1, 2, 3)
    )
    page = (
        "<html lang='de'><head><title>Die besten Cafés</title></head><body><main><article>"
        f"<h1>Die besten Cafés</h1><div class='body'>{PARAGRAPH}{items}{PARAGRAPH}</div>"
        "</article></main></body></html>"
    )
    assert "sonntags spielt eine Band" in extract(page, URL).body


def test_a_listings_cards_are_its_content() -> None:
    cards = "".join(
        f"<div class='c{i}'><a href='/politik/artikel-{i}.html'><h3>Der Stadtrat beschließt "
        f"Vorhaben Nummer {i} für den Norden</h3></a><time>0{i}.11.2024</time></div>"
        for i in range(1, 7)
    )
    page = (
        "<html lang='de'><head><title>Politik</title></head><body><main>"
        f"<h1>Politik</h1><div class='list'>{cards}</div></main></body></html>"
    )
    assert "Vorhaben Nummer 3" in extract(page, URL).body


def test_a_list_of_the_writers_other_stories_does_not_bound_an_update_only_byline() -> None:
    # The author box closing the article lists the writer's other stories with their days;
    # the last resort reads the page without it.
    others = "".join(
        f"<li><a href='/politik/artikel-{i}.html'>Ein weiterer Artikel Nummer {i} von ihr</a> "
        f"<time>0{i}.11.2024</time></li>"
        for i in (1, 2, 3)
    )
    page = (
        "<html lang='de'><head><title>Neue Regeln</title></head><body><main><article>"
        "<h1>Neue Regeln</h1><div class='header-detail'><span class='header-label'>Von "
        "<a href='/redaktion/anna-roth'>Anna Roth</a>, Berlin</span>"
        "<time datetime='2024-11-05T10:22:31+0100'>Aktualisiert am 05.11.2024-10:22</time></div>"
        f"<div class='body'>{PARAGRAPH}{PARAGRAPH}{PARAGRAPH}</div>"
        f"<div class='x9'><h3>Mehr von Anna Roth</h3><ul>{others}</ul></div>"
        "</article></main></body></html>"
    )
    published = extract(page, URL).published
    assert published is not None and published.date().isoformat() == "2024-11-05"
