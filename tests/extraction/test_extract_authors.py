"""Author names: people out of bylines, not roles, labels or the site's name."""

from __future__ import annotations

import pytest

from scrape.extraction.authors.labels import has_writer_label
from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

BODY = "<p>" + "Plain article text that goes on for a while. " * 20 + "</p>"


def test_clean_name_lead_ins_and_labels() -> None:
    assert clean_name("Recipe by PJ Hamel") == ["PJ Hamel"]
    assert clean_name("Author Venteur") == ["Venteur"]
    assert clean_name("By") == []
    assert clean_name("Author") == []
    assert clean_name("Jean-Luc Aufranc (CNXSoft)") == ["Jean-Luc Aufranc (CNXSoft)"]
    assert clean_name("Haley Hoekstra •") == ["Haley Hoekstra"]  # a separator left dangling


def test_byline_role_and_date_not_glued_to_the_name() -> None:
    html = (
        "<html><body><article><h1>Top eLearning companies</h1>"
        "<div class='author-line'><span>By</span> <a href='/team/sofia'>Sofia Kondrat</a>"
        "<span>EdTech Content writer</span><span>Sep 3</span></div>"
        f"{BODY}</article></body></html>"
    )
    assert extract(html, "https://learn.example/blog/x").authors == ("Sofia Kondrat",)


def test_site_declared_as_author_gives_way_to_the_byline() -> None:
    html = (
        "<html><head><meta property='og:site_name' content='Clemson News'>"
        "<meta name='author' content='Clemson News'></head><body><article>"
        "<h1>Older adults and technology</h1><p class='byline'>By Shelia R. Cotten</p>"
        f"{BODY}</article></body></html>"
    )
    assert extract(html, "https://news.example/x").authors == ("Shelia R. Cotten",)


def test_plain_text_byline_after_a_label_chunk() -> None:
    html = (
        "<html><body><main><h1>Harbour cranes return to the east quay</h1>"
        "<p><span>Written by</span> <strong>Aoife Brennan</strong></p>"
        f"{BODY}</main></body></html>"
    )
    assert extract(html, "https://port.example/news/cranes").authors == ("Aoife Brennan",)


def test_by_colon_byline_without_a_headline() -> None:
    html = (
        "<html><body><main><div class='meta'><span>by:</span> <span>Ziva Okafor</span>"
        f"<span>, Dec 17, 2025</span></div>{BODY}</main></body></html>"
    )
    assert extract(html, "https://port.example/blog/x").authors == ("Ziva Okafor",)


def test_unmarked_name_beside_the_date_is_the_byline() -> None:
    html = (
        "<html><body><main><h1>Harbour cranes return to the east quay</h1>"
        "<div><span>Ports</span></div><div><span>Tomas Lind</span><span>March 5, 2026</span>"
        f"<span>9 min read</span></div>{BODY}</main></body></html>"
    )
    assert extract(html, "https://port.example/news/cranes").authors == ("Tomas Lind",)


def test_category_beside_the_date_is_not_a_name() -> None:
    html = (
        "<html><body><main><h1>Harbour cranes return to the east quay</h1>"
        "<div><span>Our News</span><span>March 5, 2026</span></div>"
        f"{BODY}</main></body></html>"
    )
    assert extract(html, "https://port.example/news/cranes").authors == ()


def test_named_desk_is_the_byline_only_when_nobody_is_named() -> None:
    desk = (
        "<html><head><meta name='author' content='Harbour Gazette Staff'></head><body>"
        f"<article><h1>Cranes return to the east quay</h1>{BODY}</article></body></html>"
    )
    assert extract(desk, "https://port.example/a").authors == ("Harbour Gazette Staff",)
    bare = desk.replace("Harbour Gazette Staff", "Staff")
    assert extract(bare, "https://port.example/a").authors == ()
    named = desk.replace("<h1>", "<p class='byline'>By Mia Holt</p><h1>")
    assert extract(named, "https://port.example/a").authors == ("Mia Holt",)


