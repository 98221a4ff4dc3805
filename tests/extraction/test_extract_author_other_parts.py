"""A byline that goes on to credit someone else's part of the story: who translated it,
added reporting to it or helped with it is no author, and the writer before the clause
still is."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

BODY = "<p>" + "Der Rat hat am Dienstag nach langer Debatte entschieden. " * 20 + "</p>"


def _page(byline: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Neue Linie</title></head><body>"
        "<header><a href='/'>Start</a><nav><a href='/politik/'>Politik</a></nav></header>"
        f"<main><article><h1>Neue Linie beschlossen</h1><p class='meta'><span>{byline}</span>"
        " · <time datetime='2024-11-26T09:30:00+01:00'>26.11.2024</time></p>"
        f"{BODY}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("By Sarah Mitchell. Translated by David Chen", "en", ("Sarah Mitchell",)),
        (
            "By Sarah Mitchell; additional reporting by David Chen in Chicago",
            "en",
            ("Sarah Mitchell",),
        ),
        ("Von Anna Schneider. Aus dem Englischen von Lukas Weber", "de", ("Anna Schneider",)),
        ("Von Anna Schneider. Mitarbeit: Lukas Weber", "de", ("Anna Schneider",)),
        ("Par Claire Dubois. Traduit par Julien Moreau", "fr", ("Claire Dubois",)),
        ("Por Lucía Fernández. Traducción: Javier Ruiz", "es", ("Lucía Fernández",)),
        ("di Giulia Romano. Traduzione di Marco Bianchi", "it", ("Giulia Romano",)),
        ("Door Pieter de Vries. Vertaling: Sanne Jansen", "nl", ("Pieter de Vries",)),
        ("Автор: Ирина Смирнова. Перевод: Олег Петров", "ru", ("Ирина Смирнова",)),
    ],
)
def test_the_writer_before_another_part_credited(
    byline: str, lang: str, expected: tuple[str, ...]
) -> None:
    page = extract(_page(byline, lang), "https://news.example/politik/2024/11/26/linie")
    assert page.authors == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jane Doe and John Roe. Translated by Ann Lee", ["Jane Doe", "John Roe"]),
        ("Anna Berg und Jan Ohm; Übersetzung: Eva Lind", ["Anna Berg", "Jan Ohm"]),
        ("Per Holm. Oversatt av Kari Dahl", ["Per Holm"]),
    ],
)
def test_clean_name_leaves_the_other_part_out(raw: str, expected: list[str]) -> None:
    assert clean_name(raw) == expected


def test_a_translator_in_a_name_is_still_read() -> None:
    # The clause needs its by-word or colon: a surname is no credit.
    assert clean_name("By Anna Translation") == ["Anna Translation"]
