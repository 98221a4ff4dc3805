"""A heading set on two lines (a kicker over the headline, or a headline's two halves)
reads with the mark its declared title puts at the break."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

PARA = "<p>" + "Nach langer Debatte hat der Rat den Haushalt für die neue Brücke beschlossen. " * 5
PARA += "</p>"
URL = "https://www.paper.example/2024/05/12/a-88123.html"


def _page(heading: str, declared: str, og_title: bool = True) -> str:
    og = f'<meta property="og:title" content="{declared}">' if og_title else ""
    return (
        f'<html><head><meta charset="utf-8"><title>{declared} | Abendpost</title>{og}'
        '<meta property="og:site_name" content="Abendpost"></head><body>'
        f"<main><article>{heading}{PARA}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("first", "second", "declared"),
    [
        (
            "Energie",
            "Stadtwerke erhöhen die Gaspreise",
            "Energie: Stadtwerke erhöhen die Gaspreise",
        ),
        (
            "Travaux",
            "La mairie vote le budget du pont",
            "Travaux : La mairie vote le budget du pont",
        ),
        ("Транспорт", "Дума утвердила бюджет моста", "Транспорт: Дума утвердила бюджет моста"),
        ("Brexit talks", "What the new deal means", "Brexit talks – What the new deal means"),
    ],
)
def test_line_break_reads_as_the_declared_titles_mark(
    first: str, second: str, declared: str
) -> None:
    html = _page(f"<h1>{first}<br>{second}</h1>", declared)
    assert extract(html, URL).title == declared
    # Declared in the <title> alone, with the site's name after it.
    html = _page(f"<h1>{first}<br>{second}</h1>", declared, og_title=False)
    assert extract(html, URL).title == declared


def test_line_break_without_a_declared_mark_stays_a_space() -> None:
    # A headline broken for the layout alone: the declarations run it on, and so do we.
    declared = "Stadtwerke erhöhen die Gaspreise zum Jahreswechsel"
    html = _page("<h1>Stadtwerke erhöhen die Gaspreise<br>zum Jahreswechsel</h1>", declared)
    assert extract(html, URL).title == declared


def test_a_standfirst_styled_into_the_heading_takes_the_title_s_dash() -> None:
    # The <title> alone declares it, and runs on with the site's name and tagline, which
    # the site does not declare: the heading is found inside the title, mark and all.
    heading = (
        "<h2>Dateien mit Migrationshintergrund <span>Ein Ablaufplan für fremde Dateien</span></h2>"
    )
    declared = "Dateien mit Migrationshintergrund - Ein Ablaufplan für fremde Dateien"
    html = (
        f'<html><head><meta charset="utf-8"><title>{declared} | Ebene 11 - Webentwicklung'
        f" . Schulung</title></head><body><header><h1><a href='/'><img src='/logo.svg' "
        f"alt=''></a></h1></header><article><header>{heading}</header>{PARA}</article>"
        "</body></html>"
    )
    assert extract(html, "https://ebene11.example/fremde-dateien").title == declared