def test_login_name_gives_way_to_the_printed_byline() -> None:
    html = (
        "<html><head><meta name='author' content='andrew.keaveney'></head><body><article>"
        "<h1>Cranes return to the east quay</h1><div class='author-name'>Denise Everly</div>"
        f"{BODY}</article></body></html>"
    )
    assert extract(html, "https://port.example/a").authors == ("Denise Everly",)


def test_site_author_is_not_replaced_by_byline_fragments() -> None:
    html = (
        "<html><head><meta property='og:site_name' content='Venturo'>"
        '<script type="application/ld+json">{"@type": "Article", "headline": "Cranes", '
        '"author": {"@type": "Person", "name": "Venturo"}}</script></head><body><article>'
        "<h1>Cranes</h1><div class='author-links'><a href='/grow'>Grow</a>"
        f"<a href='/sat'>Sat</a></div>{BODY}</article></body></html>"
    )
    assert extract(html, "https://venturo.example/blog/cranes").authors == ("Venturo",)


def test_author_box_after_the_text_names_the_author() -> None:
    html = (
        "<html><head><meta property='og:site_name' content='Harbour Gazette'></head><body>"
        f"<article><h1>Cranes return to the east quay</h1>{BODY}"
        "<div class='author-box'><h4 class='author-box__name'>Liv Kettering</h4>"
        "<p>Former harbour pilot</p></div></article></body></html>"
    )
    assert extract(html, "https://port.example/a").authors == ("Liv Kettering",)


def test_written_by_line_at_the_end_names_the_author() -> None:
    html = (
        "<html><body><article><h1>Cranes return to the east quay</h1>"
        f"{BODY}<h3>Written by Cass Horne</h3><p>Cass writes about ports.</p>"
        "</article></body></html>"
    )
    assert extract(html, "https://port.example/a").authors == ("Cass Horne",)


def test_byline_of_a_teaser_card_is_not_the_author() -> None:
    card = (
        "<a href='/other-story'><div class='item'><h3>Another story about the quay</h3>"
        "<p>A short excerpt of another story on this site.</p>"
        "<div class='author-name'>Stacy Edgerton</div></div></a>"
    )
    html = (
        "<html><body><article><h1>Cranes return to the east quay</h1>"
        f"{BODY}</article><section>{card}</section></body></html>"
    )
    assert extract(html, "https://port.example/a").authors == ()


def test_byline_that_starts_with_the_date() -> None:
    html = (
        "<html><body><article><h1>What readers love about the quay</h1>"
        "<div class='post-date-author'>Dec. 19, 2025 · Nils Marten on behalf of "
        f"<a href='/team'>Docs team</a></div>{BODY}</article></body></html>"
    )
    assert extract(html, "https://port.example/a").authors == ("Nils Marten",)


def test_name_heading_over_the_authors_bio() -> None:
    html = (
        "<html><head><meta name='author' content='Harbourcast'>"
        "<meta property='og:site_name' content='Harbourcast'></head><body><article>"
        f"<h1>Podcast gear for the quay</h1>{BODY}<section class='callout'>"
        "<h3>Alden Brooks</h3><p>Alden Brooks is the head of marketing at Harbourcast.</p>"
        "<h3>Theft Protection</h3><p>Theft is covered by most plans.</p>"
        "</section></article></body></html>"
    )
    assert extract(html, "https://harbourcast.example/blog/gear").authors == ("Alden Brooks",)


def test_printed_byline_beats_the_declared_account() -> None:
    html = (
        "<html><head><meta name='author' content='Luke Dale'></head><body><article>"
        "<h1>Legal issues at the gym</h1><p>November 3, 2023</p><p>By: Paula Fenwick</p>"
        f"{BODY}</article></body></html>"
    )
    assert extract(html, "https://law.example/gym").authors == ("Paula Fenwick",)


def test_reviewer_is_not_the_author() -> None:
    html = (
        "<html><head><meta name='author' content='Jill Kubik'></head><body><article>"
        "<h1>A guide to plant-based diets</h1><div><span>Medically reviewed</span> "
        f"<span>by</span> <a href='/reviewers/kim'>Kim Rosen</a></div>{BODY}"
        "</article></body></html>"
    )
    assert extract(html, "https://health.example/plants").authors == ("Jill Kubik",)


