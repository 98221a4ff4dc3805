"""A byline's words around the name that are no name: the writer's role set before it as a
capitalised noun, a broadcaster's desk or a note in lower case after it, the agencies'
material, and the labels of an interview written up ("Aufgezeichnet von", "Protokoll:")."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

BODY = "<p>" + "Der Stadtrat hat am Dienstag die neue Straßenbahnlinie beschlossen. " * 20 + "</p>"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Von unserer Korrespondentin Anna Roth", ["Anna Roth"]),
        ("Von unserem Redakteur Max Müller", ["Max Müller"]),
        ("Korrespondentin Anna Roth", ["Anna Roth"]),
        # The role alone with its desk, a name's card under the name: no name.
        ("Repórter de Cotidiano", []),
        # The place the story was filed from before the date's label.
        ("Srinagar, Publish Date: Nov 14 2024 11:52PM | Updated Date: Nov 15 2024", []),
        ("Jane Doe, Updated May 3, 2024", ["Jane Doe"]),
        ("Redakteurin für Politik", []),
        ("Gastautor Jan Koch", ["Jan Koch"]),
        ("Von US-Chefreporter Max Weber", ["Max Weber"]),
        ("NRK-journalist Ola Nordmann", ["Ola Nordmann"]),
        ("Anna Roth, ARD-Studio Washington", ["Anna Roth"]),
        ("Von Anna Roth, ARD Berlin", ["Anna Roth"]),
        ("Anna Roth, ZDF Brüssel, und Max Weber, ARD Washington", ["Anna Roth", "Max Weber"]),
        ("Jane Doe, TJ Holmes", ["Jane Doe", "TJ Holmes"]),
        ("Von Anna Roth, SWR, zzt. Kiew", ["Anna Roth"]),
        ("Claire Dubois, correspondante à Bruxelles", ["Claire Dubois"]),
        ("João Silva, da Folha", ["João Silva"]),
        ("Laporan wartawan Kompas.com, Budi Santoso", ["Budi Santoso"]),
        ("Anna Roth, tagesschau.de", ["Anna Roth"]),
        ("Phóng viên Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("נכתב על ידי דנה לוי", ["דנה לוי"]),
        # Picture credits and the editor are no writers.
        ("Фото: Иван Петров", []),
        ("사진=연합뉴스", []),
        ("Editor: Siti Aminah", []),
        ("Jane Doe, currently in Kyiv", ["Jane Doe"]),
        ("Von Anna Roth mit Agenturmaterial", ["Anna Roth"]),
        ("Text: Anna Roth (Pressesprecherin)", ["Anna Roth"]),
        ("- Redaktion: Eberhard Fuhr (Pressesprecher des Verbands)", ["Eberhard Fuhr"]),
        ("Anna Roth, Ressortleiterin Politik", ["Anna Roth"]),
        ("Anna Roth, Redakteurin Wirtschaft", ["Anna Roth"]),
        ("Von unseren Redakteuren Anna Roth und Max Weber", ["Anna Roth", "Max Weber"]),
        ("Redaktion: Anna Roth / Bearbeitung: Jan Koch", ["Anna Roth"]),
        ("Gastbeitrag von Prof. Dr. Anna Roth", ["Prof. Dr. Anna Roth"]),
        ("Gastbeitrag von Dr. med. Andreas Wyss", ["Dr. med. Andreas Wyss"]),
        # The writer's office after a comma, whatever its words ("Facharzt für ...").
        (
            "Gastbeitrag von Dr. med. Andreas Wyss, Facharzt für Hals-, Nasen- und "
            "Ohrenkrankheiten in Aarau",
            ["Dr. med. Andreas Wyss"],
        ),
        ("Jane Doe, Professor of History", ["Jane Doe"]),
        ("Anna Roth, Regierungssprecherin", ["Anna Roth"]),
        ("Aufgezeichnet von Anna Roth", ["Anna Roth"]),
        ("Protokoll: Anna Roth", ["Anna Roth"]),
        # The agency written after the name with no sign between.
        ("By JANE DOE Associated Press", ["JANE DOE"]),
        ("Von Anna Roth dpa", ["Anna Roth"]),
        ("Jane Doe AFP", ["Jane Doe"]),
    ],
)
def test_words_around_the_name_are_no_name(raw: str, expected: list[str]) -> None:
    assert clean_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Co-authors after a comma, with a particle inside the family name.
        ("Anna Roth, Max Müller", ["Anna Roth", "Max Müller"]),
        ("Jan de Vries, Piet van der Berg", ["Jan de Vries", "Piet van der Berg"]),
        # A double-barrelled given name is no acronym.
        ("Anna Roth, Anna-Lena Weber", ["Anna Roth", "Anna-Lena Weber"]),
        # An agency's short name or a wire's name that is also a family name.
        ("Michael Bloomberg", ["Michael Bloomberg"]),
        ("Jane Doe Sid", ["Jane Doe Sid"]),
        # Family names that are roles' words too.
        ("Anna Roth, Margit Sprecher", ["Anna Roth", "Margit Sprecher"]),
        ("Anna Roth, Max Leiter", ["Anna Roth", "Max Leiter"]),
    ],
)
def test_co_authors_stay(raw: str, expected: list[str]) -> None:
    assert clean_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Redacción EFE", ["EFE"]),
        ("Redazione ANSA", ["ANSA"]),
        ("Redaktion dpa", ["dpa"]),
        ("Redação Lusa", ["Lusa"]),
        # A newsroom in a city is the desk itself.
        ("Redacción Madrid", ["Redacción Madrid"]),
        # Agencies credited together: each is a byline.
        ("dpa/AFP", ["dpa", "AFP"]),
        ("AP/Reuters", ["AP", "Reuters"]),
    ],
)
def test_an_agencys_newsroom_is_the_agency(raw: str, expected: list[str]) -> None:
    assert clean_name(raw, desks=True) == expected


def test_a_page_with_a_role_before_the_name() -> None:
    page = (
        "<html lang='de'><head><title>Neue Straßenbahnlinie</title></head><body>"
        "<main><article><h1>Stadtrat beschließt neue Straßenbahnlinie</h1>"
        "<div class='byline'>Von unserer Korrespondentin Anna Roth, ARD-Studio Brüssel</div>"
        "<time datetime='2024-11-26T09:30:00+01:00'>26.11.2024</time>"
        f"{BODY}</article></main></body></html>"
    )
    assert extract(page, "https://www.example.de/politik/strassenbahn-100.html").authors == (
        "Anna Roth",
    )


@pytest.mark.parametrize("lead", ["Ein Kommentar von", "Eine Analyse von", "Gastbeitrag von"])
def test_the_kind_of_piece_before_von_in_a_line_of_the_header(lead: str) -> None:
    page = (
        "<html lang='de'><head><title>Neue Straßenbahnlinie</title></head><body>"
        "<main><article><h1>Stadtrat beschließt neue Straßenbahnlinie</h1>"
        f"<div class='article-meta'><span>{lead} Anna Roth</span></div>"
        f"{BODY}</article></main></body></html>"
    )
    assert extract(page, "https://www.example.de/politik/strassenbahn-100.html").authors == (
        "Anna Roth",
    )


@pytest.mark.parametrize("lead", ["Ein Bericht von", "Ein Kommentar von", "Gastbeitrag von"])
def test_the_kind_of_piece_before_von_and_the_name_in_its_own_link(lead: str) -> None:
    # No class names the byline (generated class names say nothing): the lead-in is a
    # chunk of its own, the writer's link the next.
    page = (
        "<html lang='de'><head><title>Neue Straßenbahnlinie</title></head><body>"
        "<main><article><h1>Stadtrat beschließt neue Straßenbahnlinie</h1>"
        f"<div class='x7f2a'>{lead} <a href='/specials/anna-roth/'>Anna Roth</a></div>"
        f"{BODY}</article></main></body></html>"
    )
    assert extract(page, "https://www.example.de/politik/strassenbahn-100.html").authors == (
        "Anna Roth",
    )
