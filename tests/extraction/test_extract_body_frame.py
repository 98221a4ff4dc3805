"""The page's frame around the article (menus, sidebars, comment threads, the site's
footer) is told by where it sits, on pages whose class names say nothing."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.dom import text_of
from scrape.extraction.extractor import extract
from scrape.extraction.prune import cut_frame, prune
from scrape.extraction.title.headline import find_headline

_HEADLINE = "Die Brücke über die Lahn wird bis März gesperrt"
_TEXT = "".join(
    f"<p>Absatz {i}: Die Arbeiten an den Pfeilern dauern länger als geplant, weil das "
    f"Hochwasser im Herbst den Zugang zur Baustelle {i} Wochen lang versperrt hat.</p>"
    for i in range(6)
)


def _cut(html: str, headline: str | None = _HEADLINE) -> str:
    tree = LexborHTMLParser(html)
    if headline:
        find_headline(tree, [headline])
    prune(tree)
    cut_frame(tree)
    assert tree.body is not None
    return text_of(tree.body)


def test_sidebar_and_footer_beside_the_article_are_cut() -> None:
    html = (
        '<body><div class="a1"><div class="b2"><p class="c3">Über uns: Wir berichten seit '
        ' 1990 aus dem Lahntal.</p></div><div class="d4"><div class="e5">'
        f'<h1 class="f6">{_HEADLINE}</h1><div class="g7">{_TEXT}</div></div>'
        '<div class="h8"><p>3 Antworten zu „Brücke“</p></div></div>'
        '<div class="i9"><p>© 2026 Lahnbote · Alle Rechte vorbehalten</p></div></div></body>'
    )
    text = _cut(html)
    assert "Absatz 0" in text and "Absatz 5" in text and _HEADLINE in text
    for frame in ("Über uns", "Antworten zu", "Alle Rechte vorbehalten"):
        assert frame not in text


def test_nothing_is_cut_without_a_headline() -> None:
    # The anchors alone may be a reader thread longer than the story beside it.
    html = (
        f'<body><div class="a1"><div class="e5"><div class="g7">{_TEXT}</div></div>'
        '<div class="i9"><p>© 2026 Lahnbote · Alle Rechte vorbehalten</p></div></div></body>'
    )
    assert "Alle Rechte vorbehalten" in _cut(html, headline=None)


def test_an_introduction_beside_the_text_is_the_articles() -> None:
    # The wrapper holds paragraphs of its own beside the element holding most of the text:
    # it is the article's container, and its introduction stays.
    intro = (
        "<p>Vorweg: Wer zwischen Gießen und Wetzlar pendelt, muss sich auf Umwege einstellen, "
        "die morgens bis zu zwanzig Minuten kosten, wie die Stadt am Montag mitteilte.</p>"
        "<p>Die Umleitung führt über die Bundesstraße und ist ab Freitag ausgeschildert.</p>"
    )
    html = (
        f'<body><div class="a1"><div class="w0"><h2 class="x1">Vorweg</h2>{intro}'
        f'<div class="e5"><h1 class="f6">{_HEADLINE}</h1><div class="g7">{_TEXT}</div></div>'
        '</div><div class="i9"><p>© 2026 Lahnbote · Alle Rechte vorbehalten</p></div></div>'
        "</body>"
    )
    text = _cut(html)
    assert "Wer zwischen Gießen und Wetzlar pendelt" in text
    assert "Alle Rechte vorbehalten" not in text


def test_prose_right_beside_the_article_stays() -> None:
    box = (
        '<div class="k2"><div class="l3"><p>Zur Geschichte: Die Brücke wurde 1957 gebaut und '
        "1988 zum ersten Mal saniert; seitdem fahren täglich rund zwölftausend Autos über sie, "
        "dazu die Busse der Linien 12 und 14 zwischen den beiden Ortsteilen.</p></div></div>"
    )
    html = (
        f'<body><div class="a1"><div class="d4"><div class="e5"><h1 class="f6">{_HEADLINE}</h1>'
        f'<div class="g7">{_TEXT}</div></div>{box}</div>'
        '<div class="i9"><p>© 2026 Lahnbote · Alle Rechte vorbehalten</p></div></div></body>'
    )
    text = _cut(html)
    assert "Die Brücke wurde 1957 gebaut" in text
    assert "Alle Rechte vorbehalten" not in text


def _thread(permalinks: list[str]) -> str:
    comments = "".join(
        f'<li class="q{i}"><div class="r1"><b>Leser {i}</b> schreibt: '
        f'<a href="https://lahnbote.example/2026/brucke/#comment-{i}">{when}</a></div>'
        f'<div class="r2"><p>Kommentar {i}: Die Umleitung über die Bundesstraße ist morgens '
        f"völlig überlastet, und die Busse kommen regelmäßig zu spät an der Schule an.</p>"
        "</div></li>"
        for i, when in enumerate(permalinks)
    )
    return (
        '<html><head><link rel="canonical" href="https://lahnbote.example/2026/brucke/">'
        f'</head><body><div class="a1"><div class="d4"><div class="e5"><h1 class="f6">'
        f'{_HEADLINE}</h1><div class="g7">{_TEXT}</div></div><div class="t1">'
        f'<div class="t2">{len(permalinks)} Kommentare</div><ol class="t3">{comments}</ol>'
        "</div></div></div></body></html>"
    )


def test_a_thread_of_comments_linking_their_dates_to_themselves_is_cut() -> None:
    text = _cut(_thread(["13. März 2026 um 09:12 Uhr", "13. März 2026 um 11:40 Uhr"]))
    assert "Absatz 5" in text
    assert "Kommentar 0" not in text and "Kommentare" not in text


def test_a_live_blogs_entries_linking_their_time_of_day_stay() -> None:
    # A live blog's entries link their time to themselves as comments link their date:
    # they are the article's text.
    text = _cut(_thread(["09:12", "11:40"]))
    assert "Kommentar 0" in text and "Kommentar 1" in text


def test_an_older_sites_layout_table_gives_the_texts_paragraphs_one_by_one() -> None:
    # The page grid is a table; its cell holds the headline and the paragraphs, then a
    # teaser heading and a call: read as blocks, not run together as one cell's value.
    cell = (
        f"<div class='rubrik'>Editorials</div><h1>{_HEADLINE}</h1>{_TEXT}"
        "<h3>Weitere Editorials aus dem Jahr 2024</h3><div class='hinweis'>Sie wollen uns "
        "Ihre Meinung zu diesem Artikel mitteilen? Schreiben Sie an redaktion@blatt.example."
        "</div>"
    )
    html = (
        f"<html lang='de'><head><title>{_HEADLINE}</title></head><body><table id='layout'>"
        f"<tr><td id='inhalt'>{cell}</td><td id='rechts'><div class='box'>Anzeige</div></td>"
        "</tr></table></body></html>"
    )
    body = extract(html, "https://www.blatt.example/editorials/3017.php").body
    assert "Absatz 0: Die Arbeiten" in body
    assert "Meinung zu diesem Artikel" not in body
    assert "Wochen lang versperrt hat.\nAbsatz 1" in body.replace("\n\n", "\n")


@pytest.mark.parametrize("heading", ["Kommentare (84)", "12 Comments", "Leserkommentare"])
def test_a_section_of_comments_under_its_heading_is_cut(heading: str) -> None:
    # Hashed classes name nothing, and no comment links its date: the heading opening the
    # block says what it holds.
    comments = "".join(
        f"<div class='m4qe6b'><strong>Leser {i}</strong><p>Kommentar {i}: Die Umleitung über "
        "die Bundesstraße ist morgens völlig überlastet.</p></div>"
        for i in range(2)
    )
    html = (
        f"<html><head><title>{_HEADLINE}</title></head><body><article><h1>{_HEADLINE}</h1>"
        f"{_TEXT}<section class='q1iqpf9w'><h2>{heading}</h2>{comments}</section></article>"
        "</body></html>"
    )
    text = _cut(html)
    assert "Absatz 5" in text
    assert "Kommentar 0" not in text and heading not in text


def test_a_section_whose_heading_names_comments_over_text_of_its_own_stays() -> None:
    # A heading of the article that only begins with the word stays with its section.
    html = (
        f"<html><head><title>{_HEADLINE}</title></head><body><article><h1>{_HEADLINE}</h1>"
        f"{_TEXT}<section><h2>Kommentare der Anwohner im Rathaus</h2><p>Kommentar 0: Die "
        "Anwohner verlangten im Rathaus eine zweite Brücke für Radfahrer.</p></section>"
        "</article></body></html>"
    )
    assert "Kommentar 0" in _cut(html)