def test_camel_case_account_name_is_not_the_byline() -> None:
    html = (
        "<html><head><meta name='author' content='Lisa Greenway'></head><body><article>"
        "<h1>Filing taxes this year</h1><p>By TurboLisaTax</p>"
        f"{BODY}</article></body></html>"
    )
    assert extract(html, "https://blog.example/taxes").authors == ("Lisa Greenway",)


def test_tags_beside_the_byline_are_not_authors() -> None:
    html = (
        "<html><body><article><h1>How to choose a tax service</h1>"
        "<div class='byline__tag'><a href='/tag/personal-finance'>Personal finance</a></div>"
        "<div class='byline'><a href='/topics/taxes'>Taxes</a></div>"
        f"<a class='author' href='/people/isabel'>Isabel Haas</a>{BODY}</article></body></html>"
    )
    assert extract(html, "https://blog.example/x").authors == ("Isabel Haas",)


def _article(byline: str, head: str = "", headline: str = "Hafen wird ausgebaut") -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>{headline}</h1>{byline}"
        f"{BODY}</article></body></html>"
    )


def test_agency_byline_is_the_author_when_nobody_is_named() -> None:
    ap = _article("<p class='byline'>By AP</p>", headline="Storm hits the coast")
    assert extract(ap, "https://news.example/storm").authors == ("AP",)
    dpa = _article("<div class='author'>Von dpa</div>")
    assert extract(dpa, "https://zeitung.example/hafen").authors == ("dpa",)
    declared = _article(
        "",
        head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",'
        ' "author": {"@type": "Organization", "name": "Reuters"}}</script>',
    )
    assert extract(declared, "https://wire.example/x").authors == ("Reuters",)


def test_agency_after_a_named_reporter_is_not_an_author() -> None:
    html = _article("<p class='byline'>By Jane Roe and AP</p>", headline="Storm hits the coast")
    assert extract(html, "https://news.example/storm").authors == ("Jane Roe",)


def test_dateline_with_the_agency_gives_the_agency_not_the_place() -> None:
    html = _article("<p class='author'>Frankfurt (dpa) -</p>")
    assert extract(html, "https://zeitung.example/hafen").authors == ("dpa",)


