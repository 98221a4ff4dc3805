"""Bylines as big news sites print them, in German, English and languages in neither
evaluation set: a lead-in before the name ("Ein Kommentar von"), the writer's role after it
("Political Correspondent") or before it ("Von Korrespondentin ..."), beside a declared
author."""

from __future__ import annotations

import json

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name, without_paper

BODY = "".join(
    f"<p>Paragraph {i} of the report goes on with ordinary sentences for a while. " * 3 + "</p>"
    for i in range(6)
)
URL = "https://www.zeitung.example/politik/haushalt-beschlossen-art-48213"


def _page(byline: str, lang: str = "de", declared: object = None, site: str = "") -> str:
    graph = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Haushalt"}
    if declared is not None:
        graph["author"] = declared
    if site:
        graph["publisher"] = {"@type": "Organization", "name": site}
    return (
        f"<html lang='{lang}'><head><title>Haushalt beschlossen</title>"
        f"<script type='application/ld+json'>{json.dumps(graph, ensure_ascii=False)}</script>"
        "</head><body><header class='site-header'><a href='/'>Zeitung</a><nav>"
        "<a href='/politik/'>Politik</a><a href='/sport/'>Sport</a></nav></header><main>"
        "<article><h1>Haushalt beschlossen</h1>"
        f"<div class='article-meta'><p class='meta'>{byline} <time "
        f"datetime='2026-12-04T14:35:00+01:00'>04.12.2026</time></p></div>{BODY}</article>"
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("Ein Kommentar von Anna Schmidt |", "de", ("Anna Schmidt",)),
        ("Eine Analyse von Anna Schmidt und Jan Müller |", "de", ("Anna Schmidt", "Jan Müller")),
        ("Une chronique de Marie Dupont |", "fr", ("Marie Dupont",)),
        ("Ein kommentar av Sigrid Hauge |", "nn", ("Sigrid Hauge",)),
        # A particle of the name itself is no by-word.
        ("Hans von Bülow |", "de", ("Hans von Bülow",)),
    ],
)
def test_a_lead_in_with_an_article_before_the_by_word(
    byline: str, lang: str, expected: tuple[str, ...]
) -> None:
    site = {"@type": "Organization", "name": "Zeitung"}
    assert extract(_page(byline, lang, declared=site, site="Zeitung"), URL).authors == expected


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("By Jane Doe, Political Correspondent |", "en", ("Jane Doe",)),
        ("By Jane Doe, Senior Editor, and John Smith |", "en", ("Jane Doe", "John Smith")),
        ("Von Anna Roth, Wirtschaftsredakteurin |", "de", ("Anna Roth",)),
        ("Von Anna Roth, US-Korrespondentin |", "de", ("Anna Roth",)),
        ("Por Juan Pérez, Corresponsal |", "es", ("Juan Pérez",)),
        # Co-authors after a comma are names still.
        (
            "By Jane Doe, John Smith and Mary Jones |",
            "en",
            ("Jane Doe", "John Smith", "Mary Jones"),
        ),
    ],
)
def test_the_role_after_a_comma_is_no_co_author(
    byline: str, lang: str, expected: tuple[str, ...]
) -> None:
    site = {"@type": "Organization", "name": "Zeitung"}
    assert extract(_page(byline, lang, declared=site, site="Zeitung"), URL).authors == expected


@pytest.mark.parametrize(
    ("byline", "lang", "declared", "expected"),
    [
        ("Von Korrespondentin Anna Schmidt, Berlin |", "de", "Anna Schmidt", "Anna Schmidt"),
        ("Von Chefreporter Jan Müller |", "de", "Jan Müller", "Jan Müller"),
        ("Av Journalist Sigrid Hauge |", "nn", "Sigrid Hauge", "Sigrid Hauge"),
        # A title shortened with a full stop is printed as part of the name.
        ("Von Dr. Anna Schmidt |", "de", "Anna Schmidt", "Dr. Anna Schmidt"),
    ],
)
def test_a_declared_name_printed_after_a_role(
    byline: str, lang: str, declared: str, expected: str
) -> None:
    person = {"@type": "Person", "name": declared}
    assert extract(_page(byline, lang, declared=person), URL).authors == (expected,)


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("Anna Schmidt und Jan Müller |", "de", ("Anna Schmidt", "Jan Müller")),
        ("Theresa May |", "en", ("Theresa May",)),
        ("June Carter, Mark Reed |", "en", ("June Carter", "Mark Reed")),
        ("Jan Kowalski |", "pl", ("Jan Kowalski",)),
    ],
)
def test_a_name_that_is_also_a_month(byline: str, lang: str, expected: tuple[str, ...]) -> None:
    site = {"@type": "Organization", "name": "Zeitung"}
    assert extract(_page(byline, lang, declared=site, site="Zeitung"), URL).authors == expected


