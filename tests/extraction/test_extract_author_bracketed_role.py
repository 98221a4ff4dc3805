"""The writer's role or office in brackets after the name is no part of the name; a
brand or a name in brackets is kept as the byline writes it."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "<p>" + "Der Verein stellte am Montag seine Pläne für das kommende Jahr vor. " * 20 + "</p>"


def _page(byline: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Nachricht</title></head><body><header><a href='/'>"
        "Start</a></header><main><article><h1>Pläne für das kommende Jahr</h1>"
        f"<div class='byline'>{byline}</div>{BODY}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "name", "lang"),
    [
        ("Von Eberhard Fuhr (Pressesprecher des Vereins)", "Eberhard Fuhr", "de"),
        ("Por Ana Ruiz (corresponsal en Bruselas)", "Ana Ruiz", "es"),
        ("Oleh Budi Santoso (wartawan senior)", "Budi Santoso", "id"),
        ("Haber: Ahmet Yılmaz (muhabir)", "Ahmet Yılmaz", "tr"),
        ("Door Jan de Boer (verslaggever)", "Jan de Boer", "nl"),
    ],
)
def test_a_role_in_brackets_after_the_name(byline: str, name: str, lang: str) -> None:
    assert extract(_page(byline, lang), "https://verein.example/news/plaene").authors == (name,)


def test_a_brand_in_brackets_is_kept() -> None:
    page = _page("By Jean-Luc Aufranc (CNXSoft)", "en")
    assert extract(page, "https://verein.example/news/plaene").authors == (
        "Jean-Luc Aufranc (CNXSoft)",
    )
