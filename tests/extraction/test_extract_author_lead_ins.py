"""An author box's heading that introduces the name on the next line ("Insights from",
"A note from") or names the box ("Anmerkung der Autorin") is no name of its own."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "<p>" + "The ferry returned to its full timetable after the storms. " * 20 + "</p>"


def _page(box: str, lang: str, after: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><title>Story</title></head><body><header><a href='/'>Home"
        f"</a></header><main><article><h1>The ferry is back</h1>{box}{BODY}{after}</article>"
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    ("lead", "name", "lang"),
    [
        ("Insights from", "Liza Hart", "en"),
        ("Thoughts from", "Priya Raman", "en"),
        ("كلمة من", "سارة الحربي", "ar"),
        ("یادداشتی از", "علی رضایی", "fa"),
    ],
)
def test_a_heading_that_ends_in_from_introduces_the_name(lead: str, name: str, lang: str) -> None:
    box = (
        f"<div class='post-author'><h4 class='post-author-heading'>{lead}</h4>"
        f"<div class='post-author-info'><div class='post-author-name'>{name}</div>"
        "<div class='post-author-role'>Editor</div></div></div>"
    )
    assert extract(_page(box, lang), "https://news.example/2025/ferry").authors == (name,)


@pytest.mark.parametrize(
    ("heading", "lang"),
    [
        ("Anmerkung der Autorin", "de"),
        ("Note De L'Auteure", "fr"),
        ("Nota Del Autor", "es"),
        ("Catatan Penulis", "id"),
    ],
)
def test_a_box_headed_the_authors_note_is_no_name(heading: str, lang: str) -> None:
    # The writer signs the post after the text; the note's box stands first.
    box = f"<div class='author-note'><div class='title'>{heading}</div></div>"
    after = (
        "<div class='meta'>Posted by <a href='/profile/quietwriter' rel='author'>quietwriter</a>"
        "</div>"
    )
    assert extract(_page(box, lang, after), "https://news.example/2025/ferry").authors == (
        "quietwriter",
    )


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # A foreign correspondent's report, a compiled piece, more kinds of piece.
        ("Aus Washington berichtet Anna Roth", ["Anna Roth"]),
        ("Aus Rio de Janeiro berichten Anna Roth und Max Weber", ["Anna Roth", "Max Weber"]),
        ("Zusammengestellt von Anna Roth", ["Anna Roth"]),
        ("Eine Glosse von Anna Roth", ["Anna Roth"]),
        ("Eine Rezension von Anna Roth", ["Anna Roth"]),
        # Who researched a piece is credited apart from who wrote it.
        ("Text: Anna Roth, Recherche: Max Weber", ["Anna Roth"]),
        ("Recherche: Anna Roth, Max Weber", []),
    ],
)
def test_german_lead_ins_before_the_writer(byline: str, names: list[str]) -> None:
    text = "<p>" + "Der Stadtrat hat am Dienstag die längere Fährzeit beschlossen. " * 12 + "</p>"
    html = (
        "<html lang='de'><head><title>Fähre | Kurier</title></head><body><main><article>"
        f"<h1>Fähre fährt länger</h1><div class='meta'><span>{byline}</span></div>{text}"
        "</article></main></body></html>"
    )
    assert (
        list(extract(html, "https://www.kurier.example/lokales/faehre-123.html").authors) == names
    )


_GERMAN_TEXT = "".join(
    f"<p>Absatz {i}: Die Saarbahn fährt auf dem Abschnitt mehrere Monate nicht, Ersatzbusse "
    "fahren im 15-Minuten-Takt, am Wochenende alle 30 Minuten, teilte das Unternehmen mit. "
    "Tickets der Saarbahn gelten auch in den Bussen.</p>"
    for i in range(4)
)


@pytest.mark.parametrize(
    "lead",
    [
        # A lead opening with "Von": its sentences name nobody.
        "<p class='intro'>Von Montag an wird die Brücke zwischen Ulm und Neu-Ulm auf eine Spur "
        "verengt. Die Bauarbeiten dauern bis in den Herbst. Ein Überblick über Umleitungen und "
        "Busverkehr.</p>",
        # A sub-heading past the text's first paragraphs.
        f"{_GERMAN_TEXT}<h3>Kritik von Pendlerinitiative</h3>",
    ],
)
def test_von_in_a_lead_or_a_sub_heading_is_no_byline(lead: str) -> None:
    page = (
        "<html lang='de'><head><title>Saarbahn</title></head><body><main><article>"
        f"<h1>Saarbahn fährt monatelang nicht</h1>{lead}{_GERMAN_TEXT}</article></main>"
        "</body></html>"
    )
    assert extract(page, "https://zeitung.example/saar/saarbahn-100.html").authors == ()


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # A broadcaster's title before the name: the site, the beat, the role.
        ("By ITV News Multimedia Producer Sam Holder", ("Sam Holder",)),
        ("By Political Correspondent Jane Doe", ("Jane Doe",)),
        ("By BBC Political Editor Chris Mason", ("Chris Mason",)),
    ],
)
def test_a_capitalised_title_before_the_name_is_no_part_of_it(
    byline: str, names: tuple[str, ...]
) -> None:
    box = f"<div class='byline'><span>{byline}</span></div>"
    assert extract(_page(box, "en"), "https://news.example.co.uk/story/x").authors == names