def test_a_month_alone_beside_the_date_is_no_name() -> None:
    site = {"@type": "Organization", "name": "Zeitung"}
    page = _page("<span class='tag'>Sep</span> <span>Oct</span> |", "en", site, "Zeitung")
    # Nobody signs: the news article's declared author is the site itself.
    assert extract(page, URL).authors == ()


@pytest.mark.parametrize(
    ("label", "name", "lang"),
    [
        ("Avtor:", "Janez Novak", "sl"),
        ("Autorius:", "Jonas Jonaitis", "lt"),
        ("Autors:", "Jānis Bērziņš", "lv"),
        ("Szerző:", "Kovács Anna", "hu"),
        ("Kirjoittaja:", "Matti Virtanen", "fi"),
    ],
)
def test_the_writers_label_in_other_languages(label: str, name: str, lang: str) -> None:
    # The byline element, no date beside it, the name linked to a page that is not under
    # an "/author" path.
    byline = f"<div class='byline'>{label} <a href='/oseba/1234'>{name}</a></div>"
    page = _page("", lang)
    start = page.index("<div class='article-meta'>")
    end = page.index("</div>", start) + len("</div>")
    page = page[:start] + byline + page[end:]
    assert extract(page, URL).authors == (name,)


@pytest.mark.parametrize(
    "byline",
    [
        "<div data-testid='byline'><span data-testid='byline-name'>Jane Doe</span>"
        "<span data-testid='byline-role'>Courier News, Washington</span></div>",
        "<section data-testid='article-byline'><p class='css-1x2y3z'>Jane Doe</p></section>",
        "<div id='byline'><span class='c-8f2a'>Jane Doe</span></div>",
    ],
)
def test_a_byline_named_by_an_attribute_other_than_its_class(byline: str) -> None:
    # Generated class names say nothing; the site declares only itself as the author.
    site = {"@type": "Organization", "name": "Courier"}
    page = _page("", "en", site, "Courier")
    start = page.index("<div class='article-meta'>")
    end = page.index("</div>", start) + len("</div>")
    # No date beside the name: only the attribute tells the byline.
    page = page[:start] + byline + page[end:]
    assert extract(page, URL).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("declared", "meta", "lang"),
    [
        # The portal's <meta> names the portal, the article's JSON-LD the agency.
        ({"@type": "Organization", "name": "dpa"}, "Nachrichten24", "de"),
        ({"@type": "Organization", "name": "Reuters"}, "Courier", "en"),
        # Both declared as the article's author: the portal and the agency.
        (
            [
                {"@type": "Organization", "name": "Nachrichten24"},
                {"@type": "Organization", "name": "dpa"},
            ],
            "",
            "de",
        ),
        ({"@type": "Organization", "name": "STA"}, "Novice24", "sl"),
        # By its letters and its name.
        ({"@type": "Organization", "name": "APA - Austria Presse Agentur"}, "Sport24", "de"),
        ({"@type": "Organization", "name": "AWP Finanznachrichten AG"}, "Finanz24", "de"),
    ],
)
def test_a_declared_wire_agency_beats_the_sites_own_name(
    declared: object, meta: str, lang: str
) -> None:
    site = meta or "Nachrichten24"
    page = _page("", lang, declared, site).replace(
        "<title>", f"<meta name='author' content='{meta}'><title>" if meta else "<title>", 1
    )
    page = page.replace("<a href='/'>Zeitung</a>", f"<a href='/'>{site}</a>")
    agency = declared[-1]["name"] if isinstance(declared, list) else declared["name"]
    assert extract(page, URL).authors == (agency,)


@pytest.mark.parametrize(
    ("dateline", "lang", "agency"),
    [
        ("LJUBLJANA (STA) –", "sl", "STA"),
        ("BRATISLAVA (TASR) –", "sk", "TASR"),
        ("HELSINKI (STT) –", "fi", "STT"),
        ("LISBOA (Lusa) –", "pt", "Lusa"),
    ],
)
def test_a_national_agency_in_the_dateline(dateline: str, lang: str, agency: str) -> None:
    page = _page("", lang).replace("<p>Paragraph 0", f"<p>{dateline} Paragraph 0", 1)
    assert extract(page, URL).authors == (agency,)


