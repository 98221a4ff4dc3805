"""A wire agency credited in the story's dateline or at the end of its text is the byline
of a page that names no person (#18: agency bylines kept as authors)."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

PARAGRAPH = "Ordinary report text that goes on for a while about the harbour and its cranes. " * 6
URL = "https://www.nordkurier.example/politik/hafen-kraene-123.html"


def _page(first: str, last: str = "", header: str = "") -> str:
    return (
        "<html><head><title>Der Hafen bekommt neue Kräne | Nordkurier</title>"
        "<meta property='og:site_name' content='Nordkurier'></head><body>"
        "<nav><a href='/'>Start</a></nav><main><article><h1>Der Hafen bekommt neue Kräne</h1>"
        f"{header}<p>{first} {PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}{last}</p>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("first", "last", "agencies"),
    [
        ("Berlin (dpa) - Die Stadt baut.", "", ("dpa",)),
        ("<b>WASHINGTON (AP)</b> — The city builds.", "", ("AP",)),
        ("Paris (AFP) : La ville construit.", "", ("AFP",)),
        ("MOSKAU (dpa/AFP) - Die Stadt baut.", "", ("dpa", "AFP")),
        ("Madrid (EFE). - La ciudad construye.", "", ("EFE",)),
        # The day after the place.
        ("KUALA LUMPUR, 12 Mac (Bernama) -- Bandar membina.", "", ("Bernama",)),
        ("NEW DELHI, March 12 (PTI): The city builds.", "", ("PTI",)),
        # No place at all.
        ("(Adnkronos) - La città costruisce.", "", ("Adnkronos",)),
        # A full stop or nothing between the dateline and the text.
        ("Hannover (epd). Die Stadt baut.", "", ("epd",)),
        ("Bonn (KNA) Die Stadt baut.", "", ("KNA",)),
        ("Die Stadt baut.", " So der Sprecher. (dpa)", ("dpa",)),
        ("The city builds.", " the mayor said. (Reuters)", ("Reuters",)),
        ("Die Stadt baut.", " So der Sprecher. dpa/lno", ("dpa",)),
    ],
)
def test_an_agency_credited_in_the_text_is_the_byline(
    first: str, last: str, agencies: tuple[str, ...]
) -> None:
    assert extract(_page(first, last), URL).authors == agencies


@pytest.mark.parametrize(
    ("first", "last"),
    [
        # Brackets after a name that are no agency: a ticker, a party, a country code.
        ("Apple (AAPL) - shares rose.", ""),
        ("Anna Roth (SPD) sagte, die Stadt baue.", ""),
        ("Anna Roth (SPD). Die Stadt baut.", ""),
        ("Die Stadt baut.", " So die Linke. (LINKE)"),
        # An agency mentioned inside the text is no credit.
        ("Die Stadt baut, wie die dpa berichtet.", " Das meldet Reuters heute früh."),
    ],
)
def test_brackets_and_mentions_that_credit_no_agency(first: str, last: str) -> None:
    assert extract(_page(first, last), URL).authors == ()


def test_a_named_writer_wins_over_the_agency() -> None:
    header = "<p class='byline'>Von Karl Brandt</p>"
    html = _page("Berlin (dpa) - Die Stadt baut.", "", header)
    assert extract(html, URL).authors == ("Karl Brandt",)


@pytest.mark.parametrize(
    ("dateline", "agencies"),
    [
        # The place and the agency in brackets, on the meta line under the headline.
        ("(القاهرة - رويترز)", ("رويترز",)),
        ("(تهران - ایرنا)", ("ایرنا",)),
        ("(서울=연합뉴스)", ("연합뉴스",)),
        ("(Cairo - Reuters)", ("Reuters",)),
    ],
)
def test_a_bracketed_dateline_names_the_agency(dateline: str, agencies: tuple[str, ...]) -> None:
    header = (
        f"<p class='article-meta'><span>{dateline}</span> · "
        "<time datetime='2024-11-26T09:30:00+01:00'>26.11.2024 09:30</time></p>"
    )
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == agencies


def test_a_bracketed_place_and_party_is_no_agency() -> None:
    header = "<p class='article-meta'><span>(Berlin - SPD)</span></p>"
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == ()


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [
        # The agency with the site's name or a desk's code, as German portals credit it.
        ("RND/dpa", ("dpa",)),
        ("stern.de/dpa", ("dpa",)),
        ("dpa/lno", ("dpa",)),
        ("AFP/dpa/jk", ("AFP", "dpa")),
        ("Von t-online, dpa, ank", ("dpa",)),
        # The source line under the headline, with the site and an editor's code.
        ("Quelle: ZEIT ONLINE, dpa, AFP, mk", ("dpa", "AFP")),
        ("Quelle: ntv.de, mau/dpa", ("dpa",)),
    ],
)
def test_agencies_credited_with_the_site_or_a_desks_code(
    credit: str, agencies: tuple[str, ...]
) -> None:
    for header in (
        f"<p class='byline'>{credit}</p>",
        f"<div class='meta'><span>{credit}</span></div>",
    ):
        assert extract(_page("Die Stadt baut.", header=header), URL).authors == agencies


def test_a_credit_naming_a_person_beside_the_agency_is_the_persons() -> None:
    header = "<p class='byline'>Anna Roth/dpa</p>"
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == ("Anna Roth",)
    # "The Local" is no code: the agency and a publication, no writer named.
    header = "<div class='meta'><span>AFP/The Local</span></div>"
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == ()
    # A writer's name in capitals is no site's name ("ZEIT ONLINE, dpa").
    header = "<p class='byline'>By JANE DOE / The Associated Press</p>"
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == ("JANE DOE",)
    # Agencies unnamed after the writer are no co-author.
    header = "<p class='byline'>Von Anna Roth und Agenturen</p>"
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == ("Anna Roth",)


@pytest.mark.parametrize(
    ("byline", "agencies"),
    [("Berlin - dpa", ("dpa",)), ("BERLIN - AFP", ("AFP",)), ("القاهرة - رويترز", ("رويترز",))],
)
def test_a_dateline_without_brackets_names_the_agency_not_the_place(
    byline: str, agencies: tuple[str, ...]
) -> None:
    header = f"<p class='byline'>{byline}</p>"
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == agencies
    # A writer before the dash is the writer.
    header = "<p class='byline'>Anna Roth - dpa</p>"
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == ("Anna Roth",)


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("Reuters", ("Reuters",)),
        ("Europa Press", ("Europa Press",)),
        ("Agencia EFE", ("EFE",)),
        ("Redazione ANSA", ("ANSA",)),
    ],
)
def test_an_agency_alone_under_the_headline_is_the_byline(
    line: str, agencies: tuple[str, ...]
) -> None:
    header = f"<div class='meta'><span>{line}</span></div>"
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == agencies


def test_an_agency_s_byline_element_names_nobody_else_below_it() -> None:
    # The author element names the wire alone; the players of the score box under it are
    # no writers, though a date line sits between them.
    header = (
        "<div class='css-meta-8vb'><span class='css-author-1z'>SID</span><span> • </span>"
        "<span>Aktualisiert: 29.12.2023 • 09:15 Uhr</span></div><div class='css-score-6tx'>"
        "<div>2. Runde · Alexandra Palace</div><div><span>Marvin Kolbe (GER)</span><b>4</b>"
        "</div><div><span>Luke Harrow (ENG)</span><b>2</b></div></div>"
    )
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == ("SID",)


def test_letters_of_an_agency_alone_in_the_row_of_the_shown_date_are_the_byline() -> None:
    header = (
        "<div class='info'><span class='source-name'>ONA</span><span> | </span>"
        "<span>Published: 02 Apr 2024 01:48 PM</span></div>"
    )
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == ("ONA",)


def test_letters_alone_or_an_agency_in_a_caption_are_no_byline() -> None:
    # "AP" or "DPA" alone are as often an access point or a data processing agreement.
    for line in ("AP", "DPA"):
        header = f"<div class='meta'><span>{line}</span></div>"
        assert extract(_page("Die Stadt baut.", header=header), URL).authors == (), line
    header = "<figure><img src='a.jpg'><figcaption>Reuters</figcaption></figure>"
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == ()


def test_a_source_line_under_the_headline_of_an_article_with_pictures_is_the_byline() -> None:
    # The pictures stand further down the article, which holds the line too: no picture is
    # set beside it, as a caption's is.
    header = "<div class='c-author'>Quelle: WELT/dpa</div>"
    figure = "<figure><img src='a.jpg'><figcaption>Der Hafen am Morgen.</figcaption></figure>"
    page = _page("Die Stadt baut.", header=header).replace("</p><p>", f"</p>{figure}<p>", 1)
    assert extract(page, URL).authors == ("dpa",)


# A box after the article presenting a columnist, with the site's usual author-box class.
_COLUMNIST_BOX = (
    "<div class='author-box'><img src='mw.jpg' alt='Max Weber'><p><a href='/autoren/max-weber/'>"
    "Max Weber</a> ist Redakteur im Ressort Politik.</p></div>"
)


@pytest.mark.parametrize(
    ("header", "first", "last", "agencies"),
    [
        ("<div class='authors'>mgo/dpa</div>", "Die Stadt baut.", "", ("dpa",)),
        # The site named beside the agency is no other writer.
        ("<div class='c-author'>Quelle: Nordkurier/dpa</div>", "Die Stadt baut.", "", ("dpa",)),
        ("", "Berlin (dpa) - Die Stadt baut.", "", ("dpa",)),
        ("", "Die Stadt baut.", " So der Sprecher. (AFP)", ("AFP",)),
    ],
)
def test_the_agency_credit_beats_an_author_box_elsewhere(
    header: str, first: str, last: str, agencies: tuple[str, ...]
) -> None:
    html = _page(first, last, header).replace("</article>", "</article>" + _COLUMNIST_BOX)
    assert extract(html, URL).authors == agencies


def test_an_author_box_is_the_byline_of_a_page_that_credits_nobody() -> None:
    html = _page("Die Stadt baut.").replace("</article>", "</article>" + _COLUMNIST_BOX)
    assert extract(html, URL).authors == ("Max Weber",)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # An agency by its full name is the byline of the story it wrote ...
        ("<div>Press Trust of India</div>", ("Press Trust of India",)),
        ("<div>Von Agence France-Presse</div>", ("Agence France-Presse",)),
        (
            "<div><span>Edited by Jane Doe</span> | <span>World News</span> | "
            "<span>Press Trust of India</span></div>",
            ("Press Trust of India",),
        ),
        # ... and, beside a writer, no second person.
        ("<div>Von Anna Roth, Deutsche Presse-Agentur</div>", ("Anna Roth",)),
    ],
)
def test_an_agency_by_its_full_name_is_an_agency(header: str, authors: tuple[str, ...]) -> None:
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == authors


def test_agencies_after_the_editors_initials_in_a_template_of_divs() -> None:
    # No <article> or <main>: the element around the headline holding the paragraphs is
    # the article's, and its last paragraph "kle/sti (afp, dpa, rtr)" credits three wires.
    page = (
        "<html><head><title>Schweden nach der Wahl | Welle</title></head><body>"
        "<div id='navigation'><a href='/'>Start</a></div><div id='bodyContent'><div class='col3'>"
        "<div class='artikel'><div class='group'><h1>Schweden nach der Wahl</h1>"
        f"<p class='intro'>Zwei gleich starke Lager stehen sich gegenüber.</p><p>{PARAGRAPH}</p>"
        f"<p>{PARAGRAPH}</p><p>kle/sti (afp, dpa, rtr)</p></div></div></div></div>"
        "</body></html>"
    )
    assert extract(page, "https://welle.example/de/schweden/a-45421198").authors == (
        "afp",
        "dpa",
        "rtr",
    )


def _site_declared(credit: str, after: str) -> str:
    # The site declares itself the author; the text's credit names the story's source,
    # and a topic link and a programme note follow it.
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Der Hafen '
        'bekommt neue Kräne", "author": {"@type": "Organization", "name": "Nordkurier"}}'
        "</script>"
    )
    return (
        f"<html><head><title>Der Hafen bekommt neue Kräne | Nordkurier</title>{ld}"
        "<meta property='og:site_name' content='Nordkurier'></head><body><main><article>"
        f"<h1>Der Hafen bekommt neue Kräne</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
        f"<p class='credit'>{credit}</p>{after}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("tmg/KNA", ("KNA",)),
        ("(sda)", ("sda",)),
        ("Quelle: Nordkurier (Lisa Brandt)", ("Lisa Brandt",)),
        # ... with the agency the site's writer worked from after her.
        ("Quelle: Nordkurier (Lisa Brandt), dpa", ("Lisa Brandt",)),
        # The agency alone after a dash, or by its copyright with the site's address.
        ("— AFP", ("AFP",)),
        ("© dpa/nordkurier.example", ("dpa",)),
    ],
)
@pytest.mark.parametrize(
    "after",
    [
        "",
        "<p>Themenseite: <a href='/thema/hafen'>Hafen</a></p><p>Sendung: NK Radio, 19.03.2024</p>",
        # A fact box of short lines after the text, in the article.
        "<div class='match-box'><h3>Regionalliga, 24. Runde</h3><p>Hafen SV – Nord 2:1 (0:1)"
        "</p><p>Stadion am Kai, 1.400 Zuschauer</p><p>Tore: 0:1 Frühwirth, 1:1 Gruber</p></div>",
    ],
)
def test_the_credit_closing_the_text_beats_the_site_declared_as_author(
    credit: str, after: str, authors: tuple[str, ...]
) -> None:
    assert extract(_site_declared(credit, after), URL).authors == authors


def test_the_dateline_under_a_row_of_share_links_names_the_agency() -> None:
    header = (
        "<div class='meta'><span>12/03/2024 04:35 PM</span></div><div class='share'>"
        "<a href='#'>Facebook</a> <a href='#'>X</a> <a href='#'>WhatsApp</a> <a href='#'>"
        "Telegram</a></div><figure><img src='a.jpg'><figcaption>Gambar hiasan.</figcaption>"
        "</figure>"
    )
    first = "KUALA LUMPUR, 12 Mac (Bernama) -- Bandar membina."
    assert extract(_page(first, header=header), URL).authors == ("Bernama",)


def test_a_reporter_labelled_in_cyrillic_is_the_writer_not_the_camera_operator() -> None:
    header = (
        "<div class='article-reporters'><span>Репортер: <a href='/reporter/ivelina-stoyanova'>"
        "Ивелина Стоянова</a></span> <span>Оператор: Георги Колев</span></div>"
    )
    assert extract(_page("Die Stadt baut.", header=header), URL).authors == ("Ивелина Стоянова",)


@pytest.mark.parametrize(
    ("last", "lang"),
    [
        # A wire's Japanese edition closes its copy with the agency's copyright.
        ("一般公開は、巣穴の外に出られるようになる夏以降になる見通しだ。（c）AFP", "ja"),
        ("The zoo expects to show the cubs to visitors in the summer. (c) AFP", "en"),
        ("The zoo expects to show the cubs to visitors in the summer.©AFP", "en"),
    ],
)
def test_an_agencys_copyright_after_the_last_sentence_credits_it(last: str, lang: str) -> None:
    html = (
        f"<html lang='{lang}'><head><title>Zoo</title></head><body><main><article>"
        f"<h1>Snow leopard twins born</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{last}</p>"
        "</article></main></body></html>"
    )
    assert extract(html, URL).authors == ("AFP",)
