"""How author candidates are collected: the article's own container is never "other
posts" whatever its class says, and schema.org data declares an author on a WebPage as
well as on an Article."""

from __future__ import annotations

import json

from scrape.extraction.extractor import extract

# Long enough that a field label after the text is beyond the byline under the headline.
TEXT_DE = "".join(
    f"<p>Absatz {i} des Artikels, der von der Versammlung im Gemeindesaal und den "
    f"Beschlüssen zur Nutzung des Grundstücks berichtet, ausführlich und sachlich.</p>"
    for i in range(16)
)
TEXT_EN = "".join(
    f"<p>Paragraph {i} of the story, which reports on the council meeting and what it "
    f"decided about the empty plot behind the old school, at some length.</p>"
    for i in range(16)
)


def _page(wrapper_class: str, credits: str, text: str = TEXT_DE) -> str:
    return (
        "<html><body><nav><a href='/'>Start</a></nav>"
        f"<div id='main' class='{wrapper_class}'><div class='node'>"
        f"<h1>Ein Garten für alle</h1>{text}{credits}</div>"
        "<div class='sidebar'><h2>Meistgelesen</h2><a href='/x'>Anderes</a></div>"
        "</div></body></html>"
    )


def test_a_writer_label_in_a_wrapper_classed_with_navigation_is_the_articles() -> None:
    credits = "<div class='infoBlock'><span>Autor:</span> Hanna Brüggemann<br></div>"
    html = _page("clearfix with-navigation main", credits)
    assert extract(html, "https://quartier.example/themen/401233-garten.html").authors == (
        "Hanna Brüggemann",
    )


def test_a_writer_label_in_the_comments_of_that_wrapper_is_still_no_byline() -> None:
    # The comments sit inside the article's container: their own class decides.
    credits = (
        "<div class='comments'><p>Leserkommentar</p>"
        "<span>Autor:</span> Gerd Lemke<br><p>Das sehe ich ganz anders als die Redaktion.</p>"
        "</div>"
    )
    html = _page("clearfix with-navigation main", credits)
    assert extract(html, "https://quartier.example/themen/401234-garten.html").authors == ()


def test_a_bio_heading_in_a_layout_with_a_menu_class_is_read() -> None:
    credits = (
        "<div class='about'><h3>Martin Keller</h3>"
        "<p>Martin Keller is a reporter covering city hall and local planning.</p></div>"
    )
    html = _page("layout has-menu", credits, TEXT_EN)
    assert extract(html, "https://citydesk.example/2024/05/02/garden/").authors == (
        "Martin Keller",
    )


def _graph(*nodes: dict[str, object]) -> str:
    data = {"@context": "https://schema.org", "@graph": list(nodes)}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def _article(head: str) -> str:
    body = f"<article><h1>Kartoffeldruck</h1>{TEXT_DE}</article>"
    return f"<html><head>{head}</head><body>{body}</body></html>"


PERSON_ID = "https://bastelbude.example/#/schema/person/5d41402abc"


def test_a_webpage_declares_the_author_when_no_article_object_does() -> None:
    # Older SEO plugins' graphs: WebSite, WebPage (author by reference) and the Person.
    head = _graph(
        {"@type": "WebSite", "@id": "https://bastelbude.example/#website", "name": "Bastelbude"},
        {
            "@type": "WebPage",
            "@id": "https://bastelbude.example/2018/10/13/druck/#webpage",
            "datePublished": "2018-10-13T09:12:40+00:00",
            "author": {"@id": PERSON_ID},
        },
        {"@type": ["Person"], "@id": PERSON_ID, "name": "Jule"},
    )
    html = _article(head)
    assert extract(html, "https://bastelbude.example/2018/10/13/druck/").authors == ("Jule",)


def test_the_article_objects_author_beats_the_webpages() -> None:
    head = _graph(
        {"@type": "WebPage", "@id": "https://x.example/a/#webpage", "author": {"@id": PERSON_ID}},
        {"@type": "Person", "@id": PERSON_ID, "name": "Site Owner"},
        {
            "@type": "NewsArticle",
            "headline": "Kartoffeldruck",
            "author": {"@type": "Person", "name": "Lena Vogt"},
        },
    )
    html = _article(head)
    assert extract(html, "https://x.example/a/").authors == ("Lena Vogt",)


def test_an_organisation_a_webpage_declares_is_not_its_author() -> None:
    head = _graph(
        {
            "@type": "WebPage",
            "@id": "https://bastelbude.example/kontakt/#webpage",
            "author": {"@type": "Organization", "name": "Bastelbude"},
        },
    )
    html = f"<html><head>{head}</head><body><main><h1>Kontakt</h1>{TEXT_DE}</main></body></html>"
    assert extract(html, "https://bastelbude.example/kontakt/").authors == ()


def _declared(name: str, shown: str) -> str:
    ld = {"@context": "https://schema.org", "@type": "BlogPosting", "author": name}
    return (
        f"<html><head><script type='application/ld+json'>{json.dumps(ld)}</script></head>"
        f"<body><article><h1>Ein Garten für alle</h1>{shown}{TEXT_DE}</article></body></html>"
    )


def test_a_declared_first_name_is_given_as_the_byline_spells_it_out() -> None:
    html = _declared("Nils", "<div class='byline'><a href='/autor/nils'>Nils Pickert</a></div>")
    assert extract(html, "https://kolumne.example/patriarchat/").authors == ("Nils Pickert",)


def test_a_declared_first_name_is_kept_when_the_page_spells_out_someone_else() -> None:
    html = _declared("Nils", "<div class='byline'><a href='/autor/x'>Eva Lind</a></div>")
    assert extract(html, "https://kolumne.example/patriarchat/").authors == ("Nils",)


def test_a_declared_full_name_is_not_lengthened() -> None:
    html = _declared(
        "Nils Pickert", "<div class='byline'><a href='/autor/nils'>Nils Pickert-Hahn</a></div>"
    )
    assert extract(html, "https://kolumne.example/patriarchat/").authors == ("Nils Pickert",)


def test_a_date_label_in_an_author_element_is_no_name() -> None:
    for label, text, url in (
        ("Datum", TEXT_DE, "https://quartier.example/themen/401240-garten.html"),
        ("Date", TEXT_EN, "https://citydesk.example/2024/05/02/garden-plot/"),
        ("Fecha", TEXT_EN, "https://diario.example/2024/05/02/jardin/"),
    ):
        byline = f"<div class='author'><span>{label}:</span> <span>02.05.2024</span></div>"
        html = (
            f"<html><body><article><h1>Ein Garten für alle</h1>{byline}{text}"
            "</article></body></html>"
        )
        assert extract(html, url).authors == (), label
