"""Writers a page names outside its byline's markup: the declared Person's own bio that
spells out a first name, the labelled data SEO plugins add for link previews, the author
box's bio in other languages than English, a link to "everything by" the writer, and
co-authors joined by a free-standing Arabic "و"."""

from __future__ import annotations

import json

import pytest

from scrape.extraction.extractor import extract

BODY = "".join(
    f"<p>{sentence} " * 4 + "</p>"
    for sentence in (
        "The council met on Thursday evening and talked about the budget for a long time.",
        "Several members said afterwards that the schools had been the hardest question.",
    )
)
URL = "https://news.example/2026/12/council-budget"


def _page(head: str = "", byline: str = "", after: str = "", lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>Council passes budget</title>{head}</head><body>"
        "<div class='h3k9'><a href='/'>Example News</a></div><main><article>"
        f"<h1 class='t7q2'>Council passes budget</h1>{byline}<div class='b5w1'>{BODY}</div>"
        f"{after}</article></main></body></html>"
    )


def _ld(author: object) -> str:
    article = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author}
    return f"<script type='application/ld+json'>{json.dumps(article, ensure_ascii=False)}</script>"


@pytest.mark.parametrize(
    ("declared", "bio", "lang", "expected"),
    [
        ("Nils", "Nils Pickert ist freier Autor und Journalist.", "de", "Nils Pickert"),
        ("Stefanus", "Stefanus Stahl - Maschinenbauer und Abenteurer.", "de", "Stefanus Stahl"),
        ("Jane", "Jane Doe is a reporter covering city hall.", "en", "Jane Doe"),
        # A bio that opens with someone else's name leaves the declared name as it is.
        ("Anna", "Jane Doe and Anna run the blog together.", "en", "Anna"),
    ],
)
def test_a_declared_first_name_spelled_out_by_its_own_bio(
    declared: str, bio: str, lang: str, expected: str
) -> None:
    head = _ld({"@type": "Person", "name": declared, "description": bio})
    byline = f"<div class='m2'><a href='/author/x'>{declared}</a></div>"
    assert extract(_page(head, byline, lang=lang), URL).authors == (expected,)


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        ("Verfasst von", "Karoline Herr", ("Karoline Herr",)),
        ("Written by", "Jane Doe", ("Jane Doe",)),
        ("Escrito por", "María López", ("María López",)),
        ("Est. reading time", "9 minutes", ()),
    ],
)
def test_the_writer_in_labelled_link_preview_data(
    label: str, value: str, expected: tuple[str, ...]
) -> None:
    head = (
        f"<meta name='twitter:label1' content='{label}'>"
        f"<meta name='twitter:data1' content='{value}'>"
    )
    assert extract(_page(head), URL).authors == expected


def test_a_link_to_everything_by_the_writer() -> None:
    box = (
        "<div class='k1'><img src='/a.jpg' alt=''><p><a href='/author/martin'>"
        "Alles von Martin Junker</a></p></div>"
    )
    assert extract(_page(after=box, lang="de"), URL).authors == ("Martin Junker",)


@pytest.mark.parametrize(
    ("heading", "name", "bio", "lang"),
    [
        (
            "Über den Autor",
            "Anna Schmidt",
            "Anna Schmidt ist Redakteurin im Ressort Politik.",
            "de",
        ),
        ("À propos de l'auteur", "Claire Morel", "Claire Morel est journaliste à Lyon.", "fr"),
        ("Sull'autore", "Mario Rossi", "Mario Rossi è giornalista e scrive di politica.", "it"),
    ],
)
def test_an_author_box_bio_in_the_pages_language(
    heading: str, name: str, bio: str, lang: str
) -> None:
    box = f"<div class='z1'><h3>{heading}</h3><p><strong>{name}</strong></p><p>{bio}</p></div>"
    assert extract(_page(after=box, lang=lang), URL).authors == (name,)


def test_arabic_co_authors_joined_by_a_free_standing_and() -> None:
    byline = "<div class='m2'><p>بقلم: محمد أحمد و سارة علي</p></div>"
    assert extract(_page(byline=byline, lang="ar"), URL).authors == ("محمد أحمد", "سارة علي")


def test_a_person_declared_in_name_parts_only() -> None:
    author = {"@type": "Person", "givenName": "Anna", "familyName": "Roth"}
    assert extract(_page(_ld(author)), URL).authors == ("Anna Roth",)


@pytest.mark.parametrize(
    ("declared", "names"),
    [
        (["Holm, Jasper", "Oltmanns, Miriam"], ("Jasper Holm", "Miriam Oltmanns")),
        (["Müller, Hans-Peter"], ("Hans-Peter Müller",)),
        # A name and the writer's paper or agency after the comma is no filed name.
        (["Anna Roth, dpa"], ("Anna Roth",)),
    ],
)
def test_a_person_declared_family_name_first(declared: list[str], names: tuple[str, ...]) -> None:
    author = [{"@type": "Person", "name": name} for name in declared]
    assert extract(_page(_ld(author)), URL).authors == names