@pytest.mark.parametrize(
    ("box", "lang", "expected"),
    [
        (
            "<div class='autorenbox'><img src='/a.jpg' alt=''><h4>Anna Schmidt</h4>"
            "<p>Redakteurin Politik</p><a href='/autoren/anna-schmidt'>Alle Artikel</a></div>",
            "de",
            ("Anna Schmidt",),
        ),
        (
            "<div class='bio-box'><h4>Jan Müller</h4><p>Reporter</p>"
            "<a href='/autoren/jan-mueller/'>Zum Profil</a></div>",
            "de",
            ("Jan Müller",),
        ),
        (
            "<div class='bio-box'><h4>Jane Doe</h4><p>Senior reporter</p>"
            "<a href='/authors/jane-doe'>Full Profile</a></div>",
            "en",
            ("Jane Doe",),
        ),
        # A login as the link's text, the box printing no name its address spells.
        (
            "<div class='bio-box'><a href='/author/johannes-koch' rel='author'>"
            "reineckefuchs</a></div>",
            "de",
            ("reineckefuchs",),
        ),
    ],
)
def test_a_button_linking_to_the_writers_page_is_no_name(
    box: str, lang: str, expected: tuple[str, ...]
) -> None:
    site = {"@type": "Organization", "name": "Zeitung"}
    page = _page("", lang, site, "Zeitung").replace("</article>", f"{box}</article>", 1)
    assert extract(page, URL).authors == expected


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("Anna Schmidt (dpa)", ("Anna Schmidt",)),
        ("Jane Doe (Reuters)", ("Jane Doe",)),
        ("Jane Doe and John Smith, The Associated Press", ("Jane Doe", "John Smith")),
        ("田中宏昌，", ("田中宏昌",)),
    ],
)
def test_the_agency_or_a_comma_beside_a_declared_name(
    declared: str, expected: tuple[str, ...]
) -> None:
    person = {"@type": "Person", "name": declared}
    assert extract(_page("", "de", declared=person), URL).authors == expected


def test_a_name_in_another_script_than_its_address() -> None:
    # The link to the writer's page is the byline: no label, no date beside it.
    page = _page("", "sr")
    start = page.index("<div class='article-meta'>")
    end = page.index("</div>", start) + len("</div>")
    link = "<div class='meta'><a href='/autor/milan-petrovic'>Милан Петровић</a></div>"
    page = page[:start] + link + page[end:]
    assert extract(page, URL).authors == ("Милан Петровић",)


@pytest.mark.parametrize(
    ("line", "lang", "agency"),
    [
        ("Quelle: dpa", "de", "dpa"),
        ("Fuente: EFE", "es", "EFE"),
        ("Źródło: PAP", "pl", "PAP"),
        ("Vir: STA", "sl", "STA"),
        # The page's controls after it on the line.
        ("Zdroj: ČTK | Vytisknout článek", "cs", "ČTK"),
    ],
)
def test_the_agency_named_as_the_source_after_the_text(line: str, lang: str, agency: str) -> None:
    page = _page("", lang).replace("</article>", f"<p class='source'>{line}</p></article>", 1)
    assert extract(page, URL).authors == (agency,)


@pytest.mark.parametrize(
    "box",
    [
        "<div class='author-bio'><h4>About the author</h4><p><strong>Jane Doe</strong> is a "
        "senior reporter covering city hall.</p></div>",
        "<div class='author-bio'><p>About the author: <b>Jane Doe</b></p></div>",
    ],
)
def test_an_about_the_author_heading_over_the_name(box: str) -> None:
    # Nothing declared, no byline at the top: the author box after the text names the writer.
    page = _page("", "en")
    start = page.index("<div class='article-meta'>")
    end = page.index("</div>", start) + len("</div>")
    page = page[:start] + page[end:]
    page = page.replace("</article>", f"{box}</article>", 1)
    assert extract(page, URL).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Von Korrespondentin Anna Schmidt, Berlin |", ("Anna Schmidt",)),
        ("Von US-Chefreporter Jan Koch |", ("Jan Koch",)),
        ("By Correspondent Jane Doe |", ("Jane Doe",)),
    ],
)
def test_a_capitalised_role_before_the_name(byline: str, expected: tuple[str, ...]) -> None:
    site = {"@type": "Organization", "name": "Zeitung"}
    assert extract(_page(byline, "de", site, "Zeitung"), URL).authors == expected


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("Von Anna Schmidt (Text) und Jan Müller (Fotos) |", "de", ("Anna Schmidt",)),
        ("Por Ana García (texto) y Juan Pérez (fotografía) |", "es", ("Ana García",)),
        ("Di Maria Rossi (testo) e Luca Bianchi (foto) |", "it", ("Maria Rossi",)),
        ("Av Sigrid Hauge (tekst) og Ola Nordmann (foto) |", "nn", ("Sigrid Hauge",)),
    ],
)
def test_the_writer_of_the_text_not_the_photographer(
    byline: str, lang: str, expected: tuple[str, ...]
) -> None:
    # Magazines credit a story's words and pictures side by side: a photo credit is no author.
    assert extract(_page(byline, lang), URL).authors == expected


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Reporting by Jane Doe; Editing by John Smith", ("Jane Doe",)),
        ("Reporting by Jane Doe in London; Editing by John Smith", ("Jane Doe",)),
        (
            "Reporting by Jane Doe in New York and Tom Roe in Paris; Editing by John Smith",
            ("Jane Doe", "Tom Roe"),
        ),
    ],
)
def test_a_wire_credit_closing_the_text_names_its_reporters_not_its_editor(
    credit: str, expected: tuple[str, ...]
) -> None:
    page = _page("", "en").replace("</article>", f"<p>{credit}</p></article>", 1)
    assert extract(page, URL).authors == expected