def test_every_co_author_of_the_byline() -> None:
    links = (
        "<div class='byline'>Von <a rel='author' href='/autoren/anna-berg'>Anna Berg</a>, "
        "<a rel='author' href='/autoren/jan-ohm'>Jan Ohm</a> und "
        "<a rel='author' href='/autoren/eva-lind'>Eva Lind</a></div>"
    )
    assert extract(_article(links), "https://zeitung.example/hafen").authors == (
        "Anna Berg",
        "Jan Ohm",
        "Eva Lind",
    )
    plain = _article("<p>By Maria Lopez, Tom Reed and Ana Silva</p>", headline="Storm hits")
    assert extract(plain, "https://news.example/storm").authors == (
        "Maria Lopez",
        "Tom Reed",
        "Ana Silva",
    )


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Di Marco Rossi e Luca Bianchi", ["Marco Rossi", "Luca Bianchi"]),
        ("Por Ana Souza e João Lima", ["Ana Souza", "João Lima"]),
        ("Door Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
        ("Иван Петров и Анна Смирнова", ["Иван Петров", "Анна Смирнова"]),
        ("Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
        ("Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
        ("Av Anna Berg och Jan Ohm", ["Anna Berg", "Jan Ohm"]),
        ("Af Anne Holm og Jens Berg", ["Anne Holm", "Jens Berg"]),
        ("Ayşe Kaya ve Mehmet Demir", ["Ayşe Kaya", "Mehmet Demir"]),
        ("Kovács Anna és Nagy Péter", ["Kovács Anna", "Nagy Péter"]),
        ("Matti Virtanen ja Liisa Korhonen", ["Matti Virtanen", "Liisa Korhonen"]),
        # A particle of a family name, not a second writer.
        ("José Volta e Pinto", ["José Volta e Pinto"]),
    ],
)
def test_co_authors_joined_by_and_in_more_languages(byline: str, names: list[str]) -> None:
    assert clean_name(byline) == names


def test_a_registered_association_is_not_cut_at_its_e() -> None:
    assert clean_name("Bund der Energieverbraucher e.V.", desks=True) == [
        "Bund der Energieverbraucher e.V."
    ]
    assert clean_name("Verein für Heimatpflege e. V.", desks=True) == [
        "Verein für Heimatpflege e. V."
    ]


def test_style_sheet_in_the_byline_is_not_a_name() -> None:
    byline = (
        "<div class='author'><style>.author{font-family:'Open Sans'}</style>"
        "<span style='font-family:Rubik!important'>Petra Holm</span></div>"
    )
    assert extract(_article(byline), "https://zeitung.example/hafen").authors == ("Petra Holm",)
    assert clean_name("'Open Sans'") == []
    assert clean_name("font-family:Rubik!important") == []


def test_place_after_the_name_is_not_an_author() -> None:
    assert clean_name("Von Karl Brandt, Frankfurt") == ["Karl Brandt"]
    assert clean_name("By Lena Ortiz, Germany") == ["Lena Ortiz"]


def test_labels_credits_and_initials_are_not_authors() -> None:
    assert clean_name("Autor") == []
    assert clean_name("Autor: Jil Schuller") == ["Jil Schuller"]
    assert clean_name("Veröffentlicht am") == []
    assert clean_name("Foto: Bernd Weiß/dpa") == []
    assert clean_name("Photo: Jane Roe") == []
    assert clean_name("(obe)") == []
    assert clean_name("Erstellt von Andri Bryner") == ["Andri Bryner"]
    assert clean_name("Publié par Claire Martin") == ["Claire Martin"]
    html = _article("<div class='author'><span>Autor</span> <span>(obe)</span></div>")
    assert extract(html, "https://zeitung.example/hafen").authors == ()


def test_desk_named_as_the_byline_is_kept_when_nobody_is_named() -> None:
    html = _article("<div class='author'>Redaktion</div>")
    assert extract(html, "https://zeitung.example/hafen").authors == ("Redaktion",)


def test_date_and_author_line_above_the_headline() -> None:
    html = (
        "<html><body><main><div class='meta'><span>Dec 17, 2025</span>"
        "<span>Julian K. Arni</span></div><h1>Attested builds</h1>"
        f"{BODY}</main></body></html>"
    )
    assert extract(html, "https://builds.example/blog/attested").authors == ("Julian K. Arni",)


def test_label_chunk_in_other_languages_announces_the_name() -> None:
    html = _article("<p><span>Ein Artikel von</span> <a href='/team/ps'>Pamela Sladky</a></p>")
    assert extract(html, "https://magazin.example/uebung").authors == ("Pamela Sladky",)
    assert clean_name("Von") == []
    assert clean_name("Ein Artikel von") == []


def test_phrase_in_a_byline_area_is_not_a_name() -> None:
    html = _article(
        "<div class='author-meta'><a href='#respond'>Hinterlasse einen Kommentar</a></div>"
    )
    assert extract(html, "https://blog.example/2019/05/eintrag/").authors == ()


def test_owner_of_a_personal_site_when_nobody_is_named() -> None:
    html = (
        "<html><head><title>Turning a server green | Owain Brennan</title>"
        "<meta property='og:site_name' content='Owain Brennan'></head><body>"
        "<header><a href='/'><h1>Owain Brennan</h1></a></header><main>"
        f"<h1>Turning a server green</h1>{BODY}</main></body></html>"
    )
    assert extract(html, "https://owain.blog.example/green-server").authors == ("Owain Brennan",)
    # A site named like a person whose host does not spell the name names nobody.
    other = html.replace("owain.blog.example", "harbour.example")
    assert extract(other, "https://harbour.example/green-server").authors == ()


def test_a_site_declared_an_organisation_has_no_owner_to_name() -> None:
    page = (
        "<html><head><title>Turning a server green | Owain Brennan</title>"
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", '
        '"@type": "BlogPosting", "headline": "Turning a server green", '
        '"publisher": {"@type": TYPE, "name": "Owain Brennan"}}</script>'
        "</head><body><header><a href='/'>Owain Brennan</a></header><main>"
        f"<h1>Turning a server green</h1>{BODY}</main></body></html>"
    )
    url = "https://owain.blog.example/green-server"
    organisation = page.replace("TYPE", '"Organization"')
    assert extract(organisation, url).authors == ()
    # A personal site may declare its owner both ways: the person is named.
    both = page.replace("TYPE", '["Person", "Organization"]')
    assert extract(both, url).authors == ("Owain Brennan",)


def test_article_by_heading_announces_the_name() -> None:
    html = _article("<h2>Article by</h2><div>Matias Heikkilä</div>", headline="Proofs as types")
    assert extract(html, "https://bytes.example/post/proofs").authors == ("Matias Heikkilä",)


def test_login_name_signing_a_blog_post_is_the_author() -> None:
    signed = _article(
        "<div class='submitted'>Gespeichert von <span class='username'>rasos</span> "
        "am 24. Juli 2017</div>"
    )
    assert extract(signed, "https://verein.example/faircoin").authors == ("rasos",)
    linked = _article(
        "<div class='byline'>von <span class='author vcard'><a rel='author' "
        "href='/author/freeman1984/'>freeman1984</a></span></div>"
    )
    assert extract(linked, "https://blog.example/2019/12/sigma/").authors == ("freeman1984",)


def test_company_is_the_byline_only_when_nobody_is_named() -> None:
    assert clean_name("Web Commerce GmbH www.w-commerce.de") == []
    assert clean_name("Bund der Energieverbraucher e.V.") == []
    assert clean_name("Bund der Energieverbraucher e.V.", desks=True) == [
        "Bund der Energieverbraucher e.V."
    ]
    html = _article("<div class='author'>Leonora Holling, Bund der Energieverbraucher e.V.</div>")
    assert extract(html, "https://verband.example/preise").authors == ("Leonora Holling",)


def test_desk_with_a_lower_case_word_and_a_bio_line_after_a_long_lead_in() -> None:
    assert clean_name("By The Currency editors") == ["The Currency editors"]
    assert clean_name("This post was written by Danielle Padula,") == ["Danielle Padula"]


def test_author_label_with_a_plural_mark_is_no_name() -> None:
    assert clean_name("Auteur(s)") == []


@pytest.mark.parametrize(
    ("href", "attrs", "expected"),
    [
        ("/autoren/jan-koch/", "", ("Jan Koch",)),
        ("/author/jan-koch/", "", ("Jan Koch",)),
        # One "/aut" selector finds these links too: they are no author element...
        ("/autos/jan-koch/", "", ()),
        ("/automobile/", "", ()),
        # ... unless marked as one otherwise (rel compares its words case-blind).
        ("/autos/jan-koch/", " rel='me Author'", ("Jan Koch",)),
        ("/autos/jan-koch/", " class='post-author'", ("Jan Koch",)),
        ("/autos/jan-koch/", " itemprop='author'", ("Jan Koch",)),
        ("/autos/jan-koch/", " class='Author'", ()),
    ],
)
def test_only_links_to_a_writers_page_or_marked_links_are_author_elements(
    href: str, attrs: str, expected: tuple[str, ...]
) -> None:
    html = (
        "<html><body><article><h1>Neue Modelle im Test</h1>"
        f"<p><a href='{href}'{attrs}>Jan Koch</a></p>"
        f"{BODY}</article></body></html>"
    )
    assert extract(html, "https://autos.example/test/").authors == expected


def test_a_writers_label_opens_any_line_of_the_text() -> None:
    assert has_writer_label("Autor: Jan Koch")
    assert has_writer_label("Kommentare\n  Text: Eva Lind")
    assert has_writer_label("Rédaction :\nJan Koch")
    assert not has_writer_label("Im Kontext: Eva Lind")
    assert not has_writer_label("Der Autor sagt: nein")