def test_a_wire_agency_declared_beside_the_writer_is_a_co_author() -> None:
    writer = {"@type": "Person", "name": "Anna Roth"}
    author = [writer, {"@type": "Organization", "name": "dpa"}]
    assert extract(_page(_ld(author)), URL).authors == ("Anna Roth", "dpa")
    # The site itself declared beside the writer is the publisher, not a co-author.
    own = [writer, {"@type": "Organization", "name": "Example News"}]
    head = "<meta property='og:site_name' content='Example News'>" + _ld(own)
    assert extract(_page(head), URL).authors == ("Anna Roth",)


@pytest.mark.parametrize("initials", ["ar", "obe"])
def test_an_editors_initials_declared_as_the_author_are_no_name(initials: str) -> None:
    assert extract(_page(_ld({"@type": "Person", "name": initials})), URL).authors == ()
    meta = f"<meta name='author' content='{initials}'>"
    assert extract(_page(meta), URL).authors == ()


def test_a_related_posts_richer_json_ld_article_lends_no_author() -> None:
    own = {
        "@type": "NewsArticle",
        "headline": "Council passes budget",
        "datePublished": "2026-12-01T10:00:00+01:00",
        "author": {"@type": "Person", "name": "Anna Roth"},
    }
    related = {
        "@type": "NewsArticle",
        "headline": "Harbour ferry extended",
        "datePublished": "2026-11-02T09:00:00+01:00",
        "author": {"@type": "Person", "name": "Max Weber"},
        "url": "https://news.example/2026/11/ferry",
        "image": "https://news.example/ferry.jpg",
    }
    script = f"<script type='application/ld+json'>{json.dumps([related, own])}</script>"
    article = extract(_page(script), URL)
    assert article.authors == ("Anna Roth",)
    assert str(article.published)[:10] == "2026-12-01"


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        ("<meta name='byl' content='By Anna Roth and Max Weber'>", ("Anna Roth", "Max Weber")),
        ("<meta name='cXenseParse:author' content='Anna Roth'>", ("Anna Roth",)),
        ("<meta name='author' content='Anna Roth; Max Weber'>", ("Anna Roth", "Max Weber")),
        ("<meta name='author' content='font-family: Rubik; color: red;'>", ()),
        # Co-authors one tag each; a tag repeated is one writer.
        (
            "<meta name='author' content='Anna Roth'><meta name='author' content='Max Weber'>",
            ("Anna Roth", "Max Weber"),
        ),
        (
            "<meta name='author' content='Anna Roth'><meta name='author' content=' Anna  Roth'>",
            ("Anna Roth",),
        ),
    ],
)
def test_the_writers_a_meta_tag_declares(meta: str, authors: tuple[str, ...]) -> None:
    assert extract(_page(meta), URL).authors == authors


def test_character_references_in_declared_names_are_read() -> None:
    author = {"@type": "Person", "name": "H&#233;ctor J. Cruz"}
    assert extract(_page(_ld(author)), URL).authors == ("Héctor J. Cruz",)
    meta = "<meta name='author' content='Copyright Harbour Media GmbH &amp; Co. KG'>"
    assert extract(_page(meta), URL).authors == ()


def test_writers_in_the_plural_declared_give_way_to_the_named_ones() -> None:
    # A CMS's placeholder Person ("external authors") in JSON-LD; the <meta> and the byline
    # name the two writers, set apart by a slash.
    head = _ld([{"@type": "Person", "name": "Auswärtige Autoren (AA)"}])
    head += "<meta name='author' content='Ralph Steiner/Carlo Natter'>"
    byline = "<span class='metainfo__item--author'>Ralph Steiner/Carlo Natter</span>"
    assert extract(_page(head, byline, lang="de"), URL).authors == (
        "Ralph Steiner",
        "Carlo Natter",
    )


def test_a_writer_declared_family_name_first_is_one_writer() -> None:
    # "Peters, Katharina", a catalogue's order, beside the byline's "Katharina Peters".
    page = (
        "<html><head><title>Hitze in der Stadt</title>"
        "<meta name='author' content='Peters, Katharina'></head><body><main><article>"
        "<h1>Wie Städte sich gegen die Hitze wappnen</h1>"
        "<div class='article-header-meta'><span class='article-header-author'>Katharina Peters"
        "</span></div><p>"
        + "Hitzewellen werden häufiger und länger, und die Städte bauen um. " * 12
        + "</p></article></main></body></html>"
    )
    authors = extract(page, "https://radio.example/hitze-staedte-100.html").authors
    assert authors == ("Katharina Peters",)