def test_the_editor_named_after_the_writer_is_no_author() -> None:
    page = _page("Written by Jane Doe. Edited by John Smith. |", "en")
    assert extract(page, URL).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # A stamp glued after the name in one element, capitalised as sites print it.
        ("By Jane Doe Updated 3:45 PM EST, Tue December 3, 2026", ["Jane Doe"]),
        ("By Jane Doe Published 2:30 PM ET Dec. 3, 2026", ["Jane Doe"]),
        # The writer's handle; the paper written for ("For", the tabloids' way).
        ("By Jane Doe @janedoe", ["Jane Doe"]),
        ("By Jane Doe For Dailymail.com", ["Jane Doe"]),
        ("By JANE DOE FOR MAILONLINE", ["JANE DOE"]),
        # The broadcaster by its letters, in brackets or in capitals after a comma.
        ("By Jane Doe (CNN)", ["Jane Doe"]),
        ("By Jane Doe, USA TODAY", ["Jane Doe"]),
        ("By JANE DOE, JOHN SMITH", ["JANE DOE", "JOHN SMITH"]),
        # A live page's reporters.
        ("From CNN's Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("By Staff Reports", []),
    ],
)
def test_english_bylines_with_what_sites_print_around_the_name(
    byline: str, names: list[str]
) -> None:
    for element in (
        f"<p class='byline'>{byline}</p>",
        f"<div class='meta'><span>{byline}</span></div>",
    ):
        assert list(extract(_page(element, lang="en"), URL).authors) == names


def test_an_organisations_for_is_kept_without_a_by_word() -> None:
    assert without_paper("Jane Doe for The Guardian") == "Jane Doe"
    assert clean_name("Scientists for Future") == ["Scientists for Future"]
    assert clean_name("Jane Doe for MailOnline") == ["Jane Doe for MailOnline"]


def test_the_paper_written_for_by_its_address_goes_without_a_by_word() -> None:
    # The link to the writer's page gives the byline without its "By".
    page = _page(
        "<p class='byline'>By <a href='/authors/jane-doe'>JANE DOE FOR DAILYMAIL.COM</a></p>", "en"
    )
    assert extract(page, URL).authors == ("JANE DOE",)
    assert clean_name("Jane Doe for Example.co.uk") == ["Jane Doe"]


@pytest.mark.parametrize(
    ("byline", "lang", "names"),
    [
        # The stamp's word run on after the name, in the press's languages.
        ("Par Jean Dupont Publié le 03/12/2026 à 14h35", "fr", ["Jean Dupont"]),
        ("Par Jean Dupont Mis à jour le 03/12/2026 à 15h00", "fr", ["Jean Dupont"]),
        ("Por Juan Pérez Actualizado 03/12/2026", "es", ["Juan Pérez"]),
        ("Von Anna Roth Aktualisiert am 03.12.2026", "de", ["Anna Roth"]),
        # A date or a time right after the name, with no sign between.
        ("Por João Silva 03/12/2026 14h35", "pt", ["João Silva"]),
        ("di Mario Rossi 3 dicembre 2026", "it", ["Mario Rossi"]),
        ("By Jane Doe 3 hours ago", "en", ["Jane Doe"]),
    ],
)
def test_a_stamp_run_on_after_the_name(byline: str, lang: str, names: list[str]) -> None:
    assert clean_name(byline) == names
    element = f"<p class='byline'>{byline}</p>"
    assert list(extract(_page(element, lang=lang), URL).authors) == names
