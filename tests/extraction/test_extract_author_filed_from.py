"""Where the writer filed from, written after the name and a comma as a place's name of
several words ("João Silva, Rio de Janeiro", "Anna Schneider, Frankfurt am Main"): no
co-author. A co-author's full name after the comma still is one."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.gazetteer import is_place
from scrape.extraction.names import clean_name

BODY = "<p>" + "A câmara municipal aprovou na terça-feira a nova linha de elétrico. " * 20 + "</p>"


def _page(byline: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Nova linha</title></head><body>"
        "<header><a href='/'>Início</a></header><main><article>"
        f"<h1>Nova linha aprovada</h1><div class='byline'>{byline}</div>"
        "<div class='date'><time datetime='2024-11-26T09:30:00-03:00'>26/11/2024</time></div>"
        f"{BODY}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("João Silva, São Paulo", "pt", ("João Silva",)),
        ("Por João Silva, Rio de Janeiro", "pt", ("João Silva",)),
        ("Ana Costa e João Silva, Porto Alegre", "pt", ("Ana Costa", "João Silva")),
        ("By Sarah Mitchell and David Chen, San Francisco", "en", ("Sarah Mitchell", "David Chen")),
        ("By Sarah Mitchell, New York", "en", ("Sarah Mitchell",)),
        ("Por Lucía Fernández, Ciudad de México", "es", ("Lucía Fernández",)),
        ("Von Anna Schneider, Frankfurt am Main", "de", ("Anna Schneider",)),
        ("Von Anna Schneider, Bad Homburg", "de", ("Anna Schneider",)),
        ("Door Pieter de Vries, Den Haag", "nl", ("Pieter de Vries",)),
        ("Ирина Смирнова, Нижний Новгород", "ru", ("Ирина Смирнова",)),
        # Places no opening word gives away: the gazetteer knows them.
        ("By Sarah Mitchell, Hong Kong", "en", ("Sarah Mitchell",)),
        ("Lucía Fernández, Buenos Aires", "es", ("Lucía Fernández",)),
        ("Budi Santoso, Kuala Lumpur", "id", ("Budi Santoso",)),
        ("Von Anna Schneider und Jan Koch, Tel Aviv", "de", ("Anna Schneider", "Jan Koch")),
        # ... or after a full stop, as Spanish and Italian bylines write it.
        ("Lucía Fernández. Madrid", "es", ("Lucía Fernández",)),
        ("Giulia Romano. Buenos Aires", "it", ("Giulia Romano",)),
        # ... or after "in", as English bylines write it.
        ("By Emmanuel Addeh in Abuja", "en", ("Emmanuel Addeh",)),
        ("By Sarah Mitchell and David Chen in New York", "en", ("Sarah Mitchell", "David Chen")),
        # The paper the writer works for.
        ("By Sarah Mitchell, Chicago Tribune", "en", ("Sarah Mitchell",)),
        ("Von Anna Schneider, Süddeutsche Zeitung", "de", ("Anna Schneider",)),
        # ... or the service or house the writer works for.
        ("By Alex Spencer, Local Democracy Reporting Service", "en", ("Alex Spencer",)),
        ("Von Anna Schneider, Bertelsmann Stiftung", "de", ("Anna Schneider",)),
    ],
)
def test_the_place_filed_from_is_no_co_author(
    byline: str, lang: str, expected: tuple[str, ...]
) -> None:
    page = extract(_page(byline, lang), "https://noticias.example/cidade/2024/11/26/linha")
    assert page.authors == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Sarah Mitchell, David Chen", ["Sarah Mitchell", "David Chen"]),
        ("Por João Silva, Santos Dumont", ["João Silva", "Santos Dumont"]),
        # A place's word opening the first name: nothing came before it to be filed from.
        ("San Nguyen, Jane Doe", ["San Nguyen", "Jane Doe"]),
        # Names of two words that no place has.
        ("Von Anna Roth, Max Müller", ["Anna Roth", "Max Müller"]),
        ("Jane M. Doe", ["Jane M. Doe"]),
    ],
)
def test_co_authors_after_a_comma_stay(raw: str, expected: list[str]) -> None:
    assert clean_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # A desk's or a site's one word, then where it files from: no writer is the place.
        ("Staff, New York", []),
        ("SAHARAREPORTERS, NEW YORK", ["SAHARAREPORTERS"]),
        # ... while one word and a name after the comma are two names.
        ("Doe, Jane", ["Doe", "Jane"]),
    ],
)
def test_a_place_after_a_desks_word_is_no_writer(raw: str, expected: list[str]) -> None:
    assert clean_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Por Lucía Fernández / Corresponsal en Bruselas", ["Lucía Fernández"]),
        ("Sarah Mitchell / Senior Correspondent in Brussels", ["Sarah Mitchell"]),
        ("Jane Roe / Reporter", ["Jane Roe"]),
        ("Jane Doe, Correspondent in Brussels", ["Jane Doe"]),
        ("Anna Roth, Korrespondentin in Moskau", ["Anna Roth"]),
        ("Giulia Romano, inviata a Kyiv", ["Giulia Romano"]),
    ],
)
def test_the_writers_role_after_a_slash_or_comma_is_no_name(raw: str, expected: list[str]) -> None:
    assert clean_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # "Remarks gathered by": the interviewer wrote the piece.
        ("Propos recueillis par Claire Dubois", ["Claire Dubois"]),
        ("Propos recueillis par Claire Dubois et Marc Petit", ["Claire Dubois", "Marc Petit"]),
    ],
)
def test_the_interviewer_is_the_writer(raw: str, expected: list[str]) -> None:
    assert clean_name(raw) == expected


def test_the_gazetteer_knows_places_of_several_words_only() -> None:
    assert is_place("Hong Kong") and is_place("  buenos   AIRES ")
    assert not is_place("Madrid")  # one word: a place or a role by its position alone
    assert not is_place("Sarah Mitchell")


def test_a_heading_with_in_and_a_place_is_no_name() -> None:
    # A results box's title: its words in lower case are no name's.
    assert clean_name("Super-G der Frauen in St. Anton") != ["Super-G der Frauen"]
