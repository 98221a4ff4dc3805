"""Bylines as news sites in other languages print them: a date's lead-in ending in a
particle, the author's class in the page's language, a by-word the patterns do not list,
a role written between the by-word and the name."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "<p>" + "Ordinary article text that goes on for a while. " * 20 + "</p>"


def _page(byline: str, lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>Nova línia de tramvia</title></head><body>"
        "<nav><a href='/'>Inici</a><a href='/societat/'>Societat</a></nav><main><article>"
        f"<h1>Nova línia de tramvia</h1>{byline}{BODY}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("lead_in", "lang"),
    [
        ("Actualitzada el", "ca"),  # Catalan "updated on"
        ("Actualizat la", "ro"),  # Romanian "updated at"
        ("Actualizado el", "es"),
        ("Gepostet von", "de"),
    ],
)
def test_a_lead_in_ending_in_a_particle_is_no_name(lead_in: str, lang: str) -> None:
    byline = (
        f"<div class='data'>{lead_in} <time datetime='2024-11-29T12:10:00+01:00'>"
        "29/11/2024 12:10</time></div>"
    )
    assert extract(_page(byline, lang), "https://diari.example/societat/tramvia").authors == ()


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        # Catalan: two names joined by "i", the place beside them.
        (
            "<div class='signatura'><span class='autor'>Jordi Puig i Marta Vidal</span> "
            "<span class='lloc'>Girona</span></div>",
            "ca",
            ("Jordi Puig", "Marta Vidal"),
        ),
        ("<div class='artikel-autor'>Tomasz Nowak</div>", "pl", ("Tomasz Nowak",)),
        ("<p class='autorName'>Jana Kováčová</p>", "sk", ("Jana Kováčová",)),
        # "autor" inside another word is no author's class.
        ("<div class='autoresize'>Rádio Estrela Norte</div>", "pt", ()),
    ],
)
def test_the_authors_class_in_the_pages_language(
    byline: str, lang: str, expected: tuple[str, ...]
) -> None:
    page = extract(_page(byline, lang), "https://diari.example/societat/tramvia")
    assert page.authors == expected


def test_a_byline_in_a_list_item_beside_another_posts_headline_is_that_posts() -> None:
    # A list of other posts whose class says nothing of it ("kontekst"): each item links to
    # its post by the headline and prints that post's author.
    listed = (
        "<ul class='kontekst'><li><a href='/novice/2024/obnova-mostu'>Občina bo obnovila most "
        "čez Savinjo do poletja</a><span class='avtor-author'>Maja Kranjc</span></li>"
        "<li><a href='/novice/2024/obvoznica'>Nova obvoznica bo nared do konca leta</a>"
        "<span class='avtor-author'>Luka Zupan</span></li></ul>"
    )
    page = _page(listed, "sl")
    assert extract(page, "https://novice.example/druzba/tramvaj").authors == ()
    # The byline's own list of writers links to their pages by their names.
    byline = "<ul class='authors'><li><a href='/author/maja-kranjc'>Maja Kranjc</a></li></ul>"
    page = _page(byline, "sl")
    assert extract(page, "https://novice.example/druzba/tramvaj").authors == ("Maja Kranjc",)


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        # Malay: "Oleh" (by), "dan" (and).
        (
            "<div class='amp-byline'>Oleh <a href='/penulis/ahmad-faizal'>Ahmad Faizal</a> dan "
            "<a href='/penulis/nurul-huda'>Nurul Huda Osman</a> - <span>Disember 2, 2024</span>"
            "</div>",
            "ms",
            ("Ahmad Faizal", "Nurul Huda Osman"),
        ),
        # Swahili: "Na" (by), "na" (and).
        (
            "<p class='byline'>Na <a href='/mwandishi/juma'>Juma Mwinyi</a> na "
            "<a href='/mwandishi/amina'>Amina Said</a></p>",
            "sw",
            ("Juma Mwinyi", "Amina Said"),
        ),
        # Slovenian: "Piše" (writes).
        (
            "<div class='byline'>Piše <a href='/avtor/maja-kranjc'>Maja Kranjc</a></div>",
            "sl",
            ("Maja Kranjc",),
        ),
        # A login linked before a rank in plain text is the writer, not a by-word.
        (
            "<div class='byline'><a href='/members/aarknoid'>Aarknoid</a> Super User</div>",
            "en",
            ("Aarknoid",),
        ),
    ],
)
def test_a_by_word_the_patterns_do_not_list_before_linked_names(
    byline: str, lang: str, expected: tuple[str, ...]
) -> None:
    page = extract(_page(byline, lang), "https://berita.example/nasional/banjir")
    assert page.authors == expected


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        ("Av journalist Sigrid Hauge, NTB", "nn", ("Sigrid Hauge",)),
        ("Par notre envoyée spéciale Marie Roux", "fr", ("Marie Roux",)),
        ("Autor: redaktor Tomáš Novák", "cs", ("Tomáš Novák",)),
    ],
)
def test_a_role_in_lower_case_between_the_by_word_and_the_name(
    line: str, lang: str, expected: tuple[str, ...]
) -> None:
    url = "https://avis.example/nyheiter/skular"
    marked = _page(f"<div class='byline'><span>{line}</span></div>", lang)
    assert extract(marked, url).authors == expected
    plain = _page(f"<p>{line}</p>", lang)
    assert extract(plain, url).authors == expected
