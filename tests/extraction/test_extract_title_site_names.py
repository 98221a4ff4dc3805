"""The site's name as the page itself shows it: removed from titles in any script."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.extractor import extract
from scrape.extraction.metadata import read_metadata
from scrape.extraction.title.site_names import is_site_name, shown_site_names, strip_site_name
from scrape.extraction.title.text import split_title

SENTENCE_KO = "여야는 밤늦게까지 이어진 협상 끝에 내년도 예산안을 처리하기로 했다. "
PARA_KO = "<p>" + SENTENCE_KO * 5 + "</p>"


def test_home_links_and_the_name_the_feeds_share_are_the_sites_names() -> None:
    html = (
        "<html><head>"
        '<link rel="alternate" type="application/rss+xml" title="Harbour Gazette &raquo; Feed"'
        ' href="https://www.harbour-gazette.example/feed/">'
        '<link rel="alternate" type="application/rss+xml"'
        ' title="Harbour Gazette &raquo; Comments Feed"'
        ' href="https://www.harbour-gazette.example/comments/feed/">'
        '<link rel="alternate" type="application/atom+xml" title="Tide tables &raquo; Comments"'
        ' href="https://www.harbour-gazette.example/tide-tables/feed/">'
        '<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/feed/">'
        "</head><body>"
        '<a href="/">Gazette</a>'
        '<a href="https://www.harbour-gazette.example/">Harbour Gazette</a>'
        '<a href="//harbour-gazette.example/index.php">Startseite</a>'
        '<a href="https://other-paper.example/">Other Paper</a>'
        '<a href="/2024/05/tide-tables/">Tide tables</a>'
        '<a href="./">This folder</a>'
        '<a href="/?page=2">Older posts</a>'
        '<a href="/" aria-label="Go home"><img src="/logo.svg" alt="Hafen-Anzeiger"></a>'
        '<a href="/" title="Hafenblatt"><svg viewBox="0 0 10 10"></svg></a>'
        "</body></html>"
    )
    names, logos = shown_site_names(
        LexborHTMLParser(html), "https://harbour-gazette.example/tide-tables/"
    )
    assert names == ["Gazette", "Harbour Gazette", "Startseite"]
    # A logo without text names the site by its image's alt text before its label.
    assert logos == ["Hafen-Anzeiger", "Hafenblatt"]


def test_heading_spelling_a_logo_images_alt_text_stays_a_headline_candidate() -> None:
    # The logo image of a forum's section links to the site's root; the section's <h1>
    # spelling it is still read as a heading, and only the title's segments lose it.
    html = (
        "<html><head><title>Tide tables for May : Harbour</title></head><body>"
        '<div id="header"><a href="/"><img src="/logo.png" alt="Harbour"></a>'
        '<h1 class="sectionname"><a href="/r/harbour/">harbour</a></h1></div>'
        f"<article><p>{'Tide tables for the harbour are printed every week. ' * 6}</p></article>"
        "</body></html>"
    )
    tree = LexborHTMLParser(html)
    names, logos = shown_site_names(tree, "https://forum.example/r/harbour/comments/1/")
    md = read_metadata(tree)
    url = "https://forum.example/r/harbour/comments/1/"
    assert logos == ["Harbour"]
    assert not is_site_name("harbour", md, url, names)
    assert (
        strip_site_name("Tide tables for May : Harbour", [], shown=logos) == "Tide tables for May"
    )


def test_site_name_shown_only_in_hangul_is_removed() -> None:
    html = (
        "<html><head><title>국회, 예산안 처리 합의 - 한빛일보</title></head><body>"
        '<div class="logo"><a href="https://www.hanbit-ilbo.example/">한빛일보</a></div>'
        f"<article>{PARA_KO * 3}</article></body></html>"
    )
    title = extract(html, "https://www.hanbit-ilbo.example/politics/2025/12/03/A1").title
    assert title == "국회, 예산안 처리 합의"


def test_a_shown_name_is_removed_only_as_spelled_and_may_span_separators() -> None:
    shown = ["Stiftung Offshore Windenergie", "Satzweise - Webdesign"]
    # The foundation's name contains the headline's first words: they stay.
    kept = "Offshore-Windenergie – Sauberer Strom vom Meer"
    assert strip_site_name(kept, [], "offshore-stiftung.example", shown) == kept
    spanning = "Der Schreibstil - Satzweise - Webdesign"
    assert strip_site_name(spanning, [], "satzweise.example", shown) == "Der Schreibstil"


def test_a_heading_spelling_a_shown_name_is_the_sites_logo() -> None:
    md = read_metadata(LexborHTMLParser("<html><head><title>Interning</title></head></html>"))
    url = "https://fouryears.example/2019/10/21/interning/"
    shown = ["Four Years Remaining"]
    assert is_site_name("Four Years Remaining", md, url, shown)
    assert not is_site_name("Four Years Remaining turns ten", md, url, shown)


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        # A bar between a letter or two on each side is a name's, not a separator.
        ("Erscheint für Xbox Series X|S", ["Erscheint für Xbox Series X|S"]),
        ("Metroidvania erscheint|XboxDynasty", ["Metroidvania erscheint", "XboxDynasty"]),
        ("Nachrichten|BR", ["Nachrichten", "BR"]),
        ("뉴스 제목｜한국일보", ["뉴스 제목", "한국일보"]),
    ],
)
def test_an_unspaced_bar_separates_unless_a_name_holds_it(title: str, parts: list[str]) -> None:
    assert split_title(title)[0] == parts


def test_a_tail_holding_the_sites_name_inside_a_word_is_the_headlines() -> None:
    # "bild" on bild.de opens "Bilder": the name must be a run of whole words.
    text = "<p>Die Sturmflut hat in der Nacht den Fischmarkt überschwemmt, sagt die Feuerwehr. </p>"
    html = (
        "<html lang='de'><head><title>Fischmarkt unter Wasser – die Bilder der Nacht | BILD.de"
        "</title></head><body><article><h1>Fischmarkt unter Wasser – die Bilder der Nacht</h1>"
        f"{text * 5}</article></body></html>"
    )
    title = extract(html, "https://www.bild.de/regional/hamburg/fischmarkt-6948e2a1").title
    assert title == "Fischmarkt unter Wasser – die Bilder der Nacht"
