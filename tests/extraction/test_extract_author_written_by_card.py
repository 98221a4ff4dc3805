"""A "Written by:" label that heads a card of its own after the text (a portrait, the
name, a bio), in several languages: the name is the card's first text."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "<p>" + "The clinic opened a second ward for patients on Monday morning. " * 20 + "</p>"
DECLARED = (
    '<script type=\'application/ld+json\'>{"@context": "https://schema.org", "@type": '
    '"Article", "author": {"@type": "Organization", "name": "Clinic Group"}}</script>'
)


def _page(label: str, name: str, lang: str) -> str:
    card = (
        f"<section class='attribution'><h2>{label}</h2><div class='flex'>"
        f"<img src='/img/p.webp' alt='Portrait'><div><h3>{name}</h3></div></div></section>"
        "<section class='attribution'><h2>Reviewed by:</h2><div class='flex'>"
        "<img src='/img/r.webp' alt='Portrait'><div><h3>Anila Chadha</h3></div></div></section>"
    )
    return (
        f"<html lang='{lang}'><head><title>Clinic</title>{DECLARED}</head><body><header>"
        "<a href='/'>Home</a></header><main><article><h1>A second ward opens</h1>"
        f"{BODY}</article>{card}</main></body></html>"
    )


@pytest.mark.parametrize(
    ("label", "name", "expected", "lang"),
    [
        ("Article written by:", "Doris Hallett, MD, FOMA", "Doris Hallett", "en"),
        ("Ditulis oleh:", "Rudi Hartono", "Rudi Hartono", "id"),
        ("Napisane przez:", "Agnieszka Kowal", "Agnieszka Kowal", "pl"),
        ("Viết bởi:", "Lê Minh Tuấn", "Lê Minh Tuấn", "vi"),
        ("Geschreven door:", "Femke Visser", "Femke Visser", "nl"),
    ],
)
def test_a_written_by_label_over_a_card(label: str, name: str, expected: str, lang: str) -> None:
    page = _page(label, name, lang)
    assert extract(page, "https://clinic.example/blog/ward").authors == (expected,)
